import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

export function EmptyState({
  icon: Icon,
  title,
  children,
}: {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
}) {
  return (
    <div
      className="flex flex-col items-center gap-3 rounded-xl border border-dashed p-8 text-center"
      data-testid="empty-state"
    >
      <Icon className="size-8 text-muted-foreground" aria-hidden />
      <h2 className="font-medium">{title}</h2>
      <div className="max-w-prose text-sm text-muted-foreground">{children}</div>
    </div>
  );
}
