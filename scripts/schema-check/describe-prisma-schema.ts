import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { type ColumnShape, indexLabel, type SchemaShape } from "@/scripts/schema-check/table-shape";
import { readUnsupportedFields } from "@/scripts/schema-check/unsupported-fields";

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
};
type DmmfModel = {
  name: string;
  dbName?: string | null;
  schema?: string | null;
  fields: DmmfField[];
};
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string }[];
};
type Dmmf = { datamodel: { models: DmmfModel[]; indexes: DmmfIndex[] } };

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  Json: "jsonb",
  DateTime: "timestamp(3)",
  Decimal: "numeric",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, string> = {
  Uuid: "uuid",
  Text: "text",
  VarChar: "varchar",
  Char: "bpchar",
  Integer: "int4",
  SmallInt: "int2",
  BigInt: "int8",
  Boolean: "bool",
  JsonB: "jsonb",
  Json: "json",
  Timestamp: "timestamp",
  Timestamptz: "timestamptz",
  Date: "date",
};

function columnType(field: DmmfField): string {
  let type = SCALAR_TYPES[field.type] ?? field.type;
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const base = NATIVE_TYPES[name] ?? name.toLowerCase();
    type = args.length ? `${base}(${args.join(",")})` : base;
    if (base === "timestamp" || base === "timestamptz") type = `${base}(${args[0] ?? "6"})`;
  }
  return field.isList ? `${type}[]` : type;
}

export async function readPrismaSchemaFiles(dir: string): Promise<[string, string][]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(
      async (name): Promise<[string, string]> => [
        name,
        await readFile(path.join(dir, name), "utf8"),
      ],
    ),
  );
}

export function describePrismaSchema(files: [string, string][]): SchemaShape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: files }))) as Dmmf;
  const shape: SchemaShape = {};
  const tableOf = new Map<string, { key: string; table: string; columnOf: Map<string, string> }>();
  const unsupported = readUnsupportedFields(files);
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    const key = `${model.schema ?? "public"}.${table}`;
    const columns: Record<string, ColumnShape> = {};
    const columnOf = new Map<string, string>();
    const fields: DmmfField[] = [
      ...model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum"),
      ...unsupported.filter((u) => u.model === model.name).map((u) => u.field),
    ];
    for (const field of fields) {
      const column = field.dbName ?? field.name;
      columnOf.set(field.name, column);
      // Prisma lists cannot be optional, while agents' array columns are nullable: either is fine.
      columns[column] = {
        type: columnType(field),
        nullable: field.isList ? "any" : !field.isRequired,
        hasDefault: field.hasDefaultValue,
      };
    }
    shape[key] = { columns, indexes: [] };
    tableOf.set(model.name, { key, table, columnOf });
  }
  for (const index of dmmf.datamodel.indexes) {
    const model = tableOf.get(index.model);
    if (!model) continue;
    const columns = index.fields.map((f) => model.columnOf.get(f.name) ?? f.name);
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    const name =
      index.dbName ??
      (index.type === "id"
        ? `${model.table}_pkey`
        : `${model.table}_${columns.join("_")}_${suffix}`);
    shape[model.key]?.indexes.push(indexLabel(name, index.algorithm ?? "btree"));
  }
  for (const table of Object.values(shape)) table.indexes.sort();
  return shape;
}
