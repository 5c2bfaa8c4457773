import { getDb } from "@/lib/db";

/** The `mission_stalled` audit entry, dated `at`. */
export async function recordMissionStalled(
  missionId: string,
  details: { lastActivity: string; idleMinutes: number },
  at: Date,
) {
  await getDb().auditLog.create({
    data: {
      operation: "mission_stalled",
      targetType: "mission",
      targetId: missionId,
      details,
      createdAt: at,
    },
  });
}
