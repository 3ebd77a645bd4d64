/**
 * The answer to a question that only points at an article, section or annex by its number
 * ("wat staat er in artikel 9 van het convenant?"): what the covenant says there, one line a
 * part; or, when the knowledge base holds no such number for the region, that it does not.
 */
import { ABOUT_ARTICLE, type ArticleAsked, inArticle, isArticle, refsOf } from "../articles.ts";
import type { Ctx } from "../context.ts";
import { t } from "../format.ts";
import { STOPWORDS } from "../text.ts";
import type { Answer } from "../types.ts";
import type { Unit } from "../unit.ts";
import { result } from "./result.ts";
import { answerUnits, nextStep, split } from "./units.ts";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How the covenant names the part asked: "artikel 6.2", "§ 5.1" where it numbers sections so,
 * "bijlage 3" ("article 6.2", "annex 3"). */
function label(asked: ArticleAsked, headingRef: string, lang: "nl" | "en"): string {
  const n = asked.numbers.join(".");
  if (asked.kind === "bijlage") return `${lang === "nl" ? "bijlage" : "annex"} ${n}`;
  if (headingRef.startsWith("§")) return `§ ${n}`;
  return `${lang === "nl" ? "artikel" : "article"} ${n}`;
}

/** At most this many parts of an article, one line each. */
const PARTS = 5;

/** The ref's numbers in order ("art. 2 lid 10" after "art. 2 lid 9"). */
const order = (u: Unit) => refsOf(u.source.ref)[0]?.numbers ?? [];
function byNumber(a: Unit, b: Unit): number {
  const x = order(a);
  const y = order(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** undefined when the question asks more than what the article holds, or the region is not one. */
export function answerArticle(ctx: Ctx, units: readonly Unit[], asked: ArticleAsked): Answer | undefined {
  const q = ctx.q;
  const [region] = q.regions;
  if (!region || q.regions.length !== 1) return undefined;
  // Nothing asked beside the article: every word names it, the covenant or its region.
  const named = new Set(asked.phrase.split(/[\s.]+/));
  const place = new Set<number>();
  for (const m of q.matches)
    if (m.entities.some((e) => e.kind === "region")) for (let i = m.start; i < m.end; i++) place.add(i);
  const more = q.tokens.some(
    (w, i) =>
      !place.has(i) &&
      !STOPWORDS.has(w) &&
      !ABOUT_ARTICLE.has(w) &&
      !named.has(w) &&
      !/^\d/.test(w) &&
      w.length > 1,
  );
  if (more) return undefined;
  const lang = q.lang;
  const covenant = ctx.kb.region(region).covenant.short;
  // (One fact a ref: a meeting's frequency and members stand under the article that sets it up.)
  const byRef = new Map<string, Unit>();
  for (const u of units)
    if (
      u.region === region &&
      !u.attribute &&
      !u.silent &&
      inArticle(u.source.ref, asked) &&
      !byRef.has(u.source.ref)
    )
      byRef.set(u.source.ref, u);
  const found = [...byRef.values()];
  if (found.length === 0)
    return {
      ...result(ctx, {
        intent: "unknown",
        answered: false,
        confidence: 0,
        facts: [
          t(
            lang,
            `In ${covenant} vind ik geen ${label(asked, "", "nl")}, dus daar kan ik niets over zeggen.`,
            `I find no ${label(asked, "", "en")} in ${covenant}, so I cannot say what it holds.`,
          ),
        ],
        sources: [],
        next: nextStep(ctx, q.regions),
      }),
      unanswered: "not-in-covenants",
    };
  // (The article itself first, then its parts: "§ 5", "§ 5.1", "§ 5.2".)
  const parts = found.sort(byNumber);
  const heading = ctx.kb.region(region).covenant.articles.find((a) => isArticle(a.ref, asked));
  const [only] = parts;
  if (parts.length === 1 && only && !heading)
    return { ...answerUnits(ctx, [{ unit: only }], 0.8), unit: only.id };
  const shown = parts.slice(0, PARTS);
  const rest = parts.length - shown.length;
  return {
    ...result(ctx, {
      intent: "topic",
      confidence: 0.8,
      facts: [
        heading
          ? t(
              lang,
              `${capital(label(asked, heading.ref, "nl"))} van ${covenant} heet “${heading.title}”. Daarin:`,
              `${capital(label(asked, heading.ref, "en"))} of ${covenant} is headed “${heading.title}”. It says:`,
            )
          : t(lang, `Wat ${covenant} daar zegt:`, `What ${covenant} says there:`),
        // (What a part says, not the yes or no its first line gives a question: "wat" asks no yes or no.)
        ...shown.map((u) => `- ${u.source.ref}: ${split(u, lang, "wat").first}`),
        ...(rest > 0 ? [t(lang, `(en nog ${rest} delen)`, `(and ${rest} more parts)`)] : []),
      ],
      sources: shown.map((u) => u.source),
      next: nextStep(ctx, q.regions),
    }),
    unit: shown[0]?.id,
  };
}
