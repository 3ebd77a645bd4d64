/**
 * The term vocabulary of the unit index: the stems of the words the knowledge base uses, each
 * a term id, with the units that hold it (its postings) and how rare it is (its idf). It also
 * reads a question word the knowledge base does not use as it stands: a typo of a word it
 * does use, or a Dutch compound of two words it uses.
 */
import { isDutchWord } from "./dutch.ts";
import { FuzzyVocabulary } from "./fuzzy.ts";
import type { LexiconIndex } from "./lexicon.ts";
import { normalize, STOPWORDS, stems, tokenize } from "./text.ts";

export interface Field {
  /** Term ids, sorted (a typed array: a national knowledge base has some 50,000 fields). */
  terms: Int32Array;
  /** For a paraphrase: the attributes its own cue words ask for ("waarvoor is ..." asks the purpose). */
  asks?: readonly string[];
  /** Sum of the idf of its terms (for a paraphrase's precision). */
  mass: number;
}

const NO_CUES: readonly string[] = [];
/** A term in more than this share of all units is common. */
const COMMON = 0.05;
const NO_UNITS = new Int32Array(0);

export class TermVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly df: number[] = [];
  /** Per term, the units that hold it, in unit order (units are grouped by region). */
  private postings: Int32Array[] = [];
  private readonly fields = new Map<string, Field>();
  private readonly fuzzy = new FuzzyVocabulary(1);
  /** Chat words and their typos ("eigelijk"): they carry no subject. */
  private readonly fillers = new FuzzyVocabulary(1);
  /** Corrections of unknown words already looked up (bounded). */
  private readonly corrected = new Map<string, string[]>();
  private readonly words = new Set<string>();
  private readonly lexicon: LexiconIndex;
  private idfCache: number[] = [];
  private highest = 1;
  /** How many units the index holds. */
  private unitCount = 0;

  constructor(lexicon: LexiconIndex, names: Iterable<string>) {
    this.lexicon = lexicon;
    for (const f of lexicon.fillers) if (f.length >= 6) this.fillers.add(f);
    for (const n of names) for (const w of tokenize(normalize(n))) this.words.add(w);
    for (const c of lexicon.lexicon.concepts) for (const w of [...c.nl, ...c.en, ...c.means]) this.note(w);
    for (const p of Object.values(lexicon.lexicon.attributes))
      for (const w of [...p.nl, ...p.en]) this.note(w);
  }

  /** Indexes the words for typo correction now rather than at the first unknown word. */
  prepare(): void {
    this.fuzzy.prepare();
    this.fillers.prepare();
  }

  /**
   * Lists, per term, the units whose text or paraphrases hold it (the units' fields made by
   * `field` and `paraphrase`, in unit order), and weighs every term and field by it.
   */
  index(units: ReadonlyArray<{ text: Field; paras: readonly Field[] }>): void {
    // Two passes over the units: count each term's units, then fill posting lists of that size
    // (a national knowledge base has about a million postings; no growing arrays to collect).
    const last: number[] = [];
    const unitTerms = (e: { text: Field; paras: readonly Field[] }, each: (t: number) => void) => {
      for (const f of [e.text, ...e.paras]) for (const t of f.terms) each(t);
    };
    for (const [i, entry] of units.entries())
      unitTerms(entry, (t) => {
        if (last[t] === i) return;
        last[t] = i;
        this.df[t] = (this.df[t] ?? 0) + 1;
      });
    this.postings = this.df.map((d) => new Int32Array(d));
    const filled = new Int32Array(this.df.length);
    last.fill(-1);
    for (const [i, entry] of units.entries())
      unitTerms(entry, (t) => {
        if (last[t] === i) return;
        last[t] = i;
        const k = filled[t] as number;
        filled[t] = k + 1;
        (this.postings[t] as Int32Array)[k] = i;
      });
    const n = units.length;
    this.unitCount = n;
    this.idfCache = this.df.map((d) => Math.log(1 + n / Math.max(1, d)));
    this.highest = Math.log(1 + n);
    // Masses need the idf, which needs every unit first.
    for (const f of this.fields.values()) f.mass = this.mass(f.terms);
    this.fields.clear();
  }

  private note(text: string): void {
    for (const w of tokenize(normalize(text))) {
      this.words.add(w);
      if (w.length >= 5) this.fuzzy.add(w);
    }
  }

  private termId(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(stem, id);
      this.df[id] = 0;
    }
    return id;
  }

  /** The terms of a text; identical texts (the same covenant in many municipalities) share one. */
  field(text: string, typos: boolean): Field {
    const known = this.fields.get(text);
    if (known) return known;
    const terms = new Set<number>();
    for (const w of tokenize(normalize(text))) {
      // Chat words are no evidence in a question, so none in a text or paraphrase either.
      if (STOPWORDS.has(w) || this.lexicon.fillers.has(w) || w.length < 2) continue;
      this.words.add(w);
      if (typos && w.length >= 5) this.fuzzy.add(w);
      for (const s of stems(w)) terms.add(this.termId(s));
    }
    const field = { terms: Int32Array.from(terms).sort(), mass: 0 };
    this.fields.set(text, field);
    return field;
  }

  /** A paraphrase's field, with the attributes its cue words ask for. */
  paraphrase(text: string): Field {
    const f = this.field(text, true);
    if (f.asks === undefined) {
      const asks = [...new Set(this.lexicon.cues.find(tokenize(normalize(text)), 4).map((h) => h.value))];
      f.asks = asks.length > 0 ? asks : NO_CUES;
    }
    return f;
  }

  /** How many units hold the term. */
  frequency(t: number): number {
    return this.df[t] ?? 0;
  }

  /** The units that hold the term, in unit order. */
  holders(t: number): Int32Array {
    return this.postings[t] ?? NO_UNITS;
  }

  /** A term found in more than a COMMON share of all units. */
  common(t: number): boolean {
    return (this.df[t] ?? 0) > COMMON * this.unitCount;
  }

  idf(t: number): number {
    return this.idfCache[t] ?? this.highest;
  }

  /** The idf of a term no unit holds. */
  get maxIdf(): number {
    return this.highest;
  }

  private mass(terms: Int32Array): number {
    let m = 0;
    for (const t of terms) m += this.idf(t);
    return m;
  }

  /** A word of the knowledge base, the lexicon or its names. */
  knows(w: string): boolean {
    return this.words.has(w);
  }

  /** A chat word or a typo of one. */
  filler(w: string): boolean {
    return this.fillers.lookup(w, 1).length > 0;
  }

  correct(w: string): string[] {
    let found = this.corrected.get(w);
    if (!found) {
      found = isDutchWord(w) ? [] : this.fuzzy.lookup(w, 1).map((c) => c.word);
      if (this.corrected.size < 50_000) this.corrected.set(w, found);
    }
    return found;
  }

  /** Adds the term ids of the words' stems that the knowledge base uses. */
  addTerms(words: readonly string[], out: Set<number>): void {
    for (const w of words)
      for (const s of stems(w)) {
        const id = this.ids.get(s);
        if (id !== undefined) out.add(id);
      }
  }

  /** Adds the units of one region's range that hold the term. */
  within(term: number, [start, end]: [number, number], out: Set<number>): void {
    const list = this.postings[term];
    if (!list) return;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length && (list[k] as number) < end; k++) out.add(list[k] as number);
  }

  /** The two known words a compound is made of, with or without a linking s or e. */
  split(w: string): string[] {
    for (let i = w.length - 3; i >= 3; i--) {
      const head = w.slice(0, i);
      const tail = w.slice(i);
      if (!this.words.has(tail)) continue;
      if (this.words.has(head)) return [head, tail];
      if ((head.endsWith("s") || head.endsWith("e")) && this.words.has(head.slice(0, -1)))
        return [head.slice(0, -1), tail];
    }
    return [];
  }
}
