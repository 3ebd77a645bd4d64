/**
 * Who asks and who is asked for: an opening that says who asks ("netwerkregisseur veiligheid
 * zoetermeer:", "directeur basisschool hier,"), a question that points back at the asker, someone
 * who cannot come; and the facts that name a role but never who holds it now.
 */
import { normalize } from "./text.ts";
import type { Unit } from "./unit.ts";

/** A fact about a role, who chairs or joins a meeting, or an agreement that someone is appointed
 * ("De politie wijst voor elke schoolvestiging een contactpersoon aan"): it never says who holds
 * the role now. (A fact that names a school, a department or a law does name what is asked.) */
export const namesNoHolder = (u: Unit) =>
  u.kind === "role" ||
  u.attribute === "organiser" ||
  u.attribute === "participants" ||
  (u.kind === "provision" && APPOINTS.test(u.text.nl));
const APPOINTS = /\bwijs\w*\b[^.;]*\baan\b|\baangewezen\b|\bcontactpersoon\b|\baanspreekpunt\b/;
/** A function a person holds ("wie is de contactpersoon ...? naam graag"), not a service ("who runs
 * the youth work? name please" asks for the organisation). */
export const PERSON_FUNCTION =
  /\b(?:\w*agent|contactpersoon|contact person|contact|\w*co[oö]rdinator|\w*manager|\w*regisseur|\w*ambtenaar|officer|medewerker|directeur|voorzitter|chair|\w*functionaris|vertrouwenspersoon|\w*consulent|\w*werker|\w*begeleider|lead|dsl|counsell?or|nurse|\w*verpleegkundige|jeugdarts)\b/;
/** A person asked for: "wie ...", "which officer ...", not "welke school ... ? naam graag". */
export const ASKS_PERSON =
  /\b(?:wie|who|whom|welke (?:agent|wijkagent|politieagent|persoon|medewerker|contactpersoon|ambtenaar|collega)|which (?:officer|police officer|person|contact|member of staff|colleague))\b/;

/** An opening of a few words that says who asks: "wijkagent hier,", "namens het om:". */
export const OPENING = /^(?:([^:?,.]{3,60}?)\s+(?:hier|here)\s*[,:.–-]|((?:\S+\s+){0,5}\S+):)\s*(?=\S)/i;

/** Words that say who asks in an opening: a function, an organisation, a school ("netwerkregisseur
 * veiligheid zoetermeer:", "directeur basisschool hier,"); a topic ("casus mes in de tas:") is none. */
export const ASKER_WORDS =
  /\b(?:\w*(?:regisseur|coordinator|coördinator|co[oö]rdinator|agent|ambtenaar|medewerker|werker|manager|adviseur|consulent|leider|directeur|directrice|begeleider|mentor|docent|leerkracht|teacher|officer|nurse|verpleegkundige|conciërge|concierge|caretaker|head|principal|director|coordinator|worker)|gemeente|municipality|politie|police|halt|ggd|leerplicht|jongerenwerk|school|basisschool|ikc|college|lyceum|hier|here)\b/i;
/** A question that points back at who asks ("geldt dit ook voor ons?", "wat is mijn rol?"). */
const BACK_AT_ASKER = /\b(?:ons|onze|wij|we|us|our|mijn|my|me|mij|ik|i)\b/;

/** Whether the question after an opening is read on its own: the opening says who asks, and the
 * question does not point back at them (then the opening's words are needed). */
export function asksAfterAsker(opener: string | undefined, asked: string | undefined): boolean {
  if (!opener || !asked) return false;
  return ASKER_WORDS.test(opener) && !BACK_AT_ASKER.test(normalize(asked));
}

/** Someone who cannot come to something: "i can't make next week's meeting", "kan niet naar het overleg". */
export const CANNOT_COME =
  /\b(?:can ?not|cant|can t|unable to|won t be able to|kan niet|kunnen niet|niet naar|niet bij|verhinderd|afwezig)\b/;

/**
 * "new policy adviser at the gemeente here: which boards signed ... and who signed for the
 * police": the opening says who asks; the first of a question's parts is read without it, unless
 * the question points back at them ("... bij welke wijk horen wij") or asks a role's duties
 * without naming the role ("jongerenwerker participe hier: wat is de taak en ...").
 */
export function partsAfterOpening(
  text: string,
  parts: string[],
  namesRole: (text: string) => boolean,
): string[] {
  const head = OPENING.exec(parts[0] ?? "");
  if (!head || parts.length < 2) return parts;
  const rest = (parts[0] ?? "").slice(head[0].length);
  const askersRole =
    /\b(?:taak|taken|rol|role|task|tasks|duties|job)\b/.test(normalize(rest)) && !namesRole(rest);
  return asksAfterAsker(head[1] ?? head[2], text.slice(head[0].length)) &&
    !askersRole &&
    rest.split(/\s+/).length >= 3
    ? [rest, ...parts.slice(1)]
    : parts;
}
