/**
 * Answers built from ranked units, in the chat shape: the first line answers the question in
 * about 25 words at most; at most two supporting lines; the source; whom to ask. Also the
 * question back ("Bedoel je ...?") when no unit clearly wins, and the refusal when the
 * covenants do not say.
 */
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { t } from "../format.ts";
import type { Language } from "../language.ts";
import type { Ranked } from "../rank.ts";
import { normalize, STOPWORDS, stems } from "../text.ts";
import type { Answer, Intent } from "../types.ts";
import type { Unit } from "../unit.ts";
import { askGemeente, whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";

const INTENTS: Record<Unit["kind"], Intent> = {
  provision: "topic",
  fact: "topic",
  guidance: "topic",
  overleg: "meeting",
  role: "role",
  definition: "definition",
  covenant: "covenant-meta",
  wijkplan: "wijk-info",
  school: "school-wijk",
};

const FIRST_LINE_WORDS = 28;

/** Pieces cut inside a parenthesis ("(zit voor; locatie rouleert)") joined again. */
function joinParenthesised(pieces: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  for (const p of pieces) {
    if (open > 0) out[out.length - 1] += ` ${p}`;
    else out.push(p);
    open += (p.match(/\(/g)?.length ?? 0) - (p.match(/\)/g)?.length ?? 0);
  }
  return out;
}

/** The unit's text split into an opening line of about 25 words and the rest. */
export function split(u: Unit, lang: Language, question = ""): { first: string; rest: string } {
  const text = u.text[lang];
  if (u.short) return { first: openFor(u.short[lang], question), rest: text };
  // Sentence ends, not the dot of "Dhr." or an initial ("R. Storm").
  const sentences = joinParenthesised(text.split(/(?<=\p{Ll}{3}[.!?]|;)\s+(?=\S)/u));
  let first = sentences[0] ?? text;
  let rest = sentences.slice(1).join(" ");
  if (first.split(/\s+/).length > FIRST_LINE_WORDS) {
    // Cut a long sentence at a clause boundary (", " or " - ") after the first words.
    const words = first.split(/\s+/);
    let cut = -1;
    for (let i = 8; i < Math.min(words.length - 4, FIRST_LINE_WORDS); i++)
      if (/[,:]$/.test(words[i] ?? "")) cut = i;
    if (cut > 0) {
      rest = `${words.slice(cut + 1).join(" ")}${rest ? ` ${rest}` : ""}`;
      first = `${words
        .slice(0, cut + 1)
        .join(" ")
        .replace(/[,:]$/, "")} ...`;
      rest = `... ${rest}`;
    }
  }
  // The rest starts a line of its own: a clause after a semicolon starts with a capital.
  const after = rest.trim();
  return { first: first.replace(/;$/, "."), rest: after.charAt(0).toUpperCase() + after.slice(1) };
}

/** Question words that ask for a fact rather than a yes or no, near the start of a question. */
const WH =
  /^(?:\S+\s+){0,5}?(?:wie|wat|waar|wanneer|welke|welk|hoe|hoeveel|waarom|waarvoor|who|what|where|when|which|how|why)\b/;

/** "Nee: ..." answers "mag dat?", not "op welke grond?": a wh-question gets the fact without it. */
function openFor(short: string, question: string): string {
  if (!WH.test(question)) return short;
  const m = short.match(/^(?:ja|nee|yes|no)\s*[,:;-]\s*(.+)$/i);
  return m?.[1] ? m[1].charAt(0).toUpperCase() + m[1].slice(1) : short;
}

function nextStep(ctx: Ctx, regions: readonly string[]): string {
  const [only] = regions;
  if (regions.length === 1 && only) return whoToAsk(ctx, ctx.kb.region(only), ctx.q.wijken[0]?.id);
  return askGemeente(ctx);
}

const GUIDANCE_NOTE = {
  nl: "Algemene richtlijn, geen convenantafspraak; twijfel je, vraag het de privacyfunctionaris (FG) van de school.",
  en: "General guidance, not a covenant agreement; when in doubt, ask the school's data protection officer.",
};

/** Answers with one or more units: each part of the question, or each region, gets its line. */
export function answerUnits(
  ctx: Ctx,
  picked: ReadonlyArray<{ unit: Unit; label?: string }>,
  confidence: number,
): Answer {
  const lang = ctx.q.lang;
  const facts: string[] = [];
  const [main] = picked;
  if (!main) throw new Error("answerUnits needs a unit");
  if (picked.length === 1) {
    const { first, rest } = split(main.unit, lang, ctx.q.normalized);
    facts.push(first);
    // Under the summary, the covenant's own (Dutch) words it was read from.
    const quote = main.unit.quote ? quoteFor(main.unit.quote, quoteQuery(ctx, main.unit)) : undefined;
    if (rest) facts.push(rest);
    if (quote) facts.push(t(lang, `Letterlijk: “${quote}”`, `In the covenant's words (Dutch): “${quote}”`));
  } else {
    for (const p of picked) {
      const { first, rest } = split(p.unit, lang, ctx.q.normalized);
      const line = p.unit.short ? `${first} ${p.unit.text[lang]}` : `${first}${rest ? ` ${rest}` : ""}`;
      facts.push(p.label ? `${p.label}: ${line}` : line);
    }
    // Two facts of one question (not one per region): the covenant's words for each, shorter.
    if (picked.length === 2 && !picked.some((p) => p.label)) {
      // One passage behind both facts is quoted once.
      const passages = [
        ...new Map(picked.flatMap((p) => (p.unit.quote ? [[p.unit.quote, p.unit] as const] : []))),
      ];
      const quotes = passages
        .map(([quote, unit]) => quoteFor(quote, quoteQuery(ctx, unit), PAIR_QUOTE_WORDS))
        .map((q) => `“${q}”`)
        .join(" ");
      if (quotes) facts.push(t(lang, `Letterlijk: ${quotes}`, `In the covenant's words (Dutch): ${quotes}`));
    }
  }
  if (picked.some((p) => p.unit.kind === "guidance")) facts.push(GUIDANCE_NOTE[lang]);
  const regions = [...new Set(picked.map((p) => p.unit.region).filter((r): r is string => r !== null))];
  const meetings = [...new Set(picked.flatMap((p) => p.unit.meetings ?? []))];
  // "Het convenant noemt geen opzegtermijn": said, with its source and whom to ask, but no answer.
  const silent = picked.every((p) => p.unit.silent);
  const answer = result(ctx, {
    intent: INTENTS[main.unit.kind],
    facts,
    sources: picked.map((p) => p.unit.source),
    ...(silent ? { answered: false } : {}),
    confidence: silent ? Math.min(confidence, 0.3) : confidence,
    regions: regions.length > 0 ? regions : ctx.q.regions,
    next: nextStep(ctx, regions.length > 0 ? regions : ctx.q.regions),
    ...(meetings.length > 0 ? { meetings } : {}),
  });
  // Kept like any question the covenants do not answer (learning from use).
  return silent ? { ...answer, unanswered: "not-in-covenants" } : answer;
}

/** At most this many words of the covenant's own text under an answer. */
const QUOTE_WORDS = 45;
/** ... and under each of two facts. */
const PAIR_QUOTE_WORDS = 25;

/** What picks the quoted sentence: the question and the covenant's words the lexicon puts behind
 * it; for an English question, which shares few words with the Dutch passage, also the Dutch
 * summary beside the English it matches (counted less: it says more than was asked). Words
 * naming the fact's own subject (its title, its region) pick nothing: every sentence is about them. */
export interface QuoteQuery {
  asked: string;
  /** The covenant's words the lexicon puts behind the question's phrases, one group a phrase:
   * a sentence holding one of a group's words has what the phrase asked ("toezicht" or
   * "handhaving" for "supervision", counted once). */
  concepts?: ReadonlyArray<readonly string[]>;
  beside?: string;
  subject?: string;
  /** How rare a word (stem) is among the covenants' passages: ln 2 for one in every passage, more for fewer. */
  rarity?: (key: string) => number;
}

function quoteQuery(ctx: Ctx, u: Unit): QuoteQuery {
  const concepts = ctx.covenantWords ?? [];
  const subject = `${u.title} ${u.region ? ctx.kb.region(u.region).name : ""}`;
  const beside = ctx.q.lang === "en" ? { beside: besideInDutch(u, ctx.q.normalized, subject, concepts) } : {};
  return {
    asked: ctx.q.normalized,
    concepts,
    subject,
    rarity: rarityIn(ctx.kb.kb),
    ...beside,
  };
}

const rarities = new WeakMap<KnowledgeBase, (key: string) => number>();

/** The rarity of each word among all quoted passages, counted once per knowledge base. */
function rarityIn(kb: KnowledgeBase): (key: string) => number {
  let rarity = rarities.get(kb);
  if (!rarity) {
    const passages = kb.regions.flatMap((r) => r.quotes.map((q) => q.nl));
    const count = new Map<string, number>();
    for (const p of passages)
      for (const k of new Set(contentWords(p).flatMap(keys))) count.set(k, (count.get(k) ?? 0) + 1);
    rarity = (key) => Math.log(1 + passages.length / (count.get(key) ?? 1));
    rarities.set(kb, rarity);
  }
  return rarity;
}

/** The words of a text that can say what was asked: no small or common words. */
const contentWords = (s: string) => [
  ...new Set(
    normalize(s)
      .split(" ")
      .filter((w) => w.length > 3 && !STOPWORDS.has(w)),
  ),
];

/** Long words share their first letters where they share no stem ("complaints", "complaining"). */
const PREFIX = 7;
const keys = (w: string) => (w.length >= PREFIX ? [...stems(w), `${w.slice(0, PREFIX)}-`] : stems(w));

/** The stems of what a text asks about ("geldezels" and "geldezel" are one), less the subject's. */
function askedStems(s: string, subject = ""): Set<string> {
  const named = new Set(contentWords(subject).flatMap(keys));
  return new Set(
    contentWords(s)
      .flatMap(keys)
      .filter((k) => !named.has(k)),
  );
}

/** How many of a text's words are asked about; each word counts once. */
function overlap(s: string, asked: ReadonlySet<string>): number {
  return contentWords(s).filter((w) => keys(w).some((x) => asked.has(x))).length;
}

/** A summary's clauses: its sentences and the parts of a list between semicolons. */
const clausesOf = (s: string) => s.split(/(?<=\p{L}{2}[.!?]|;)\s+/u);

/**
 * A unit's English summary is written clause for clause beside its Dutch one, and a list item
 * for item. The Dutch beside the English that shares the most words with the question says in
 * Dutch what was asked ("money mules" -> "geldezels"); nothing when the two do not line up.
 */
function besideInDutch(
  u: Unit,
  question: string,
  subject: string,
  concepts: ReadonlyArray<readonly string[]>,
): string {
  const asked = askedStems(question, subject);
  // (Each concept once, however many of the question's phrases found it.)
  const groups = [...new Set(concepts.map((g) => g.join(" ")))].map((g) => askedStems(g, subject));
  const beside = (en: readonly string[], nl: readonly string[]): Array<[string, string]> => {
    if (en.length !== nl.length) return [];
    // The lexicon's covenant words for the question ("liable" -> "aansprakelijkheid") are looked
    // for in the Dutch clauses, beside the question's own words in the English ones.
    // (Only words that tell a clause from the others: "leerlingen" in every clause tells nothing.)
    const telling = groups.filter((g) => nl.filter((c) => overlap(c, g) > 0).length <= 2);
    const shared = en.map(
      (c, i) => overlap(c, asked) + telling.filter((g) => overlap(nl[i] ?? "", g) > 0).length,
    );
    const most = Math.max(...shared);
    if (most === 0) return [];
    return en.flatMap((c, i) => (shared[i] === most ? [[c, nl[i] ?? ""] as [string, string]] : []));
  };
  const clauses = beside(clausesOf(u.text.en), clausesOf(u.text.nl));
  const [only] = clauses;
  if (clauses.length === 1 && only) {
    const items = beside(only[0].split(/,\s+/), only[1].split(/,\s+/));
    if (items.length > 0) return items.map(([, nl]) => nl).join(" ");
  }
  return clauses.map(([, nl]) => nl).join(" ");
}

/**
 * The covenant's words for the answer: the whole passage when it is short, else the sentence
 * (with its neighbours, while they fit) that holds the most of what was asked.
 */
export function quoteFor(quote: string, query: QuoteQuery, most = QUOTE_WORDS): string {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(quote) <= most) return quote;
  // Sentence ends and the ends of list items ("... etc.); de mededeling ..."), not "art." or "o.a.".
  const sentences = quote.split(/(?<=(?:\p{Ll}{2}|\))[.!?;:])\s+(?=\S)/u);
  const asked = askedStems(query.asked, query.subject);
  const beside = askedStems(query.beside ?? "", query.subject);
  // A word in one sentence says more about where the answer is than one in every sentence, and
  // a word few passages use ("kluisjes") more than one many do ("ouders", "minimaal"); the
  // question's own words count before the summary's beside them.
  const seen = new Map<string, string[]>();
  const wordsOf = (s: string) => {
    const known = seen.get(s);
    if (known) return known;
    const w = contentWords(s);
    seen.set(s, w);
    return w;
  };
  const spread = new Map<string, number>();
  for (const s of sentences)
    for (const k of new Set(wordsOf(s).flatMap(keys))) spread.set(k, (spread.get(k) ?? 0) + 1);
  const weight = (w: string, set: ReadonlySet<string>) => {
    const hit = keys(w).filter((k) => set.has(k));
    return hit.length === 0
      ? 0
      : Math.max(...hit.map((k) => (query.rarity?.(k) ?? 1) / (spread.get(k) ?? 1)));
  };
  const weigh = (s: string, set: ReadonlySet<string>) =>
    wordsOf(s).reduce((sum, w) => sum + weight(w, set), 0);
  const concepts = (query.concepts ?? []).map((g) => askedStems(g.join(" "), query.subject));
  // The question's words, then each phrase's covenant words once (its best word the sentence holds).
  const direct = (s: string) => {
    const words = wordsOf(s);
    const own = words.filter((w) => weight(w, asked) > 0);
    const rest = words.filter((w) => !own.includes(w));
    return (
      own.reduce((sum, w) => sum + weight(w, asked), 0) +
      concepts.reduce((sum, g) => sum + Math.max(0, ...rest.map((w) => weight(w, g))), 0)
    );
  };
  const score = (s: string) => 3 * direct(s) + weigh(s, beside);
  const scores = sentences.map(score);
  const best = scores.indexOf(Math.max(...scores));
  let from = best;
  let to = best + 1;
  // Grow by the neighbour that holds more of what was asked (the next one on a tie), while it fits.
  const fits = (a: number, b: number) =>
    a >= 0 && b <= sentences.length && words(sentences.slice(a, b).join(" ")) <= most;
  for (;;) {
    const next = fits(from, to + 1) ? (scores[to] ?? 0) : -1;
    const previous = fits(from - 1, to) ? (scores[from - 1] ?? 0) : -1;
    if (next < 0 && previous < 0) break;
    if (next >= previous) to++;
    else from--;
  }
  const picked = sentences.slice(from, to).join(" ");
  if (words(picked) <= most)
    return elided(`${from > 0 ? "... " : ""}${picked}${to < sentences.length ? " ..." : ""}`);
  // One sentence longer than a quote: the first stretch of it with the most of what was asked.
  const all = picked.split(/\s+/);
  const hit = all.map((w) => (score(w) > 0 ? 1 : 0));
  let start = 0;
  for (let i = 0, best = -1, sum = 0; i < all.length; i++) {
    sum += (hit[i] ?? 0) - (i >= most ? (hit[i - most] ?? 0) : 0);
    if (i >= most - 1 && sum > best) {
      best = sum;
      start = i - most + 1;
    }
  }
  const end = start + most;
  const more = end < all.length || to < sentences.length;
  return elided(
    `${from > 0 || start > 0 ? "... " : ""}${all.slice(start, end).join(" ")}${more ? " ..." : ""}`,
  );
}

