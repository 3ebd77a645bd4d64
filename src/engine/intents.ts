/**
 * What a question asks, from its wording (cue phrases in Dutch and English) and the entities
 * and topics found in it. Only the kind of question is decided here; the facts always come
 * from the knowledge base.
 */

import { type MetaAspect, metaAspects } from "./compose/meta.ts";
import type { Query } from "./context.ts";
import type { Entity, EntityMatch } from "./entities.ts";

export type Route =
  | { kind: "clarify"; match: EntityMatch; options: Entity[] }
  | { kind: "contact"; role: Entity }
  | { kind: "school-wijk"; school: Entity }
  | { kind: "wijk-schools" }
  | { kind: "wijken" }
  | { kind: "wijk-info"; wijk: Entity }
  | { kind: "wijk-search"; wijk: Entity }
  | { kind: "meeting"; meeting: Entity }
  | { kind: "meeting-search" }
  | { kind: "meetings-overview" }
  | { kind: "role"; role: Entity }
  | { kind: "definition"; terms: Entity[] }
  | { kind: "covenant-meta"; aspects: MetaAspect[] }
  | { kind: "topic" }
  | { kind: "smalltalk"; what: "greeting" | "thanks" | "help" }
  | { kind: "unknown" };

const CONTACT =
  /\b(wie is|wie zijn|wie zit|wie doet|wie heb ik|wie moet ik|wie kan ik|wie bel ik|wie mail ik|who is|who are|whos|contact\w*|telefoon\w*|nummer|email\w*|mailen|appen|whatsappen|bereik\w*|bellen|bel ik|bel je|te pakken|reach|phone|number|call|naam van|name of)\b/;
const WHO = /\b(wie is|wie zijn|who is|who are|whos)\b/;
const SCHOOL_WIJK =
  /\b(welke wijk|in welke wijk|wijk ligt|wijk zit|wijk hoort|waar ligt|waar zit|which (district|neighbourhood|neighborhood|area|wijk)|what (district|neighbourhood|neighborhood|area|wijk)|where is|in what|belong to)\b/;
const WIJK_SCHOOLS =
  /\b(welke scholen|welke basisscholen|hoeveel scholen|scholen in|scholen zitten|scholen liggen|scholen horen|scholen vallen|scholen doen|scholen zijn|lijst (van|met) scholen|which schools|what schools|how many schools|schools in|list of schools|schools are|schools belong)\b/;
const WIJKEN =
  /\b(welke wijken|hoeveel wijken|wijken zijn er|welke wijkplannen|which districts|what districts|how many districts|list of districts)\b/;
const MEETINGS_OVERVIEW =
  /\b(welke overleggen|welke vergaderingen|overlegstructuur|overzicht (van de )?overleggen|which meetings|what meetings|meeting structure|list of meetings)\b/;
const ROLE =
  /\b(wat doet|wat doen|wat is de (rol|taak)|wat zijn de taken|taken van|taak van|rol van|welke rol|wat kan|wat mag|waarvoor|verantwoordelijk|what does|what do|role|tasks? of|responsib\w*|what can|duties|offer)\b/;
const DEFINITION =
  /\b(wat betekent|wat betekenen|wat is een|wat is het verschil|verschil tussen|wat zijn|wat houdt|wat verstaan|verstaan onder|wordt bedoeld|definitie|betekenis|what does .* mean|what is an?|what are|meaning|define|definition|what is meant|difference between|stands? for|staat voor)\b/;
const MEETING_WORD =
  /\b(overleg\w*|vergader\w*|bijeenkomst\w*|bijeen|bij elkaar|komen samen|meetings?|meets?|spreekuur|werkgroep|kerngroep)\b/;
const WIJK_INFO =
  /\b(wijkplan|afspraken|focus\w*|aandachtspunt\w*|wat speelt|partners|agreements|district plan|what is going on)\b/;
const COVENANT_WORD = /\b(convenant\w*|covenant\w*|overeenkomst|agreement)\b/;
/** Topics too general to make a question about a subject on their own. */
const WEAK_TOPICS = new Set(["contact", "overleg"]);
const META_TOPICS = new Set(["looptijd", "ondertekening", "evaluatie"]);
/** Parties so general ("de gemeente", "de school") that a subject in the question matters more. */
const GENERIC_PARTIES = new Set(["school", "gemeente", "politie"]);

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
    if (options.length > 1) return { kind: "clarify", match: m, options };
  }
  return undefined;
}

/**
 * @param modifiers topic ids that add to an answer (emergency) but never decide its subject.
 * @param meetingSearch false on the second pass, after describing a meeting found nothing.
 */
const HELP =
  /^(help|hulp|help me|kun je me helpen|kan je me helpen|wat kun je|wat kan je|wat kun je allemaal|wat doe je|wat weet je|hoe werkt dit|what can you do|how does this work|what do you know|can you help( me)?)$/;
