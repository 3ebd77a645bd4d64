/**
 * Whether a word opens a name, and how: an initial; a word that a title, role, family word or
 * sign-off before it makes a name ("mw. Jansen", "moeder van fleur", "groet sharon"), unless the
 * cue misleads ("broer van Fatima", "Dader: Onbekend", "jongerenwerk Zwolle-Zuid"); or a word that
 * starts a name on its own (names/starts.ts).
 */
import {
  AREA_ROLES,
  ARTICLES,
  CALLED_BEFORE,
  COMPASS,
  EN_FUNCTION,
  EN_VERBS,
  INSTITUTION_WORDS,
  MONTH_NAMES,
  NAMING,
  NL_FUNCTION,
  NL_VERBS,
  OF_CUES,
  PARTICLES,
  POLITE_TITLES,
  ROLE_TAIL,
  SERVICES,
  TITLE_ABBREVIATIONS,
} from "../cues.ts";
import { type Cue, cueBefore } from "./around.ts";
import { lowerAfterFamily } from "./kin.ts";
import { englishRoleLine } from "./role-line.ts";
import type { NameScan } from "./scan.ts";
import { capsAfterCue, capsSurname, startsName } from "./starts.ts";
import type { Token } from "./tokens.ts";

/** Months, which are also first names ("Mei", "April", "June"). */
const MONTHS = new RegExp(`^(?:${MONTH_NAMES})$`);

/** How a name opens at a word. */
export interface Opening {
  /** The name goes on over words in lower case: "groet, r. jansen", "meneer de vries". */
  lowerRun: boolean;
  /** No cue came before it: the word starts a name on its own. */
  uncued: boolean;
  /** A title, role or family word came before it, not a role tied to an area ("wijkagent Stevenshof"). */
  titled: boolean;
}

/** Whether token i opens a name, and how. */
export function opening(s: NameScan, i: number): Opening | undefined {
  const t = s.toks[i] as Token;
  // "groet, r. jansen": a lower-case initial after a sign-off, then a lower-case name.
  if (t.initial) return { lowerRun: !t.cap, uncued: false, titled: false };
  const cue = cueBefore(s, i);
  // "Kind regards,\nThe Safeguarding Team": a sign-off by a team, not a person.
  if (cue === "signoff" && /^(?:the|team|namens)$/.test(t.lower)) {
    if (!personAfterTeam(s, i)) s.blocked.add(i);
    return undefined;
  }
  // "Student Support Desk", "Redactie Bureau Jeugd & Media", "Youth Work Team Zuidoost": a line
  // under a sign-off with a desk's or a team's word in it signs for them.
  if (cue === "signoff" && !s.isFirst(t) && teamLine(s, lineFrom(s.text, t.start))) {
    s.blocked.add(i);
    return undefined;
  }
  // "Met vriendelijke groet,\nTeamleider OKT Noord", "Teamleider Jeugd en Gezin": a role signs for
  // a team named in capitals or ordinary words, not a person ("Teamleider Jan Bakker", "Mentor
  // Kaya", "Wijkagent JANSEN" name one; so does a name on the line under the role, found there).
  if (cue === "signoff" && ROLE_TAIL.test(t.lower) && rolesTeam(s, i)) {
    s.blocked.add(i);
    return undefined;
  }
  // "Kind regards,\nAttendance Officer": a line of English words that ends in a role signs with
  // the role ("Grace Officer" is a person).
  if (cue === "signoff" && englishRoleLine(s.lex, lineFrom(s.text, t.start))) {
    s.blocked.add(i);
    return undefined;
  }
  if (bracketedPlace(s, i, cue)) {
    s.blocked.add(i);
    return undefined;
  }
  if (cue && !cueMisleads(s, i, cue)) return afterCue(s, i, cue);
  if (startsName(s, i)) return { lowerRun: !t.cap, uncued: true, titled: false };
  return undefined;
}

