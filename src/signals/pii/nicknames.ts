/**
 * Nicknames in quotes: "wordt door hen 'Skinny' genoemd", "One of them, 'Lucky', had a knife",
 * "'Big D' uit de Pijlstraat". One or two capitalised words between quotes are a person's name
 * when a person is spoken of around them; the title of a programme or campaign ("lessenserie
 * 'Respect'") is not.
 */
import { NICKNAME_CONTEXT } from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import { finding, type PiiFinding, type Range } from "./types.ts";

const BRANDS_AFTER =
  /^['’"”]?(?:\s*(?:,|en|and|of|or)\s*['‘"“][^'’"”]{1,30}['’"”])*\s*,?\s*(?:\(?\s*)?(?:merknamen|merknaam|brand names?)\s+(?:van|of|for)\b/i;

/** Quoted nicknames that overlap neither a name found already nor a known name (a school, a wijk). */
export function nicknames(
  text: string,
  found: readonly PiiFinding[],
  opts: { lexicon: Lexicon; exempt: readonly Range[] },
): PiiFinding[] {
  const out: PiiFinding[] = [];
  // A word the lists say is never a person (an insult, a brand, an app); a place abroad is a
  // nickname too: "'Berlin' verkoopt", "they call him 'Nairobi'".
  const listed = (words: string) =>
    words
      .toLowerCase()
      .split(" ")
      .some((w) => opts.lexicon.notName(w) && !opts.lexicon.abroad(w));
  for (const m of text.matchAll(/(?<=['‘"“])(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)(?=['’"”])/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    if (opts.exempt.some((r) => start < r.end && r.start < end)) continue;
    // "een jongen die zich 'Tokyo' noemt", "they call him 'Paris'": what someone is called, even a
    // word that names a place or a brand elsewhere.
    const called =
      /\b(?:zich|zichzelf|hem|haar|him|her|himself|herself|themselves)\s+['‘"“]$/i.test(
        text.slice(Math.max(0, start - 16), start),
      ) && /^['’"”]\s*,?\s*(?:noemt|noemen|noemde|genoemd|heet|heten)\b/i.test(text.slice(end, end + 16));
    const calls = /\b(?:calls?|called|calling)\s+(?:him|her|them|himself|herself|themselves)\s+['‘"“]$/i.test(
      text.slice(Math.max(0, start - 30), start),
    );
    if (listed(m[0])) continue;
    if (called || calls) {
      out.push(finding("naam", text, start, end));
      continue;
    }
    const around = `${text.slice(Math.max(0, start - 50), start)} ${text.slice(end, end + 40)}`;
    // "Die 'Tiko' uit de Vogelwijk": pointed at, and no ordinary word.
    const pointed =
      /\b(?:die|that)\s+['‘"“]$/i.test(text.slice(Math.max(0, start - 8), start)) &&
      m[0]
        .toLowerCase()
        .split(" ")
        .every((w) => !opts.lexicon.common(w) && !opts.lexicon.english(w));
    // "'Smartwhip' en 'Frosty', merknamen van lachgascilinders": named as brands.
    if (BRANDS_AFTER.test(text.slice(end, end + 60))) continue;
    if (pointed || NICKNAME_CONTEXT.test(around)) out.push(finding("naam", text, start, end));
  }
  // "'Bolle' (Daan de Wit) 3vmbo-k", "Jayden Kok ('jay')", "'Tank' aka Dawit": a word in quotes,
  // in any case, right beside a name found is that person's nickname.
  for (const m of text.matchAll(/(?<=['‘"“])(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2})(?=['’"”])/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0].length > 24 || [...found, ...out].some((f) => f.start < end + 1 && start - 1 < f.end)) continue;
    if (opts.exempt.some((r) => start < r.end && r.start < end)) continue;
    const beside = found.some(
      (f) =>
        (f.end <= start - 1 && start - 1 - f.end <= 3 && /^\s*\(?\s*$/.test(text.slice(f.end, start - 1))) ||
        (f.start >= end + 1 &&
          f.start - (end + 1) <= 7 &&
          /^\s*(?:\(|aka\s+|alias\s+)?\s*$/i.test(text.slice(end + 1, f.start))),
    );
    if (beside && !listed(m[0])) out.push(finding("naam", text, start, end));
  }
  return out;
}
