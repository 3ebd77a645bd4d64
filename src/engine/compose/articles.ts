/**
 * The answer to a question that only points at articles, sections or annexes by number ("wat
 * staat er in artikel 9 van het convenant?", "hoofdstuk 5 en 6?"): the covenant's heading for
 * each and what the knowledge base keeps under it, one line a part; that the covenant has no
 * such article, only where its headings show how far it goes; and, without a region, which
 * covenant is meant.
 */
import { ABOUT_ARTICLE, type ArticleAsked, type ArticleRef, inArticle, refsOf } from "../articles.ts";
import type { Ctx } from "../context.ts";
import { capitalise, t } from "../format.ts";
import type { Language } from "../language.ts";
import { STOPWORDS } from "../text.ts";
import type { Answer } from "../types.ts";
import type { Unit } from "../unit.ts";
import { result } from "./result.ts";
import { nextStep, split } from "./units.ts";

/** At most this many parts of one article, and of all articles asked together, one line each. */
const PARTS = 5;
const ALL_PARTS = 8;

/** Words of when, which make a question about an article one of a meeting's time. */
const WHEN = new Set(
  "vandaag morgen overmorgen gisteren volgende vorige week maand wanneer today tomorrow yesterday next last month when time tijd datum date".split(
    " ",
  ),
);

/** How the covenant names the part asked: "artikel 6.2", "§ 5.1" where it numbers sections so,
 * "bijlage 3" ("article 6.2", "annex 3"). */
function label(asked: ArticleRef, sections: boolean, lang: Language): string {
  const n = asked.numbers.join(".");
  if (asked.kind === "bijlage") return `${lang === "nl" ? "bijlage" : "annex"} ${n}`;
  if (sections) return `§ ${n}`;
  return `${lang === "nl" ? "artikel" : "article"} ${n}`;
}

