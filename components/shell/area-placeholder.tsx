import type { LucideIcon } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";

/** An area whose screens are not built yet: says so, and what is already stored for it. */
export function AreaPlaceholder(props: {
  title: string;
  description: string;
  icon: LucideIcon;
  stored: string;
}) {
  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      <EmptyState icon={props.icon} title="Not built yet">
        <p>This area has no screens yet: they are the next step of the build.</p>
        <p className="mt-2">{props.stored}</p>
      </EmptyState>
    </>
  );
}
