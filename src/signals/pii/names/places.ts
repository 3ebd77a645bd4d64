/**
 * Runs of capitalised words that name a school, street, hospital, station or firm, not a
 * person: "IKC De Klimboom", "het Sint Antonius ziekenhuis", "Willem de Zwijgerlaan".
 */
import { ENGLISH_STREET } from "../addresses.ts";
import { INSTITUTION_SUFFIX, INSTITUTION_WORDS, PARTICLES, POLITE_TITLES, WEAK_SUFFIX } from "../cues.ts";
import type { NameScan } from "./scan.ts";
import { givenPair } from "./starts.ts";
import type { Token } from "./tokens.ts";

const ENGLISH_STREET_END = new RegExp(`^(?:${ENGLISH_STREET})$`);
/** What is named after someone, after "the" or "de": a room, a door, a wing, a lab, a cup; a shop,
 * a centre or a bus station by its name ("the Dirk supermarket", "the Vredenburg bus station"). */
const NAMED_AFTER =
  /^(?:room|rooms|zaal|lokaal|ingang|entrance|wing|vleugel|hall|lab|studio|gebouw|building|cup|trophy|award|prijs|lecture|lezing|supermarket|supermarkt|centre|center|store|shop|bus)$/;
/** The end of a street's name: "Dreesweg", "Zwijgerlaan". */
const STREET_END = /\p{L}{3,}(?:straat|laan|weg|plein|kade|gracht|singel|dijk|hof|park|dreef|steeg)$/u;

/** "Bos en Lommerplein": a street's end that no family name has too (not -hof, -dijk, -park:
 * "Yilmaz en Hulshof" are two suspects). */
const joinsStreet = (t: Token | undefined) =>
  !!t && STREET_END.test(t.lower) && !/(?:hof|dijk|park)$/.test(t.lower);

/** A word that ends like a street or a building: "Dreesweg", "Jozefschool", "Rijnhuis". */
export function compound(s: NameScan, t: Token): boolean {
  const lex = s.lex;
  const m = t.lower.match(INSTITUTION_SUFFIX);
  // "Oosterhuis", "Smit-Kerkhof" end like a building but are families the lists know.
  const last = t.lower.split("-").at(-1) ?? "";
  return !!m && t.lower.length > m[0].length + 1 && !lex.surname(last);
}

/** A run that names a school, street, hospital or station is not a person. */
export function institution(s: NameScan, i: number, j: number, person: boolean): boolean {
  const { toks, lex } = s;
  // "het Sint Antonius ziekenhuis", "St. Jozefschool": a saint names a place or a feast.
  if (/^(?:sint|st)$/.test(toks[i - 1]?.lower ?? "")) return true;
  // "Park Frankendael", "Landgoed Clingendael", "Fort Vijfhuizen": a park or an estate by its name,
  // written with its capital, before a word that is no first name ("in het park Kevin de Jong gezien"
  // is a person).
  const prefix = toks[i - 1];
  if (
    prefix?.cap &&
    /^(?:park|stadspark|sportpark|landgoed|kasteel|fort|camping)$/.test(prefix.lower) &&
    // ("Park" is also a Korean family name written first: only after a word for where; "ik zag Park
    // Jiwoo" is a person.)
    (prefix.lower !== "park" ||
      /^(?:in|at|bij|op|naar|near|to|the|het|de|from|van|via|rond|around|langs|past)$/.test(
        toks[i - 2]?.lower ?? "",
      )) &&
    s.adjacent(prefix, toks[i]) &&
    !s.isFirst(toks[i] as Token)
  )
    return true;
  for (let k = i; k < j; k++) {
    const t = toks[k] as Token;
    // "Anja van der Kerk", "mevrouw Van der Brug": after a first name or a title, the word that
    // ends the name behind its particle is a family ("de Kerk" alone stays a church).
    const family =
      k === j - 1 &&
      k > i &&
      PARTICLES.has((toks[k - 1] as Token).lower) &&
      (person || s.isFirst(toks[i] as Token) || !lex.common((toks[i] as Token).lower)) &&
      WEAK_SUFFIX.test(t.lower);
    if (family) continue;
    // After a title or an initial, "Veldhuis" and "Verkerk" are families, not buildings.
    // So is the last word after a first name, unless the dictionary has it as it stands, and
    // without a capital: "Lotte Veldhuis", "Sanne Verkerk" (not "Emma Kinderziekenhuis").
    // ("het Theo Thijssenhuis": after an article, a building named after someone.)
    // (Also after a given name no list holds, with a family the lists know: "Ruveyda Kerkhof".)
    const afterFirst =
      k === j - 1 &&
      k > i &&
      !/^(?:het|de|the)$/.test(toks[i - 1]?.lower ?? "") &&
      ((s.isFirst(toks[i] as Token) &&
        (!lex.common((toks[i] as Token).lower) || lex.proper((toks[i] as Token).lower)) &&
        (!lex.inflected(t.lower) || lex.proper(t.lower))) ||
        (unlistedGiven(s, toks[i] as Token) && lex.surname(t.lower)));
    const building = compound(s, t) && !((person || afterFirst) && WEAK_SUFFIX.test(t.lower));
    // ("Pupil: Min-jun Park": a family in a person's field, however it reads.)
    const named =
      INSTITUTION_WORDS.test(t.lower) &&
      !(family || (person && k === j - 1 && k > i && WEAK_SUFFIX.test(t.lower)));
    if (t.cap && (named || building)) return true;
  }
  const last = toks[j - 1] as Token;
  const next = toks[j];
  // "Willem de Zwijgerlaan": particles, then a street or building that ends the name.
  let k = j;
  // ("Bos en Lommerplein": two words joined by "en" before the street's end.)
  while (
    k < toks.length &&
    (PARTICLES.has((toks[k] as Token).lower) ||
      ((toks[k] as Token).lower === "en" && joinsStreet(toks[k + 1]))) &&
    s.adjacent(toks[k - 1], toks[k])
  )
    k++;
  const after = toks[k];
  if (k > j && after?.cap && s.adjacent(toks[k - 1], after) && compound(s, after)) return true;
  // "in the Mandela room", "bij de Willem Alexander ingang": a room or a door named after someone.
  if (
    /^(?:the|de|het)$/.test(toks[i - 1]?.lower ?? "") &&
    next &&
    s.adjacent(last, next) &&
    NAMED_AFTER.test(next.lower)
  )
    return true;
  return (
    !!next &&
    s.adjacent(last, next) &&
    INSTITUTION_WORDS.test(next.lower) &&
    (next.cap || next.lower.length >= 6)
  );
}

