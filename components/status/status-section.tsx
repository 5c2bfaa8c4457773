import type { ReactNode } from "react";

/** One block of the status page: a heading with its count, its items, or a line when none. */
export function StatusSection({
  title,
  count,
  empty,
  testId,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  testId: string;
  children: ReactNode;
}) {
  const id = `${testId}-heading`;
  return (
    <section aria-labelledby={id} data-testid={testId} className="grid min-w-0 gap-2">
      <h2 id={id} className="flex items-baseline gap-2 text-lg font-semibold">
        {title}
        <span className="text-sm font-normal text-muted-foreground">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="rounded-lg border border-dashed p-3 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid min-w-0 gap-2">{children}</ul>
      )}
    </section>
  );
}
