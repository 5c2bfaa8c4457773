import examples from "@octokit/webhooks-examples";
import { sign } from "@octokit/webhooks-methods";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/github/route";
import { githubCommentFunction } from "@/inngest/functions/github-comment";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { finishMission } from "@/lib/services/mission-run/finish-mission";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { ensureProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { regenerateWebhookSecret } from "@/lib/services/webhooks/regenerate-webhook-secret";
import { replayWebhookDelivery } from "@/lib/services/webhooks/replay-webhook-delivery";
import { saveGithubWebhookSettings } from "@/lib/services/webhooks/save-github-webhook-settings";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { waitFor } from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";
import { startWebhookRecorder } from "@/tests/support/webhook-request-recorder";

vi.setConfig({ testTimeout: 120_000 });
const database = setUpMigratedDatabase("webhooks_github");
const startingSecret = process.env.AUTH_SECRET;

function example(name: string, action: string | undefined) {
  const definition = examples.find((entry) => entry.name === name);
  const payload = definition?.examples.find(
    (entry) => (entry as { action?: string }).action === action,
  );
  if (!payload) throw new Error(`No ${name}/${action} example.`);
  return structuredClone(payload) as Record<string, unknown> & {
    issue?: { number: number; title: string; body: string | null };
    comment?: { body: string };
    repository?: { full_name: string };
  };
}

let operator: Actor;
let projectId: string;
let secret: string;
let harness: Harness;
let github: Awaited<ReturnType<typeof startWebhookRecorder>>;
let deliveries = 0;

async function post(
  event: string,
  body: string,
  options: { delivery?: string; signWith?: string; signature?: string } = {},
) {
  const delivery = options.delivery ?? `delivery-${++deliveries}`;
  const signature = options.signature ?? (await sign(options.signWith ?? secret, body));
  const response = await POST(
    new Request("http://127.0.0.1/api/webhooks/github", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": event,
        "x-github-delivery": delivery,
        "x-hub-signature-256": signature,
      },
      body,
    }),
  );
  return { status: response.status, json: await response.json(), delivery };
}

const missionCount = () => getDb().mission.count();
const logOf = (deliveryId: string) =>
  getDb().webhookDelivery.findMany({ where: { deliveryId }, orderBy: { receivedAt: "asc" } });
const sendOutbox = () =>
  deliverOutbox(
    (events: { id: string; name: string; data: unknown }[]) => harness.client.send(events as never),
    new Date(),
  );

