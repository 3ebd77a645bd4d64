import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEvalSet, report, runEval, tally } from "./eval/run.ts";
import { realEngine } from "./helpers.ts";

/**
 * Floors under the evaluation figures, so that a change that answers fewer questions right,
 * more with a wrong fact, or an out-of-scope question, fails. The development half is tuned
 * on; the frozen test half never is (its questions are not read to tune, only scored here).
 */
const FLOORS = {
  dev: { right: 0.62, wrongAtMost: 17, outOfScopeAnswered: 0 },
  test: { right: 0.45, wrongAtMost: 20, outOfScopeAnswered: 2 },
  dev2: { right: 0.47, wrongAtMost: 12, outOfScopeAnswered: 4 },
  test2: { right: 0.45, wrongAtMost: 11, outOfScopeAnswered: 3 },
  dev3: { right: 0.5, wrongAtMost: 19, outOfScopeAnswered: 10 },
  test3: { right: 0.5, wrongAtMost: 12, outOfScopeAnswered: 7 },
  dev4: { right: 0.4, wrongAtMost: 18, outOfScopeAnswered: 3 },
  test4: { right: 0.42, wrongAtMost: 19, outOfScopeAnswered: 4 },
  dev5: { right: 0.48, wrongAtMost: 7, outOfScopeAnswered: 4 },
  test5: { right: 0.35, wrongAtMost: 17, outOfScopeAnswered: 5 },
  dev6: { right: 0.5, wrongAtMost: 13, outOfScopeAnswered: 4 },
  test6: { right: 0.42, wrongAtMost: 15, outOfScopeAnswered: 2 },
  dev7: { right: 0.54, wrongAtMost: 13, outOfScopeAnswered: 3 },
  test7: { right: 0.45, wrongAtMost: 14, outOfScopeAnswered: 3 },
  dev8: { right: 0.58, wrongAtMost: 19, outOfScopeAnswered: 4 },
  test8: { right: 0.55, wrongAtMost: 16, outOfScopeAnswered: 2 },
  dev9: { right: 0.46, wrongAtMost: 15, outOfScopeAnswered: 2 },
  test9: { right: 0.42, wrongAtMost: 19, outOfScopeAnswered: 2 },
  dev10: { right: 0.54, wrongAtMost: 16, outOfScopeAnswered: 2 },
  test10: { right: 0.42, wrongAtMost: 14, outOfScopeAnswered: 2 },
  dev11: { right: 0.61, wrongAtMost: 12, outOfScopeAnswered: 2 },
  test11: { right: 0.65, wrongAtMost: 13, outOfScopeAnswered: 2 },
  dev12: { right: 0.57, wrongAtMost: 12, outOfScopeAnswered: 3 },
  test12: { right: 0.6, wrongAtMost: 15, outOfScopeAnswered: 3 },
  dev13: { right: 0.61, wrongAtMost: 9, outOfScopeAnswered: 3 },
  test13: { right: 0.59, wrongAtMost: 16, outOfScopeAnswered: 6 },
  dev14: { right: 0.4, wrongAtMost: 16, outOfScopeAnswered: 5 },
  test14: { right: 0.5, wrongAtMost: 12, outOfScopeAnswered: 2 },
  dev15: { right: 0.55, wrongAtMost: 16, outOfScopeAnswered: 5 },
  test15: { right: 0.62, wrongAtMost: 15, outOfScopeAnswered: 5 },
  dev16: { right: 0.58, wrongAtMost: 10, outOfScopeAnswered: 3 },
  test16: { right: 0.58, wrongAtMost: 12, outOfScopeAnswered: 4 },
  dev17: { right: 0.63, wrongAtMost: 13, outOfScopeAnswered: 2 },
  test17: { right: 0.53, wrongAtMost: 10, outOfScopeAnswered: 3 },
  dev18: { right: 0.57, wrongAtMost: 13, outOfScopeAnswered: 5 },
  test18: { right: 0.54, wrongAtMost: 15, outOfScopeAnswered: 5 },
  dev19: { right: 0.6, wrongAtMost: 21, outOfScopeAnswered: 4 },
  test19: { right: 0.7, wrongAtMost: 15, outOfScopeAnswered: 4 },
  dev20: { right: 0.58, wrongAtMost: 15, outOfScopeAnswered: 5 },
  test20: { right: 0.59, wrongAtMost: 16, outOfScopeAnswered: 6 },
  dev21: { right: 0.54, wrongAtMost: 13, outOfScopeAnswered: 2 },
  test21: { right: 0.44, wrongAtMost: 15, outOfScopeAnswered: 7 },
  dev22: { right: 0.55, wrongAtMost: 14, outOfScopeAnswered: 2 },
  test22: { right: 0.66, wrongAtMost: 13, outOfScopeAnswered: 3 },
  dev23: { right: 0.55, wrongAtMost: 13, outOfScopeAnswered: 3 },
  test23: { right: 0.55, wrongAtMost: 8, outOfScopeAnswered: 2 },
  dev24: { right: 0.53, wrongAtMost: 7, outOfScopeAnswered: 3 },
  test24: { right: 0.5, wrongAtMost: 15, outOfScopeAnswered: 3 },
  dev25: { right: 0.65, wrongAtMost: 8, outOfScopeAnswered: 5 },
  test25: { right: 0.62, wrongAtMost: 10, outOfScopeAnswered: 3 },
  dev26: { right: 0.62, wrongAtMost: 9, outOfScopeAnswered: 3 },
  test26: { right: 0.58, wrongAtMost: 9, outOfScopeAnswered: 2 },
  dev27: { right: 0.5, wrongAtMost: 9, outOfScopeAnswered: 1 },
  test27: { right: 0.48, wrongAtMost: 11, outOfScopeAnswered: 3 },
  dev28: { right: 0.77, wrongAtMost: 7, outOfScopeAnswered: 3 },
  test28: { right: 0.75, wrongAtMost: 6, outOfScopeAnswered: 1 },
  dev29: { right: 0.58, wrongAtMost: 6, outOfScopeAnswered: 1 },
  test29: { right: 0.5, wrongAtMost: 8, outOfScopeAnswered: 3 },
  dev30: { right: 0.72, wrongAtMost: 9, outOfScopeAnswered: 2 },
  test30: { right: 0.66, wrongAtMost: 15, outOfScopeAnswered: 5 },
  dev31: { right: 0.73, wrongAtMost: 13, outOfScopeAnswered: 3 },
  test31: { right: 0.62, wrongAtMost: 14, outOfScopeAnswered: 6 },
  dev32: { right: 0.72, wrongAtMost: 10, outOfScopeAnswered: 4 },
  test32: { right: 0.67, wrongAtMost: 7, outOfScopeAnswered: 3 },
  dev33: { right: 0.52, wrongAtMost: 7, outOfScopeAnswered: 3 },
  test33: { right: 0.63, wrongAtMost: 7, outOfScopeAnswered: 6 },
  dev34: { right: 0.73, wrongAtMost: 7, outOfScopeAnswered: 4 },
  test34: { right: 0.73, wrongAtMost: 12, outOfScopeAnswered: 7 },
  dev35: { right: 0.66, wrongAtMost: 15, outOfScopeAnswered: 6 },
  test35: { right: 0.72, wrongAtMost: 12, outOfScopeAnswered: 8 },
  dev36: { right: 0.54, wrongAtMost: 9, outOfScopeAnswered: 5 },
  test36: { right: 0.57, wrongAtMost: 13, outOfScopeAnswered: 10 },
  dev37: { right: 0.74, wrongAtMost: 8, outOfScopeAnswered: 5 },
  test37: { right: 0.73, wrongAtMost: 9, outOfScopeAnswered: 5 },
  dev38: { right: 0.62, wrongAtMost: 4, outOfScopeAnswered: 2 },
  test38: { right: 0.63, wrongAtMost: 7, outOfScopeAnswered: 3 },
  dev39: { right: 0.75, wrongAtMost: 12, outOfScopeAnswered: 7 },
  test39: { right: 0.81, wrongAtMost: 8, outOfScopeAnswered: 6 },
  dev40: { right: 0.72, wrongAtMost: 6, outOfScopeAnswered: 4 },
  test40: { right: 0.74, wrongAtMost: 7, outOfScopeAnswered: 6 },
  dev41: { right: 0.66, wrongAtMost: 9, outOfScopeAnswered: 4 },
  test41: { right: 0.74, wrongAtMost: 6, outOfScopeAnswered: 3 },
  dev42: { right: 0.85, wrongAtMost: 4, outOfScopeAnswered: 0 },
  test42: { right: 0.66, wrongAtMost: 12, outOfScopeAnswered: 3 },
  dev43: { right: 0.65, wrongAtMost: 2, outOfScopeAnswered: 1 },
  test43: { right: 0.54, wrongAtMost: 9, outOfScopeAnswered: 3 },
  dev44: { right: 0.62, wrongAtMost: 11, outOfScopeAnswered: 6 },
  test44: { right: 0.67, wrongAtMost: 4, outOfScopeAnswered: 3 },
  dev45: { right: 0.81, wrongAtMost: 3, outOfScopeAnswered: 0 },
  test45: { right: 0.73, wrongAtMost: 6, outOfScopeAnswered: 5 },
  dev46: { right: 0.67, wrongAtMost: 14, outOfScopeAnswered: 3 },
  test46: { right: 0.68, wrongAtMost: 18, outOfScopeAnswered: 4 },
  dev47: { right: 0.67, wrongAtMost: 7, outOfScopeAnswered: 3 },
  test47: { right: 0.54, wrongAtMost: 7, outOfScopeAnswered: 3 },
  dev48: { right: 0.78, wrongAtMost: 6, outOfScopeAnswered: 4 },
  test48: { right: 0.73, wrongAtMost: 6, outOfScopeAnswered: 3 },
  dev49: { right: 0.85, wrongAtMost: 4, outOfScopeAnswered: 4 },
  test49: { right: 0.79, wrongAtMost: 11, outOfScopeAnswered: 5 },
  dev50: { right: 0.63, wrongAtMost: 6, outOfScopeAnswered: 4 },
  test50: { right: 0.77, wrongAtMost: 11, outOfScopeAnswered: 6 },
  dev51: { right: 0.49, wrongAtMost: 3, outOfScopeAnswered: 1 },
  test51: { right: 0.51, wrongAtMost: 6, outOfScopeAnswered: 4 },
  dev52: { right: 0.68, wrongAtMost: 11, outOfScopeAnswered: 6 },
  test52: { right: 0.63, wrongAtMost: 5, outOfScopeAnswered: 3 },
  old: { right: 0.68, wrongAtMost: 28, outOfScopeAnswered: 2 },
};

