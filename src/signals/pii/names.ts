/**
 * Names of people, judged word by word: is it an ordinary Dutch word, a known first name or
 * surname, a place, brand or subject; does a title, role or family word come before it
 * ("mevr.", "moeder", "leerplichtambtenaar"); does it open a sentence; does a verb follow
 * ("Storm heeft ..."); is it part of the name of a school, street or hospital.
 *
 * The loop here takes each word in turn; the rules live in names/: the words and the scan of one
 * text (tokens.ts, scan.ts), cues around a word (around.ts), whether it opens a name (opening.ts,
 * starts.ts, capitalised.ts, things.ts, kin.ts), how far the name runs (extend.ts), runs that
 * name a place (places.ts), and colleagues written as initials (initials.ts).
 */

import {
  LABELLED,
  LABELLED_BEFORE_LOWER,
  NOT_INITIALS,
  PARTICLES,
  SIGN_WORDS,
  TITLE_OR_PRODUCT_AFTER,
} from "./cues.ts";
import { deskHeaders } from "./headers.ts";
import { extend } from "./names/extend.ts";
import { staffInitials } from "./names/initials.ts";
import { opening } from "./names/opening.ts";
import { institutionRun, streetRun } from "./names/places.ts";
import { type NameOptions, NameScan } from "./names/scan.ts";
import { givenPair } from "./names/starts.ts";
import type { Token } from "./names/tokens.ts";
import { nicknames } from "./nicknames.ts";
import { finding, type PiiFinding } from "./types.ts";

export type { NameOptions } from "./names/scan.ts";

export function names(text: string, opts: NameOptions): PiiFinding[] {
  const s = new NameScan(text, opts);
  const toks = s.toks;
  const out: PiiFinding[] = [];

  // A mail header naming a desk or a group ("From: Head of Primary") names nobody.
  const desks = deskHeaders(text, s.lex);

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (desks.some((d) => t.start >= d.start && t.start < d.end)) continue;
    if (passedOver(s, i) || letterLabel(s, i)) continue;
    const open = opening(s, i);
    if (!open) continue;
    // "lil kenzz": the word after "lil" is part of the name (a "Lil" at the end is the name).
    const j = t.lower === "lil" && s.adjacent(t, toks[i + 1]) ? i + 2 : extend(s, i, open.lowerRun);
    if (englishTitle(s, i, j, open.uncued) || institutionRun(s, i, j, open.titled) || streetRun(s, i, j)) {
      i = j - 1;
      continue;
    }
    if (notInitials(s, i, j)) continue;
    // ("de eigenaar van de Jumbo": particles before an organisation are no surname.)
    if (toks.slice(i, j).every((x) => PARTICLES.has(x.lower) && !x.cap)) continue;
    const last = toks[j - 1] as Token;
    out.push(finding("naam", text, t.start, last.end));
    i = j - 1;
  }
  out.push(...staffInitials(s, out));
  out.push(...nicknames(text, out, opts));
  return out;
}

/** A word the search passes over: on a sign, in a known name, an abbreviation or contraction, glued
 * to a number, or in a run already judged no person's. */
