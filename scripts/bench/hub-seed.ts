// Seeds the hub tables for the benchmark with set-based SQL: every table is filled by one
// `INSERT ... SELECT FROM generate_series(...)`, its text picked from the word lists below by a
// seeded `random()`, so two runs of the same sizes hold the same data.
import pg from "pg";

export type SeedSizes = { sessions: number; feedback: number; knowledge: number };

/** The search the benchmark measures: the words of a title topic seeded into a few hundred rows. */
export const KNOWLEDGE_QUERY = "connection pool";

const identities: [name: string, platform: string, role: string][] = [
  ["claude-code-unified", "claude-code-console", "Primary coding agent in the terminal"],
  ["claude-desktop-001", "desktop", "Planning and review from the desktop app"],
  ["claude-cursor-001", "cursor", "Pair-programming inside the editor"],
  ["claude-code-ci-01", "claude-code-console", "Runs verification and fixes in CI"],
  ["claude-code-ci-02", "claude-code-console", "Second CI worker"],
  ["claude-desktop-002", "desktop", "Writes design notes and reviews plans"],
  ["claude-cursor-002", "cursor", "Front-end work in the editor"],
  ["claude-code-night", "claude-code-console", "Long-running maintenance sessions overnight"],
];

const projects: [name: string, type: string, description: string][] = [
  ["nimbus-api", "service", "Stores weather readings and serves daily summaries."],
  ["atlas-web", "web-app", "The customer-facing map viewer."],
  ["ledger-cli", "cli", "Reconciles bank exports against the ledger."],
  ["harbor-gateway", "service", "The API gateway in front of every internal service."],
  ["quill-docs", "docs", "Product documentation and the public handbook."],
  ["orbit-mobile", "mobile-app", "The field teams' phone app."],
  ["forge-build", "tooling", "Shared build and release tooling."],
  ["sentry-alerts", "service", "Routes alerts from monitoring to the on-call rota."],
  ["meridian-data", "data", "Nightly imports and the reporting warehouse."],
  ["lumen-design", "design-system", "Components and tokens shared by the web apps."],
  ["pulse-metrics", "service", "Collects usage metrics from the apps."],
  ["cobalt-auth", "library", "Sign-in, sessions and API tokens for the services."],
];

