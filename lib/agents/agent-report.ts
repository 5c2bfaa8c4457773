/** What one agent run reported, whatever CLI it was: read from its output stream. */
export type AgentReport = {
  /** The agent's last words: where MC_RESULT, PLAN, CRITIC_RESULT and REVIEW_RESULT are found. */
  finalText: string;
  /** True when the CLI itself said the run failed (an API error, a refused turn). */
  isError: boolean;
  sessionId?: string;
  model?: string;
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  /** Reported: the CLI's own figure; estimated: computed from our price table; none: unknown. */
  costSource: "reported" | "estimated" | "none";
  /** Tools the CLI refused to run, each as "Name" or "Name: what it was asked to do". */
  deniedTools: string[];
};

/** Reads an agent's output line by line: what to show a person, and in the end its report. */
export type AgentStreamParser = {
  /** The lines of `line` a person reads in the live log (none for bookkeeping events). */
  push(line: string): string[];
  report(): AgentReport;
};

export const emptyReport = (): AgentReport => ({
  finalText: "",
  isError: false,
  inputTokens: null,
  outputTokens: null,
  costUsd: null,
  costSource: "none",
  deniedTools: [],
});
