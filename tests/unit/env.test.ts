import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache } from "@/lib/env";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("environment", () => {
  it("defaults to 127.0.0.1:3000, a .data directory and an embedded Postgres port other than 5432", () => {
    for (const key of ["PORT", "HOST", "MC_DATA_DIR", "MC_PG_PORT", "DATABASE_URL"])
      delete process.env[key];
    resetEnvCache();
    const env = getEnv();
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.PORT).toBe(3000);
    expect(env.dataDir).toBe(path.resolve(".data"));
    expect(env.MC_PG_PORT).not.toBe(5432);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every invalid variable", () => {
    process.env.PORT = "eighty";
    process.env.MC_ADMIN_EMAIL = "nobody";
    resetEnvCache();
    expect(() => getEnv()).toThrow(/PORT[\s\S]*MC_ADMIN_EMAIL|MC_ADMIN_EMAIL[\s\S]*PORT/);
  });
});