const words = {
  verbs: [
    "Fixed",
    "Refactored",
    "Added",
    "Reviewed",
    "Documented",
    "Investigated",
    "Migrated",
    "Tested",
    "Simplified",
    "Replaced",
    "Profiled",
    "Hardened",
  ],
  objects: [
    "the retry logic",
    "pagination",
    "the export job",
    "input validation",
    "the settings form",
    "error reporting",
    "the cache layer",
    "date handling",
    "the login flow",
    "the build pipeline",
    "the search index",
    "webhook delivery",
    "the CSV importer",
    "rate limiting",
    "the audit trail",
    "file uploads",
  ],
  areas: [
    "API",
    "worker",
    "dashboard",
    "CLI",
    "database layer",
    "mobile client",
    "test suite",
    "release script",
    "admin screens",
    "scheduler",
  ],
  outcomes: [
    "all tests pass",
    "two edge cases remain open",
    "needs a review before merging",
    "deployed to staging",
    "blocked on a decision about the schema",
    "left notes for the next session",
    "performance improved noticeably",
    "follow-up feedback filed",
  ],
  tasks: [
    "Wrote tests for empty input",
    "Updated the README",
    "Added an index for the slow query",
    "Fixed a flaky end-to-end test",
    "Removed dead code",
    "Bumped dependencies",
    "Split a large component",
    "Added logging around retries",
    "Handled the timeout case",
    "Checked the phone layout",
    "Closed two feedback items",
    "Wrote the migration",
    "Reviewed the open pull request",
    "Reproduced the reported bug",
  ],
  learnings: [
    "Timestamps in the agents' tables have no time zone",
    "The CI runner has only two cores",
    "Quote every value in generated SQL",
    "Keep migrations additive",
    "The staging database is shared",
    "Retries need jitter",
    "The phone layout breaks under 400 px",
    "Large exports must stream",
  ],
  challenges: [
    "Flaky network in the test environment",
    "Unclear requirements for the export format",
    "Slow builds",
    "A migration conflicted with another branch",
    "The reported bug did not reproduce",
    "Missing credentials for the staging server",
  ],
  problems: [
    "crashes when",
    "is slow when",
    "shows the wrong total when",
    "ignores the filter when",
    "loses input when",
    "times out when",
    "looks broken on a phone when",
    "should explain what happens when",
  ],
  situations: [
    "the list is empty",
    "a name has quotes in it",
    "the session is older than a day",
    "two agents write at once",
    "the network drops",
    "the project path has spaces",
    "the page is reloaded",
    "the date range spans a month",
    "the user is a viewer",
    "the import file is large",
  ],
  // Title topics of the knowledge base; KNOWLEDGE_QUERY is one of them, and its two words appear
  // nowhere else, so a search for it hits about 2/len of the rows (a few hundred of 20,000).
  topics: [
    "connection pool",
    "advisory lock",
    "retry backoff",
    "schema migration",
    "prepared statement",
    "feature flag",
    "cursor pagination",
    "optimistic locking",
    "idempotent handler",
    "circuit breaker",
    "dead letter queue",
    "structured logging",
    "snapshot test",
    "flaky test",
    "race condition",
    "memory leak",
    "hot reload",
    "dependency injection",
    "event sourcing",
    "soft delete",
    "time zone",
    "unicode normalisation",
    "path traversal",
    "shell quoting",
    "exit code",
    "signal handling",
    "process group",
    "file watcher",
    "git worktree",
    "merge conflict",
    "rebase workflow",
    "commit hook",
    "container image",
    "health check",
    "graceful shutdown",
    "rate limiter",
    "token bucket",
    "cache invalidation",
    "session cookie",
    "password hashing",
    "content security",
    "html escaping",
    "sql injection",
    "full-text search",
    "partial index",
    "vacuum tuning",
    "query planner",
    "json column",
    "array column",
    "enum migration",
    "mcp server",
    "tool schema",
    "prompt context",
    "stream parsing",
    "headless browser",
    "phone viewport",
    "dark mode",
    "keyboard focus",
    "screen reader",
    "print stylesheet",
  ],
  openers: [
    "Prefer",
    "Avoid",
    "Always check",
    "Never rely on",
    "Document",
    "Test",
    "Measure",
    "Wrap",
  ],
  contexts: [
    "in long-running workers",
    "under concurrent writes",
    "in the test database",
    "before a release",
    "when the schema changes",
    "on a fresh clone",
    "behind a reverse proxy",
    "in generated SQL",
    "on slow disks",
    "for large tables",
  ],
  reasons: [
    "otherwise requests hang until the timeout",
    "the default silently drops errors",
    "it saves a round trip per request",
    "the failure only shows in production",
    "agents copy the pattern into new code",
    "it keeps the logs readable",
    "it makes the behaviour easy to test",
    "the fix is one line once you know it",
  ],
  knowledgeTypes: ["pattern", "technique", "gotcha", "best-practice"],
  categories: [
    "mcp",
    "database",
    "csharp",
    "typescript",
    "git",
    "testing",
    "deployment",
    "security",
    "frontend",
    "agents",
    "performance",
    "tooling",
  ],
};

/** `array[1 + floor(random() * n)]`: one random element of a text[] expression. */
const pick = (array: string) => `(${array})[1 + floor(random() * cardinality(${array}))::int]`;

/** A text[] of 0..max random elements; `g` makes it correlated, so it is drawn per row. */
const pickSome = (array: string, min: number, max: number) =>
  `ARRAY(SELECT ${pick(array)} FROM generate_series(1, ${min} + ((g * 7 + (random() * 1000)::int) % ${max - min + 1})))`;

const WORDS_CTE = `w AS (SELECT ${Object.keys(words)
  .map((key, index) => `$${index + 2}::text[] AS ${key}`)
  .join(", ")})`;
const wordValues = Object.values(words);

