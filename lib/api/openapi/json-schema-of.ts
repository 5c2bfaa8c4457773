import { z } from "zod";

/** A zod schema as JSON Schema 2020-12, the dialect of OpenAPI 3.1, without its `$schema` key. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest as Record<string, unknown> & {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
}
