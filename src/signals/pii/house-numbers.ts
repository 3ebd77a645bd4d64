/**
 * The words every address rule shares (the kinds of street, the words of a home), and a house
 * number said apart from its street: "Kerkstraat, nummer 14", "het huis is nummer 56".
 */
import { finding, type PiiFinding } from "./types.ts";
import { ORGANISATION_BEFORE } from "./venues.ts";

/** The kinds of street a Dutch street's name ends with: "Kerkstraat", "Lindelaan". */
export const SUFFIX =
  "straat|str\\.|(?<!(?:[Ii]n|[Ii]llu|[Rr]egi|[Aa]dmini|[Dd]emon|[Cc]on|[Dd]i|[Oo]b))str(?=[^\\S\\n]+\\d)|straatje|laan|weg|plein|pleintje|kade|gracht|dreef|hof|singel|dijk|pad|steeg|baan|park|ring|erf|veld|wal|markt|plantsoen|boulevard|dam|zoom|oord|haven|poort|hove|stede|wetering|vliet|vaart|gaarde|tuin|akker|weide|zijde|kant|lei|burcht|berg|horst|rode|donk|beek|broek|hoek|straatweg|allee|promenade|passage|galerij|kwartier|hage|lande|staete|heuvel|voort|bocht";
/** Words of a home, in Dutch. */
export const HOME_CUE =
  /\b(?:woont|wonen|woning|adres|huis|huisbezoek|thuis|verhuisd|verhuizing|verhuist|gezin|verblijft|slaapt|logeert|logeren|noodcontact|thuisadres|woonadres|huisadres)\b/i;
/** Words of a home, in English, for a number and street after a comma. */
export const HOME_EN =
  /\b(?:home|house|lives|living|live|family|parents|address|moved|flat|apartment|grandmother|grandparents|staying|stays|aunt|uncle)\b/i;
/** A house number said on its own: "nummer 14", "nr. 23", "huisnummer 8", "number 7 or 9". */
const HOUSE_NUMBER =
  /\b(?:huis)?(?:nummer|nr\.?|no\.?|number)\s*:?\s*\d{1,4}[a-zA-Z]?(?:\s*(?:of|or)\s*\d{1,4}[a-zA-Z]?)?(?!\d)/gi;
/** A street's name ending in one of its kinds: "Lindelaan", "Kerkstraat". */
export const STREET_WORD = new RegExp(`\\p{L}{2,}(?:${SUFFIX})\\b`, "iu");
/** A house number apart from its street: "Kerkstraat, nummer 14", "(nr 14", "nummer 14 van de Kerkstraat". */
const NUMBER_APART = new RegExp(
  `[\\p{L}'-]{2,}(?:${SUFFIX})\\s*[,(]\\s*(?:huis)?(?:nummer|nr\\.?|no\\.?)\\s*\\d{1,4}[a-zA-Z]?(?!\\d)|(?:huis)?(?:nummer|nr\\.?)\\s*\\d{1,4}[a-zA-Z]?\\s+(?:van|in|aan|op)\\s+de\\s+[\\p{L}'-]{2,}(?:${SUFFIX})(?!\\p{L})`,
  "giu",
);

/** A street's name right after the number: "nummer 3 aan het Marktplein", "number 12 Hoogstraat". */
const STREET_AFTER = new RegExp(
  `^,?\\s+(?:(?:aan|op|in|van|on)\\s+(?:de|het|the)\\s+(?![Ss]port)[\\p{L}'-]*|(?![Ss]port)\\p{Lu}[\\p{L}'-]*)(?:${SUFFIX})(?!\\p{L})`,
  "u",
);
/** A block of flats or a shop someone lives above, right before the number: "galerij 6,", "boven de
 * kapper,", "third floor, above the phone shop," (not "boven de 12", nor a clause: "een flat, hij is"). */
