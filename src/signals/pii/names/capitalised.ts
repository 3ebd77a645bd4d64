/**
 * A capitalised word without a cue before it: whether the word right before it makes it a family
 * ("die van de Vries", "the Hussain family") or a place ("zaal Storm", "Rijschool Bakker"), and
 * otherwise how the lists judge it inside a sentence or at its start, where every word has a
 * capital ("Storm heeft ...", "Willow told me ...").
 */
import {
  ARTICLES,
  BUSINESS,
  EN_FUNCTION,
  INSTITUTION_WORDS,
  NAMED_AFTER,
  NL_FUNCTION,
  OF_CUES,
  ORGANISATION_WORDS,
  PARTICLES,
  PLACE_PREPOSITIONS,
  PLACE_TEAMS,
  ROLE_TAIL,
  ROOMS,
  SPEECH_VERBS,
} from "../cues.ts";
import { nameContext } from "./around.ts";
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** Openers of a sentence before a verb of telling that are no name: "Someone told me", "Mum said". */
const SPEAKER_WORDS = new Set(
  (
    "someone somebody nobody everyone everybody anyone he she they it who this that mum mom dad mother father " +
    "brother sister teacher student pupil boy girl kid child parent parents staff security police " +
    "iemand niemand iedereen hij zij ze men die dat dit wie ouder ouders moeder vader oma opa buurman buurvrouw " +
    "buren buurtbewoner buurtbewoners omwonende omwonenden bewoner bewoners getuige melder leerling leerlingen " +
    "leerkracht docent docenten juf meester mentor conciërge directeur directie school gemeente politie"
  ).split(" "),
);

/** An age or a class after a name in brackets: "(Kristof, 17)", "(de Boer, 3A)", "(Tess, groep 6)". */
export const IN_BRACKETS_AFTER =
  /^\s*,\s*(?:\d{1,2}\s*(?:jaar|jr|j|yrs?|years?)?|\d[a-z]\d?|groep\s*\d|klas\s*\w+|year\s*\d{1,2}|grade\s*\d{1,2})\s*\)/i;

/** What the lists know of a capitalised word. */
interface Known {
  /** A first name (also in the possessive, or joined: "Anne-Fleur"). */
  first: boolean;
  /** A surname the lists know, a person's name in the dictionary, or a word shaped like a surname. */
  sur: boolean;
  /** An ordinary Dutch word, also when inflected or compounded. */
  common: boolean;
  /** In the dictionary only with a capital: a place, brand or name. */
  proper: boolean;
}

/** A capitalised word right after another: a family after "van de", "het" or "the", or a room, an
 * organisation or a place named by the word before it. */
export function afterWord(s: NameScan, i: number): boolean | undefined {
  const { text, toks, lex, places, blocked } = s;
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  if (!prev || !s.adjacent(prev, t)) return undefined;
  if (afterArticle(s, i)) return true;
  // "ik denk dat het Shurendy is", "later bleek dat het Ricardo Rosaria was": "het" as a pronoun
  // before a first name.
  // (A first name and a surname, then "is" or "was": not "of het Emma of het Sophia", a hospital.)
  const sur = toks[i + 1];
  if (
    prev.lower === "het" &&
    /^(?:dat|of)$/.test(toks[i - 2]?.lower ?? "") &&
    s.isFirst(t) &&
    !lex.notName(t.lower) &&
    sur?.cap &&
    s.adjacent(t, sur) &&
    /^(?:is|was)$/.test(toks[i + 2]?.lower ?? "")
  )
    return true;
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
  return undefined;
}

/** A person after an article or "het": a family after "van de" or "de" ("die van de Vries", "met de
 * Vries gesproken"), "het" as a pronoun ("dat het Tarik Amezian is"), a household ("the Hussain
 * family"). */
