/**
 * Dates of birth: a date is one when a cue word says so ("geboren", "geb.", "DOB", an asterisk
 * in a family record) or when it follows a person's name as a child's date is written; the year
 * decides nothing.
 */
import { MONTH_NAMES } from "./cues.ts";
import { lexicon } from "./lexicon.ts";
import { finding, type PiiFinding } from "./types.ts";

const MONTHS =
  "jan(?:uari)?|feb(?:ruari)?|mrt|mar|maart|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?|january|february|march|may|june|july|august|october|december" +
  // Polish, Turkish, Russian and Ukrainian month names as a date writes them ("7 marca 2013 r.",
  // "12 Haziran 2011", "05 мая 2012 г.").
  "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia" +
  "|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik" +
  "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря" +
  "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня" +
  // ... and Spanish, French and German ("3 de mayo de 2012", "3 juin 2012", "3. März 2012").
  "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre" +
  "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre" +
  "|januar|februar|märz|maerz|juni|juli|oktober|dezember";
/** Days written out: "geboren op vijf juni 2010". */
const DAY_WORDS =
  "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|(?:een|eenen|tweeën|drieën|vieren|vijfen|zesen|zevenen|achten|negenen)twintig|dertig|eenendertig)";
const DATE = `(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?(?:${MONTHS})\\.?\\s+(?:\\d{4}|'\\d{2})|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}\\s\\d{1,2}\\s(?:19|20)\\d{2}|\\d{1,2}[-/.]\\d{1,2}(?![-/.\\d])|(?<=in\\s+|van\\s+|:\\s*|geb\\.?\\s+|geboren\\s+|born\\s+)(?:19|20)\\d{2}(?!\\d)|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|'?\\d{2})|(?:\\d{1,2}\\.?|${DAY_WORDS})\\s+(?:de\\s+)?(?:${MONTHS})\\.?\\s+(?:de\\s+)?(?:\\d{4}|'\\d{2}|\\d{2}(?!\\s*(?:uur|u|h|min|minuten)\\b|[:.]\\d))|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))`;
/** A date is a date of birth when a cue word says so ("geboren", "DOB", and what a newcomer's papers
 * say: "papieren zeggen 01-01-2010"); the year decides nothing. */
const BIRTH = new RegExp(
  `(?<![\\p{L}\\d])(?:data\\s+urodzenia|ur\\.|urodzon[ya]|doğum\\s+tarihi|dogum\\s+tarihi|doğumlu|дата\\s+рождения|родил(?:ся|ась)|дата\\s+народження|народил(?:ся|ася)|народив(?:ся)?|تاريخ\\s+الميلاد|geboren\\s+am|fecha\\s+de\\s+nacimiento|date\\s+de\\s+naissance|geburtsdatum|geboren|geb\\.?|gebdat(?:um)?\\.?|geb\\.?\\s?dat(?:um)?\\.?|(?:geboortedat(?:um|a)|date of birth|d\\.?o\\.?b\\.?)\\s+(?:(?:van|of)\\s+(?:de\\s+|het\\s+|zijn\\s+|haar\\s+|the\\s+|his\\s+|her\\s+)?)?(?:vader|moeder|ouder|kind|leerling|broer|zus|oom|tante|opa|oma|father|mother|dad|mum|mom|parent|child|pupil|brother|sister)(?=\\s*[:(,]?\\s*\\d)|(?:geboortedat(?:um|a)|date of birth|d\\.?o\\.?b\\.?)\\s+(?:per|volgens|according to|op|in|on)\\s+(?:het\\s+|de\\s+|zijn\\s+|haar\\s+|the\\s+|his\\s+|her\\s+)?(?:paspoort|passport|papieren|papers|id|id-kaart|identiteitsbewijs|verblijfsvergunning|inschrijving|brp|registration)(?=\\s*[:(,]?\\s*\\d)|geboortedat(?:um|a)(?:(?:\\s+\\p{L}+){1,2}(?=\\s*:))?|born|date of birth|d\\.?o\\.?b\\.?|(?:(?:zijn|haar|de)\\s+)?papieren\\s+zeggen|volgens\\s+(?:zijn|haar|de)\\s+papieren|(?:in|op)\\s+(?:zijn|haar|de)\\s+(?:papieren|verblijfsvergunning|paspoort|id-kaart|identiteitsbewijs)\\s+staat|(?:(?:his|her|the)\\s+)?papers\\s+(?:say|give)|according\\s+to\\s+(?:his|her|the)\\s+papers)\\s*(?:op|on|in|:|,|(?<=(?:geboortedatum|date of birth|d\\.?o\\.?b\\.?)\\s?)\\()?\\s*(?:op\\s+)?(${DATE})(?![\\d\\w])(?!\\s*(?:(?:een|de|het|a|an|the)\\s+)?(?:als\\s+datum\\s+van\\s+(?!geboorte)|as\\s+(?:the\\s+)?date\\s+of\\s+(?!birth)|binnengekomen|aangekomen|arrived|zitting|hearing|afspraak|appointment|ingeschreven|registered))`,
  "giu",
);
/** Words of a form or a record, not of a date of birth: "geboortedatum onbekend, intake gepland (...)". */
const FORM_WORDS =
  "\\b(?:onbekend|unknown|missing|ontbreekt|aangepast|updated|added|gewijzigd|changed|intake|afspraak|gepland|planned|field|veld|section|sectie|form|formulier)\\b";