/** The rest of a role's line under a sign-off names a team, not a person: nothing, a team's
 * abbreviation in capitals, or ordinary words only. */
function rolesTeam(s: NameScan, i: number): boolean {
  // (The words right after it; after a dash or a bar an organisation follows: "Jongerenwerker -
  // Streetcornerwork Almere".)
  const rest: Token[] = [];
  for (let k = i + 1; k < s.toks.length && s.adjacent(s.toks[k - 1] as Token, s.toks[k] as Token); k++)
    rest.push(s.toks[k] as Token);
  // (One ordinary word after the role is a surname as often as a team: "Wijkagent Schaap", "Casemanager
  // Green"; a field of work is not: "Aandachtsfunctionaris Kindermishandeling".)
  const field = /(?:ing|heid|zorg|werk|beleid|zaken|geweld)$/;
  return rest.every((n) => {
    const written = s.text.slice(n.start, n.end);
    const person = s.isFirst(n) || s.lex.surname(n.lower) || s.lex.personName(n.lower);
    const ordinary =
      (s.lex.common(n.lower) || s.lex.english(n.lower)) && (rest.length > 1 || field.test(n.lower));
    return !person && (/^\p{Lu}{2,6}$/u.test(written) || ordinary);
  });
}

/** The words of a team, a desk or an editorial office, in a line that signs. */
const TEAM_WORD =
  /\b(?:team|desk|helpdesk|servicedesk|redactie|department|office|afdeling|bureau|secretariaat|secretariat|support|services?|administratie|directie|werkgroep|editorial|reception|receptie)\b/i;
/** A line that signs for a team: its team word comes first, or after ordinary words only
 * ("Student Support Desk", "Youth Work Team Zuidoost"); not after a name ("Niamh Kelly Reception",
 * "Van der Linden - Team Zorg", "Mrs Bakker Reception"). */
function teamLine(s: NameScan, line: string): boolean {
  const m = line.match(TEAM_WORD);
  if (!m || (m.index ?? 0) > 40) return false;
  const before = line.slice(0, m.index ?? 0);
  if (/[-–—,(|]/.test(before)) return false;
  return before
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => {
      const lower = w.toLowerCase();
      return (
        !POLITE_TITLES.has(lower.replace(/\.$/, "")) &&
        (s.lex.common(lower) || s.lex.english(lower)) &&
        !s.lex.firstName(lower) &&
        !s.lex.surname(lower)
      );
    });
}
const lineFrom = (text: string, at: number) =>
  text.slice(at, text.indexOf("\n", at) < 0 ? undefined : text.indexOf("\n", at));

/** A team's word under a sign-off names nobody ... unless a person follows: "The Jansen family",
 * "namens Kevin Bakker", "Team Lisa". */
function personAfterTeam(s: NameScan, i: number): boolean {
  const { text, toks, lex } = s;
  const t = toks[i] as Token;
  const n = toks[i + 1];
  return (
    !!n &&
    n.cap &&
    s.adjacent(t, n) &&
    (s.isFirst(n) ||
      lex.surname(n.lower) ||
      lex.personName(n.lower) ||
      /^\s+(?:family|familie|gezin)\b/i.test(text.slice(n.end)) ||
      (!lex.common(n.lower) && !s.englishWord(n)))
  );
}

/** A cue that makes no name of the word after it: a family tie's "van", an ordinary word after a
 * case role, a place where an organisation works. */
function cueMisleads(s: NameScan, i: number, cue: Cue): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
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
  // "jongerenwerk Zwolle-Zuid", "Police Brabant-Zuid-Oost": a place and a point of the compass
  // name where an organisation works.
  const placeParts = t.lower.split("-");
  const placeAfterRole =
    cue === "cue" &&
    placeParts.length >= 2 &&
    placeParts.some((x) => COMPASS.has(x)) &&
    placeParts.some((x) => lex.proper(x) && !COMPASS.has(x)) &&
    placeParts.every((x) => !lex.firstName(x) && !lex.surname(x) && !lex.personName(x));
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
  return ofTie || roleWord || placeAfterRole || servicePlace;
}

