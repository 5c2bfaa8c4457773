import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { QueryProvider } from "@/components/shell/query-provider";
import { requireSession } from "@/lib/auth/require";
import { countUnreadMessages } from "@/lib/data/messages/count-unread-messages";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireSession();
  return (
    <QueryProvider>
      <AppShell actor={actor} unreadMessages={await countUnreadMessages()}>
        {children}
      </AppShell>
    </QueryProvider>
  );
}
