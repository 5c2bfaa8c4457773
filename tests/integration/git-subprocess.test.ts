import { chmod, mkdtemp, readFile, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUnitWorktree } from "@/lib/git/create-unit-worktree";
import { git, gitSlow } from "@/lib/git/git";

const SECRETS = {
  DATABASE_URL: "postgres://mc:db-secret-4f1c@127.0.0.1:1/mc",
  AUTH_SECRET: "auth-secret-9b2e",
  INNGEST_SIGNING_KEY: "signkey-prod-7d3a",
  INNGEST_EVENT_KEY: "event-key-1c8f",
};
let dir: string;
let saved: Record<string, string | undefined>;

beforeEach(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-git-subprocess-")));
  saved = Object.fromEntries(Object.keys(SECRETS).map((name) => [name, process.env[name]]));
  Object.assign(process.env, SECRETS);
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return true;
}

describe("git run by Mission Control", () => {
  it("runs a project's hooks without any of Mission Control's secrets in their environment", async () => {
    const repo = path.join(dir, "repo");
    await git(dir, ["init", "-q", "-b", "main", repo]);
    await writeFile(path.join(repo, "README.md"), "# hooks\n");
    await git(repo, ["add", "README.md"]);
    await git(repo, ["commit", "-q", "-m", "First"]);
    const dump = path.join(dir, "hook-environment.txt");
    const hook = path.join(repo, ".git", "hooks", "post-checkout");
    await writeFile(hook, `#!/bin/sh\nenv > "${dump}"\n`);
    await chmod(hook, 0o755);

    await createUnitWorktree({
      repo,
      worktreeRoot: path.join(dir, "worktrees"),
      unitId: "hook-unit",
      fromCommit: "main",
    });

    const environment = await readFile(dump, "utf8");
    expect(environment).toContain("GIT_AUTHOR_NAME=Mission Control");
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(environment).not.toContain(`${name}=`);
      expect(environment).not.toContain(value);
    }
  });

  it("ends every process a timed-out git command started", async () => {
    const pidFile = path.join(dir, "sleeper.pid");
    const started = Date.now();
    // A git alias is run by git through a shell; the sleep is git's grandchild.
    await expect(
      gitSlow(dir, ["-c", `alias.hang=!sleep 300 & echo $! > "${pidFile}"; wait`, "hang"], 1_000),
    ).rejects.toThrow("timed out after 1000 ms");
    expect(Date.now() - started).toBeLessThan(60_000);
    const sleeper = Number(await readFile(pidFile, "utf8"));
    expect(sleeper).toBeGreaterThan(0);
    await expect.poll(() => isAlive(sleeper), { timeout: 10_000 }).toBe(false);
  });
});
