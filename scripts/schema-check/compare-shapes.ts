import type { SchemaShape } from "@/scripts/schema-check/table-shape";

/** Every way `actual` (the migrated database) differs from `expected` (schema.prisma). */
export function compareShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [table, want] of Object.entries(expected)) {
    const have = actual[table];
    if (!have) {
      problems.push(`${table}: table is in schema.prisma but no migration creates it`);
      continue;
    }
    for (const [column, wantColumn] of Object.entries(want.columns)) {
      const haveColumn = have.columns[column];
      const at = `${table}.${column}`;
      if (!haveColumn) {
        problems.push(`${at}: column is in schema.prisma but not in the migrations`);
        continue;
      }
      if (haveColumn.type !== wantColumn.type)
        problems.push(
          `${at}: type is ${haveColumn.type} in the database, ${wantColumn.type} in schema.prisma`,
        );
      if (wantColumn.nullable !== "any" && haveColumn.nullable !== wantColumn.nullable) {
        problems.push(
          `${at}: ${haveColumn.nullable ? "nullable" : "NOT NULL"} in the database, ${wantColumn.nullable ? "optional" : "required"} in schema.prisma`,
        );
      }
      if (haveColumn.hasDefault !== wantColumn.hasDefault) {
        problems.push(
          `${at}: ${haveColumn.hasDefault ? "has a default" : "has no default"} in the database but ${wantColumn.hasDefault ? "one" : "none"} in schema.prisma`,
        );
      }
    }
    for (const column of Object.keys(have.columns)) {
      if (!want.columns[column])
        problems.push(`${table}.${column}: column is in the migrations but not in schema.prisma`);
    }
    for (const index of want.indexes) {
      if (!have.indexes.includes(index))
        problems.push(`${table}: index ${index} is in schema.prisma but not in the migrations`);
    }
    for (const index of have.indexes) {
      if (!want.indexes.includes(index))
        problems.push(`${table}: index ${index} is in the migrations but not in schema.prisma`);
    }
  }
  for (const table of Object.keys(actual)) {
    if (!expected[table])
      problems.push(`${table}: table is in the migrations but not in schema.prisma`);
  }
  return problems;
}
