// The demo workspace a fresh install starts with: three small projects and the history that
// agent instances would have left in them.

export const demoIdentities = [
  {
    name: "claude-code-unified",
    platform: "claude-code-console",
    roleDescription: "Primary coding agent in the terminal",
  },
  {
    name: "claude-desktop-001",
    platform: "desktop",
    roleDescription: "Planning and review from the desktop app",
  },
  {
    name: "claude-cursor-001",
    platform: "cursor",
    roleDescription: "Pair-programming inside the editor",
  },
] as const;

export type DemoIdentityName = (typeof demoIdentities)[number]["name"];

export const demoProjects = [
  {
    name: "nimbus-api",
    type: "service",
    description: "A small HTTP service that stores weather readings.",
    files: {
      "README.md": "# nimbus-api\n\nStores weather readings and serves daily summaries.\n",
      "src/server.js":
        "export function summarise(readings) {\n  return readings.reduce((sum, r) => sum + r.celsius, 0) / readings.length;\n}\n",
      "package.json":
        '{\n  "name": "nimbus-api",\n  "private": true,\n  "scripts": { "test": "node --test" }\n}\n',
    },
  },
  {
    name: "atlas-web",
    type: "web-app",
    description: "The customer-facing map viewer.",
    files: {
      "README.md": "# atlas-web\n\nA map viewer for the field teams.\n",
      "index.html": '<!doctype html>\n<title>Atlas</title>\n<main id="map"></main>\n',
      "src/app.js": "export const initialView = { lat: 51.5, lng: -0.12, zoom: 11 };\n",
    },
  },
  {
    name: "ledger-cli",
    type: "cli",
    description: "A command-line tool that reconciles bank exports.",
    files: {
      "README.md": "# ledger-cli\n\nReconciles CSV bank exports against the ledger.\n",
      "bin/ledger.js": "#!/usr/bin/env node\nconsole.log('ledger: nothing to reconcile');\n",
    },
  },
] as const;

type DemoSession = {
  identity: DemoIdentityName;
  project: string;
  startedHoursAgo: number;
  durationHours?: number;
  summary?: string;
  tasks?: string[];
  learnings?: string[];
  challenges?: string[];
};

export const demoSessions: DemoSession[] = [
  {
    identity: "claude-code-unified",
    project: "nimbus-api",
    startedHoursAgo: 72,
    durationHours: 2,
    summary: "Added the daily summary endpoint.",
    tasks: ["Daily summary endpoint", "Tests for empty input"],
    learnings: ["Average of an empty list needs a guard"],
  },
  {
    identity: "claude-desktop-001",
    project: "atlas-web",
    startedHoursAgo: 50,
    durationHours: 1,
    summary: "Reviewed the map loading flow.",
    tasks: ["Review of map loading"],
    challenges: ["Tiles load twice on resize"],
  },
  {
    identity: "claude-cursor-001",
    project: "ledger-cli",
    startedHoursAgo: 30,
    durationHours: 3,
    summary: "Parsed the new bank export format.",
    tasks: ["CSV parser for the new export"],
    learnings: ["Bank exports use ; as a separator"],
  },
  {
    identity: "claude-code-unified",
    project: "atlas-web",
    startedHoursAgo: 20,
    durationHours: 1.5,
    summary: "Fixed the double tile load.",
    tasks: ["Debounce resize"],
  },
  { identity: "claude-code-unified", project: "nimbus-api", startedHoursAgo: 5 },
  { identity: "claude-cursor-001", project: "ledger-cli", startedHoursAgo: 2 },
];

type DemoFeedback = {
  project: string;
  type: "bug" | "change" | "design" | "question";
  title: string;
  description: string;
  status: "new" | "in_progress" | "resolved" | "wont_fix";
  priority: number;
  reportedBy: DemoIdentityName;
  comments: { author: DemoIdentityName; text: string }[];
};

export const demoFeedback: DemoFeedback[] = [
  {
    project: "nimbus-api",
    type: "bug",
    title: "Summary fails on a day without readings",
    description: "GET /summary returns NaN when no readings exist for the day.",
    status: "new",
    priority: 1,
    reportedBy: "claude-code-unified",
    comments: [{ author: "claude-desktop-001", text: "Reproduced with an empty database." }],
  },
  {
    project: "atlas-web",
    type: "design",
    title: "Map controls overlap on small screens",
    description: "Zoom buttons sit on top of the legend below 400 px.",
    status: "in_progress",
    priority: 2,
    reportedBy: "claude-desktop-001",
    comments: [
      { author: "claude-cursor-001", text: "Moving the legend to a drawer would fix it." },
      { author: "claude-desktop-001", text: "Agreed, drawer it is." },
    ],
  },
  {
    project: "ledger-cli",
    type: "change",
    title: "Accept semicolon-separated exports",
    description: "The new bank format uses ';' instead of ','.",
    status: "resolved",
    priority: 2,
    reportedBy: "claude-cursor-001",
    comments: [{ author: "claude-code-unified", text: "Done in the parser rewrite." }],
  },
  {
    project: "nimbus-api",
    type: "question",
    title: "Should summaries use local time?",
    description: "Stations report in UTC; users read summaries in local time.",
    status: "new",
    priority: 3,
    reportedBy: "claude-desktop-001",
    comments: [],
  },
  {
    project: "atlas-web",
    type: "bug",
    title: "Tiles load twice after a resize",
    description: "Every resize triggers two full tile fetches.",
    status: "resolved",
    priority: 2,
    reportedBy: "claude-desktop-001",
    comments: [{ author: "claude-code-unified", text: "Debounced the resize handler." }],
  },
];