const sets = {
  dev: join(import.meta.dirname, "eval", "dev.yaml"),
  test: join(import.meta.dirname, "eval", "test.yaml"),
  dev2: join(import.meta.dirname, "eval", "dev2.yaml"),
  test2: join(import.meta.dirname, "eval", "test2.yaml"),
  dev3: join(import.meta.dirname, "eval", "dev3.yaml"),
  test3: join(import.meta.dirname, "eval", "test3.yaml"),
  dev4: join(import.meta.dirname, "eval", "dev4.yaml"),
  test4: join(import.meta.dirname, "eval", "test4.yaml"),
  dev5: join(import.meta.dirname, "eval", "dev5.yaml"),
  test5: join(import.meta.dirname, "eval", "test5.yaml"),
  dev6: join(import.meta.dirname, "eval", "dev6.yaml"),
  test6: join(import.meta.dirname, "eval", "test6.yaml"),
  dev7: join(import.meta.dirname, "eval", "dev7.yaml"),
  test7: join(import.meta.dirname, "eval", "test7.yaml"),
  dev8: join(import.meta.dirname, "eval", "dev8.yaml"),
  test8: join(import.meta.dirname, "eval", "test8.yaml"),
  dev9: join(import.meta.dirname, "eval", "dev9.yaml"),
  test9: join(import.meta.dirname, "eval", "test9.yaml"),
  dev10: join(import.meta.dirname, "eval", "dev10.yaml"),
  test10: join(import.meta.dirname, "eval", "test10.yaml"),
  dev11: join(import.meta.dirname, "eval", "dev11.yaml"),
  test11: join(import.meta.dirname, "eval", "test11.yaml"),
  dev12: join(import.meta.dirname, "eval", "dev12.yaml"),
  test12: join(import.meta.dirname, "eval", "test12.yaml"),
  dev13: join(import.meta.dirname, "eval", "dev13.yaml"),
  test13: join(import.meta.dirname, "eval", "test13.yaml"),
  dev14: join(import.meta.dirname, "eval", "dev14.yaml"),
  test14: join(import.meta.dirname, "eval", "test14.yaml"),
  dev15: join(import.meta.dirname, "eval", "dev15.yaml"),
  test15: join(import.meta.dirname, "eval", "test15.yaml"),
  dev16: join(import.meta.dirname, "eval", "dev16.yaml"),
  test16: join(import.meta.dirname, "eval", "test16.yaml"),
  dev17: join(import.meta.dirname, "eval", "dev17.yaml"),
  test17: join(import.meta.dirname, "eval", "test17.yaml"),
  dev18: join(import.meta.dirname, "eval", "dev18.yaml"),
  test18: join(import.meta.dirname, "eval", "test18.yaml"),
  dev19: join(import.meta.dirname, "eval", "dev19.yaml"),
  test19: join(import.meta.dirname, "eval", "test19.yaml"),
  dev20: join(import.meta.dirname, "eval", "dev20.yaml"),
  test20: join(import.meta.dirname, "eval", "test20.yaml"),
  dev21: join(import.meta.dirname, "eval", "dev21.yaml"),
  test21: join(import.meta.dirname, "eval", "test21.yaml"),
  dev22: join(import.meta.dirname, "eval", "dev22.yaml"),
  test22: join(import.meta.dirname, "eval", "test22.yaml"),
  dev23: join(import.meta.dirname, "eval", "dev23.yaml"),
  test23: join(import.meta.dirname, "eval", "test23.yaml"),
  dev24: join(import.meta.dirname, "eval", "dev24.yaml"),
  test24: join(import.meta.dirname, "eval", "test24.yaml"),
  dev25: join(import.meta.dirname, "eval", "dev25.yaml"),
  test25: join(import.meta.dirname, "eval", "test25.yaml"),
  dev26: join(import.meta.dirname, "eval", "dev26.yaml"),
  test26: join(import.meta.dirname, "eval", "test26.yaml"),
  dev27: join(import.meta.dirname, "eval", "dev27.yaml"),
  test27: join(import.meta.dirname, "eval", "test27.yaml"),
  dev28: join(import.meta.dirname, "eval", "dev28.yaml"),
  test28: join(import.meta.dirname, "eval", "test28.yaml"),
  dev29: join(import.meta.dirname, "eval", "dev29.yaml"),
  test29: join(import.meta.dirname, "eval", "test29.yaml"),
  dev30: join(import.meta.dirname, "eval", "dev30.yaml"),
  test30: join(import.meta.dirname, "eval", "test30.yaml"),
  dev31: join(import.meta.dirname, "eval", "dev31.yaml"),
  test31: join(import.meta.dirname, "eval", "test31.yaml"),
  dev32: join(import.meta.dirname, "eval", "dev32.yaml"),
  test32: join(import.meta.dirname, "eval", "test32.yaml"),
  dev33: join(import.meta.dirname, "eval", "dev33.yaml"),
  test33: join(import.meta.dirname, "eval", "test33.yaml"),
  dev34: join(import.meta.dirname, "eval", "dev34.yaml"),
  test34: join(import.meta.dirname, "eval", "test34.yaml"),
  dev35: join(import.meta.dirname, "eval", "dev35.yaml"),
  test35: join(import.meta.dirname, "eval", "test35.yaml"),
  dev36: join(import.meta.dirname, "eval", "dev36.yaml"),
  test36: join(import.meta.dirname, "eval", "test36.yaml"),
  dev37: join(import.meta.dirname, "eval", "dev37.yaml"),
  test37: join(import.meta.dirname, "eval", "test37.yaml"),
  dev38: join(import.meta.dirname, "eval", "dev38.yaml"),
  test38: join(import.meta.dirname, "eval", "test38.yaml"),
  dev39: join(import.meta.dirname, "eval", "dev39.yaml"),
  test39: join(import.meta.dirname, "eval", "test39.yaml"),
  dev40: join(import.meta.dirname, "eval", "dev40.yaml"),
  test40: join(import.meta.dirname, "eval", "test40.yaml"),
  dev41: join(import.meta.dirname, "eval", "dev41.yaml"),
  test41: join(import.meta.dirname, "eval", "test41.yaml"),
  dev42: join(import.meta.dirname, "eval", "dev42.yaml"),
  test42: join(import.meta.dirname, "eval", "test42.yaml"),
  dev43: join(import.meta.dirname, "eval", "dev43.yaml"),
  test43: join(import.meta.dirname, "eval", "test43.yaml"),
  dev44: join(import.meta.dirname, "eval", "dev44.yaml"),
  test44: join(import.meta.dirname, "eval", "test44.yaml"),
  dev45: join(import.meta.dirname, "eval", "dev45.yaml"),
  test45: join(import.meta.dirname, "eval", "test45.yaml"),
  dev46: join(import.meta.dirname, "eval", "dev46.yaml"),
  test46: join(import.meta.dirname, "eval", "test46.yaml"),
  dev47: join(import.meta.dirname, "eval", "dev47.yaml"),
  test47: join(import.meta.dirname, "eval", "test47.yaml"),
  dev48: join(import.meta.dirname, "eval", "dev48.yaml"),
  test48: join(import.meta.dirname, "eval", "test48.yaml"),
  dev49: join(import.meta.dirname, "eval", "dev49.yaml"),
  test49: join(import.meta.dirname, "eval", "test49.yaml"),
  dev50: join(import.meta.dirname, "eval", "dev50.yaml"),
  test50: join(import.meta.dirname, "eval", "test50.yaml"),
  dev51: join(import.meta.dirname, "eval", "dev51.yaml"),
  test51: join(import.meta.dirname, "eval", "test51.yaml"),
  dev52: join(import.meta.dirname, "eval", "dev52.yaml"),
  test52: join(import.meta.dirname, "eval", "test52.yaml"),
  old: join(import.meta.dirname, "eval", "questions.yaml"),
};

