/**
 * The domain lexicon (`knowledge/lexicon.yaml`) at question time: everyday words and phrases
 * found in a question, with the covenant words they stand for; the cue phrases that ask for
 * one attribute of a fact (how often, who chairs, ...); subjects the covenants do not cover.
 */
import type { Lexicon } from "../knowledge/schema.ts";
import { normalize, STOPWORDS, tokenize } from "./text.ts";

/** A phrase found in the question: the tokens it spans and what it stands for. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  /** Positions of the phrase's own words (without the words a gap let in). */
  words: number[];
  value: T;
}

/** Phrases indexed by their first word, matched on whole words of the normalised question. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ tokens: string[]; value: T }>>();

  add(phrase: string, value: T): void {
    const tokens = tokenize(normalize(phrase));
    const first = tokens[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first);
    if (list) list.push({ tokens, value });
    else this.byFirst.set(first, [{ tokens, value }]);
  }

  /**
   * Every occurrence of every phrase; a word may carry an inflection (-en, -s, -e). With
   * `gap`, up to that many other words may stand between the phrase's words ("when was the
   * Alphen covenant signed" holds "when ... signed").
   */
  find(tokens: readonly string[], gap = 0): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const p of this.startingAt(tokens[i] as string)) {
        let at = i;
        let ok = true;
        const words = [i];
        for (let k = 1; k < p.tokens.length && ok; k++) {
          ok = false;
          for (let j = at + 1; j <= Math.min(tokens.length - 1, at + 1 + gap); j++)
            if (sameWord(tokens[j], p.tokens[k] as string)) {
              at = j;
              ok = true;
              words.push(j);
              break;
            }
        }
        if (ok) out.push({ start: i, end: at + 1, words, value: p.value });
      }
    }
    return out;
  }

  /**
   * The phrases whose first word is the token, or the token without its inflection ("kastjes"),
   * unless the token is itself a word the phrase stands for ("kluisjes").
   */
  private startingAt(token: string): Array<{ tokens: string[]; value: T }> {
    const own = this.byFirst.get(token) ?? [];
    const stem = token.match(/^(.{4,}?)(?:en|s|e|n)$/)?.[1];
    const more =
      stem === undefined
        ? []
        : (this.byFirst.get(stem) ?? []).filter((p) => !(Array.isArray(p.value) && p.value.includes(token)));
    return more.length === 0 ? own : [...own, ...more];
  }
}

function sameWord(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  if (word.length < 4 || !token.startsWith(word)) return false;
  const rest = token.slice(word.length);
  return rest === "en" || rest === "s" || rest === "e" || rest === "n";
}

export interface LexiconIndex {
  /** Everyday phrase -> covenant words. */
  concepts: PhraseIndex<string[]>;
  /** The concepts whose phrases are evidence even when made of small words only. */
  standalone: PhraseIndex<string[]>;
  /** Cue phrase -> attribute (or slot) it asks for. */
  cues: PhraseIndex<string>;
  /** Out-of-scope phrase -> subject id. */
  outOfScope: PhraseIndex<string>;
  /** A place of elsewhere inside a name the knowledge base writes ("Eenheid Den Haag", "District
   * Alphen-Gouda"): the place's first and last word, and the word written before it. */
  namedPlaces: Set<string>;
  /** The subjects that are places of elsewhere. */
  places: Set<string>;
  /** Words that make an out-of-scope phrase right after them no subject -> its subject id. */
  outOfScopeAfter: PhraseIndex<string>;
  /** Words that, anywhere in a question, lift an out-of-scope phrase (its `unlessWith`). */
  outOfScopeWith: PhraseIndex<string>;
  fillers: Set<string>;
  lexicon: Lexicon;
}

