/**
 * How what a question says around its content words moves a unit's score: the region left
 * open, the term a definition question asks for, the topic of general guidance, the attribute
 * of an overleg asked, and whether a wijk is in play. The weights were tuned on the development
 * halves of the evaluation sets only.
 */
import { normalize, remembered, stems, tokenize } from "./text.ts";
import type { Unit } from "./unit.ts";

/** Without a region, the general answer goes before one region's. */
const REGION_UNKNOWN = 0.92;
/** The definition of the term a "wat betekent ...?" question names. */
const TERM_ASKED = 0.3;
/** A wijk's plan when no wijk, school or plan is named. */
const WIJKPLAN_ELSEWHERE = 0.8;
/** A meeting of the whole covenant, asked about in a named wijk or at a named school. */
const CITYWIDE_IN_PLACE = 0.75;
/** Words every meeting's name has. */
const MEETING_WORDS = new Set(["overleg", "overleggen", "meeting", "vergadering", "bijeenkomst"]);
/** Another attribute of an overleg than the one asked. */
const OTHER_ATTRIBUTE = 0.9;
/** General guidance when the question is not about its topic. */
const GUIDANCE_OFF_TOPIC = 0.7;
/** Words between a definition cue and its term. */
const LINKS = new Set(
  "by with onder met under of van in bij op at the a an term word woord begrip ze zij jullie we wij they you".split(
    " ",
  ),
);
/** Words between "wat betekent" and the term asked. */
const ARTICLES = new Set(["een", "de", "het", "a", "an", "the", "eigenlijk", "eig", "precies"]);
const PLAN_WORDS = /^(wijk|wijken|wijkplan|wijkplannen|district|districts|neighbourhood|neighborhood)$/;

export interface QuestionContext {
  regionKnown: boolean;
  /** Stems of the word after a definition cue: the term asked. */
  term?: ReadonlySet<string>;
  topics: readonly string[];
  /** Overleg attributes the question's cues ask for. */
  attributes: readonly string[];
  /** A wijk or school is named, or the plans are asked about. */
  local: boolean;
  /** A wijk is named, or a school in one, and an attribute of a meeting asked, no meeting named. */
  place: boolean;
  /** The first five letters of the question's longer words. */
  stems: ReadonlySet<string>;
}

export function questionContext(q: {
  tokens: readonly string[];
  /** Token positions of names (schools, wijken, regions). */
  skip?: ReadonlySet<number>;
  named: ReadonlySet<string>;
  /** What the named entities imply: a named school's wijk. */
  implied?: ReadonlySet<string>;
  regions: readonly string[];
  topics?: readonly string[];
  /** Cue -> the question's token positions it claims. */
  cues: ReadonlyMap<string, ReadonlySet<number>>;
  /** Cues that ask an attribute of an overleg. */
  overlegCues: ReadonlySet<string>;
}): QuestionContext {
  const definition = q.cues.get("definition");
  const after = definition ? Math.max(...definition) + 1 : -1;
  // (Past "by", "onder", "met": "what do they mean by 'schoolveiligheid'", "wat verstaan ze onder een ...".)
  // (And past who and where: "wat verstaan ze in Leiden onder een 'ontwikkeling'".)
  const term =
    after > 0
      ? q.tokens.find((t, i) => i >= after && !ARTICLES.has(t) && !LINKS.has(t) && !q.skip?.has(i))
      : undefined;
  return {
    regionKnown: q.regions.length > 0,
    ...(term ? { term: new Set(stems(term)) } : {}),
    topics: q.topics ?? [],
    attributes: [...q.cues.keys()].filter((c) => q.overlegCues.has(c)),
    place:
      [...q.named, ...(q.implied ?? [])].some((n) => n.startsWith("wijk:")) &&
      ![...q.named].some((n) => n.startsWith("meeting:")) &&
      [...q.cues.keys()].some((c) => q.overlegCues.has(c)),
    stems: new Set(q.tokens.filter((t) => t.length >= 5).map((t) => t.slice(0, 5))),
    local:
      [...q.named].some((n) => n.startsWith("wijk:") || n.startsWith("school:")) ||
      q.tokens.some((t) => PLAN_WORDS.test(t)),
  };
}

/** The unit's score in the question's context. `cue`: the attribute or slot the unit answers. */
export function weigh(u: Unit, cue: string | undefined, score: number, c: QuestionContext): number {
  let s = score;
  if (!c.regionKnown && u.region !== null) s *= REGION_UNKNOWN;
  // "Wat betekent ontwikkeling in het signaaloverleg?": the word after the cue is the term asked.
  if (c.term && u.kind === "definition" && names(u.title, c.term)) s += TERM_ASKED;
  // General guidance only when the question is about its topic (camera footage, the meldcode).
  if (u.topics && !u.topics.some((t) => c.topics.includes(t))) s *= GUIDANCE_OFF_TOPIC;
  // The question asks one attribute of an overleg ("hoe vaak"): its other attributes less so.
  if (u.kind === "overleg" && cue && c.attributes.length > 0 && !c.attributes.includes(cue))
    s *= OTHER_ATTRIBUTE;
  // One wijk's plan is that wijk's answer: asked without naming a wijk, a school or the plans,
  // a covenant's own rule goes first.
  if (u.kind === "wijkplan" && !c.local) s *= WIJKPLAN_ELSEWHERE;
  // "hoe vaak is het overleg in Palenstein": the wijk's own meeting before the covenant's.
  // (Not one the question names by a word of its own: "the evaluation for schools in Oosterheem".)
  if (
    u.kind === "overleg" &&
    c.place &&
    !u.about.some((a) => a.startsWith("wijk:")) &&
    !titleStems(u.title).some((st) => c.stems.has(st))
  )
    s *= CITYWIDE_IN_PLACE;
  return s;
}

/** The first five letters of a meeting's title's own longer words ("Bestuurlijk overleg en
 * evaluatie": "bestu", "evalu"), read once a title. */
function titleStems(title: string): string[] {
  return remembered(titles, title, () =>
    tokenize(normalize(title))
      .filter((w) => w.length >= 5 && !MEETING_WORDS.has(w))
      .map((w) => w.slice(0, 5)),
  );
}
const titles = new Map<string, string[]>();

/** The most `weigh` can add to a unit's score. */
export function headroom(u: Unit, c: QuestionContext): number {
  return c.term && u.kind === "definition" ? TERM_ASKED : 0;
}

/** Whether one of the title's words has a stem of the term: "ontwikkeling" names "Ontwikkeling". */
function names(title: string, term: ReadonlySet<string>): boolean {
  return tokenize(normalize(title)).some((w) => stems(w).some((st) => term.has(st)));
}
