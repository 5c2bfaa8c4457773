import pg from "pg";

// What the app itself changes while it runs: the runner's schema (jobs, leases), its heartbeat
// setting, and the outbox's delivery bookkeeping; a token's last use.
const BACKGROUND_COLUMNS = [
  "last_used_at",
  "use_audited_at",
  "sent_at",
  "attempts",
  "next_attempt_at",
  "last_error",
];
const SCHEMAS = ["claude_family", "claude_pm", "claude_mission_control"];

/** A checksum of every row of every table of the app's schemas, keyed `schema.table`. */
export async function tableSnapshot(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [SCHEMAS],
    );
    const snapshot: Record<string, string> = {};
    for (const { schema, name } of tables.rows) {
      const { rows } = await client.query<{ rows: string; sum: string | null }>(
        `SELECT count(*)::text AS rows,
                md5(string_agg((to_jsonb(t) - $1::text[])::text, ',' ORDER BY (to_jsonb(t) - $1::text[])::text)) AS sum
         FROM "${schema}"."${name}" t
         WHERE NOT (to_jsonb(t) ->> 'setting_key' IS NOT DISTINCT FROM 'runner.heartbeat')`,
        [BACKGROUND_COLUMNS],
      );
      snapshot[`${schema}.${name}`] = `${rows[0].rows} rows ${rows[0].sum ?? "-"}`;
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

/** The tables whose checksum differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table] ?? "absent"} → ${after[table] ?? "absent"}`);
}