/** Fills identities, projects, sessions, feedback (with comments) and knowledge; returns counts. */
export async function seedHub(databaseUrl: string, sizes: SeedSizes) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const [name, platform, role] of identities)
      await client.query(
        `INSERT INTO claude_family.identities (identity_name, platform, role_description, created_at)
         VALUES ($1, $2, $3, now()::timestamp - interval '500 days')`,
        [name, platform, role],
      );
    for (const [name, type, description] of projects)
      await client.query(
        `INSERT INTO claude_family.project_workspaces (project_name, project_path, project_type, description)
         VALUES ($1, $2, $3, $4)`,
        [name, `/srv/projects/${name}`, type, description],
      );

    // Identities and projects are skewed (power > 1 favours the first ones), as real use is.
    const ctes = `ids AS (SELECT array_agg(identity_id ORDER BY created_at, identity_name) AS ids,
                                 array_agg(identity_name ORDER BY created_at, identity_name) AS names
                            FROM claude_family.identities),
                  ps AS (SELECT array_agg(project_id ORDER BY project_name) AS ids,
                                array_agg(project_name ORDER BY project_name) AS names
                           FROM claude_family.project_workspaces),
                  ${WORDS_CTE}`;
    const skewed = (array: string, power = 1.7) =>
      `(${array})[1 + floor(power(random(), ${power}) * cardinality(${array}))::int]`;

    // Each table from its own seed, so that the rows of one do not depend on the size of another.
    await client.query("SELECT setseed(0.41)");
    // Sessions: one every ~5 minutes back from now (about a year for 100,000); the newest few and
    // 2.5% of the rest are unclosed (no end, no summary), the others last 5 minutes to 4 hours.
    await client.query(
      `WITH ${ctes},
            s AS (SELECT g, now()::timestamp - make_interval(secs => g * 300 + floor(random() * 240)::int) AS start,
                         (g <= 5 OR random() < 0.025) AS unclosed
                    FROM generate_series(1, $1::int) g)
       INSERT INTO claude_family.session_history
         (identity_id, project_schema, project_name, session_start, session_end, tasks_completed,
          learnings_gained, challenges_encountered, session_summary, session_metadata, created_at)
       SELECT ${skewed("ids.ids", 1.5)}, 'claude_pm', ${skewed("ps.names")}, s.start,
              CASE WHEN s.unclosed THEN NULL
                   ELSE LEAST(s.start + make_interval(mins => 5 + floor(random() * 235)::int), now()::timestamp) END,
              CASE WHEN s.unclosed THEN NULL ELSE ${pickSome("w.tasks", 1, 4)} END,
              CASE WHEN s.unclosed THEN NULL ELSE ${pickSome("w.learnings", 0, 2)} END,
              CASE WHEN s.unclosed THEN NULL ELSE ${pickSome("w.challenges", 0, 2)} END,
              CASE WHEN s.unclosed THEN NULL
                   ELSE format('%s %s in the %s; %s.', ${pick("w.verbs")}, ${pick("w.objects")}, ${pick("w.areas")}, ${pick("w.outcomes")}) END,
              jsonb_build_object('source', 'bench', 'model', ${pick("ARRAY['opus','sonnet','haiku']")},
                                 'tokens', floor(random() * 200000)::int, 'tool_calls', floor(random() * 120)::int),
              s.start
         FROM s, ids, ps, w`,
      [sizes.sessions, ...wordValues],
    );

    await client.query("SELECT setseed(0.42)");
    // Feedback: one every ~6 minutes; 35% bugs, 30% changes, 15% design, 20% questions; about a
    // fifth open (new or in progress), the rest resolved or won't fix.
    await client.query(
      `WITH ${ctes},
            f AS (SELECT g, now()::timestamp - make_interval(secs => g * 360 + floor(random() * 300)::int) AS created,
                         random() AS t, random() AS st
                    FROM generate_series(1, $1::int) g)
       INSERT INTO claude_pm.project_feedback
         (project_id, feedback_type, title, description, status, priority, reported_by, created_at,
          updated_at, resolved_at)
       SELECT ${skewed("ps.ids")},
              CASE WHEN f.t < 0.35 THEN 'bug' WHEN f.t < 0.65 THEN 'change' WHEN f.t < 0.80 THEN 'design' ELSE 'question' END,
              format('The %s %s %s', ${pick("w.areas")}, ${pick("w.problems")}, ${pick("w.situations")}),
              format('Open the %s and work on %s: it %s %s. Seen in the %s; %s.', ${pick("w.areas")},
                     ${pick("w.objects")}, ${pick("w.problems")}, ${pick("w.situations")}, ${pick("w.areas")},
                     ${pick("w.outcomes")}),
              CASE WHEN f.st < 0.12 THEN 'new' WHEN f.st < 0.20 THEN 'in_progress' WHEN f.st < 0.83 THEN 'resolved' ELSE 'wont_fix' END,
              CASE WHEN random() < 0.1 THEN NULL ELSE 1 + floor(random() * 5)::int END,
              ${skewed("ids.names", 1.5)}, f.created,
              LEAST(f.created + make_interval(hours => floor(random() * 72)::int), now()::timestamp),
              CASE WHEN f.st >= 0.20 AND f.st < 0.83
                   THEN LEAST(f.created + make_interval(hours => 1 + floor(random() * 240)::int), now()::timestamp) END
         FROM f, ids, ps, w`,
      [sizes.feedback, ...wordValues],
    );
    // Every third item has one to three comments.
    await client.query("SELECT setseed(0.43)");
    await client.query(
      `WITH ${ctes},
            fb AS (SELECT feedback_id, created_at, row_number() OVER (ORDER BY created_at DESC, title) AS n
                     FROM claude_pm.project_feedback)
       INSERT INTO claude_pm.project_feedback_comments (feedback_id, author_identity_id, comment_text, created_at)
       SELECT fb.feedback_id, ${skewed("ids.ids", 1.5)},
              format('%s: %s.', ${pick("ARRAY['Reproduced','Could not reproduce','Looked into it','Fixed on a branch','Needs a decision']")}, ${pick("w.outcomes")}),
              LEAST(fb.created_at + make_interval(mins => c.k::int * (10 + floor(random() * 600)::int)), now()::timestamp)
         FROM fb
        CROSS JOIN LATERAL generate_series(1, 1 + (fb.n / $1::int) % 3) c(k)
        CROSS JOIN ids CROSS JOIN w
        WHERE fb.n % $1::int = 0`,
      [3, ...wordValues],
    );

    await client.query("SELECT setseed(0.44)");
    // Knowledge: the title names one topic and the description mentions another, so each topic's
    // words appear in about 2/len(topics) of the rows.
    await client.query(
      `WITH ${ctes},
            k AS (SELECT g, now()::timestamp - make_interval(secs => g * 1500 + floor(random() * 1200)::int) AS created
                    FROM generate_series(1, $1::int) g)
       INSERT INTO claude_family.shared_knowledge
         (title, description, knowledge_type, knowledge_category, confidence_level, times_applied,
          created_by_identity_id, created_at, last_updated_at)
       SELECT format('%s %s %s', ${pick("w.openers")}, ${pick("w.topics")}, ${pick("w.contexts")}),
              format('%s %s: %s. Related: %s. Noted while working on %s in the %s.',
                     ${pick("w.openers")}, ${pick("w.objects")}, ${pick("w.reasons")}, ${pick("w.topics")},
                     ${pick("w.objects")}, ${pick("w.areas")}),
              ${pick("w.knowledgeTypes")}, ${skewed("w.categories", 1.3)},
              1 + floor(random() * 10)::int, floor(power(random(), 3) * 60)::int,
              ${skewed("ids.ids", 1.5)}, k.created,
              k.created + make_interval(days => floor(random() * 30)::int)
         FROM k, ids, w`,
      [sizes.knowledge, ...wordValues],
    );
    await client.query("COMMIT");
    // What autovacuum would have done to a table of this age: statistics and the visibility map.
    await client.query("VACUUM ANALYZE");

    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM claude_family.session_history) AS sessions,
              (SELECT count(*)::int FROM claude_family.session_history WHERE session_end IS NULL) AS unclosed,
              (SELECT count(*)::int FROM claude_pm.project_feedback) AS feedback,
              (SELECT count(*)::int FROM claude_pm.project_feedback WHERE status IN ('new', 'in_progress')) AS open_feedback,
              (SELECT count(*)::int FROM claude_pm.project_feedback_comments) AS comments,
              (SELECT count(*)::int FROM claude_family.shared_knowledge) AS knowledge,
              (SELECT count(*)::int FROM claude_family.shared_knowledge
                WHERE to_tsvector('english', title || ' ' || description) @@ plainto_tsquery('english', $1)) AS knowledge_hits`,
      [KNOWLEDGE_QUERY],
    );
    return rows[0] as Record<string, number>;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
