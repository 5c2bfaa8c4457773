"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { requestRunnerPing } from "@/lib/services/runner-health/request-runner-ping";
import { controlRun } from "@/lib/services/runs/control-run";

const UNKNOWN = { error: "Unknown run or action." };
const controlSchema = z.object({
  runId: z.uuid(UNKNOWN),
  action: z.enum(["cancel", "rerun"], UNKNOWN),
});

export const controlRunAction = formAction(
  { role: "admin", schema: controlSchema, hidden: ["runId", "action"] },
  async ({ actor, input }) => {
    await controlRun(actor, input.runId, input.action);
    revalidatePath("/settings/runs");
    return { ok: true, message: input.action === "cancel" ? "Cancelled." : "Started again." };
  },
);

export const pingRunnerAction = formAction({ role: "admin" }, async ({ actor }) => {
  await requestRunnerPing(actor);
  revalidatePath("/settings/runs");
  return { ok: true, message: "Ping queued: it appears below within a few seconds." };
});