/** "heeft haar geboortedatum op Instagram gezet (9 september 2010)": the word for a date of birth,
 * and in its sentence the date in brackets (not a form's: "DOB missing on the form (12/03/2025)"). */
const BIRTH_BRACKETED = new RegExp(
  `\\b(?:geboortedatum|date of birth|d\\.?o\\.?b\\.?)\\b(?:(?!${FORM_WORDS})[^.\\n()]){0,40}\\(\\s*(${DATE})(?=\\s*\\))`,
  "giu",
);
/** "His DOB for the form is 14.05.2010", "zijn geboortedatum is 3-4-2012": the word for a date of
 * birth, then "is" (not "geb.", which is also a building: "het nieuwe geb. is 01-09-2025"). */
const BIRTH_IS = new RegExp(
  `\\b(?:(?:d\\.?o\\.?b\\.?|date of birth|geboortedatum|gebdat(?:um)?|geb\\.?\\s?datum)(?:\\s+(?:for|of)\\s+the\\s+\\p{L}+|\\s+van\\s+(?:de|het|haar|zijn)\\s+\\p{L}+|\\s*\\([^)\\n]{1,20}\\))?\\s+(?:is|was)(?:\\s+listed\\s+as)?|d\\.?o\\.?b\\.?\\s*=)\\s*(${DATE})(?![\\d\\w])`,
  "giu",
);
/** "(born maart 2011)", "geb. maart '11": a month and a year right after the word (not "het plan
 * is geboren in maart 2023"). */
