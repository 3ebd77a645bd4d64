/** `npm run eval`: prints the evaluation report. */
import { createEngine } from "../../src/engine/engine.ts";
import { loadKnowledge } from "../../src/knowledge/loader.ts";
import { loadEvalSet, report, runEval } from "./run.ts";

const result = runEval(createEngine(loadKnowledge()), loadEvalSet());
process.stdout.write(`${report(result)}\n`);
