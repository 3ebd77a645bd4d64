/** The covenant itself: term, renewal, notice, evaluation, signatories, parties, dates. */
import type { RegionKnowledge } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { list, t } from "../format.ts";
import { normalize } from "../text.ts";
import type { Answer, Source } from "../types.ts";
import { result } from "./result.ts";

export type MetaAspect = "term" | "signatories" | "signed" | "evaluation" | "parties" | "notice";

const CUES: Array<[MetaAspect, RegExp]> = [
  ["notice", /\b(opzeg\w*|uitstappen|uittreden|stoppen met|notice|withdraw|leave|quit|terminate)\b/],
  [
    "signatories",
    /\b(wie (heeft|hebben|tekende|tekenden)|welke \w+ (hebben|heeft) .*(ondertekend|getekend)|ondertekenaars|ondertekend door|getekend door|handtekening\w*|who signed|which \w+ signed|signatories|signed by|signatory)\b/,
  ],
  [
    "signed",
    /\b(wanneer .*(ondertekend|getekend|gesloten|afgesloten)|(al|is) .*(ondertekend|getekend)|datum|sinds wanneer|when .*(signed|agreed)|(already|been|it) signed|date)\b/,
  ],
  ["evaluation", /\b(evaluatie\w*|evalueren|evalueert|geevalueerd|evaluat\w*|review\w*)\b/],
  [
    "parties",
    /\b(partijen|welke partners|wie zijn de partners|wie doen mee|wie doet mee|parties|which partners|who are the partners|who takes part|members|sectoren|sectors|voor welke scholen)\b/,
  ],
  [
    "term",
    /\b(hoe lang|looptijd|loopt|geldig|verloopt|afloopt|tot wanneer|verleng\w*|einde|duur|how long|valid|expire\w*|renew\w*|until when|term|duration|runs|ends?|ending|last)\b/,
  ],
];

export function metaAspects(normalized: string): MetaAspect[] {
  return CUES.filter(([, re]) => re.test(normalized)).map(([a]) => a);
}

function fact(
  ctx: Ctx,
  r: RegionKnowledge,
  aspect: MetaAspect,
  brief: boolean,
): { text: string; sources: Source[] } {
  const lang = ctx.q.lang;
  const c = r.covenant;
  const src = (ref: string, title: string): Source => ({ covenant: r.id, ref, title });
  switch (aspect) {
    case "term":
      return {
        text: brief
          ? `${c.term[lang]} ${c.renewal[lang]}`
          : `${c.term[lang]} ${c.renewal[lang]} ${c.notice[lang]}`,
        sources: [
          src(c.term.ref, t(lang, "Looptijd", "Term")),
          src(c.renewal.ref, t(lang, "Verlenging", "Renewal")),
        ],
      };
    case "notice":
      return { text: c.notice[lang], sources: [src(c.notice.ref, t(lang, "Opzegging", "Notice"))] };
    case "evaluation":
      return {
        text: c.evaluation[lang],
        sources: [src(c.evaluation.ref, t(lang, "Evaluatie", "Evaluation"))],
      };
    case "signed":
      return {
        text: c.dates.signedText[lang],
        sources: [src(t(lang, "ondertekening", "signatures"), t(lang, "Ondertekening", "Signatures"))],
      };
    case "parties":
      return {
        text: `${t(lang, "Partijen", "Parties")}: ${list(c.parties, lang)}. ${t(lang, "Sectoren", "Sectors")}: ${c.sectors.join(", ")}.`,
        sources: [src(t(lang, "partijen", "parties"), t(lang, "Convenantpartners", "Covenant partners"))],
      };
    case "signatories": {
      if (c.signatories.length === 0) {
        return {
          text: `${t(lang, "De beschikbare tekst noemt geen ondertekenaars.", "The available text names no signatories.")} ${c.dates.signedText[lang]}`,
          sources: [src(t(lang, "ondertekening", "signatures"), t(lang, "Ondertekening", "Signatures"))],
        };
      }
      // "Wie heeft namens de politie getekend?": only those whose function or organisation fits.
      const aliases = ctx.q.roles.flatMap((e) => {
        const role = ctx.kb.kb.vocabulary.roles.find((x) => x.id === e.id);
        return role ? [role.nl, ...role.aliases].map((a) => normalize(a)).filter((a) => a.length >= 4) : [];
      });
      const fits = (s: (typeof c.signatories)[number]) =>
        aliases.some((a) => normalize(`${s.function} ${s.organisation}`).includes(a));
      const chosen =
        aliases.length > 0 && c.signatories.some(fits) ? c.signatories.filter(fits) : c.signatories;
      const names = chosen.map((s) => `${s.name} (${s.function}, ${s.organisation})`);
      const shown = brief ? names.slice(0, 3) : names;
      const more =
        brief && names.length > 3
          ? t(lang, ` en ${names.length - 3} anderen`, ` and ${names.length - 3} others`)
          : "";
      return {
        text: `${t(lang, "Ondertekend door", "Signed by")}: ${shown.join("; ")}${more}. ${c.dates.signedText[lang]}`,
        sources: [src(t(lang, "ondertekening", "signatures"), t(lang, "Ondertekening", "Signatures"))],
      };
    }
  }
}

export function answerMeta(ctx: Ctx, aspects: MetaAspect[]): Answer {
  const { kb, q } = ctx;
  const regionIds = q.regions.length > 0 ? q.regions : kb.kb.regions.map((r) => r.id);
  const brief = regionIds.length > 1;
  const facts: string[] = [];
  const sources: Source[] = [];
  for (const id of regionIds) {
    const r = kb.region(id);
    const parts = aspects.map((a) => fact(ctx, r, a, brief));
    const text = parts.map((p) => p.text).join(" ");
    facts.push(brief ? `- ${r.name}: ${text}` : `${r.covenant.title}: ${text}`);
    for (const p of parts) sources.push(...p.sources);
  }
  if (brief) facts.unshift(t(q.lang, "Dat verschilt per convenant:", "That differs per covenant:"));
  return result(ctx, {
    intent: "covenant-meta",
    facts,
    sources,
    confidence: brief ? 0.75 : 0.92,
    regions: regionIds,
  });
}