const THANKS =
  /^(dank je( wel)?|dankjewel|dank u( wel)?|bedankt|top bedankt|super bedankt|thanks|thank you|thx|merci|fijn|top)$/;
const GREETING =
  /^(hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|good afternoon|test|ping)( .*)?$/;

export function route(q: Query, modifiers: ReadonlySet<string>, meetingSearch = true): Route {
  const s = q.normalized;
  if (q.matches.length === 0 && q.topics.length === 0) {
    if (HELP.test(s)) return { kind: "smalltalk", what: "help" };
    if (THANKS.test(s)) return { kind: "smalltalk", what: "thanks" };
    if (GREETING.test(s) && q.tokens.length <= 4) return { kind: "smalltalk", what: "greeting" };
  }
  const clarify = ambiguous(q);
  if (clarify) return clarify;
  const specificRoles = q.roles.filter((r) => !GENERIC_PARTIES.has(r.id));
  const role = specificRoles[0] ?? q.roles[0];
  const school = q.schools[0];
  const wijk = q.wijken[0];
  const meeting = q.meetings[0];
  const strongTopics = q.topics.filter((x) => !WEAK_TOPICS.has(x) && !modifiers.has(x));
  const meta = metaAspects(s);
  const contactTarget = specificRoles[0];

  if (school && SCHOOL_WIJK.test(s) && !meeting) return { kind: "school-wijk", school };
  if (contactTarget && CONTACT.test(s) && WHO.test(s) && !meeting)
    return { kind: "contact", role: contactTarget };
  if (
    meetingSearch &&
    !meeting &&
    MEETING_WORD.test(s) &&
    !MEETINGS_OVERVIEW.test(s) &&
    meta.every((m) => m === "evaluation")
  ) {
    return { kind: "meeting-search" };
  }
  if (WIJKEN.test(s)) return { kind: "wijken" };
  // "What does Halt do for schools in Alphen?" asks about Halt, not for a list of schools.
  if (specificRoles[0] && ROLE.test(s) && !school && !wijk && !meeting)
    return { kind: "role", role: specificRoles[0] };
  if (WIJK_SCHOOLS.test(s) && (wijk || q.regions.length > 0 || school === undefined)) {
    return strongTopics.length > 0 && !wijk ? { kind: "topic" } : { kind: "wijk-schools" };
  }
  if (
    contactTarget &&
    CONTACT.test(s) &&
    !meeting &&
    (school || wijk || q.regions.length > 0 || !ROLE.test(s))
  ) {
    return { kind: "contact", role: contactTarget };
  }
  if (MEETINGS_OVERVIEW.test(s)) return { kind: "meetings-overview" };
  if (meeting) {
    if (DEFINITION.test(s) && q.terms.length > 0 && !/\b(hoe vaak|wie|how often|who)\b/.test(s)) {
      return { kind: "definition", terms: q.terms };
    }
    return { kind: "meeting", meeting };
  }
  const aboutCovenant = COVENANT_WORD.test(s) || (q.regions.length > 0 && strongTopics.length > 0);
  if (meta.length > 0 && aboutCovenant && strongTopics.every((x) => META_TOPICS.has(x))) {
    return { kind: "covenant-meta", aspects: meta };
  }
  if (DEFINITION.test(s) && q.terms.length > 0 && !(role && ROLE.test(s)))
    return { kind: "definition", terms: q.terms };
  if (role && (ROLE.test(s) || DEFINITION.test(s))) {
    // "Wat doet de gemeente tegen overlast?" is about overlast, not about the gemeente.
    if (GENERIC_PARTIES.has(role.id) && strongTopics.length > 0) return { kind: "topic" };
    return { kind: "role", role };
  }
  if (wijk && WIJK_INFO.test(s)) return { kind: "wijk-info", wijk };
  // A subject word alone does not make a question about the covenants: "wat kost een broodje
  // kaas in de kantine?" names "kosten", but its other words appear nowhere in the knowledge.
  if (strongTopics.length > 0 && q.offDomain.length <= q.explained) return { kind: "topic" };
  // Below, the question has no cue: answer only when nothing in it is left unexplained,
  // so "hoeveel leerlingen heeft IKC Klimboom?" is not answered with the school's wijk.
  if (q.unexplained.length > 0) return wijk ? { kind: "wijk-search", wijk } : { kind: "unknown" };
  if (contactTarget && (school || wijk)) return { kind: "contact", role: contactTarget };
  if (school) return { kind: "school-wijk", school };
  if (wijk) return { kind: "wijk-info", wijk };
  if (specificRoles[0]) return { kind: "role", role: specificRoles[0] };
  if (q.terms.length > 0 && DEFINITION.test(s)) return { kind: "definition", terms: q.terms };
  return { kind: "unknown" };
}
