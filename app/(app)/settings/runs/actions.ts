"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { requestRunnerPing } from "@/lib/services/runner-health/request-runner-ping";
import { controlRun } from "@/lib/services/runs/control-run";

export type RunActionState = { ok?: boolean; message?: string };

const controlSchema = z.object({ runId: z.uuid(), action: z.enum(["cancel", "rerun"]) });

export async function controlRunAction(
  _previous: RunActionState,
  formData: FormData,
): Promise<RunActionState> {
  const actor = await requireRole("admin");
  const parsed = controlSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "Unknown run or action." };
  try {
    await controlRun(actor, parsed.data.runId, parsed.data.action);
  } catch (error) {
    if (error instanceof UserInputError) return { message: error.message };
    throw error;
  }
  revalidatePath("/settings/runs");
  return { ok: true, message: parsed.data.action === "cancel" ? "Cancelled." : "Started again." };
}

export async function pingRunnerAction(): Promise<RunActionState> {
  const actor = await requireRole("admin");
  await requestRunnerPing(actor);
  revalidatePath("/settings/runs");
  return { ok: true, message: "Ping queued: it appears below within a few seconds." };
}
