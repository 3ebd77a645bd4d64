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

/** Words that say what someone is called, or whose brother or sister it is: what follows is the
 * name, also when it is an ordinary word ("my name is storm", "a girl called bloem de jong", "her
 * big brother dirk"), with its particles and surname. */
const NAMED =
  /\b(?:my name is|mijn naam is|ik heet|hij heet|zij heet|ze heet|heet|called|named|genaamd|(?:big |little |older |younger |grote |kleine |oudere |jongere )?(?:brother|sister|broer|broertje|zus|zusje|cousin|neef|nicht))\s+(\p{Ll}[\p{Ll}'-]{1,20}(?:\s+(?:van|de|der|den|el|ter|ten)(?:\s+(?:de|der|den))?\s+\p{Ll}[\p{Ll}'-]{1,20})?)(?![\p{L}\d@-]|\.[\p{L}\d])/giu;
/** A nickname in quotes after "noemt mij", "calls him": "ze noemt mij 'varkie'". */
const NICKNAMED =
  /\b(?:noem(?:en|t)|calls?|called)\s+(?:mij|me|hem|haar|him|her|ons|us)\s+["'‘“](\p{Ll}[\p{Ll}'-]{1,20})["'’”]/giu;

export function introducedNames(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(INTRODUCED)) {
    const name = m[1] ?? "";
    if (name !== name.toLowerCase()) continue;
    if (name.length < 3 || !lex.firstName(name) || lex.english(name, true)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(NAMED)) {
    const name = m[1] ?? "";
    const first = name.split(/\s+/)[0] ?? "";
    // (A listed first name or surname, or a particle and a surname after it: "bloem de jong";
    // not "a boy called again", "zijn broer is".)
    const listed = lex.firstName(first) || lex.surname(first);
    if (first.length < 3 || (!listed && !name.includes(" "))) continue;
    if (
      /^(?:is|was|and|en|the|de|het|een|a|an|who|die|dat|that|he|she|hij|zij|ze|in|op|at|to|naar|met|with)$/.test(
        first,
      )
    )
      continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(finding("naam", text, start, start + name.length));
  }
  for (const m of text.matchAll(NICKNAMED)) {
    const name = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - name.length - 1;
    out.push(finding("naam", text, start, start + name.length));
  }
  return out;
}
