import { appendSessionOutput } from "@/lib/data/launches/append-session-output";
import { findLaunch } from "@/lib/data/launches/find-launch";
import { lastOutputSeq } from "@/lib/data/launches/last-output-seq";
import { updateLaunch } from "@/lib/data/launches/update-launch";
import { agentInvocation } from "@/lib/agents/agent-invocation";
import { parseStreamJsonLine } from "@/lib/agents/parse-stream-json-line";
import { type StreamingResult, spawnStreaming } from "@/lib/subprocess/spawn-streaming";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";
import { batchedOutputWriter } from "@/lib/services/output/batched-output-writer";

const STOP_POLL_MS = 1_000;
const FINISHED = ["succeeded", "failed", "cancelled"];

export type LaunchOutcome = { status: string; outcome: string; exitCode: number | null };

function describeEnding(run: StreamingResult, timeoutSeconds: number, resultText?: string) {
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
  return { status: "succeeded", outcome: resultText || "The agent finished." };
}

/**
 * The launch step: runs the agent in the project's folder and streams its output into the
 * database. Run again after it finished, it returns the recorded outcome; run again after the
 * runner died mid-way, it says so in the log and starts the agent anew.
 */
export async function runSessionLaunch(sessionId: string): Promise<LaunchOutcome> {
  const launch = await findLaunch(sessionId);
  if (!launch) throw new Error(`No launch for session ${sessionId}.`);
  if (FINISHED.includes(launch.status))
    return { status: launch.status, outcome: launch.outcome ?? "", exitCode: launch.exitCode };
  const output = batchedOutputWriter(await lastOutputSeq(sessionId), (lines) =>
    appendSessionOutput(sessionId, lines),
  );
  if (launch.status === "running")
    output.push("system", "The runner stopped while the agent ran; starting the agent again.");
  const profile = await resolveAgentProfile(launch.profileId).catch(() => undefined);
  if (!profile) {
    const outcome = `The agent profile "${launch.profileId}" no longer exists.`;
    output.push("system", outcome);
    await output.close();
    await updateLaunch(sessionId, { status: "failed", outcome, finishedAt: new Date() });
    return { status: "failed", outcome, exitCode: null };
  }
  const invocation = agentInvocation(profile, launch.launchContext);
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
  let agentSessionId: string | undefined;
  let result: ReturnType<typeof parseStreamJsonLine>["result"];
  const run = await spawnStreaming(invocation.file, invocation.args, {
    cwd: launch.project.path,
    env: invocation.env,
    timeoutMs: profile.timeoutSeconds * 1_000,
    signal: stop.signal,
    onLine(stream, line) {
      if (stream === "stderr" || profile.outputFormat === "text") return output.push(stream, line);
      const parsed = parseStreamJsonLine(line);
      agentSessionId = parsed.sessionId ?? agentSessionId;
      result = parsed.result ?? result;
      if (parsed.display !== undefined) output.push("stdout", parsed.display);
    },
  }).finally(() => clearInterval(stopPoll));

  const ending = describeEnding(run, profile.timeoutSeconds, result?.text);
  const status = ending.status === "succeeded" && result?.isError ? "failed" : ending.status;
  output.push("system", `Finished: ${status}. ${ending.outcome}`);
  await output.close();
  await updateLaunch(sessionId, {
    status,
    outcome: ending.outcome,
    exitCode: run.exitCode,
    agentSessionId: agentSessionId ?? null,
    costUsd: result?.costUsd ?? null,
    finishedAt: new Date(),
  });
  return { status, outcome: ending.outcome, exitCode: run.exitCode };
}
