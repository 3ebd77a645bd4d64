/**
 * Runs the evaluation set against the engine and scores it. Used by the test suite (which
 * fails below the required accuracy) and by `npm run eval` (which prints the report).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Engine } from "../../src/engine/engine.ts";
import { normalize, normalizeAsWritten } from "../../src/engine/text.ts";
import type { Answer } from "../../src/engine/types.ts";

const itemSchema = z.strictObject({
  id: z.string().optional(),
  q: z.string(),
  region: z.string().nullable().optional(),
  lang: z.enum(["nl", "en"]),
  answered: z.boolean(),
  expect: z.array(z.union([z.string(), z.array(z.string())])).optional(),
  sources: z.array(z.string()).optional(),
});
export type EvalItem = z.infer<typeof itemSchema>;

export function loadEvalSet(file = join(import.meta.dirname, "questions.yaml")): EvalItem[] {
  return z.strictObject({ items: z.array(itemSchema).min(1) }).parse(parse(readFileSync(file, "utf8"))).items;
}

export interface EvalResult {
  item: EvalItem;
  answer: Answer;
  problems: string[];
}

/** What is wrong with an answer, judged as a user would: answered or not, language, facts, sources. */
export function judge(item: EvalItem, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.answered !== item.answered)
    problems.push(`answered is ${answer.answered}, expected ${item.answered}`);
  if (answer.language !== item.lang) problems.push(`language is ${answer.language}, expected ${item.lang}`);
  // Both sides the same way: "OM" read as "Openbaar Ministerie", or both as written ("OM en Halt").
  const text = normalize(answer.answer);
  const written = normalizeAsWritten(answer.answer);
  // (As written, on word boundaries: an expected "OM" is not the "om" in "bijeenkomst".)
  const holds = (o: string) => text.includes(normalize(o)) || wholeWords(written, normalizeAsWritten(o));
  for (const e of item.expect ?? []) {
    const options = Array.isArray(e) ? e : [e];
    if (!options.some(holds)) problems.push(`missing "${options.join('" or "')}"`);
  }
  for (const s of item.sources ?? []) {
    if (!answer.sources.some((x) => x.covenant === s)) problems.push(`no source from ${s}`);
  }
  return problems;
}

export function runEval(
  engine: Engine,
  items: EvalItem[],
): { results: EvalResult[]; accuracy: number; outOfScopeAnswered: EvalResult[] } {
  const results = items.map((item) => {
    const answer = engine.ask(item.q, { region: item.region ?? null });
    return { item, answer, problems: judge(item, answer) };
  });
  const correct = results.filter((r) => r.problems.length === 0).length;
  return {
    results,
    accuracy: correct / results.length,
    outOfScopeAnswered: results.filter((r) => !r.item.answered && r.answer.answered),
  };
}

/** How the answers went, as a user would count them. */
export interface Tally {
  total: number;
  correct: number;
  /** Answered with confidence but built on the wrong fact (or answered what the covenants do not say). */
  wrong: number;
  /** Not answered although the covenants do: "weet ik niet" or a question back. */
  notAnswered: number;
  /** Of those not answered (in or out of scope): answered with a question back. */
  askedBack: number;
  outOfScope: number;
  outOfScopeRefused: number;
}

export function tally(r: ReturnType<typeof runEval>): Tally {
  const t: Tally = {
    total: 0,
    correct: 0,
    wrong: 0,
    notAnswered: 0,
    askedBack: 0,
    outOfScope: 0,
    outOfScopeRefused: 0,
  };
  for (const x of r.results) {
    t.total++;
    if (!x.answer.answered && (x.answer.intent === "clarify" || x.answer.unanswered === "asked-back"))
      t.askedBack++;
    if (!x.item.answered) {
      t.outOfScope++;
      if (!x.answer.answered) t.outOfScopeRefused++;
    }
    if (x.problems.length === 0) t.correct++;
    else if (x.answer.answered) t.wrong++;
    else t.notAnswered++;
  }
  return t;
}

export function summaryLine(name: string, t: Tally): string {
  const p = (n: number) => `${((100 * n) / t.total).toFixed(1)} %`;
  return `${name.padEnd(5)} ${String(t.total).padStart(3)} questions: right ${p(t.correct)} (${t.correct}), answered with a wrong fact ${p(t.wrong)} (${t.wrong}), not answered or asked back ${t.notAnswered} (asked back ${t.askedBack}), out of scope refused ${t.outOfScopeRefused}/${t.outOfScope}`;
}

export function report(r: ReturnType<typeof runEval>): string {
  const failed = r.results.filter((x) => x.problems.length > 0);
  const lines = failed.map(
    (f) =>
      `FAIL ${JSON.stringify(f.item.q)}${f.item.region ? ` [${f.item.region}]` : ""}: ${f.problems.join("; ")}`,
  );
  lines.push(
    `${r.results.length - failed.length} of ${r.results.length} correct (${(r.accuracy * 100).toFixed(1)} %); out-of-scope answered: ${r.outOfScopeAnswered.length}`,
  );
  return lines.join("\n");
}

/** Whether `phrase` stands in `text` as whole words. */
function wholeWords(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "u").test(text);
}
