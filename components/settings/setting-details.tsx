import type { ReactNode } from "react";

/** A disclosure that keeps a settings form out of the way until it is wanted; no script needed. */
export function SettingDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group rounded-lg border">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium hover:bg-accent/50 group-open:border-b">
        {summary}
      </summary>
      <div className="p-3">{children}</div>
    </details>
  );
}
