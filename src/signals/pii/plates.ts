/** Licence plates: every Dutch sidecode in any case, with or without dashes, and a foreign one
 * where a plate is spoken of; not a code, a range of codes or an organisation's vehicle. */
import { MONTHS_SHORT } from "./cues.ts";
import { finding, type PiiFinding } from "./types.ts";

/** Every Dutch licence-plate sidecode as letter (L) and digit (D) groups. */
const SIDECODES = [
  "LL-DD-DD",
  "DD-DD-LL",
  "DD-LL-DD",
  "LL-DD-LL",
  "LL-LL-DD",
  "DD-LL-LL",
  "DD-LLL-D",
  "D-LLL-DD",
  "LL-DDD-L",
  "L-DDD-LL",
  "LLL-DD-L",
  "D-LL-DDD",
  "DDD-LL-D",
  "L-DD-LLL",
];
const SHAPES = new Set(SIDECODES);
const FLAT_SHAPES = new Set(SIDECODES.map((s) => s.replaceAll("-", "")));
const shape = (s: string) => s.replace(/[A-Za-z]/g, "L").replace(/\d/g, "D");

/** A month written short, as dates in forms have it ("19 APR"). */
const MONTH_SHORT = new RegExp(`^(?:${MONTHS_SHORT})$`, "i");

/** Words for a date of birth right before a date: "geb. 7-FEB-12", "Born 9-JUN-12", "DOB". */
const BIRTH_BEFORE =
  /\b(?:geb(?:oren)?\.?|geboortedatum|geb\.?\s*datum|gebdat|born|dob|d\.o\.b\.?|date of birth)\s*(?:op|on)?\s*:?\s*$/i;

/** An organisation's vehicle: "de auto van de gemeente is ...", "... (dienstauto)". */
const ORG_VEHICLE_BEFORE =
  /\b(?:auto|bus|busje|wagen|voertuig|bestelbus|scootmobiel)\s+van\s+(?:de|het|onze)\s+(?:gemeente|school|schoolreis|politie|handhaving|organisatie|stichting|brandweer|ggd|wijkteam|excursie|kamp|sportclub|vereniging)\b[^.\n]{0,20}$/i;
const ORG_VEHICLE_AFTER = /^[^.\n]{0,6}\b(?:dienstauto|dienstbus|dienstwagen|schoolbus|bedrijfsauto)\b/i;
const orgVehicle = (text: string, start: number, end: number) =>
  ORG_VEHICLE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
  ORG_VEHICLE_AFTER.test(text.slice(end, end + 30));