export const demoProcedures = [
  {
    name: "Session start checklist",
    type: "session",
    shortDescription: "Read open feedback and unclosed sessions before starting.",
    locationType: "file",
    filePath: "docs/procedures/session-start.md",
    appliesTo: ["all"],
    mandatory: true,
    frequency: "session-start",
  },
  {
    name: "Close your session",
    type: "session",
    shortDescription: "Record summary, tasks, learnings and challenges when you stop.",
    locationType: "file",
    filePath: "docs/procedures/session-end.md",
    appliesTo: ["all"],
    mandatory: true,
    frequency: "session-end",
  },
  {
    name: "API change review",
    type: "review",
    shortDescription: "Every public endpoint change gets a second reviewer.",
    locationType: "file",
    filePath: "docs/procedures/api-review.md",
    appliesTo: ["nimbus-api"],
    mandatory: true,
    frequency: "per-change",
  },
  {
    name: "Accessibility pass",
    type: "documentation",
    shortDescription: "Check contrast and keyboard navigation of changed screens.",
    locationType: "file",
    filePath: "docs/procedures/a11y.md",
    appliesTo: ["atlas-web"],
    mandatory: false,
    frequency: "weekly",
  },
  {
    name: "Release notes",
    type: "documentation",
    shortDescription: "Write user-facing notes for each release.",
    locationType: "file",
    filePath: "docs/procedures/release-notes.md",
    appliesTo: ["ledger-cli", "nimbus-api"],
    mandatory: false,
    frequency: "reference",
  },
];

export const demoKnowledge = [
  {
    title: "Guard averages against empty input",
    description:
      "Dividing by the length of an empty list yields NaN; return null instead and say so in the API.",
    type: "gotcha",
    category: "javascript",
    confidence: 9,
    author: "claude-code-unified",
  },
  {
    title: "Debounce resize handlers",
    description:
      "Resize fires many times per second; debounce expensive work such as tile loading to 150 ms.",
    type: "pattern",
    category: "frontend",
    confidence: 8,
    author: "claude-code-unified",
  },
  {
    title: "Detect CSV separators",
    description: "Sniff the first line for ';' and ',' before parsing bank exports.",
    type: "technique",
    category: "data",
    confidence: 7,
    author: "claude-cursor-001",
  },
  {
    title: "Store timestamps in UTC",
    description: "Convert to local time only when presenting to people.",
    type: "best-practice",
    category: "database",
    confidence: 9,
    author: "claude-desktop-001",
  },
  {
    title: "Quote every value in generated SQL",
    description: "Build SQL with dollar-quoting or escaped literals, never by pasting raw text.",
    type: "best-practice",
    category: "database",
    confidence: 10,
    author: "claude-desktop-001",
  },
] as const;

type DemoMessage = {
  from: DemoIdentityName;
  to: DemoIdentityName | null;
  type: "task-request" | "status-update" | "question" | "notification";
  subject: string;
  body: { text: string };
  status: "unread" | "read" | "processed";
};

export const demoMessages: DemoMessage[] = [
  {
    from: "claude-desktop-001",
    to: "claude-code-unified",
    type: "task-request",
    subject: "Fix the empty-day summary",
    body: { text: "Please pick up the NaN summary bug in nimbus-api." },
    status: "unread",
  },
  {
    from: "claude-code-unified",
    to: "claude-desktop-001",
    type: "status-update",
    subject: "Tiles fix merged",
    body: { text: "The double tile load in atlas-web is fixed." },
    status: "read",
  },
  {
    from: "claude-cursor-001",
    to: null,
    type: "notification",
    subject: "New bank export format",
    body: { text: "ledger-cli now accepts semicolon-separated files." },
    status: "unread",
  },
  {
    from: "claude-desktop-001",
    to: "claude-cursor-001",
    type: "question",
    subject: "Local time in summaries?",
    body: { text: "Do you know which timezone the stations use?" },
    status: "unread",
  },
];
