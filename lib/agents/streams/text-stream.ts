import { type AgentStreamParser, emptyReport } from "@/lib/agents/agent-report";

/** A generic CLI's plain-text output: every line is shown, and all of it is the final text. */
export function textStreamParser(): AgentStreamParser {
  const lines: string[] = [];
  return {
    push(line) {
      lines.push(line);
      return [line];
    },
    report: () => ({ ...emptyReport(), finalText: lines.join("\n") }),
  };
}