/** One mark where a cut meets a gap the quote already marks ("... ... Relevante partners"). */
const elided = (s: string) => s.replace(/(?:\.\.\.\s*){2,}/g, "... ").replace(/\s*\.\.\.\s*$/, " ...");

/** A short label for a unit in a question back. */
export function unitLabel(ctx: Ctx, u: Unit): string {
  const lang = ctx.q.lang;
  const region = u.region && ctx.q.regions.length !== 1 ? ` (${ctx.kb.region(u.region).name})` : "";
  const { first } = split(u, lang);
  const words = first.split(/\s+/);
  const gist = words.length > 12 ? `${words.slice(0, 12).join(" ")} ...` : first;
  return `${gist}${region}`;
}

/** No unit clearly wins: ask which of the closest is meant. */
export function askBack(ctx: Ctx, options: readonly Ranked[]): Answer {
  const lang = ctx.q.lang;
  const labels = options.map((o) => unitLabel(ctx, o.unit));
  const one = labels.length === 1;
  const answer = result(ctx, {
    intent: "clarify",
    answered: false,
    confidence: 0.3,
    facts: [
      one
        ? t(
            lang,
            "Ik weet niet zeker of ik je vraag goed begrijp. Bedoel je dit?",
            "I am not sure I understand your question. Do you mean this?",
          )
        : t(lang, "Bedoel je een van deze?", "Do you mean one of these?"),
      ...labels.map((l, i) => `${i + 1}. ${l}`),
      one
        ? t(lang, "Kies het, of stel je vraag wat anders.", "Pick it, or put your question differently.")
        : t(lang, "Kies er een, of stel je vraag wat anders.", "Pick one, or put your question differently."),
    ],
    sources: [],
    options: labels,
  });
  return { ...answer, choices: options.map((o) => o.unit.id), unanswered: "asked-back" };
}

