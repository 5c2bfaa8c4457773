import { mkdir, mkdtemp, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { saveProject } from "@/lib/services/projects/save-project";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("project_path_outside");
let operator: Actor;
let root: string;
let elsewhere: string;

beforeAll(async () => {
  operator = await createTestActor("operator");
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-allowed-")));
  elsewhere = await realpath(await mkdtemp(path.join(tmpdir(), "mc-elsewhere-")));
  await mkdir(path.join(elsewhere, "real-folder"));
  await writeFile(path.join(elsewhere, "real-file"), "x");
  await upsertSetting("projects.allowed_roots", [root]);
});

/** The message an operator gets for the path, with the path itself taken out. */
async function answerFor(folder: string) {
  const refusal = await saveProject(operator, {
    name: "probe",
    path: folder,
    type: null,
    description: null,
  }).then(
    () => null,
    (error: Error) => error.message.replaceAll(folder, "<path>"),
  );
  if (refusal === null) throw new Error(`${folder} was registered.`);
  return refusal;
}

describe("registering a project outside the allowed folders", () => {
  it("says only that the path is outside them, whether it exists or not", async () => {
    const answers = await Promise.all(
      [
        path.join(elsewhere, "real-folder"),
        path.join(elsewhere, "real-file"),
        path.join(elsewhere, "no-such-folder"),
        "/no/such/place",
        path.join(root, "..", path.basename(elsewhere), "real-folder"),
        path.join(root, "..", path.basename(elsewhere), "not-there"),
      ].map(answerFor),
    );
    expect(new Set(answers)).toEqual(
      new Set([
        `<path> is outside the allowed folders (${root}); an admin can add folders in Settings.`,
      ]),
    );
    expect(await answerFor(path.join(root, "not-yet"))).toBe("<path> does not exist.");
    expect(await getDb().projectWorkspace.count()).toBe(0);
  });
});
