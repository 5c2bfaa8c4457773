import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { apiApprovalDecisionSchema } from "@/lib/validation/api-v1";

/** Approves or rejects a pending approval; a budget approval's "approved" takes `budgetUsd`. */
export const POST = withActor(
  { role: "operator", body: apiApprovalDecisionSchema },
  async ({ actor, body, params }) => {
    const id = String(params.id);
    await decideApproval(actor, id, body.decision, body.budgetUsd);
    return NextResponse.json({ id, decision: body.decision });
  },
);
