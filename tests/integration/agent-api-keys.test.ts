import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installedAgentClis } from "@/lib/agents/installed-agent-clis";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { findAgentApiKey } from "@/lib/data/agent-api-keys/find-agent-api-key";
import { listProfileIdsWithApiKey } from "@/lib/data/agent-api-keys/list-profile-ids-with-api-key";
import { listSettings } from "@/lib/data/settings/list-settings";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { UserInputError } from "@/lib/errors/user-input-error";
import { addAgentProfile } from "@/lib/services/settings/add-agent-profile";
import { deleteAgentProfile } from "@/lib/services/settings/delete-agent-profile";
import { editAgentProfile } from "@/lib/services/settings/edit-agent-profile";
import {
  isAgentProfileOffered,
  listOfferedAgentProfiles,
} from "@/lib/services/settings/offered-agent-profiles";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { readSetting } from "@/lib/settings/read-setting";
import { agentProfileFormSchema } from "@/lib/validation/settings";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("api_keys");
const KEY = "sk-ant-api03-Secret_Key-9f8e7d~Wq7zX";
const OTHER_KEY = "sk-ant-api03-Replaced~Rt5yU";
let admin: Actor;
let operator: Actor;
let viewer: Actor;
const startingSecret = process.env.AUTH_SECRET;

function useAuthSecret(secret: string | undefined) {
  if (secret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = secret;
  resetEnvCache();
}

beforeAll(async () => {
  useAuthSecret("integration-auth-secret-4c1f9a0e7b2d");
  admin = await createTestActor("admin");
  operator = await createTestActor("operator");
  viewer = await createTestActor("viewer");
});
afterAll(() => useAuthSecret(startingSecret));

beforeEach(async () => {
  await runSql(database.url, "DELETE FROM claude_mission_control.agent_api_keys");
  await runSql(database.url, "DELETE FROM claude_mission_control.app_settings");
  await runSql(database.url, "DELETE FROM claude_mission_control.audit_log");
});

/** The Claude Code profile as the Settings form sends it (the command input is not shown). */
const claudeForm = (values: Record<string, string> = {}) => ({
  id: "claude-code",
  name: "Claude Code",
  kind: "claude-code",
  command: "",
  args: "",
  extraArgs: "--add-dir\n/srv/shared\n",
  model: "claude-sonnet-4-5",
  apiBaseUrl: " https://llm.example.test/anthropic ",
  env: "",
  permissionMode: "acceptEdits",
  timeoutSeconds: "1800",
  outputFormat: "stream-json",
  apiKey: "",
  removeApiKey: "",
  ...values,
});
const parsed = (values: Record<string, string> = {}) =>
  agentProfileFormSchema.parse(claudeForm(values));
const save = (actor: Actor, values: Record<string, string> = {}) => {
  const { profile, apiKey } = parsed(values);
  return editAgentProfile(actor, profile, apiKey);
};

/** Everything the database holds that a person or a dump could read. */
async function everythingStored() {
  const tables = ["agent_api_keys", "app_settings", "audit_log"];
  const rows = await Promise.all(
    tables.map((table) => runSql(database.url, `SELECT * FROM claude_mission_control.${table}`)),
  );
  return JSON.stringify(rows.map((result) => result.rows));
}

function expectNoTraceOf(stored: string, key: string) {
  expect(stored).not.toContain(key);
  expect(stored).not.toContain(key.slice(-6));
  expect(stored).not.toContain(Buffer.from(key).toString("base64"));
  expect(stored).not.toContain(Buffer.from(key).toString("base64url"));
  expect(stored).not.toContain(Buffer.from(key).toString("hex"));
}

const audit = () =>
  getDb().auditLog.findMany({
    orderBy: { createdAt: "asc" },
    select: { operation: true, targetType: true, details: true, userId: true },
  });
const keyRows = () =>
  runSql(
    database.url,
    "SELECT profile_id, key_ciphertext, updated_by, updated_at FROM claude_mission_control.agent_api_keys",
  ).then((result) => result.rows);

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserInputError);
  return error as UserInputError;
}

