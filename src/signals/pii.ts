/**
 * Finds personal data in the text of a signal before anything is kept: names of people, phone
 * numbers, e-mail addresses, BSN, addresses and postcodes, licence plates, dates of birth and
 * social-media handles. Hand-written because the maintained NER libraries for Dutch need
 * model files or a Python runtime this project cannot load; these are the patterns Dutch
 * text uses, plus a list of common first names. It errs on the side of flagging: the reporter
 * sees what was found and can keep the redacted version or rephrase.
 */

export type PiiKind =
  | "naam"
  | "telefoon"
  | "email"
  | "bsn"
  | "adres"
  | "postcode"
  | "kenteken"
  | "geboortedatum"
  | "handle"
  | "iban";

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

/** Common Dutch (and in the Netherlands common) first names, lower case. */
const FIRST_NAMES = new Set(
  (
    "daan sem lucas levi finn milan noah luuk bram jesse thomas tim lars ruben sven stijn thijs max julian mees " +
    "jayden mohammed mohamed ahmed ayoub yassin adam amir omar ibrahim youssef mehmet mustafa emre yusuf ali hamza " +
    "jan piet kees henk gerrit dirk johan peter mark erik bas jeroen martijn sander dennis kevin mike rick niels " +
    "emma julia mila tess sophie zoë zoe sara sarah anna eva lisa lotte noor nora fleur isa evi lieke roos saar " +
    "fenna femke iris lynn yara amira aya fatima salma hiba noa malak ines maria anne els ingrid marieke sanne " +
    "linda petra monique esther karin wendy kim laura lauren demi chantal ilse naomi yasmine yasmina meryem " +
    "pim bo boaz gijs hugo jens jurre koen luca mats mick nick olivier quinten ryan siem tijn vince wout xavi " +
    "anouk britt elin floor hannah jasmijn julie lana lieve liv loïs lois maud mirthe nina puck romy sofie vera " +
    "zara zeynep elif ayse esra büşra hatice hassan hussein bilal ilias rayan soufian anas khalid karim nadia " +
    "samira layla leila dunya kaoutar marwa oussama reda walid zakaria jamal joost wim ruud hans frank rob tom"
  ).split(" "),
);

/** First names that are also everyday words: only a name when capitalised and not opening a sentence. */
const AMBIGUOUS_NAMES = new Set([
  "roos",
  "max",
  "fleur",
  "iris",
  "kim",
  "bas",
  "els",
  "mark",
  "noor",
  "mees",
  "bo",
  "floor",
  "puck",
  "vera",
  "tom",
  "rob",
  "wim",
  "lieve",
  "liv",
  "anne",
  "mila",
  "eva",
]);

/** Words after which a capitalised word is a person's name. */
const NAME_CUES =
  /\b(leerling|jongen|meisje|kind|zoon|dochter|moeder|vader|broer|zus|opa|oma|oom|tante|neef|nicht|stiefvader|stiefmoeder|familie|fam|gezin|meneer|mevrouw|mevr|dhr|juf|meester|docent|genaamd|heet|heten|namelijk|collega|buurman|buurvrouw|pupil|student|mr|mrs|ms|miss|named|called|family)\.?\s+$/i;

const STREET =
  "(?:straat|laan|weg|plein|kade|gracht|dreef|hof|singel|dijk|pad|steeg|baan|park|ring|erf|veld|wal|markt|plantsoen|boulevard)";

