import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupMissionWorktrees } from "@/lib/git/cleanup-mission-worktrees";
import { commitLeftoverChanges } from "@/lib/git/commit-leftover-changes";
import { createUnitWorktree } from "@/lib/git/create-unit-worktree";
import { diffOfMerge } from "@/lib/git/diff-of-merge";
import { ensureRepository } from "@/lib/git/ensure-repository";
import { git } from "@/lib/git/git";
import { landOnGreen } from "@/lib/git/land-on-green";
import { linesChanged } from "@/lib/git/lines-changed";
import { listWorktrees } from "@/lib/git/list-worktrees";
import { mergeOnto } from "@/lib/git/merge-onto";
import { prepareGreenBranch } from "@/lib/git/prepare-green-branch";
import { pushGreen } from "@/lib/git/push-green";
import { removeGreenWorktree } from "@/lib/git/remove-green-worktree";
import { removeUnitWorktree } from "@/lib/git/remove-unit-worktree";
import { runVerification } from "@/lib/git/run-verification";
import { unitCommits } from "@/lib/git/unit-commits";
import { checkoutVerifyWorktree } from "@/lib/git/verify-worktree";

let root: string;
let counter = 0;

/** Passes while app.txt has no line "BROKEN": the project's "test suite". */
const CHECK_SCRIPT = `const text = require("node:fs").readFileSync("app.txt", "utf8");
if (text.includes("BROKEN")) { console.error("app is broken"); process.exit(1); }
console.log("all good");
`;
const VERIFY = [process.execPath, "check.js"];

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-mission-git-")));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(dir: string, file: string, content: string) {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), content);
}

async function commitFile(dir: string, file: string, content: string, message = `edit ${file}`) {
  await write(dir, file, content);
  await git(dir, ["add", "--", file]);
  await git(dir, ["commit", "--quiet", "-m", message]);
  return git(dir, ["rev-parse", "HEAD"]);
}

/** A user's repository on `main` with app.txt and check.js, and a worktree root for it. */
async function createProject() {
  const base = path.join(root, `project-${++counter}`);
  const repo = path.join(base, "checkout");
  await mkdir(repo, { recursive: true });
  await git(repo, ["init", "--quiet", "--initial-branch=main"]);
  await write(repo, "app.txt", "one\ntwo\nthree\n");
  await write(repo, "check.js", CHECK_SCRIPT);
  await git(repo, ["add", "--all"]);
  await git(repo, ["commit", "--quiet", "-m", "Initial commit"]);
  return { repo, worktreeRoot: path.join(base, "worktrees"), dataDir: path.join(base, "data") };
}

async function preparedProject() {
  const project = await createProject();
  const green = await prepareGreenBranch({
    repo: project.repo,
    baseBranch: "main",
    greenBranch: "mc/green",
    worktreeRoot: project.worktreeRoot,
  });
  return { ...project, ...green };
}

/** A unit that writes `files` from green's head and commits them. */
async function unitWithChanges(
  project: { repo: string; worktreeRoot: string; greenWorktree: string },
  unitId: string,
  files: Record<string, string>,
) {
  const from = await git(project.greenWorktree, ["rev-parse", "HEAD"]);
  const unit = await createUnitWorktree({ ...project, unitId, fromCommit: from });
  for (const [file, content] of Object.entries(files)) await write(unit.path, file, content);
  await commitLeftoverChanges({ worktree: unit.path, message: `unit ${unitId}` });
  return unit;
}

const head = (dir: string, rev = "HEAD") => git(dir, ["rev-parse", rev]);

