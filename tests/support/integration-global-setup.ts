import type { TestProject } from "vitest/node";
import { dropStaleTestDatabases, startTestServer } from "@/tests/support/test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  console.log(`Integration tests use ${server.kind} Postgres.`);
  await dropStaleTestDatabases(server.adminUrl);
  project.provide("postgresAdminUrl", server.adminUrl);
  return server.stop;
}
