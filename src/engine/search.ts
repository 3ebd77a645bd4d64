/**
 * Full-text retrieval of covenant provisions and general guidance with MiniSearch. MiniSearch
 * was chosen over Orama and FlexSearch because it is small, has no dependencies, ranks with
 * BM25+, supports per-field boosts, fuzzy and prefix matching, and takes a custom term
 * processor, which is where Dutch and English Snowball stemming plug in. Orama would bring
 * its own stemmers but a larger runtime and async API; FlexSearch's ranking is not BM25 and
 * its typings are weak.
 */
import MiniSearch from "minisearch";
import type { KnowledgeBase, Provision } from "../knowledge/schema.ts";
import { normalize, STOPWORDS, stems } from "./text.ts";

export interface SearchDoc {
  id: string;
  kind: "provision" | "guidance";
  /** Region id, or "guidance" for general guidance. */
  region: string;
  title: string;
  body: string;
  keywords: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDoc["kind"];
  region: string;
  score: number;
}

function processTerm(term: string): string[] | null {
  const t = normalize(term);
  if (!t || STOPWORDS.has(t) || t.length < 2) return null;
  return [...stems(t)];
}

export class ProvisionSearch {
  private readonly mini: MiniSearch<SearchDoc>;
  /** Normalised word -> the other words of its synonym groups. */
  private readonly synonyms = new Map<string, string[]>();

  /** Indexes every provision given (covenant articles and wijkplan items) and the guidance. */
  constructor(kb: KnowledgeBase, provisions: Iterable<{ region: { id: string }; provision: Provision }>) {
    this.mini = new MiniSearch<SearchDoc>({
      fields: ["title", "body", "keywords"],
      storeFields: ["kind", "region"],
      processTerm,
      searchOptions: {
        boost: { title: 2, keywords: 1.5 },
        fuzzy: (t) => (t.length >= 7 ? 0.15 : 0),
        // Beyond two typos a fuzzy search walks most of the index for each long word.
        maxFuzzy: 2,
        prefix: (t) => t.length >= 6,
      },
    });
    const topicWords = new Map(kb.vocabulary.topics.map((t) => [t.id, [...t.nl, ...t.en].join(" ")]));
    const roleWords = new Map(kb.vocabulary.roles.map((r) => [r.id, `${r.nl} ${r.en}`]));
    const docs: SearchDoc[] = [];
    for (const { region, provision: p } of provisions) {
      docs.push({
        id: p.id,
        kind: "provision",
        region: region.id,
        title: p.title,
        body: `${p.nl} ${p.en}`,
        keywords: [...p.topics.map((t) => topicWords.get(t)), ...p.roles.map((r) => roleWords.get(r))].join(
          " ",
        ),
      });
    }
    for (const g of kb.guidance) {
      docs.push({
        id: g.id,
        kind: "guidance",
        region: "guidance",
        title: `${g.title.nl} ${g.title.en}`,
        body: `${g.nl} ${g.en}`,
        keywords: g.topics.map((t) => topicWords.get(t)).join(" "),
      });
    }
    this.mini.addAll(docs);
    for (const group of kb.vocabulary.synonyms) {
      const words = group.map((w) => normalize(w));
      for (const w of words)
        this.synonyms.set(w, [...(this.synonyms.get(w) ?? []), ...words.filter((x) => x !== w)]);
    }
  }

  /** The question's words plus their synonyms; the synonyms count less. */
  private expand(question: string): { query: string; own: Set<string> } {
    // Each distinct word is searched once: a fuzzy search per repeated word made a long
    // question of one word typed many times cost tens of milliseconds.
    const words = [...new Set(normalize(question).split(" "))];
    const own = new Set(words.flatMap((w) => processTerm(w) ?? []));
    const extra = words.flatMap((w) => this.synonyms.get(w) ?? []);
    return { query: [...new Set([...words, ...extra])].join(" "), own };
  }

  /** Best matches for the question, optionally only within the given regions (and guidance). */
  search(question: string, regions?: ReadonlySet<string>): SearchHit[] {
    const filter = regions
      ? (r: { region: string }) => regions.has(r.region) || r.region === "guidance"
      : undefined;
    const { query, own } = this.expand(question);
    const boostTerm = (term: string) => (own.has(term) ? 1 : 0.4);
    return this.mini
      .search(
        query,
        filter ? { boostTerm, filter: (r) => filter(r as unknown as { region: string }) } : { boostTerm },
      )
      .map((r) => ({
        id: String(r.id),
        kind: r.kind as SearchDoc["kind"],
        region: r.region as string,
        score: r.score,
      }));
  }
}
