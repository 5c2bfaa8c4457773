import { sessionAgentEnv } from "@/lib/agents/agent-run-env";
import { endOrphanedAgent } from "@/lib/agents/end-orphaned-agent";
import { type AgentRun, runAgent } from "@/lib/agents/run-agent";
import { appendSessionOutput } from "@/lib/data/launches/append-session-output";
import { findLaunch } from "@/lib/data/launches/find-launch";
import { lastOutputSeq } from "@/lib/data/launches/last-output-seq";
import { recordLaunchAgentPid } from "@/lib/data/launches/record-launch-agent-pid";
import { updateLaunch } from "@/lib/data/launches/update-launch";
import { recordAgentRun } from "@/lib/services/agent-usage/record-agent-run";
import { readAgentApiKey } from "@/lib/services/agents/read-agent-api-key";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";
import { revokeSessionTokens } from "@/lib/services/mcp/revoke-session-tokens";
import { mcpPromptNote, sessionMcpAccess } from "@/lib/services/mcp/session-mcp-access";
import { batchedOutputWriter } from "@/lib/services/output/batched-output-writer";

const STOP_POLL_MS = 1_000;
const FINISHED = ["succeeded", "failed", "cancelled"];

export type LaunchOutcome = { status: string; outcome: string; exitCode: number | null };

function describeEnding(agent: AgentRun, timeoutSeconds: number) {
  const { run } = agent;
  if (agent.permissionPrompt)
    return {
      status: "failed",
      outcome: `Stopped at a permission prompt nobody can answer: ${agent.permissionPrompt}`,
    };
  if (run.spawnError)
    return { status: "failed", outcome: `The agent could not start: ${run.spawnError}` };
  if (run.cancelled) return { status: "cancelled", outcome: "Stopped by a person." };
  if (run.timedOut)
    return {
      status: "failed",
      outcome: `Timed out after ${timeoutSeconds} s; the agent was stopped.`,
    };
  if (run.signal) return { status: "failed", outcome: `The agent was killed (${run.signal}).` };
  if (run.exitCode !== 0)
    return { status: "failed", outcome: `The agent exited with code ${run.exitCode}.` };
  if (agent.report.deniedTools.length)
    return {
      status: "failed",
      outcome: `The agent was refused a tool it asked for: ${agent.report.deniedTools.join("; ")}`,
    };
  const text = agent.report.finalText || "The agent finished.";
  return { status: agent.report.isError ? "failed" : "succeeded", outcome: text };
}

/**
 * The launch step: runs the agent in the project's folder and streams its output into the
 * database. Run again after it finished, it returns the recorded outcome; run again after the
 * runner died mid-way, it ends the agent the dead runner left behind and starts the agent anew.
 */
export async function runSessionLaunch(sessionId: string): Promise<LaunchOutcome> {
  const launch = await findLaunch(sessionId);
  if (!launch) throw new Error(`No launch for session ${sessionId}.`);
  if (FINISHED.includes(launch.status))
    return { status: launch.status, outcome: launch.outcome ?? "", exitCode: launch.exitCode };
  const output = batchedOutputWriter(await lastOutputSeq(sessionId), (lines) =>
    appendSessionOutput(sessionId, lines),
  );
  if (launch.status === "running") {
    output.push("system", "The runner stopped while the agent ran; starting the agent again.");
    if (launch.agentPid && (await endOrphanedAgent(launch.agentPid, sessionAgentEnv(sessionId))))
      output.push("system", `Ended the agent the runner left behind (process ${launch.agentPid}).`);
  }
  const cannotStart = async (outcome: string): Promise<LaunchOutcome> => {
    output.push("system", outcome);
    await output.close();
    await updateLaunch(sessionId, { status: "failed", outcome, finishedAt: new Date() });
    return { status: "failed", outcome, exitCode: null };
  };
  const profile = await resolveAgentProfile(launch.profileId).catch(() => undefined);
  if (!profile) return cannotStart(`The agent profile "${launch.profileId}" no longer exists.`);
  const key = await readAgentApiKey(profile.id);
  if (!key.ok) return cannotStart(key.reason);
  output.push(
    "system",
    `Starting ${profile.name}${profile.kind === "scripted" ? " (no language model)" : ""} in ${launch.project.path}`,
  );
  await updateLaunch(sessionId, { status: "running", startedAt: new Date() });

  const stop = new AbortController();
  const stopPoll = setInterval(() => {
    void findLaunch(sessionId).then((current) => {
      if (current?.stopRequestedAt) stop.abort();
    });
  }, STOP_POLL_MS);
  let recordPid: Promise<void> = Promise.resolve();
  const mcp = await sessionMcpAccess(launch, profile);
  const agent = await runAgent({
    profile,
    prompt: mcp ? `${launch.launchContext}\n\n${mcpPromptNote(sessionId)}` : launch.launchContext,
    cwd: launch.project.path,
    apiKey: key.apiKey,
    mcp,
    signal: stop.signal,
    env: sessionAgentEnv(sessionId),
    onSpawn: (pid) => {
      // A lost pid only means an orphan is left to its timeout; it must not fail the launch.
      recordPid = recordLaunchAgentPid(sessionId, pid).catch(() => undefined);
    },
    onLine: (stream, line) => output.push(stream, line),
  }).finally(() => {
    clearInterval(stopPoll);
    // A token left unrevoked still expires with the launch's timeout.
    if (mcp) return revokeSessionTokens(sessionId).catch(() => 0);
  });
  await recordPid;
  await recordAgentRun({ projectId: launch.projectId, sessionId, role: "session" }, profile, agent);

  const ending = describeEnding(agent, profile.timeoutSeconds);
  output.push("system", `Finished: ${ending.status}. ${ending.outcome}`);
  await output.close();
  await updateLaunch(sessionId, {
    status: ending.status,
    outcome: ending.outcome,
    exitCode: agent.run.exitCode,
    agentSessionId: agent.report.sessionId ?? null,
    costUsd: agent.report.costUsd,
    agentPid: null,
    finishedAt: new Date(),
  });
  return { status: ending.status, outcome: ending.outcome, exitCode: agent.run.exitCode };
}