/** "jongerenwerk (Welzijn Zuid)": an ordinary word and a part of town in brackets after a
 * role name its organisation ("mentor (Hamer)" names the mentor). */
function bracketedPlace(s: NameScan, i: number, cue: Cue | null): boolean {
  const { text, toks, lex } = s;
  const t = toks[i] as Token;
  const inBrackets = toks[i + 1];
  return (
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
    /^\s*\)/.test(text.slice(inBrackets.end))
  );
}

/** What a cue lets open a name: a capitalised word that is no title or institution, or in lower
 * case a surname after a title of address, a child's name after a family tie, the writer's under a
 * sign-off, or a word no list knows. */
function afterCue(s: NameScan, i: number, cue: Cue): Opening | undefined {
  const { toks, lex } = s;
  const t = toks[i] as Token;
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
  let start = false;
  let lowerRun = false;
  const titled = cue === "cue" && !AREA_ROLES.has(toks[i - 1]?.lower ?? "");
  // "vader van Mei", "juf April": after a person's cue a month that is also a first name is the name.
  const monthName = cue === "cue" && MONTHS.test(t.lower) && lex.firstName(t.lower);
  // "mevrouw Cortina", "meneer Rutgers": after a title of address a brand's or an organisation's
  // name that is no ordinary word is a surname.
  const titledBrand =
    POLITE_TITLES.has(toks[i - 1]?.lower ?? "") && !lex.word(t.lower) && !lex.english(t.lower);
  // "bijnaam: Nairobi", "alias Berlin": a place abroad as what someone is called.
  const calledSo =
    lex.abroad(t.lower) &&
    (NAMING.has(toks[i - 1]?.lower ?? "") ||
      NAMING.has(toks[i - 2]?.lower ?? "") ||
      CALLED_BEFORE.test(s.text.slice(Math.max(0, t.start - 40), t.start)));
  if (t.cap || particleStart)
    // ("officer Sgt. Van Leeuwen": a title after a role is the title, not the name.)
    start =
      (!s.notName(t) || monthName || titledBrand || calledSo) &&
      // ("wijkagent Ridderveld": after a role that serves an area, the region's place is the area.)
      !(lex.place(t.lower) && AREA_ROLES.has(toks[i - 1]?.lower ?? "")) &&
      (!t.acronym || capsSurname(s, i) || capsAfterCue(s, i)) &&
      (!INSTITUTION_WORDS.test(t.lower) || POLITE_TITLES.has(toks[i - 1]?.lower ?? "")) &&
      !TITLE_ABBREVIATIONS.has(t.lower) &&
      // ("BOA Centre", "GGD Office": a place's word after a team's letters names their place.)
      !(
        toks[i - 1]?.acronym &&
        /^(?:centre|center|office|desk|hub|unit|point|station|department|team|manager|patrol|officer|advisor|adviser|coordinator|lead|afdeling)$/.test(
          t.lower,
        )
      );
  else if (lowerAfterTitle(s, i, cue, k)) {
    start = true;
    lowerRun = true;
  } else if (lowerAfterTie(s, i, cue) || lowerAfterFamily(s, i, cue)) {
    start = true;
    lowerRun = true;
  } else if (lowerUnknown(s, i, cue)) {
    start = true;
    lowerRun = true;
  }
  // "mw. van der Heijden": the particles belong to the name after a cue.
  if (start && particleStart && !t.cap) lowerRun = false;
  return start ? { lowerRun, uncued: false, titled } : undefined;
}

/** "hi ms jansen", "hoi mevrouw bakker", "meneer de vries": a surname in lower case after a
 * title of address, also one that is an ordinary word, with its particles. */
