/**
 * Whether a word starts a name when no title, role or family word comes before it: vetoes from
 * the words around it ("tram stop Ternoot", "Jumbo Foodmarket"), its shape ("LUCAS", "Al-Khatib",
 * "Jansen-de Vries"), names in lower case ("sem en bo"), and capitalised words
 * (names/capitalised.ts).
 */
import {
  COMPASS,
  ENGLISH_KIN,
  GENERIC_OWNERS,
  INSTITUTION_WORDS,
  NL_VERBS,
  OF_CUES,
  PARTICLES,
} from "../cues.ts";
import { afterWord, capitalised, IN_BRACKETS_AFTER } from "./capitalised.ts";
import type { NameScan } from "./scan.ts";
import { namesAThing } from "./things.ts";
import type { Token } from "./tokens.ts";

/** Whether token i begins a name without a cue. */
export function startsName(s: NameScan, i: number): boolean {
  const verdict = namesNobody(s, i) ?? byNeighbours(s, i) ?? byShape(s, i);
  if (verdict !== undefined) return verdict;
  if (!(s.toks[i] as Token).cap) return lowerCaseName(s, i);
  return afterWord(s, i) ?? capitalised(s, i);
}

/** A word that names nobody where it stands: a company's name, a storey, a place after a town's
 * adjective, a car's model, a body by its ending, a street, a word the lists never take for a name. */
function namesNobody(s: NameScan, i: number): false | undefined {
  const { text, toks, lex, modifiers } = s;
  const t = toks[i] as Token;
  if (modifiers.has(t.lower)) return false;
  // "the 2nd Floor toilets", "1e Verdieping": a storey or a rank after an ordinal.
  if (/\b\d{1,2}(?:st|nd|rd|th|e|ste|de)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)))
    return false;
  const prev = toks[i - 1];
  // "Leidsche Rijn", "Utrechtse Heuvelrug": a place after a town's adjective (not a first name after
  // a nationality: "Turkse Ayse", "Lebanese Karim").
  if (
    prev?.cap &&
    s.adjacent(prev, t) &&
    /\p{L}{3,}(?:sche|[^e]se)$/u.test(prev.lower) &&
    !s.notName(prev) &&
    !s.isFirst(prev) &&
    !lex.surname(prev.lower) &&
    !s.isFirst(t) &&
    !lex.personName(t.lower) &&
    lex.proper(t.lower)
  )
    return false;
  // "een Renault Zoe", "Oudervereniging", "Laan van Meerdervoort": a car, a body, a street.
  if (namesAThing(s, i)) return false;
  // ("Frans de Vries", "Frans Jansen": a first name that is also a subject, before a family.)
  if (s.notName(t) && !(t.cap && s.isFirst(t) && familyAfter(s, i))) return false;
  return undefined;
}

/** What the words beside it say: a first name in brackets after a person, the name of a stop,
 * an English sentence's first word, the word after a brand. */