beforeAll(async () => {
  process.env.AUTH_SECRET = "webhooks-auth-secret-3e9b1c7d";
  resetEnvCache();
  operator = await createTestActor("operator");
  const project = await getDb().projectWorkspace.create({
    data: { name: "hello-world", path: "/tmp/mc-webhooks-hello-world" },
  });
  projectId = project.id;
  github = await startWebhookRecorder();
  await saveGithubWebhookSettings(operator, {
    projectId,
    githubRepository: "Codertocat/Hello-World",
    missionLabel: "bug",
    githubApiUrl: github.url,
    githubToken: "ghp_webhook_test_token",
    clearToken: false,
  });
  secret = (await ensureProjectWebhookSecrets(projectId)).githubSecret as string;
  harness = await startHarness(database.url, (client) => [githubCommentFunction(client)]);
});
afterAll(async () => {
  await harness?.stop();
  await github?.stop();
  if (startingSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = startingSecret;
  resetEnvCache();
});

describe("GitHub webhooks", () => {
  it("answers ping and logs it", async () => {
    const ping = example("ping", undefined);
    ping.repository = example("issues", "labeled").repository;
    const { status, json, delivery } = await post("ping", JSON.stringify(ping));
    expect(status).toBe(200);
    expect(json).toMatchObject({ pong: true, verdict: "ignored" });
    expect((await logOf(delivery)).map((row) => row.verdict)).toEqual(["ignored"]);
  });

  it("an issue labelled with the project's label starts one mission per delivery, however often it comes", async () => {
    const payload = example("issues", "labeled");
    const body = JSON.stringify(payload);
    const before = await missionCount();
    const first = await post("issues", body, { delivery: "labeled-once" });
    expect(first.status).toBe(202);
    const mission = await getDb().mission.findUniqueOrThrow({
      where: { id: first.json.missionId },
    });
    expect(mission.projectId).toBe(projectId);
    expect(mission.objective).toContain(payload.issue?.title);
    expect(mission.createdByUserId).toBeNull();
    const again = await post("issues", body, { delivery: "labeled-once" });
    expect(again.status).toBe(409);
    expect(again.json.reason).toContain(mission.id);
    expect(await missionCount()).toBe(before + 1);
    expect((await logOf("labeled-once")).map((row) => [row.verdict, row.missionId])).toEqual([
      ["started", mission.id],
      ["duplicate", null],
    ]);
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { operation: "create_mission", targetId: mission.id },
    });
    expect(audit.userId).toBeNull();
    expect(audit.details).toMatchObject({ startedBy: "GitHub webhook" });
  });

  it("a /mission comment starts a mission with its objective; another comment starts none", async () => {
    const payload = example("issue_comment", "created");
    const plain = await post("issue_comment", JSON.stringify(payload));
    expect(plain.status).toBe(200);
    expect(plain.json.verdict).toBe("ignored");
    (payload.comment as { body: string }).body = "/mission Make the greeting friendlier";
    const started = await post("issue_comment", JSON.stringify(payload));
    expect(started.status).toBe(202);
    const mission = await getDb().mission.findUniqueOrThrow({
      where: { id: started.json.missionId },
    });
    expect(mission.objective).toBe("Make the greeting friendlier");

    // Anyone can comment on a public issue; only the owner, members and collaborators command.
    const comment = payload.comment as { body: string; author_association: string };
    expect(comment.author_association).toBe("OWNER");
    comment.author_association = "NONE";
    comment.body = "/mission Delete everything";
    const stranger = await post("issue_comment", JSON.stringify(payload));
    expect(stranger.status).toBe(200);
    expect(stranger.json.verdict).toBe("ignored");
    expect(await getDb().mission.count({ where: { objective: "Delete everything" } })).toBe(0);
  });

  it("comments on the issue through Octokit when the mission starts and when it ends", async () => {
    const payload = example("issues", "labeled");
    const { json } = await post("issues", JSON.stringify(payload), { delivery: "comment-back" });
    const path = `/repos/Codertocat/Hello-World/issues/${payload.issue?.number}/comments`;
    await sendOutbox();
    const startComment = await waitFor(
      async () => github.requests.find((r) => r.body.includes(json.missionId)) ?? null,
      60_000,
    );
    expect(startComment.method).toBe("POST");
    expect(startComment.url).toBe(path);
    expect(startComment.headers.authorization).toBe("token ghp_webhook_test_token");
    expect(JSON.parse(startComment.body).body).toContain("started mission");
    await finishMission(json.missionId, { stopReason: "done", verification: null });
    await sendOutbox();
    const endComment = await waitFor(
      async () =>
        github.requests.find((r) => r.body.includes("ended:") && r.body.includes(json.missionId)) ??
        null,
      60_000,
    );
    expect(endComment.url).toBe(path);
    const row = (await logOf("comment-back"))[0];
    await waitFor(async () => {
      const stored = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: row.id } });
      return stored.startCommentAt && stored.endCommentAt ? stored : null;
    });
    expect(github.requests.filter((r) => r.body.includes(json.missionId))).toHaveLength(2);
  });

  it("refuses a forged signature, an unknown repository, malformed JSON and an oversized body, logging only the rejection", async () => {
    const before = await missionCount();
    const payload = example("issues", "labeled");
    const forged = await post("issues", JSON.stringify(payload), { signWith: "not-the-secret" });
    expect(forged.status).toBe(401);
    const elsewhere = structuredClone(payload);
    (elsewhere.repository as { full_name: string }).full_name = "someone/elsewhere";
    Object.assign(elsewhere.repository as object, {
      clone_url: "https://github.com/someone/elsewhere.git",
      html_url: "https://github.com/someone/elsewhere",
      ssh_url: "git@github.com:someone/elsewhere.git",
      git_url: "git://github.com/someone/elsewhere.git",
    });
    const unknown = await post("issues", JSON.stringify(elsewhere));
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toContain("someone/elsewhere");
    const malformed = await post("issues", "{ not json");
    expect(malformed.status).toBe(400);
    const huge = JSON.stringify({ ...payload, padding: "x".repeat(1024 * 1024) });
    const oversized = await post("issues", huge);
    expect(oversized.status).toBe(413);
    expect(await missionCount()).toBe(before);
    expect((await logOf(forged.delivery))[0].projectId).toBe(projectId);
    for (const attempt of [forged, unknown, malformed, oversized]) {
      const rows = await logOf(attempt.delivery);
      expect(rows.map((row) => [row.verdict, row.missionId])).toEqual([["rejected", null]]);
    }
    expect((await logOf(oversized.delivery))[0].body).toBeNull();
  });

  it("replays a logged delivery: an ignored one starts its mission once the label fits, a started one never twice", async () => {
    const payload = example("issues", "labeled");
    (payload.label as { name: string }).name = "mission";
    const first = await post("issues", JSON.stringify(payload), { delivery: "replayed" });
    expect(first.json.verdict).toBe("ignored");
    await saveGithubWebhookSettings(operator, {
      projectId,
      githubRepository: "Codertocat/Hello-World",
      missionLabel: "mission",
      githubApiUrl: github.url,
      githubToken: undefined,
      clearToken: false,
    });
    const [ignored] = await logOf("replayed");
    const before = await missionCount();
    const replayed = await replayWebhookDelivery(operator, ignored.id);
    expect(replayed.verdict).toBe("started");
    const again = await replayWebhookDelivery(operator, ignored.id);
    expect(again.verdict).toBe("duplicate");
    expect(await missionCount()).toBe(before + 1);
    const rows = await logOf("replayed");
    expect(rows.map((row) => [row.verdict, row.replayOfId])).toEqual([
      ["ignored", null],
      ["started", ignored.id],
      ["duplicate", ignored.id],
    ]);
  });

  it("a new GitHub API URL without the token again drops the stored token", async () => {
    const save = (githubApiUrl: string, githubToken?: string) =>
      saveGithubWebhookSettings(operator, {
        projectId,
        githubRepository: "Codertocat/Hello-World",
        missionLabel: "bug",
        githubApiUrl,
        githubToken,
        clearToken: false,
      });
    const stored = () => getDb().projectWebhookSettings.findUniqueOrThrow({ where: { projectId } });
    await save(github.url, "ghp_webhook_test_token");
    await save(github.url);
    expect((await stored()).githubToken).not.toBeNull();
    await save("http://127.0.0.1:9/elsewhere");
    expect((await stored()).githubToken).toBeNull();
    await save(github.url, "ghp_webhook_test_token");
  });

  it("a regenerated secret refuses deliveries signed with the old one", async () => {
    const old = secret;
    await regenerateWebhookSecret(operator, projectId, "github");
    secret = (await ensureProjectWebhookSecrets(projectId)).githubSecret as string;
    expect(secret).not.toBe(old);
    const ping = example("ping", undefined);
    ping.repository = example("issues", "labeled").repository;
    expect((await post("ping", JSON.stringify(ping), { signWith: old })).status).toBe(401);
    expect((await post("ping", JSON.stringify(ping))).status).toBe(200);
  });

  it("a delivery signed with the global secret (MC_GITHUB_WEBHOOK_SECRET) is accepted for the matching project", async () => {
    process.env.MC_GITHUB_WEBHOOK_SECRET = "global-webhook-secret-0f3a";
    resetEnvCache();
    const ping = example("ping", undefined);
    ping.repository = example("issues", "labeled").repository;
    const accepted = await post("ping", JSON.stringify(ping), {
      signWith: "global-webhook-secret-0f3a",
    });
    expect(accepted.status).toBe(200);
    expect((await logOf(accepted.delivery))[0].projectId).toBe(projectId);
    delete process.env.MC_GITHUB_WEBHOOK_SECRET;
    resetEnvCache();
    const refused = await post("ping", JSON.stringify(ping), {
      signWith: "global-webhook-secret-0f3a",
    });
    expect(refused.status).toBe(401);
  });

  it("a GitHub API that fails twice gets the comment on the third try; one that always fails never holds up the mission", async () => {
    // Each comment fails twice before it is taken (others still due may arrive here too).
    const tries = new Map<string, number>();
    const flaky = await startWebhookRecorder((request) => {
      const seen = (tries.get(request.body) ?? 0) + 1;
      tries.set(request.body, seen);
      return seen <= 2
        ? { status: 502, body: { message: "Bad gateway" } }
        : { status: 201, body: { id: 2 } };
    });
    // The token is entered again with each new API URL: a stored one never follows the URL.
    const pointGithubApiAt = (url: string) =>
      saveGithubWebhookSettings(operator, {
        projectId,
        githubRepository: "Codertocat/Hello-World",
        missionLabel: "bug",
        githubApiUrl: url,
        githubToken: "ghp_webhook_test_token",
        clearToken: false,
      });
    try {
      await pointGithubApiAt(flaky.url);
      const payload = example("issues", "labeled");
      const started = await post("issues", JSON.stringify(payload), { delivery: "flaky-api" });
      expect(started.status).toBe(202);
      await sendOutbox();
      const [row] = await logOf("flaky-api");
      await waitFor(async () => {
        const stored = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: row.id } });
        return stored.startCommentAt;
      }, 60_000);
      expect(flaky.requests.filter((r) => r.body.includes(started.json.missionId))).toHaveLength(3);

      const down = await startWebhookRecorder(() => ({ status: 500, body: { message: "down" } }));
      try {
        await pointGithubApiAt(down.url);
        const ending = await finishMission(started.json.missionId, {
          stopReason: "done",
          verification: null,
        });
        expect(ending.status).not.toBe("running");
        await sendOutbox();
        await waitFor(async () => down.requests.length > 0, 60_000);
        const mission = await getDb().mission.findUniqueOrThrow({
          where: { id: started.json.missionId },
        });
        expect(mission.finishedAt).not.toBeNull();
        expect(mission.status).toBe(ending.status);
      } finally {
        await down.stop();
      }
    } finally {
      await pointGithubApiAt(github.url);
      await flaky.stop();
    }
  });
});