/** A capitalised word no list or dictionary holds: a given name from a family the lists miss. */
function unlistedGiven(s: NameScan, t: Token): boolean {
  const lex = s.lex;
  return (
    t.cap &&
    !t.acronym &&
    t.lower.length >= 3 &&
    !lex.common(t.lower) &&
    !lex.english(t.lower) &&
    !lex.proper(t.lower) &&
    !s.notName(t) &&
    !s.compoundWord(t.lower)
  );
}

/** "Kind: Deniz Kerkhof": in a form's field for a person, a first name and a family that ends
 * like a building or a street ("-huis", "-hof", "-dijk") are a person. */
function personField(s: NameScan, t: Token): boolean {
  const text = s.text;
  return /\b(?:kind|naam|leerling|pupil|name|student|melder|moeder|vader|mother|father|child|parent|ouder|voogd|guardian|slachtoffer|victim|betrokkene|betrokken|dader|verdachte|suspect)\s*:\s*$/i.test(
    text.slice(Math.max(0, t.start - 15), t.start),
  );
}

/** Whether the run of tokens i to j names a school, street, hospital or station, where no title of
 * address, given name or form's field for a person makes it a person. */
export function institutionRun(s: NameScan, i: number, j: number, titled: boolean): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  // "Mrs Park", "meneer Kerk": one word after a title of address is a surname, however it ends.
  // ("Mr. Visserplein" is a square named after a lawyer.)
  const addressed =
    titled && j === i + 1 && POLITE_TITLES.has(toks[i - 1]?.lower ?? "") && !STREET_END.test(t.lower);
  // (Not an organisation's word: "Melder: Kinderopvang Rijnhuis".)
  const familyAfterFirst =
    j === i + 2 &&
    WEAK_SUFFIX.test((toks[i + 1] as Token).lower) &&
    personField(s, t) &&
    (s.isFirst(t) ||
      /\p{L}-\p{L}/u.test(t.lower) ||
      (!lex.common(t.lower) &&
        !lex.word(t.lower) &&
        !s.compoundWord(t.lower) &&
        // ("Melder: Timon Gezinshuis": a home run by a youth-care organisation.)
        !s.compoundWord((toks[i + 1] as Token).lower)));
  return !addressed && !givenPair(s, i) && institution(s, i, j, t.initial || titled || familyAfterFirst);
}

/** Whether the run of tokens i to j is a street named after a person. */
export function streetRun(s: NameScan, i: number, j: number): boolean {
  const { text, toks } = s;
  const t = toks[i] as Token;
  const last = toks[j - 1] as Token;
  // "Dr. Willem Dreesweg", "Willem de Zwijgerlaan", "Rose Street": a street named after a person.
  // (An English street only where a place is spoken of: "on Rose Street", not "Jessica Lane (Year 9)".)
  const englishStreet =
    ENGLISH_STREET_END.test(last.w) &&
    /\b(?:in|on|off|along|langs)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
    !/^\s*\(/.test(text.slice(last.end));
  // (So where a class follows: "Deniz Kerkhof, groep 7b"; "rond Anna Paulownahof" is a street.)
  // (And a surname the lists know after a first name: "Ilse Kerkhof", "Sem Hoogendijk".)
  const family =
    j === i + 2 &&
    (s.isFirst(t) || (unlistedGiven(s, t) && s.lex.surname(last.lower))) &&
    /(?:hof|dijk)$/.test(last.lower) &&
    (personField(s, t) ||
      s.lex.surname(last.lower) ||
      /^\s*(?:,\s*(?:groep|klas|leerling|year|grade|\d)|\((?:groep|klas|\d)|uit\s+(?:groep|klas|\d))/i.test(
        text.slice(last.end),
      ));
  return j > i + 1 && ((STREET_END.test(last.lower) && !family) || englishStreet);
}
