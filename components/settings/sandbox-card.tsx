import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SandboxStatus } from "@/lib/subprocess/sandbox-status";

export function SandboxCard({ status }: { status: SandboxStatus }) {
  return (
    <Card role="region" aria-labelledby="sandbox-title">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <span id="sandbox-title">Sandbox</span>
          {status.on ? (
            <Badge variant="secondary">on</Badge>
          ) : (
            <Badge variant="destructive">off</Badge>
          )}
        </CardTitle>
        <CardDescription>
          Agents and verification commands run in a bubblewrap sandbox: they see their worktree, a
          HOME and /tmp of their own and the system, never the data directory&apos;s secrets, the
          database or other projects. The network stays open (the model API). Set{" "}
          <code>MC_SANDBOX=off</code> at start to turn it off.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <p className="text-sm" data-testid="sandbox-status">
          {status.on
            ? `On: ${status.bwrap}.`
            : `Off: ${status.reason} Agents and verification commands can read every file Mission Control can.`}
        </p>
      </CardContent>
    </Card>
  );
}
