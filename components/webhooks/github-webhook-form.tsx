"use client";

import { saveGithubWebhookSettingsAction } from "@/app/(app)/launcher/projects/[id]/webhook-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";

/** The repository a project answers GitHub for, its label, and the comment-back token. */
export function GithubWebhookForm({
  projectId,
  initial,
  hasToken,
  defaultLabel,
}: {
  projectId: string;
  initial: { githubRepository: string; missionLabel: string; githubApiUrl: string };
  hasToken: boolean;
  defaultLabel: string;
}) {
  const { state, formAction, pending, control, field } = useFormAction(
    saveGithubWebhookSettingsAction,
    { idPrefix: "github-webhook", initial },
  );
  return (
    <form
      action={formAction}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label="GitHub webhook settings"
    >
      <input type="hidden" name="projectId" value={projectId} />
      <FormField
        {...field("githubRepository", "GitHub repository (owner/name; else the clone URL matches)")}
      >
        <Input {...control("githubRepository")} className="font-mono" placeholder="owner/name" />
      </FormField>
      <FormField
        {...field("missionLabel", `Label that starts a mission (default “${defaultLabel}”)`)}
      >
        <Input {...control("missionLabel")} placeholder={defaultLabel} />
      </FormField>
      <FormField {...field("githubApiUrl", "GitHub API base URL (for comments back)")}>
        <Input
          {...control("githubApiUrl")}
          className="font-mono"
          placeholder="https://api.github.com"
        />
      </FormField>
      <FormField
        {...field(
          "githubToken",
          hasToken ? "GitHub token (stored; leave empty to keep it)" : "GitHub token (optional)",
        )}
      >
        <Input
          {...control("githubToken")}
          defaultValue=""
          type="password"
          autoComplete="off"
          placeholder={hasToken ? "••••••••" : "github_pat_…"}
        />
      </FormField>
      {hasToken ? (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="clearToken" /> Remove the stored token
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="github-webhook-form-error">
          Save GitHub settings
        </FormSubmit>
      </div>
    </form>
  );
}
