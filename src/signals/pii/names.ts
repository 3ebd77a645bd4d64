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
  COMPASS,
  EN_FUNCTION,
  INSTITUTION_WORDS,
  LABELLED,
  MONTH_NAMES,
  NL_FUNCTION,
  NOT_INITIALS,
  OF_CUES,
  PARTICLES,
  POLITE_TITLES,
  SERVICES,
  SIGN_WORDS,
  TITLE_ABBREVIATIONS,
  WEAK_SUFFIX,
} from "./cues.ts";
import { deskHeaders } from "./headers.ts";
import { cueBefore } from "./names/around.ts";
import { extend } from "./names/extend.ts";
import { institution } from "./names/places.ts";
import { type NameOptions, NameScan } from "./names/scan.ts";
import { givenPair, startsName } from "./names/starts.ts";
import type { Token } from "./names/tokens.ts";
import { nicknames } from "./nicknames.ts";
import { finding, type PiiFinding } from "./types.ts";

export type { NameOptions } from "./names/scan.ts";

/** Months, which are also first names ("Mei", "April", "June"). */
const MONTHS = new RegExp(`^(?:${MONTH_NAMES})$`);

const ENGLISH_STREET_END = new RegExp(`^(?:${ENGLISH_STREET})$`);
/** The end of a street's name: "Dreesweg", "Zwijgerlaan". */
const STREET_END = /\p{L}{3,}(?:straat|laan|weg|plein|kade|gracht|singel|dijk|hof|park|dreef|steeg)$/u;

export function names(text: string, opts: NameOptions): PiiFinding[] {
  const s = new NameScan(text, opts);
  const { toks, lex, blocked, englishText } = s;
  const out: PiiFinding[] = [];

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
      } else if (startsName(s, i)) {
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
      !givenPair(s, i) &&
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
    if (!addressed && !givenPair(s, i) && institution(s, i, j, t.initial || titled || familyAfterFirst)) {
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
