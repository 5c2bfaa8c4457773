import { describe, expect, it } from "vitest";
import { compareShapes } from "@/scripts/schema-check/compare-shapes";
import { describePrismaSchema } from "@/scripts/schema-check/describe-prisma-schema";
import type { SchemaShape } from "@/scripts/schema-check/table-shape";

const schema = `
datasource db {
  provider = "postgresql"
  schemas  = ["claude_family"]
}
model Identity {
  id     String   @id @default(dbgenerated("gen_random_uuid()")) @map("identity_id") @db.Uuid
  name   String   @unique @map("identity_name") @db.VarChar(50)
  tags   String[]
  seenAt DateTime? @map("seen_at") @db.Timestamp(6)
  @@map("identities")
  @@schema("claude_family")
}`;

const matchingDatabase = (): SchemaShape => ({
  "claude_family.identities": {
    columns: {
      identity_id: { type: "uuid", nullable: false, hasDefault: true },
      identity_name: { type: "varchar(50)", nullable: false, hasDefault: false },
      tags: { type: "text[]", nullable: true, hasDefault: false },
      seen_at: { type: "timestamp(6)", nullable: true, hasDefault: false },
    },
    indexes: ["identities_identity_name_key", "identities_pkey"],
  },
});

describe("the SQL-vs-schema check", () => {
  const expected = describePrismaSchema([["schema.prisma", schema]]);

  it("reads table, column, type, nullability, default and index names from schema.prisma", () => {
    expect(expected).toEqual({
      ...matchingDatabase(),
      "claude_family.identities": {
        ...matchingDatabase()["claude_family.identities"],
        columns: {
          ...matchingDatabase()["claude_family.identities"].columns,
          tags: { type: "text[]", nullable: "any", hasDefault: false },
        },
      },
    });
  });

  it("finds nothing when they agree", () => {
    expect(compareShapes(expected, matchingDatabase())).toEqual([]);
  });

  it("reports a missing table, a missing or extra column, and type, null and default drift", () => {
    expect(compareShapes(expected, {})).toEqual([
      "claude_family.identities: table is in schema.prisma but no migration creates it",
    ]);

    const drifted = matchingDatabase();
    const columns = drifted["claude_family.identities"].columns;
    delete columns.seen_at;
    columns.identity_name = { type: "varchar(40)", nullable: true, hasDefault: true };
    columns.extra = { type: "text", nullable: true, hasDefault: false };
    drifted["claude_family.identities"].indexes = ["identities_pkey"];
    drifted["claude_family.other"] = { columns: {}, indexes: [] };

    expect(compareShapes(expected, drifted)).toEqual([
      "claude_family.identities.identity_name: type is varchar(40) in the database, varchar(50) in schema.prisma",
      "claude_family.identities.identity_name: nullable in the database, required in schema.prisma",
      "claude_family.identities.identity_name: has a default in the database but none in schema.prisma",
      "claude_family.identities.seen_at: column is in schema.prisma but not in the migrations",
      "claude_family.identities.extra: column is in the migrations but not in schema.prisma",
      "claude_family.identities: index identities_identity_name_key is in schema.prisma but not in the migrations",
      "claude_family.other: table is in the migrations but not in schema.prisma",
    ]);
  });
});
