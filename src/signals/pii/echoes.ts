/**
 * A name found once is a name wherever the text repeats it: "the group targeting Ji-woo Park
 * ... Ji-woo's mum (Mrs Park)", "alleen Mo en zijn neef ... met Mo gesproken". Each word of a
 * found name (no particle or initial) is found again where it stands as a whole word, written
 * the same way.
 */
import { EN_FUNCTION, NL_FUNCTION, PARTICLES } from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import { finding, overlaps, type PiiFinding } from "./types.ts";

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function echoes(text: string, persons: readonly PiiFinding[], lex?: Lexicon): PiiFinding[] {
  const words = new Set<string>();
  for (const p of persons)
    for (const w of p.text.split(/\s+/)) {
      const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if (word.length >= 2 && !PARTICLES.has(word.toLowerCase()) && !/^\p{L}\.?$/u.test(word))
        words.add(word);
    }
  const out: PiiFinding[] = [];
  // A whole name of two words or more, repeated as it was written, is the same person ("From:
  // Rachel Bennett ... Rachel Bennett | English teacher"), whatever its words mean on their own.
  for (const p of persons)
    if (/\s/.test(p.text))
      for (const m of text.matchAll(
        // (In capitals or lower case too: "STORM VISSER".)
        new RegExp(`(?<![\\p{L}\\d@._-])${literal(p.text)}(?![\\p{L}\\d@_])`, "giu"),
      )) {
        const f = finding("naam", text, m.index ?? 0, (m.index ?? 0) + p.text.length);
        if (!persons.some((x) => overlaps(x, f)) && !out.some((o) => overlaps(o, f))) out.push(f);
      }
  for (const word of words)
    for (const m of text.matchAll(
      // (In lower case too, where the name is no word: "oma zorgt nu voor sem", after "Sem (gr 3a)".)
      new RegExp(
        `(?<![\\p{L}\\d@._-])(?:${literal(word)}${lowerToo(word, lex) ? `|${literal(word.toLowerCase())}` : wordName(word, lex) ? `|${literal(word.toLowerCase())}(?=\\s+${ACTS})` : ""})(?![\\p{L}\\d@_]|[.-][\\p{L}\\d]|['’]t\\b)`,
        "gu",
      ),
    )) {
      const f = finding("naam", text, m.index ?? 0, (m.index ?? 0) + word.length);
      // ("een rode roos", "the iris of the eye": after an article, the word, not the name; "max 2
      // begeleiders": before a number, a word too.)
      if (
        m[0] !== word &&
        (/\b(?:de|een|the|a|an|'n)\s+(?:\p{L}+e\s+)?$/iu.test(
          text.slice(Math.max(0, f.start - 20), f.start),
        ) ||
          /^\s*\d/.test(text.slice(f.end, f.end + 3)))
      )
        continue;
      // A name that is also a word, beside another capitalised word, is part of another name
      // ("Mrs Park ... Park Road", "Mevrouw Hall ... de Sports Hall").
      const lower = word.toLowerCase();
      // (A neighbour is a word of three letters or more: "Her mum and I spoke; Jade I think ...".)
      const after = text.slice(f.end, f.end + 30);
      const before = text.slice(Math.max(0, f.start - 25), f.start);
      const isWord = lex && (lex.common(lower) || lex.english(lower));
      // (Unless that neighbour is a name found: "Maks Kowalski" is one person.)
      const next = { start: f.end + 1, end: f.end + 2 };
      const previous = { start: f.start - 2, end: f.start - 1 };
      const named = (r: { start: number; end: number }) => persons.some((p) => overlaps(p, r));
      if (
        isWord &&
        ((/^[\s-]\p{Lu}[\p{L}'-]{2,}/u.test(after) && !named(next)) ||
          (/\p{Lu}[\p{L}'-]{2,}\s$/u.test(before) && !named(previous)))
      )
        continue;
      // ... nor is a name written into a compound ("de Anne Frankschool", "het Emma Kinderziekenhuis").
      if (
        /^\s\p{Lu}\p{Ll}+(?:school|ziekenhuis|kinderziekenhuis|college|lyceum|huis|straat|laan|weg|plein)\b/u.test(
          after,
        )
      )
        continue;
      if (!persons.some((p) => overlaps(p, f)) && !out.some((o) => overlaps(o, f))) out.push(f);
    }
  return out;
}

/** Verbs a person does in a note ("storm zegt", "jet slaapt", "mark ontkent", "may said"): before
 * one, a first name that is also a word ("storm", "jet", "may") is the name found before it. */
const ACTS =
  "(?:zegt|zei|zeggen|vertelt|vertelde|vroeg|vraagt|ontkent|ontkende|durft|slaapt|sliep|woont|werd|wordt|is|was|heeft|had|kwam|komt|gaat|ging|liep|loopt|zit|zat|wil|wilde|kan|kon|moet|mag|deed|doet|huilt|huilde|said|says|told|tells|asked|asks|denies|denied|has|came|comes|went|goes|cried|wants|wanted|can|could|does|did)\\b";

/** A first name found with a capital, which may be found again in lower case: before a verb of
 * what someone does (ACTS) whatever else it means ("storm zegt", "mark ontkent"). */
function wordName(word: string, lex?: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    !!lex &&
    word !== lower &&
    lower.length >= 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    lex.firstName(lower) &&
    // (Nor a language or a subject: "de les frans was rommelig" after "Frans Jansen".)
    !lex.notName(lower) &&
    !PARTICLES.has(lower) &&
    !NL_FUNCTION.has(lower) &&
    !EN_FUNCTION.has(lower)
  );
}

const MONTHS = new Set(
  (
    "jan feb mrt maa apr mei jun jul aug sep sept okt oct nov dec januari februari maart april juni juli " +
    "augustus september oktober november december january february march june july august october"
  ).split(" "),
);

/** ... and anywhere ("oma zorgt nu voor sem", after "Sem (gr 3a)") when it is a person's name in
 * the dictionary or no word at all ("sem", "mila"; not "wil", "toon", "storm", "rose", "iris",
 * which are words first, nor a month, "jan"); where it is both ("roos", "iris"), an article before it makes
 * it the word (see `echoes`). */
function lowerToo(word: string, lex?: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    !!lex &&
    wordName(word, lex) &&
    !lex.english(lower, true) &&
    (lex.personName(lower) || !lex.word(lower)) &&
    !MONTHS.has(lower)
  );
}

/**
 * A first name in lower case listed beside a name found: "the ones posting most are lily, Sophie",
 * "Noor en fatima". Alone, "lily" is a flower; in a list of names it is a name too.
 */
export function listedBeside(text: string, persons: readonly PiiFinding[], lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  // ("de hond los, Bram werd gebeten": "los" is a word.)
  const name = (w: string) =>
    lex.firstName(w) &&
    (!lex.common(w) || lex.proper(w)) &&
    (!lex.english(w, true) || lex.proper(w)) &&
    !EN_FUNCTION.has(w) &&
    !NL_FUNCTION.has(w) &&
    !PARTICLES.has(w);
  for (const p of persons) {
    // (After the name, the word ends the list: "Noor en fatima.", not "Tyler and nine other boys".)
    // ("... heet Ricardo of kelvin de jong die ...", "mo (Mohamed Ali)", "Sem (sem de wit, 3vwo)":
    // the same person's other name, or another's, with a surname's particle.)
    const after = text
      .slice(p.end)
      .match(
        /^\s*(?:,|\ben\b|\band\b|\bof\b|\bor\b|&|\+|\/|\()\s*(\p{L}\p{Ll}{1,14}(?:\s+(?:van der|van den|van de|van|de|der|den|el|al|ter|ten)\s+\p{Ll}{2,20})?)(?![\p{L}\d@-])(?=[ \t]*(?:[,.;:!?)/\n]|$|\b(?:en|and|zijn|zaten|waren|were|are|die|who|uit|from|in)\b))/u,
      );
    const before = text
      .slice(0, p.start)
      .match(/(?<![\p{L}\d@])(\p{L}\p{Ll}{1,14})\s*(?:,|\ben\b|\band\b|\bof\b|\bor\b|&|\+|\/|\()\s*$/u);
    if (after?.[1] && name((after[1].split(" ")[0] as string).toLowerCase())) {
      const end = p.end + after[0].length;
      out.push(finding("naam", text, end - after[1].length, end));
    }
    // ("Tafel 1: Bloem, Daan, Sem": a capitalised first name at the head of a list of three or
    // more names is one too, however ordinary a word it is.)
    const heads =
      !!before?.[1] &&
      /^\p{Lu}/u.test(before[1]) &&
      /,\s*$/.test(before[0]) &&
      lex.firstName(before[1].toLowerCase()) &&
      !!after?.[1] &&
      /^\s*,/.test(after[0]);
    if (before?.[1] && (name(before[1].toLowerCase()) || heads)) {
      const start = p.start - before[0].length;
      out.push(finding("naam", text, start, start + before[1].length));
    }
  }
  return out.filter((f) => !persons.some((p) => overlaps(p, f)));
}
