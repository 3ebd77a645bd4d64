/**
 * Names of people, judged word by word: is it an ordinary Dutch word, a known first name or
 * surname, a place, brand or subject; does a title, role or family word come before it
 * ("mevr.", "moeder", "leerplichtambtenaar"); does it open a sentence; does a verb follow
 * ("Storm heeft ..."); is it part of the name of a school, street or hospital.
 */

import { ENGLISH_STREET } from "./addresses.ts";
import {
  AREA_ROLES,
  ARTICLES,
  BUSINESS,
  COMPASS,
  EN_FUNCTION,
  ENGLISH_KIN,
  GENERIC_OWNERS,
  INSTITUTION_WORDS,
  LABELLED,
  MONTH_NAMES,
  NAMED_AFTER,
  NL_FUNCTION,
  NOT_INITIALS,
  OF_CUES,
  ORGANISATION_WORDS,
  PARTICLES,
  PLACE_PREPOSITIONS,
  PLACE_TEAMS,
  POLITE_TITLES,
  ROOMS,
  SERVICES,
  SIGN_WORDS,
  SPEAKER_WORDS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  WEAK_SUFFIX,
} from "./cues.ts";
import { deskHeaders } from "./headers.ts";
import { cueBefore, nameContext } from "./names/around.ts";
import { extend } from "./names/extend.ts";
import { institution } from "./names/places.ts";
import { type NameOptions, NameScan } from "./names/scan.ts";
import type { Token } from "./names/tokens.ts";
import { nicknames } from "./nicknames.ts";
import { finding, type PiiFinding } from "./types.ts";

export type { NameOptions } from "./names/scan.ts";

/** A compound that ends in a role: "filiaalmanager", "teamleider", "locatiedirecteur". */
const ROLE_TAIL =
  /^\p{L}{3,}(?:manager|medewerker|medewerkster|leider|leidster|directeur|directrice|co[öo]rdinator|begeleider|werker|functionaris|consulent|ambtenaar|regisseur|agent|officer|coach)$/u;

/** Months, which are also first names ("Mei", "April", "June"). */
const MONTHS = new RegExp(`^(?:${MONTH_NAMES})$`);

const ENGLISH_STREET_END = new RegExp(`^(?:${ENGLISH_STREET})$`);
/** The end of a street's name: "Dreesweg", "Zwijgerlaan". */
const STREET_END = /\p{L}{3,}(?:straat|laan|weg|plein|kade|gracht|singel|dijk|hof|park|dreef|steeg)$/u;

/** An age or a class after a name in brackets: "(Kristof, 17)", "(de Boer, 3A)", "(Tess, groep 6)". */
const IN_BRACKETS_AFTER =
  /^\s*,\s*(?:\d{1,2}\s*(?:jaar|jr|j|yrs?|years?)?|\d[a-z]\d?|groep\s*\d|klas\s*\w+|year\s*\d{1,2}|grade\s*\d{1,2})\s*\)/i;

