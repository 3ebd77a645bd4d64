/**
 * A name typed in lower case right after someone introduces themselves or another: "hey it's
 * mia (year 10)", "ik ben sanne uit 2b", "my name is jayden". Capitalised names after these
 * words are found by the name rules; a lower-case word is only a name when the name lists
 * know it as a first name and it is no English word ("it's fine", "ik ben bang"). A rare
 * Dutch word that is also a first name ("mia") counts: after "ik ben" it is the name.
 */
import type { Lexicon } from "./lexicon.ts";
import { finding, type PiiFinding } from "./types.ts";

const INTRODUCED =
  /\b(?:ik ben|ik heet|dit is|hier is|mijn naam is|it'?s|it’s|this is|i'?m|i’m|my name is|call me)\s+(\p{Ll}[\p{Ll}'-]{1,20})(?![\p{L}\d@.-])/giu;

export function introducedNames(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(INTRODUCED)) {
    const name = m[1] ?? "";
    if (name !== name.toLowerCase()) continue;
    if (name.length < 3 || !lex.firstName(name) || lex.english(name, true)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  return out;
}
