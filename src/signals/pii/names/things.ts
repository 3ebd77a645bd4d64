/**
 * Capitalised words that name a thing where they stand, however much they look like a person's
 * name: a car's model after its make ("een Renault Zoe"), a body by its ending
 * ("Oudervereniging"), a street that opens with "Laan van".
 */
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** Makes of cars and scooters, after which a capitalised word is the model ("Renault Zoe"). */
const CAR_MAKES = new Set(
  (
    "tesla audi bmw mercedes peugeot renault volkswagen vw toyota kia opel ford fiat citroen citroën skoda seat " +
    "volvo nissan hyundai mazda suzuki yamaha vespa piaggio kymco sym honda lamborghini porsche ferrari jaguar land " +
    "range rover mini dacia lexus jeep mitsubishi subaru alfa smart cupra polestar byd lynk"
  ).split(" "),
);

/** What someone did or does, right after their name. */
const DID =
  /^(?:zat|zit|reed|rijdt|stapte|stapt|stond|staat|liep|loopt|was|is|had|heeft|kwam|komt|ging|gaat|zei|zegt|sat|drove|got|came|went|said)$/;

/** Whether token i names a model, a body or a street, not a person. */
export function namesAThing(s: NameScan, i: number): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  // "een Renault Zoe", "Range Rover Evoque": a model after its make.
  // (Not a surname after a make that is a first name too, "van Mini Jansen", nor a first name
  // after a make named without its article, "in de Tesla Kevin zat": "een Renault Zoe" is a car.)
  if (
    prev?.cap &&
    s.adjacent(prev, t) &&
    CAR_MAKES.has(prev.lower) &&
    !lex.surname(t.lower) &&
    // ("in een Audi Kevin zat al achterin": a first name before what someone did is a person.)
    !(s.isFirst(t) && DID.test(toks[i + 1]?.lower ?? "")) &&
    (!s.isFirst(t) ||
      /^(?:een|a|an)$/.test(toks[i - 2]?.lower ?? "") ||
      CAR_MAKES.has(toks[i - 2]?.lower ?? "") ||
      (prev.lower === "range" && t.lower === "rover"))
  )
    return true;
  // "Oudervereniging vraagt", "Leerlingenraad": one word that is a body by its ending.
  if (
    /\p{L}{3,}(?:vereniging|stichting|raad|commissie|bond|federatie)$/u.test(t.lower) &&
    !lex.surname(t.lower) &&
    !s.isFirst(t) &&
    !lex.personName(t.lower)
  )
    return true;
  // "Laan van Nieuw Oost-Indië", "Laan van Meerdervoort": a street that opens with "Laan van".
  // (Not the surname after "met" or a particle: "Gebeld met Laan van Buurtzorg", "Van der Laan".)
  if (
    t.lower === "laan" &&
    toks[i + 1]?.lower === "van" &&
    toks[i + 2]?.cap &&
    !/^(?:met|with|van|der|den|ter|en|and)$/.test(prev?.lower ?? "") &&
    !s.isCue(prev)
  ) {
    s.blocked.add(i);
    return true;
  }
  return false;
}
