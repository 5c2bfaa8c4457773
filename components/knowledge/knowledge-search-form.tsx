import Link from "next/link";
import { TYPE_LABELS } from "@/components/knowledge/knowledge-labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { KnowledgeFilters } from "@/lib/validation/knowledge";

/** A plain GET form: the search lives in the URL, so results can be shared and reloaded. */
export function KnowledgeSearchForm({
  filters,
  errors,
  categories,
}: {
  filters: KnowledgeFilters;
  errors: Record<string, string>;
  categories: string[];
}) {
  const choices =
    filters.category && !categories.includes(filters.category)
      ? [filters.category, ...categories]
      : categories;
  const invalid = (name: string) => ({
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": `knowledge-${name}-error`,
  });
  return (
    <form
      method="get"
      action="/knowledge"
      className="mb-4 flex flex-wrap items-start gap-2"
      aria-label="Search knowledge"
    >
      <div className="flex w-full flex-col gap-1 sm:w-72">
        <Input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          placeholder="Search titles and descriptions"
          aria-label="Search"
          {...invalid("q")}
        />
        <FieldError id="knowledge-q-error" message={errors.q} />
      </div>
      <div className="flex max-w-full flex-col gap-1">
        <NativeSelect
          name="type"
          defaultValue={filters.type ?? ""}
          aria-label="Type"
          className="max-w-full"
          {...invalid("type")}
        >
          <option value="">All types</option>
          {Object.entries(TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="knowledge-type-error" message={errors.type} />
      </div>
      <div className="flex max-w-full flex-col gap-1">
        <NativeSelect
          name="category"
          defaultValue={filters.category ?? ""}
          aria-label="Category"
          className="max-w-full sm:max-w-xs"
          {...invalid("category")}
        >
          <option value="">All categories</option>
          {choices.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="knowledge-category-error" message={errors.category} />
      </div>
      <Button type="submit" variant="outline">
        Search
      </Button>
      {filters.q || filters.type || filters.category ? (
        <Button asChild variant="link">
          <Link href="/knowledge">Clear</Link>
        </Button>
      ) : null}
      <FieldError id="knowledge-page-error" message={errors.page} />
    </form>
  );
}
