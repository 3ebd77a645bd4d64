/**
 * Runs of capitalised words that name a school, street, hospital, station or firm, not a
 * person: "IKC De Klimboom", "het Sint Antonius ziekenhuis", "Willem de Zwijgerlaan".
 */
import { INSTITUTION_SUFFIX, INSTITUTION_WORDS, PARTICLES, WEAK_SUFFIX } from "../cues.ts";
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** A word that ends like a street or a building: "Dreesweg", "Jozefschool", "Rijnhuis". */
export function compound(s: NameScan, t: Token): boolean {
  const lex = s.lex;
  const m = t.lower.match(INSTITUTION_SUFFIX);
  // "Oosterhuis", "Smit-Kerkhof" end like a building but are families the lists know.
  const last = t.lower.split("-").at(-1) ?? "";
  return !!m && t.lower.length > m[0].length + 1 && !lex.surname(last);
}

/** A run that names a school, street, hospital or station is not a person. */
export function institution(s: NameScan, i: number, j: number, person: boolean): boolean {
  const { toks, lex } = s;
  // "het Sint Antonius ziekenhuis", "St. Jozefschool": a saint names a place or a feast.
  if (/^(?:sint|st)$/.test(toks[i - 1]?.lower ?? "")) return true;
  for (let k = i; k < j; k++) {
    const t = toks[k] as Token;
    // "Anja van der Kerk", "mevrouw Van der Brug": after a first name or a title, the word that
    // ends the name behind its particle is a family ("de Kerk" alone stays a church).
    const family =
      k === j - 1 &&
      k > i &&
      PARTICLES.has((toks[k - 1] as Token).lower) &&
      (person || s.isFirst(toks[i] as Token) || !lex.common((toks[i] as Token).lower)) &&
      WEAK_SUFFIX.test(t.lower);
    if (family) continue;
    // After a title or an initial, "Veldhuis" and "Verkerk" are families, not buildings.
    const building = compound(s, t) && !(person && WEAK_SUFFIX.test(t.lower));
    // ("Pupil: Min-jun Park": a family in a person's field, however it reads.)
    const named =
      INSTITUTION_WORDS.test(t.lower) &&
      !(family || (person && k === j - 1 && k > i && WEAK_SUFFIX.test(t.lower)));
    if (t.cap && (named || building)) return true;
  }
  const last = toks[j - 1] as Token;
  const next = toks[j];
  // "Willem de Zwijgerlaan": particles, then a street or building that ends the name.
  let k = j;
  while (k < toks.length && PARTICLES.has((toks[k] as Token).lower) && s.adjacent(toks[k - 1], toks[k])) k++;
  const after = toks[k];
  if (k > j && after?.cap && s.adjacent(toks[k - 1], after) && compound(s, after)) return true;
  return (
    !!next &&
    s.adjacent(last, next) &&
    INSTITUTION_WORDS.test(next.lower) &&
    (next.cap || next.lower.length >= 6)
  );
}