/** Merges a unit's branch onto green and lands it, as a batch of one would. */
async function mergeAndLand(project: { repo: string }, unitId: string) {
  const green = await head(project.repo, "mc/green");
  const merged = await mergeOnto({
    repo: project.repo,
    base: green,
    unitHead: await head(project.repo, `mc/unit/${unitId}`),
    message: unitId,
    date: new Date(),
  });
  if (merged.status !== "merged") throw new Error(merged.status);
  await landOnGreen({
    repo: project.repo,
    greenBranch: "mc/green",
    from: green,
    to: merged.commit,
    message: unitId,
  });
  return merged;
}
const status = (dir: string) => git(dir, ["status", "--porcelain"]);
const unitBranches = async (repo: string) =>
  (await git(repo, ["branch", "--list", "--format=%(refname:short)", "mc/unit/*"]))
    .split("\n")
    .filter(Boolean)
    .sort();

describe("ensureRepository", () => {
  it("uses a project path as it is and refuses a directory that is not a repository", async () => {
    const { repo, dataDir } = await createProject();
    await expect(ensureRepository({ projectPath: repo, dataDir, projectId: "p1" })).resolves.toBe(
      repo,
    );
    await mkdir(path.join(repo, "sub"));
    await expect(
      ensureRepository({ projectPath: path.join(repo, "sub"), dataDir, projectId: "p1" }),
    ).resolves.toBe(repo);
    const plain = path.join(root, "not-a-repo");
    await mkdir(plain, { recursive: true });
    await expect(
      ensureRepository({ projectPath: plain, dataDir, projectId: "p1" }),
    ).rejects.toThrow(/is not a git repository/);
    await expect(
      ensureRepository({ projectPath: path.join(root, "missing"), dataDir, projectId: "p1" }),
    ).rejects.toThrow(/does not exist/);
  });

  it("clones from a file URL once and fast-forwards the clone on later calls", async () => {
    const { repo, dataDir } = await createProject();
    const input = { cloneUrl: pathToFileURL(repo).href, dataDir, projectId: "cloned" };
    const clone = await ensureRepository(input);
    expect(clone).toBe(path.join(dataDir, "repos", "cloned"));
    expect(await head(clone, "main")).toBe(await head(repo, "main"));

    const newer = await commitFile(repo, "app.txt", "one\ntwo\nthree\nfour\n");
    // Just cloned: not fetched again unless asked.
    await expect(ensureRepository(input)).resolves.toBe(clone);
    expect(await head(clone, "main")).not.toBe(newer);
    await expect(ensureRepository({ ...input, refresh: true })).resolves.toBe(clone);
    expect(await head(clone, "main")).toBe(newer);

    // A plain path works as a clone URL too.
    const byPath = await ensureRepository({ cloneUrl: repo, dataDir, projectId: "by-path" });
    expect(await head(byPath, "main")).toBe(newer);
    await expect(
      ensureRepository({ cloneUrl: path.join(root, "nowhere"), dataDir, projectId: "bad" }),
    ).rejects.toThrow(/Could not clone/);
  });
});

