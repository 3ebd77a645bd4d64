/**
 * Finds the schools, wijken, roles, meeting types, regions, boards and defined terms that a
 * question names, typo-tolerantly and with their position, so that overlapping readings can
 * be resolved (the longest name wins) and equally good readings reported as ambiguous.
 */

import { distance } from "fastest-levenshtein";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { FuzzyVocabulary } from "./fuzzy.ts";
import { normalize, STOPWORDS, tokenize } from "./text.ts";

export type EntityKind = "region" | "school" | "board" | "wijk" | "role" | "meeting" | "term";

export interface Entity {
  kind: EntityKind;
  id: string;
  /** The region the entity belongs to; null for region-independent entities (roles, meeting types). */
  region: string | null;
  label: string;
  /** For an organisation: the role that is its point of contact for schools. */
  contact?: string;
}

/** One reading of a stretch of the question: all entities that fit it equally well. */
export interface EntityMatch {
  start: number;
  end: number;
  edits: number;
  entities: Entity[];
  /** The words of the question that matched. */
  text: string;
}

interface Alias {
  tokens: string[];
  entity: Entity;
  /** A short capitalised word of the alias ("OM") that must be typed in capitals too,
   * because in lower case it is an everyday word ("om 9 uur"). */
  acronym?: RegExp;
}

const ARTICLES = new Set(["de", "het", "the", "een", "a", "an"]);

export class EntityIndex {
  private readonly byFirst = new Map<string, Alias[]>();
  private readonly vocabulary = new FuzzyVocabulary();
  private readonly seen = new Set<string>();

  static fromKnowledge(kb: KnowledgeBase): EntityIndex {
    const index = new EntityIndex();
    const v = kb.vocabulary;
    for (const r of v.regions)
      index.add({ kind: "region", id: r.id, region: r.id, label: r.name }, [r.name, ...r.aliases]);
    for (const r of v.roles)
      index.add(
        { kind: "role", id: r.id, region: null, label: r.nl, ...(r.contact ? { contact: r.contact } : {}) },
        [r.nl, ...r.aliases],
      );
    for (const m of v.meetingTypes)
      index.add({ kind: "meeting", id: m.id, region: null, label: m.nl }, [m.nl, ...m.aliases]);
    for (const region of kb.regions) {
      for (const s of region.schools)
        index.add({ kind: "school", id: s.id, region: region.id, label: s.name }, [s.name, ...s.aliases]);
      for (const b of region.boards)
        index.add({ kind: "board", id: b.id, region: region.id, label: b.name }, [b.name, ...b.aliases]);
      for (const w of region.wijken)
        index.add({ kind: "wijk", id: w.id, region: region.id, label: w.name }, [w.name, ...w.aliases]);
      for (const d of region.covenant.definitions) {
        index.add({ kind: "term", id: `${region.id}/${d.term}`, region: region.id, label: d.term }, [
          d.term,
          ...(d.aliases ?? []),
        ]);
      }
    }
    return index;
  }

  /** Indexes the names for typo correction now rather than at the first unknown word. */
  prepare(): void {
    this.vocabulary.prepare();
  }

  add(entity: Entity, names: string[]): void {
    for (const name of names) {
      const tokens = tokenize(normalize(name));
      // "De Klimboom" is also called "Klimboom".
      const variants = [tokens];
      if (tokens.length > 1 && ARTICLES.has(tokens[0] ?? "")) variants.push(tokens.slice(1));
      if (tokens.length > 1 && tokens.join("").length >= 6) variants.push([tokens.join("")]);
      const acronym = name.split(/\s+/).find((w) => /^[A-Z]{2,3}$/.test(w) && STOPWORDS.has(w.toLowerCase()));
      for (const t of variants)
        this.addTokens(t, entity, acronym ? new RegExp(`\\b${acronym}\\b`) : undefined);
    }
  }

  private addTokens(tokens: string[], entity: Entity, acronym?: RegExp): void {
    if (tokens.length === 0 || tokens.every((t) => ARTICLES.has(t))) return;
    const key = `${entity.kind}|${entity.id}|${tokens.join(" ")}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const first = tokens[0] as string;
    const list = this.byFirst.get(first);
    const alias: Alias = acronym ? { tokens, entity, acronym } : { tokens, entity };
    if (list) list.push(alias);
    else this.byFirst.set(first, [alias]);
    for (const t of tokens) this.vocabulary.add(t);
  }

  /** All non-overlapping entity readings of the question, longest first. */
  find(question: string): EntityMatch[] {
    const tokens = tokenize(normalize(question));
    const raw: EntityMatch[] = [];
    const lookups = new Map<string, Map<string, number>>();
    const near = (token: string, limit?: number): Map<string, number> => {
      const cacheKey = limit === undefined ? token : `${token}|${limit}`;
      let m = lookups.get(cacheKey);
      if (!m) {
        m = new Map(this.vocabulary.lookup(token, limit).map((c) => [c.word, c.edits]));
        lookups.set(cacheKey, m);
      }
      return m;
    };
    // A question word may also be two words typed apart ("wijk agent") or run together.
    const positions: Array<{ start: number; end: number; token: string; limit?: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i] as string;
      const b = tokens[i + 1];
      positions.push({ start: i, end: i + 1, token: a });
      if (b !== undefined && !STOPWORDS.has(a) && !STOPWORDS.has(b)) {
        const limit = Math.min(a.length, b.length) <= 3 ? 0 : 1;
        positions.push({ start: i, end: i + 2, token: `${a}${b}`, limit });
      }
    }
    for (const pos of positions) {
      // Two words typed together may differ from the name by one edit only, and not at all where
      // one of them is short: a short word must match exactly ("vo overleg" is no "po overleg").
      for (const [word, firstEdits] of near(pos.token, pos.limit)) {
        for (const alias of this.byFirst.get(word) ?? []) {
          if (alias.acronym && !alias.acronym.test(question)) continue;
          let edits = firstEdits;
          let end = pos.end;
          let ok = true;
          for (let k = 1; k < alias.tokens.length; k++) {
            const q = tokens[end];
            const t = alias.tokens[k] as string;
            // ("kc de entre": a short word one letter off, after a name's own first word.)
            const e =
              q === undefined
                ? undefined
                : (near(q).get(t) ??
                  (q.length >= 4 &&
                  Math.abs(q.length - t.length) <= 1 &&
                  !ARTICLES.has(alias.tokens[0] as string) &&
                  distance(q, t) === 1
                    ? 1
                    : undefined));
            if (e === undefined) {
              ok = false;
              break;
            }
            edits += e;
            end++;
          }
          if (ok)
            raw.push({
              start: pos.start,
              end,
              edits,
              entities: [alias.entity],
              text: tokens.slice(pos.start, end).join(" "),
            });
        }
      }
    }
    return resolve(raw);
  }
}

/** Keeps the longest, closest readings; equally good readings of one stretch are merged. */
function resolve(raw: EntityMatch[]): EntityMatch[] {
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.edits - b.edits || a.start - b.start);
  const taken: boolean[] = [];
  const out: EntityMatch[] = [];
  for (const m of raw) {
    const same = out.find((o) => o.start === m.start && o.end === m.end && o.edits === m.edits);
    if (same) {
      if (!same.entities.some((e) => e.kind === m.entities[0]?.kind && e.id === m.entities[0]?.id)) {
        same.entities.push(...m.entities);
      }
      continue;
    }
    let free = true;
    for (let i = m.start; i < m.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) taken[i] = true;
    out.push({ ...m, entities: [...m.entities] });
  }
  return out.sort((a, b) => a.start - b.start);
}