/** `texts`: the knowledge base's own sentences, where a place of elsewhere may be part of a name. */
export function indexLexicon(lexicon: Lexicon, texts: Iterable<string> = []): LexiconIndex {
  const concepts = new PhraseIndex<string[]>();
  const standalone = new PhraseIndex<string[]>();
  for (const c of lexicon.concepts)
    for (const w of [...c.nl, ...c.en]) {
      concepts.add(w, c.means);
      if (c.standalone) standalone.add(w, c.means);
    }
  const cues = new PhraseIndex<string>();
  for (const [attr, p] of Object.entries(lexicon.attributes))
    for (const w of [...p.nl, ...p.en]) cues.add(w, attr);
  const outOfScope = new PhraseIndex<string>();
  for (const o of lexicon.outOfScope) for (const w of [...o.nl, ...o.en]) outOfScope.add(w, o.id);
  const fillers = new Set(lexicon.fillers.flatMap((f) => tokenize(normalize(f))));
  const places = new Set(lexicon.outOfScope.filter((o) => o.place).map((o) => o.id));
  const namedPlaces = new Set<string>();
  // (Each passage once, and only one that names a place: a national knowledge base repeats the
  // same covenant texts many times, and few name a place of elsewhere.)
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const placeNames = lexicon.outOfScope
    .filter((o) => o.place)
    .flatMap((o) => [...o.nl, ...o.en].map((w) => tokenize(normalize(w)).map(literal).join("[^\\p{L}]+")));
  const mentions = new RegExp(`(?<![\\p{L}])(?:${placeNames.join("|")})(?![\\p{L}])`, "iu");
  for (const text of places.size > 0 ? new Set(texts) : []) {
    if (!mentions.test(text)) continue;
    const tokens = tokenize(normalize(text));
    // (Only the word before: "Eenheid Den Haag", "district Alphen-Gouda"; a word after is too often
    // the question's own, "Den Haag getekend".)
    for (const hit of outOfScope.find(tokens).filter((h) => places.has(h.value))) {
      const w = tokens[hit.start - 1];
      if (w !== undefined && !STOPWORDS.has(w) && outOfScope.find([w]).length === 0)
        namedPlaces.add(placeKey(tokens, hit, w));
    }
  }
  const outOfScopeAfter = new PhraseIndex<string>();
  for (const o of lexicon.outOfScope) for (const w of o.unlessAfter) outOfScopeAfter.add(w, o.id);
  const outOfScopeWith = new PhraseIndex<string>();
  for (const o of lexicon.outOfScope) for (const w of o.unlessWith) outOfScopeWith.add(w, o.id);
  return {
    concepts,
    standalone,
    cues,
    outOfScope,
    namedPlaces,
    places,
    outOfScopeAfter,
    outOfScopeWith,
    fillers,
    lexicon,
  };
}

function placeKey(tokens: readonly string[], hit: PhraseHit<unknown>, before: string): string {
  return `${tokens[hit.start]} ${tokens[hit.end - 1]} ${before}`;
}

/** Whether a place of elsewhere found in the question is part of a name the knowledge base
 * writes ("heeft de politie eenheid den haag getekend?"), and so no other region. */
export function partOfName(lex: LexiconIndex, tokens: readonly string[], hit: PhraseHit<string>): boolean {
  const w = tokens[hit.start - 1];
  return w !== undefined && lex.namedPlaces.has(placeKey(tokens, hit, w));
}

/** A place's words stand together ("Alphen aan den Rijn: niet helder" holds no Den Helder). */
export function together(hit: PhraseHit<string>): boolean {
  return hit.words.every((w, k) => k === 0 || w === (hit.words[k - 1] as number) + 1);
}

/** Whether an out-of-scope phrase found in the question follows words that make it no subject. */
export function afterExempting(
  lex: LexiconIndex,
  tokens: readonly string[],
  hit: PhraseHit<string>,
): boolean {
  // (Over a surname's particles: "dhr van Oosterhout", "wijkagent Van Delft".)
  let start = hit.start;
  while (start > 0 && SURNAME_PARTICLES.has(tokens[start - 1] as string)) start--;
  return lex.outOfScopeAfter
    .find(tokens)
    .some((h) => (h.end === hit.start || h.end === start) && h.value === hit.value);
}

const SURNAME_PARTICLES = new Set(["van", "de", "der", "den", "ter", "ten", "t"]);
