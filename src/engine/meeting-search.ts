/**
 * Finds the overleg a question describes when it does not use the meeting's name: "het
 * overleg tussen school en politie in Almere" is Almere's monthly school-police meeting.
 * Scores each overleg by the question's content words found in its name, participants and
 * purpose.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Found } from "./compose/meetings.ts";
import { normalize, searchTerms } from "./text.ts";

/** Words that say "a meeting" or "how often" without telling meetings apart. */
const GENERIC = new Set(
  searchTerms(
    "overleg overleggen vergadering vergaderingen bijeenkomst bijeenkomsten meeting meetings vaak keer often times held " +
      "organiseert organises jaar year wanneer when elkaar komen komt samen together hoeveel met tussen between",
  ),
);

interface Indexed extends Found {
  /** Terms of the meeting's name and type: they count double. */
  nameTerms: Set<string>;
  terms: Set<string>;
}

export class MeetingSearch {
  private readonly items: Indexed[] = [];
  /** Region names say where, not which meeting. */
  private readonly regionWords: Set<string>;

  constructor(kb: KnowledgeBase) {
    this.regionWords = new Set(
      searchTerms(kb.vocabulary.regions.flatMap((r) => [r.name, ...r.aliases]).join(" ")),
    );
    const types = new Map(
      kb.vocabulary.meetingTypes.map((m) => [m.id, `${m.nl} ${m.en} ${m.aliases.join(" ")}`]),
    );
    for (const region of kb.regions) {
      for (const overleg of region.overleggen) {
        const name = `${overleg.name} ${types.get(overleg.type)}`;
        const text = [
          ...overleg.participants.nl,
          ...overleg.participants.en,
          overleg.purpose.nl,
          overleg.purpose.en,
        ].join(" ");
        this.items.push({
          region,
          overleg,
          nameTerms: new Set(searchTerms(name)),
          terms: new Set(searchTerms(text)),
        });
      }
    }
  }

  /** The best-fitting overleggen within the regions and wijken, or none when nothing fits. */
  find(question: string, regions: readonly string[], wijken: ReadonlySet<string>): Found[] {
    // One entry per question word, with its Dutch and English stems.
    const words = normalize(question)
      .split(" ")
      .map((w) => searchTerms(w))
      .filter((stems) => stems.length > 0 && !stems.some((t) => GENERIC.has(t) || this.regionWords.has(t)));
    if (words.length === 0) return [];
    const hits = (set: Set<string>) => words.filter((stems) => stems.some((t) => set.has(t))).length;
    let best = 0;
    let found: Indexed[] = [];
    for (const item of this.items) {
      if (regions.length > 0 && !regions.includes(item.region.id)) continue;
      if (wijken.size > 0 && item.overleg.wijk && !wijken.has(item.overleg.wijk)) continue;
      let score = hits(item.terms) + 2 * hits(item.nameTerms);
      if (wijken.size > 0 && item.overleg.wijk && wijken.has(item.overleg.wijk)) score += 1;
      if (score > best) {
        best = score;
        found = [item];
      } else if (score === best && score > 0) found.push(item);
    }
    return best >= 1 && found.length <= 2 ? found : [];
  }
}
