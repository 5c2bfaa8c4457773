import pg from "pg";
import { indexLabel, type SchemaShape } from "@/scripts/schema-check/table-shape";

type ColumnRow = {
  table_schema: string;
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  character_maximum_length: number | null;
  datetime_precision: number | null;
};

function columnType(row: ColumnRow): string {
  const isArray = row.udt_name.startsWith("_");
  const base = isArray ? row.udt_name.slice(1) : row.udt_name;
  let type = base;
  if (base === "varchar" && row.character_maximum_length)
    type = `varchar(${row.character_maximum_length})`;
  if ((base === "timestamp" || base === "timestamptz") && row.datetime_precision !== null)
    type = `${base}(${row.datetime_precision})`;
  return isArray ? `${type}[]` : type;
}

/** Reads the tables, columns and indexes of `schemas` from a live database. */
export async function describeDatabase(url: string, schemas: string[]): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<ColumnRow>(
      `SELECT c.table_schema, c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default,
              c.character_maximum_length, c.datetime_precision
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = ANY($1) AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
      [schemas],
    );
    const indexes = await client.query<{
      schemaname: string;
      tablename: string;
      indexname: string;
      indexdef: string;
    }>(
      "SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ANY($1) ORDER BY indexname",
      [schemas],
    );
    const shape: SchemaShape = {};
    for (const row of columns.rows) {
      const key = `${row.table_schema}.${row.table_name}`;
      shape[key] ??= { columns: {}, indexes: [] };
      const table = shape[key];
      table.columns[row.column_name] = {
        type: columnType(row),
        nullable: row.is_nullable === "YES",
        hasDefault: row.column_default !== null,
      };
    }
    for (const row of indexes.rows) {
      const method = / USING (\w+) /.exec(row.indexdef)?.[1] ?? "btree";
      shape[`${row.schemaname}.${row.tablename}`]?.indexes.push(indexLabel(row.indexname, method));
    }
    return shape;
  } finally {
    await client.end();
  }
}
