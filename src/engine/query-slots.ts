/**
 * Reads a question put to the unit index into its evidence: one slot per content word, with
 * the terms that count as a match and its weight, the cue phrases that point to the attribute
 * asked, and the subjects the covenants do not cover.
 */
import { afterExempting, type LexiconIndex, partOfName, together } from "./lexicon.ts";
import type { TermVocabulary } from "./terms.ts";
import { normalize, STOPWORDS, tokenize } from "./text.ts";

export interface RankQuery {
  tokens: string[];
  /** Token positions already explained by entity names (schools, wijken, regions). */
  skip: ReadonlySet<number>;
  /** Entity keys named in the question: `school:x`, `wijk:y`, `meeting:z`, `role:r`, `board:b`. */
  named: ReadonlySet<string>;
  /** Regions to search; empty for all. */
  regions: readonly string[];
  /** Topics the question is about (vocabulary.yaml): general guidance answers only its own. */
  topics?: readonly string[];
  /** Entities the named ones imply (a school's wijk): they constrain, they add no weight. */
  implied?: ReadonlySet<string>;
  /** Token positions of a named entity's name, by entity key: a unit about it holds them. */
  spans?: ReadonlyMap<string, readonly number[]>;
  /** Words the question writes in capitals ("VOG", "DPIA"): an abbreviation names a subject. */
  acronyms?: ReadonlySet<string>;
  /** Token positions in a story before the question whose words name no subject asked. */
  story?: ReadonlySet<number>;
}

/** One piece of evidence: a word of the question, with the terms that count as a match. */
export interface Slot {
  token: number;
  terms: number[];
  weight: number;
  /** The word occurs nowhere in the knowledge base, the lexicon or its names. */
  unknown: boolean;
}

/** The particles of Dutch separable verbs ("zit ... voor", "schuift ... aan", "loopt ... door"). */
const PARTICLES = new Set([
  "voor",
  "aan",
  "mee",
  "op",
  "bij",
  "door",
  "in",
  "af",
  "uit",
  "toe",
  "terug",
  "over",
]);

/** "what day ...", "what time ...": a time asked, not a purpose. */
const WHEN_WORDS = new Set([
  "time",
  "day",
  "days",
  "week",
  "weeks",
  "date",
  "dates",
  "month",
  "year",
  "hour",
]);
/** "... planned for?", "... scheduled for?": when, not what for. */
const SCHEDULED = new Set([
  "planned",
  "scheduled",
  "set",
  "booked",
  "due",
  "arranged",
  "organised",
  "organized",
  "timed",
]);

/** Words that join a name to the rest of a question: "in Alphen", "voor vo en mbo", "for Leiden". */
const JOINS = new Set(["in", "voor", "en", "van", "bij", "te", "for", "and", "of", "at"]);

/** English pronouns that are no stopwords (the paraphrases hold them), but no evidence inside a phrase. */
const PRONOUNS = new Set(["it", "its", "us", "them", "him", "her", "me"]);

/** The evidence of a question: one slot per content word. */
export function readSlots(
  q: RankQuery,
  lex: LexiconIndex,
  vocabulary: TermVocabulary,
): { slots: Slot[]; cues: Map<string, Set<number>>; outOfScope: string[] } {
  const { extra, covered } = concepts(q, lex);
  const cues = readCues(q, lex);
  // (Only of the covenant itself, and not whether it already happened: "is het convenant dit jaar
  // al verlengd?", "wordt het jaarplan dit jaar verlengd?" stay refused.)
  const ofCovenant = () =>
    q.tokens.some((t) => /^(?:convenant|covenant)/.test(t)) &&
    !q.tokens.some((t) => /^(?:al|already|inmiddels|yet|last|vorig)$/.test(t));
  const lifted = liftedSubjects(q, lex);
  const outOfScope = [
    ...new Set(
      lex.outOfScope
        .find(q.tokens, 2)
        .filter(
          (h) =>
            !lifted.has(h.value) &&
            !(lex.places.has(h.value) && !together(h)) &&
            !partOfName(lex, q.tokens, h) &&
            !afterExempting(lex, q.tokens, h),
        )
        .map((h) => h.value),
    ),
  ].filter(
    (id) =>
      !(
        lex.lexicon.outOfScope.find((o) => o.id === id)?.unlessAsked.some((a) => cues.has(a)) && ofCovenant()
      ),
  );
  const slots: Slot[] = [];
  q.tokens.forEach((w, i) => {
    const slot = slotOf(q, w, i, lex, vocabulary, extra.get(i) ?? [], covered.has(i));
    if (slot) slots.push(slot);
  });
  // An everyday phrase of small words only that the lexicon marks as saying what is asked ("kan
  // niet naar": a stand-in) is evidence of its covenant words all the same: one slot at its last
  // word. (Most such phrases are chat: "tot wanneer", "let us know", "neemt het over".)
  for (const hit of lex.standalone.find(q.tokens)) {
    const within = (k: number) => k >= hit.start && k < hit.end;
    if (slots.some((s) => within(s.token)) || [...q.skip].some(within)) continue;
    const rare = [...phraseTerms(hit.value, vocabulary)].filter((t) => !vocabulary.common(t));
    if (rare.length === 0) continue;
    slots.push({
      token: hit.end - 1,
      terms: rare,
      weight: Math.min(...rare.map((t) => vocabulary.idf(t))),
      unknown: false,
    });
  }
  return { slots, cues, outOfScope };
}

