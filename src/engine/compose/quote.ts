/**
 * The covenant's own words under an answer: which sentences of a fact's passage to quote, chosen
 * by what the question asked (its words, the lexicon's covenant words for them, and for an
 * English question the Dutch summary beside the English it matched).
 */
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { normalize, remembered, STOPWORDS, stems } from "../text.ts";
import type { Unit } from "../unit.ts";

/** At most this many words of the covenant's own text under an answer. */
export const QUOTE_WORDS = 55;
/** ... and under each of two facts. */
export const PAIR_QUOTE_WORDS = 35;
/** ... and when the question asks for all of a list the passage sets out ("wat moet er minimaal
 * in staan?"): the list whole, up to this many words. */
export const LIST_QUOTE_WORDS = 240;
/** A passage at most this share longer than the room for it is not cut (3 words over a quote
 * of 55, 2 over one of 35). */
const SLACK = 0.05;

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
  /** The covenant's words for a purpose, when one is asked (see Ctx.purposeWords). */
  purpose?: readonly string[];
  /** The question asks for all of a list ("minimaal", "what must ... include"). */
  list?: boolean;
}

/** A question that asks for every item of a list: what must at least be in, be told, be named. */
const LIST_ASKED =
  /\b(?:minimaal|minimum|tenminste|ten minste|allemaal|alle punten|alle taken|welke punten|which points|all (?:the )?(?:tasks|duties|points)|(?:full|complete|whole) list|volledige lijst|opsomming|wat moet(?:en)? .{0,60}\b(?:staan|vermelden|bevatten|vertellen|noemen|benoemen)|what (?:must|should|do|does|have to|has to) .{0,60}\b(?:tell|mention|include|contain|cover))\b/;

/** A passage that sets out a list: an opening with a colon, then three items or more. */
function setsOutList(quote: string): boolean {
  const colon = quote.indexOf(": ");
  if (colon < 0) return false;
  const rest = quote.slice(colon);
  return (rest.match(/;\s/g) ?? []).length >= 2 || (rest.match(/\s-\s/g) ?? []).length >= 2;
}

export function quoteQuery(ctx: Ctx, u: Unit): QuoteQuery {
  const concepts = ctx.covenantWords ?? [];
  const subject = `${u.title} ${u.region ? ctx.kb.region(u.region).name : ""}`;
  const beside = ctx.q.lang === "en" ? { beside: besideInDutch(u, ctx.q.normalized, subject, concepts) } : {};
  return {
    asked: ctx.q.normalized,
    concepts,
    subject,
    rarity: rarityIn(ctx.kb.kb),
    list: LIST_ASKED.test(ctx.q.normalized),
    purpose: ctx.purposeWords ?? [],
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

/** The words of a text that can say what was asked: no small or common words, and none of the
 * fillers around a question ("volgens", "eigenlijk"). Three letters are enough for an
 * abbreviation ("AVG", "RMC", "VOG"), not for these. */
const SMALL = new Set(
  (
    "one two any all get got own way too now its his her him hoi wij zal ben hem men had dus nou " +
    "volgens eigenlijk precies gewoon echt according actually really just still exactly"
  ).split(" "),
);
const contentWords = (s: string) =>
  remembered(wordCache, s, () => [
    ...new Set(
      normalize(s)
        .split(" ")
        .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !SMALL.has(w)),
    ),
  ]);

/** Every answer quotes from the same passages and their sentences: their words and keys are read once. */
const wordCache = new Map<string, string[]>();
const keyCache = new Map<string, string[]>();

/** Long words share their first letters where they share no stem ("complaints", "complaining"). */
const PREFIX = 7;
const keys = (w: string): readonly string[] =>
  remembered(keyCache, w, () =>
    w.length >= PREFIX ? [...stems(w), `${w.slice(0, PREFIX)}-`] : [...stems(w)],
  );

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

/** A summary's clauses: its sentences (also those ending in a bracket) and the parts of a list
 * between semicolons. */
const clausesOf = (s: string) => s.split(/(?<=(?:\p{L}{2}|\))[.!?]|;)\s+/u);

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

/** A passage's sentences and the ends of list items ("... etc.); de mededeling ..."), not at "art."
 * or "o.a."; a sentence may end in "'s." ("thema's."). */
