/**
 * How far a name runs from the word that starts it: over further capitalised names, particles
 * ("van der"), initials, and in lower case over surnames after a lower-case start.
 */
import { EN_FUNCTION, NL_FUNCTION, NL_VERBS, PARTICLES } from "../cues.ts";
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** Extends a name from token i over surnames, particles and initials; returns the end index. */
export function extend(s: NameScan, i: number, lowerRun: boolean): number {
  const { toks, lex } = s;
  let j = i + 1;
  while (j < toks.length) {
    const prev = toks[j - 1] as Token;
    const t = toks[j] as Token;
    if (!s.adjacent(prev, t) && !(prev.initial && /^\s*$/.test(s.gap(prev, t)))) break;
    if (s.exempt(t)) break;
    if (t.initial) {
      j++;
      continue;
    }
    // "mila b.": a surname's initial in lower case ends a name begun in lower case.
    if (lowerRun && /^\p{Ll}$/u.test(t.w) && s.text[t.end] === "." && j === i + 1) {
      j++;
      break;
    }
    // "meneer de vries": a surname in lower case after its particle.
    if (lowerRun && PARTICLES.has(prev.lower) && !t.cap && lex.surname(t.lower)) {
      j++;
      continue;
    }
    // After a lower-case initial at a sign-off the next words are the surname: "r. de boer"; not a
    // verb or a small word, "mw. b. heeft gebeld".
    if (
      prev.initial &&
      !prev.cap &&
      !PARTICLES.has(t.lower) &&
      (NL_FUNCTION.has(t.lower) || EN_FUNCTION.has(t.lower) || NL_VERBS.has(t.lower))
    )
      break;
    if (prev.initial && !prev.cap) {
      let k = j;
      while (
        k < toks.length - 1 &&
        PARTICLES.has((toks[k] as Token).lower) &&
        s.adjacent(toks[k], toks[k + 1])
      )
        k++;
      j = k + 1;
      break;
    }
    // ("Sara Jellinek", "Tim Rutgers": after a first name, an organisation's name that is no
    // ordinary word is the surname.)
    if (
      t.cap &&
      !t.acronym &&
      (!s.notName(t) || (s.isFirst(prev) && !lex.word(t.lower) && !lex.english(t.lower)))
    ) {
      j++;
      continue;
    }
    if (PARTICLES.has(t.lower)) {
      let k = j;
      while (k < toks.length && PARTICLES.has((toks[k] as Token).lower) && s.adjacent(toks[k - 1], toks[k]))
        k++;
      const after = toks[k];
      // "Bas van Jeugdzorg": a long ordinary word after "van" is an organisation, not a surname.
      const organisation =
        !!after && after.lower.length >= 8 && lex.common(after.lower) && !lex.surname(after.lower);
      const capital = after?.cap && !after.acronym && !s.notName(after) && !organisation;
      if (
        after &&
        s.adjacent(toks[k - 1], after) &&
        (capital || after.initial || (lowerRun && (!lex.common(after.lower) || lex.surname(after.lower))))
      ) {
        j = k + 1;
        continue;
      }
      break;
    }
    // ("dirk jansen": a surname the lists know that is no word as it stands, however it inflects.)
    // (Not over a function word: "mila from year 8".)
    if (
      lowerRun &&
      !EN_FUNCTION.has(t.lower) &&
      ((!lex.common(t.lower) && (lex.surname(t.lower) || lex.firstName(t.lower) || !lex.proper(t.lower))) ||
        (lex.surname(t.lower) && !lex.word(t.lower) && !lex.english(t.lower, true)))
    ) {
      j++;
      continue;
    }
    break;
  }
  return j;
}