function afterArticle(s: NameScan, i: number): boolean {
  const { text, toks, lex, englishText } = s;
  const t = toks[i] as Token;
  const prev = toks[i - 1] as Token;
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
  // (So after "is het" with a particle and a surname: "volgens de meiden is het Zakaria el Idrissi";
  // not "op 14 februari is het Valentijn".)
  const pronoun =
    prev.lower === "het" &&
    s.isFirst(t) &&
    ((!!next &&
      s.adjacent(t, next) &&
      next.cap &&
      !INSTITUTION_WORDS.test(next.lower) &&
      !lex.common(next.lower)) ||
      (/^(?:is|was)$/.test(toks[i - 2]?.lower ?? "") &&
        !!next &&
        PARTICLES.has(next.lower) &&
        !!toks[i + 2]?.cap));
  // "the Hussain family", "de familie": a surname before a word for the household.
  const household =
    /^(?:the|de|het)$/.test(prev.lower) &&
    !!next &&
    s.adjacent(t, next) &&
    /^(?:family|familie|household|kids|children|brothers|sisters|boys|girls)$/.test(next.lower) &&
    // ("the Smith family", "The Green family": any word, with the household word "family" after it.)
    (/^(?:family|familie|gezin|household)$/.test(next.lower) ||
      ((lex.surname(t.lower) || lex.personName(t.lower) || !lex.common(t.lower)) && !lex.english(t.lower)));
  return family || pronoun || household || particle;
}

/** A capitalised word the words before it do not settle: in brackets with an age, before a
 * number, and as it stands inside a sentence or at its start. */
export function capitalised(s: NameScan, i: number): boolean {
  const { text, toks, lex, englishText } = s;
  const t = toks[i] as Token;
  // "(Kristof, 17)", "(Jansen, 3A)": a capitalised word with an age or a class after it, in
  // brackets, is a person.
  if (/\(\s*$/.test(text.slice(0, t.start)) && IN_BRACKETS_AFTER.test(text.slice(t.end)))
    return !lex.word(t.lower) || s.isFirst(t);
  // Before a number ("Bus 12", "The Hopefuls\n17:00") a capitalised word names a thing; the
  // number of a list's next point does not count after a point that is the word alone or a
  // label's value ("1. Ilias\n2. ...", "2. Named by mother: Finn\n3. ...").
  // (Only a word the name lists know: "1. Glowgolf\n2. ..." is a place to go.)
  const alone =
    /^[ \t]*\d{1,2}[.)][ \t]*$|:[ \t]*$/.test(text.slice(text.lastIndexOf("\n", t.start - 1) + 1, t.start)) &&
    /^\n\d{1,2}[.)]\s/.test(text.slice(t.end, t.end + 5)) &&
    (s.isFirst(t) || lex.surname(t.lower) || lex.surnameShape(t.lower));
  if (/^\s*\d/.test(text.slice(t.end, t.end + 3)) && !alone) return false;
  const first = s.isFirst(t);
  const sur = lex.surname(t.lower) || lex.personName(t.lower) || lex.surnameShape(t.lower);
  const common = lex.common(t.lower);
  const proper = lex.proper(t.lower);
  // In an English text an English word is a word ("Red Bull", "on Mondays"), unless a name.
  if (englishText && !first && !sur && lex.english(t.lower)) return false;
  // ... and so is one after another in an English title, in any text: "Attendance Officer",
  // "Student Care Team".
  // (Or before one, or before a team's letters: "Neighbourhood BOA Centre".)
  // (Not a name the dictionaries know: "Hope Frost", "Holly Price".)
  const titleWord = (n: Token | undefined) =>
    !!n?.cap &&
    (lex.english(n.lower, true) || n.acronym) &&
    !s.isFirst(n) &&
    !lex.surname(n.lower) &&
    !lex.personName(n.lower) &&
    !lex.englishProper(n.lower);
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (
    !first &&
    !sur &&
    lex.english(t.lower, true) &&
    !lex.englishProper(t.lower) &&
    ((s.adjacent(prev, t) && titleWord(prev) && !prev?.acronym) || (s.adjacent(t, next) && titleWord(next)))
  )
    return false;
  const known = { first, sur, common, proper };
  return s.sentenceStart(i) ? opensSentence(s, i, known) : insideSentence(s, i, known);
}

/** A capitalised word inside a sentence. */
function insideSentence(s: NameScan, i: number, { first, sur, common, proper }: Known): boolean {
  const { text, toks, lex, englishText } = s;
  const t = toks[i] as Token;
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

/** A capitalised word that opens a sentence, where every word has a capital. */
function opensSentence(s: NameScan, i: number, { first, sur, common, proper }: Known): boolean {
  const { text, toks, lex, englishText } = s;
  const t = toks[i] as Token;
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
}