describe("prepareGreenBranch", () => {
  it("creates green from the base, fast-forwards it, keeps a diverged green, and never touches the user's tree", async () => {
    const { repo, worktreeRoot } = await createProject();
    const input = { repo, baseBranch: "main", greenBranch: "mc/green", worktreeRoot };
    const first = await prepareGreenBranch(input);
    expect(first.greenWorktree).toBe(path.join(worktreeRoot, "green"));
    expect(first.head).toBe(await head(repo, "main"));
    expect(await git(first.greenWorktree, ["branch", "--show-current"])).toBe("mc/green");

    // The base moved ahead and green has nothing of its own: fast-forward.
    const moved = await commitFile(repo, "app.txt", "one\ntwo\nthree\nfour\n");
    expect((await prepareGreenBranch(input)).head).toBe(moved);
    expect(await head(first.greenWorktree)).toBe(moved);

    // A dirty green worktree is made clean again.
    await write(first.greenWorktree, "app.txt", "scribbled\n");
    await write(first.greenWorktree, "stray.txt", "stray\n");
    expect((await prepareGreenBranch(input)).head).toBe(moved);
    expect(await status(first.greenWorktree)).toBe("");

    // Green with its own commit is kept when the base moves on.
    const own = await commitFile(first.greenWorktree, "green.txt", "green\n");
    await commitFile(repo, "main.txt", "main\n");
    expect((await prepareGreenBranch(input)).head).toBe(own);

    // The user's own checkout is still on main and clean.
    expect(await git(repo, ["branch", "--show-current"])).toBe("main");
    expect(await status(repo)).toBe("");
  });

  it("recreates a green worktree whose directory was deleted, and refuses a missing base", async () => {
    const { repo, worktreeRoot } = await createProject();
    const input = { repo, baseBranch: "main", greenBranch: "mc/green", worktreeRoot };
    const { greenWorktree } = await prepareGreenBranch(input);
    await rm(greenWorktree, { recursive: true, force: true });
    const again = await prepareGreenBranch(input);
    expect(again.head).toBe(await head(repo, "main"));
    expect(await git(greenWorktree, ["branch", "--show-current"])).toBe("mc/green");
    // Gone and locked, which `worktree prune` leaves alone.
    await git(repo, ["worktree", "lock", greenWorktree]);
    await rm(greenWorktree, { recursive: true, force: true });
    expect((await prepareGreenBranch(input)).head).toBe(again.head);
    expect(await status(greenWorktree)).toBe("");

    await removeGreenWorktree({ repo, worktreeRoot });
    expect((await listWorktrees(repo)).map((entry) => entry.path)).toEqual([repo]);
    expect(await head(repo, "mc/green")).toBe(again.head);
    await expect(prepareGreenBranch({ ...input, baseBranch: "develop" })).rejects.toThrow(
      /base branch "develop" does not exist/,
    );
  });
});

