import Link from "next/link";
import type { ReactNode } from "react";
import { MobileNav } from "@/components/shell/mobile-nav";
import { NavLinks } from "@/components/shell/nav-links";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import type { Actor } from "@/lib/auth/actor";

export function AppShell({
  actor,
  unreadMessages,
  children,
}: {
  actor: Actor;
  unreadMessages: number;
  children: ReactNode;
}) {
  const badges = { "/messages": unreadMessages };
  return (
    <div className="flex min-h-dvh">
      <aside
        className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-4 border-r p-4 md:flex"
        data-testid="sidebar"
      >
        <Link href="/" className="px-3 text-lg font-semibold">
          Mission Control
        </Link>
        <nav aria-label="Main">
          <NavLinks badges={badges} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur md:px-6">
          <div className="md:hidden">
            <MobileNav badges={badges} />
          </div>
          <Link href="/" className="truncate font-semibold md:hidden">
            Mission Control
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu actor={actor} />
          </div>
        </header>
        <main className="min-w-0 flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
