import { APPROVAL_POLICY_LABELS } from "@/components/settings/approval-policy-labels";
import { MissionDefaultsForm } from "@/components/settings/mission-defaults-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MissionDefaults } from "@/lib/validation/settings";

export function MissionDefaultsCard({
  defaults,
  canEdit,
}: {
  defaults: MissionDefaults;
  canEdit: boolean;
}) {
  const shown = [
    ["Workers", String(defaults.workers)],
    ["Max rounds", String(defaults.maxRounds)],
    ["Wall time", `${defaults.wallTimeMinutes} minutes`],
    ["Budget", defaults.budgetUsd === null ? "none" : `${defaults.budgetUsd} USD`],
    ["Approval", APPROVAL_POLICY_LABELS[defaults.approvalPolicy]],
  ];
  return (
    <Card role="region" aria-labelledby="mission-defaults-title">
      <CardHeader>
        <CardTitle id="mission-defaults-title">Mission defaults</CardTitle>
        <CardDescription>What a new mission starts with.</CardDescription>
      </CardHeader>
      <CardContent>
        {canEdit ? (
          <MissionDefaultsForm defaults={defaults} />
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
