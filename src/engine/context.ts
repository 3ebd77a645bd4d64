/**
 * What the engine knows while answering one question: the knowledge base with its lookups,
 * the entities, topics and regions found in the question, and the answer language.
 */
import type {
  Contact,
  KnowledgeBase,
  Overleg,
  Provision,
  RegionKnowledge,
  School,
  Wijk,
} from "../knowledge/schema.ts";
import type { Entity, EntityMatch } from "./entities.ts";
import type { Language } from "./language.ts";
import type { MeetingSearch } from "./meeting-search.ts";
import type { ProvisionSearch } from "./search.ts";

/** Lookups over the knowledge base, built once per engine. */
export class KnowledgeLookup {
  readonly kb: KnowledgeBase;
  readonly regions = new Map<string, RegionKnowledge>();
  readonly provisions = new Map<string, { region: RegionKnowledge; provision: Provision }>();
  /** How many provisions and guidance items carry each topic: fewer means more specific. */
  readonly topicCounts = new Map<string, number>();

  /**
   * @param tag the topics of a text; wijkplan agreements and focus points carry no topics in
   * the data, so they are tagged by the words they use.
   */
  constructor(kb: KnowledgeBase, tag: (text: string) => string[]) {
    this.kb = kb;
    const add = (r: RegionKnowledge, p: Provision) => {
      this.provisions.set(p.id, { region: r, provision: p });
      for (const t of p.topics) this.topicCounts.set(t, (this.topicCounts.get(t) ?? 0) + 1);
    };
    for (const r of kb.regions) {
      this.regions.set(r.id, r);
      for (const p of r.covenant.provisions) add(r, p);
      // Each agreement and focus point of a wijkplan is quotable on its own.
      for (const w of r.wijken) {
        const items = [
          ...w.agreements.nl.map((nl, i) => ({
            nl,
            en: w.agreements.en[i] ?? nl,
            kind: "a",
            label: "afspraak",
          })),
          ...w.focus.nl.map((nl, i) => ({ nl, en: w.focus.en[i] ?? nl, kind: "f", label: "focuspunt" })),
        ];
        items.forEach((item, i) => {
          add(r, {
            id: `${r.id}/wijkplan-${w.id}-${item.kind}${i + 1}`,
            ref: w.ref,
            title: `Wijkplan ${w.name}, ${item.label}`,
            nl: item.nl,
            en: item.en,
            topics: tag(`${item.nl} ${item.en}`),
            roles: [],
          });
        });
      }
    }
    for (const g of kb.guidance)
      for (const t of g.topics) this.topicCounts.set(t, (this.topicCounts.get(t) ?? 0) + 1);
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

  roleKind(id: string): "role" | "organisation" {
    return this.kb.vocabulary.roles.find((x) => x.id === id)?.kind ?? "role";
  }

  meetingLabel(type: string, lang: Language): string {
    const m = this.kb.vocabulary.meetingTypes.find((x) => x.id === type);
    return m ? m[lang] : type;
  }

  overleggen(
    type: string,
    regions?: readonly string[],
  ): Array<{ region: RegionKnowledge; overleg: Overleg }> {
    const out: Array<{ region: RegionKnowledge; overleg: Overleg }> = [];
    for (const r of this.kb.regions) {
      if (regions && regions.length > 0 && !regions.includes(r.id)) continue;
      for (const o of r.overleggen) if (o.type === type) out.push({ region: r, overleg: o });
    }
    return out;
  }

  contacts(region: string): Contact[] {
    return this.regions.get(region)?.contacts ?? [];
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
  /** Content words that occur nowhere in the knowledge base. */
  offDomain: string[];
  /** Weight of the content words an entity or topic accounts for (long compounds count double). */
  explained: number;
  /** The regions to answer for: named, implied by a school or wijk, or the chat's. Empty: unknown. */
  regions: string[];
}

export interface Ctx {
  kb: KnowledgeLookup;
  search: ProvisionSearch;
  meetings: MeetingSearch;
  q: Query;
}
