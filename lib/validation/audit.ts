import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2026-01-31." });

export const auditFiltersSchema = z.object({
  operation: z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()),
  user: z.preprocess(emptyAsUndefined, z.uuid().optional()),
  identity: z.preprocess(emptyAsUndefined, z.uuid().optional()),
  target: z.preprocess(emptyAsUndefined, z.string().trim().max(50).optional()),
  from: z.preprocess(emptyAsUndefined, day.optional()),
  to: z.preprocess(emptyAsUndefined, day.optional()),
  page: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
