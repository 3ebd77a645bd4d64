/**
 * What stands around a word and marks it as a name: a title, role or family word before it
 * ("mevr.", "moeder van", "Mentor:"), a sign-off, or what follows it ("Storm heeft ...",
 * "(groep 7)", ", een meisje").
 */
import {
  ADDRESS_WORDS,
  CALLED_BEFORE,
  CASE_ROLES,
  ENGLISH_KIN,
  MAIL_HEADERS,
  NAME_CUES_NOT_FIELDS,
  NAME_FOLLOWERS,
  NAMING,
  NOT_VERBS,
  OF_CUES,
  PARTICLES,
  ROLE_TAIL,
  SIGN_OFF_SHORT,
  SIGN_OFFS,
  TITLE_ABBREVIATIONS,
} from "../cues.ts";
import { extend } from "./extend.ts";
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** What a cue makes of the word after it: "cue" after a title, role or family word; "role" in a
 * form's field or a mail header, or after a writer's introduction, where an ordinary word is no
 * name ("Dader: Onbekend"); "signoff" under a sign-off. */
export type Cue = "cue" | "signoff" | "role";

/** A title, role or family word (or "moeder van") right before token i, or a sign-off. */
export function cueBefore(s: NameScan, i: number): Cue | null {
  if (!s.toks[i - 1]) return null;
  return wordBefore(s, i) ?? signature(s, i) ?? phraseBefore(s, i);
}

