// The demo mission's project: a tiny calculator with real tests (`node --test`), and the script
// the scripted agent follows for it. The plan has five units: two edit README.md side by side (the
// guide's hint does not say so, so they run in parallel and the second conflicts), two overlap in
// `calc.mjs` (so they run one after the other), and one adds a failing test (its merge turns green
// red and is undone).

export const MISSION_DEMO_PROJECT = "mission-demo";
export const MISSION_DEMO_OBJECTIVE =
  "Grow the calculator: subtraction and multiplication with tests, and a README that explains it.";

const calc = `export function add(a, b) {
  return a + b;
}
`;

const calcTest = `import assert from "node:assert/strict";
import { test } from "node:test";
import { add } from "../calc.mjs";

test("adds", () => assert.equal(add(2, 3), 5));
`;

const plan = [
  {
    key: "readme",
    title: "Explain the calculator in the README",
    description: "Say what the calculator does and how to test it.",
    files_hint: ["README.md"],
    depends_on: [],
    acceptance: "README.md describes the functions",
  },
  {
    key: "guide",
    title: "Write a usage guide",
    description: "A short guide for new users.",
    files_hint: ["docs/guide.md"],
    depends_on: [],
    acceptance: "a guide exists",
  },
  {
    key: "subtract",
    title: "Add subtraction",
    description: "A subtract(a, b) function in calc.mjs with a test.",
    files_hint: ["calc.mjs", "tests/subtract.test.mjs"],
    depends_on: [],
    acceptance: "node --test passes with a subtraction test",
  },
  {
    key: "multiply",
    title: "Add multiplication",
    description: "A multiply(a, b) function in calc.mjs with a test.",
    files_hint: ["calc.mjs", "tests/multiply.test.mjs"],
    depends_on: [],
    acceptance: "node --test passes with a multiplication test",
  },
  {
    key: "strict-check",
    title: "Add a stricter sanity test",
    description: "A test that checks add() against a wrong expectation.",
    files_hint: ["tests/sanity.test.mjs"],
    depends_on: [],
    acceptance: "node --test passes",
  },
];

const unitTest = (
  name: string,
  fn: string,
  call: string,
  expected: number,
) => `import assert from "node:assert/strict";
import { test } from "node:test";
import { ${fn} } from "../calc.mjs";

test("${name}", () => assert.equal(${call}, ${expected}));
`;

export const missionDemoScript = {
  rounds: [
    {
      plan,
      critic: [
        { verdict: "needs_refinement", feedback: "Give each unit a concrete acceptance check." },
        {
          verdict: "sufficient",
          feedback: "Feasible: five small units.",
          next_objective: "Add division with a test for dividing by zero.",
        },
      ],
    },
  ],
  units: {
    subtract: {
      behaviour: "ok",
      delayMs: 400,
      edits: [
        { path: "calc.mjs", append: "\nexport function subtract(a, b) {\n  return a - b;\n}\n" },
        {
          path: "tests/subtract.test.mjs",
          content: unitTest("subtracts", "subtract", "subtract(5, 3)", 2),
        },
      ],
    },
    multiply: {
      behaviour: "ok",
      delayMs: 400,
      edits: [
        { path: "calc.mjs", append: "\nexport function multiply(a, b) {\n  return a * b;\n}\n" },
        {
          path: "tests/multiply.test.mjs",
          content: unitTest("multiplies", "multiply", "multiply(4, 3)", 12),
        },
      ],
    },
    readme: {
      behaviour: "ok",
      delayMs: 400,
      edits: [
        {
          path: "README.md",
          content:
            "# Calculator\n\nadd, subtract and multiply. Run the tests with `node --test`.\n",
        },
      ],
    },
    guide: {
      behaviour: "ok",
      delayMs: 400,
      edits: [
        {
          path: "README.md",
          content: "# Calculator guide\n\nImport calc.mjs and call its functions.\n",
        },
        { path: "docs/guide.md", content: "# Guide\n\nSee README.md.\n" },
      ],
    },
    "strict-check": {
      behaviour: "ok",
      delayMs: 400,
      edits: [
        { path: "tests/sanity.test.mjs", content: unitTest("is strict", "add", "add(2, 2)", 5) },
      ],
    },
  },
  review: { alignment: 8, approach: 7, tests: 7, notes: "Small, focused change with a test." },
};

export const missionDemoFiles: Record<string, string> = {
  "README.md": "# Calculator\n",
  "calc.mjs": calc,
  "tests/add.test.mjs": calcTest,
  "package.json": `${JSON.stringify({ name: "mission-demo", private: true, type: "module" }, null, 2)}\n`,
  ".mission-control/mission-script.json": `${JSON.stringify(missionDemoScript, null, 2)}\n`,
};

export const MISSION_DEMO_VERIFY = ["node", "--test"];
