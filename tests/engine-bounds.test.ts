/**
 * Every question up to the maximum length is answered within a time and memory budget. Time is
 * the CPU time this process spends (user and system), not the wall clock: on a busy test
 * machine other processes (the parallel test files, the servers they start) take the cores for
 * long stretches, which says nothing about the engine. Each question is measured as the fastest
 * of three runs, so one garbage collection does not count either. Generated questions are held
 * against a baseline measured in the same run (an ordinary question of the maximum length), so
 * a slower machine moves both: what fails is a question that costs many times more.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../src/engine/engine.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

const BUDGET_MS = 50;

function fastest(question: string): number {
  const engine = realEngine();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage();
    engine.ask(question);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Words the engine knows, so that generated questions reach the fuzzy look-ups and the search. */
function knownWords(): string[] {
  const kb = realKnowledge();
  const text = [
    ...kb.vocabulary.topics.flatMap((t) => [...t.nl, ...t.en]),
    ...kb.vocabulary.roles.flatMap((r) => [r.nl, ...r.aliases]),
    ...kb.regions.flatMap((r) => [...r.schools.map((s) => s.name), ...r.wijken.map((w) => w.name)]),
    "wie is de wijkagent voor hoe vaak mag ik camerabeelden delen met politie",
  ].join(" ");
  return [...new Set(text.toLowerCase().split(/[^\p{L}]+/u))].filter((w) => w.length > 1);
}

describe("engine bounds", () => {
  it("answers a 999-character word without spaces at once, without a gigabyte", () => {
    const word = Array.from({ length: 999 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]).join("");
    realEngine().ask("warm-up");
    const heap = process.memoryUsage().heapUsed;
    const answer = realEngine().ask(word);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
    expect(answer.answered).toBe(false);
    expect(fastest(word)).toBeLessThan(BUDGET_MS);
  });

  it("refuses a question over the maximum length before reading it", () => {
    const answer = realEngine().ask("x".repeat(1_000_000));
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/te lang \(1000000 tekens; maximaal 1000\)/);
    expect(fastest("wie is de wijkagent ".repeat(50_000))).toBeLessThan(BUDGET_MS);
  });

  it("answers any question up to the maximum length within the budget", () => {
    const vocabulary = knownWords();
    const known = fc.constantFrom(...vocabulary);
    // A known word with a typo, or two known words typed together: the costly fuzzy paths.
    const typo = fc
      .tuple(known, fc.nat(), fc.constantFrom("", "e", "x"))
      .map(([w, i, c]) => w.slice(0, i % w.length) + c + w.slice((i % w.length) + 1));
    const joined = fc.tuple(known, known).map(([a, b]) => a + b);
    const longWord = fc.string({
      unit: fc.constantFrom("a", "b", "e", "n", "r"),
      minLength: 20,
      maxLength: 40,
    });
    const word = fc.oneof(known, typo, joined, longWord, fc.string({ maxLength: 12 }));
    const question = fc.oneof(
      fc
        .array(word, { minLength: 1, maxLength: 300, size: "max" })
        .map((ws) => ws.join(" ").slice(0, MAX_QUESTION_LENGTH)),
      fc
        .string({ unit: "grapheme", maxLength: MAX_QUESTION_LENGTH })
        .map((s) => s.slice(0, MAX_QUESTION_LENGTH)),
      fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e"), minLength: 900, maxLength: 999 }),
    );
    for (let i = 0; i < 5; i++) realEngine().ask(`hoe vaak is het signaaloverleg ${i}`);
    const ordinary =
      "wie is de wijkagent voor de klimboom en hoe vaak is het signaaloverleg in leiden mag ik camerabeelden delen met de politie "
        .repeat(10)
        .slice(0, MAX_QUESTION_LENGTH);
    const before = fastest(ordinary);
    let worst = 0;
    fc.assert(
      fc.property(question, (q) => {
        worst = Math.max(worst, fastest(q));
      }),
      { numRuns: 150 },
    );
    const baseline = Math.max(before, fastest(ordinary));
    expect(worst).toBeLessThan(Math.max(BUDGET_MS, 15 * baseline));
  });
});