function passedOver(s: NameScan, i: number): boolean {
  const { text, toks, lex, blocked } = s;
  const t = toks[i] as Token;
  // "een echte Karen", "a real Chad": a name as a type of person, said of someone else.
  if (
    /^(?:echte|typische|typisch|real|typical|total|proper|classic)$/.test(toks[i - 1]?.lower ?? "") &&
    /^(?:een|a|an)$/.test(toks[i - 2]?.lower ?? "") &&
    s.adjacent(toks[i - 1], t) &&
    // (Not "a real Tyler from Year 11", "een echte Sophie uit Utrecht": a person.)
    /^(?:['’"”]|\s*[,.;!?)]|\s*$)/.test(text.slice(t.end))
  )
    return true;
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
    return true;
  // "'Matilda' by Roald Dahl", "'Storm' vapes": one quoted word named as a title or a product.
  if (
    /['‘"“]$/.test(text.slice(0, t.start)) &&
    TITLE_OR_PRODUCT_AFTER.test(text.slice(t.end, t.end + 40)) &&
    !/\b(?:noem\w*|heet|heten|called|calls|named)\s+(?:\p{L}+\s+)?['‘"“]$/iu.test(
      text.slice(Math.max(0, t.start - 30), t.start),
    )
  )
    return true;
  if (s.exempt(t)) {
    // "Garage Van Rijn": a firm's name that ends in a particle goes on after it.
    if (PARTICLES.has(t.lower)) blocked.add(i);
    return true;
  }
  // "OvJ", "HOvJ", "RvdK": an abbreviation in mixed case.
  if (/^\p{Lu}+\p{Ll}{1,3}\p{Lu}+\p{Ll}?$/u.test(t.w) && t.w.length <= 6) return true;
  // "I'll", "don't": an English contraction.
  if (/^(?:i|you|we|they|he|she|it|that|there|let)'(?:ll|m|ve|d|re|s)$|n't$/i.test(t.w)) return true;
  // "Brabant-Zuid-Oost", "Rotterdam-Noord": a region or part of town with a point of the compass.
  // (Not a double surname: "van der Berg-West".)
  const head = t.lower.split("-")[0] ?? "";
  if (
    /-(?:noord|zuid|oost|west|noordoost|noordwest|zuidoost|zuidwest|centrum)(?:-|$)/i.test(t.w) &&
    !lex.surname(head) &&
    !lex.firstName(head) &&
    !PARTICLES.has(toks[i - 1]?.lower ?? "")
  )
    return true;
  // "4Life", "2Pac": a word glued to a number is a name of a group or brand.
  if (/\d$/.test(text.slice(0, t.start))) return true;
  if (blocked.has(i - 1) && s.adjacent(toks[i - 1], t) && (t.cap || PARTICLES.has(t.lower))) {
    blocked.add(i);
    return true;
  }
  return false;
}

/** "vleugel B. Storingen ...": a letter after a part of a building labels it; the sentence ends there.
 * (Not before a surname or its particle: "ingang B. Jansen", "Route A of B. de Vries".) */
function letterLabel(s: NameScan, i: number): boolean {
  const { toks, lex } = s;
  const t = toks[i] as Token;
  const labelled = (() => {
    const n = toks[i + 1];
    return !n || !(PARTICLES.has(n.lower) || (n.cap && (lex.surname(n.lower) || s.isFirst(n))));
  })();
  if (t.initial && t.cap && labelled && LABELLED.has(toks[i - 1]?.lower ?? "") && s.adjacent(toks[i - 1], t))
    return true;
  if (
    t.initial &&
    t.cap &&
    !toks[i + 1]?.cap &&
    LABELLED_BEFORE_LOWER.has(toks[i - 1]?.lower ?? "") &&
    s.adjacent(toks[i - 1], t)
  )
    return true;
  // "updates on Instagram and X.", "op X gezet": the platform, where no surname follows.
  // (Not before a word that may be a surname: "op X. Brandsma weet ervan", "via X. Okafor".)
  const after = toks[i + 1];
  if (
    t.w.replace(/\.$/, "") === "X" &&
    labelled &&
    (!after || !after.cap || lex.word(after.lower) || lex.english(after.lower, true) || s.notName(after)) &&
    (/\b(?:op|on|via)\s*$/i.test(s.text.slice(Math.max(0, t.start - 6), t.start)) ||
      /\b(?:insta(?:gram)?|tiktok|facebook|snapchat|youtube|linkedin|threads|bluesky|twitter)\s*(?:,|and|en|or|of)\s*$/i.test(
        s.text.slice(Math.max(0, t.start - 20), t.start),
      ))
  )
    return true;
  // "metro line D or E. Extra staff": the last of a list of letters.
  if (
    t.initial &&
    labelled &&
    /^(?:or|and|of|en)$/.test(toks[i - 1]?.lower ?? "") &&
    /^\p{Lu}$/u.test(toks[i - 2]?.w ?? "") &&
    !toks[i - 2]?.initial
  )
    return true;
  return false;
}

/** "the Safeguarding Lead", "Anti-Bullying Week": English words in title case, none a name. */
function englishTitle(s: NameScan, i: number, j: number, uncued: boolean): boolean {
  const { toks, lex } = s;
  return (
    uncued &&
    !givenPair(s, i) &&
    j > i + 1 &&
    toks.slice(i, j).every((x) => s.englishWord(x) && !s.isFirst(x) && !lex.surname(x.lower))
  );
}

/** Letters with full stops that are an abbreviation, not initials: "N.B.", "t.n.v.". */
function notInitials(s: NameScan, i: number, j: number): boolean {
  const { text, toks } = s;
  const t = toks[i] as Token;
  const last = toks[j - 1] as Token;
  if (t.initial && j === i + 1 && NOT_INITIALS.has(text.slice(t.start, last.end))) return true;
  // "I told the Jansen family": the English "I" without a full stop is no initial.
  if (t.w === "I" && j === i + 1 && !text.slice(t.end).startsWith(".")) return true;
  const initials = text.slice(t.start, last.end);
  if (t.initial && NOT_INITIALS.has(initials)) return true;
  // Initials directly after a letter or dot are an abbreviation ("t.n.v.", "B1.").
  return t.initial && /[\p{L}\d.]$/u.test(text.slice(0, t.start));
}
