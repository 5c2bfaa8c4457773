import { quoteLiteral } from "@/lib/services/sql-templates/quote-literal";

/** The INSERT an agent runs to share a piece of knowledge; TODO values are for it to replace. */
export function generateAddKnowledgeSql(title: string, category: string): string {
  return [
    "-- knowledge_type: pattern | technique | gotcha | best-practice; confidence_level: 1 to 10.",
    "INSERT INTO claude_family.shared_knowledge",
    "  (title, description, knowledge_type, knowledge_category, confidence_level, created_by_identity_id)",
    "VALUES",
    `  (${quoteLiteral(title || "TODO: title")}, 'TODO: description', 'pattern', ${quoteLiteral(category || "TODO: category")}, 5,`,
    "   (SELECT identity_id FROM claude_family.identities WHERE identity_name = 'TODO: your identity name'))",
    "RETURNING knowledge_id;",
  ].join("\n");
}
