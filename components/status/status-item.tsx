import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A tappable row of the status page that opens its mission. */
export function StatusItem({
  href,
  testId,
  tone = "default",
  title,
  meta,
  children,
}: {
  href: string;
  testId: string;
  tone?: "default" | "attention" | "failure";
  title: ReactNode;
  meta: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li data-testid={testId} className="min-w-0">
      <Link
        href={href}
        className={cn(
          "grid min-w-0 gap-1 rounded-lg border p-3 transition-colors hover:bg-accent/50",
          tone === "attention" && "border-primary/60 bg-primary/5",
          tone === "failure" && "border-destructive/50",
        )}
      >
        <div className="flex min-w-0 flex-wrap items-center gap-2 font-medium">{title}</div>
        {children ? <p className="line-clamp-2 text-sm break-words">{children}</p> : null}
        <p className="truncate text-xs text-muted-foreground">{meta}</p>
      </Link>
    </li>
  );
}
