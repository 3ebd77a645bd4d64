/**
 * `npm run eval`: the engine's figures on the development half (tuned on), the frozen test
 * half (never tuned on: the figure to report) and the old set, side by side.
 * `npm run eval -- --failures dev` also lists the development half's failures; the test
 * half's are never printed, so nothing is tuned on them.
 */
import { join } from "node:path";
import { createEngine } from "../../src/engine/engine.ts";
import { loadKnowledge } from "../../src/knowledge/loader.ts";
import { loadEvalSet, report, runEval, summaryLine, tally } from "./run.ts";

const engine = createEngine(loadKnowledge());
const sets = {
  dev: join(import.meta.dirname, "dev.yaml"),
  test: join(import.meta.dirname, "test.yaml"),
  dev2: join(import.meta.dirname, "dev2.yaml"),
  test2: join(import.meta.dirname, "test2.yaml"),
  dev3: join(import.meta.dirname, "dev3.yaml"),
  test3: join(import.meta.dirname, "test3.yaml"),
  dev4: join(import.meta.dirname, "dev4.yaml"),
  test4: join(import.meta.dirname, "test4.yaml"),
  dev5: join(import.meta.dirname, "dev5.yaml"),
  test5: join(import.meta.dirname, "test5.yaml"),
  dev6: join(import.meta.dirname, "dev6.yaml"),
  test6: join(import.meta.dirname, "test6.yaml"),
  dev7: join(import.meta.dirname, "dev7.yaml"),
  test7: join(import.meta.dirname, "test7.yaml"),
  dev8: join(import.meta.dirname, "dev8.yaml"),
  test8: join(import.meta.dirname, "test8.yaml"),
  dev9: join(import.meta.dirname, "dev9.yaml"),
  test9: join(import.meta.dirname, "test9.yaml"),
  dev10: join(import.meta.dirname, "dev10.yaml"),
  test10: join(import.meta.dirname, "test10.yaml"),
  dev11: join(import.meta.dirname, "dev11.yaml"),
  test11: join(import.meta.dirname, "test11.yaml"),
  dev12: join(import.meta.dirname, "dev12.yaml"),
  test12: join(import.meta.dirname, "test12.yaml"),
  dev13: join(import.meta.dirname, "dev13.yaml"),
  test13: join(import.meta.dirname, "test13.yaml"),
  dev14: join(import.meta.dirname, "dev14.yaml"),
  test14: join(import.meta.dirname, "test14.yaml"),
  dev15: join(import.meta.dirname, "dev15.yaml"),
  test15: join(import.meta.dirname, "test15.yaml"),
  dev16: join(import.meta.dirname, "dev16.yaml"),
  test16: join(import.meta.dirname, "test16.yaml"),
  dev17: join(import.meta.dirname, "dev17.yaml"),
  test17: join(import.meta.dirname, "test17.yaml"),
  dev18: join(import.meta.dirname, "dev18.yaml"),
  test18: join(import.meta.dirname, "test18.yaml"),
  dev19: join(import.meta.dirname, "dev19.yaml"),
  test19: join(import.meta.dirname, "test19.yaml"),
  dev20: join(import.meta.dirname, "dev20.yaml"),
  test20: join(import.meta.dirname, "test20.yaml"),
  dev21: join(import.meta.dirname, "dev21.yaml"),
  test21: join(import.meta.dirname, "test21.yaml"),
  dev22: join(import.meta.dirname, "dev22.yaml"),
  test22: join(import.meta.dirname, "test22.yaml"),
  dev23: join(import.meta.dirname, "dev23.yaml"),
  test23: join(import.meta.dirname, "test23.yaml"),
  dev24: join(import.meta.dirname, "dev24.yaml"),
  test24: join(import.meta.dirname, "test24.yaml"),
  dev25: join(import.meta.dirname, "dev25.yaml"),
  test25: join(import.meta.dirname, "test25.yaml"),
  dev26: join(import.meta.dirname, "dev26.yaml"),
  test26: join(import.meta.dirname, "test26.yaml"),
  dev27: join(import.meta.dirname, "dev27.yaml"),
  test27: join(import.meta.dirname, "test27.yaml"),
  dev28: join(import.meta.dirname, "dev28.yaml"),
  test28: join(import.meta.dirname, "test28.yaml"),
  dev29: join(import.meta.dirname, "dev29.yaml"),
  test29: join(import.meta.dirname, "test29.yaml"),
  dev30: join(import.meta.dirname, "dev30.yaml"),
  test30: join(import.meta.dirname, "test30.yaml"),
  dev31: join(import.meta.dirname, "dev31.yaml"),
  test31: join(import.meta.dirname, "test31.yaml"),
  dev32: join(import.meta.dirname, "dev32.yaml"),
  test32: join(import.meta.dirname, "test32.yaml"),
  dev33: join(import.meta.dirname, "dev33.yaml"),
  test33: join(import.meta.dirname, "test33.yaml"),
  dev34: join(import.meta.dirname, "dev34.yaml"),
  test34: join(import.meta.dirname, "test34.yaml"),
  dev35: join(import.meta.dirname, "dev35.yaml"),
  test35: join(import.meta.dirname, "test35.yaml"),
  dev36: join(import.meta.dirname, "dev36.yaml"),
  test36: join(import.meta.dirname, "test36.yaml"),
  dev37: join(import.meta.dirname, "dev37.yaml"),
  test37: join(import.meta.dirname, "test37.yaml"),
  dev38: join(import.meta.dirname, "dev38.yaml"),
  test38: join(import.meta.dirname, "test38.yaml"),
  dev39: join(import.meta.dirname, "dev39.yaml"),
  test39: join(import.meta.dirname, "test39.yaml"),
  dev40: join(import.meta.dirname, "dev40.yaml"),
  test40: join(import.meta.dirname, "test40.yaml"),
  dev41: join(import.meta.dirname, "dev41.yaml"),
  test41: join(import.meta.dirname, "test41.yaml"),
  dev42: join(import.meta.dirname, "dev42.yaml"),
  test42: join(import.meta.dirname, "test42.yaml"),
  dev43: join(import.meta.dirname, "dev43.yaml"),
  test43: join(import.meta.dirname, "test43.yaml"),
  dev44: join(import.meta.dirname, "dev44.yaml"),
  test44: join(import.meta.dirname, "test44.yaml"),
  dev45: join(import.meta.dirname, "dev45.yaml"),
  test45: join(import.meta.dirname, "test45.yaml"),
  old: join(import.meta.dirname, "questions.yaml"),
};
const show = process.argv.includes("--failures")
  ? process.argv[process.argv.indexOf("--failures") + 1]
  : undefined;
for (const [name, file] of Object.entries(sets)) {
  const result = runEval(engine, loadEvalSet(file));
  if (show === name && !name.startsWith("test")) process.stdout.write(`${report(result)}\n`);
  process.stdout.write(`${summaryLine(name, tally(result))}\n`);
}
