/**
 * Colleagues written as their initials, as staff notes and rosters have them: "overleg met JvdB
 * en PdV", "wo: JvdB". A surname's particle in lower case between two capitals ("JvdB", "MvL") is
 * the Dutch way of writing a person's initials; the bodies written the same way ("KvK", "RvdK",
 * "CvB") are on the list of words that name no one, and an article before the letters makes them
 * one ("melding bij de RvK"). Two or three capitals alone are left to the rules for minutes
 * (speakers.ts): on timetables and rosters they are as often a subject, a track or a role.
 */
import { finding, type PiiFinding } from "../types.ts";
import type { NameScan } from "./scan.ts";

/** One capital, a particle's letters, one capital: "JvdB" (Jan van den Berg), "PdV", "MvL", "TvdL". */
export const PARTICLE_INITIALS = /^\p{Lu}(?:d|v|t|te|vd|vdr|vdv|vh|vt|td|dl)\p{Lu}$/u;

/** An article before the letters makes them a body: "melding bij de RvK", "het HvB". */
const ARTICLE = /^(?:de|het|der|des|een|the|a|an)$/;

/** Initials not among the names already found (`found`). */
export function staffInitials(s: NameScan, found: readonly PiiFinding[]): PiiFinding[] {
  const { text, toks, lex } = s;
  // (The bodies, documents and parties written the same way are on the list of what names no one.)
  return toks
    .filter(
      (t, i) =>
        PARTICLE_INITIALS.test(t.w) &&
        !lex.notName(t.lower) &&
        !ARTICLE.test(toks[i - 1]?.lower ?? "") &&
        !found.some((f) => f.start < t.end && t.start < f.end),
    )
    .map((t) => finding("naam", text, t.start, t.end));
}