export function names(text: string, opts: NameOptions): PiiFinding[] {
  const s = new NameScan(text, opts);
  const { toks, lex, places, blocked, modifiers, englishText } = s;
  const out: PiiFinding[] = [];

  /** "Ji-woo Park", "Min-jun Lee": a given name of two short syllables joined, then a surname. */
  const givenPair = (i: number): boolean => {
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
  };

  /** A family right after token i: particles and a capitalised name ("de Vries", "v.d. Berg"),
   * or a surname the lists know that is no word ("Jansen"). */
  const familyAfter = (i: number): boolean => {
    let k = i + 1;
    // (Particles in lower case: "Frans Van Dale" is a dictionary, "June Den Haag" a month and a city.)
    while (PARTICLES.has(toks[k]?.w ?? "") && s.adjacent(toks[k - 1], toks[k])) k++;
    const f = toks[k];
    if (!f?.cap || f.acronym || s.notName(f) || !s.adjacent(toks[k - 1], f)) return false;
    return k > i + 1 || (lex.surname(f.lower) && !lex.word(f.lower) && !lex.english(f.lower));
  };

  /** Whether token i begins a name without a cue. */
  const startsName = (i: number): boolean => {
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
    // ("Frans de Vries", "Frans Jansen": a first name that is also a subject, before a family.)
    if (s.notName(t) && !(t.cap && s.isFirst(t) && familyAfter(i))) return false;
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
    // "LUCAS IS EEN ...": a first name in capitals that is no word and no known abbreviation.
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
    if (/-\p{Ll}/u.test(t.w)) return givenPair(i);
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

    if (!t.cap) {
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
      if (lex.word(t.lower) || t.lower.length < 3) return false;
      // "will", "during": an English word; an inflected one may still be a name ("ilias").
      if (lex.english(t.lower) && (!lex.firstName(t.lower) || lex.english(t.lower, true))) return false;
      return (
        lex.firstName(t.lower) ||
        (t.lower.length >= 4 && lex.personName(t.lower) && !lex.common(t.lower)) ||
        lex.surnameShape(t.lower)
      );
    }
    if (prev && s.adjacent(prev, t)) {
      // "die van de Vries": after "van de" a surname the lists know is a family, not a thing.
      const family =
        ARTICLES.has(prev.lower) &&
        toks[i - 2]?.lower === "van" &&
        lex.surname(t.lower) &&
        // "die van de Vries", "de zoon van de Jong": a family after a person word, whatever the word.
        ((!lex.common(t.lower) && !lex.proper(t.lower)) ||
          /^(?:die|degene|diegene|kinderen|kind|jongens|meiden)$/.test(toks[i - 3]?.lower ?? "") ||
          OF_CUES.has(toks[i - 3]?.lower ?? ""));
      // "met de Vries gesproken", "de Jong uit 2A": "de" and a surname the lists know, capitalised
      // inside a Dutch sentence, not where a place is meant ("bij de Kooi", "naar de Haven") and
      // not in a list of trades ("de Bakker, de Visser").
      const particle =
        prev.lower === "de" &&
        prev.w === "de" &&
        !englishText &&
        lex.surname(t.lower) &&
        !PLACE_PREPOSITIONS.has(toks[i - 2]?.lower ?? "") &&
        !/^(?:bij|op|aan|achter|voor|naast|tegenover|langs|over|the)$/.test(toks[i - 2]?.lower ?? "") &&
        !/^\s*,\s*(?:en\s+)?de\s|^\s+en\s+de\s/.test(text.slice(t.end)) &&
        !/(?:,|\ben)\s*$/.test(text.slice(0, prev.start)) &&
        !(toks[i + 1]?.cap && s.adjacent(t, toks[i + 1]));
      // "dat het Tarik Amezian is": "het" as a pronoun before a first and a last name.
      const next = toks[i + 1];
      const pronoun =
        prev.lower === "het" &&
        s.isFirst(t) &&
        !!next &&
        s.adjacent(t, next) &&
        next.cap &&
        !INSTITUTION_WORDS.test(next.lower) &&
        !lex.common(next.lower);
      // "the Hussain family", "de familie": a surname before a word for the household.
      const household =
        /^(?:the|de|het)$/.test(prev.lower) &&
        !!next &&
        s.adjacent(t, next) &&
        /^(?:family|familie|household|kids|children|brothers|sisters|boys|girls)$/.test(next.lower) &&
        // ("the Smith family", "The Green family": any word, with the household word "family" after it.)
        (/^(?:family|familie|gezin|household)$/.test(next.lower) ||
          ((lex.surname(t.lower) || lex.personName(t.lower) || !lex.common(t.lower)) &&
            !lex.english(t.lower)));
      if (family || pronoun || household || particle) return true;
      if ((ARTICLES.has(prev.lower) && !s.isCue(toks[i - 2])) || (prev.acronym && !prev.initial)) {
        blocked.add(i);
        return false;
      }
      // "naar Plantinga, de zorgcoördinator": a role set after it makes the word a person.
      const role = text
        .slice(t.end)
        .match(/^,\s+(?:de|het|onze|mijn|jullie|hun)\s+(\p{L}+)\s*(?:[.,;)]|$)|^\s*\((\p{L}+)\)/u);
      if (role && s.isCue({ lower: (role[1] ?? role[2] ?? "").toLowerCase() } as Token) && !lex.word(t.lower))
        return true;
      // "zaal Storm", "lokaal Noord": a room is named, not a person; "Stichting Streetcornerwork"
      // an organisation.
      const place =
        ROOMS.has(prev.lower) ||
        (ORGANISATION_WORDS.has(prev.lower) && !(PLACE_TEAMS.has(prev.lower) && s.isFirst(t))) ||
        // "Rijschool Bakker", "Tandartspraktijk Visser", "Kinderopvang Smit": a firm by its trade.
        (prev.cap && BUSINESS.test(prev.lower) && !s.isFirst(t)) ||
        // "Senior School Leidschenveen": a school's name goes on after its capitalised "School";
        // "na school Bram" names Bram.
        (NAMED_AFTER.has(prev.lower) && prev.cap && !s.sentenceStart(i - 1) && !s.isFirst(t)) ||
        ((PLACE_PREPOSITIONS.has(prev.lower) || (prev.lower === "en" && places.has(i - 2))) &&
          !lex.firstName(t.lower));
      if (place) {
        places.add(i);
        blocked.add(i);
        return false;
      }
    }
    // "(Kristof, 17)", "(Jansen, 3A)": a capitalised word with an age or a class after it, in
    // brackets, is a person.
    if (/\(\s*$/.test(text.slice(0, t.start)) && IN_BRACKETS_AFTER.test(text.slice(t.end)))
      return !lex.word(t.lower) || s.isFirst(t);
    if (/^\s*\d/.test(text.slice(t.end, t.end + 3))) return false;
    const first = s.isFirst(t);
    const sur = lex.surname(t.lower) || lex.personName(t.lower) || lex.surnameShape(t.lower);
    const common = lex.common(t.lower);
    const proper = lex.proper(t.lower);
    // In an English text an English word is a word ("Red Bull", "on Mondays"), unless a name.
    if (englishText && !first && !sur && lex.english(t.lower)) return false;
    if (!s.sentenceStart(i)) {
      // Inside a sentence a capital marks a name: a word found only as a compound of two short
      // ones ("Nilton" as "nil" + "ton") is no ordinary word there.
      const plural = t.lower.replace(/['’]s$/, "");
      const ordinary =
        lex.inflected(t.lower) ||
        (t.lower.length >= 8 && s.compoundWord(t.lower)) ||
        // ("Voorbeeldfoto's": a plural with an apostrophe.)
        (plural !== t.lower && (lex.common(plural) || (plural.length >= 8 && s.compoundWord(plural))));
      // (A surname the lists know that is no Dutch or English word, "Jansen", is a name too.)
      // (So is one that is also a word, in capitals inside a Dutch sentence: "Ik heb Bakker
      // gesproken"; nouns are written in lower case there.)
      return (
        first ||
        (sur && !common) ||
        (!englishText &&
          lex.surname(t.lower) &&
          // (Not "de Visser" in a list of trades, "de Bakker, de Visser, de Smid", nor "Van Dijk
          // Security", "Villa Mozart"; "met de Jong gesproken" names de Jong.)
          !(
            ARTICLES.has(toks[i - 1]?.lower ?? "") &&
            /^\s*,\s*(?:en\s+)?(?:de|het)\s|^\s+en\s+de\s/.test(text.slice(t.end))
          ) &&
          !(
            ARTICLES.has(toks[i - 1]?.lower ?? "") &&
            /,\s*(?:en\s+)?$/.test(text.slice(0, toks[i - 1]?.start ?? 0))
          ) &&
          !(toks[i + 1]?.cap && s.adjacent(t, toks[i + 1])) &&
          !ORGANISATION_WORDS.has(toks[i - 1]?.lower ?? "") &&
          !(PARTICLES.has(toks[i - 1]?.lower ?? "") && ORGANISATION_WORDS.has(toks[i - 2]?.lower ?? ""))) ||
        (lex.surname(t.lower) && !lex.word(t.lower) && !lex.english(t.lower)) ||
        (!ordinary && !proper && !lex.properForm(t.lower))
      );
    }
    // "Aanwezig: Ria (directeur), ...": a first name with a role in brackets after it.
    const roleAfter = text.slice(t.end).match(/^\s*\((\p{L}+)\)/u)?.[1];
    if (first && roleAfter && s.isCue({ lower: roleAfter.toLowerCase() } as Token)) return true;
    if (first && (lex.word(t.lower) || lex.english(t.lower, true))) return nameContext(s, i + 1);
    // "Visser heeft gisteren gebeld": a surname the lists know opening a Dutch sentence, with a
    // verb after it.
    // ("Maandag: Bakker (brood bakken)" is a trade in a timetable.)
    if (!englishText && lex.surname(t.lower) && !/^\s*\(/.test(text.slice(t.end)) && nameContext(s, i + 1))
      return true;
    // "Willow told me ...": whoever opens a sentence with a verb of telling is a person.
    const verb = toks[i + 1];
    if (
      verb &&
      SPEECH_VERBS.has(verb.lower) &&
      s.adjacent(t, verb) &&
      !SPEAKER_WORDS.has(t.lower) &&
      !s.isCue(t) &&
      !EN_FUNCTION.has(t.lower) &&
      !NL_FUNCTION.has(t.lower) &&
      // "Filiaalmanager vraagt ...": a role, not a name.
      !ROLE_TAIL.test(t.lower)
    )
      return true;
    if (first) return true;
    // "Summer, one of our Year 12 girls, ...": a word set beside a person.
    if (/^,\s+(?:one of|een van)\s+(?:our|my|the|onze|mijn|de)\b/i.test(text.slice(t.end))) return true;
    // "Jansen sloeg hem": a surname the lists know that is no Dutch or English word.
    if (sur && lex.surname(t.lower) && !lex.word(t.lower) && !lex.english(t.lower)) return true;
    // ("Voorbeeldfoto's staan op het intranet": a plural with an apostrophe.)
    const singular = t.lower.replace(/['’]s$/, "");
    if (singular !== t.lower && !first && (lex.common(singular) || s.compoundWord(singular))) return false;
    if (common || s.compoundWord(t.lower) || lex.english(t.lower)) return false;
    if (sur) return true;
    // Not a Dutch word, not a place or brand: most likely a name the lists do not have.
    return !proper && !lex.properForm(t.lower) && t.lower.length >= 3;
  };

  // A mail header naming a desk or a group ("From: Head of Primary") names nobody.
  const desks = deskHeaders(text, lex);

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (desks.some((d) => t.start >= d.start && t.start < d.end)) continue;
    // "stickers met 'Storm' erop", "a tag saying 'Kobra'": the one word on a sign, in quotes
    // ('Sanne is een hoer' on a wall names Sanne).
    // (A first name that is no ordinary word stays a name: "graffiti met 'Sanne'".)
    if (
      SIGN_WORDS.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
      /^['’"”]/.test(text.slice(t.end)) &&
      lex.common(t.lower) &&
      !lex.surname(t.lower) &&
      !s.isFirst(t)
    )
      continue;
    if (s.exempt(t)) {
      // "Garage Van Rijn": a firm's name that ends in a particle goes on after it.
      if (PARTICLES.has(t.lower)) blocked.add(i);
      continue;
    }
    // "OvJ", "HOvJ", "RvdK": an abbreviation in mixed case.
    if (/^\p{Lu}+\p{Ll}{1,3}\p{Lu}+\p{Ll}?$/u.test(t.w) && t.w.length <= 6) continue;
    // "I'll", "don't": an English contraction.
    if (/^(?:i|you|we|they|he|she|it|that|there|let)'(?:ll|m|ve|d|re|s)$|n't$/i.test(t.w)) continue;
    // "4Life", "2Pac": a word glued to a number is a name of a group or brand.
    if (/\d$/.test(text.slice(0, t.start))) continue;
    if (blocked.has(i - 1) && s.adjacent(toks[i - 1], t) && (t.cap || PARTICLES.has(t.lower))) {
      blocked.add(i);
      continue;
    }
    let start = false;
    let lowerRun = false;
    let uncued = false;
    let titled = false;
    // "vleugel B. Storingen ...": a letter after a part of a building labels it; the sentence ends there.
    // (Not before a surname or its particle: "ingang B. Jansen", "Route A of B. de Vries".)
    const labelled = (() => {
      const n = toks[i + 1];
      return !n || !(PARTICLES.has(n.lower) || (n.cap && (lex.surname(n.lower) || s.isFirst(n))));
    })();
    if (
      t.initial &&
      t.cap &&
      labelled &&
      LABELLED.has(toks[i - 1]?.lower ?? "") &&
      s.adjacent(toks[i - 1], t)
    )
      continue;
    // "metro line D or E. Extra staff": the last of a list of letters.
    if (
      t.initial &&
      labelled &&
      /^(?:or|and|of|en)$/.test(toks[i - 1]?.lower ?? "") &&
      /^\p{Lu}$/u.test(toks[i - 2]?.w ?? "") &&
      !toks[i - 2]?.initial
    )
      continue;
    if (t.initial) {
      start = true;
      // "groet, r. jansen": a lower-case initial after a sign-off, then a lower-case name.
      lowerRun = !t.cap;
    } else {
      const cue = cueBefore(s, i);
      let k = i;
      while (PARTICLES.has((toks[k] as Token).lower) && s.adjacent(toks[k], toks[k + 1])) k++;
      // "directeur van OBS ...", "de jongerenwerkers van Netwerk": what follows "van" after an
      // acronym or after a role in the plural is an organisation.
      const plural = (toks[i - 1]?.lower ?? "").match(/^(\p{L}+?)(?:s|en)$/u)?.[1];
      const particleStart =
        k > i &&
        (toks[k] as Token).cap &&
        !(toks[k] as Token).acronym &&
        !s.exempt(toks[k] as Token) &&
        !(t.lower === "van" && plural !== undefined && s.isCue({ lower: plural } as Token)) &&
        !(t.lower === "van" && SERVICES.has(toks[i - 1]?.lower ?? ""));
      // "broer van Fatima": the "van" is the family tie, the name comes after it.
      const ofTie =
        (t.w === "van" && OF_CUES.has((toks[i - 1] as Token | undefined)?.lower ?? "")) ||
        (ARTICLES.has(t.lower) && toks[i - 1]?.lower === "van");
      // After a case role ("Dader: Onbekend") an ordinary word or a place is no name.
      // (A first name or a surname the lists know is a name there: "Van: Visser", "Slachtoffer: Sem".)
      const roleWord =
        cue === "role" &&
        ((lex.word(t.lower) && !s.isFirst(t) && !lex.surname(t.lower)) ||
          (lex.proper(t.lower) && !s.isFirst(t) && !lex.surname(t.lower) && !lex.personName(t.lower)));
      // "Kind regards,\nThe Safeguarding Team": a sign-off by a team, not a person.
      if (cue === "signoff" && /^(?:the|team|namens)$/.test(t.lower)) {
        // ... unless a person follows: "The Jansen family", "namens Kevin Bakker", "Team Lisa".
        const n = toks[i + 1];
        const person =
          !!n &&
          n.cap &&
          s.adjacent(t, n) &&
          (s.isFirst(n) ||
            lex.surname(n.lower) ||
            lex.personName(n.lower) ||
            /^\s+(?:family|familie|gezin)\b/i.test(text.slice(n.end)) ||
            (!lex.common(n.lower) && !s.englishWord(n)));
        if (!person) blocked.add(i);
        continue;
      }
      // "jongerenwerk Zwolle-Zuid", "Police Brabant-Zuid-Oost": a place and a point of the compass
      // name where an organisation works.
      const placeParts = t.lower.split("-");
      const placeAfterRole =
        cue === "cue" &&
        placeParts.length >= 2 &&
        placeParts.some((x) => COMPASS.has(x)) &&
        placeParts.some((x) => lex.proper(x) && !COMPASS.has(x)) &&
        placeParts.every((x) => !lex.firstName(x) && !lex.surname(x) && !lex.personName(x));
      // "jongerenwerk (Welzijn Zuid)": an ordinary word and a part of town in brackets after a
      // role name its organisation ("mentor (Hamer)" names the mentor).
      const inBrackets = toks[i + 1];
      const bracketed =
        cue === "cue" &&
        t.cap &&
        /\(\s*$/.test(s.gap(toks[i - 1] as Token, t)) &&
        lex.word(t.lower) &&
        !lex.personName(t.lower) &&
        !s.isFirst(t) &&
        !lex.surname(t.lower) &&
        !!inBrackets &&
        s.adjacent(t, inBrackets) &&
        COMPASS.has(inBrackets.lower) &&
        /^\s*\)/.test(text.slice(inBrackets.end));
      if (bracketed) {
        blocked.add(i);
        continue;
      }
      // "Jongerenwerk Zaanstad", "politie Zaanstreek": after a service, a place or an ordinary word
      // no list knows as a person's names where it works.
      const servicePlace =
        cue === "cue" &&
        SERVICES.has(toks[i - 1]?.lower ?? "") &&
        // ("jongerenwerk (Kessel)": a person in brackets.)
        !/\(/.test(s.gap(toks[i - 1] as Token, t)) &&
        !s.isFirst(t) &&
        !lex.surname(t.lower) &&
        !lex.personName(t.lower) &&
        !lex.surnameShape(t.lower) &&
        lex.proper(t.lower);
      if (cue && !ofTie && !roleWord && !placeAfterRole && !servicePlace) {
        titled = cue === "cue" && !AREA_ROLES.has(toks[i - 1]?.lower ?? "");
        // "vader van Mei", "juf April": after a person's cue a month that is also a first name is the name.
        const monthName = cue === "cue" && MONTHS.test(t.lower) && lex.firstName(t.lower);
        if (t.cap || particleStart)
          // ("officer Sgt. Van Leeuwen": a title after a role is the title, not the name.)
          start =
            (!s.notName(t) || monthName) &&
            !t.acronym &&
            (!INSTITUTION_WORDS.test(t.lower) || POLITE_TITLES.has(toks[i - 1]?.lower ?? "")) &&
            !TITLE_ABBREVIATIONS.has(t.lower);
        // "hi ms jansen", "hoi mevrouw bakker", "meneer de vries": a surname in lower case after a
        // title of address, also one that is an ordinary word, with its particles.
        else if (
          cue === "cue" &&
          POLITE_TITLES.has(toks[i - 1]?.lower ?? "") &&
          (lex.surname(t.lower) ||
            (k > i && lex.surname((toks[k] as Token).lower)) ||
            // "hey it's mr jonas (PE)": a teacher is called by a first name too.
            (k === i && lex.firstName(t.lower) && !EN_FUNCTION.has(t.lower) && !NL_FUNCTION.has(t.lower)))
        ) {
          start = true;
          lowerRun = true;
        } else if (
          // "de moeder van fleur", "moeder van wang yichen", "groet sharon" at the end: a
          // child's name after a family tie, or the writer's under a sign-off, in lower case,
          // also one that is an ordinary word.
          ((cue === "cue" && toks[i - 1]?.lower === "van" && OF_CUES.has(toks[i - 2]?.lower ?? "")) ||
            (cue === "signoff" && /^[\s.!]*$/.test(text.slice(t.end)))) &&
          (lex.firstName(t.lower) || lex.surname(t.lower)) &&
          !s.notName(t) &&
          !EN_FUNCTION.has(t.lower) &&
          !NL_FUNCTION.has(t.lower) &&
          !ARTICLES.has(t.lower) &&
          !s.isCue(t) &&
          // ("de ouders van tien leerlingen", "van meer dan twintig", "Thanks man".)
          !/^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|meer|minder|veel|alle|enkele|sommige|beide|man|mate|bro|dude|guys|all|allen|iedereen)$/.test(
            t.lower,
          ) &&
          t.lower.length >= 2
        ) {
          start = true;
          lowerRun = true;
        } else if (
          !s.isCue(t) &&
          !s.notName(t) &&
          !lex.word(t.lower) &&
          // In an English text an inflected English word too ("the coach leaves").
          !(lex.english(t.lower, !englishText) && !lex.firstName(t.lower)) &&
          // "heet iwan sutanto": a person's name in the dictionary counts as well as one on the lists.
          (lex.firstName(t.lower) ||
            (lex.personName(t.lower) && !lex.common(t.lower)) ||
            cue === "signoff" ||
            (!lex.common(t.lower) && !lex.proper(t.lower))) &&
          t.lower.length >= 2
        ) {
          start = true;
          lowerRun = true;
        }
        // "mw. van der Heijden": the particles belong to the name after a cue.
        if (start && particleStart && !t.cap) lowerRun = false;
      } else if (startsName(i)) {
        start = true;
        lowerRun = !t.cap;
        uncued = true;
      }
    }
    if (!start) continue;
    const j = t.lower === "lil" ? i + 2 : extend(s, i, lowerRun);
    // "the Safeguarding Lead", "Anti-Bullying Week": English words in title case, none a name.
    if (
      uncued &&
      !givenPair(i) &&
      j > i + 1 &&
      toks.slice(i, j).every((x) => s.englishWord(x) && !s.isFirst(x) && !lex.surname(x.lower))
    ) {
      i = j - 1;
      continue;
    }
    // "Mrs Park", "meneer Kerk": one word after a title of address is a surname, however it ends.
    // ("Mr. Visserplein" is a square named after a lawyer.)
    const addressed =
      titled && j === i + 1 && POLITE_TITLES.has(toks[i - 1]?.lower ?? "") && !STREET_END.test(t.lower);
    // "Kind: Deniz Kerkhof": in a form's field for a person, a first name and a family that ends
    // like a building or a street ("-huis", "-hof", "-dijk") are a person.
    const personField =
      /\b(?:kind|naam|leerling|pupil|name|student|melder|moeder|vader|mother|father|child|parent|ouder|voogd|guardian|slachtoffer|victim|betrokkene|betrokken|dader|verdachte|suspect)\s*:\s*$/i.test(
        text.slice(Math.max(0, t.start - 15), t.start),
      );
    // (Not an organisation's word: "Melder: Kinderopvang Rijnhuis".)
    const familyAfterFirst =
      j === i + 2 &&
      WEAK_SUFFIX.test((toks[i + 1] as Token).lower) &&
      personField &&
      (s.isFirst(t) ||
        /\p{L}-\p{L}/u.test(t.lower) ||
        (!lex.common(t.lower) &&
          !lex.word(t.lower) &&
          !s.compoundWord(t.lower) &&
          // ("Melder: Timon Gezinshuis": a home run by a youth-care organisation.)
          !s.compoundWord((toks[i + 1] as Token).lower)));
    if (!addressed && !givenPair(i) && institution(s, i, j, t.initial || titled || familyAfterFirst)) {
      i = j - 1;
      continue;
    }
    const last = toks[j - 1] as Token;
    // "Dr. Willem Dreesweg", "Willem de Zwijgerlaan", "Rose Street": a street named after a person.
    // (An English street only where a place is spoken of: "on Rose Street", not "Jessica Lane (Year 9)".)
    const englishStreet =
      ENGLISH_STREET_END.test(last.w) &&
      /\b(?:in|on|off|along|langs)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
      !/^\s*\(/.test(text.slice(last.end));
    // (So where a class follows: "Deniz Kerkhof, groep 7b"; "rond Anna Paulownahof" is a street.)
    const family =
      j === i + 2 &&
      s.isFirst(t) &&
      /(?:hof|dijk)$/.test(last.lower) &&
      (personField ||
        /^\s*(?:,\s*(?:groep|klas|leerling|year|grade|\d)|\((?:groep|klas|\d)|uit\s+(?:groep|klas|\d))/i.test(
          text.slice(last.end),
        ));
    if (j > i + 1 && ((STREET_END.test(last.lower) && !family) || englishStreet)) {
      i = j - 1;
      continue;
    }
    if (t.initial && j === i + 1 && NOT_INITIALS.has(text.slice(t.start, last.end))) continue;
    const initials = text.slice(t.start, last.end);
    if (t.initial && NOT_INITIALS.has(initials)) continue;
    // Initials directly after a letter or dot are an abbreviation ("t.n.v.", "B1.").
    if (t.initial && /[\p{L}\d.]$/u.test(text.slice(0, t.start))) continue;
    out.push(finding("naam", text, t.start, last.end));
    i = j - 1;
  }
  out.push(...nicknames(text, out, opts));
  return out;
}
