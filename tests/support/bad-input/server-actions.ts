import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
export type ServerAction = { id: string; file: string; name: string; page: string };

const A_ROW_ID = "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70";

/** A page that loads the action, as a URL path (a page without `[param]`s when there is one). */
function pageOf(workers: string[]) {
  const paths = workers.map((worker) =>
    `/${worker.replace(/^app\//, "").replace(/\/?page$/, "")}`
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .join("/"),
  );
  const page = paths.find((p) => !p.includes("[")) ?? paths[0] ?? "/";
  return page.replace(/\[[^\]]+\]/g, A_ROW_ID) || "/";
}

/** Every server action of the built app (`"use server"` exports, from Next's manifest). */
export async function builtServerActions(root: string): Promise<ServerAction[]> {
  const manifest = JSON.parse(
    await readFile(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      file: entry.filename,
      name: entry.exportedName,
      page: pageOf(Object.keys(entry.workers)),
    }))
    .sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}

/** React's own encoder of a server action call: what the browser sends. */
export function encodeActionCall(root: string, args: unknown[]): Promise<string | FormData> {
  const require = createRequire(path.join(root, "package.json"));
  const client = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
    encodeReply: (value: unknown) => Promise<string | FormData>;
  };
  return client.encodeReply(args);
}
