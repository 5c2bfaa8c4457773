import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { listSettings } from "@/lib/data/settings/list-settings";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { UserInputError } from "@/lib/errors/user-input-error";
import { addAgentProfile } from "@/lib/services/settings/add-agent-profile";
import { deleteAgentProfile } from "@/lib/services/settings/delete-agent-profile";
import { editAgentProfile } from "@/lib/services/settings/edit-agent-profile";
import { saveAllowedRoots } from "@/lib/services/settings/save-allowed-roots";
import { saveApprovalTimeout } from "@/lib/services/settings/save-approval-timeout";
import { saveMissionDefaults } from "@/lib/services/settings/save-mission-defaults";
import { saveRawSetting } from "@/lib/services/settings/save-raw-setting";
import { setDefaultAgentProfile } from "@/lib/services/settings/set-default-agent-profile";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { KNOWN_SETTINGS } from "@/lib/settings/known-settings";
import { readSetting } from "@/lib/settings/read-setting";
import type { AgentProfile } from "@/lib/validation/agent-profiles";
import {
  agentProfileFormSchema,
  allowedRootsFormSchema,
  approvalTimeoutFormSchema,
  missionDefaultsFormSchema,
  newRawSettingFormSchema,
} from "@/lib/validation/settings";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("settings");
let admin: Actor;
let operator: Actor;
let viewer: Actor;

beforeAll(async () => {
  admin = await createTestActor("admin");
  operator = await createTestActor("operator");
  viewer = await createTestActor("viewer");
});

beforeEach(async () => {
  await runSql(database.url, "DELETE FROM claude_mission_control.app_settings");
  await runSql(database.url, "DELETE FROM claude_mission_control.audit_log");
});

const profileForm = (values: Record<string, string> = {}) => ({
  id: "aider",
  name: "Aider <b>bold</b>'; DROP TABLE users; --",
  kind: "generic",
  command: "aider",
  args: "--message\n{prompt}\n\n  --yes  \n",
  env: "OPENAI_API_KEY=sk-secret=with-equals\nLOG_LEVEL = debug",
  permissionMode: "default",
  timeoutSeconds: "900",
  outputFormat: "text",
  ...values,
});
const profile = (values: Record<string, string> = {}): AgentProfile =>
  agentProfileFormSchema.parse(profileForm(values)).profile;

const stored = async () =>
  Object.fromEntries(
    (await getDb().appSetting.findMany()).map((setting) => [setting.key, setting.value]),
  );
const auditRows = () => getDb().auditLog.findMany({ orderBy: { createdAt: "asc" } });

async function expectRefused(work: Promise<unknown>, message: RegExp, field?: string) {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserInputError);
  expect((error as UserInputError).message).toMatch(message);
  if (field) expect((error as UserInputError).field).toBe(field);
}

