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
  | { kind: "wijk-info"; wijk: Entity }
  | { kind: "meeting"; meeting: Entity }
  | { kind: "meeting-search" }
  | { kind: "meetings-overview" }
  | { kind: "role"; role: Entity }
  | { kind: "definition"; terms: Entity[] }
  | { kind: "covenant-meta"; aspects: MetaAspect[] }
  | { kind: "topic" }
  | { kind: "unknown" };

const CONTACT =
  /\b(wie is|wie zijn|wie zit|wie doet|wie heb ik|wie moet ik|wie kan ik|wie bel ik|wie mail ik|who is|who are|whos|contact\w*|telefoon\w*|nummer|email|bereik\w*|bellen|bel|reach|phone|number|call|naam van|name of)\b/;
const SCHOOL_WIJK =
  /\b(welke wijk|in welke wijk|wijk ligt|wijk zit|wijk hoort|waar ligt|waar zit|which (district|neighbourhood|neighborhood|area|wijk)|what (district|neighbourhood|neighborhood|area|wijk)|where is|in what)\b/;
const WIJK_SCHOOLS =
  /\b(welke scholen|welke basisscholen|hoeveel scholen|scholen in|scholen zitten|scholen liggen|scholen horen|scholen vallen|scholen doen|lijst (van|met) scholen|which schools|what schools|how many schools|schools in|list of schools|schools are)\b/;
const MEETINGS_OVERVIEW =
  /\b(welke overleggen|welke vergaderingen|overlegstructuur|overzicht (van de )?overleggen|which meetings|what meetings|meeting structure|list of meetings)\b/;
const ROLE =
  /\b(wat doet|wat doen|wat is de (rol|taak)|wat zijn de taken|taken van|taak van|rol van|wat kan|wat mag|waarvoor|verantwoordelijk|what does|what do|role of|tasks? of|responsib\w*|what can|duties)\b/;
const DEFINITION =
  /\b(wat betekent|wat betekenen|wat is een|wat is het verschil|wat zijn|wat houdt|wat verstaan|verstaan onder|wordt bedoeld|definitie|betekenis|what does .* mean|what is an?|what are|meaning|define|definition|what is meant)\b/;
const MEETING_WORD = /\b(overleg\w*|vergader\w*|bijeenkomst\w*|meetings?|spreekuur|werkgroep|kerngroep)\b/;
const WIJK_INFO =
  /\b(wijkplan|afspraken|focus\w*|aandachtspunt\w*|wat speelt|partners|agreements|district plan|what is going on)\b/;
/** Topics too general to make a question about a subject on their own. */
const WEAK_TOPICS = new Set(["contact", "overleg"]);

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

/** Roles held by a person are contact targets; organisations and generic parties are not. */
function personRoles(q: Query, roleKind: (id: string) => "role" | "organisation"): Entity[] {
  return q.roles.filter((r) => roleKind(r.id) === "role");
}

export function route(
  q: Query,
  roleKind: (id: string) => "role" | "organisation",
  meetingSearch = true,
): Route {
  const clarify = ambiguous(q);
  if (clarify) return clarify;
  const s = q.normalized;
  const persons = personRoles(q, roleKind);
  const specificRoles = q.roles.filter((r) => r.id !== "school" && r.id !== "gemeente" && r.id !== "politie");
  const role = specificRoles[0] ?? q.roles[0];
  const school = q.schools[0];
  const wijk = q.wijken[0];
  const meeting = q.meetings[0];
  const strongTopics = q.topics.filter((x) => !WEAK_TOPICS.has(x));
  const meta = metaAspects(s);

  if (school && SCHOOL_WIJK.test(s) && !meeting) return { kind: "school-wijk", school };
  if (
    meetingSearch &&
    !meeting &&
    MEETING_WORD.test(s) &&
    !MEETINGS_OVERVIEW.test(s) &&
    meta.every((m) => m === "evaluation")
  ) {
    return { kind: "meeting-search" };
  }
  if (persons[0] && CONTACT.test(s) && /\b(wie is|wie zijn|who is|who are|whos)\b/.test(s) && !meeting) {
    return { kind: "contact", role: persons[0] };
  }
  if (WIJK_SCHOOLS.test(s) && (wijk || q.regions.length > 0 || school === undefined))
    return { kind: "wijk-schools" };
  if (
    persons[0] &&
    CONTACT.test(s) &&
    !meeting &&
    (school || wijk || q.regions.length > 0 || !ROLE.test(s))
  ) {
    return { kind: "contact", role: persons[0] };
  }
  if (MEETINGS_OVERVIEW.test(s)) return { kind: "meetings-overview" };
  if (meeting) {
    if (DEFINITION.test(s) && q.terms.length > 0 && !/\b(hoe vaak|wie|how often|who)\b/.test(s))
      return { kind: "definition", terms: q.terms };
    return { kind: "meeting", meeting };
  }
  if (
    meta.length > 0 &&
    /\b(convenant\w*|covenant\w*|afspraken|overeenkomst|agreement)\b/.test(s) &&
    strongTopics.every((x) => ["looptijd", "ondertekening", "evaluatie"].includes(x))
  ) {
    return { kind: "covenant-meta", aspects: meta };
  }
  if (DEFINITION.test(s) && q.terms.length > 0 && !(role && ROLE.test(s)))
    return { kind: "definition", terms: q.terms };
  if (role && (ROLE.test(s) || DEFINITION.test(s))) return { kind: "role", role };
  if (wijk && WIJK_INFO.test(s)) return { kind: "wijk-info", wijk };
  if (strongTopics.length > 0) {
    if (meta.length > 0 && strongTopics.every((x) => ["looptijd", "ondertekening", "evaluatie"].includes(x)))
      return { kind: "covenant-meta", aspects: meta };
    return { kind: "topic" };
  }
  // Below, the question has no cue: answer only when nothing in it is left unexplained,
  // so "hoeveel leerlingen heeft IKC Klimboom?" is not answered with the school's wijk.
  if (q.unexplained.length > 0) return { kind: "unknown" };
  if (persons[0] && (school || wijk)) return { kind: "contact", role: persons[0] };
  if (school) return { kind: "school-wijk", school };
  if (wijk) return { kind: "wijk-info", wijk };
  if (specificRoles[0]) return { kind: "role", role: specificRoles[0] };
  if (q.terms.length > 0 && DEFINITION.test(s)) return { kind: "definition", terms: q.terms };
  return { kind: "unknown" };
}