function byNeighbours(s: NameScan, i: number): boolean | undefined {
  const { text, toks, lex, englishText } = s;
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  // "een meisje uit de klas (jade)": a first name alone in brackets after a person, in lower case
  // ("(bo)" for the upper school is an abbreviation).
  if (
    !t.cap &&
    t.lower.length >= 3 &&
    lex.firstName(t.lower) &&
    /\(\s*$/.test(text.slice(0, t.start)) &&
    /^\s*\)/.test(text.slice(t.end)) &&
    /\b(?:meisje|jongen|leerling|kind|zoon|dochter|broer|broertje|zus|zusje|vriend|vriendin|klasgenoot|girl|boy|pupil|student|son|daughter|brother|sister|friend|classmate)\b[^()]{0,30}\(\s*$/i.test(
      text.slice(Math.max(0, t.start - 60), t.start),
    )
  )
    return true;
  // "bike theft at tram stop Ternoot", "bij halte Kruisplein": a stop's name is a place
  // ("bij het station Lisa huilen", "stop Tyler from ...": a first name stays one).
  const stop =
    /^(?:halte|bushalte|tramhalte|metrohalte|station|metrostation|treinstation)$/.test(prev?.lower ?? "") ||
    (prev?.lower === "stop" && /^(?:tram|bus|metro)$/.test(toks[i - 2]?.lower ?? ""));
  // (A town after "station" goes on as the station's name: "station Rotterdam Alexander".)
  // (Not across a sentence's end: "Ze wachtte bij de bushalte. Ruveyda kwam erbij"; and the stop's
  // name ends its phrase: "at the bus stop Nkechi was grabbed" names Nkechi.)
  if (
    t.cap &&
    stop &&
    s.adjacent(prev, t) &&
    !s.isFirst(t) &&
    !lex.surname(t.lower) &&
    !lex.proper(t.lower) &&
    /^\s*(?:[,.;:)!?]|$|\s+(?:in|at|on|op|bij|near|naast|voor|richting|and|en)\b)/.test(text.slice(t.end))
  )
    return false;
  // "Do NOT promise ...", "My Year 11 son ...": an English word before no name, in English
  // ("Do en haar broertje", "My was there" name Do and My).
  const after = toks[i + 1];
  if (
    englishText &&
    after &&
    ((t.lower === "do" && /^(?:not|n't)$/i.test(after.w)) ||
      (t.lower === "my" &&
        /^(?:year|grade|son|daughter|child|kid|kids|boy|girl|children|class|teacher|mentor|husband|wife|partner|colleague|friend|neighbour|neighbor)$/i.test(
          after.w,
        )))
  )
    return false;
  // "Jumbo Foodmarket": the capitalised word after a brand is part of it, unless a known name.
  const before = toks[i - 1];
  if (before?.cap && s.adjacent(before, t) && s.notName(before) && !s.isFirst(t) && !lex.surname(t.lower))
    return false;
  return undefined;
}

/** Its shape: in capitals, a possessive before a family word, a double or hyphenated name. */
function byShape(s: NameScan, i: number): boolean | undefined {
  const { text, toks, lex } = s;
  const t = toks[i] as Token;
  // "LUCAS IS EEN ...": a first name in capitals that is no word and no known abbreviation.
  if (capsSurname(s, i)) return true;
  if (t.acronym) return /^\p{Lu}{3,}$/u.test(t.w) && lex.firstName(t.lower) && !lex.common(t.lower);
  // "Summer's mum", "Jansen's vader": whose family is spoken of is a person.
  const kin = toks[i + 1];
  if (
    t.cap &&
    /['’]s$/.test(t.w) &&
    !GENERIC_OWNERS.has(t.lower.replace(/['’]s$/, "")) &&
    kin &&
    s.adjacent(t, kin) &&
    (OF_CUES.has(kin.lower) || ENGLISH_KIN.has(kin.lower))
  )
    return true;
  // "Jansen-de Vries": a double surname whose second half starts with a particle.
  const half = t.w.match(/^(\p{Lu}[\p{L}']+)-(\p{Ll}+)$/u);
  const nextTok = toks[i + 1];
  if (half && PARTICLES.has(half[2] ?? "") && nextTok?.cap && !nextTok.acronym && s.adjacent(t, nextTok))
    return !s.notName(nextTok) && !INSTITUTION_WORDS.test(nextTok.lower);
  // Parts of a name are capitalised: "Labubu-poppetjes" is a thing, "Al-Khatib" a name; a
  // short given name of two syllables before a surname is one too ("Ji-woo Park", "Min-jun Lee").
  if (/-\p{Ll}/u.test(t.w)) return givenPair(s, i);
  // "Rotterdam-Rijnmond", "Noord-Holland": places and words joined, not a double name
  // ("Mei-Ling (groep 5)": with a class after it in brackets, a child).
  if (t.lower.includes("-") && !/^\s*\(\s*(?:groep|klas|year|grade|\d)/i.test(text.slice(t.end))) {
    const parts = t.lower.split("-");
    const person = (p: string) => lex.firstName(p) || lex.personName(p) || lex.surname(p);
    if (
      parts.every((p) => lex.proper(p) || lex.common(p)) &&
      parts.some((p) => lex.proper(p)) &&
      // ("Brabant-Zuid-Oost": a point of the compass is no surname here.)
      !parts.some((p) => person(p) && !COMPASS.has(p))
    )
      return false;
  }
  return undefined;
}

/** Months written short, which are first names too ("jan", "mei"). */
const MONTH_SHORT = /^(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec)$/;

/** A word in lower case: a name only where the lists know it and the words around it agree. */
function lowerCaseName(s: NameScan, i: number): boolean {
  const { text, toks, lex } = s;
  const t = toks[i] as Token;
  if (t.lower === "lil" && s.adjacent(t, toks[i + 1])) return true;
  // "(de Boer, 3A)": a surname with its particle in brackets, with a class or an age after it.
  const sur = toks[i + 1];
  if (
    PARTICLES.has(t.lower) &&
    sur?.cap &&
    s.adjacent(t, sur) &&
    /\(\s*$/.test(text.slice(0, t.start)) &&
    IN_BRACKETS_AFTER.test(text.slice(sur.end))
  )
    return true;
  // "isa's moeder": a first name in the possessive before a family word.
  const next = toks[i + 1];
  if (/'s$/.test(t.lower) && lex.firstName(t.lower.slice(0, -2)) && next && OF_CUES.has(next.lower))
    return true;
  // "sem en bo": two lower-case first names joined by "en", one of them no Dutch word.
  const pair = (a: Token | undefined, b: Token | undefined) =>
    !!a &&
    !!b &&
    !a.cap &&
    !b.cap &&
    lex.firstName(a.lower) &&
    lex.firstName(b.lower) &&
    (!lex.common(a.lower) || !lex.common(b.lower));
  const en = (k: number) =>
    toks[k]?.lower === "en" && s.adjacent(toks[k - 1], toks[k]) && s.adjacent(toks[k], toks[k + 1]);
  if ((en(i + 1) && pair(t, toks[i + 2])) || (en(i - 1) && pair(toks[i - 2], t))) return true;
  // "mo en zijn neef", "met mo gesproken": a first name in lower case with a relative of theirs
  // after it, or talked with.
  if (
    !t.cap &&
    lex.firstName(t.lower) &&
    (KIN_AFTER.test(text.slice(t.end, t.end + 30)) ||
      (/\b(?:met|with)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)) &&
        /^\s+(?:gesproken|gepraat|een gesprek|talked|spoke)\b/i.test(text.slice(t.end))))
  )
    return true;
  // "mila b.": a first name in lower case with the initial of a surname after it.
  const initial = toks[i + 1];
  if (
    !t.cap &&
    lex.firstName(t.lower) &&
    initial &&
    /^\p{Ll}$/u.test(initial.w) &&
    text[initial.end] === "." &&
    s.adjacent(t, initial)
  )
    return true;
  // "dirk jansen en kees de groot": a first name in lower case, however ordinary, with a surname
  // the lists know after it that is no ordinary word ("jansen", "van der vaart"), or one of the
  // commonest Dutch surnames with its particle ("de groot", "de jong"); not "wil de wijk", "nam
  // de post", "max te groot".
  if (
    !t.cap &&
    lex.firstName(t.lower) &&
    !/\b(?:de|het|een|the|a|an)\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start))
  ) {
    let k = i + 1;
    while (FAMILY_PARTICLES.has(toks[k]?.lower ?? "") && !toks[k]?.cap && s.adjacent(toks[k - 1], toks[k]))
      k++;
    const f = toks[k];
    const particles = toks.slice(i + 1, k).map((x) => x.lower);
    if (
      f &&
      !f.cap &&
      s.adjacent(toks[k - 1], f) &&
      lex.surname(f.lower) &&
      ((!lex.common(f.lower) && !lex.english(f.lower, true)) ||
        (!lex.word(f.lower) && !lex.english(f.lower, true) && lex.proper(f.lower) && k === i + 1) ||
        COMMON_PARTICLE_SURNAMES.has([...particles, f.lower].join(" ")))
    )
      return true;
  }
  // "sem uit groep 7", "bas from 3vwo": a first name in lower case, however ordinary, with the
  // pupil's class after it; not a verb, an English word in English or a month ("hij wil uit groep
  // 7", "that lot from year 10", "sinds jan uit groep 5"), nor after an article.
  if (
    !t.cap &&
    lex.firstName(t.lower) &&
    !NL_VERBS.has(t.lower) &&
    !(s.englishText && lex.english(t.lower, true)) &&
    !MONTH_SHORT.test(t.lower) &&
    !/^(?:dan|toen|nu|hoop|mama|papa|mam|pap|oma|opa|juf|meester)$/.test(t.lower) &&
    !/^(?:de|het|een|the|a|an|that|this|die|dat|deze|onze|our)$/.test(toks[i - 1]?.lower ?? "") &&
    /^\s+(?:uit|from)\s+(?:(?:groep|klas|class|year|jaar|leerjaar)\s+\d{1,2}\b|\d{1,2}\s?(?:[a-h]|havo|vwo|vmbo|mavo|gym|tl|kb|bb|atheneum)\b)/i.test(
      text.slice(t.end, t.end + 24),
    )
  )
    return true;
  if (lex.word(t.lower) || t.lower.length < 3) return false;
  // "will", "during": an English word; an inflected one may still be a name ("ilias").
  if (lex.english(t.lower) && (!lex.firstName(t.lower) || lex.english(t.lower, true))) return false;
  return (
    lex.firstName(t.lower) ||
    (t.lower.length >= 4 && lex.personName(t.lower) && !lex.common(t.lower)) ||
    lex.surnameShape(t.lower)
  );
}

/** The particles a family name opens with, in lower case. */
const FAMILY_PARTICLES = new Set(["van", "de", "den", "der", "ter", "ten", "el", "ben"]);
/** The commonest Dutch surnames whose last word is also an ordinary word: after a first name in
 * lower case they are the family, not the word ("kees de groot", "roos de jong"). */
const COMMON_PARTICLE_SURNAMES = new Set([
  "de vries",
  "de jong",
  "de groot",
  "de wit",
  "de boer",
  "de bruin",
  "de bruijn",
  "de graaf",
  "de haan",
  "de lange",
  "de leeuw",
  "de ruiter",
  "de koning",
  "de kok",
  "de waal",
  "de visser",
  "de smet",
  "van dijk",
  "van den berg",
  "van der berg",
  "van der meer",
  "van der linden",
  "van leeuwen",
  "van der heijden",
  "van der veen",
  "van den broek",
  "van der wal",
  "van vliet",
  "van beek",
  "van der laan",
  "van dam",
  "van rijn",
  "van der zee",
  "van der ven",
  "van der velden",
  "van den bosch",
  "van der horst",
  "van der steen",
  "van der vaart",
  "van den heuvel",
  "van der meulen",
  "van wijk",
]);

/** "en zijn neef", "and her brother": a relative of the one named before. */
const KIN_AFTER =
  /^\s+(?:en|and)\s+(?:zijn|haar|z'n|zn|d'r|his|her)\s+(?:neef|nicht|broer|broertje|zus|zusje|vriend|vriendin|maat|vader|moeder|oom|tante|cousin|brother|sister|friend|mate|dad|mum|mom)\b/i;

/** "Ji-woo Park", "Min-jun Lee": a given name of two short syllables joined, then a surname. */
export function givenPair(s: NameScan, i: number): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  const next = toks[i + 1];
  const [head = "", tail = ""] = t.lower.split("-");
  return (
    /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,4}$/u.test(t.w) &&
    // ("Kick-off Meeting", "Drop-in Session", "Pop-up Store" are English compounds.)
    !lex.english(head) &&
    !lex.common(head) &&
    !/^(?:wi|eco|bio|pre|re|co|sci|lo|hi|e|ex|non|anti|pro|multi|mini|semi)$/.test(head) &&
    !/^(?:off|in|up|out|on|over|down|by|back|away)$/.test(tail) &&
    !(tail.length >= 4 && lex.common(tail)) &&
    !!next?.cap &&
    !next.acronym &&
    s.adjacent(t, next)
  );
}

/** A family right after token i: particles and a capitalised name ("de Vries", "v.d. Berg"),
 * or a surname the lists know that is no word ("Jansen"). */
function familyAfter(s: NameScan, i: number): boolean {
  const { toks, lex } = s;
  let k = i + 1;
  // (Particles in lower case: "Frans Van Dale" is a dictionary, "June Den Haag" a month and a city.)
  while (PARTICLES.has(toks[k]?.w ?? "") && s.adjacent(toks[k - 1], toks[k])) k++;
  const f = toks[k];
  if (!f?.cap || f.acronym || s.notName(f) || !s.adjacent(toks[k - 1], f)) return false;
  return k > i + 1 || (lex.surname(f.lower) && !lex.word(f.lower) && !lex.english(f.lower));
}

/** "Wijkagent JANSEN", "mevrouw BAKKER": after a role or a title, a surname in capitals (a name has
 * vowels: "Wijkagent GGD" is none; nor a word the lists know or an organisation's). */
export function capsAfterCue(s: NameScan, i: number): boolean {
  const t = s.toks[i] as Token;
  return /^\p{Lu}{3,}/u.test(t.w) && surnameInCapitals(s, t);
}

/** A word in capitals that can be a surname: a known one, or one with vowels that no list holds as a
 * word or an organisation ("RKBS", "ETZ", "VOS" the word are none; "VOS" the surname is). */
function surnameInCapitals(s: NameScan, t: Token): boolean {
  const { lex } = s;
  return (
    /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(t.w) &&
    ((t.w.replace("-", "").length >= 4 && (t.w.match(/[AEIOUY]/g)?.length ?? 0) >= 2) ||
      lex.surname(t.lower)) &&
    !s.notName(t) &&
    (lex.surname(t.lower) || (!lex.word(t.lower) && !lex.english(t.lower)))
  );
}

/** "KOVAL Tetiana", "ALHUSSEIN Mohammad": a surname in capitals before a first name, as forms and
 * registers write a name; not an abbreviation, an organisation or a word the lists know. */
export function capsSurname(s: NameScan, i: number): boolean {
  const { toks } = s;
  const t = toks[i] as Token;
  const given = toks[i + 1];
  // (A name has vowels: "RKBS Maria Goretti", "ETZ Elisabeth" are a school's and a hospital's;
  // "VOS Lotte" is a surname the lists know, though it is also a word.)
  return (
    t.acronym &&
    surnameInCapitals(s, t) &&
    !!given?.cap &&
    !given.acronym &&
    s.adjacent(t, given) &&
    s.isFirst(given)
  );
}
