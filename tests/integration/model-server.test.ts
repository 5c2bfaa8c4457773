import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git } from "@/lib/git/git";
import { runSubprocess } from "@/lib/subprocess/run-subprocess";
import type { ModelScript } from "@/scripts/model-server/model-script";
import { type ModelServer, startModelServer } from "@/scripts/model-server/start-model-server";

// The real Claude Code, Codex CLI and Gemini CLI binaries, each in its own temporary git
// repository and HOME, against the scripted model server: the CLI does the tool calls for real.
// MC_UPDATE_AGENT_FIXTURES=1 saves each CLI's stdout as tests/fixtures/agent-streams/*.jsonl.

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/.bin");
const FIXTURES = path.join(ROOT, "tests/fixtures/agent-streams");
const RUN_TIMEOUT_MS = 100_000;
const TEST_TIMEOUT_MS = 120_000;

const RESULT_LINE = 'MC_RESULT: {"status":"completed","summary":"Added notes.txt"}';
const FINAL_TEXT = `Done.\n${RESULT_LINE}`;
const NOTES = "Notes from the scripted model.\n";
const PROMPT = "Add the notes file notes.txt and commit it.";
const DENIED_PROMPT = "Fetch https://example.com and summarize it.";

const script: ModelScript = {
  conversations: [
    {
      match: "Add the notes file",
      turns: [
        {
          tools: [{ kind: "write", path: "{cwd}/notes.txt", content: NOTES }],
          usage: { input: 1200, output: 80 },
        },
        {
          tools: [{ kind: "shell", command: "git add notes.txt && git commit -qm 'Add notes'" }],
          usage: { input: 1300, output: 60 },
        },
        { text: FINAL_TEXT, usage: { input: 1500, output: 40 } },
      ],
    },
    {
      match: "Fetch https://example.com",
      turns: [
        {
          tools: [
            {
              kind: "raw",
              name: "WebFetch",
              input: { url: "https://example.com", prompt: "Summarize the page" },
            },
          ],
        },
        {
          text: 'Could not fetch it.\nMC_RESULT: {"status":"blocked","summary":"WebFetch denied"}',
        },
      ],
    },
  ],
};

let server: ModelServer;
const temporaryDirs: string[] = [];

beforeAll(async () => {
  server = await startModelServer({ script });
});

