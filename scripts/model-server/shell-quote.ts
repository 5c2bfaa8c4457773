import type { ScriptedTool } from "@/scripts/model-server/model-script";

/** One POSIX shell word holding exactly `text`. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A script's write or edit as one shell command, for a CLI whose only tool is a shell (Codex):
 * `printf` writes the bytes exactly; perl replaces the first occurrence of the old text, both
 * texts passed through the environment so that nothing in them is interpreted.
 */
export function asShellCommand(tool: ScriptedTool): string {
  switch (tool.kind) {
    case "shell":
      return tool.command;
    case "write": {
      const path = shellQuote(tool.path);
      return `mkdir -p "$(dirname ${path})" && printf '%s' ${shellQuote(tool.content)} > ${path}`;
    }
    case "edit":
      return [
        `MC_OLD=${shellQuote(tool.old)} MC_NEW=${shellQuote(tool.new)}`,
        `perl -0777 -pi -e 's/\\Q$ENV{MC_OLD}\\E/$ENV{MC_NEW}/' ${shellQuote(tool.path)}`,
      ].join(" ");
    case "raw":
      throw new Error("A raw tool call is sent as it is, not as a shell command.");
  }
}
