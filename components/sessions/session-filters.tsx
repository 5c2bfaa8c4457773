import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { SessionFilters as Filters } from "@/lib/validation/sessions";

function Filter({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {label}
      </Label>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function SessionFilters({
  filters,
  errors,
  projects,
  identities,
}: {
  filters: Filters;
  errors: Record<string, string>;
  projects: string[];
  identities: { id: string; name: string }[];
}) {
  const control = (name: string) => ({
    id: `filter-${name}`,
    name,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": `filter-${name}-error`,
    className: "w-full sm:w-44",
  });
  const projectNames =
    filters.project && !projects.includes(filters.project)
      ? [filters.project, ...projects]
      : projects;
  return (
    <form
      method="get"
      className="mb-4 grid grid-cols-2 items-start gap-2 sm:flex sm:flex-wrap sm:items-end"
      aria-label="Filter sessions"
    >
      <Filter id="filter-project" label="Project" error={errors.project}>
        <NativeSelect {...control("project")} defaultValue={filters.project ?? ""}>
          <option value="">All projects</option>
          {projectNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </NativeSelect>
      </Filter>
      <Filter id="filter-identity" label="Identity" error={errors.identity}>
        <NativeSelect {...control("identity")} defaultValue={filters.identity ?? ""}>
          <option value="">All identities</option>
          {identities.map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.name}
            </option>
          ))}
        </NativeSelect>
      </Filter>
      <Filter id="filter-state" label="State" error={errors.state}>
        <NativeSelect {...control("state")} defaultValue={filters.state ?? ""}>
          <option value="">Open and closed</option>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
        </NativeSelect>
      </Filter>
      <Filter id="filter-from" label="Started from" error={errors.from}>
        <Input {...control("from")} type="date" defaultValue={filters.from} />
      </Filter>
      <Filter id="filter-to" label="Started until" error={errors.to}>
        <Input {...control("to")} type="date" defaultValue={filters.to} />
      </Filter>
      <div className="col-span-2 flex items-center gap-3">
        <Button type="submit" variant="outline">
          Filter
        </Button>
        <Link href="/sessions" className="text-sm text-muted-foreground hover:underline">
          Clear
        </Link>
      </div>
      <div className="col-span-2">
        <FieldError id="filter-page-error" message={errors.page} />
      </div>
    </form>
  );
}
