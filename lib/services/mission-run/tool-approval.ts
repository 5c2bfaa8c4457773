import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findUnit } from "@/lib/data/missions/find-unit";
import { requeueUnitWithTools } from "@/lib/data/missions/requeue-unit-with-tools";
import { inTransaction } from "@/lib/data/transaction";
import { requestApproval } from "@/lib/services/mission-run/approvals";

/** Asks a person whether the unit may use the tools its agent was refused (`ask` policy). */
export async function requestToolApproval(unitId: string, tools: string[], refused: string[]) {
  const unit = await findUnit(unitId);
  return requestApproval(
    unit.missionId,
    "tool",
    `Unit "${unit.title}" was refused ${refused.join("; ")}. Allow ${tools.join(", ")} for this unit and run it again?`,
    { unitId, tools },
  );
}

/** After a person allowed them: the tools are the unit's, and the unit waits to run again. */
export async function allowToolsAndRequeue(unitId: string, tools: string[]) {
  await inTransaction(async (tx) => {
    await requeueUnitWithTools(tx, unitId, tools);
    await insertAuditEntry(tx, {
      operation: "allow_unit_tools",
      targetType: "work_unit",
      targetId: unitId,
      details: { tools },
    });
  });
}
