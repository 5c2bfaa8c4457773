/** Prints a value as JSON (for `--json`). */
export function printJson(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = "") {
  process.stdout.write(`${text}\n`);
}

const width = (rows, index) => Math.max(...rows.map((row) => String(row[index] ?? "").length));

/** Left-aligned columns with a header row; `(none)` for no rows. */
export function table(header, rows) {
  if (rows.length === 0) return "(none)";
  const all = [header, ...rows];
  const widths = header.map((_, index) => width(all, index));
  return all
    .map((row) =>
      row
        .map((cell, index) =>
          index === row.length - 1 ? String(cell ?? "") : String(cell ?? "").padEnd(widths[index]),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export const shortId = (id) => String(id).slice(0, 8);

export const money = (value) =>
  value === null || value === undefined ? "-" : `$${Number(value).toFixed(2)}`;

export const clip = (text, max = 60) => {
  const value = String(text ?? "").replace(/\s+/g, " ");
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
};

export const time = (iso) =>
  iso ? new Date(iso).toISOString().replace("T", " ").slice(0, 19) : "-";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
