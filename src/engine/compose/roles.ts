/** "Wat doet de leerplichtambtenaar?": what a role or organisation does under each covenant. */
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { firstSentence, provisionSource, sourcesOf, t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { capitalise } from "./contacts.ts";
import { result } from "./result.ts";
import { unknownAnswer } from "./unknown.ts";

export function answerRole(ctx: Ctx, role: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const label = kb.roleLabel(role.id, lang);
  const described = kb.kb.regions
    .filter((r) => q.regions.length === 0 || q.regions.includes(r.id))
    .map((r) => ({ region: r, info: r.roles.find((x) => x.role === role.id) }))
    .filter((x) => x.info);
  if (described.length === 0) {
    if (q.regions.length === 0) return unknownAnswer(ctx);
    // No description of the role, but articles that involve it: quote those.
    const mentioned = q.regions.flatMap((id) => {
      const region = kb.region(id);
      return region.covenant.provisions.filter((p) => p.roles.includes(role.id)).map((p) => ({ region, p }));
    });
    if (mentioned.length > 0) {
      return result(ctx, {
        intent: "role",
        facts: [
          t(lang, `De ${label} komt in het convenant voor in:`, `The covenant mentions the ${label} in:`),
          ...mentioned.slice(0, 3).map(({ region, p }) => `- ${region.name}, ${p.ref}: ${p[lang]}`),
        ],
        sources: mentioned.slice(0, 3).map(({ region, p }) => provisionSource(region, p)),
        confidence: 0.75,
        regions: [...new Set(mentioned.map((m) => m.region.id))],
      });
    }
    const names = q.regions.map((r) => kb.region(r).name).join(", ");
    const elsewhere = kb.kb.regions.filter((r) => r.roles.some((x) => x.role === role.id)).map((r) => r.name);
    return result(ctx, {
      intent: "role",
      facts: [
        t(
          lang,
          `Het convenant van ${names} beschrijft geen taken voor de ${label}.${elsewhere.length ? ` Dat doen de convenanten van ${elsewhere.join(", ")} wel.` : ""}`,
          `The ${names} covenant describes no tasks for the ${label}.${elsewhere.length ? ` The covenants of ${elsewhere.join(", ")} do.` : ""}`,
        ),
      ],
      sources: [],
      answered: false,
      confidence: 0.4,
    });
  }
  const facts: string[] = [];
  const sources: Source[] = [];
  if (described.length === 1) {
    const { region, info } = described[0] as (typeof described)[number];
    facts.push(`${capitalise(label)} (${region.name}): ${info?.[lang]}`);
    sources.push(...sourcesOf(kb, info?.refs ?? []));
  } else {
    facts.push(t(lang, `${capitalise(label)} - per convenant:`, `${capitalise(label)} - per covenant:`));
    for (const { region, info } of described) {
      facts.push(`- ${region.name}: ${firstSentence(info?.[lang] ?? "")}`);
      sources.push(...sourcesOf(kb, (info?.refs ?? []).slice(0, 1)));
    }
  }
  return result(ctx, {
    intent: "role",
    facts,
    sources,
    confidence: described.length === 1 ? 0.9 : 0.8,
    regions: described.map((d) => d.region.id),
  });
}