/** The covenant phrases the lexicon puts behind the question's words, by token position. */
function concepts(q: RankQuery, lex: LexiconIndex): { extra: Map<number, string[]>; covered: Set<number> } {
  const extra = new Map<number, string[]>();
  const covered = new Set<number>();
  for (const hit of lex.concepts.find(q.tokens))
    for (let i = hit.start; i < hit.end; i++) {
      extra.set(i, [...(extra.get(i) ?? []), ...hit.value]);
      covered.add(i);
    }
  return { extra, covered };
}

/** English "what ... for?" around a whole question, or "(how often) and what for?" at its end,
 * asks a purpose; not a time ("what day is it scheduled for?"). Between the question's first and
 * last words that count. */
export function asksWhatFor(tokens: readonly string[], first: number, last: number): boolean {
  if (tokens[last] !== "for" || SCHEDULED.has(tokens[last - 1] ?? "")) return false;
  if (last > first && tokens[last - 1] === "what") return true;
  return tokens[first] === "what" && !WHEN_WORDS.has(tokens[first + 1] ?? "");
}

/** The out-of-scope subjects whose phrase is followed by what a covenant does cover (its
 * `unlessWith`, in one of its `unlessWithIn` regions): "wie betaalt [eigenlijk] trainingen". */
function liftedSubjects(q: RankQuery, lex: LexiconIndex): Set<string> {
  const lifted = new Set<string>();
  const withs = lex.outOfScopeWith.find(q.tokens);
  if (withs.length === 0) return lifted;
  for (const hit of lex.outOfScope.find(q.tokens, 2)) {
    const o = lex.lexicon.outOfScope.find((x) => x.id === hit.value);
    if (!o || (o.unlessWithIn.length > 0 && !q.regions.some((r) => o.unlessWithIn.includes(r)))) continue;
    let next = hit.end;
    while (
      next < q.tokens.length &&
      (q.skip.has(next) ||
        STOPWORDS.has(q.tokens[next] as string) ||
        lex.fillers.has(q.tokens[next] as string) ||
        JOINS.has(q.tokens[next] as string))
    )
      next++;
    if (withs.some((w) => w.value === hit.value && w.start === next)) lifted.add(hit.value);
  }
  return lifted;
}

/** The covenant's words for what a question asks: the lexicon's covenant words behind its phrases
 * and the words that state each attribute it asks (Ctx.covenantWords, Ctx.purposeWords). */
export function covenantWordsAsked(
  tokens: readonly string[],
  lex: LexiconIndex,
): { covenantWords: string[][]; purposeWords: readonly string[] } {
  const cues = lex.cues.find(tokens).map((h) => h.value);
  if (asksWhatFor(tokens, 0, tokens.length - 1)) cues.push("purpose");
  const meansOf = (a: string) => lex.lexicon.attributes[a]?.means ?? [];
  return {
    covenantWords: [
      ...lex.concepts.find(tokens).map((h) => [...h.value]),
      ...cues.map(meansOf).filter((m) => m.length > 0),
    ],
    // (The purpose only: who leads or takes part is said in many words, often of another meeting.)
    purposeWords: cues.includes("purpose") ? meansOf("purpose") : [],
  };
}

