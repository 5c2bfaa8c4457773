import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { connectDb, getDb } from "@/lib/db";
import { authClient } from "@/tests/support/auth-client";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
const database = setUpMigratedDatabase("throttle");
const THROTTLED = /^Too many attempts; try again in (\d+) seconds?\.$/;
const PASSWORD = "the-right-password";

let server: { url: string; close: () => Promise<void> };
let auth: ReturnType<typeof authClient>;
beforeAll(async () => {
  const { serveAuthRoutes } = await import("@/tests/support/serve-auth-routes");
  server = await serveAuthRoutes();
  auth = authClient(server.url);
});
afterAll(() => server?.close());

let users = 0;
async function newUser() {
  const email = `owner-${++users}@example.com`;
  await getDb().user.create({
    data: { email, name: "Owner", passwordHash: await hashPassword(PASSWORD), role: "viewer" },
  });
  return email;
}
const address = () => `198.51.100.${++users}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Waits start at a second: on a busy machine one may run out before the next request comes.
// Guessing on (past each short wait) until a wait of several seconds has begun makes the next
// refusal certain.
const SURE_WAIT_SECONDS = 8;
async function guessUntilLongWait(guess: () => ReturnType<typeof auth.signIn>) {
  const answers = [];
  for (let tries = 0; tries < 40; tries++) {
    const answer = await guess();
    answers.push(answer);
    if (answer.status !== 429) continue;
    const wait = Number(answer.retryAfter);
    if (wait >= SURE_WAIT_SECONDS) return answers;
    // A short wait: let it run out, so the next guess is let through and doubles it.
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
  throw new Error("No wait of several seconds began after 40 wrong guesses.");
}
const signedIn = (answer: { status: number; location: string | null; session?: string }) =>
  answer.status === 302 && answer.location === "/" && Boolean(answer.session);

describe("sign-in throttling", () => {
  it("refuses a run of wrong passwords with a 429 and a wait, then lets the owner in", async () => {
    const email = await newUser();
    const from = address();
    const answers = await guessUntilLongWait(() =>
      auth.signIn(email, "wrong-password", { address: from }),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const answer of refused) {
      expect(JSON.parse(answer.body).error).toMatch(THROTTLED);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(answers.slice(0, 5).map((answer) => answer.location)).toEqual(
      Array(5).fill("/login?error=CredentialsSignin&code=credentials"),
    );

    const blocked = await auth.signIn(email, PASSWORD, { address: from });
    expect(blocked.status).toBe(429);
    expect(blocked.session).toBeUndefined();
    const wait = Number(JSON.parse(blocked.body).error.match(THROTTLED)[1]);
    expect(wait).toBeLessThanOrEqual(60);
    await sleep(wait * 1000 + 100);
    expect(signedIn(await auth.signIn(email, PASSWORD, { address: from }))).toBe(true);
    // A right password clears the account: the next slip is an ordinary wrong password.
    expect((await auth.signIn(email, "wrong-password", { address: from })).status).toBe(302);
  });

  it("counts attempts sent at once one after the other", async () => {
    const email = await newUser();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        auth.signIn(email, "wrong-password", { address: `203.0.113.${i}` }),
      ),
    );
    // Five free failures and the one that starts the first wait, and a few more if short waits
    // ran out while the others were being checked (a busy machine): never the twenty.
    const admitted = answers.filter((answer) => answer.status !== 429).length;
    expect(admitted).toBeGreaterThanOrEqual(6);
    expect(admitted).toBeLessThanOrEqual(12);
  });

  it("throttles an address trying many accounts, and not the accounts elsewhere", async () => {
    const from = address();
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        auth.signIn(`nobody-${i}@example.com`, "guess", { address: from }),
      ),
    );
    expect(burst.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(5);
    // Each guess let through doubles the wait, until one is refused while the next comes in.
    let guesses = 0;
    await guessUntilLongWait(() =>
      auth.signIn(`nobody-next-${++guesses}@example.com`, "guess", { address: from }),
    );
    const email = await newUser();
    const refused = await auth.signIn(email, PASSWORD, { address: from });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).error).toMatch(THROTTLED);
    expect(signedIn(await auth.signIn(email, PASSWORD, { address: address() }))).toBe(true);
  });

  it("redirects to a path on the site it was asked on, whatever X-Forwarded-Host says", async () => {
    const answer = await auth.signIn("someone@example.com", "wrong", {
      address: address(),
      headers: { "x-forwarded-host": "evil.example" },
      callbackUrl: "http://evil.example/",
    });
    expect(answer.location).toBe("/login?error=CredentialsSignin&code=credentials");
    const email = await newUser();
    const signedInAnswer = await auth.signIn(email, PASSWORD, {
      address: address(),
      headers: { "x-forwarded-host": "evil.example" },
      callbackUrl: "/\t/evil.example",
    });
    expect(signedInAnswer).toMatchObject({ status: 302, location: "/" });
  });

  it("still refuses after a restart (a new database client)", async () => {
    const email = await newUser();
    const from = address();
    await guessUntilLongWait(() => auth.signIn(email, "wrong-password", { address: from }));
    await connectDb(database.url);
    const answer = await auth.signIn(email, PASSWORD, { address: address() });
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.body).error).toMatch(THROTTLED);
  });
});