describe("agent API keys", () => {
  it("stores a key only as ciphertext, apart from the profile and the audit log, and gives the runner the key", async () => {
    await save(admin, { apiKey: ` ${KEY} ` });

    expect(await findAgentApiKey("claude-code")).toBe(KEY);
    expect(await findAgentApiKey("codex")).toBeUndefined();
    expect(await listProfileIdsWithApiKey()).toEqual(["claude-code"]);
    const [row] = await keyRows();
    expect(row).toMatchObject({ profile_id: "claude-code", updated_by: admin.userId });
    expect(row.key_ciphertext).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expectNoTraceOf(await everythingStored(), KEY);
    // The raw settings editor lists app_settings, which never holds the key.
    expectNoTraceOf(JSON.stringify(await listSettings({ except: [] })), KEY);

    const profile = (await readSetting("agent.profiles")).find((p) => p.id === "claude-code");
    expect(profile).toMatchObject({
      kind: "claude-code",
      command: "claude",
      model: "claude-sonnet-4-5",
      apiBaseUrl: "https://llm.example.test/anthropic",
      extraArgs: ["--add-dir", "/srv/shared"],
      timeoutSeconds: 1800,
    });
    expect(profile).not.toHaveProperty("apiKey");
    expect(await audit()).toEqual([
      {
        operation: "agent_api_key.set",
        targetType: "agent_profile",
        details: { profileId: "claude-code" },
        userId: admin.userId,
      },
      {
        operation: "update_setting",
        targetType: "setting",
        details: { key: "agent.profiles", change: "edit_profile", profileId: "claude-code" },
        userId: admin.userId,
      },
    ]);

    // The same key saved again is encrypted afresh (a new IV): equal keys do not look equal.
    await save(admin, { apiKey: KEY });
    const [again] = await keyRows();
    expect(again.key_ciphertext).not.toBe(row.key_ciphertext);
    expect(await findAgentApiKey("claude-code")).toBe(KEY);
  });

  it("keeps the key when the form leaves it empty, replaces it with a new one, and removes it", async () => {
    await save(admin, { apiKey: KEY });
    await save(admin, { model: "claude-opus-4-1" });
    expect(await findAgentApiKey("claude-code")).toBe(KEY);

    await save(admin, { apiKey: OTHER_KEY });
    expect(await findAgentApiKey("claude-code")).toBe(OTHER_KEY);
    expectNoTraceOf(await everythingStored(), KEY);
    expectNoTraceOf(await everythingStored(), OTHER_KEY);

    await save(admin, { removeApiKey: "on" });
    expect(await findAgentApiKey("claude-code")).toBeUndefined();
    expect(await listProfileIdsWithApiKey()).toEqual([]);
    // Removing a key that is not there changes nothing worth an audit row.
    await save(admin, { removeApiKey: "on" });

    const keyAudit = (await audit()).filter((entry) => entry.operation !== "update_setting");
    expect(keyAudit.map((entry) => [entry.operation, entry.details])).toEqual([
      ["agent_api_key.set", { profileId: "claude-code" }],
      ["agent_api_key.set", { profileId: "claude-code" }],
      ["agent_api_key.removed", { profileId: "claude-code" }],
    ]);
  });

  it("deletes a profile's key with the profile, and a new profile of that id starts without one", async () => {
    const codex = parsed({
      id: "codex",
      name: "Codex CLI",
      kind: "codex",
      model: "gpt-5-codex",
      apiBaseUrl: "",
      apiKey: KEY,
    });
    await editAgentProfile(admin, codex.profile, codex.apiKey);
    expect(await findAgentApiKey("codex")).toBe(KEY);
    expect((await readSetting("agent.profiles")).find((p) => p.id === "codex")?.command).toBe(
      "codex",
    );

    await deleteAgentProfile(admin, "codex");
    expect(await findAgentApiKey("codex")).toBeUndefined();
    expect((await audit()).map((entry) => entry.operation)).toEqual([
      "agent_api_key.set",
      "update_setting",
      "agent_api_key.removed",
      "update_setting",
    ]);

    await addAgentProfile(admin, codex.profile);
    expect(await findAgentApiKey("codex")).toBeUndefined();
    await addAgentProfile(admin, { ...codex.profile, id: "codex-2" }, { set: OTHER_KEY });
    expect(await findAgentApiKey("codex-2")).toBe(OTHER_KEY);
  });

  it("does not decrypt a ciphertext moved to another profile, or under another AUTH_SECRET", async () => {
    await save(admin, { apiKey: KEY });
    await runSql(
      database.url,
      `INSERT INTO claude_mission_control.agent_api_keys (profile_id, key_ciphertext)
       SELECT 'gemini', key_ciphertext FROM claude_mission_control.agent_api_keys
        WHERE profile_id = 'claude-code'`,
    );
    await expect(findAgentApiKey("gemini")).rejects.toThrow(/cannot be decrypted/);

    const secret = process.env.AUTH_SECRET;
    useAuthSecret("another-auth-secret-after-a-reinstall");
    try {
      const error = await findAgentApiKey("claude-code").catch((reason: Error) => reason);
      expect(String(error)).toMatch(/“claude-code” cannot be decrypted .*set it again in Settings/);
      expect(String(error)).not.toContain(KEY);
    } finally {
      useAuthSecret(secret);
    }
    expect(await findAgentApiKey("claude-code")).toBe(KEY);
  });

  it("refuses operators and viewers: they neither set nor remove a key", async () => {
    await save(admin, { apiKey: KEY });
    await runSql(database.url, "DELETE FROM claude_mission_control.audit_log");
    for (const actor of [operator, viewer]) {
      await expect(save(actor, { apiKey: OTHER_KEY })).rejects.toThrow(ForbiddenError);
      await expect(save(actor, { removeApiKey: "on" })).rejects.toThrow(ForbiddenError);
      await expect(
        addAgentProfile(actor, parsed({ id: "mine" }).profile, { set: OTHER_KEY }),
      ).rejects.toThrow(ForbiddenError);
      await expect(deleteAgentProfile(actor, "claude-code")).rejects.toThrow(ForbiddenError);
    }
    expect(await findAgentApiKey("claude-code")).toBe(KEY);
    expect(await listProfileIdsWithApiKey()).toEqual(["claude-code"]);
    expect(await audit()).toEqual([]);
  });

  it("gives bad input field errors and loses nothing already stored", async () => {
    await save(admin, { apiKey: KEY });
    const before = await everythingStored();

    const issues = (values: Record<string, string>) =>
      Object.fromEntries(
        (agentProfileFormSchema.safeParse(claudeForm(values)).error?.issues ?? []).map((issue) => [
          issue.path[0],
          issue.message,
        ]),
      );
    expect(
      issues({ apiBaseUrl: "ftp://llm.example.test", model: "claude sonnet; rm -rf /" }),
    ).toEqual({
      apiBaseUrl: "Enter an http(s) URL, or leave it empty.",
      model: "A model name starts with a letter or digit, then letters, digits and . _ : @ / -",
    });
    expect(issues({ apiBaseUrl: "not a url" })).toEqual({
      apiBaseUrl: "Enter an http(s) URL, or leave it empty.",
    });
    expect(issues({ apiKey: "sk-ant with spaces" })).toEqual({
      apiKey: "An API key is letters, digits and punctuation, without spaces.",
    });
    expect(issues({ apiKey: OTHER_KEY, removeApiKey: "on" })).toEqual({
      apiKey: "Enter a new key or remove the key, not both.",
    });
    expect(issues({ extraArgs: Array(51).fill("--x").join("\n") })).toEqual({
      extraArgs: "Use at most 50 extra arguments.",
    });
    // A key typed for a generic profile (its field hidden) is dropped, not stored.
    expect(parsed({ kind: "generic", command: "aider", apiKey: OTHER_KEY }).apiKey).toBe("keep");

    // The services check too, and a refused change takes its key with it.
    const generic = parsed({ id: "aider", kind: "generic", command: "aider" }).profile;
    expect((await refusal(addAgentProfile(admin, generic, { set: OTHER_KEY }))).field).toBe(
      "apiKey",
    );
    expect(
      (
        await refusal(
          editAgentProfile(admin, { ...parsed().profile, id: "gone" }, { set: OTHER_KEY }),
        )
      ).message,
    ).toMatch(/no profile “gone”/);
    await refusal(
      editAgentProfile(admin, { ...parsed().profile, timeoutSeconds: 1 }, { set: OTHER_KEY }),
    );
    expect(await everythingStored()).toBe(before);
    expect(await findAgentApiKey("claude-code")).toBe(KEY);
  });
});

describe("installed agent CLIs", () => {
  it("finds Claude Code, Codex and Gemini with their versions, once per process", async () => {
    const installed = await installedAgentClis();
    expect(installed).toEqual({
      "claude-code": { path: expect.stringMatching(/\/claude$/), version: "2.1.328" },
      codex: { path: expect.stringMatching(/\/codex$/), version: "0.171.0" },
      gemini: { path: expect.stringMatching(/\/gemini$/), version: "0.61.0" },
    });
    expect(installedAgentClis()).toBe(installedAgentClis());
  });

  it("offers generic and scripted profiles always and a real CLI's only where it is installed", async () => {
    expect((await listOfferedAgentProfiles()).map((p) => p.id)).toEqual(
      DEFAULT_AGENT_PROFILES.map((p) => p.id),
    );
    const onlyClaude = {
      "claude-code": { path: "/usr/bin/claude", version: "2.1.328" },
      codex: undefined,
      gemini: undefined,
    };
    expect(
      DEFAULT_AGENT_PROFILES.filter((p) => isAgentProfileOffered(p, onlyClaude)).map((p) => p.id),
    ).toEqual(["scripted", "claude-code", "generic-cli"]);
  });
});