const BORN_MONTH = new RegExp(
  `\\b(?:geboren|geb\\.?|born)\\s+((?:${MONTHS})\\.?\\s+(?:(?:19|20)\\d{2}|'\\d{2}))(?![\\d\\w])`,
  "giu",
);
/** "op 03-04-2013 geboren": a full date just before the word. */
const DATE_THEN_BORN = new RegExp(
  `(?<![\\d\\w])(\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2})(?=\\s+geboren\\b)`,
  "gi",
);
/** "Sanne (*05-09-2012)": the asterisk of a family record marks the date of birth. */
const STAR_DATE =
  /(?:^|[\s(])[*°]\s?(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?![\d\w])/g;
/** "hij is van 12-3-2015": a person "is van" a full date: the day they were born. */
const IS_OF_DATE =
  /\b(?:(?:hij|zij|ze|die|is|ben|zijn)\s+)?(?:is|ben|zijn)\s+van\s+(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?![\d\w])/gi;

/** "De dader is van 2008": a person "is van" a year. */
const PERSON_OF_YEAR =
  /\b(?:hij|zij|ze|dader|verdachte|leerling|jongen|meisje|slachtoffer|broer|zus|zoon|dochter)\s+is\s+van\s+((?:19|20)\d{2})(?![\d\w])/gi;
/** A birthday, with or without its year: "jarig op 14 mei", "his birthday is 3rd of June 2011",
 * "her birthday, 11 April 2014" (not an event's: "the King's birthday, 27 April"). */
const BIRTHDAY = new RegExp(
  `\\b(?:jarig(?:\\s+op)?|verjaardag(?:\\s+is)?(?:\\s+op)?|birthday(?:\\s+is)?(?:\\s+on)?|(?<=\\b(?:her|his|their|zijn|haar|hun)\\s+)(?:birthday|verjaardag),|geboortedatum\\s+is|date of birth\\s+is)\\s*:?\\s+((?:\\d{1,2}(?:st|nd|rd|th|e|ste)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?(?:\\s+(?:19|20)\\d{2})?)|(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?)|\\d{1,2}[-/.]\\d{1,2}(?:[-/.](?:19|20)?\\d{2})?)(?![\\d\\w])`,
  "gi",
);

/** "Ayla, 2012-03-17, BSN 123...": a full date written beside a citizen service number is the
 * person's date of birth (a register's record). */
const DATE_BESIDE_BSN =
  /(?<![\d\w])((?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?![\d\w])(?=[^.\n]{0,20}\b(?:bsn|burgerservicenummer)\b\s*:?\s*\d)/gi;

/** The words that say a date is a date of birth, not only that something was born. */
const DATE_OF_BIRTH_WORD =
  /\b(?:gebdat(?:um)?|geb\.?\s?dat(?:um)?|geboortedat(?:um|a)|date of birth|d\.?o\.?b)\b/i;

/** Children as a group before "geboren in": "alle kinderen", "pupils", "those". */
const COHORT_BEFORE =
  /\b(?:kinderen|leerlingen|jongeren|scholieren|children|kids|pupils|students|those|all|alle|iedereen|everyone|anyone|people|mensen)\b(?:[^.!?\n]{0,30}?)?[\s,(]*(?:(?:zijn|are|were|die|who)\s+)?$/i;
/** One family's children before the group word: "twee kinderen", "zijn kinderen", "both children". */
const FAMILY_BEFORE =
  /\b(?:twee|drie|vier|vijf|beide|allebei|zijn|haar|hun|mijn|onze|his|her|their|my|our|both|two|three|four|jongste|oudste|youngest|eldest|oldest|\d)\s+(?:\p{L}+\s+)?(?:kinderen|children|kids|leerlingen|pupils)\b/iu;

/** One of a group: "de enige van de kinderen", "one of the pupils". */
const ONE_OF =
  /\b(?:(?:de\s+)?enige|een|één|one|the only one|(?:de\s+)?jongste|(?:de\s+)?oudste|youngest|eldest|oldest)\s+(?:van|of)\s+(?:de|the|die|those)\b/i;

/** A full date with its year, as a child's date of birth is written: "2021-05-09", "9-5-2021". */
const FULL_DATE =
  /^\s*[,(][\s,(]*((?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?![\d\w])/;

/** The next year in a list after a year of birth: "geboren in 2014 en 2016", "born in 2009 or 2010". */
const NEXT_YEAR = /^(\s*(?:en|and|of|or|t\/m|tot|to|-|–)\s*)((?:19|20)\d{2})(?!\d)/;
/** The relatives a listed date of birth may be given for: "zoon 03-04-2011 en dochter ...". */
const RELATIVE = "zoon|dochter|broer|broertje|zus|zusje|son|daughter|brother|sister";
/** The next date in a list after a date of birth, joined by `joins`, with a relative before it. */
const nextDate = (joins: string) =>
  new RegExp(
    String.raw`^(\s*(?:${joins})\s*(?:(?:${RELATIVE})\s*:?\s*)?)(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s+(?:${MONTH_NAMES})\s+(?:19|20)\d{2})(?![\d\w])`,
    "i",
  );
/** A comma joins only before a relative ("geb. 14-02-2012, 03-10-2024" is a report's date) ... */
// (Also the same date written again in brackets: "geboren 12/05/2011 (= 12-05-2011)".)
const NEXT_DATE = nextDate(String.raw`\/|&|en|and|of|or|\(\s*=|,(?=\s*(?:${RELATIVE})\b)`);
/** ... or after a plural cue ("Geboortedata kinderen: 03-04-2011, 17-09-2013 en ..."). */
const NEXT_LISTED_DATE = nextDate(String.raw`\/|&|en|and|of|or|\(\s*=|,`);
const PLURAL_CUE = /\b(?:geboortedata|geboortedatums|dates of birth|birth\s?dates|dobs)\b[^\n]{0,30}$/i;

/** "Noah wordt 8 jaar op 2 april", "Mila turns 7 on 12 March": a person's birthday. */
const TURNS_ON = new RegExp(
  `^\\s+(?:wordt|turns)\\s+\\d{1,2}\\s+(?:jaar\\s+|years?\\s+old\\s+)?(?:op|on)\\s+(\\d{1,2}\\s+(?:${MONTH_NAMES}))(?![\\p{L}\\d])`,
  "iu",
);

/**
 * "Aanmelding groep 1: Sanne de Wit, 2021-05-09": a full date right after a person's name, set
 * off by a comma or brackets, is that person's date of birth; so is the day of a birthday said
 * after the name ("Noah wordt 8 jaar op 2 april").
 */
export function datesAfterNames(text: string, persons: readonly PiiFinding[]): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const p of persons) {
    const turns = text.slice(p.end, p.end + 40).match(TURNS_ON);
    if (turns?.[1]) {
      const start = p.end + turns[0].length - turns[1].length;
      out.push(finding("geboortedatum", text, start, start + turns[1].length));
    }
    const m = text.slice(p.end, p.end + 20).match(FULL_DATE);
    if (!m?.[1]) continue;
    const start = p.end + m[0].length - m[1].length;
    out.push(finding("geboortedatum", text, start, start + m[1].length));
  }
  return out;
}

/** A table's header line with a column for the date of birth: "naam – geboortedatum – klas". */
const BIRTH_COLUMN =
  /^[^\n]*\b(?:geboortedatum|geb\.?\s?datum|gebdat(?:um)?|dob|date of birth|birth\s?date)\b[^\n]*$/im;
/** A birthday list's own title line, ending in a colon: "Verjaardagskalender groep 3 (voor juf):". */
const BIRTHDAY_TITLE =
  /^[ \t]*(?:verjaardagskalender|verjaardagslijst|verjaardagen|jarigen|birthdays?|birthday list)\b[^\n]{0,80}:[ \t]*$/gim;
/** Words for the dates of birth of several people, up to the colon that opens their list. */
const LIST_OF_BIRTHS =
  /\b(?:geboortedata|geboortedatums|geboortedatum(?:s)?\s+van|dates\s+of\s+birth|birth\s?dates|dobs|d\.?o\.?b\.?\s+(?:for|of|van))\b[^\n:.]{0,50}:/gi;
/** A name, or what stands in its place, right before a date: "Sanne ", "[naam] ", "Daan: ". */
const NAMED_BEFORE = /(\p{Lu}[\p{L}'’-]+|\[[^\]\n]{1,20}\])\s*[:(–-]?\s*$/u;
/** A member of the family, whose date of birth is as personal: "Moeder 12-01-1988". */
const FAMILY_MEMBER =
  /^(?:moeder|vader|mama|papa|zoon|dochter|broer|zus|broertje|zusje|oma|opa|kind|mother|father|mum|mom|dad|son|daughter|brother|sister|child)$/;
/** A word that may be a name: one the lists know, or no ordinary word ("Datum", "Ouderavond",
 * "Friday", "Deadline" are not). */
function nameLike(word: string): boolean {
  const lex = lexicon();
  const w = word.toLowerCase();
  return (
    FAMILY_MEMBER.test(w) ||
    lex.firstName(w) ||
    lex.surname(w) ||
    (!lex.common(w) && !lex.english(w) && !lex.notName(w))
  );
}
/** A row of such a list: a name, a separator, a full date. */
const NAME_ROW = /^[ \t]*(?:[-•*]\s*)?\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*(?:[-–—:|]|\s{2,})\s*/u;
const SEPARATED = /[–—|;\t,]|\s-\s|\S\s{2,}\S/;
/** A date in a row under such a header: a full date, a two-digit year, a month written out. */
const ROW_DATE = new RegExp(
  `(?<![\\d\\w])((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|'?\\d{2})|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+(?:\\d{4}|'\\d{2}))(?![\\d\\w])`,
  "gi",
);

/** The table's rows: the lines after its header, up to a blank line or a line without a separator. */
function rowsAfter(text: string, from: number): Array<{ start: number; line: string }> {
  const rows: Array<{ start: number; line: string }> = [];
  let at = from;
  for (const line of text.slice(from).split("\n").slice(1)) {
    at += 1;
    if (line.trim() === "" || !SEPARATED.test(line)) break;
    rows.push({ start: at, line });
    at += line.length;
  }
  return rows;
}

export function birthDates(text: string): PiiFinding[] {
  // (Not a date of a century ago or more: "Chopin, ur. 1 marca 1810" is history, no one in a signal.)
  return datesOfBirth(text).filter((f) => !/(?<!\d)(?:1[0-8]\d\d|19[0-2]\d)(?!\d)/.test(f.text));
}

function datesOfBirth(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  // An export with a date-of-birth column: the full dates in the rows under it are dates of birth.
  const header = text.match(BIRTH_COLUMN);
  if (header && (SEPARATED.test(header[0]) || /\S\s{2,}\S/.test(header[0]))) {
    for (const row of rowsAfter(text, (header.index ?? 0) + header[0].length)) {
      for (const m of row.line.matchAll(ROW_DATE)) {
        const start = row.start + (m.index ?? 0);
        out.push(finding("geboortedatum", text, start, start + (m[1] ?? "").length));
      }
    }
  }
  // Dates of birth asked or given for several people: "DOB for:\n[naam] 2009-04-12\n...",
  // "Dates of birth for the insurance: Sanne 07-10-2011, Daan 19-01-2013": after the words, up to
  // a blank line, each full date right after a name (or what stands in its place) is one.
  for (const cue of text.matchAll(LIST_OF_BIRTHS)) {
    const from = (cue.index ?? 0) + cue[0].length;
    const blank = text.slice(from).search(/\n[ \t]*\n/);
    const list = text.slice(from, blank < 0 ? text.length : from + blank);
    for (const m of list.matchAll(ROW_DATE)) {
      const date = m[1] ?? "";
      if (!/(?:19|20)\d{2}/.test(date)) continue;
      const before = list.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
      const named = NAMED_BEFORE.exec(before)?.[1];
      if (!named || !(named.startsWith("[") || nameLike(named))) continue;
      const start = from + (m.index ?? 0);
      out.push(finding("geboortedatum", text, start, start + date.length));
    }
  }
  // A birthday list: its title on a line of its own, then rows that open with a name and give a
  // full date ("Verjaardagskalender groep 3:" over "Daan - 04-10-2017").
  for (const title of text.matchAll(BIRTHDAY_TITLE))
    for (const row of rowsAfter(text, (title.index ?? 0) + title[0].length)) {
      if (!NAME_ROW.test(row.line)) continue;
      for (const m of row.line.matchAll(ROW_DATE)) {
        if (!/(?:19|20)\d{2}/.test(m[1] ?? "")) continue;
        const start = row.start + (m.index ?? 0);
        out.push(finding("geboortedatum", text, start, start + (m[1] ?? "").length));
      }
    }
  for (const re of [
    BIRTH,
    BIRTH_IS,
    BIRTH_BRACKETED,
    BORN_MONTH,
    IS_OF_DATE,
    DATE_THEN_BORN,
    STAR_DATE,
    DATE_BESIDE_BSN,
    PERSON_OF_YEAR,
    BIRTHDAY,
  ])
    for (const m of text.matchAll(re)) {
      const date = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].length - date.length;
      // "Kinderen geboren in 2011 en 2012": the year of a group of children is nobody's birthday.
      // ("De school is jarig op 1 september": an organisation's birthday is public.)
      if (
        re === BIRTHDAY &&
        /\b(?:school|college|lyceum|club|vereniging|stichting|bibliotheek|gemeente|organisatie|bedrijf|winkel|company|organisation)\b[^.!?\n]*$/i.test(
          text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0),
        )
      )
        continue;
      // A month's name with a bare two-digit year ("12 mrt 09") only after a word that says date
      // of birth: "geboren op 12 mrt 24" is said of a plan, "geb. 12 mrt 25" of a building too.
      if (/\p{L}\.?\s+\d{2}$/u.test(date) && !DATE_OF_BIRTH_WORD.test(m[0])) continue;
      // ("de enige van de kinderen geboren in 2015" is one child's.)
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      if (
        /^\d{4}$/.test(date) &&
        COHORT_BEFORE.test(before) &&
        !ONE_OF.test(before) &&
        !FAMILY_BEFORE.test(before)
      )
        continue;
      out.push(finding("geboortedatum", text, start, start + date.length));
      // "geboren in 2014 en 2016", "born in 2009 or 2010": the other year too; and the other
      // full date ("Geboortedatum: 03-04-2011 / 17-09-2010", "... en 2-5-2013").
      const yearOf = (d: string) => Number(d.match(/(?:19|20)\d{2}/)?.[0] ?? Number.NaN);
      // (A sibling's date, not the date of a report: within fifteen years of the first.)
      const near = (d: string) =>
        /^\d{4}$/.test(date) || !/(?:19|20)\d{2}/.test(date) || Math.abs(yearOf(d) - yearOf(date)) <= 15;
      // The dates listed after it: "Geboortedata: 03-04-2011, 17-09-2013 en 02-02-2015", "zoon
      // 03-04-2011 en dochter 17-09-2013", "3 april 2011 en 17 september 2013".
      const plural = PLURAL_CUE.test(text.slice(Math.max(0, start - 40), start));
      const next = /^\d{4}$/.test(date) ? NEXT_YEAR : plural ? NEXT_LISTED_DATE : NEXT_DATE;
      for (let end = start + date.length, k = 0; k < 12; k++) {
        const other = next.exec(text.slice(end));
        if (!other?.[1] || !other[2] || !near(other[2])) break;
        const at = end + other[1].length;
        out.push(finding("geboortedatum", text, at, at + other[2].length));
        end = at + other[2].length;
      }
    }
  return out;
}