function lowerAfterTitle(s: NameScan, i: number, cue: Cue, k: number): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  return (
    cue === "cue" &&
    // ("fam. janssen", "familie de vries": a family is addressed by its surname too; not "familie
    // meer", "familie klein thuis".)
    (POLITE_TITLES.has(toks[i - 1]?.lower ?? "") ||
      (/^(?:fam|familie)$/.test(toks[i - 1]?.lower ?? "") &&
        !/^(?:meer|minder|klein|kleine|groot|grote|erg|heel|ook|nog|wel|niet|zelf|thuis|hier|daar|weg|uit|en|of)$/.test(
          t.lower,
        ))) &&
    (lex.surname(t.lower) ||
      // "fam. janssens", "meneer peeters": the Flemish form of a surname the lists know.
      (/\p{L}{4}s$/u.test(t.lower) && lex.surname(t.lower.slice(0, -1))) ||
      (k > i && lex.surname((toks[k] as Token).lower)) ||
      // "hey it's mr jonas (PE)": a teacher is called by a first name too.
      (k === i &&
        lex.firstName(t.lower) &&
        !EN_FUNCTION.has(t.lower) &&
        !NL_FUNCTION.has(t.lower) &&
        // ("de juf wil graag tips": a verb after a title with its article; "aan juf Wil" names her.)
        !(
          NL_VERBS.has(t.lower) &&
          /^(?:de|het|een|onze|mijn|jullie|zijn|haar|hun|die|deze|welke|elke|iedere|als)$/.test(
            toks[i - 2]?.lower ?? "",
          )
        )))
  );
}

/** "de moeder van fleur", "moeder van wang yichen", "groet sharon" at the end: a
 * child's name after a family tie, or the writer's under a sign-off, in lower case,
 * also one that is an ordinary word. */
function lowerAfterTie(s: NameScan, i: number, cue: Cue): boolean {
  const { text, toks, lex } = s;
  const t = toks[i] as Token;
  return (
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
  );
}

/** Words right before a name that say it is one. */
const NAMED_RIGHT_BEFORE = /^(?:naam|name|voornaam|roepnaam|heet|heette|heten|genaamd|named|called)$/;

/** A word in lower case after a cue that no list knows as an ordinary word: "heet iwan sutanto". */
function lowerUnknown(s: NameScan, i: number, cue: Cue): boolean {
  const { toks, lex, englishText } = s;
  const t = toks[i] as Token;
  // "naam hans", "koper heette sem": right after a word that names someone, a first name the
  // lists know is the name, even one that is also a word.
  const named =
    NAMED_RIGHT_BEFORE.test(toks[i - 1]?.lower ?? "") &&
    s.adjacent(toks[i - 1], t) &&
    lex.firstName(t.lower) &&
    !ARTICLES.has(t.lower) &&
    !/^(?:is|was|van|de|het|een|en|of|op|in|onbekend|unknown|niet|geen|nog|ook|wel|not|no|wil|zal|kan|mag|moet|ben|heb|had|werd|will|can|may)$/.test(
      t.lower,
    );
  return (
    !s.isCue(t) &&
    !s.notName(t) &&
    (!lex.word(t.lower) || named) &&
    // In an English text an inflected English word too ("the coach leaves").
    !(lex.english(t.lower, !englishText) && !lex.firstName(t.lower)) &&
    // (In an English text not a verb that is a first name too: "the officer said", not "officer grace".)
    !(
      englishText &&
      cue !== "signoff" &&
      s.isCue(toks[i - 1] as Token) &&
      !/^(?:named|called|alias)$/.test(toks[i - 1]?.lower ?? "") &&
      EN_VERBS.has(t.lower)
    ) &&
    // "heet iwan sutanto": a person's name in the dictionary counts as well as one on the lists.
    (lex.firstName(t.lower) ||
      (lex.personName(t.lower) && !lex.common(t.lower)) ||
      cue === "signoff" ||
      (!lex.common(t.lower) && !lex.proper(t.lower))) &&
    t.lower.length >= 2
  );
}
