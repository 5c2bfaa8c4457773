import { describe, expect, it } from "vitest";
import type { PlannedUnit } from "@/lib/mission/markers";
import {
  directoryShare,
  normaliseHint,
  orderUnits,
  pathsOverlap,
  workersForLayer,
} from "@/lib/mission/overlap";

const unit = (key: string, files: string[] = [], dependsOn: string[] = []): PlannedUnit => ({
  key,
  title: key,
  description: "",
  files_hint: files,
  depends_on: dependsOn,
  acceptance: "",
});

describe("file hints", () => {
  it("normalises paths, directories and globs", () => {
    expect(normaliseHint("./src//a.ts")).toEqual({ path: "src/a.ts", isDirectory: false });
    expect(normaliseHint("src/lib/")).toEqual({ path: "src/lib", isDirectory: true });
    expect(normaliseHint("src\\lib\\x.ts")).toEqual({ path: "src/lib/x.ts", isDirectory: false });
    expect(normaliseHint("src/**/*.ts")).toEqual({ path: "src", isDirectory: true });
    expect(normaliseHint("app/[id]/page.tsx")).toEqual({
      path: "app/[id]/page.tsx",
      isDirectory: false,
    });
    expect(normaliseHint(".")).toEqual({ path: "", isDirectory: true });
    expect(normaliseHint("  ")).toBeUndefined();
  });

  it("overlaps on the same file and on a directory prefix, not on a name prefix", () => {
    expect(pathsOverlap("src/a.ts", "src/a.ts")).toBe(true);
    expect(pathsOverlap("src", "src/a.ts")).toBe(true);
    expect(pathsOverlap("src/lib/x.ts", "src/lib")).toBe(true);
    expect(pathsOverlap("src/a.ts", "src/a.tsx")).toBe(false);
    expect(pathsOverlap("src/lib", "src/library/x.ts")).toBe(false);
    expect(pathsOverlap("", "anything")).toBe(true);
  });
});

describe("orderUnits", () => {
  it("puts independent units in one layer, in plan order", () => {
    const order = orderUnits([unit("a", ["a.ts"]), unit("b", ["b.ts"]), unit("c", [])]);
    expect(order).toEqual({
      layers: [["a", "b", "c"]],
      dependencies: { a: [], b: [], c: [] },
      cycles: [],
    });
  });

  it("makes the later of two units sharing a file wait for the earlier", () => {
    const order = orderUnits([
      unit("a", ["calc.mjs", "tests/a.test.mjs"]),
      unit("b", ["calc.mjs", "tests/b.test.mjs"]),
      unit("c", ["README.md"]),
    ]);
    expect(order.layers).toEqual([["a", "c"], ["b"]]);
    expect(order.dependencies).toEqual({ a: [], b: ["a"], c: [] });
  });

  it("treats a directory hint as overlapping the files under it", () => {
    const order = orderUnits([unit("files", ["src/lib/x.ts"]), unit("dir", ["./src/lib/"])]);
    expect(order.layers).toEqual([["files"], ["dir"]]);
    const glob = orderUnits([unit("all", ["src/**/*.ts"]), unit("one", ["src/deep/y.ts"])]);
    expect(glob.dependencies.one).toEqual(["all"]);
  });

  it("honours explicit dependencies in any direction", () => {
    const order = orderUnits([
      unit("tests", ["tests/x.test.ts"], ["impl"]),
      unit("impl", ["src/x.ts"]),
      unit("docs", ["docs/x.md"], ["tests"]),
    ]);
    expect(order.layers).toEqual([["impl"], ["tests"], ["docs"]]);
    expect(order.dependencies).toEqual({ tests: ["impl"], impl: [], docs: ["tests"] });
  });

  it("does not add an overlap dependency against an explicit order", () => {
    // a is earlier but explicitly waits for b; their overlap must not make b wait for a too.
    const order = orderUnits([unit("a", ["x.ts"], ["b"]), unit("b", ["x.ts"])]);
    expect(order).toEqual({
      layers: [["b"], ["a"]],
      dependencies: { a: ["b"], b: [] },
      cycles: [],
    });
  });

  it("chains three units on one file one after another", () => {
    const order = orderUnits([unit("a", ["x.ts"]), unit("b", ["x.ts"]), unit("c", ["x.ts"])]);
    expect(order.layers).toEqual([["a"], ["b"], ["c"]]);
  });

  it("breaks a cycle of explicit dependencies deterministically and reports it", () => {
    const units = [
      unit("a", [], ["c"]),
      unit("b", [], ["a"]),
      unit("c", [], ["b"]),
      unit("free", []),
    ];
    const order = orderUnits(units);
    expect(order.cycles).toEqual([["a", "c", "b"]]);
    expect(order.dependencies).toEqual({ a: [], b: ["a"], c: ["b"], free: [] });
    expect(order.layers).toEqual([["a", "free"], ["b"], ["c"]]);
    expect(orderUnits(units)).toEqual(order);
  });

  it("breaks two separate cycles and a two-unit cycle", () => {
    const order = orderUnits([
      unit("x", [], ["y"]),
      unit("y", [], ["x"]),
      unit("p", [], ["q"]),
      unit("q", [], ["p"]),
    ]);
    expect(order.cycles).toEqual([
      ["x", "y"],
      ["p", "q"],
    ]);
    expect(order.layers).toEqual([
      ["x", "p"],
      ["y", "q"],
    ]);
  });

  it("ignores dependencies on units that are not in the plan and refuses repeated keys", () => {
    expect(orderUnits([unit("a", [], ["ghost"])]).layers).toEqual([["a"]]);
    expect(() => orderUnits([unit("a"), unit("a")])).toThrow(/unique/);
  });
});