const BLOCK_BEFORE =
  /(?:\b(?:flat|portiek|appartementencomplex|complex)\s+\p{Lu}[\p{L}'-]*(?:\s+[\p{L}\d'-]+){0,3}|\b(?:galerij|gallery|bovenwoning)(?:\s+[\p{L}\d'-]+){0,3}|\b(?:boven\s+de|above\s+the)(?:\s+[\p{L}'-]+){0,2}\s+(?:kapper|kapsalon|bakker|bakkerij|slager|winkel|shop|snackbar|supermarkt|garage|café|cafe|restaurant|pizzeria|apotheek|barber['’]?s?|pharmacy|chemist['’]?s?|bakery|butcher['’]?s?|takeaway|newsagent['’]?s?|pub|\p{L}+zaak|\p{L}+winkel|\p{L}+shop|\p{L}+bar)(?:\s+[\p{L}\d'-]+){0,3}),?\s*$/iu;
/** Words that say someone lives there, not only that a home is named. */
const LIVES_THERE =
  /\b(?:woont|wonen|woonde|woonachtig|verblijft|slaapt|logeert|adres|woonadres|thuisadres|huisbezoek|verhuisd|lives|living|live|stays?|staying|address|home\s+visit|moved)\b/i;
/** Names of public places that hold a word of a home: "Huis van de Wijk", "Jeugd en Gezin". */
const PUBLIC_NAMES =
  /\b(?:huis\s+van\s+de\s+(?:wijk|buurt)|jeugd\s+en\s+gezin|thuis\s+in\s+de\s+wijk|family\s+centre|family\s+center|parents'?\s+evening)\b/gi;
/** An organisation that moved or sits there: "The food bank moved to no. 22 ...". */
export const ORGANISATION_MOVED =
  /\b(?:food\s*bank|voedselbank|club|shop|winkel|cent(?:re|er)|\p{L}*centrum|\p{L}*school|library|bibliotheek|office|kantoor|praktijk|practice|spreekuur|clinic|mosque|moskee|kerk|church|wijkpost|buurthuis)\b[^.\n]{0,20}\b(?:moved|moves|verhuisd|verhuist|is|zit|zitten|staat|ligt)\b[^.\n]{0,40}$/iu;
/** Numbers of other things: a bus, a line, a locker, a place on a list, a page, a hotline. */
const NUMBERED_ELSE =
  /\b(?:bus|buslijn|lijn|line|halte|stop|kluis|kluisje|locker|wachtlijst|waiting\s+list|bel|call|page|pagina|les|lesson|opdracht|tafel|table)\s*$/i;

/** Someone lives at the number: said before it in its clause ("ze woont boven de snackbar op
 * nummer 3"), or right after it ("nummer 612 - daar woont de jongen"); not "... for kids who live
 * nearby", nor a clause after "maar" ("werkt boven de kapper, nummer 19a, maar woont zelf in ..."). */
function livesThere(sentence: string, before: string): boolean {
  const clause = before.split(/[.;!?\n]|,\s*(?:maar|but)\b/).at(-1) ?? "";
  return (
    LIVES_THERE.test(clause.replace(PUBLIC_NAMES, "")) ||
    /\b(?:daar|there)\s+(?:woont|wonen|lives|live)\b|\b(?:woont|wonen|lives|live)\s+(?:daar|there)\b/i.test(
      sentence,
    )
  );
}

/** The sentence (or clause after a semicolon) a span stands in. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(...[". ", "; ", "? ", "! ", "\n"].map((c) => text.lastIndexOf(c, start - 1)), 0);
  const stops = [". ", "; ", "? ", "! ", "\n"].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/** House numbers said apart from their street, where the text speaks of a home. */
export function houseNumbers(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  // "woont op de Kerkstraat, nummer 14", "op nummer 14 van de Kerkstraat": a home's number
  // apart from its street, where the sentence speaks of a home.
  for (const m of text.matchAll(NUMBER_APART)) {
    const start = m.index ?? 0;
    const sentence = text.slice(Math.max(0, start - 80), start + m[0].length + 40);
    const homeWords = sentence.replace(PUBLIC_NAMES, "");
    if (!HOME_CUE.test(homeWords) && !HOME_EN.test(homeWords)) continue;
    if (
      NUMBERED_ELSE.test(text.slice(Math.max(0, start - 20), start)) ||
      ORGANISATION_MOVED.test(text.slice(Math.max(0, start - 60), start))
    )
      continue;
    out.push(finding("adres", text, start, start + m[0].length));
  }
  // "... in de Lindelaan. Huisnummer 8.", "het huis is nummer 56": a house number said on its
  // own, near a street and a word for a home.
  for (const m of text.matchAll(HOUSE_NUMBER)) {
    const start = m.index ?? 0;
    // ("project number 2024-KP-019", "zaaknummer 2024/118", "receipt no. 2025-0199-IB": a code,
    // not a house; nor a number that opens with 0, "nummer 0591-62 48 17". "Nummer 23-25" is.)
    if (
      /^-(?:[A-Z]{2,}-|\d{3})/.test(text.slice(start + m[0].length)) ||
      /\s0\d*$/.test(m[0]) ||
      /\b(?:project|case|order|booking|reference|invoice|ticket|receipt|registration|zaak|dossier|referentie|kenmerk|factuur|boeking|incident|mutatie|bon|kwitantie|registratie)\s*$/i.test(
        text.slice(Math.max(0, start - 20), start),
      )
    )
      continue;
    const around = text.slice(Math.max(0, start - 120), start + m[0].length + 30);
    // (The street may follow it, "op nummer 3 aan het Marktplein", "number 12 Hoogstraat", or a
    // block of flats stand before it, "flat Hoogeind, galerij 6, nummer 612", "boven de kapper".)
    const end = start + m[0].length;
    if (!(HOME_CUE.test(around) || HOME_EN.test(around))) continue;
    if (!STREET_WORD.test(text.slice(Math.max(0, start - 120), start))) {
      // Only where someone lives there, said in its sentence, and no organisation, bus or list
      // is numbered ("Het Huis van de Wijk zit op nummer 12 aan het Marktplein", "bus number 3",
      // "hij is nummer 2 van 5 kinderen").
      const sentence = sentenceAround(text, start, end);
      const apart =
        (STREET_AFTER.test(text.slice(end, end + 40)) ||
          BLOCK_BEFORE.test(text.slice(Math.max(0, start - 60), start))) &&
        livesThere(sentence, text.slice(Math.max(0, start - 200), start)) &&
        !NUMBERED_ELSE.test(text.slice(Math.max(0, start - 20), start)) &&
        !ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        !ORGANISATION_MOVED.test(text.slice(Math.max(0, start - 60), start));
      if (!apart) continue;
    }
    out.push(finding("adres", text, start, start + m[0].length));
  }
  return out;
}
