/**
 * A Postgres string literal of `value`, written as Postgres's own `quote_literal` writes it: single
 * quotes doubled, and a value holding a backslash written as E'...' with its backslashes doubled,
 * so the literal means the same whether `standard_conforming_strings` is on or off.
 */
export function quoteLiteral(value: string): string {
  if (value.includes("\0")) throw new Error("Postgres text cannot hold a NUL character.");
  const quoted = value.replaceAll("'", "''");
  return value.includes("\\") ? `E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}

export function quoteTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map(quoteLiteral).join(", ")}]::text[]`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function quoteUuid(value: string): string {
  if (!UUID.test(value)) throw new Error(`Not a UUID: ${JSON.stringify(value)}`);
  return `${quoteLiteral(value)}::uuid`;
}
