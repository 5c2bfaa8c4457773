import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Tests import server modules outside React's server environment, where `server-only` throws.
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

// These fail when other files load the CPU, so they run one by one after all the rest: steps
// compares a step's duration with 300 ms, and kill expects runs it queued just before a SIGKILL
// not to have started yet.
const LOAD_SENSITIVE = [
  "tests/integration/runner/steps.test.ts",
  "tests/integration/runner/kill.test.ts",
];

const integration = {
  environment: "node",
  globalSetup: ["tests/support/integration-global-setup.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // next-auth imports `next/server` without an extension, which only a bundler resolves.
  server: { deps: { inline: ["next-auth", "@auth/core"] } },
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Measured on 2 cores: integration files mostly wait on Postgres, git and child processes.
    maxWorkers: 3,
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: LOAD_SENSITIVE,
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          // Without file parallelism, Vitest runs a project's files after every other project's.
          name: "integration-alone",
          include: LOAD_SENSITIVE,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        // `npm run test:parity`: every function shape against the server INNGEST_* names, or
        // the local runner. Its tests run at once, so the suite lasts about as long as its mission.
        test: {
          ...integration,
          name: "parity",
          include: ["tests/parity/**/*.test.ts"],
          maxConcurrency: 16,
        },
      },
    ],
  },
});
