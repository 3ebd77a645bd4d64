/**
 * Colleagues written as their initials, as staff notes and rosters have them: "overleg met JvdB
 * en PdV", "ma: AB / KL". A surname's particle in lower case between two capitals ("JvdB",
 * "MvL") is the Dutch way of writing a person's initials; the few bodies written the same way
 * ("KvK", "RvdK", "CvB") are on the list of words that name no one. Two or three capitals alone
 * are a person only in a roster, where a day stands before them and nothing but initials follows.
 */
import { finding, type PiiFinding } from "../types.ts";
import type { NameScan } from "./scan.ts";
import { type Token, tokenize } from "./tokens.ts";

/** One capital, a particle's letters, one capital: "JvdB" (Jan van den Berg), "PdV", "MvL", "TvdL". */
export const PARTICLE_INITIALS = /^\p{Lu}(?:d|v|t|te|vd|vdr|vdv|vh|vt|td|dl)\p{Lu}$/u;

/** The letters of bodies, roles, desks and action points in a school's and a care network's
 * minutes and rosters that the not-names list leaves out (some are names elsewhere: "Ot", "Mr"). */
export const MEETING_LETTERS = new Set(
  "MR GMR OR IB AP RT OT MT SWV OPP AMK WMO LPA ZT OM SO HR ICT AVG FG DPO KPI OP OOP BHV TA TOA OA SLB SLT HOD DSL LIO PMT TSO BSO AMW JOZ PWS KB BB TL GL NE EN WI BI GS AK PE RE DT IT NA SK EC LO".split(
    " ",
  ),
);

/** A day at the head of a roster line: "ma:", "Wo -", "tuesday:". */
const ROSTER_DAY =
  /^[^\S\n]*(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?[^\S\n]*[:-][^\S\n]*/i;
/** What may stand between initials on a roster line. */
const ROSTER_GAP = /^[^\S\n]*(?:[/,&+]|en|and)?[^\S\n]*$/i;

/** Initials not among the names already found (`found`). */
export function staffInitials(s: NameScan, found: readonly PiiFinding[]): PiiFinding[] {
  const { text, toks, lex } = s;
  const out: PiiFinding[] = [];
  const add = (t: Token) => {
    if (!found.some((f) => f.start < t.end && t.start < f.end))
      out.push(finding("naam", text, t.start, t.end));
  };
  // (The bodies, documents and parties written the same way are on the list of what names no one.)
  const person = (t: Token) => PARTICLE_INITIALS.test(t.w) && !lex.notName(t.lower);
  for (const t of toks) if (person(t)) add(t);
  // A roster line: a day, then initials only ("ma: AB / KL"); no known abbreviation among them
  // ("wo: IB + directie" names a role). Two capitals are as often a subject, a track or a role
  // ("ma: NE / WI", "di: KB", "Mon: HT"): only a roster that writes a colleague with a particle
  // on one of its lines ("di: PdV / SH") has people in its other letters.
  const dayLines = text.split("\n").filter((l) => ROSTER_DAY.test(l));
  const duties = dayLines.some((l) => tokenize(l).some((t) => person(t)));
  let at = 0;
  for (const line of text.split("\n")) {
    const from = at;
    at += line.length + 1;
    const day = ROSTER_DAY.exec(line);
    if (!day) continue;
    const start = from + day[0].length;
    const words = toks.filter((t) => t.start >= start && t.end <= from + line.length);
    // (Two letters are initials whatever word they spell in lower case: "AB", "KL".)
    const capitals = (t: Token) =>
      /^\p{Lu}{2,3}$/u.test(t.w) &&
      !lex.notName(t.lower) &&
      !s.isCue(t) &&
      !MEETING_LETTERS.has(t.w) &&
      (t.w.length === 2 || !lex.word(t.lower));
    if (
      !duties ||
      words.length === 0 ||
      !words.every((t) => person(t) || capitals(t) || /^(?:en|and)$/i.test(t.w))
    )
      continue;
    const gaps = words.slice(1).map((t, k) => text.slice((words[k] as Token).end, t.start));
    if (!gaps.every((g) => ROSTER_GAP.test(g))) continue;
    for (const t of words) if (capitals(t)) add(t);
  }
  return out;
}
