// Runs before any dependency is installed, so it uses Node's own modules only.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function run(file, args, options = {}) {
  const result = spawnSync(file, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(file, args, options) {
  const status = run(file, args, options);
  if (status !== 0) {
    console.error(`\n✖ ${path.basename(file)} ${args.join(" ")} failed (exit ${status}).`);
    process.exit(status);
  }
}

function listFiles(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .sort();
}

function fingerprint(entries) {
  const hash = createHash("sha256");
  for (const file of entries.flatMap(listFiles)) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Runs `action` unless the fingerprint of `inputs` matches the one stored after its last run. */
function unlessUnchanged(stampFile, inputs, action) {
  const stamp = path.join(root, stampFile);
  const current = fingerprint(inputs);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === current) return false;
  action();
  writeFileSync(stamp, current);
  return true;
}

export function ensureInstalled() {
  unlessUnchanged("node_modules/.mc-install-stamp", ["package.json", "package-lock.json"], () => {
    console.log("› Installing npm packages (first run, or the lockfile changed)…");
    // `npm ci` cannot be used here: the lockfile omits platform binaries this registry lacks.
    runOrExit("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
  });
  unlessUnchanged(
    "node_modules/.mc-prisma-stamp",
    ["prisma/schema", "prisma.config.ts", "package-lock.json"],
    () => {
      console.log("› Generating the Prisma client…");
      runOrExit(bin("prisma"), ["generate"], {
        env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      });
    },
  );
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "inngest",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema",
];

export function ensureBuilt() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) rmStamp(".next/.mc-build-stamp");
  unlessUnchanged(".next/.mc-build-stamp", BUILD_INPUTS, () => {
    console.log("› Building the app…");
    runOrExit(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  });
}

function rmStamp(file) {
  const full = path.join(root, file);
  if (existsSync(full)) writeFileSync(full, "");
}
