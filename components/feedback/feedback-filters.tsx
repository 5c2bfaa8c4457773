import { STATUS_LABELS, TYPE_LABELS } from "@/components/feedback/feedback-labels";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { FeedbackFilters as Filters } from "@/lib/validation/feedback";

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function FeedbackFilters({
  filters,
  projects,
}: {
  filters: Filters;
  projects: { id: string; name: string }[];
}) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label="Filter feedback">
      <NativeSelect name="project" defaultValue={filters.project ?? ""} aria-label="Project">
        <option value="">All projects</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect name="type" defaultValue={filters.type ?? ""} aria-label="Type">
        <option value="">All types</option>
        {Object.entries(TYPE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect name="status" defaultValue={filters.status ?? ""} aria-label="Status">
        <option value="">Any status</option>
        <option value="open">Open (new or in progress)</option>
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" variant="outline">
        Filter
      </Button>
    </form>
  );
}
