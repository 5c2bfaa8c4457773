/** A field typed `Unsupported("...")`, in the shape the DMMF gives its other scalar fields. */
export type UnsupportedField = {
  model: string;
  field: {
    name: string;
    dbName: string;
    kind: "scalar";
    isList: boolean;
    isRequired: boolean;
    hasDefaultValue: boolean;
    type: string;
    nativeType: null;
  };
};

const MODEL_BLOCK = /^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const UNSUPPORTED_FIELD = /^[ \t]*(\w+)[ \t]+Unsupported\(\s*"([^"]+)"\s*\)(\[\]|\?)?([^\n]*)$/gm;
const MAP_ATTRIBUTE = /@map\(\s*"([^"]+)"\s*\)/;

/**
 * The DMMF leaves `Unsupported(...)` fields out, though their columns exist and may be indexed,
 * so they are read from the schema text; their type is the Postgres type named in quotes.
 */
export function readUnsupportedFields(files: [string, string][]): UnsupportedField[] {
  const found: UnsupportedField[] = [];
  for (const [, text] of files)
    for (const [, model = "", body = ""] of text.matchAll(MODEL_BLOCK))
      for (const [, name = "", type = "", modifier, attributes = ""] of body.matchAll(
        UNSUPPORTED_FIELD,
      ))
        found.push({
          model,
          field: {
            name,
            dbName: attributes.match(MAP_ATTRIBUTE)?.[1] ?? name,
            kind: "scalar",
            isList: modifier === "[]",
            isRequired: modifier === undefined,
            hasDefaultValue: attributes.includes("@default("),
            type,
            nativeType: null,
          },
        });
  return found;
}
