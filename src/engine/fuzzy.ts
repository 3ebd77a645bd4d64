/**
 * Typo-tolerant lookup of single words in a fixed vocabulary, using the symmetric-delete
 * idea of SymSpell: every vocabulary word is indexed under the strings obtained by deleting
 * one character, and a question word is looked up under those obtained by deleting up to two,
 * so a misspelt word finds its candidates with a handful of map lookups instead of a scan. The candidates are then checked with a real edit distance
 * (fastest-levenshtein). Written here because the entity resolver needs word-level matches
 * with positions in the question, which full-text libraries (MiniSearch, Orama) do not expose,
 * and the maintained npm SymSpell ports are either unmaintained or pull in their own
 * dictionaries.
 */
import { distance } from "fastest-levenshtein";

/** Edits allowed for a word of this length: short words must match exactly. */
export function maxEdits(length: number): number {
  // Five letters or fewer: too many everyday words lie one edit away ("adres"/"Aeres").
  if (length <= 5) return 0;
  if (length <= 8) return 1;
  return 2;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

/** Lookups remembered per vocabulary. */
const RECENT = 20_000;

/** Most edits any lookup allows (maxEdits of a long word). */
const MOST_EDITS = 2;

export class FuzzyVocabulary {
  private readonly words = new Set<string>();
  /** Deletion key -> the word (most keys have one) or words indexed under it. */
  private readonly index = new Map<string, string | string[]>();
  private longest = 0;
  /** Words added but not indexed yet. */
  private readonly pending: string[] = [];
  /** Answers of recent lookups (cleared when full: a simple bound on memory). */
  private readonly recent = new Map<string, Array<{ word: string; edits: number }>>();
  /** At most this many edits for any word (1 keeps a large vocabulary small and fast). */
  private readonly most: number;

  constructor(most = MOST_EDITS) {
    this.most = most;
  }

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    this.longest = Math.max(this.longest, word.length);
    this.pending.push(word);
    // A lookup remembered before this word came may now have another answer.
    if (this.recent.size > 0) this.recent.clear();
  }

  /** Indexes the words added so far now, not at the first lookup (see Engine.prepare). */
  prepare(): void {
    if (this.pending.length > 0) this.flush();
  }

  /** Indexes the words added since the last lookup (a vocabulary never looked up costs nothing). */
  private flush(): void {
    for (const word of this.pending) this.index1(word);
    this.pending.length = 0;
  }

  private index1(word: string): void {
    const keys = new Set<string>([word]);
    // Words are indexed under one deletion, questions looked up under up to two: a swap of two
    // letters, or a letter too many plus one too few, is still found, and the index stays small.
    deletes(word, Math.min(1, this.most, maxEdits(word.length)), keys);
    for (const k of keys) {
      const known = this.index.get(k);
      if (known === undefined) this.index.set(k, word);
      else if (typeof known === "string") this.index.set(k, [known, word]);
      else known.push(word);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /**
   * Vocabulary words within the allowed edit distance of `word` (and at most `limit` edits),
   * with that distance.
   */
  lookup(word: string, limit = MOST_EDITS): Array<{ word: string; edits: number }> {
    // The same words come back in question after question: their neighbourhoods are kept.
    const key = `${limit}:${word}`;
    const known = this.recent.get(key);
    if (known) return known;
    const found = this.search(word, limit);
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(key, found);
    return found;
  }

  private search(word: string, limit: number): Array<{ word: string; edits: number }> {
    if (this.pending.length > 0) this.flush();
    // No vocabulary word lies within reach of a longer one; its deletion neighbourhood would
    // grow with the cube of its length (a 999-letter word: a gigabyte and seconds).
    if (word.length > this.longest + MOST_EDITS) return [];
    const allowed = Math.min(limit, this.most, maxEdits(word.length));
    if (this.words.has(word) && allowed === 0) return [{ word, edits: 0 }];
    const keys = new Set<string>([word]);
    deletes(word, allowed, keys);
    const found = new Map<string, number>();
    for (const k of keys) {
      const known = this.index.get(k);
      if (known === undefined) continue;
      for (const candidate of typeof known === "string" ? [known] : known) {
        if (found.has(candidate)) continue;
        const limit = Math.min(allowed, maxEdits(candidate.length));
        const d = candidate === word ? 0 : distance(candidate, word);
        if (d <= limit) found.set(candidate, d);
      }
    }
    return [...found].map(([w, edits]) => ({ word: w, edits }));
  }
}
