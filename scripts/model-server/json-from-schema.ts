import { isRecord } from "@/scripts/model-server/http-io";

/**
 * The smallest plausible value for a JSON schema (or a Gemini `responseSchema`, whose types are
 * upper case): every property, the first enum value, the minimum of a number, an empty array.
 * For side requests that want structured output, such as Gemini CLI's model router.
 */
export function jsonFromSchema(schema: unknown): unknown {
  if (!isRecord(schema)) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = String(schema.type ?? (isRecord(schema.properties) ? "object" : "")).toLowerCase();
  switch (type) {
    case "object":
      return Object.fromEntries(
        Object.entries(isRecord(schema.properties) ? schema.properties : {}).map(([key, value]) => [
          key,
          jsonFromSchema(value),
        ]),
      );
    case "array":
      return [];
    case "string":
      return "scripted";
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return false;
    default:
      return null;
  }
}