describe("settings", () => {
  it("reads each known setting's default while its row is missing", async () => {
    expect(await readSetting("agent.profiles")).toEqual(DEFAULT_AGENT_PROFILES);
    expect(await readSetting("agent.default_profile")).toBe("scripted");
    expect(await readSetting("missions.defaults")).toEqual({
      workers: 2,
      maxRounds: 3,
      wallTimeMinutes: 60,
      budgetUsd: null,
      approvalPolicy: "always",
    });
    expect(await readSetting("missions.approval_timeout_seconds")).toBe(86_400);
    expect(await readSetting("projects.allowed_roots")).toContain(
      path.join(getEnv().dataDir, "projects"),
    );
    expect(await stored()).toEqual({});
  });

  it("parses the profile form: arguments one per line, environment as KEY=value lines", () => {
    expect(profile()).toMatchObject({
      args: ["--message", "{prompt}", "--yes"],
      env: { OPENAI_API_KEY: "sk-secret=with-equals", LOG_LEVEL: "debug" },
      timeoutSeconds: 900,
    });
    const bad = agentProfileFormSchema.safeParse(
      profileForm({
        id: "Not An Id",
        name: " ",
        kind: "robot",
        command: "",
        env: "GOOD=1\nlower-case=2",
        permissionMode: "yolo",
        timeoutSeconds: "2",
        outputFormat: "xml",
      }),
    );
    const messages = Object.fromEntries(
      (bad.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]),
    );
    expect(messages).toEqual({
      id: expect.stringMatching(/lowercase letters/),
      name: "Enter a name.",
      kind: "Choose claude-code, codex, gemini, generic or scripted.",
      env: "Line 2: names use A–Z, 0–9 and _, and do not start with a digit.",
      permissionMode: "Choose a known permission mode.",
      timeoutSeconds: "Use at least 5 seconds.",
      outputFormat: "Choose stream-json or text.",
    });
    const noCommand = agentProfileFormSchema.safeParse(profileForm({ command: "  " }));
    expect(noCommand.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["command", "A claude-code or generic profile needs a command."],
    ]);
    expect(
      agentProfileFormSchema.safeParse(profileForm({ env: "NO_EQUALS_SIGN" })).error?.issues[0]
        .message,
    ).toBe("Line 1: write KEY=value.");
    expect(
      agentProfileFormSchema.safeParse(profileForm({ name: "x".repeat(101) })).error?.issues[0]
        .message,
    ).toBe("Use at most 100 characters.");
  });

  it("adds, edits and deletes agent profiles and chooses the default, audited without secrets", async () => {
    await addAgentProfile(admin, profile());
    await editAgentProfile(admin, profile({ name: "Aider", timeoutSeconds: "60" }));
    await setDefaultAgentProfile(admin, "aider");
    expect(await readSetting("agent.default_profile")).toBe("aider");
    await deleteAgentProfile(admin, "generic-cli");

    const profiles = await readSetting("agent.profiles");
    expect(profiles.map((p) => p.id)).toEqual([
      "scripted",
      "claude-code",
      "codex",
      "gemini",
      "aider",
    ]);
    expect(profiles[4]).toMatchObject({ name: "Aider", timeoutSeconds: 60, kind: "generic" });

    const rows = await getDb().appSetting.findMany({ orderBy: { key: "asc" } });
    expect(rows.map((row) => row.key)).toEqual(["agent.default_profile", "agent.profiles"]);
    for (const row of rows) {
      expect(row.description).toBe(
        KNOWN_SETTINGS[row.key as keyof typeof KNOWN_SETTINGS].description,
      );
      expect(row.updatedAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(row.updatedByIdentityId).toBeNull();
    }

    const audit = await auditRows();
    expect(audit.map((entry) => [entry.operation, entry.targetType, entry.userId])).toEqual(
      Array(4).fill(["update_setting", "setting", admin.userId]),
    );
    expect(audit.map((entry) => entry.details)).toEqual([
      { key: "agent.profiles", change: "add_profile", profileId: "aider" },
      { key: "agent.profiles", change: "edit_profile", profileId: "aider" },
      { key: "agent.default_profile", profileId: "aider" },
      { key: "agent.profiles", change: "delete_profile", profileId: "generic-cli" },
    ]);
    expect(JSON.stringify(audit)).not.toContain("sk-secret");
  });

  it("keeps markup and SQL in a profile's text as plain text", async () => {
    await addAgentProfile(admin, profile());
    const saved = (await readSetting("agent.profiles")).find((p) => p.id === "aider");
    expect(saved?.name).toBe("Aider <b>bold</b>'; DROP TABLE users; --");
  });

  it("refuses a duplicate id, an unknown default, deleting the default or the last profile, and stores nothing", async () => {
    await expectRefused(
      addAgentProfile(admin, profile({ id: "scripted" })),
      /“scripted” exists already/,
      "id",
    );
    await expectRefused(
      setDefaultAgentProfile(admin, "missing"),
      /no profile “missing”/,
      "profileId",
    );
    await expectRefused(deleteAgentProfile(admin, "scripted"), /is the default profile/);
    await expectRefused(editAgentProfile(admin, profile({ id: "missing" })), /no profile/);
    await expectRefused(deleteAgentProfile(admin, "missing"), /no profile/);
    expect(await stored()).toEqual({});
    expect(await auditRows()).toEqual([]);

    for (const id of ["claude-code", "codex", "gemini", "generic-cli"])
      await deleteAgentProfile(admin, id);
    // A default written by hand that names no profile leaves only the last-profile rule.
    await runSql(
      database.url,
      `INSERT INTO claude_mission_control.app_settings (setting_key, setting_value) VALUES ('agent.default_profile', '"gone"')`,
    );
    await expectRefused(deleteAgentProfile(admin, "scripted"), /last profile/);
    expect((await readSetting("agent.profiles")).map((p) => p.id)).toEqual(["scripted"]);
    expect(await auditRows()).toHaveLength(4);
  });

  it("saves mission defaults, allowed roots and the approval timeout; an empty budget is none", async () => {
    const defaults = missionDefaultsFormSchema.parse({
      workers: "4",
      maxRounds: "5",
      wallTimeMinutes: "90",
      budgetUsd: " ",
      approvalPolicy: "large-merges",
    });
    await saveMissionDefaults(admin, defaults);
    expect(await readSetting("missions.defaults")).toEqual({
      workers: 4,
      maxRounds: 5,
      wallTimeMinutes: 90,
      budgetUsd: null,
      approvalPolicy: "large-merges",
    });
    await saveMissionDefaults(admin, { ...defaults, budgetUsd: 12.5 });
    expect((await readSetting("missions.defaults")).budgetUsd).toBe(12.5);

    const { roots } = allowedRootsFormSchema.parse({
      roots: "/srv/projects/\n\n/home/dev/../dev/code\n/srv/projects",
    });
    expect(roots).toEqual(["/srv/projects", "/home/dev/code"]);
    await saveAllowedRoots(admin, roots);
    expect(await readSetting("projects.allowed_roots")).toEqual(roots);
    await saveApprovalTimeout(admin, approvalTimeoutFormSchema.parse({ minutes: "90" }).seconds);
    expect(await readSetting("missions.approval_timeout_seconds")).toBe(5_400);
    expect((await auditRows()).map((entry) => entry.details)).toEqual([
      { key: "missions.defaults", value: { ...defaults } },
      { key: "missions.defaults", value: { ...defaults, budgetUsd: 12.5 } },
      { key: "projects.allowed_roots", value: roots },
      { key: "missions.approval_timeout_seconds", value: 5_400 },
    ]);
  });

  it("refuses bad mission defaults, timeouts and relative or missing roots, and stores nothing", async () => {
    const bad = missionDefaultsFormSchema.safeParse({
      workers: "0",
      maxRounds: "two",
      wallTimeMinutes: "1.5",
      budgetUsd: "-1",
      approvalPolicy: "sometimes",
    });
    expect(
      Object.fromEntries((bad.error?.issues ?? []).map((i) => [i.path[0], i.message])),
    ).toEqual({
      workers: "Use 1 to 32 workers.",
      maxRounds: "Enter a number of rounds.",
      wallTimeMinutes: "Enter a whole number of minutes.",
      budgetUsd: "Use 0 to 100000 US dollars.",
      approvalPolicy: "Choose always, large-merges or never.",
    });
    expect(
      allowedRootsFormSchema.safeParse({ roots: "/srv\nprojects/mine" }).error?.issues,
    ).toEqual([
      expect.objectContaining({
        message: "“projects/mine”: Use an absolute path (starting with /).",
      }),
    ]);
    expect(allowedRootsFormSchema.safeParse({ roots: " \n" }).error?.issues[0].message).toBe(
      "Keep at least one folder.",
    );
    expect(approvalTimeoutFormSchema.safeParse({ minutes: "0" }).error?.issues[0].message).toBe(
      "Use 1 to 43200 minutes.",
    );
    // The services check again, for callers that skip the form.
    await expectRefused(saveApprovalTimeout(admin, 10), /60 to 2592000 seconds/, "minutes");
    await expectRefused(saveAllowedRoots(admin, ["relative/path"]), /absolute path/, "roots");
    await expectRefused(
      saveMissionDefaults(admin, { ...(await readSetting("missions.defaults")), workers: 99 }),
      /1 to 32 workers/,
    );
    expect(await stored()).toEqual({});
    expect(await auditRows()).toEqual([]);
  });

  it("adds and edits other settings as raw JSON, auditing the key but never the value", async () => {
    await runSql(
      database.url,
      `WITH identity AS (
         INSERT INTO claude_family.identities (identity_name, platform, role_description)
         VALUES ('settings-agent', 'cli', 'writes settings') RETURNING identity_id)
       INSERT INTO claude_mission_control.app_settings (setting_key, setting_value, updated_by_identity_id, updated_at)
       SELECT 'agent.written', '{"by":"agent"}', identity_id, now() - interval '1 day' FROM identity`,
    );
    const input = newRawSettingFormSchema.parse({
      key: "notify.webhook",
      value: '{"url": "https://example.test/hook", "token": "secret-token"}',
      description: "<script>alert(1)</script>",
    });
    await saveRawSetting(admin, input, { isNew: true });
    await saveRawSetting(
      admin,
      { key: "agent.written", value: [1, "two"], description: "" },
      { isNew: false },
    );

    const others = await listSettings({ except: Object.keys(KNOWN_SETTINGS) });
    expect(others.map((row) => [row.key, row.value, row.description])).toEqual([
      ["agent.written", [1, "two"], null],
      [
        "notify.webhook",
        { url: "https://example.test/hook", token: "secret-token" },
        "<script>alert(1)</script>",
      ],
    ]);
    expect(others[0].updatedByIdentityId).toBeNull();
    expect(others[0].updatedAt?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await auditRows();
    expect(audit.map((entry) => entry.details)).toEqual([
      { key: "notify.webhook", change: "add" },
      { key: "agent.written", change: "edit" },
    ]);
    expect(JSON.stringify(audit)).not.toContain("secret-token");
  });

  it("refuses malformed JSON, bad or known or taken keys, and edits of missing keys", async () => {
    const issues = (values: Record<string, string>) =>
      newRawSettingFormSchema
        .safeParse({ key: "ok.key", value: "1", description: "", ...values })
        .error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(issues({ value: '{"a": 1' })).toEqual([
      ["value", expect.stringMatching(/^This is not valid JSON: /)],
    ]);
    expect(issues({ value: "" })).toEqual([["value", expect.stringMatching(/Enter a JSON value/)]]);
    expect(issues({ value: "null" })).toEqual([["value", "Use a value other than null."]]);
    expect(issues({ key: "has space" })).toEqual([
      ["key", expect.stringMatching(/letters, digits, dots/)],
    ]);
    expect(issues({ key: "k".repeat(101) })).toEqual([["key", "Use at most 100 characters."]]);

    await expectRefused(
      saveRawSetting(
        admin,
        { key: "missions.defaults", value: {}, description: "" },
        { isNew: true },
      ),
      /own form/,
      "key",
    );
    await expectRefused(
      saveRawSetting(admin, { key: "absent", value: 1, description: "" }, { isNew: false }),
      /no longer exists/,
    );
    await saveRawSetting(admin, { key: "taken", value: 1, description: "" }, { isNew: true });
    await expectRefused(
      saveRawSetting(admin, { key: "taken", value: 2, description: "" }, { isNew: true }),
      /exists already/,
      "key",
    );
    expect(await stored()).toEqual({ taken: 1 });
    expect(await auditRows()).toHaveLength(1);
  });

  it("refuses operators and viewers every change, and stores nothing", async () => {
    for (const actor of [operator, viewer]) {
      const attempts = [
        () => addAgentProfile(actor, profile()),
        () => editAgentProfile(actor, profile({ id: "scripted" })),
        () => deleteAgentProfile(actor, "generic-cli"),
        () => setDefaultAgentProfile(actor, "claude-code"),
        () => saveMissionDefaults(actor, KNOWN_SETTINGS["missions.defaults"].defaultValue()),
        () => saveAllowedRoots(actor, ["/srv"]),
        () => saveApprovalTimeout(actor, 600),
        () => saveRawSetting(actor, { key: "x", value: 1, description: "" }, { isNew: true }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toThrow(ForbiddenError);
    }
    expect(await stored()).toEqual({});
    expect(await auditRows()).toEqual([]);
  });
});
