"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive, navItems } from "@/components/shell/nav-items";
import { cn } from "@/lib/utils";

/** `badges` maps a nav path to a count shown beside it (unread messages). */
export function NavLinks({
  onNavigate,
  badges = {},
}: {
  onNavigate?: () => void;
  badges?: Record<string, number>;
}) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {navItems.map(({ href, label, icon: Icon }) => {
        const active = isActive(pathname, href);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                active && "bg-accent font-medium text-accent-foreground",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {label}
              {badges[href] ? (
                <span
                  className="ml-auto rounded-full bg-primary px-2 text-xs text-primary-foreground"
                  data-testid="nav-badge"
                  aria-hidden="true"
                >
                  {badges[href]}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
