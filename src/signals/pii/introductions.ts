/**
 * A name typed in lower case right after someone introduces themselves or another: "hey it's
 * mia (year 10)", "ik ben sanne uit 2b", "my name is jayden". Capitalised names after these
 * words are found by the name rules; a lower-case word is only a name when the name lists
 * know it as a first name and it is no English word ("it's fine", "ik ben bang"). A rare
 * Dutch word that is also a first name ("mia") counts: after "ik ben" it is the name. Saying what
 * one is called, what another is called or whose sibling, and a nickname in quotes, name someone
 * too (below).
 */
import type { Lexicon } from "./lexicon.ts";
import { finding, type PiiFinding } from "./types.ts";

const INTRODUCED =
  /\b(?:ik ben|ik heet|dit is|hier is|mijn naam is|it'?s|it’s|this is|i'?m|i’m|my name is|call me)\s+(\p{Ll}[\p{Ll}'-]{1,20})(?![\p{L}\d@.-])/giu;

/** Saying what one is called oneself: the word after it is the name, also an ordinary word
 * ("my name is precious", "mijn naam is faith"). */
const OWN_NAME =
  /\b(?:my name is|mijn naam is|ik heet)\s+(\p{Ll}[\p{Ll}'-]{2,20})(?![\p{L}\d@-]|\.[\p{L}\d])/giu;
/** Saying what someone else is called, or whose brother or sister: a first name or surname the
 * lists know, with its particles and surname ("a girl called bloem de jong", "her brother dirk";
 * not "zijn broer wil", "her sister said": a verb after the word for a sibling). */
const CALLED =
  /\b(?:called|named|genaamd|aka|a\.k\.a\.|alias|echte naam|real name|(?:hij|zij|ze|die) heet|(?:big |little |older |younger |grote |kleine |oudere |jongere )?(?:brother|sister|broer|broertje|zus|zusje))\s+(\p{Ll}[\p{Ll}'-]{1,20}(?:\s+(?:van|de|der|den|el|ter|ten)(?:\s+(?:de|der|den))?\s+\p{Ll}[\p{Ll}'-]{1,20})?)(?![\p{L}\d@-]|\.[\p{L}\d])/giu;
/** A nickname in quotes after "noemt mij", "calls him": "ze noemt mij 'varkie'" (no word of the
 * dictionaries: "ze noemen hem 'homo'" is an insult, not a name). */
const NICKNAMED =
  /\b(?:noem(?:en|t)|calls?|called)\s+(?:mij|me|hem|haar|him|her|ons|us)\s+["'‘“](\p{Ll}[\p{Ll}'-]{1,20})["'’”]/giu;

/** A name in quotes after "heet" or "is called", also with a few words between: "1 jongen heet
 * volgens de kinderen "smiley"", "the guy is called "uncle rob" in the game" (of a person only). */
const QUOTED_CALLED =
  /\b(?:heet|heten|is called|are called|goes by|wordt genoemd)(?:\s+(?:volgens|bij|op|in|by|on|online)(?:\s+\p{L}+){1,3})?\s+["‘“]([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2})["’”]/giu;

/** What a message calls someone that is no name: family words and endearments. */
const ENDEARMENTS = new Set(
  "mama mam mams papa pap paps baba mamma pappa schat schatje lieverd liefje boet bro broer zus zusje babe baby angel honey sweetie darling love buddy mate kader team jongens meiden allemaal collega collegas opa oma lente zomer herfst winter".split(
    " ",
  ),
);

/** The sign-off that ends a message, in lower case: "groetjes van mila", "liefs, sem en noor". */
const SIGNED_LOWER =
  /\b(?:groet(?:jes|en)?|gr|liefs|doei|cheers|love)(?:\s+van|\s+from|\s*,)?\s+(\p{Ll}[\p{Ll}'-]{1,20})(?:\s+(?:en|and|&)\s+(\p{Ll}[\p{Ll}'-]{1,20}))?\s*[.!]*\s*$/gu;

/** Whose number or account it is, in lower case: "kacpers nummer", "awa's nummer", "tom's number". */
const OWNER_OF =
  /(?<![\p{L}'-])(\p{Ll}[\p{Ll}-]{1,20}?)(?:'s|’s|s)\s+(?:nummer|telefoonnummer|06|number|phone|adres|address|account|insta|snap|tiktok|mail)\b/gu;

/** A person named by a noun before what they are called. */
const PERSON_NOUN_BEFORE =
  /\b(?:meisje|jongen|man|vrouw|leerling|kind|gast|meid|jongeman|dame|girl|boy|guy|woman|pupil|student|kid|person|ander|other one)\b[^.!?\n]{0,25}$/i;

/** Whom a message greets or calls by name at its start: "hoi roos, even overdracht", "Roos, heb je
 * even?" (a first name the lists know, however ordinary the word). */
const ADDRESSED =
  /(?:^|\n)[^\S\n]*(?:(?:hoi|hey|hi|hallo|hee|hai|beste|lieve|dear|hello|goedemorgen|goedemiddag|goedenavond|moi|morning)[^\S\n]+(\p{L}[\p{L}'-]{1,20})[^\S\n]*[,!]|(\p{Lu}\p{Ll}[\p{L}'-]{0,20}),[^\S\n]+(?:(?:heb|kun|kan|wil|weet|zou|ben|ga|mag)[^\S\n]+(?:je|jij)|(?:can|could|do|are|have|would|will)[^\S\n]+you)\b)/giu;

/** A nickname without quotes, at the end of its clause: "ze noemen hem kleine mo, hangt ...",
 * "they call him tiny." (not "ze noemen hem een held", "they call him names"). */
const NICKNAMED_BARE =
  /\b(?:noem(?:en|t)|(?:they|people|everyone|everybody|kids|friends|we)\s+(?:all\s+)?call)\s+(?:hem|haar|him|her)\s+(?:(?:gewoon|altijd|ook|nu|tegenwoordig|just|always|now)\s+)?((?:kleine|grote|big|little|lil|young)\s+)?(\p{Ll}[\p{Ll}'-]{1,20})(?=\s*[,.;!?]|\s*$|\s+(?:en|and|maar|but)\s)/gimu;

/** What someone calls themselves: "a girl who calls herself lil.kenzz", "een meisje dat zichzelf
 * lil.kenzz noemt", "he goes by tiny_07": a name or, with a dot, a digit or an underscore, an account. */
const SELF_NAMED =
  /\b(?:calls?\s+(?:her|him|them)sel(?:f|ves)|goes\s+by(?:\s+the\s+name(?:\s+of)?)?|noemt\s+zich(?:zelf)?)\s+(?:(?:online|tegenwoordig|nu|ook|now|online)\s+)?["'‘“]?([\p{L}\d][\p{L}\d._'-]{0,28}[\p{L}\d])|\bzichzelf\s+["'‘“]?([\p{L}\d][\p{L}\d._'-]{0,28}[\p{L}\d])["'’”]?\s+noem/giu;
/** A name in lower case with its family right before a date of birth's word: "roos de jong geb
 * 03-04-2012", "bas van der linden geboren ...". */
const BEFORE_BIRTH =
  /\b(\p{Ll}[\p{Ll}'-]{1,20}(?:\s+(?:van|de|der|den|el|ter|ten|van der|van den|van de))?\s+\p{Ll}[\p{Ll}'-]{1,20})(?=,?\s+(?:geb\.?|geboren|gebdat|dob)\b)/gu;

/** A nickname in quotes right after a word for a person: "his mate 'Skinny'", "die gast 'Snelle'". */
const PERSON_QUOTED =
  /\b(?:mate|friend|buddy|bro|cousin|boy|guy|girl|maat|vriend|vriendje|vriendin|neef|nicht|broer|zus|jongen|gast|meisje|meid)\s+["'‘“](\p{L}[\p{L}'-]{1,20})["'’”]/giu;

/** A person right before "noemt zich", "goes by". */
const PERSON_BEFORE =
  /\b(?:meisje|jongen|man|vrouw|leerling|kind|iemand|gast|meid|jongeman|dame|girl|boy|guy|woman|pupil|student|kid|someone|somebody|person|he|she|hij|zij|ze|van hen|of them)\b[^.!?\n]{0,25}$/i;
/** "names mentioned: jj de boer, shaquiro pinas": every item of a list of names. */
const NAMES_LIST =
  /(?<!\b(?:team|file|user|street|brand|product|school|class|group|house|pet|code|place|song|band|drug|drugs|game|games|app|apps|account|channel|kanaal|company|bedrijfs|shop|winkel)\s)\b(?:names(?:\s+mentioned)?|namen(?:\s+genoemd)?|genoemde\s+namen)\s*:\s*([^.\n;:!?]+)/giu;
/** Words that say no name is given: "onbekend", "zie bijlage", "withheld", "alleen voornamen". */
const NO_ONE =
  /^(?:onbekend|unknown|geen|none|nvt|n\.v\.t\.|niet bekend|not known|volgt|tbc|-)$|\b(?:zie|see|bijlage|attachment|attached|bekend|known|withheld|reporter|melder|alleen|only|voornamen|first names|nog|yet|later|anoniem|anonymous|redacted|weggelaten|omitted)\b/i;

/** Words that end or go on a clause, not a name: "en zijn broer dan?", "her sister said". */
const NOT_A_NAME =
  /^(?:is|was|wil|kan|kunt|dan|meer|ook|nog|had|heeft|zegt|zei|zag|and|en|the|de|het|een|a|an|who|die|dat|that|he|she|hij|zij|ze|in|op|at|to|naar|met|with|van|can|said|says|post|posted|has|got|gets|not|niet|iedereen|jullie|u|allen|allemaal|everyone|being|also|now|nu)$/;
/** A word that goes on the clause after a sibling's verb ("zijn broer nam het filmpje op", "her
 * sister lies to ..."): the word before it was the verb, not a name. */
const CLAUSE_GOES_ON =
  /^\s+(?:het|de|een|the|a|an|to|about|dat|that|hem|haar|him|her|op|in|me|mij|ons|us|them|ze|zich|zijn|his|their|hun)\b/i;

/** "6. Kwakman, Thijs": a list item that is a surname, a comma and a first name, as class lists
 * write a name. */
const SURNAME_FIRST_ITEM =
  /^[^\S\n]*(?:(?:\d{1,3}[.)]|[-*•])[^\S\n]*)?((?:(?:[Vv]an [Dd]e[nr]|[Vv]an|[Dd]e[nr]?|[Ee]l|[Aa]l|[Tt]e[rn])[^\S\n]+)?\p{Lu}[\p{L}'’-]+)[^\S\n]*,[^\S\n]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[^\S\n]*(?:\([^)\n]{1,12}\)|\d\p{L}{1,3})?[^\S\n]*$/gmu;

export function introducedNames(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(SURNAME_FIRST_ITEM)) {
    const family = m[1] ?? "";
    const given = m[2] ?? "";
    const last = family.split(/\s+/).at(-1)?.toLowerCase() ?? "";
    // ("- Rood, Amber", "1. Vriendschap, Hoop": a list of words with a name-like word after each.)
    const ordinary = (lex.word(last) || lex.english(last, true)) && !lex.surname(last);
    if (!lex.firstName(given.toLowerCase()) || lex.notName(last) || ordinary) continue;
    const start = (m.index ?? 0) + m[0].indexOf(family);
    const end = (m.index ?? 0) + m[0].indexOf(given, m[0].indexOf(family) + family.length) + given.length;
    out.push(finding("naam", text, start, end));
  }
  for (const m of text.matchAll(INTRODUCED)) {
    const name = m[1] ?? "";
    if (name !== name.toLowerCase()) continue;
    if (name.length < 3 || !lex.firstName(name) || lex.english(name, true)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(OWN_NAME)) {
    const name = m[1] ?? "";
    // ("mijn naam is genoemd", "my name is being used": a verb, not a name.)
    if (NOT_A_NAME.test(name) || /(?:ing|ed)$/.test(name) || (lex.word(name) && !lex.firstName(name)))
      continue;
    if (/^\s+welkom\b/i.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(CALLED)) {
    const name = m[1] ?? "";
    const first = name.split(/\s+/)[0] ?? "";
    // ("coke aka charlie": slang for a thing, not a person's other name; "'tiny' aka rob" is one.)
    const before =
      text
        .slice(0, m.index ?? 0)
        .match(/(\p{L}+)\W*$/u)?.[1]
        ?.toLowerCase() ?? "";
    if (
      /^(?:aka|a\.k\.a\.|alias)/i.test(m[0]) &&
      !/["'’”]\s*,?\s*$/.test(text.slice(0, m.index ?? 0)) &&
      (lex.common(before) || lex.english(before)) &&
      !lex.firstName(before)
    )
      continue;
    if (first.length < 2 || NOT_A_NAME.test(first) || !(lex.firstName(first) || lex.surname(first))) continue;
    if (CLAUSE_GOES_ON.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(PERSON_QUOTED)) {
    const name = m[1] ?? "";
    const lower = name.toLowerCase();
    // (In lower case an ordinary word is no nickname: "a girl 'crying' in the hall".)
    if (lex.notName(lower) || NOT_A_NAME.test(lower)) continue;
    if (name === lower && (lex.common(lower) || lex.english(lower))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length - 1;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(BEFORE_BIRTH)) {
    const name = m[1] ?? "";
    const first = name.split(/\s+/)[0] ?? "";
    if (!lex.firstName(first) || NOT_A_NAME.test(first)) continue;
    out.push(finding("naam", text, m.index ?? 0, (m.index ?? 0) + name.length));
  }
  for (const m of text.matchAll(NICKNAMED_BARE)) {
    const name = m[2] ?? "";
    const whole = `${m[1] ?? ""}${name}`;
    // (A name the lists know, or after "kleine"/"big" a word no dictionary has: not "grote
    // sukkel", "little princess", nor a slur no list knows.)
    const known = lex.firstName(name) || lex.surname(name);
    const odd = !lex.common(name) && !lex.english(name) && !lex.notName(name);
    if (NOT_A_NAME.test(name) || !(known || (m[1] && odd))) continue;
    const start = (m.index ?? 0) + m[0].length - whole.length;
    out.push(finding("naam", text, start, start + whole.length));
  }
  for (const m of text.matchAll(SELF_NAMED)) {
    const name = m[1] ?? m[2] ?? "";
    const account = /[._\d]/.test(name);
    const lower = name.toLowerCase();
    // (A word written with a capital is a name as it is called, "noemt zich Spike"; in lower case a
    // word of the language is none, "noemt zich slim".)
    if (
      !account &&
      (NOT_A_NAME.test(lower) ||
        (!/^\p{Lu}\p{Ll}/u.test(name) && lower.split("-").every((w) => lex.common(w) || lex.english(w))) ||
        lex.notName(lower) ||
        /^\p{Lu}{2,}$/u.test(name))
    )
      continue;
    // (A website names itself too: "JOUW.nl".)
    if (/\.(?:nl|com|org|net|be|eu|app)$/i.test(name)) continue;
    // "noemt zich(zelf)": only of a person ("een app die zichzelf NGL noemt", "een groep die zich
    // Vaders010 noemt" are not).
    if (
      !/calls?\s+(?:her|him)self/i.test(m[0]) &&
      !PERSON_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))
    )
      continue;
    const start = (m.index ?? 0) + m[0].indexOf(name, m[0].search(/\s/));
    out.push(finding(account ? "handle" : "naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(NAMES_LIST)) {
    const list = m[1] ?? "";
    const at = (m.index ?? 0) + m[0].length - list.length;
    for (const item of list.matchAll(/[^,&+]+/g)) {
      // Each item less "en"/"and" before it, and a nickname in quotes, which is found on its own.
      const raw = (item[0] ?? "").replace(/^\s*(?:en|and)\s+/i, "");
      const name = raw.trim().replace(/\s+(?:en|and)\s*$/i, "");
      // (An item that says no names are known ends the list: what follows is prose.)
      if (NO_ONE.test(name)) break;
      if (name.length < 2 || name.length > 40 || /\d/.test(name) || name.split(/\s+/).length > 4) continue;
      for (const part of name.split(/\s+(?:en|and)\s+/i)) {
        const p = part.replace(/["'‘“’”]/g, " ").trim();
        if (p.length < 2 || NO_ONE.test(p)) continue;
        const start = at + (item.index ?? 0) + (item[0] ?? "").indexOf(p);
        if (start >= at) out.push(finding("naam", text, start, start + p.length));
      }
    }
  }
  for (const m of text.matchAll(QUOTED_CALLED)) {
    const name = m[1] ?? "";
    // (A person named by a noun, not "ze": "de app die ze gebruiken heet 'Wizz'"; no public figure.)
    if (!PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))) continue;
    if (name.split(/\s+/).some((w) => lex.notName(w.toLowerCase()))) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(name);
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(SIGNED_LOWER))
    for (const name of [m[1], m[2]]) {
      if (!name || !lex.firstName(name) || ENDEARMENTS.has(name) || lex.notName(name)) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(name);
      out.push(finding("naam", text, start, start + name.length));
    }
  for (const m of text.matchAll(OWNER_OF)) {
    const name = m[1] ?? "";
    const word = m[0].split(/\s/)[0]?.replace(/['’]s$/, "s") ?? "";
    if (
      !lex.firstName(name) ||
      lex.common(name) ||
      lex.english(name) ||
      ENDEARMENTS.has(name) ||
      lex.common(word)
    )
      continue;
    out.push(finding("naam", text, m.index ?? 0, (m.index ?? 0) + name.length));
  }
  for (const m of text.matchAll(ADDRESSED)) {
    const name = m[1] ?? m[2] ?? "";
    const lower = name.toLowerCase();
    // (Not a family word or an endearment, "hey angel", "Lieve mama", "Beste kader"; in lower case
    // not an English word either.)
    if (
      !lex.firstName(lower) ||
      lex.notName(lower) ||
      ENDEARMENTS.has(lower) ||
      (name === lower && lex.english(lower))
    )
      continue;
    const start = (m.index ?? 0) + m[0].indexOf(name, m[1] ? m[0].search(/\s\p{L}/u) + 1 : 0);
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(NICKNAMED)) {
    const name = m[1] ?? "";
    if (lex.common(name) || lex.english(name) || lex.notName(name)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length - 1;
    out.push(finding("naam", text, start, start + name.length));
  }
  return out;
}
