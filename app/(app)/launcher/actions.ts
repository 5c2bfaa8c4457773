"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { launchSession } from "@/lib/services/launcher/launch-session";
import { requestLaunchStop } from "@/lib/services/launcher/request-launch-stop";
import { saveProject } from "@/lib/services/projects/save-project";
import { launchInputSchema, sessionIdSchema } from "@/lib/validation/launch";
import { optionalId } from "@/lib/validation/optional-id";
import { projectInputSchema } from "@/lib/validation/projects";

export const saveProjectAction = formAction(
  {
    role: "operator",
    schema: projectInputSchema.extend({ id: optionalId("Unknown project.") }),
    fields: ["name", "path", "type", "description"],
    hidden: ["id"],
  },
  async ({ actor, input: { id, ...project } }) => {
    const saved = await saveProject(actor, project, id);
    revalidatePath("/launcher");
    redirect(`/launcher/projects/${saved.project.id}?saved=1`);
  },
);

export const launchAction = formAction(
  {
    role: "operator",
    schema: launchInputSchema,
    fields: ["identityId", "acknowledged"],
    hidden: ["projectId"],
  },
  async ({ actor, input }) => {
    const { sessionId } = await launchSession(actor, input);
    revalidatePath("/launcher");
    redirect(`/sessions/${sessionId}`);
  },
);

export const stopLaunchAction = formAction(
  { role: "operator", schema: z.object({ sessionId: sessionIdSchema }), hidden: ["sessionId"] },
  async ({ actor, input }) => {
    await requestLaunchStop(actor, input.sessionId);
    return { ok: true };
  },
);
