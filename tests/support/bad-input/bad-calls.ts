export const A_ROW_ID = "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70";
export const OVER_LIMIT = "x".repeat(1024 * 1024 + 16);
const LONG = "x".repeat(2_500);

type Encode = (args: unknown[]) => Promise<string | FormData>;

export function formOf(entries: [string, string | Blob][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}
const every = (names: string[], value: (name: string) => string | Blob) =>
  formOf(names.map((name) => [name, value(name)]));
const isIdName = (name: string) => /(^id|Id)$/.test(name);

/**
 * The bad calls every server action gets, each as the body the browser's encoder (or a hostile
 * client) would send: wrong, missing and extra arguments, NUL bytes, long and over-limit text,
 * files where text belongs, malformed and unknown ids, repeated fields, and bodies that are not
 * a React reply at all.
 */
export function badActionCalls(names: string[], encode: Encode) {
  return {
    "with no arguments": () => encode([]),
    "with the state alone": () => encode([{}]),
    "with an object instead of FormData": () =>
      encode([{}, Object.fromEntries(names.map((n) => [n, "x"]))]),
    "with text instead of FormData": () => encode([{}, "name=x"]),
    "with null arguments": () => encode([null, null]),
    "with the form data alone (a plain form post)": () =>
      encode([every(names, () => "not-a-uuid")]),
    "with extra arguments": () => encode([{}, formOf([]), "extra", 42, { more: true }]),
    "with an empty form": () => encode([{}, formOf([])]),
    "with a NUL byte in every input": () => encode([{}, every(names, () => "a\u0000b")]),
    "with 2,500 characters in every input": () => encode([{}, every(names, () => LONG)]),
    "with an input over 1 MiB": () => encode([{}, formOf([[names[0], OVER_LIMIT]])]),
    "with a file in every input": () =>
      encode([{}, every(names, () => new Blob(["a\u0000b"], { type: "text/plain" }))]),
    "with malformed ids": () =>
      encode([{}, every(names, (n) => (isIdName(n) ? "not-a-uuid" : ""))]),
    "with unknown ids": () => encode([{}, every(names, (n) => (isIdName(n) ? A_ROW_ID : ""))]),
    "with every input twice": () =>
      encode([{}, formOf(names.flatMap((n) => [[n, ""] as [string, string], [n, "not-a-uuid"]]))]),
    "with a body that is not JSON": async () => "not json",
    "with JSON that is not an argument list": async () => '{"0":{}}',
    "with multipart data but no argument list": async () => formOf([["name", "x"]]),
  } satisfies Record<string, () => Promise<string | FormData>>;
}

const JSON_BODY = (value: unknown) => JSON.stringify(value);

/** The bad bodies every API route that takes one gets (as JSON with a bearer token). */
export function badJsonBodies(names: string[]) {
  const object = (value: (name: string) => unknown) =>
    JSON_BODY(Object.fromEntries(names.map((name) => [name, value(name)])));
  return {
    "no body": "",
    "a body that is not JSON": "{ not json",
    "JSON null": "null",
    "a JSON array": "[]",
    "a JSON string": '"text"',
    "an empty object": "{}",
    "a NUL byte in every field": object(() => "a\u0000b"),
    "a NUL byte in a key": JSON_BODY({ "na\u0000me": "x" }),
    "2,500 characters in every field": object(() => LONG),
    "a body over 1 MiB": JSON_BODY({ [names[0]]: OVER_LIMIT }),
    "numbers in every field": object(() => -1),
    "objects in every field": object(() => ({ nested: ["a\u0000b"] })),
    "arrays in every field": object(() => ["not-a-uuid"]),
    "malformed ids": object((n) => (isIdName(n) ? "not-a-uuid" : undefined)),
    "unknown ids": object((n) => (isIdName(n) ? A_ROW_ID : undefined)),
  };
}

/** Query strings for every GET: NUL bytes, long text, negative and non-numeric numbers. */
export function badQueries(names: string[]) {
  const query = (value: string) =>
    `?${names.map((name) => `${name}=${encodeURIComponent(value)}`).join("&")}`;
  return {
    "no query": "",
    "a NUL byte in every parameter": query("a\u0000b"),
    "long text in every parameter": query("x".repeat(20)),
    "negative numbers": query("-1"),
    "huge numbers": query("99999999999999999999999"),
    "malformed percent-encoding": "?q=%E0%A4%A&after=%",
  };
}

/** Path parameter values besides an unknown id. */
export const BAD_PATH_VALUES = {
  "a malformed id": "not-a-uuid",
  "a NUL byte": "%00",
  "a long id": "x".repeat(3_000),
  "malformed percent-encoding": "%E0%A4%A",
};