const CODE_BEFORE =
  /\b(?:code|codes|\w*code|\w*nummer|artikel\w*|art\.?|nr\.?|no\.?|ref\.?|referentie|dossier|zaak|zaaknummer|factuur|ticket|order|bestelling|model|type|serie|serienummer|item|product|vak|vakcode|module|course|class|klas|lokaal|kamer|room|locker|lockers|kluis|kluisje|kluizen|block|blok)\s*[:#(]?\s*(?:(?:like|such as|e\.g\.|zoals|bijv\.?|bijvoorbeeld)\s+)?$/i;
/** A code named earlier in the sentence, given after a colon: "Cursuscode voor de training ...: RD-24-VK". */
const CODE_COLON =
  /\b\w*codes?\b[^.\n]{0,60}(?::|\(?(?:bijv\.?|bijvoorbeeld|zoals|e\.g\.|like|such as))\s*$/i;

export function plates(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  // The end of the last code read as a code: "kluis 12-KL-04 t/m 12-KL-60" is a range of codes.
  let codeEnd = -1;
  const re =
    /(?<![\p{L}\d@._/-])([A-Za-z\d]{1,3})([- ]?)([A-Za-z\d]{1,3})\2([A-Za-z\d]{1,3})(?![\p{L}\d@_/]|-[\p{L}\d]|\.\d)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [all, a = "", sep = "", b = "", c = ""] = m;
    // A rejected candidate may hide one that starts inside it ("en HG 427 T"): go on from its second character.
    re.lastIndex = m.index + 1;
    const start = m.index ?? 0;
    const letters = (a + b + c).replace(/\d/g, "");
    if (!letters || letters.length === 6 || !/\d/.test(a + b + c)) continue;
    const grouped = `${shape(a)}-${shape(b)}-${shape(c)}`;
    const flat = shape(a + b + c);
    // "kenteken was iets als 56 rgz 1": the word a few words before, in the same sentence.
    const cued =
      /(?:kenteken\w*|\b(?:licen[cs]e|number)\s+plates?|\bplates?|\bplaat|\bbelgi(?:sche|an)\b[^.!?\n]{0,12}\b(?:auto|car|wagen|mercedes|audi|bmw|van|bus)|\bnummerbord\w*|\bnummerplaat\w*)\b[^.!?\n]{0,20}$/i.test(
        text.slice(Math.max(0, start - 32), start),
      );
    // "Belgian plates, 1-ABC-234": a Belgian plate, only where a plate is spoken of.
    const belgian = cued && sep === "-" && grouped === "D-LLL-DDD";
    if (
      !belgian &&
      (sep === "-" ? !SHAPES.has(grouped) : sep === " " ? !SHAPES.has(grouped) : !FLAT_SHAPES.has(flat))
    )
      continue;
    // "corridor B 19 APR 10.05", "Datum: 3-FEB-25": a day and a month written short are a date (a
    // plate has no vowels: "7-MRT-41" may be one); after "geb." or "born" a date of birth.
    const dayMonth = sep === "-" && MONTH_SHORT.test(b) && /^\d{1,2}$/.test(a) && /^\d{2}$/.test(c);
    const dashedDate = dayMonth && /[aeiou]/i.test(b);
    if (dayMonth && BIRTH_BEFORE.test(text.slice(Math.max(0, start - 25), start))) {
      out.push(finding("geboortedatum", text, start, start + all.length));
      re.lastIndex = start + all.length;
      continue;
    }
    // ("Datum: 3-MRT-25", "gepland op 3-MRT-25": named or placed as a date.)
    const before = text.slice(Math.max(0, start - 10), start);
    if (
      dayMonth &&
      (/\b(?:datum|date)\s*:?\s*$/i.test(before) ||
        (!cued && /\b(?:op|on|per|vanaf|tot|t\/m|from|until)\s*$/i.test(before)))
    )
      continue;
    if (
      !cued &&
      (sep !== "-"
        ? [a, b, c].some((g) => MONTH_SHORT.test(g)) && [a, b, c].some((g) => /^\d{1,2}$/.test(g))
        : dashedDate)
    )
      continue;
    // Four digits and two letters with nothing between is a postcode.
    if (!sep && flat === "DDDDLL") continue;
    // Spaced groups in lower case are too often ordinary words and numbers.
    if (sep === " " && letters !== letters.toUpperCase() && !cued) continue;
    if (sep === " " && !cued && /^(?:[A-Z]{2,3})$/.test(a) && /^\d+$/.test(b) && c.length > 1) continue;
    re.lastIndex = start + all.length;
    if (orgVehicle(text, start, start + all.length)) continue;
    // "nummers PV-24-KL t/m PV-24-ZR": a range of codes with one prefix, not two cars ("from
    // 12-ABC-3 to 45-DEF-6" are two).
    const next = text
      .slice(start + all.length)
      .match(
        /^\s*(?:t\/m|tot en met|through)\s*([A-Za-z\d]{1,3})-[A-Za-z\d]{1,3}-[A-Za-z\d]{1,3}(?![\p{L}\d])/u,
      );
    const codes =
      /\b(?:nummers?|vergunning\w*|permits?|codes?|pas(?:sen)?|kaart(?:en)?|labels?)\b[^.\n]{0,30}$/i.test(
        text.slice(Math.max(0, start - 40), start),
      );
    if (!cued && codes && next && next[1]?.toUpperCase() === a.toUpperCase()) {
      codeEnd = start + all.length;
      continue;
    }
    // "course code LS-210-A", "artikelnummer XK-450-T": a code named as one is no plate.
    const range =
      codeEnd >= 0 && /^\s*(?:t\/m|tot en met|tot|to|through|[-–])\s*$/i.test(text.slice(codeEnd, start));
    if (
      !cued &&
      (range ||
        CODE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
        CODE_COLON.test(text.slice(Math.max(0, start - 80), start)))
    ) {
      codeEnd = start + all.length;
      continue;
    }
    // "KL-73-BT is het serienummer van de AED": named as another kind of code right after.
    const named = text.slice(start + all.length, start + all.length + 40);
    if (
      /^\s+(?:is|was)\s+(?:het|de|een|a|the|an)\s+[\p{L}-]*(?:nummer|code|number)\b/iu.test(named) &&
      !/kenteken|nummerplaat|number\s*plate|registration|licen[cs]e/i.test(named)
    )
      continue;
    out.push(finding("kenteken", text, start, start + all.length));
  }
  // After the word itself any plate counts, also a foreign one: "kenteken PO 4R782", "plate HH-KM
  // 2291", "reg WP68 KTN", "Poolse bus WGM 58214".
  for (const m of text.matchAll(PLATE_AFTER_WORD)) {
    const plate = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - plate.length;
    if (orgVehicle(text, start, start + plate.length)) continue;
    // (A comma after "kenteken" ends the word's clause: "geen kenteken, 2 BMW's".)
    if (/^[Kk]enteken\w*\s*,/.test(m[0])) continue;
    // (After any word but "kenteken", a plate's length and mix: not a form group, "reg 9B", nor a
    // make and model, "Duitse auto, BMW X5".)
    const bare = plate.replace(/[ -]/g, "");
    if (
      !/^[Kk]enteken/.test(m[0]) &&
      (bare.length < 5 || (bare.match(/\d/g) ?? []).length < 2 || (bare.match(/[A-Z]/g) ?? []).length < 2)
    )
      continue;
    // (After "reg", only a British plate's shape, "WP68 KTN": not a form group or a charity's number;
    // after a foreign vehicle, not its make and model, "BMW 320D", "MAN TGX 18".)
    if (/^[Rr]eg\b/.test(m[0]) && !/^(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3})$/.test(plate))
      continue;
    if (VEHICLE_MAKE.test(plate)) continue;
    if (!out.some((f) => f.start <= start && start < f.end))
      out.push(finding("kenteken", text, start, start + plate.length));
  }
  // (A plate spelled into a voice message, "kenteken f k s nul negen d", is read as typed:
  // said-aloud.ts.)
  return out;
}

