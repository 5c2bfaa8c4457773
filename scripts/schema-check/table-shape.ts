/** A database-independent description of tables, so the Prisma schema and Postgres can be compared. */
export type ColumnShape = { type: string; nullable: boolean | "any"; hasDefault: boolean };
export type TableShape = { columns: Record<string, ColumnShape>; indexes: string[] };
/** Keyed by `schema.table`. */
export type SchemaShape = Record<string, TableShape>;

/** An index as both sides list it: its name, plus its access method when that is not B-tree. */
export function indexLabel(name: string, method: string): string {
  return method.toLowerCase() === "btree" ? name : `${name} (${method.toLowerCase()})`;
}
