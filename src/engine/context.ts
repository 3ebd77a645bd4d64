/**
 * What the engine knows while answering one question: the knowledge base with its lookups,
 * the entities, topics and regions found in the question, and the answer language.
 */

import type { KnowledgeBase, Provision, RegionKnowledge, School, Wijk } from "../knowledge/schema.ts";
import type { Entity, EntityKind, EntityMatch } from "./entities.ts";
import type { Language } from "./language.ts";
import type { AskOptions } from "./types.ts";

/** Lookups over the knowledge base, built once per engine. */
export class KnowledgeLookup {
  readonly kb: KnowledgeBase;
  readonly regions = new Map<string, RegionKnowledge>();
  readonly provisions = new Map<string, { region: RegionKnowledge; provision: Provision }>();

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    for (const r of kb.regions) {
      this.regions.set(r.id, r);
      for (const p of r.covenant.provisions) this.provisions.set(p.id, { region: r, provision: p });
    }
  }

  region(id: string): RegionKnowledge {
    const r = this.regions.get(id);
    if (!r) throw new Error(`unknown region ${id}`);
    return r;
  }

  school(region: string, id: string): School | undefined {
    return this.regions.get(region)?.schools.find((s) => s.id === id);
  }

  wijk(region: string, id: string): Wijk | undefined {
    return this.regions.get(region)?.wijken.find((w) => w.id === id);
  }

  roleLabel(id: string, lang: Language): string {
    const r = this.kb.vocabulary.roles.find((x) => x.id === id);
    return r ? r[lang] : id;
  }
}

/** One question, as understood. */
export interface Query {
  text: string;
  normalized: string;
  tokens: string[];
  lang: Language;
  matches: EntityMatch[];
  schools: Entity[];
  boards: Entity[];
  wijken: Entity[];
  roles: Entity[];
  meetings: Entity[];
  terms: Entity[];
  /** Regions the question names explicitly. */
  namedRegions: string[];
  topics: string[];
  /** Content words that no entity, topic or question cue accounts for. */
  unexplained: string[];
  /** Weight of the content words an entity or topic accounts for (long compounds count double). */
  explained: number;
  /** The regions to answer for: named, implied by a school or wijk, or the chat's. Empty: unknown. */
  regions: string[];
  /** Words the question writes in capitals ("VOG", "DPIA"), in lower case. */
  acronyms: ReadonlySet<string>;
}

/** The positions of the question's tokens that name an entity of this kind ("SO De Musketier"). */
export function tokensNaming(q: Query, kind: EntityKind): Set<number> {
  const out = new Set<number>();
  for (const m of q.matches)
    if (m.entities.some((e) => e.kind === kind)) for (let i = m.start; i < m.end; i++) out.add(i);
  return out;
}

export interface Ctx {
  kb: KnowledgeLookup;
  q: Query;
  /** Current role holders from the roster (AskOptions.contacts). */
  contacts?: AskOptions["contacts"];
  /** The covenant's words the lexicon puts behind the question's phrases ("moped" -> bromfiets):
   * they pick the sentence quoted under an answer. */
  covenantWords?: ReadonlyArray<readonly string[]>;
  /** When the question asks what a meeting is for, the words that say a purpose ("doel", "benut
   * om"): a sentence holding one says what was asked, not only what it is about. */
  purposeWords?: readonly string[];
  /** A person's name or number asked after the question ("... ? naam en 06 graag"). */
  asksName?: boolean;
}
