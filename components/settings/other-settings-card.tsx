import { formatTime } from "@/components/runs/format-time";
import { RawSettingForm } from "@/components/settings/raw-setting-form";
import { SettingDetails } from "@/components/settings/setting-details";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type OtherSetting = {
  key: string;
  value: unknown;
  description: string | null;
  updatedAt: Date | null;
};

export function OtherSettingsCard({
  settings,
  canEdit,
}: {
  settings: OtherSetting[];
  canEdit: boolean;
}) {
  return (
    <Card role="region" aria-labelledby="other-settings-title">
      <CardHeader>
        <CardTitle id="other-settings-title">Other settings (raw JSON)</CardTitle>
        <CardDescription>
          Settings written by agents, scripts or Mission Control itself that have no form of their
          own.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {settings.length === 0 ? (
          <p className="text-sm text-muted-foreground">There are no other settings yet.</p>
        ) : (
          <ul className="flex flex-col divide-y rounded-lg border">
            {settings.map((setting, index) => {
              const json = JSON.stringify(setting.value, null, 2);
              return (
                <li
                  key={setting.key}
                  className="flex min-w-0 flex-col gap-2 p-4"
                  data-testid="raw-setting"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                    <code className="break-all font-medium">{setting.key}</code>
                    <span className="text-xs text-muted-foreground">
                      updated {formatTime(setting.updatedAt)}
                    </span>
                  </div>
                  {setting.description ? (
                    <p className="break-words text-sm text-muted-foreground">
                      {setting.description}
                    </p>
                  ) : null}
                  <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-muted p-2 text-xs">
                    {json}
                  </pre>
                  {canEdit ? (
                    <SettingDetails summary="Edit value">
                      <RawSettingForm
                        formId={`raw-${index}`}
                        setting={{ key: setting.key, json, description: setting.description ?? "" }}
                      />
                    </SettingDetails>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {canEdit ? (
          <SettingDetails summary="Add a setting">
            <RawSettingForm formId="raw-new" />
          </SettingDetails>
        ) : null}
      </CardContent>
    </Card>
  );
}
