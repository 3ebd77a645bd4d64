import { describe, expect, it } from "vitest";
import { loadEvalSet, report, runEval } from "./eval/run.ts";
import { realEngine } from "./helpers.ts";

describe("evaluation set", () => {
  const items = loadEvalSet();
  const result = runEval(realEngine(), items);

  it("has at least 200 realistic questions, in Dutch and English, including out-of-scope ones", () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(items.filter((i) => i.lang === "en").length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => !i.answered).length).toBeGreaterThanOrEqual(20);
  });

  it("answers at least 95 % correctly", () => {
    console.info(report(result));
    expect(result.accuracy, report(result)).toBeGreaterThanOrEqual(0.95);
  });

  it("answers no out-of-scope question", () => {
    expect(result.outOfScopeAnswered.map((r) => r.item.q)).toEqual([]);
  });
});
