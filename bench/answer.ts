/**
 * Benchmark of the answering engine: knowledge-base load time, engine build time, memory, and
 * answer latency (p50/p99) on the real knowledge base and on a generated national-scale one.
 * Run with `npm run bench`. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, type Engine } from "../src/engine/engine.ts";
import { loadKnowledge } from "../src/knowledge/loader.ts";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";
import { prepareDetector } from "../src/signals/pii.ts";
import { loadEvalSet } from "../tests/eval/run.ts";
import { writeNationalKnowledge } from "./national.ts";

const gc = (globalThis as { gc?: () => void }).gc;
function heapMiB(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
async function timeAsync(f: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

interface Latency {
  p50: number;
  p99: number;
  n: number;
  /** p99 of the first pass over the questions, and of the passes after it. */
  first: number;
  later: number;
}

function latency(
  engine: Engine,
  questions: Array<{ q: string; region: string | null }>,
  rounds: number,
): Latency {
  for (const x of questions.slice(0, 50)) engine.ask(x.q, { region: x.region }); // warm-up
  const passes: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    const pass: number[] = [];
    for (const x of questions) {
      const t = performance.now();
      engine.ask(x.q, { region: x.region });
      pass.push(performance.now() - t);
    }
    passes.push(pass);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const samples = sorted(passes.flat());
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    n: samples.length,
    first: percentile(sorted(passes[0] ?? []), 99),
    later: percentile(sorted(passes.slice(1).flat()), 99),
  };
}

function report(label: string, load: number, build: number, heap: number, lat: Latency, extra: string): void {
  console.log(`${label}: ${extra}`);
  console.log(
    `  load ${load.toFixed(0)} ms, engine build ${build.toFixed(0)} ms, heap after load+build ${heap.toFixed(1)} MiB`,
  );
  console.log(
    `  answer latency over ${lat.n} questions: p50 ${lat.p50.toFixed(2)} ms, p99 ${lat.p99.toFixed(2)} ms (first pass p99 ${lat.first.toFixed(2)} ms, later passes p99 ${lat.later.toFixed(2)} ms)`,
  );
}

const heap0 = heapMiB();
const [real, realLoad] = time(() => loadKnowledge());
const [realEngine, realBuild] = time(() => createEngine(real));
const realHeap = heapMiB() - heap0;
// The server reads the word lists (typo correction, the personal-data check) and prepares the
// engine right after it starts listening, not while the first asker waits: so does the
// benchmark, before it measures.
const prepared = await timeAsync(async () => {
  prepareDetector();
  await realEngine.prepare();
});
console.log(
  `prepared after start, as the server does (word lists, typo indexes, warm-up): ${prepared.toFixed(0)} ms`,
);
const evalQuestions = loadEvalSet().map((i) => ({ q: i.q, region: i.region ?? null }));
report(
  "real knowledge base",
  realLoad,
  realBuild,
  realHeap,
  latency(realEngine, evalQuestions, 10),
  `${real.regions.length} regions, ${evalQuestions.length} evaluation questions x 10`,
);

const dir = mkdtempSync(join(tmpdir(), "convenantbot-national-"));
try {
  const [schools, genTime] = time(() => writeNationalKnowledge(real, dir));
  // The first load validates the YAML and keeps a validated copy (in a fresh place, so the
  // first load is really the first); a restart reads that copy.
  process.env.KNOWLEDGE_CACHE_DIR = join(dir, ".validated");
  const [, coldLoad] = time(() => loadKnowledge(dir));
  const heap1 = heapMiB();
  const [national, natLoad] = time(() => loadKnowledge(dir) as KnowledgeBase);
  const [natEngine, natBuild] = time(() => createEngine(national));
  const natPrepare = await timeAsync(() => natEngine.prepare());
  const natHeap = heapMiB() - heap1;
  console.log(
    `national start: first load (validating the YAML) ${coldLoad.toFixed(0)} ms; restart from the validated copy ${natLoad.toFixed(0)} ms + engine build ${natBuild.toFixed(0)} ms = ${(natLoad + natBuild).toFixed(0)} ms; then prepared after start, as the server does, in ${natPrepare.toFixed(0)} ms`,
  );
  const sample = national.regions.filter((_, i) => i % 17 === 0);
  const questions = sample.flatMap((r) => {
    const s = r.schools[3];
    const typo = s ? (s.aliases[0] ?? "").replace(/(.)(.)$/, "$2$1") : "";
    return [
      { q: `wie is de wijkagent voor ${s?.name}?`, region: null },
      { q: `in welke wijk ligt ${typo}`, region: null },
      { q: "hoe vaak is het signaaloverleg?", region: r.id },
      { q: "mag ik camerabeelden delen met de politie?", region: r.id },
      { q: `hoe lang loopt het convenant van ${r.name}?`, region: null },
      { q: "wat wordt het weer morgen?", region: null },
    ];
  });
  report(
    "national-scale knowledge base",
    natLoad,
    natBuild,
    natHeap,
    latency(natEngine, questions, 20),
    `${national.regions.length} municipalities, ${schools} schools, ${national.regions.reduce((n, r) => n + r.covenant.provisions.length, 0)} provisions (generated in ${genTime.toFixed(0)} ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
