/** Assembles an Answer from its parts so every composer ends the same way. */
import type { Ctx } from "../context.ts";
import { citation } from "../format.ts";
import type { Answer, Intent, Source } from "../types.ts";

export interface Parts {
  intent: Intent;
  /** The fact(s), first in the answer. */
  facts: string[];
  sources: Source[];
  /** What to do next / whom to contact. */
  next?: string;
  answered?: boolean;
  confidence: number;
  regions?: string[];
  options?: string[];
  meetings?: string[];
}

export function result(ctx: Ctx, p: Parts): Answer {
  const lines = [...p.facts];
  const sources = dedupe(p.sources);
  if (sources.length > 0) lines.push(citation(ctx.kb, sources, ctx.q.lang));
  if (p.next) lines.push(p.next);
  return {
    answered: p.answered ?? true,
    answer: lines.join("\n"),
    sources: sources.map(({ covenant, ref, title }) => ({ covenant, ref, title })),
    confidence: Math.round(Math.max(0, Math.min(1, p.confidence)) * 100) / 100,
    language: ctx.q.lang,
    intent: p.intent,
    regions: p.regions ?? ctx.q.regions,
    ...(p.options ? { options: p.options } : {}),
    ...(p.meetings ? { meetings: p.meetings } : {}),
  };
}

function dedupe(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.covenant}|${s.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
