import type { Metadata } from "next";
import { ApiTokenCreateForm } from "@/components/settings/api-token-create-form";
import { ApiTokensTable } from "@/components/settings/api-tokens-table";
import { SignOutEverywhereCard } from "@/components/settings/sign-out-everywhere-card";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/data/api-tokens/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

export default async function ApiTokensPage() {
  const actor = await requireSession();
  const isAdmin = hasRole(actor.role, "admin");
  const [own, everyone] = await Promise.all([
    listApiTokens({ userId: actor.userId }),
    isAdmin ? listApiTokens() : Promise.resolve([]),
  ]);
  const others = everyone.filter((token) => token.user.id !== actor.userId);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="API tokens"
        description="For scripts, agents and status checks: send one as the header “Authorization: Bearer <token>” to any /api route."
      />
      <Card>
        <CardHeader>
          <CardTitle>Create a token</CardTitle>
          <CardDescription>
            A token acts with its role, never above yours: if your role is lowered, so is the
            token&apos;s. It is shown once; only its hash is kept.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ApiTokenCreateForm roles={ROLES.filter((role) => hasRole(actor.role, role))} />
        </CardContent>
      </Card>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Your tokens</CardTitle>
        </CardHeader>
        <CardContent className="px-3 sm:px-5">
          <ApiTokensTable tokens={own} now={now} label="Your tokens" />
        </CardContent>
      </Card>
      {isAdmin ? (
        <Card className="mt-6">
          <CardHeader>
            <CardTitle>Everyone else&apos;s tokens</CardTitle>
            <CardDescription>As an admin you may revoke any of them.</CardDescription>
          </CardHeader>
          <CardContent className="px-3 sm:px-5">
            <ApiTokensTable tokens={others} now={now} label="Everyone else's tokens" showOwner />
          </CardContent>
        </Card>
      ) : null}
      <div className="mt-6">
        <SignOutEverywhereCard />
      </div>
    </>
  );
}