describe("workersForLayer", () => {
  const spread = [
    unit("a", ["src/a/x.ts"]),
    unit("b", ["src/b/x.ts"]),
    unit("c", ["src/c/x.ts"]),
    unit("d", ["src/d/x.ts"]),
  ];

  it("runs as many as allowed when units share no directory", () => {
    expect(workersForLayer(["a", "b", "c", "d"], spread, 8)).toBe(4);
    expect(workersForLayer(["a", "b", "c", "d"], spread, 3)).toBe(3);
    expect(directoryShare(spread)).toBe(0);
  });

  it("does not count the repository root as a shared directory", () => {
    const root = [unit("a", ["README.md"]), unit("b", ["package.json"])];
    expect(workersForLayer(root, root, 4)).toBe(2);
  });

  it("runs one at a time when every unit works in the same directory", () => {
    const crowded = ["a", "b", "c", "d"].map((key) => unit(key, [`src/views/${key}.tsx`]));
    expect(directoryShare(crowded)).toBe(1);
    expect(workersForLayer(crowded, crowded, 8)).toBe(1);
  });

  it("runs at most two when half the pairs or more share a directory", () => {
    const units = [
      unit("a", ["src/views/a.tsx"]),
      unit("b", ["src/views/b.tsx"]),
      unit("c", ["src/views/c.tsx", "lib/c.ts"]),
      unit("d", ["lib/d.ts"]),
    ];
    // Shared pairs: a-b, a-c, b-c, c-d = 4 of 6.
    expect(directoryShare(units)).toBeCloseTo(4 / 6);
    expect(workersForLayer(units, units, 8)).toBe(2);
  });

  it("takes one off per sharing pair when few share, but not below two", () => {
    const units = [
      unit("a", ["src/views/a.tsx"]),
      unit("b", ["src/views/b.tsx"]),
      unit("c", ["lib/c.ts"]),
      unit("d", ["docs/d.md"]),
      unit("e", ["scripts/e.mjs"]),
    ];
    expect(workersForLayer(units, units, 8)).toBe(4);
  });

  it("never goes below one", () => {
    expect(workersForLayer([], spread, 4)).toBe(1);
    expect(workersForLayer(["a"], spread, 0)).toBe(1);
    expect(workersForLayer(["unknown"], spread, 4)).toBe(1);
  });
});
