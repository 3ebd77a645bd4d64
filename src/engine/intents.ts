/**
 * The few questions that need no ranking: small talk, a name that fits two schools, and the
 * look-ups of a person (contact), a school's wijk and a wijk's schools. Every other question
 * is answered from the ranked units (answerer.ts).
 */

import { type Query, tokensNaming } from "./context.ts";
import type { Entity, EntityMatch } from "./entities.ts";

export type Route =
  | { kind: "clarify"; match: EntityMatch; options: Entity[] }
  | { kind: "contact"; role: Entity }
  | { kind: "school-wijk"; school: Entity }
  | { kind: "wijk-schools" }
  | { kind: "wijken" }
  | { kind: "smalltalk"; what: "greeting" | "thanks" | "help" }
  /** Everything else: the units answer it. */
  | { kind: "units" };

const CONTACT =
  /\b(wie is|wie zijn|wie zit|wie doet|wie heb ik|wie moet ik|wie kan ik|wie bel ik|wie mail ik|who is|who are|whos|contact\w*|telefoon\w*|nummer|email\w*|mailen|appen|whatsappen|bereik\w*|bellen|bel ik|bel je|te pakken|reach|phone|number|call|naam van|name of)\b/;
const SCHOOL_WIJK =
  /\b(welke wijk|in welke wijk|welk wijkplan|in welk wijkplan|welke wijkplan|which district plan|wijk ligt|wijk zit|wijk hoort|waar ligt|waar zit|which (district|neighbourhood|neighborhood|area|wijk|wijkplan|area plan|district plan)|what (district|neighbourhood|neighborhood|area|wijk|wijkplan)|where is|in what|belong to)\b/;
/** (Not "scholen in ..." after a preposition: "wat doet kwadraad voor scholen in alphen?" asks what
 * Kwadraad does.) */
const WIJK_SCHOOLS =
  /\b(welke scholen|welke basisscholen|hoeveel scholen|(?<!\b(?:voor|for|bij|aan)(?: (?:de|the|onze|our|alle|all))? )(?:scholen (?:in|zitten|liggen|horen|vallen|doen (?:er )?mee|zijn)|schools (?:in|are|belong))|lijst (van|met) scholen|(?:which|what) (?:other )?schools|welke andere scholen|how many schools|list of schools)\b/;
/** "tabor college here, which other schools are in the covenant with us?": the named school is the
 * asker's own, and the covenant as a whole is asked about (not a wijk, a meeting, a town or a role). */
const OTHER_SCHOOLS = /\b(?:(?:which|what) other schools|welke andere scholen)\b/;
const WHOLE_COVENANT = /\b(?:covenant|convenant)\b/;
const NARROWER =
  /\b(?:wijk\w*|district\w*|plan|buurt|neighbourhood|overleg\w*|meeting|besides|naast|behalve)\b/;
function otherSchoolsInCovenant(q: Query): boolean {
  const s = q.normalized;
  return (
    OTHER_SCHOOLS.test(s) &&
    WHOLE_COVENANT.test(s) &&
    !NARROWER.test(s) &&
    q.meetings.length === 0 &&
    q.wijken.length === 0 &&
    q.roles.every((r) => GENERIC_PARTIES.has(r.id))
  );
}
const WIJKEN =
  /\b(welke wijken|hoeveel wijken|wijken zijn er|welke wijkplannen|which districts|what districts|how many districts|list of districts|which district plans|which wijkplannen|wijken (?:have|has) (?:a )?(?:wijkplan|district plan))\b/;
/** "who are these taakaccenthouders?", "wie zijn die boa's eigenlijk?": what they are, not who. */
const WHAT_THEY_ARE = /\b(?:who are (?:these|those)|wie zijn (?:die|deze|dat|dit))\b/;
/** Parties so general ("de gemeente", "de school") that a subject in the question matters more. */
const GENERIC_PARTIES = new Set(["school", "gemeente", "politie"]);
/** The general word for a contact ("aanspreekpunt", "contactpersoon"). */
const GENERIC_CONTACT = "contactpersoon-convenant";

