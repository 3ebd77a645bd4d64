/**
 * Recognises the topics of a question (privacy, camera, aangifte, ...) from the keyword
 * lists in vocabulary.yaml: inflected forms through stemming, typos through the fuzzy
 * vocabulary, and Dutch compounds ("kluisjescontrole", "politiecamera") by their parts.
 */
import type { Topic } from "../knowledge/schema.ts";
import { FuzzyVocabulary } from "./fuzzy.ts";
import { normalize, STOPWORDS, stems, tokenize } from "./text.ts";

interface Keyword {
  topic: string;
  tokens: string[];
}

export class TopicMatcher {
  private readonly keywords: Keyword[] = [];
  /** Keywords by their first word: a question is matched word by word, not keyword by keyword. */
  private readonly byFirst = new Map<string, Keyword[]>();
  private readonly vocabulary = new FuzzyVocabulary();
  private readonly stemToWords = new Map<string, Set<string>>();

  constructor(topics: readonly Topic[]) {
    for (const t of topics) {
      for (const k of [...t.nl, ...t.en]) {
        const tokens = tokenize(normalize(k));
        if (tokens.length === 0) continue;
        const keyword = { topic: t.id, tokens };
        this.keywords.push(keyword);
        const first = tokens[0] as string;
        const same = this.byFirst.get(first);
        if (same) same.push(keyword);
        else this.byFirst.set(first, [keyword]);
        for (const w of tokens) {
          this.vocabulary.add(w);
          for (const s of stems(w)) {
            const set = this.stemToWords.get(s) ?? new Set<string>();
            set.add(w);
            this.stemToWords.set(s, set);
          }
        }
      }
    }
  }
  /** Indexes the keywords for typo correction now rather than at the first unknown word. */
  prepare(): void {
    this.vocabulary.prepare();
  }

  /** Keyword words that a question word stands for. */
  private wordsFor(token: string): Set<string> {
    const out = new Set<string>();
    // Function words only count inside a keyword phrase ("van kracht"), and only as typed.
    if (STOPWORDS.has(token)) {
      for (const c of this.vocabulary.lookup(token)) if (c.edits === 0) out.add(c.word);
      return out;
    }
    // Typos only in longer words: short ones collide with ordinary words ("tussen"/"tassen").
    for (const c of this.vocabulary.lookup(token))
      if (c.edits === 0 || (token.length >= 7 && c.edits === 1)) out.add(c.word);
    // Stems of short words collide across the two languages ("me" and "mes" both stem to "me").
    if (token.length >= 4)
      for (const s of stems(token)) for (const w of this.stemToWords.get(s) ?? []) out.add(w);
    if (token.length >= 8) {
      for (const k of this.keywords) {
        const w = k.tokens[0] as string;
        if (k.tokens.length === 1 && w.length >= 5 && (token.startsWith(w) || token.endsWith(w))) out.add(w);
      }
    }
    return out;
  }

  /** Topic ids the question is about, most specific keyword first. */
  match(question: string): string[] {
    return this.analyse(question).topics;
  }

  /** Topic ids, and the positions of the question's words that named them. */
  analyse(question: string): { topics: string[]; covered: Set<number> } {
    const tokens = tokenize(normalize(question));
    const present = tokens.map((t) => this.wordsFor(t));
    const found = new Map<string, number>();
    const covered = new Set<number>();
    for (let i = 0; i < tokens.length; i++)
      for (const w of present[i] ?? [])
        for (const k of this.byFirst.get(w) ?? []) {
          if (i + k.tokens.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < k.tokens.length; j++)
            if (!present[i + j]?.has(k.tokens[j] as string)) ok = false;
          if (ok) {
            found.set(k.topic, Math.max(found.get(k.topic) ?? 0, k.tokens.join(" ").length));
            for (let j = 0; j < k.tokens.length; j++) covered.add(i + j);
          }
        }
    return { topics: [...found].sort((a, b) => b[1] - a[1]).map(([id]) => id), covered };
  }
}
