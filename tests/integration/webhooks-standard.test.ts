import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/missions/route";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { ensureProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { replayWebhookDelivery } from "@/lib/services/webhooks/replay-webhook-delivery";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

vi.setConfig({ testTimeout: 60_000 });
setUpMigratedDatabase("webhooks_standard");
const startingSecret = process.env.AUTH_SECRET;

let operator: Actor;
let projectId: string;
let secret: string;
let ids = 0;

async function post(
  body: string,
  options: { id?: string; at?: Date; signWith?: string; signature?: string } = {},
) {
  const id = options.id ?? `msg_${++ids}`;
  const at = options.at ?? new Date();
  const signature = options.signature ?? new Webhook(options.signWith ?? secret).sign(id, at, body);
  const response = await POST(
    new Request("http://127.0.0.1/api/webhooks/missions", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": id,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body,
    }),
  );
  return { status: response.status, json: await response.json(), id };
}

const missionCount = () => getDb().mission.count();
const logOf = (deliveryId: string) =>
  getDb().webhookDelivery.findMany({ where: { deliveryId }, orderBy: { receivedAt: "asc" } });

beforeAll(async () => {
  process.env.AUTH_SECRET = "webhooks-auth-secret-7a2c4e9f";
  resetEnvCache();
  operator = await createTestActor("operator");
  const project = await getDb().projectWorkspace.create({
    data: { name: "signed-project", path: "/tmp/mc-webhooks-signed" },
  });
  projectId = project.id;
  secret = (await ensureProjectWebhookSecrets(projectId)).standardSecret as string;
});
afterAll(() => {
  if (startingSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = startingSecret;
  resetEnvCache();
});

describe("Standard Webhooks missions", () => {
  it("a signed message starts a mission with its fields, once per webhook-id", async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const body = JSON.stringify({
      project: "signed-project",
      objective: "Add a changelog",
      workers: 1,
      maxRounds: 2,
    });
    const before = await missionCount();
    const first = await post(body, { id: "msg_once" });
    expect(first.status).toBe(202);
    const mission = await getDb().mission.findUniqueOrThrow({
      where: { id: first.json.missionId },
    });
    expect(mission).toMatchObject({
      projectId,
      objective: "Add a changelog",
      workers: 1,
      maxRounds: 2,
      createdByUserId: null,
    });
    const replayed = await post(body, { id: "msg_once" });
    expect(replayed.status).toBe(409);
    expect(await missionCount()).toBe(before + 1);
    expect((await logOf("msg_once")).map((row) => row.verdict)).toEqual(["started", "duplicate"]);
    const fromLog = await replayWebhookDelivery(operator, (await logOf("msg_once"))[0].id);
    expect(fromLog.verdict).toBe("duplicate");
    expect(await missionCount()).toBe(before + 1);
  });

  it("takes the project by id too", async () => {
    const { status } = await post(JSON.stringify({ project: projectId, objective: "By id" }));
    expect(status).toBe(202);
  });

  it("refuses stale, forged, malformed, oversized and ill-fitting messages and unknown projects, logging only the rejection", async () => {
    const before = await missionCount();
    const body = JSON.stringify({ project: "signed-project", objective: "Not this one" });
    const stale = await post(body, { at: new Date(Date.now() - 10 * 60_000) });
    expect(stale.status).toBe(401);
    expect(stale.json.error).toContain("five-minute window");
    const forged = await post(body, {
      signWith: `whsec_${Buffer.from("wrong-secret-bytes").toString("base64")}`,
    });
    expect(forged.status).toBe(401);
    expect(forged.json.error).toContain("signature");
    const unknown = await post(JSON.stringify({ project: "no-such-project", objective: "x" }));
    expect(unknown.status).toBe(404);
    const malformed = await post("{ nope");
    expect(malformed.status).toBe(400);
    const oversized = await post(
      JSON.stringify({ project: "signed-project", objective: "x", pad: "y".repeat(1024 * 1024) }),
    );
    expect(oversized.status).toBe(413);
    const tooMany = await post(
      JSON.stringify({ project: "signed-project", objective: "x", workers: 99 }),
    );
    expect(tooMany.status).toBe(422);
    expect(await missionCount()).toBe(before);
    for (const attempt of [stale, forged, unknown, malformed, oversized, tooMany])
      expect((await logOf(attempt.id)).map((row) => [row.verdict, row.missionId])).toEqual([
        ["rejected", null],
      ]);
  });
});