/** The ref's numbers in order ("art. 2 lid 10" after "art. 2 lid 9"). */
const order = (u: Unit) => refsOf(u.source.ref)[0]?.numbers ?? [];
function byNumber(a: Unit, b: Unit): number {
  const x = order(a);
  const y = order(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** Whether every word of the question names the article(s), the covenant or its region, or is a
 * small word or a chat filler. */
function onlyArticles(ctx: Ctx, asked: readonly ArticleAsked[], fillers: ReadonlySet<string>): boolean {
  const q = ctx.q;
  const named = new Set(asked.flatMap((a) => a.phrase.split(/[\s.]+/)));
  const place = new Set<number>();
  for (const m of q.matches)
    if (m.entities.some((e) => e.kind === "region")) for (let i = m.start; i < m.end; i++) place.add(i);
  // (Not a question of when: "art 6 om 14:00 of 15:00?", "art 2 morgen of volgende week?".)
  if (/\b\d{1,2}:\d{2}\b|\b\d{1,2}[.]\d{2}\s*(?:uur|u|h)\b/.test(q.text) || q.tokens.some((w) => WHEN.has(w)))
    return false;
  return q.tokens.every(
    (w, i) =>
      place.has(i) ||
      STOPWORDS.has(w) ||
      fillers.has(w) ||
      ABOUT_ARTICLE.has(w) ||
      named.has(w) ||
      /^\d/.test(w) ||
      w.length <= 1,
  );
}

/** The facts kept under an article: not a meeting's single attributes (the article that sets the
 * meeting up says them), nor the lists the engine builds itself (schools), which have no place of
 * their own in the covenant. */
function partsOf(units: readonly Unit[], region: string, asked: ArticleRef): Unit[] {
  const found = units.filter(
    (u) =>
      u.region === region &&
      !u.silent &&
      !(u.kind === "overleg" && u.attribute) &&
      u.kind !== "school" &&
      inArticle(u.source.ref, asked),
  );
  // One fact a ref ("art. 10 lid 2" and "art. 10.2" are one), the provision's own before a role's
  // or a meeting's summary of it; a definitions annex keeps each term.
  const byRef = new Map<string, Unit>();
  for (const u of found) {
    const key =
      u.kind === "definition"
        ? u.id
        : refsOf(u.source.ref)
            .map((r) => `${r.kind} ${r.numbers.join(".")}`)
            .join();
    const held = byRef.get(key);
    if (!held || FIRST.indexOf(u.kind) < FIRST.indexOf(held.kind)) byRef.set(key, u);
  }
  return [...byRef.values()].sort(byNumber);
}

/** Which fact of a ref says what the article says, first. */
const FIRST: ReadonlyArray<Unit["kind"]> = [
  "provision",
  "definition",
  "covenant",
  "wijkplan",
  "overleg",
  "fact",
  "guidance",
  "role",
  "school",
];

/** undefined when the question asks more than what the articles hold, or nothing is known of them. */
export function answerArticles(
  ctx: Ctx,
  units: readonly Unit[],
  asked: readonly ArticleAsked[],
  fillers: ReadonlySet<string>,
): Answer | undefined {
  const q = ctx.q;
  if (asked.length === 0 || !onlyArticles(ctx, asked, fillers)) return undefined;
  const lang = q.lang;
  if (q.regions.length !== 1) return whichCovenant(ctx, asked);
  const region = ctx.kb.region(q.regions[0] as string);
  const covenant = region.covenant.short;
  const headings = region.covenant.articles;
  const sections = headings.some((h) => h.ref.startsWith("§"));
  const facts: string[] = [];
  const shown: Unit[] = [];
  for (const a of asked) {
    const heading = headings.find((h) => inArticle(h.ref, a, true));
    const every = partsOf(units, region.id, a).filter((u) => !shown.includes(u));
    const parts = every.slice(0, Math.min(PARTS, ALL_PARTS - shown.length));
    const name = label(a, sections, lang);
    // A part of an article that the knowledge base does not hold: the parts it does hold.
    if (!heading && parts.length === 0 && a.numbers.length > 1) {
      const whole = partsOf(units, region.id, { kind: a.kind, numbers: a.numbers.slice(0, 1) });
      if (whole.length === 0) return undefined;
      facts.push(
        t(
          lang,
          `${capitalise(name)}: dat deel vind ik niet in ${covenant}; wel ${whole.map((u) => u.source.ref).join(", ")}.`,
          `${capitalise(name)}: I do not find that part in ${covenant}; I do find ${whole.map((u) => u.source.ref).join(", ")}.`,
        ),
      );
      continue;
    }
    if (!heading && parts.length === 0) {
      // That it has none is said only where the headings show how far the covenant goes.
      const last = Math.max(
        0,
        ...headings.flatMap((h) =>
          refsOf(h.ref)
            .filter((r) => r.kind === a.kind)
            .map((r) => r.numbers[0] ?? 0),
        ),
      );
      if (last === 0 || (a.numbers[0] ?? 0) <= last) return undefined;
      facts.push(
        t(
          lang,
          `${capitalise(name)}: die heeft ${covenant} niet; ${a.kind === "bijlage" ? "de bijlagen" : "de artikelen"} lopen tot ${last}.`,
          `${capitalise(name)}: ${covenant} has none; its ${a.kind === "bijlage" ? "annexes" : "articles"} go up to ${last}.`,
        ),
      );
      continue;
    }
    facts.push(
      heading
        ? t(
            lang,
            `${capitalise(name)} van ${covenant} heet “${heading.title}”.${parts.length > 0 ? " Daarin:" : ""}`,
            `${capitalise(name)} of ${covenant} is headed “${heading.title}”.${parts.length > 0 ? " It says:" : ""}`,
          )
        : t(lang, `${capitalise(name)} van ${covenant}:`, `${capitalise(name)} of ${covenant}:`),
    );
    // (What a part says, from its text: a short first line may open with the yes or no it gives
    // another question, "Nee bij meerderjarigen: ...".)
    // (A list of definitions longer than the lines shown: every term it defines, first.)
    if (every.length > parts.length && every.every((u) => u.kind === "definition"))
      facts.push(
        `${t(lang, "Begrippen", "Terms")}: ${every.map((u) => u.text[lang].split(":")[0]).join(", ")}.`,
      );
    // (One or two parts asked on their own are said whole: "wat staat er in bijlage 3?", "art 6.1
    // and 6.2".)
    const whole = parts.length <= (asked.length === 1 ? 2 : asked.length === 2 ? 1 : 0);
    for (const u of parts)
      facts.push(
        `- ${u.source.ref}: ${whole ? u.text[lang] : split({ ...u, short: undefined }, lang).first}`,
      );
    shown.push(...parts);
  }
  const found = shown.length > 0 || facts.some((f) => f.includes("“"));
  return {
    ...result(ctx, {
      intent: found ? "topic" : "unknown",
      answered: found,
      confidence: found ? 0.8 : 0,
      facts,
      sources: shown.map((u) => u.source),
      next: nextStep(ctx, q.regions),
    }),
    ...(shown[0] ? { unit: shown[0].id } : {}),
    ...(found ? {} : { unanswered: "not-in-covenants" as const }),
  };
}

/** No region known: each covenant's heading for the number, to choose from. */
function whichCovenant(ctx: Ctx, asked: readonly ArticleAsked[]): Answer | undefined {
  const lang = ctx.q.lang;
  const [a] = asked;
  if (!a) return undefined;
  const options = ctx.kb.kb.regions.flatMap((r) => {
    const heading = r.covenant.articles.find((h) => inArticle(h.ref, a, true));
    const sections = r.covenant.articles.some((h) => h.ref.startsWith("§"));
    return heading ? [`${r.name}: ${label(a, sections, lang)} “${heading.title}”`] : [];
  });
  if (options.length === 0) return undefined;
  return {
    ...result(ctx, {
      intent: "clarify",
      answered: false,
      confidence: 0.3,
      facts: [
        t(lang, "Welk convenant bedoel je?", "Which covenant do you mean?"),
        ...options.map((o, i) => `${i + 1}. ${o}`),
        t(lang, "Noem de gemeente erbij.", "Name the municipality with it."),
      ],
      sources: [],
      options,
    }),
    unanswered: "asked-back",
  };
}
