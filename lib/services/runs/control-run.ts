import { hashedSigningKey } from "@/inngest/local-runner/signing";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { getEnv } from "@/lib/env";
import { UserInputError } from "@/lib/errors/user-input-error";

/** Cancels a run, or starts its function again with the same event, through the local runner. */
export async function controlRun(actor: Actor, runId: string, action: "cancel" | "rerun") {
  authorize(actor, "admin");
  const env = getEnv();
  if (env.MC_RUNNER !== "local" || !env.INNGEST_BASE_URL || !env.INNGEST_SIGNING_KEY) {
    throw new UserInputError("Runs are managed by the external Inngest server: use its dashboard.");
  }
  const response = await fetch(
    `${env.INNGEST_BASE_URL}/v1/runs/${encodeURIComponent(runId)}/${action}`,
    {
      method: "POST",
      headers: { authorization: `Bearer ${hashedSigningKey(env.INNGEST_SIGNING_KEY)}` },
    },
  );
  const body = (await response.json().catch(() => ({}))) as { error?: string; run_id?: string };
  if (!response.ok)
    throw new UserInputError(body.error ?? `The runner answered ${response.status}.`);
  await inTransaction((tx) =>
    insertAuditEntry(tx, {
      operation: action === "cancel" ? "cancel_run" : "rerun_run",
      targetType: "run",
      details: { runId, newRunId: body.run_id ?? null },
      userId: actor.userId,
    }),
  );
  return body.run_id;
}