function ambiguous(q: Query): Route | undefined {
  for (const m of q.matches) {
    const kinds = new Set(m.entities.map((e) => e.kind));
    if (kinds.size !== 1) continue;
    const [kind] = kinds;
    if (kind !== "school" && kind !== "wijk" && kind !== "board") continue;
    let options = m.entities;
    if (q.regions.length > 0) {
      const inRegion = options.filter((e) => e.region && q.regions.includes(e.region));
      if (inRegion.length > 0) options = inRegion;
    }
    // One organisation in two covenants ("MboRijnland" in Alphen and in Leiden) is not two
    // things to choose from: each covenant answers for it.
    const regions = new Set(options.map((e) => e.region));
    if (kind === "board" && regions.size === options.length) continue;
    // ... nor is a school of that name in each of the two regions the question names.
    if (
      regions.size === options.length &&
      q.namedRegions.length >= 2 &&
      [...regions].every((r) => r && q.namedRegions.includes(r))
    )
      continue;
    if (options.length > 1) return { kind: "clarify", match: m, options };
  }
  return undefined;
}

const HELP =
  /^(help|hulp|help me|kun je me helpen|kan je me helpen|wat kun je|wat kan je|wat kun je allemaal|wat doe je|wat weet je|hoe werkt dit|what can you do|how does this work|what do you know|can you help( me)?)$/;
const THANKS =
  /^(dank je( wel)?|dankjewel|dank u( wel)?|bedankt|top bedankt|super bedankt|thanks|thank you|thx|merci|fijn|top)$/;
const GREETING =
  /^(hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|good afternoon|test|ping)( .*)?$/;

/**
 * Whether the question asks who holds a role or how to reach them, in words other than the
 * role's own name: "wat doet de contactpersoon van de politie?" asks what the role does.
 */
export function asksWho(q: Query): boolean {
  if (WHAT_THEY_ARE.test(q.normalized)) return false;
  const roleWords = tokensNaming(q, "role");
  return CONTACT.test(q.tokens.filter((_, i) => !roleWords.has(i)).join(" "));
}

/** "wijkagent hofvijver?": a role and a place, nothing else, is a person looked up. */
function bareLookup(q: Query): boolean {
  const place = q.schools.length + q.wijken.length > 0;
  const bare = q.matches.every((m) =>
    m.entities.some((e) => e.kind === "role" || e.kind === "school" || e.kind === "wijk"),
  );
  return place && bare && q.tokens.length <= q.matches.reduce((n, m) => n + m.end - m.start, 0) + 1;
}

/** Whether the question asks for a person: who holds a role, how to reach them, or a role and a place alone. */
export function asksPerson(q: Query): boolean {
  return asksWho(q) || bareLookup(q);
}

/** Whether a (normalized) question or part of one asks which wijk a school is in. */
export function asksSchoolPlace(normalized: string): boolean {
  return SCHOOL_WIJK.test(normalized);
}

export function route(q: Query): Route {
  const s = q.normalized;
  if (q.matches.length === 0 && q.topics.length === 0) {
    if (HELP.test(s)) return { kind: "smalltalk", what: "help" };
    if (THANKS.test(s)) return { kind: "smalltalk", what: "thanks" };
    if (GREETING.test(s) && q.tokens.length <= 4) return { kind: "smalltalk", what: "greeting" };
  }
  const clarify = ambiguous(q);
  if (clarify) return clarify;
  // "wie is bij de politie het aanspreekpunt?": the general word for a contact, beside an
  // organisation that has its own contact for schools, asks for that one.
  const party = q.roles.find((r) => r.contact);
  const named = q.roles.filter((r) => !GENERIC_PARTIES.has(r.id))[0];
  const contactTarget =
    named?.id === GENERIC_CONTACT && party?.contact
      ? { kind: "role" as const, id: party.contact, region: null, label: party.contact }
      : named;
  const school = q.schools[0];
  const meeting = q.meetings[0];
  if (school && SCHOOL_WIJK.test(s) && !meeting) return { kind: "school-wijk", school };
  if (contactTarget && CONTACT.test(s) && !meeting && !WHAT_THEY_ARE.test(s))
    return { kind: "contact", role: contactTarget };
  if (contactTarget && bareLookup(q)) return { kind: "contact", role: contactTarget };
  if (WIJKEN.test(s)) return { kind: "wijken" };
  if (WIJK_SCHOOLS.test(s) && (q.wijken.length > 0 || school === undefined || otherSchoolsInCovenant(q)))
    return { kind: "wijk-schools" };
  return { kind: "units" };
}
