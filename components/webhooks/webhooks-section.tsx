import Link from "next/link";
import { CopyableText } from "@/components/launcher/copyable-text";
import { DeliveryTable } from "@/components/webhooks/delivery-table";
import { GithubWebhookForm } from "@/components/webhooks/github-webhook-form";
import { RegenerateSecretButton } from "@/components/webhooks/regenerate-secret-button";
import { listWebhookDeliveries } from "@/lib/data/webhook-deliveries/list-webhook-deliveries";
import { ensureProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { DEFAULT_MISSION_LABEL } from "@/lib/validation/webhooks";

/**
 * The project page's webhooks: the two URLs and signing secrets (made on first view), the GitHub
 * settings, and the latest deliveries with their verdicts, each replayable.
 */
export async function WebhooksSection({
  projectId,
  origin,
}: {
  projectId: string;
  origin: string;
}) {
  const [settings, deliveries] = await Promise.all([
    ensureProjectWebhookSecrets(projectId),
    listWebhookDeliveries(projectId),
  ]);
  const unreadable = "(unreadable: AUTH_SECRET changed; make a new one)";
  return (
    <section
      aria-labelledby="webhooks-heading"
      className="mt-10 flex flex-col gap-4"
      data-testid="webhooks-section"
    >
      <div>
        <h2 id="webhooks-heading" className="text-lg font-semibold">
          Webhooks
        </h2>
        <p className="text-sm text-muted-foreground">
          Start missions from GitHub (an issue labelled “
          {settings.missionLabel ?? DEFAULT_MISSION_LABEL}”, or a comment{" "}
          <code>/mission &lt;objective&gt;</code>) or from any system that signs Standard Webhooks.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="grid content-start gap-3">
          <CopyableText title="GitHub webhook URL" text={`${origin}/api/webhooks/github`} />
          <CopyableText
            title="GitHub webhook secret"
            text={settings.githubSecret ?? unreadable}
            className="font-mono break-all"
          />
          <p className="text-xs text-muted-foreground">
            In GitHub: Settings → Webhooks → Add webhook; content type application/json; events
            Issues and Issue comments.
          </p>
          <RegenerateSecretButton
            projectId={projectId}
            kind="github"
            label="Regenerate GitHub secret"
          />
        </div>
        <div className="grid content-start gap-3">
          <CopyableText title="Signed webhook URL" text={`${origin}/api/webhooks/missions`} />
          <CopyableText
            title="Signed webhook secret"
            text={settings.standardSecret ?? unreadable}
            className="font-mono break-all"
          />
          <p className="text-xs text-muted-foreground">
            Standard Webhooks: headers webhook-id, webhook-timestamp (within 5 minutes) and
            webhook-signature; body {"{"}"project", "objective", "workers"?, "maxRounds"?{"}"}.
          </p>
          <RegenerateSecretButton
            projectId={projectId}
            kind="standard"
            label="Regenerate signed-webhook secret"
          />
        </div>
      </div>
      <GithubWebhookForm
        projectId={projectId}
        hasToken={Boolean(settings.githubToken)}
        defaultLabel={DEFAULT_MISSION_LABEL}
        initial={{
          githubRepository: settings.githubRepository ?? "",
          missionLabel: settings.missionLabel ?? "",
          githubApiUrl: settings.githubApiUrl ?? "",
        }}
      />
      <h3 className="text-base font-semibold">Deliveries</h3>
      <DeliveryTable deliveries={deliveries} />
      <p className="text-sm text-muted-foreground">
        Deliveries that matched no project are listed{" "}
        <Link className="underline" href="/launcher/projects/webhooks">
          on their own page
        </Link>
        .
      </p>
    </section>
  );
}