describe("units", () => {
  it("makes a unit worktree from green, commits what the agent left, and reports the unit's commits", async () => {
    const project = await preparedProject();
    const unit = await createUnitWorktree({ ...project, unitId: "u1", fromCommit: project.head });
    expect(unit).toEqual({
      path: path.join(project.worktreeRoot, "unit-u1"),
      branch: "mc/unit/u1",
    });
    expect(await git(unit.path, ["branch", "--show-current"])).toBe("mc/unit/u1");
    expect(await head(unit.path)).toBe(project.head);

    await commitFile(unit.path, "committed.txt", "by the agent\n");
    await write(unit.path, "app.txt", "one\ntwo\nthree\nleft over\n");
    await write(unit.path, "new dir/untracked.txt", "left over\n");
    expect(await commitLeftoverChanges({ worktree: unit.path, message: "leftovers" })).toBe(true);
    expect(await commitLeftoverChanges({ worktree: unit.path, message: "leftovers" })).toBe(false);
    expect(await status(unit.path)).toBe("");

    const changes = await unitCommits({ worktree: unit.path, since: project.head });
    expect(changes.head).toBe(await head(unit.path));
    expect(changes.commits).toBe(2);
    expect(changes.files.sort()).toEqual(["app.txt", "committed.txt", "new dir/untracked.txt"]);

    // Running the unit step again starts from scratch.
    const again = await createUnitWorktree({ ...project, unitId: "u1", fromCommit: project.head });
    expect(again).toEqual(unit);
    expect(await head(unit.path)).toBe(project.head);
    expect(await status(unit.path)).toBe("");

    // A worktree whose directory vanished, locked as an interrupted `worktree add` leaves it.
    await git(project.repo, ["worktree", "lock", "--reason", "initializing", unit.path]);
    await rm(unit.path, { recursive: true, force: true });
    await createUnitWorktree({ ...project, unitId: "u1", fromCommit: project.head });
    expect(await git(unit.path, ["branch", "--show-current"])).toBe("mc/unit/u1");
    expect((await listWorktrees(project.repo)).map((entry) => entry.locked)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("mergeOnto", () => {
  it("makes a merge commit of a unit on a candidate without touching a worktree, the same one again for the same inputs", async () => {
    const project = await preparedProject();
    const unit = await unitWithChanges(project, "m1", { "feature.txt": "a\nb\nc\n" });
    const date = new Date("2026-12-03T12:00:00Z");
    const input = { repo: project.repo, base: project.head, unitHead: await head(unit.path), date };
    const merged = await mergeOnto({ ...input, message: "Merge mc/unit/m1: a feature" });
    if (merged.status !== "merged") throw new Error(`expected a merge, got ${merged.status}`);
    expect(await git(project.repo, ["log", "-1", "--format=%s%n%P", merged.commit])).toBe(
      `Merge mc/unit/m1: a feature\n${project.head} ${await head(unit.path)}`,
    );
    expect(await git(project.repo, ["show", `${merged.commit}:feature.txt`])).toBe("a\nb\nc");
    expect(await linesChanged(project.repo, project.head, merged.commit)).toBe(3);
    // Nothing moved: green, its worktree and the user's checkout are as they were.
    expect(await head(project.repo, "mc/green")).toBe(project.head);
    expect(await status(project.greenWorktree)).toBe("");
    expect(await mergeOnto({ ...input, message: "Merge mc/unit/m1: a feature" })).toEqual(merged);

    // On top of that merge, the unit brings nothing new.
    expect(await mergeOnto({ ...input, base: merged.commit, message: "again" })).toEqual({
      status: "empty",
    });
  });

  it("reports a conflict with its files and makes no commit", async () => {
    const project = await preparedProject();
    const c1 = await unitWithChanges(project, "c1", { "app.txt": "one\nTWO from c1\nthree\n" });
    const c2 = await unitWithChanges(project, "c2", {
      "app.txt": "one\nTWO from c2\nthree\n",
      "c2.txt": "x\n",
    });
    const date = new Date();
    const first = await mergeOnto({
      repo: project.repo,
      base: project.head,
      unitHead: await head(c1.path),
      message: "c1",
      date,
    });
    if (first.status !== "merged") throw new Error(first.status);
    expect(
      await mergeOnto({
        repo: project.repo,
        base: first.commit,
        unitHead: await head(c2.path),
        message: "c2",
        date,
      }),
    ).toEqual({ status: "conflicted", files: ["app.txt"] });
    expect(await unitBranches(project.repo)).toEqual(["mc/unit/c1", "mc/unit/c2"]);
  });
});

describe("landOnGreen", () => {
  it("fast-forwards green to a candidate once, and refuses when green moved meanwhile", async () => {
    const project = await preparedProject();
    const unit = await unitWithChanges(project, "l1", { "l1.txt": "l1\n" });
    const merged = await mergeOnto({
      repo: project.repo,
      base: project.head,
      unitHead: await head(unit.path),
      message: "l1",
      date: new Date(),
    });
    if (merged.status !== "merged") throw new Error(merged.status);
    const land = { repo: project.repo, greenBranch: "mc/green", message: "batch #1" };
    expect(await landOnGreen({ ...land, from: project.head, to: merged.commit })).toBe("landed");
    expect(await head(project.repo, "mc/green")).toBe(merged.commit);
    expect(await landOnGreen({ ...land, from: project.head, to: merged.commit })).toBe(
      "already-landed",
    );
    await expect(
      landOnGreen({ ...land, from: project.head, to: await head(unit.path, "HEAD^") }),
    ).resolves.toBe("already-landed");
    const other = await unitWithChanges(project, "l2", { "l2.txt": "l2\n" });
    await expect(
      landOnGreen({ ...land, from: project.head, to: await head(other.path) }),
    ).rejects.toThrow(/moved/);
  });
});

describe("checkoutVerifyWorktree", () => {
  it("checks out a candidate detached and clean, reusing the worktree and keeping ignored files", async () => {
    const project = await preparedProject();
    await commitFile(project.greenWorktree, ".gitignore", "deps/\n");
    const first = await head(project.greenWorktree);
    const worktree = await checkoutVerifyWorktree({ ...project, slot: 0, commit: first });
    expect(await head(worktree)).toBe(first);
    await write(worktree, "deps/installed.txt", "kept\n");
    await write(worktree, "stray.txt", "left by a test run\n");
    const unit = await unitWithChanges(project, "v1", { "app.txt": "one\nBROKEN\nthree\n" });
    const second = await head(unit.path);
    expect(await checkoutVerifyWorktree({ ...project, slot: 0, commit: second })).toBe(worktree);
    expect(await head(worktree)).toBe(second);
    expect(await status(worktree)).toBe("");
    expect(await readFile(path.join(worktree, "deps", "installed.txt"), "utf8")).toBe("kept\n");
    await expect(stat(path.join(worktree, "stray.txt"))).rejects.toThrow();
    const red = await runVerification({ cwd: worktree, command: VERIFY, timeoutMs: 10_000 });
    expect(red).toMatchObject({ passed: false, exitCode: 1 });

    // A worktree whose directory a crash removed is made again.
    await rm(worktree, { recursive: true, force: true });
    expect(await checkoutVerifyWorktree({ ...project, slot: 0, commit: first })).toBe(worktree);
    expect(await head(worktree)).toBe(first);
  });
});

describe("runVerification", () => {
  it("passes on exit 0, fails with the output on another exit, and times out", async () => {
    const cwd = root;
    const pass = await runVerification({
      cwd,
      command: [process.execPath, "-e", "console.log('fine')"],
      timeoutMs: 10_000,
    });
    expect(pass).toMatchObject({ passed: true, exitCode: 0, timedOut: false, output: "fine\n" });

    const fail = await runVerification({
      cwd,
      command: [
        process.execPath,
        "-e",
        "console.error('broken: ' + process.env.WHY); process.exit(3)",
      ],
      timeoutMs: 10_000,
      env: { WHY: "on purpose" },
    });
    expect(fail).toMatchObject({ passed: false, exitCode: 3, timedOut: false });
    expect(fail.output).toContain("broken: on purpose");

    const started = Date.now();
    const slow = await runVerification({
      cwd,
      command: [process.execPath, "-e", "console.log('waiting'); setTimeout(() => {}, 60000)"],
      timeoutMs: 500,
    });
    expect(slow).toMatchObject({ passed: false, timedOut: true });
    expect(slow.output).toContain("timed out after 500 ms");
    expect(Date.now() - started).toBeLessThan(10_000);

    const missing = await runVerification({
      cwd,
      command: [path.join(root, "no-such-program")],
      timeoutMs: 5_000,
    });
    expect(missing.passed).toBe(false);

    expect(await runVerification({ cwd, command: [], timeoutMs: 1_000 })).toEqual({
      passed: true,
      output: "no verification command",
      exitCode: null,
      timedOut: false,
      cancelled: false,
    });
  });

  it("keeps only the end of a long output", async () => {
    const long = await runVerification({
      cwd: root,
      command: [
        process.execPath,
        "-e",
        "for (let i = 0; i < 5000; i++) console.log('line ' + i + ' ' + 'x'.repeat(40)); process.exitCode = 1",
      ],
      timeoutMs: 10_000,
    });
    expect(long.passed).toBe(false);
    expect(long.output.length).toBeLessThan(20_100);
    expect(long.output).toMatch(/^\[… \d+ earlier characters omitted\]/);
    expect(long.output.trimEnd().endsWith(`line 4999 ${"x".repeat(40)}`)).toBe(true);
  });
});

describe("diffOfMerge", () => {
  it("gives what the merge brought in, cut to size", async () => {
    const project = await preparedProject();
    await unitWithChanges(project, "d1", {
      "feature.txt": `${"a line of the feature\n".repeat(200)}`,
    });
    const merged = await mergeAndLand(project, "d1");
    const full = await diffOfMerge({ ...project, mergeCommit: merged.commit, maxChars: 100_000 });
    expect(full).toContain("feature.txt");
    expect(full).toContain("+a line of the feature");
    const cut = await diffOfMerge({ ...project, mergeCommit: merged.commit, maxChars: 500 });
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut).toMatch(/\[diff truncated: \d+ more characters\]$/);
  });
});

describe("cleanup", () => {
  it("leaves no worktrees and no unit branches but the kept ones", async () => {
    const project = await preparedProject();
    await unitWithChanges(project, "k1", { "k1.txt": "k1\n" });
    await unitWithChanges(project, "k2", { "k2.txt": "k2\n" });
    await unitWithChanges(project, "k3", { "k3.txt": "k3\n" });
    await mergeAndLand(project, "k1");
    // k3's worktree directory vanished on its own (a crash, a person).
    await rm(path.join(project.worktreeRoot, "unit-k3"), { recursive: true, force: true });

    const input = { ...project, unitIds: ["k1", "k2", "k3"], keepBranches: ["mc/unit/k2"] };
    expect(await cleanupMissionWorktrees(input)).toEqual({
      deletedBranches: ["mc/unit/k1", "mc/unit/k3"],
      keptBranches: ["mc/unit/k2"],
    });
    await cleanupMissionWorktrees(input); // again: nothing left to do

    const worktrees = (await listWorktrees(project.repo)).map((entry) => entry.path);
    expect(worktrees).toEqual([project.repo, project.greenWorktree]);
    expect(await git(project.repo, ["worktree", "list"])).not.toContain("unit-");
    expect(await unitBranches(project.repo)).toEqual(["mc/unit/k2"]);
    expect(await readdir(project.worktreeRoot)).toEqual(["green"]);
    await expect(stat(path.join(project.worktreeRoot, "unit-k1"))).rejects.toThrow();
    await expect(stat(path.join(project.worktreeRoot, "unit-k2"))).rejects.toThrow();
    expect(await status(project.repo)).toBe("");
  });

  it("creates and removes the worktrees of many units concurrently", async () => {
    const project = await preparedProject();
    const ids = Array.from({ length: 8 }, (_, i) => `par${i}`);
    const units = await Promise.all(
      ids.map((unitId) => createUnitWorktree({ ...project, unitId, fromCommit: project.head })),
    );
    for (const [i, unit] of units.entries()) {
      expect(await git(unit.path, ["branch", "--show-current"])).toBe(`mc/unit/${ids[i]}`);
      expect(await status(unit.path)).toBe("");
    }
    expect(await unitBranches(project.repo)).toEqual(ids.map((id) => `mc/unit/${id}`));
    await Promise.all(
      ids.map((unitId) => removeUnitWorktree({ ...project, unitId, deleteBranch: true })),
    );
    expect((await listWorktrees(project.repo)).map((entry) => entry.path)).toEqual([
      project.repo,
      project.greenWorktree,
    ]);
    expect(await unitBranches(project.repo)).toEqual([]);
  });
});

describe("pushGreen", () => {
  it("pushes green to the project's remote", async () => {
    const project = await preparedProject();
    const remote = path.join(root, `remote-${counter}.git`);
    await git(root, ["init", "--quiet", "--bare", remote]);
    await git(project.repo, ["remote", "add", "origin", remote]);
    await unitWithChanges(project, "p1", { "p1.txt": "p1\n" });
    const merged = await mergeAndLand(project, "p1");
    if (merged.status !== "merged") throw new Error(merged.status);
    await pushGreen({ repo: project.repo, remote: "origin", greenBranch: "mc/green" });
    await pushGreen({ repo: project.repo, remote: "origin", greenBranch: "mc/green" });
    expect(await head(remote, "refs/heads/mc/green")).toBe(merged.commit);
  });
});
