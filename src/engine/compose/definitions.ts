/** "Wat is een trend?": a term from a covenant's glossary. */
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { result } from "./result.ts";

export function answerDefinition(ctx: Ctx, terms: Entity[]): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const inScope = terms.filter((e) => q.regions.length === 0 || q.regions.includes(e.region as string));
  const chosen = inScope.length > 0 ? inScope : terms;
  const facts: string[] = [];
  const sources: Source[] = [];
  for (const e of chosen) {
    const region = kb.region(e.region as string);
    const d = region.covenant.definitions.find((x) => x.term === e.label);
    if (!d) continue;
    facts.push(
      chosen.length > 1
        ? `${d.term} (${region.name}): ${d[lang]}`
        : t(
            lang,
            `${d.term} betekent in ${region.covenant.short}: ${d[lang]}`,
            `In ${region.covenant.short}, "${d.term}" means: ${d[lang]}`,
          ),
    );
    sources.push({
      covenant: region.id,
      ref: d.ref,
      title: t(lang, `Definitie ${d.term}`, `Definition of ${d.term}`),
    });
  }
  if (chosen.length > 1)
    facts.unshift(
      t(lang, "De convenanten omschrijven dit verschillend:", "The covenants define this differently:"),
    );
  return result(ctx, {
    intent: "definition",
    facts,
    sources,
    confidence: 0.9,
    regions: [...new Set(chosen.map((e) => e.region as string))],
  });
}
