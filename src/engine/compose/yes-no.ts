/**
 * Whether an answer opens with "Ja:"/"Nee:": only where the question asks a yes or no, not where
 * it asks which or on what ground, nor where a few words only name a subject.
 */
import { capitalise } from "../format.ts";

/** Question words that ask for a fact rather than a yes or no, near the start of a question, or
 * asking on what ground anywhere ("according to annex 3, on what legal ground ..."). */
const WH =
  /^(?:\S+\s+){0,5}?(?:wie|wat|waar|wanneer|welke|welk|hoe|hoeveel|waarom|waarvoor|who|what|where|when|which|how|why)\b|\b(?:on|under|by|op|onder|volgens)\s+(?:what|which|welke|welk)\s+(?:\p{L}+\s+)?(?:grounds?|basis|grond|grondslag|article|artikel|law|wet|rule|regel)\b/u;

/** A verb that asks whether ("mag", "moet", "kan", "is", "can", "should", ...), or a word that asks
 * to confirm ("toch", "klopt", "right", "allowed"): without one of these or a question mark, a
 * message of a few words names a subject ("geheimhoudingsplicht alphen") and asks no yes or no.
 * (A longer one may open with any verb: "krijgt elke school een eigen jongerenwerker".) */
const WHETHER =
  /\b(?:mag|mogen|mocht|kan|kunnen|kun|moet|moeten|hoeft|hoeven|is|zijn|ben|heeft|hebben|wordt|worden|zit|zitten|doet|doen|gaat|geldt|gelden|valt|vallen|klopt|toch|can|may|must|should|do|does|did|are|was|were|have|has|will|would|could|need|needs|right|allowed|ok|okay|oke|verplicht|mandatory|required|toegestaan|nodig|mogelijk|permitted|needed|possible)\b/i;

/** "Nee: ..." answers "mag dat?", not "op welke grond?": a wh-question gets the fact without it,
 * and so does a message that asks no yes or no. */
export function openFor(short: string, question: string, asked: string): string {
  // (Offered back as one of a few facts, a fact keeps its opening.)
  if (!question) return short;
  const whether = asked.includes("?") || WHETHER.test(question) || question.split(" ").length > 3;
  if (!WH.test(question) && whether) return short;
  // ("Ja, maar de veiligste weg is ..." without its yes: "De veiligste weg is ...".)
  const m = short.match(/^(?:ja|nee|yes|no)\s*[,:;-]\s*(?:(?:maar|but)\s+)?(.+)$/i);
  return m?.[1] ? capitalise(m[1]) : short;
}