/** The attributes the question's cue phrases ask for, each with the token positions it claims. */
function readCues(q: RankQuery, lex: LexiconIndex): Map<string, Set<number>> {
  // Cue phrases are matched with the names left out ("when was the Alphen aan den Rijn
  // covenant signed" holds "when ... signed").
  // The small word that joins a name to the question goes with it ("in [Alphen] voor [vo] en [mbo]").
  const kept = q.tokens
    .map((_, i) => i)
    .filter((i) => !q.skip.has(i) && !(JOINS.has(q.tokens[i] as string) && q.skip.has(i + 1)));
  const cues = new Map<string, Set<number>>();
  const keptTokens = kept.map((i) => q.tokens[i] as string);
  // A Dutch separable verb ends its clause ("wie zit het signaaloverleg bij ons op school
  // voor?"): a cue that ends in its particle may stand further apart.
  // One search with the wider gap: a hit whose words stand at most four apart is what a search
  // with that gap finds (its words are taken first come, first served).
  const close = (h: { words: number[] }) =>
    h.words.every((w, k) => k === 0 || w - (h.words[k - 1] as number) <= 5);
  const separated = (h: { words: number[] }) =>
    h.words.length >= 2 && PARTICLES.has(keptTokens[h.words[h.words.length - 1] as number] ?? "");
  for (const hit of lex.cues.find(keptTokens, 8).filter((h) => close(h) || separated(h))) {
    const set = cues.get(hit.value) ?? new Set<number>();
    // Only the cue's own words: "what is the difference between" asks no definition's cue.
    for (const k of hit.words) set.add(kept[k] as number);
    cues.set(hit.value, set);
  }
  // English "what ... for?" around a whole question asks a purpose, however long the subject
  // between ("what is that meeting with the school, the gemeente and the police actually for?").
  // (Not a time: "what week is it usually planned for?", "what day is it scheduled for?".)
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (first !== undefined && last !== undefined && asksWhatFor(q.tokens, first, last))
    cues.set("purpose", new Set([...(cues.get("purpose") ?? []), first, last]));
  // A cue inside a longer one asks less: "wie bereidt ... voor?" asks who, not what it prepares.
  for (const [attr, set] of [...cues])
    if (
      [...cues].some(
        ([other, o]) =>
          other !== attr &&
          [...set].every((k) => o.has(k)) &&
          [...o].some((k) => !set.has(k) && (q.tokens[k] === "wie" || q.tokens[k] === "who")),
      )
    )
      cues.delete(attr);
  // "wat doet die ambtelijke werkgroep?": what a meeting does is what it is for.
  const role = cues.get("role");
  const named = [...q.named];
  if (
    role &&
    !cues.has("purpose") &&
    named.some((n) => n.startsWith("meeting:")) &&
    !named.some((n) => n.startsWith("role:"))
  ) {
    cues.set("purpose", role);
    cues.delete("role");
  }
  // "is het signaaloverleg elke maand?": a rhythm said of a named meeting asks how often it is.
  const said = cues.get("rhythm-said");
  if (said) {
    cues.delete("rhythm-said");
    if (named.some((n) => n.startsWith("meeting:")) && !cues.has("frequency")) cues.set("frequency", said);
  }
  return cues;
}

/** The terms a lexicon phrase's covenant words stand for: each phrase through its rarer words, or
 * its common ones when it has no other ("omgeving van de school" counts as "omgeving"). */
function phraseTerms(phrases: readonly string[], vocabulary: TermVocabulary): Set<number> {
  const terms = new Set<number>();
  for (const phrase of phrases) {
    const words = new Set<number>();
    vocabulary.addTerms(
      tokenize(normalize(phrase)).filter((x) => !STOPWORDS.has(x)),
      words,
    );
    const rare = [...words].filter((t) => !vocabulary.common(t));
    for (const t of rare.length > 0 ? rare : words) terms.add(t);
  }
  return terms;
}

/** The slot of the question's word `w` at position `i`; undefined for a word that is no evidence. */
function slotOf(
  q: RankQuery,
  w: string,
  i: number,
  lex: LexiconIndex,
  vocabulary: TermVocabulary,
  phrases: readonly string[],
  covered: boolean,
): Slot | undefined {
  if (q.skip.has(i) || STOPWORDS.has(w) || lex.fillers.has(w) || w.length < 2) return undefined;
  const terms = new Set<number>();
  vocabulary.addTerms([w], terms);
  let known = terms.size > 0 || vocabulary.knows(w) || covered;
  // A Dutch compound of two words the knowledge base uses ("leerlinggegevens"), else a
  // typo of one ("opnenen", "incidentregistratie").
  if (terms.size === 0 && !covered && w.length >= 7) vocabulary.addTerms(vocabulary.split(w), terms);
  if (terms.size === 0 && !covered && w.length >= 6) vocabulary.addTerms(vocabulary.correct(w), terms);
  if (terms.size > 0) known = true;
  if (!known && w.length >= 6 && vocabulary.filler(w)) return undefined;
  // A pronoun inside an everyday phrase ("what happened with it") is evidence only through the
  // phrase: "it" alone matches every English text.
  if (phrases.length > 0 && PRONOUNS.has(w)) terms.clear();
  const own = terms.size > 0 ? Math.max(...[...terms].map((t) => vocabulary.idf(t))) : 0;
  // A covenant phrase's common words ("omgeving van de school") are no evidence of it: the
  // phrase counts through its rarer words, or its common ones when it has no other.
  for (const t of phraseTerms(phrases, vocabulary)) terms.add(t);
  // An unknown word counts, but less than a rare word of the knowledge base: it may be chat.
  const weight =
    own > 0
      ? own
      : terms.size > 0
        ? Math.max(...[...terms].map((t) => vocabulary.idf(t)))
        : vocabulary.maxIdf * 0.5;
  // Short unknown words are mostly chat ("held", "gaat"); a long one names a subject, and
  // so does an abbreviation ("een VOG aanvragen").
  const acronym = q.acronyms?.has(w) === true;
  return {
    token: i,
    terms: [...terms],
    weight: known || acronym ? weight : w.length >= 5 ? weight : weight * 0.5,
    unknown: !known && (w.length >= 5 || acronym),
  };
}
