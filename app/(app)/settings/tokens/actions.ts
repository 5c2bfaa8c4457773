"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/services/api-tokens/revoke-api-token";
import { newApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-tokens";

/** The new token comes back this once, in `values.token`, for the form to show and copy. */
export const createApiTokenAction = formAction(
  { role: "viewer", schema: newApiTokenSchema, fields: ["name", "role", "expiresInDays"] },
  async ({ actor, values }) => {
    const created = await createApiToken(actor, values);
    revalidatePath("/settings/tokens");
    return {
      ok: true,
      message: `Created ${created.name}.`,
      values: { token: created.token, tokenName: created.name },
    };
  },
);

export const revokeApiTokenAction = formAction(
  { role: "viewer", schema: revokeApiTokenSchema, hidden: ["tokenId"] },
  async ({ actor, input }) => {
    const revoked = await revokeApiToken(actor, input.tokenId);
    revalidatePath("/settings/tokens");
    return { ok: true, message: `Revoked ${revoked.name}.` };
  },
);
