import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ApprovalLinkForm } from "@/components/notifications/approval-link-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { readApprovalLink } from "@/lib/services/notifications/read-approval-link";

export const metadata: Metadata = { title: "Approval" };
export const dynamic = "force-dynamic";

const KIND_LABELS: Record<string, string> = {
  push: "Push green",
  large_merge: "Large merge",
  chain: "Start the next mission",
  budget: "Budget reached",
  tool: "Allow a refused tool",
};

/** An approve or reject link from a notification: says what is decided, then one tap decides. */
export default async function ApprovalLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requireSession();
  const { token } = await params;
  const read = await readApprovalLink(decodeURIComponent(token));
  if (read.refused === "invalid") notFound();
  if (read.refused) forbidden();
  const { approval, decision } = read;
  const approving = decision === "approved";
  return (
    <>
      <PageHeader
        title={approving ? "Approve?" : "Reject?"}
        description="From a notification's link. It works once, until the approval times out."
      />
      <Card role="region" aria-labelledby="approval-link-title" className="max-w-xl">
        <CardHeader>
          <CardTitle id="approval-link-title">
            {KIND_LABELS[approval.kind] ?? approval.kind}: {approval.summary}
          </CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-muted-foreground">Mission</dt>
            <dd className="min-w-0 break-words">
              <Link
                href={`/missions/${approval.mission.id}`}
                className="underline underline-offset-4"
              >
                {approval.mission.objective}
              </Link>
            </dd>
            <dt className="text-muted-foreground">Project</dt>
            <dd>{approval.mission.project.name}</dd>
            <dt className="text-muted-foreground">Expires</dt>
            <dd>
              <time dateTime={approval.timeoutAt.toISOString()}>
                {approval.timeoutAt.toISOString().replace("T", " ").slice(0, 16)} UTC
              </time>
            </dd>
            {approval.kind === "budget" ? (
              <>
                <dt className="text-muted-foreground">Spent</dt>
                <dd>
                  ${approval.mission.costUsd.toFixed(2)} of $
                  {(approval.mission.budgetUsd ?? 0).toFixed(2)}
                </dd>
              </>
            ) : null}
          </dl>
          {hasRole(actor.role, "operator") ? (
            <ApprovalLinkForm
              token={decodeURIComponent(token)}
              decision={decision}
              budget={approval.kind === "budget"}
            />
          ) : (
            <p className="rounded-lg border bg-muted/50 p-3 text-sm">
              Only an operator or admin can decide; you are signed in as a {actor.role}.
            </p>
          )}
        </CardContent>
      </Card>
    </>
  );
}
