import { MISSION_APPROVAL_POLICY_LABELS as APPROVAL_POLICY_LABELS } from "@/components/missions/mission-labels";
import { ApprovalTimeoutForm } from "@/components/settings/approval-timeout-form";
import { MissionDefaultsForm } from "@/components/settings/mission-defaults-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MissionDefaults } from "@/lib/validation/settings";

export function MissionDefaultsCard({
  defaults,
  approvalTimeoutSeconds,
  canEdit,
}: {
  defaults: MissionDefaults;
  approvalTimeoutSeconds: number;
  canEdit: boolean;
}) {
  const shown = [
    ["Workers", String(defaults.workers)],
    ["Max rounds", String(defaults.maxRounds)],
    ["Wall time", `${defaults.wallTimeMinutes} minutes`],
    ["Budget", defaults.budgetUsd === null ? "none" : `${defaults.budgetUsd} USD`],
    ["Approval", APPROVAL_POLICY_LABELS[defaults.approvalPolicy]],
    ["Approval timeout", `${Math.round(approvalTimeoutSeconds / 60)} minutes`],
  ];
  return (
    <Card role="region" aria-labelledby="mission-defaults-title">
      <CardHeader>
        <CardTitle id="mission-defaults-title">Mission defaults</CardTitle>
        <CardDescription>
          What a new mission starts with, and how long an approval request waits for an answer.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {canEdit ? (
          <div className="flex flex-col gap-6">
            <MissionDefaultsForm defaults={defaults} />
            <ApprovalTimeoutForm seconds={approvalTimeoutSeconds} />
          </div>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {shown.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