for (const [name, file] of Object.entries(sets) as Array<[keyof typeof sets, string]>) {
  describe(`evaluation set: ${name}`, () => {
    const items = loadEvalSet(file);
    const result = runEval(realEngine(), items);
    const t = tally(result);
    const floor = FLOORS[name];

    it("has realistic questions in Dutch and English, including out-of-scope ones", () => {
      // The second and third sets are half the size of the first: 240 questions each, split in two;
      // the fourth 189 (200 less 11 on topics only the general guidance covers); the fifth,
      // sixth to fifty-second 200.
      const size = /(?:[2356789]|1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-2])$/.test(name)
        ? 100
        : name.endsWith("4")
          ? 90
          : 200;
      expect(items.length).toBeGreaterThanOrEqual(size);
      expect(items.filter((i) => i.lang === "en").length).toBeGreaterThanOrEqual(size / 5);
      expect(items.filter((i) => !i.answered).length).toBeGreaterThanOrEqual(size / 10);
    });

    it(`answers at least ${floor.right * 100} % right and at most ${floor.wrongAtMost} with a wrong fact`, () => {
      // The test half's failures are never printed: nothing is tuned on them.
      const shown = name.startsWith("test") ? "" : report(result);
      expect(result.accuracy, shown).toBeGreaterThanOrEqual(floor.right);
      expect(t.wrong, shown).toBeLessThanOrEqual(floor.wrongAtMost);
    });

    it("refuses out-of-scope questions", () => {
      expect(t.outOfScope - t.outOfScopeRefused).toBeLessThanOrEqual(floor.outOfScopeAnswered);
    });

    it("never counts a question back as an answer", () => {
      for (const r of result.results)
        if (r.answer.intent === "clarify") expect(r.answer.answered, r.item.q).toBe(false);
    });
  });
}