const PATTERNS: Array<[PiiKind, RegExp]> = [
  ["email", /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g],
  ["iban", /\bNL\d{2}\s?[A-Z]{4}(?:\s?\d{2,4}){3}\b/g],
  ["telefoon", /(?:\+31|0031|\b0)[\s-]?(?:6|[1-9]\d{1,2})(?:[\s-]?\d){6,8}\b/g],
  ["postcode", /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g],
  ["adres", new RegExp(`\\b[A-Z][\\p{L}'-]*${STREET}\\s+\\d+[a-zA-Z]?\\b`, "gu")],
  ["adres", new RegExp(`\\b[A-Z][\\p{L}'-]+\\s+${STREET}\\s+\\d+[a-zA-Z]?\\b`, "gu")],
  [
    "geboortedatum",
    /\b(?:geboren|geb\.|geboortedatum|born|date of birth|dob)\s*(?:op|on|:)?\s*\d{1,2}[-/. ](?:\d{1,2}|jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*[-/. ]\d{2,4}\b/gi,
  ],
  ["geboortedatum", /\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b/g], // kept only for years a pupil can be born in, below
  [
    "kenteken",
    /\b(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|\d-[A-Z]{2}-\d{3}|[A-Z]-\d{2}-[A-Z]{3})\b/g,
  ],
  ["handle", /(?<![\w.])@[A-Za-z0-9_.]{2,30}\b/g],
];

/** The eleven-test that a BSN passes. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

const PARTICLES = new Set([
  "van",
  "de",
  "der",
  "den",
  "ter",
  "ten",
  "el",
  "al",
  "ben",
  "bin",
  "da",
  "di",
  "le",
  "la",
]);

/** A name starts at a known first name, or at a capitalised word after a cue ("leerling",
 * "meneer"); it runs on over particles and capitalised words (the surname). */
function names(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  const words = [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({
    w: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const capital = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w);
  for (let i = 0; i < words.length; i++) {
    const cur = words[i] as (typeof words)[number];
    const lower = cur.w.toLowerCase();
    const cued = capital(cur.w) && NAME_CUES.test(text.slice(Math.max(0, cur.start - 30), cur.start));
    const sentenceStart = /(^|[.!?:]\s*)$/.test(
      text.slice(0, cur.start).trimEnd() === "" ? "" : text.slice(0, cur.start),
    );
    const known =
      FIRST_NAMES.has(lower) &&
      (AMBIGUOUS_NAMES.has(lower) ? capital(cur.w) && !sentenceStart : capital(cur.w) || lower.length > 2);
    if (!cued && !known) continue;
    let end = cur.end;
    let k = i + 1;
    while (k < words.length) {
      const next = words[k] as (typeof words)[number];
      if (text.slice(end, next.start).trim() !== "") break;
      if (capital(next.w)) {
        end = next.end;
        k++;
      } else if (
        PARTICLES.has(next.w) &&
        k + 1 < words.length &&
        capital((words[k + 1] as (typeof words)[number]).w)
      ) {
        end = next.end;
        k++;
      } else break;
    }
    out.push({ kind: "naam", start: cur.start, end, text: text.slice(cur.start, end) });
    i = k - 1;
  }
  return out;
}

/** Every piece of personal data found, in text order, overlaps merged. */
export function findPersonalData(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const thisYear = new Date().getFullYear();
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      // A bare date is a birth date when its year is one a pupil can be born in; a date of
      // this or last year is when something happened.
      const year = Number(m[0].match(/(19|20)\d{2}$/)?.[0] ?? 0);
      if (kind === "geboortedatum" && !/^\D/.test(m[0]) && year > thisYear - 3) continue;
      found.push({ kind, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    }
  }
  for (const m of text.matchAll(/\b\d{9}\b|\b\d{4}[ .]\d{2}[ .]\d{3}\b/g)) {
    if (elfproef(m[0].replace(/\D/g, "")))
      found.push({ kind: "bsn", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  }
  found.push(...names(text));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PiiFinding[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) continue;
    merged.push(f);
  }
  return merged;
}

const LABELS: Record<PiiKind, string> = {
  naam: "[naam]",
  telefoon: "[telefoonnummer]",
  email: "[e-mailadres]",
  bsn: "[BSN]",
  adres: "[adres]",
  postcode: "[postcode]",
  kenteken: "[kenteken]",
  geboortedatum: "[geboortedatum]",
  handle: "[account]",
  iban: "[rekeningnummer]",
};

/** The text with every finding replaced by a label such as [naam]. */
export function redact(text: string, findings = findPersonalData(text)): string {
  let out = "";
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + LABELS[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}
