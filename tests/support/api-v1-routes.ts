import { readdir } from "node:fs/promises";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const API_DIR = path.join(ROOT, "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type ShippedRoute = {
  /** OpenAPI style: `/api/v1/missions/{id}`. */
  path: string;
  /** Matches a request path and gives its parameters. */
  pattern: RegExp;
  paramNames: string[];
  handlers: Partial<Record<string, (request: Request, context: unknown) => Promise<Response>>>;
};

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

/** Every `app/api/v1/**\/route.ts` with the methods it exports, loaded as Next would load it. */
export async function shippedApiRoutes(): Promise<ShippedRoute[]> {
  const files = await routeFiles(API_DIR);
  return Promise.all(
    files.map(async (file) => {
      const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
      const paramNames = segments.flatMap((s) => (/^\[(\w+)\]$/.exec(s) ? [s.slice(1, -1)] : []));
      const openApiPath = `/api/v1/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
      const regex = segments
        .map((s) => (/^\[(\w+)\]$/.test(s) ? "([^/]+)" : s.replace(/[.]/g, "\\.")))
        .join("/");
      const module = (await import(file)) as Record<string, unknown>;
      const handlers = Object.fromEntries(
        METHODS.filter((method) => typeof module[method] === "function").map((method) => [
          method,
          module[method],
        ]),
      );
      return {
        path: openApiPath.replace(/\/$/, ""),
        pattern: new RegExp(`^/api/v1/${regex}$`),
        paramNames,
        handlers,
      } as ShippedRoute;
    }),
  );
}