export function sentencesOf(quote: string): string[] {
  return quote.split(/(?<=(?:\p{Ll}{2}|\))[.!?;:]|['’]s[.!?])\s+(?=\S)/u);
}

/**
 * The covenant's words for the answer: the whole passage when it is short, else the sentence
 * (with its neighbours, while they fit) that holds the most of what was asked.
 */
export function quoteFor(quote: string, query: QuoteQuery, room = QUOTE_WORDS): string {
  const most = query.list && setsOutList(quote) ? Math.max(room, LIST_QUOTE_WORDS) : room;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  // A passage only a few words over is quoted whole: a cut would save little and lose a sentence.
  if (words(quote) <= most + Math.round(most * SLACK)) return quote;
  const sentences = sentencesOf(quote);
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
  // Each asked word counts once in a sentence, by its best match there: "politie" is not asked
  // three times by a sentence with "politie", "politiegegevens" and "Politiewet".
  const askedWords = contentWords(query.asked)
    .map((w) => new Set(keys(w).filter((k) => asked.has(k))))
    .filter((k) => k.size > 0);
  const direct = (s: string) => {
    const words = wordsOf(s);
    const own = words.filter((w) => weight(w, asked) > 0);
    const rest = words.filter((w) => !own.includes(w));
    return (
      askedWords.reduce((sum, k) => sum + Math.max(0, ...own.map((w) => weight(w, k))), 0) +
      concepts.reduce((sum, g) => sum + Math.max(0, ...rest.map((w) => weight(w, g))), 0)
    );
  };
  // An age asked ("leerling van 17", "a 17 year old") is in the sentence that states an age limit.
  const age = AGE_ASKED.test(query.asked) ? (s: string) => (AGE_SAID.test(s) ? AGE_WEIGHT : 0) : () => 0;
  // The sentence that says the purpose asked ("wordt benut om ..." for "what is it for?") before
  // the one that names the meeting's members in the question's words.
  const purpose = askedStems((query.purpose ?? []).join(" "), query.subject);
  const purposeSaid = (s: string) =>
    wordsOf(s).some((w) => keys(w).some((k) => purpose.has(k))) ? PURPOSE_WEIGHT : 0;
  // The sentence that sets a condition ("Wanneer de veiligheid van een kind in gevaar is, ...") for
  // a question of in which case something may be done.
  const condition = CONDITION_ASKED.test(query.asked)
    ? (s: string) => (CONDITION_SAID.test(s) ? CONDITION_WEIGHT : 0)
    : () => 0;
  const score = (s: string) => 3 * direct(s) + weigh(s, beside) + age(s) + purposeSaid(s) + condition(s);
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
  // A sentence further on that holds what was asked and more than the neighbours taken for it:
  // it is quoted too, after a gap ("... A ... C ..."), in place of the weakest neighbours.
  const outside = scores
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => (i < from || i >= to) && s > 0 && s >= 0.5 * (scores[best] ?? 0))
    .sort((a, b) => b.s - a.s)[0];
  if (outside && words(picked) <= most) {
    const keep = new Set([best, outside.i]);
    const size = () => [...keep].reduce((n, i) => n + words(sentences[i] ?? ""), 0);
    if (size() <= most) {
      // Then the neighbours of the two, most asked first, while they fit.
      for (;;) {
        const near = [...keep]
          .flatMap((i) => [i - 1, i + 1])
          .filter((i) => i >= 0 && i < sentences.length && !keep.has(i))
          .filter((i) => size() + words(sentences[i] ?? "") <= most)
          .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)[0];
        if (near === undefined) break;
        keep.add(near);
      }
      const order = [...keep].sort((a, b) => a - b);
      const parts = order.map(
        (i, k) => `${k > 0 && i !== (order[k - 1] as number) + 1 ? "... " : ""}${sentences[i]}`,
      );
      const first = order[0] as number;
      const last = order.at(-1) as number;
      return elided(
        `${first > 0 ? "... " : ""}${parts.join(" ")}${last < sentences.length - 1 ? " ..." : ""}`,
      );
    }
  }
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

/** An age in a question, and an age limit in a sentence ("16-jarigen en ouder", "tot 18 jaar"). */
const AGE_ASKED =
  /\b(?:van|is|aged?|of)\s+(?:1\d|2[0-5])\b|\b(?:1\d|2[0-5])[- ]?(?:jarige?n?|years?[- ]old|jaar oud|yrs?|yo)\b/;
const AGE_SAID = /\b\d{1,2}[- ]?(?:jarige?n?|jaar)\b|\bmeerderjarig/;
/** What an age limit in a sentence weighs: as much as a rare word the question asks. */
const AGE_WEIGHT = 15;
/** A question of in which case something may or must be done, and a sentence that sets a condition. */
const CONDITION_ASKED =
  /^(?:\S+\s+){0,3}?(?:when\s+(?:may|can|must|should|are\s+we\s+allowed|is\s+it\s+(?:ok|okay|allowed|permitted))|when\s+is\s+(?:\S+\s+){1,4}?(?:ok|okay|allowed|permitted)|wanneer\s+(?:mag|mogen|moet|moeten)|wanneer\s+is\s+het\s+(?:toegestaan|goed|ok|oke)|in\s+(?:which|what)\s+cases?|in\s+welke\s+gevallen|under\s+what\s+conditions?|onder\s+welke\s+voorwaarden?)\b|\bover\s+wanneer\s+(?:je|we|u|men)\s+(?:\S+\s+){0,3}?(?:mag|mogen)\b/i;
const CONDITION_SAID = /^(?:\.\.\.\s*)?(?:wanneer|indien|als|ingeval|in geval|mits)\b/i;
/** What setting a condition weighs in a sentence: as much as a rare word the question asks. */
const CONDITION_WEIGHT = 15;
/** What saying the purpose asked weighs in a sentence: as much as a rare word the question asks. */
const PURPOSE_WEIGHT = 15;
/** One mark where a cut meets a gap the quote already marks ("... ... Relevante partners"). */
const elided = (s: string) => s.replace(/(?:\.\.\.\s*){2,}/g, "... ").replace(/\s*\.\.\.\s*$/, " ...");
