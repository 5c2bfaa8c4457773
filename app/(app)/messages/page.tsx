import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { ComposeMessageForm } from "@/components/messages/compose-message-form";
import { InboxList } from "@/components/messages/inbox-list";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/native-select";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listIdentityOptions } from "@/lib/data/identities/list-identity-options";
import { listInbox } from "@/lib/data/messages/list-inbox";
import { inboxFiltersSchema } from "@/lib/validation/messages";

export const metadata: Metadata = { title: "Messages" };
export const dynamic = "force-dynamic";

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSession();
  const parsed = inboxFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const identities = await listIdentityOptions();
  const identity =
    identities.find((candidate) => candidate.id === filters.identity) ?? identities[0];
  const inbox = identity ? await listInbox(identity.id, filters.page) : null;
  const canAct = hasRole(actor.role, "operator");
  return (
    <>
      <PageHeader
        title="Messages"
        description="Messages between agent instances: an inbox per identity, broadcasts included."
      />
      {identities.length === 0 || !identity || !inbox ? (
        <EmptyState icon={Mail} title="No identities yet">
          Agent instances appear here once they are registered in claude_family.identities.
        </EmptyState>
      ) : (
        <>
          <form
            method="get"
            className="mb-4 flex flex-wrap items-center gap-2"
            aria-label="Choose inbox"
          >
            <NativeSelect name="identity" defaultValue={identity.id} aria-label="Inbox of">
              {identities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" variant="outline">
              Show inbox
            </Button>
            <span className="text-sm text-muted-foreground" data-testid="inbox-unread">
              {inbox.unread} unread
            </span>
          </form>
          {inbox.items.length ? (
            <>
              <InboxList items={inbox.items} canAct={canAct} />
              <Pagination
                basePath="/messages"
                params={{ identity: identity.id }}
                page={inbox.page}
                pageCount={inbox.pageCount}
                total={inbox.total}
              />
            </>
          ) : (
            <EmptyState icon={Mail} title="Inbox empty">
              No messages to {identity.name} and no broadcasts.
            </EmptyState>
          )}
          {canAct ? (
            <Card className="mt-6">
              <CardHeader>
                <CardTitle>Compose</CardTitle>
              </CardHeader>
              <CardContent>
                <ComposeMessageForm identities={identities} defaultFrom={identity.id} />
              </CardContent>
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
