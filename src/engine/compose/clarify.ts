/** Questions back to the user when the question can be read in more than one way. */
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { t } from "../format.ts";
import type { Answer } from "../types.ts";
import { result } from "./result.ts";

/** Two or more entities fit the same words: ask which one is meant. */
export function clarifyEntities(ctx: Ctx, text: string, options: Entity[]): Answer {
  const { kb, q } = ctx;
  const labels = options.map((e) => (e.region ? `${e.label} (${kb.region(e.region).name})` : e.label));
  const question = t(q.lang, `Welke bedoel je met "${text}"?`, `Which one do you mean by "${text}"?`);
  const answer = result(ctx, {
    intent: "clarify",
    facts: [question, ...labels.map((l) => `- ${l}`)],
    sources: [],
    answered: false,
    confidence: 0.3,
    options: labels,
    regions: [...new Set(options.map((e) => e.region).filter((r): r is string => r !== null))],
  });
  return { ...answer, unanswered: "asked-back" };
}

/** The answer depends on the region and none is known. */
export function clarifyRegion(ctx: Ctx, question: string): Answer {
  const names = ctx.kb.kb.regions.map((r) => r.name);
  return result(ctx, {
    intent: "clarify",
    facts: [
      question,
      t(
        ctx.q.lang,
        `Ik ken de convenanten van ${names.join(", ")}.`,
        `I know the covenants of ${names.join(", ")}.`,
      ),
    ],
    sources: [],
    answered: false,
    confidence: 0.3,
    options: names,
    regions: [],
  });
}
