import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
export type RouteHandler = { path: string; method: string; params: string[] };

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return Promise.resolve(entry.name === "route.ts" ? [full] : []);
    }),
  );
  return nested.flat();
}

/**
 * Every `app/**\/route.ts` handler by URL path and method, read from the file's exports
 * (`export const POST =`, `export async function GET`, `export { handler as GET }`).
 */
export async function shippedRouteHandlers(root: string): Promise<RouteHandler[]> {
  const appDir = path.join(root, "app");
  const handlers: RouteHandler[] = [];
  for (const file of await routeFiles(appDir)) {
    const source = await readFile(file, "utf8");
    const segments = path
      .relative(appDir, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s));
    const params = segments.flatMap((s) => /^\[(?:\.\.\.)?(\w+)\]$/.exec(s)?.[1] ?? []);
    for (const method of METHODS) {
      const exported = new RegExp(
        `export\\s+(?:const\\s+(?:${method}\\b|\\{[^}]*\\b${method}\\b)|(?:async\\s+)?function\\s+${method}\\b|\\{[^}]*\\b${method}\\b)`,
      );
      if (exported.test(source)) handlers.push({ path: `/${segments.join("/")}`, method, params });
    }
  }
  return handlers.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