/** A title, role, naming or case word, or a mail header, right before token i. */
function wordBefore(s: NameScan, i: number): Cue | null {
  const { text, toks } = s;
  const t = toks[i] as Token;
  const p = toks[i - 1] as Token;
  const between = s.gap(p, t);
  // "moeder Fatima", "mw. Jansen", "Moeder (Gladys Doelwijt)".
  // A dot belongs to an abbreviated title ("mw. Jansen"); after a whole word it ends the
  // sentence ("... gemeld bij leerplicht. Gesprek met ouders").
  const dotted = /^\.\s*$/.test(between);
  // (Not across a line's end: "... one Y6 pupil\nSummary: ...".)
  // ("IB Gerda" is the intern begeleider, "IB Diploma" the baccalaureate: a first name only.)
  if (
    (/^[^\S\n]+$|^\s*\(\s*$/.test(between) || (dotted && TITLE_ABBREVIATIONS.has(p.lower))) &&
    s.isCue(p) &&
    (p.lower !== "ib" || s.isFirst(t))
  )
    return "cue";
  if (/^\s*[:=]\s*["'‘“]?$/.test(between) && NAMING.has(p.lower)) return "cue";
  if (/^\s*:\s*["'‘“]?$/.test(between) && CASE_ROLES.has(p.lower) && t.cap) return "role";
  // "Mentor: Visser", "Docent: De Boer": a role as a form's field.
  if (/^[^\S\n]*:[^\S\n]*$/.test(between) && s.isCue(p) && !NAME_CUES_NOT_FIELDS.has(p.lower) && t.cap)
    return "role";
  // A mail header: "Van: Nelson Tavares", "From: ...".
  if (
    /^:[^\S\n]*$/.test(between) &&
    MAIL_HEADERS.has(p.lower) &&
    t.cap &&
    /(?:^|\n)\s*$/.test(text.slice(0, p.start))
  )
    return "role";
  // "de mentor, Jansen, heeft": a role with the name set off by commas.
  if (/^,\s+$/.test(between) && s.isCue(p) && /^,/.test(text.slice(t.end)) && t.cap) return "cue";
  return null;
}

/** A sign-off, a writer introducing themselves, or what someone is called, before token i. */
function signature(s: NameScan, i: number): Cue | null {
  const { text, toks } = s;
  const t = toks[i] as Token;
  const p = toks[i - 1] as Token;
  const between = s.gap(p, t);
  if (/^[,:]?\s*\n?\s*$/.test(between) && between.length > 0 && SIGN_OFFS.has(p.lower)) return "signoff";
  // "Met vriendelijke groet,\nJongerenwerker\nBram": the name on the line under the role that signs.
  const signer = toks[i - 2];
  if (
    /^[^\S\n]*\n\s*$/.test(between) &&
    t.cap &&
    ROLE_TAIL.test(p.lower) &&
    // (A name, not the field or the organisation on the line: "Huiselijk Geweld", "Veilig Thuis".)
    (s.isFirst(t) ||
      s.lex.surname(t.lower) ||
      !(s.lex.common(t.lower) || s.lex.english(t.lower) || s.notName(t))) &&
    signer &&
    SIGN_OFFS.has(signer.lower) &&
    /^[,:]?[^\S\n]*\n\s*$/.test(s.gap(signer, p))
  )
    return "signoff";
  // "... wat moet ik hiermee? -Wouter": a name after a dash that ends the message signs it.
  // "... - Ruud 06-12345678": the same, with the reporter's number after the name.
  if (
    /[.!?)]?\s+[-–—]\s*$/.test(between) &&
    /^\s*(?:\+?[\d][\d\s()./-]{7,})?[\s.!]*$/.test(text.slice(t.end))
  )
    return "signoff";
  const pp = toks[i - 2];
  // "this is Sean from the pastoral team", "ik ben Ruud van ...": a writer introducing themselves.
  if (
    /^\s+$/.test(between) &&
    t.cap &&
    (/^(?:it's|i'm)$/.test(p.lower) ||
      (!!pp &&
        s.adjacent(pp, p) &&
        /^(?:this is|i am|ik ben|hier is|dit is)$/.test(`${pp.lower} ${p.lower}`))) &&
    /^\s+(?:from|of|van|bij|uit|here|hier|,)/.test(text.slice(t.end))
  )
    return "role";
  // "girls call him Stormy", "bekend als Kiki": what someone is called, however ordinary the word.
  // (A place is what a district is called: "everyone calls Lombok little Morocco".)
  const calledBefore = text.slice(Math.max(0, t.start - 30), t.start);
  // (Not a title of address alone: the kids call the new TA "Miss".)
  if (
    t.cap &&
    CALLED_BEFORE.test(calledBefore) &&
    !(ADDRESS_WORDS.test(t.lower) && /^["'’”]/.test(text.slice(t.end))) &&
    !(s.lex.place(t.lower) && !/\b(?:him|her|them|hem|haar)\s*["'‘“]?$/i.test(calledBefore))
  )
    return "cue";
  // "die zich Sjonnie laat noemen": the same, with the verb after the name.
  if (
    t.cap &&
    /\bzich(?:zelf)?\s+$/.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
    /^\s+(?:laat|laten|liet|lieten)\s+noemen\b/.test(text.slice(t.end))
  )
    return "cue";
  // "Gr. Fenna", "mvg.\nPetra": a shortened sign-off with its dot.
  if (/^\.\s*\n?\s*$/.test(between) && SIGN_OFF_SHORT.has(p.lower)) return "signoff";
  return null;
}

/** A naming or case word with "is", or a family word with "van" or "of", before token i. */
function phraseBefore(s: NameScan, i: number): Cue | null {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  const p = toks[i - 1] as Token;
  const between = s.gap(p, t);
  const pp = toks[i - 2];
  // "zijn bijnaam is Stekkie", "slachtoffer is Naomie": a naming or case word, then "is".
  if (
    /^(?:is|was|wordt)$/.test(p.lower) &&
    pp &&
    (NAMING.has(pp.lower) || (CASE_ROLES.has(pp.lower) && t.cap)) &&
    /^\s+$/.test(s.gap(pp, p)) &&
    /^\s+["'‘“]?$/.test(between)
  )
    return NAMING.has(pp.lower) ? "cue" : "role";
  if (p.lower === "van" && pp && OF_CUES.has(pp.lower) && /^\s+$/.test(between) && s.adjacent(pp, p))
    return "cue";
  // "Parents of Maks", "the mother of Jun": the same in English.
  if (
    p.lower === "of" &&
    pp &&
    ENGLISH_KIN.has(pp.lower) &&
    /^\s+$/.test(between) &&
    s.adjacent(pp, p) &&
    t.cap &&
    (s.isFirst(t) || lex.surname(t.lower) || (!lex.word(t.lower) && !lex.english(t.lower)))
  )
    return "cue";
  return null;
}

/** What follows the name at `end` marks it as one: a verb, "(groep 7)", ", een meisje". */
export function nameContext(s: NameScan, j: number): boolean {
  const { text, toks, lex } = s;
  const last = toks[j - 1] as Token;
  const next = toks[j];
  const after = text.slice(last.end, last.end + 30);
  if (/^["'”’]?\s*\(/.test(after) || /^,\s+(?:een|de|het|mijn|onze|one of|a|an|our|my)\s/i.test(after))
    return true;
  // "- Kees, conciërge", "- Kim, moeder van ...": a name signed with the writer's role or tie.
  // (Only as the message's last line: "- Toon, ouders ..." in a list names no writer.)
  const role = /^,\s*(\p{L}+)[^\n]*\s*$/u.test(text.slice(last.end))
    ? /^,\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase()
    : undefined;
  if (
    role &&
    /[-–—]\s*$/.test(text.slice(Math.max(0, last.start - 3), last.start)) &&
    (s.isCue({ lower: role } as Token) || OF_CUES.has(role))
  )
    return true;
  if (!next || !/^["'”’]?\s+$/.test(s.gap(last, next))) return false;
  if (next.lower === "en") {
    const n2 = toks[j + 1];
    return !!n2 && (/^(?:haar|zijn|hun|z'n|d'r)$/.test(n2.lower) || (n2.cap && !s.notName(n2)));
  }
  if (next.lower === "uit") return /^["'”’]?\s+uit\s+(?:\d|groep|klas|de|het)/i.test(text.slice(last.end));
  if (PARTICLES.has(next.lower))
    return toks.slice(j + 1, j + 3).some((t) => t.cap) && extend(s, j - 1, false) > j;
  // ("Sara Jellinek": after a first name, an organisation's name that is no ordinary word is the surname.)
  if (next.cap && !next.acronym && s.notName(next))
    return s.isFirst(last) && !lex.word(next.lower) && !lex.english(next.lower);
  // ("Wouter Janssens": a word no dictionary has as a word, a place or English is a surname.)
  if (next.cap && !next.acronym && !s.notName(next))
    return (
      lex.surname(next.lower) ||
      lex.firstName(next.lower) ||
      !lex.common(next.lower) ||
      // ("Max Deelnemers", "Roos Bloemenwinkels": a plural of a word or a compound is none.)
      (!lex.word(next.lower) &&
        !lex.word(next.lower.replace(/(?:en|s)$/, "")) &&
        !lex.proper(next.lower) &&
        !lex.english(next.lower) &&
        !s.compoundWord(next.lower, true) &&
        !s.compoundWord(next.lower.replace(/(?:en|s)$/, ""), true))
    );
  // A finite verb after a bare singular word at the start: "Storm gooide", "Roos schopt".
  // ("Hoop dat ...", "Storm niet ...": a function word or adverb is no verb.)
  const verb =
    /^\p{Ll}{2,}(?:t|de|te|den|ten)$/u.test(next.w) && !NOT_VERBS.has(next.lower) && lex.common(next.lower);
  return NAME_FOLLOWERS.has(next.lower) || verb;
}