/** A make of car, van or lorry opening what follows a foreign vehicle: its model, no plate. */
const VEHICLE_MAKE =
  /^(?:BMW|VW|MAN|DAF|IVECO|SCANIA|KIA|MG|DS|AUDI|FORD|OPEL|SEAT|SKODA|MINI|VOLVO|TESLA)\b/;

/** A plate in capitals after a word for it, or after a foreign vehicle ("Poolse bus", "polish van"). */
const PLATE_AFTER_WORD =
  /(?:\b[Kk]enteken\w*|\b(?:[Nn]umber\s+|[Ll]icen[cs]e\s+)?[Pp]lates?|\b[Rr]eg(?:\s+(?:number|no\.?))?|\b[Rr]egistration\s+plate|\b[Nn]ummerbord\w*|\b[Nn]ummerplaat\w*|\b(?:[Pp]oolse|[Dd]uitse|[Bb]elgische|[Bb]ritse|[Ee]ngelse|[Ff]ranse|[Rr]oemeense|[Bb]ulgaarse|[Ll]itouwse|[Pp]olish|[Gg]erman|[Bb]elgian|[Bb]ritish|[Ff]rench|[Rr]omanian|[Bb]ulgarian|[Ll]ithuanian)\s+(?:auto|bus|busje|bestelbus|wagen|vrachtwagen|car|van|truck|lorry)\s*,?)\s*,?\s*(?::|is|was)?\s*((?=[A-Z\d -]*\d)(?=[A-Z\d -]*[A-Z])[A-Z\d]{1,4}(?:[ -]?[A-Z\d]{1,5}){1,2})\b/g;
