// What names an agent's run in its environment: passed when it starts, and looked for in
// /proc/<pid>/environ by endOrphanedAgent before a later run ends a process with that pid.
export const unitAgentEnv = (unitId: string) => ({ MC_UNIT_ID: unitId });
export const sessionAgentEnv = (sessionId: string) => ({ MC_SESSION_ID: sessionId });