afterAll(async () => {
  await server.close();
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A git repository with one commit and an empty HOME. The committer is named in the repository's
 * own config: Gemini CLI runs shell commands with GIT_CONFIG_GLOBAL=/dev/null, so a
 * ~/.gitconfig would not be read.
 */
async function workspace() {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-model-server-")));
  temporaryDirs.push(dir);
  const repo = path.join(dir, "repo");
  const home = path.join(dir, "home");
  await mkdir(repo);
  await mkdir(home);
  await git(repo, ["init", "-q"]);
  await git(repo, ["config", "user.name", "Scripted Agent"]);
  await git(repo, ["config", "user.email", "agent@localhost"]);
  await writeFile(path.join(repo, "README.md"), "# Test repository\n");
  await git(repo, ["add", "README.md"]);
  await git(repo, ["commit", "-qm", "Initial commit"]);
  return { repo, home };
}

async function runCli(name: string, args: string[], cwd: string, env: Record<string, string>) {
  const result = await runSubprocess(path.join(BIN, name), args, {
    cwd,
    env,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  const diagnostics = `exit ${result.exitCode}, stderr:\n${result.stderr.slice(-2000)}`;
  expect(result.timedOut, diagnostics).toBe(false);
  expect(result.exitCode, diagnostics).toBe(0);
  return result.stdout;
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

async function saveFixture(file: string, stdout: string) {
  if (process.env.MC_UPDATE_AGENT_FIXTURES === "1")
    await writeFile(path.join(FIXTURES, file), `${stdout}\n`);
}

async function expectNotesCommitted(repo: string) {
  expect(await git(repo, ["log", "-1", "--format=%s"])).toBe("Add notes");
  expect(await git(repo, ["show", "--name-only", "--format=", "HEAD"])).toBe("notes.txt");
  expect(await git(repo, ["status", "--porcelain"])).toBe("");
  expect(await readFile(path.join(repo, "notes.txt"), "utf8")).toBe(NOTES);
}

/** The requests of one wire format that carry this prompt, and what answered them. */
function requestsWith(wire: string, prompt: string) {
  return server.requests.filter(
    (request) => request.wire === wire && JSON.stringify(request.body).includes(prompt),
  );
}

describe("the real agent CLIs against the scripted model server", () => {
  it(
    "Claude Code writes, commits and reports the final text, its usage summed over the turns",
    async () => {
      const { repo, home } = await workspace();
      const stdout = await runCli(
        "claude",
        [
          "-p",
          PROMPT,
          "--output-format",
          "stream-json",
          "--verbose",
          "--permission-mode",
          "acceptEdits",
          "--allowedTools",
          "Bash,Write,Edit",
          "--model",
          "claude-sonnet-4-5",
        ],
        repo,
        {
          HOME: home,
          ANTHROPIC_BASE_URL: server.url,
          ANTHROPIC_API_KEY: "test",
          DISABLE_TELEMETRY: "1",
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
        },
      );
      await saveFixture("claude-code.jsonl", stdout);

      await expectNotesCommitted(repo);
      const result = jsonLines(stdout).find((line) => line.type === "result");
      expect(result).toMatchObject({
        subtype: "success",
        result: FINAL_TEXT,
        usage: { input_tokens: 4000, output_tokens: 180 },
        num_turns: 3,
        permission_denials: [],
      });
      // Sonnet 4.5 list prices: $3 per million input tokens, $15 per million output tokens.
      expect(result?.total_cost_usd).toBeCloseTo(0.0147, 6);

      const requests = requestsWith("anthropic", PROMPT);
      expect(requests.map((r) => [r.path, r.answer.kind, r.answer.turn])).toEqual([
        ["/v1/messages?beta=true", "scripted", 0],
        ["/v1/messages?beta=true", "scripted", 1],
        ["/v1/messages?beta=true", "scripted", 2],
      ]);
      expect(requests[0].headers["x-api-key"]).toBe("[redacted]");
      const firstAnswer = requests[1].body as { messages: { content: unknown }[] };
      expect(JSON.stringify(firstAnswer.messages[1].content)).toContain(
        `"file_path":"${repo}/notes.txt"`,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "Claude Code reports a tool it refused and still ends successfully",
    async () => {
      const { repo, home } = await workspace();
      const stdout = await runCli(
        "claude",
        [
          "-p",
          DENIED_PROMPT,
          "--output-format",
          "stream-json",
          "--verbose",
          "--permission-mode",
          "acceptEdits",
          "--allowedTools",
          "Bash,Write,Edit",
          "--model",
          "claude-sonnet-4-5",
        ],
        repo,
        {
          HOME: home,
          ANTHROPIC_BASE_URL: server.url,
          ANTHROPIC_API_KEY: "test",
          DISABLE_TELEMETRY: "1",
          CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
        },
      );
      await saveFixture("claude-code-denied.jsonl", stdout);

      const lines = jsonLines(stdout);
      expect(lines).toContainEqual(
        expect.objectContaining({
          type: "system",
          subtype: "permission_denied",
          tool_name: "WebFetch",
        }),
      );
      expect(lines.find((line) => line.type === "result")).toMatchObject({
        subtype: "success",
        permission_denials: [expect.objectContaining({ tool_name: "WebFetch" })],
      });
      expect(requestsWith("anthropic", DENIED_PROMPT).map((r) => r.answer.turn)).toEqual([0, 1]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "Codex CLI writes through apply_patch, commits through its shell tool and reports the final text",
    async () => {
      const { repo, home } = await workspace();
      const codexHome = path.join(home, ".codex");
      await mkdir(codexHome);
      await writeFile(
        path.join(codexHome, "config.toml"),
        [
          'model_provider = "mc"',
          'model = "gpt-5.5"',
          "check_for_update_on_startup = false",
          "[analytics]",
          "enabled = false",
          "[feedback]",
          "enabled = false",
          "[features]",
          "plugins = false",
          "[model_providers.mc]",
          'name = "Mission Control model server"',
          `base_url = "${server.url}/v1"`,
          'wire_api = "responses"',
          'env_key = "MC_CODEX_API_KEY"',
          "",
        ].join("\n"),
      );
      const stdout = await runCli(
        "codex",
        [
          "exec",
          "--json",
          "--skip-git-repo-check",
          "--dangerously-bypass-approvals-and-sandbox",
          PROMPT,
        ],
        repo,
        { HOME: home, CODEX_HOME: codexHome, MC_CODEX_API_KEY: "test" },
      );
      await saveFixture("codex.jsonl", stdout);

      await expectNotesCommitted(repo);
      const lines = jsonLines(stdout);
      const items = lines
        .filter((line) => line.type === "item.completed")
        .map((line) => line.item as Record<string, unknown>);
      expect(items).toContainEqual(expect.objectContaining({ type: "file_change" }));
      expect(items).toContainEqual(
        expect.objectContaining({ type: "command_execution", exit_code: 0 }),
      );
      expect(items).toContainEqual({
        id: expect.any(String),
        type: "agent_message",
        text: FINAL_TEXT,
      });
      expect(lines.find((line) => line.type === "turn.completed")).toMatchObject({
        usage: { input_tokens: 4000, output_tokens: 180 },
      });

      const requests = requestsWith("openai-responses", PROMPT);
      expect(requests.map((r) => [r.path, r.answer.kind, r.answer.turn])).toEqual([
        ["/v1/responses", "scripted", 0],
        ["/v1/responses", "scripted", 1],
        ["/v1/responses", "scripted", 2],
      ]);
      expect(requests[0].headers.authorization).toBe("[redacted]");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "Gemini CLI writes, commits through its shell tool without node-pty and streams the final text",
    async () => {
      const { repo, home } = await workspace();
      await mkdir(path.join(home, ".gemini"));
      await writeFile(
        path.join(home, ".gemini/settings.json"),
        JSON.stringify({
          general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
          security: { auth: { selectedType: "gemini-api-key" } },
          privacy: { usageStatisticsEnabled: false },
          telemetry: { enabled: false },
        }),
      );
      const stdout = await runCli(
        "gemini",
        [
          "-p",
          PROMPT,
          "--output-format",
          "stream-json",
          "--skip-trust",
          "-m",
          "gemini-2.5-pro",
          "--approval-mode",
          "yolo",
        ],
        repo,
        { HOME: home, GEMINI_API_KEY: "test", GOOGLE_GEMINI_BASE_URL: server.url },
      );
      await saveFixture("gemini.jsonl", stdout);

      await expectNotesCommitted(repo);
      const lines = jsonLines(stdout);
      expect(
        lines.filter((line) => line.type === "tool_use").map((line) => line.tool_name),
      ).toEqual(["write_file", "run_shell_command"]);
      const finalText = lines
        .filter((line) => line.type === "message" && line.role === "assistant")
        .map((line) => line.content)
        .join("");
      expect(finalText).toBe(FINAL_TEXT);
      expect(lines.find((line) => line.type === "result")).toMatchObject({
        status: "success",
        stats: { input_tokens: 4000, output_tokens: 180, total_tokens: 4180 },
      });

      const requests = requestsWith("gemini", PROMPT);
      expect(requests.map((r) => [r.path, r.answer.kind, r.answer.turn])).toEqual([
        ["/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse", "scripted", 0],
        ["/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse", "scripted", 1],
        ["/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse", "scripted", 2],
      ]);
      expect(requests[0].headers["x-goog-api-key"]).toBe("[redacted]");
    },
    TEST_TIMEOUT_MS,
  );
});

describe("the scripted model server", () => {
  const tools = [{ name: "Bash", input_schema: { type: "object" } }];
  const ask = (url: string, body: unknown) =>
    fetch(`${url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": "secret" },
      body: JSON.stringify(body),
    }).then((response) => response.json());
  const history = (prompt: string, modelTurns: number) => [
    { role: "user", content: prompt },
    ...Array.from({ length: modelTurns }, () => [
      { role: "assistant", content: [{ type: "text", text: "..." }] },
      { role: "user", content: "go on" },
    ]).flat(),
  ];

  it("answers by the history's length, statelessly; side requests, exhaustion and no match", async () => {
    const own = await startModelServer({
      script: {
        conversations: [
          {
            match: "first",
            turns: [{ text: "one" }, { text: "two", usage: { input: 7, output: 3 } }],
          },
          { match: "", turns: [{ text: "anything" }] },
        ],
      },
    });
    try {
      const text = (answer: { content: { text: string }[] }) => answer.content[0].text;
      expect(text(await ask(own.url, { tools, messages: history("the first one", 1) }))).toBe(
        "two",
      );
      expect(text(await ask(own.url, { tools, messages: history("the first one", 0) }))).toBe(
        "one",
      );
      expect(text(await ask(own.url, { messages: history("the first one", 0) }))).toBe("OK");
      expect(text(await ask(own.url, { tools, messages: history("the first one", 2) }))).toBe(
        "(script exhausted)",
      );
      expect(text(await ask(own.url, { tools, messages: history("other", 0) }))).toBe("anything");
      own.setScript({ conversations: [] });
      expect(text(await ask(own.url, { tools, messages: history("other", 0) }))).toBe(
        "(no scripted conversation matches this request)",
      );
      expect(own.requests.map((r) => [r.answer.kind, r.answer.turn, r.usage?.input])).toEqual([
        ["scripted", 1, 7],
        ["scripted", 0, 100],
        ["side-request", null, 10],
        ["exhausted", 2, 100],
        ["scripted", 0, 100],
        ["no-match", 0, 100],
      ]);
      expect(own.requests[0].headers["x-api-key"]).toBe("[redacted]");
    } finally {
      await own.close();
    }
  });

  it("delays an answer by delayMs, so a client's timeout can run out first", async () => {
    const own = await startModelServer({
      script: { conversations: [{ match: "", turns: [{ text: "late", delayMs: 3_000 }] }] },
    });
    try {
      const late = fetch(`${own.url}/v1/messages`, {
        method: "POST",
        body: JSON.stringify({ tools, messages: history("hello", 0) }),
        signal: AbortSignal.timeout(200),
      });
      await expect(late).rejects.toThrow();
      expect(own.requests).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it("gives Gemini CLI's JSON side requests (its model router) a value of their schema", async () => {
    const own = await startModelServer({ script: { conversations: [] } });
    try {
      const response = await fetch(`${own.url}/v1beta/models/gemini-flash:generateContent`, {
        method: "POST",
        body: JSON.stringify({
          contents: [{ role: "user", parts: [{ text: "route me" }] }],
          generationConfig: {
            responseMimeType: "application/json",
            responseJsonSchema: {
              type: "OBJECT",
              properties: { reasoning: { type: "STRING" }, score: { type: "INTEGER" } },
            },
          },
        }),
      }).then((answer) => answer.json());
      expect(JSON.parse(response.candidates[0].content.parts[0].text)).toEqual({
        reasoning: "scripted",
        score: 1,
      });
      expect(response.usageMetadata).toEqual({
        promptTokenCount: 10,
        candidatesTokenCount: 2,
        totalTokenCount: 12,
      });
      expect(own.requests[0].answer).toMatchObject({
        kind: "side-request",
        reason: "asks for JSON",
      });
    } finally {
      await own.close();
    }
  });

  it(
    "runs as a program: prints its URL, serves its log and takes a new script",
    async () => {
      const dir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-model-server-")));
      temporaryDirs.push(dir);
      const scriptFile = path.join(dir, "script.json");
      await writeFile(scriptFile, JSON.stringify(script));
      const stop = new AbortController();
      let resolveUrl: (url: string) => void = () => {};
      const printed = new Promise<string>((resolve) => {
        resolveUrl = resolve;
      });
      const run = runSubprocess(
        process.execPath,
        ["--import", "tsx", "scripts/model-server/main.ts", "--script", scriptFile],
        {
          cwd: ROOT,
          timeoutMs: 60_000,
          signal: stop.signal,
          onLine: (stream, line) => {
            if (stream === "stdout" && line.startsWith("http://")) resolveUrl(line);
          },
        },
      );
      try {
        const url = await printed;
        const put = await fetch(`${url}/_mc/script`, {
          method: "PUT",
          body: JSON.stringify({ conversations: [{ match: "", turns: [{ text: "replaced" }] }] }),
        });
        expect(put.status).toBe(200);
        const bad = await fetch(`${url}/_mc/script`, { method: "PUT", body: "{}" });
        expect(bad.status).toBe(400);
        const answer = await ask(url, { tools, messages: history("anything", 0) });
        expect(answer.content[0].text).toBe("replaced");
        const log = await fetch(`${url}/_mc/requests`).then((response) => response.json());
        expect(log).toEqual([
          expect.objectContaining({ method: "POST", path: "/v1/messages", wire: "anthropic" }),
        ]);
      } finally {
        stop.abort();
        await run;
      }
    },
    TEST_TIMEOUT_MS,
  );
});
