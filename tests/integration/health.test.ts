import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { connectDb, disconnectDb } from "@/lib/db";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("health");

describe("GET /api/health", () => {
  afterAll(() => disconnectDb());

  it("answers 200 ok while the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    // Port 9 (discard) has no Postgres behind it.
    await connectDb("postgresql://postgres@127.0.0.1:9/none?connect_timeout=2");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
    await connectDb(database.url);
  });
});
