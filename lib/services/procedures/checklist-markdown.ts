import type { ProcedureItem } from "@/lib/data/procedures/list-procedures";

/** A project's checklist as Markdown: every procedure that applies, mandatory first. */
export function checklistMarkdown(project: string, procedures: ProcedureItem[]): string {
  const line = (procedure: ProcedureItem) =>
    `- [ ] ${procedure.mandatory ? "**MANDATORY** " : ""}${procedure.name}${procedure.frequency ? ` (${procedure.frequency})` : ""}` +
    `${procedure.shortDescription ? ` — ${procedure.shortDescription}` : ""}${procedure.filePath ? ` \`${procedure.filePath}\`` : ""}`;
  return [`# Checklist for ${project}`, "", ...procedures.map(line), ""].join("\n");
}