/** The covenants do not say: refuse, and say whom to ask. */
export function notInCovenants(
  ctx: Ctx,
  ask?: { nl: string; en: string },
  chosen?: string,
  unknownWords: readonly string[] = [],
): Answer {
  const lang = ctx.q.lang;
  const regions = ctx.q.regions;
  const words = unknownWords.map((w) => `"${w}"`).join(", ");
  const answer = result(ctx, {
    intent: "unknown",
    answered: false,
    confidence: 0,
    facts: [
      words
        ? t(
            lang,
            `Over ${words} zeggen de convenanten niets specifieks: dat staat niet in de convenanten schoolveiligheid die ik ken.`,
            `The covenants say nothing specific about ${words}: it is not in the school-safety covenants I know.`,
          )
        : t(
            lang,
            "Dat staat niet in de convenanten schoolveiligheid die ik ken, dus daar kan ik geen betrouwbaar antwoord op geven.",
            "The school-safety covenants I know do not say, so I cannot give a reliable answer.",
          ),
    ],
    sources: [],
    next: ask ? `${t(lang, "Vraag het", "Ask")} ${ask[lang]}.` : nextStep(ctx, regions),
  });
  return { ...answer, unanswered: "not-in-covenants", ...(chosen ? { unit: chosen } : {}) };
}
