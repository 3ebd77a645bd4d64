/**
 * A signal dictated to a phone is typed as heard: numbers as words ("geboren op twaalf maart
 * tweeduizend elf", "bsn nine three oh five five ..."), a plate read out letter by letter
 * ("kenteken eh twee t k l negen negen"), a name spelled ("B-a-k-k-e-r", "r o o s"). The
 * transcript here writes those as they would be typed ("12 maart 2011", "930550122", "2TKL99",
 * "Bakker"), so that the detector's own rules judge them; each finding in the transcript is then
 * laid back on the words that were said. Written by hand: the number libraries read English
 * digits or amounts, not Dutch number words nor a number said a digit or two at a time.
 */
import { lexicon } from "./lexicon.ts";
import { mailSaid } from "./said-mail.ts";
import { DIGIT, MONTH, ORDINAL, read, type Said } from "./said-numbers.ts";
import type { PiiFinding, Swap } from "./types.ts";

interface Token {
  w: string;
  start: number;
  end: number;
}

/** Between the numbers of one run: spaces, commas, dashes; a full stop only in a number that opened with a zero. */
const GAP = /^[\s,:-]*$/;
const DOTTED = /^[\s,:.-]*$/;
/** Words for a plate, and what may stand between it and the plate read out. */
const PLATE_CUE = /^(?:kenteken\p{L}*|nummerbord\p{L}*|nummerplaat\p{L}*|plate|plates|registration|reg)$/u;
const FILLER =
  /^(?:eh|uh|uhm|um|ehm|like|was|is|:|nummer|number|iets|als|zoiets|van|stond|had|begint|begon|met|starts|started|with|aanhanger|auto|scooter|brommer|busje|bus|trailer|car)$/;

/** The transcript of a dictated text, or undefined when nothing in it was said aloud. */
export interface Transcript {
  text: string;
  swaps: readonly (Swap & { at: number })[];
}

export function transcribe(text: string): Transcript | undefined {
  // (A word spelled with dashes, "B-a-k-k-e-r", is one token; so is "seventy-eight".)
  const tokens: Token[] = [...text.matchAll(/\p{L}(?:-\p{L}){2,}(?![\p{L}\d])|[\p{L}\d]+(?:-\p{L}+)?/gu)].map(
    (m) => ({
      w: m[0].toLowerCase(),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }),
  );
  const words = tokens.map((t) => t.w);
  const swaps: Swap[] = mailSaid(text);
  const inMail = (t: Token) => swaps.some((s) => t.start >= s.start && t.start < s.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMail(t)) continue;
    if (PLATE_CUE.test(t.w)) {
      const plate = plateAt(text, tokens, words, i + 1);
      if (plate) {
        swaps.push(plate.swap);
        i = plate.next - 1;
        continue;
      }
    }
    const spelled = spelledAt(text, tokens, i);
    if (spelled) {
      swaps.push(spelled.swap);
      i = spelled.next - 1;
      continue;
    }
    const run = runAt(text, tokens, words, i);
    if (run) {
      swaps.push(run.swap);
      i = run.next - 1;
    }
  }
  if (swaps.length === 0) return undefined;
  swaps.sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  const placed: (Swap & { at: number })[] = [];
  for (const s of swaps) {
    out += text.slice(from, s.start);
    placed.push({ ...s, at: out.length });
    out += s.typed;
    from = s.end;
  }
  return { text: out + text.slice(from), swaps: placed };
}

/** "twee t k l negen negen", "GV zeven twee een K": letters and digits read out after a word for a plate. */
function plateAt(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  from: number,
): { swap: Swap; next: number } | undefined {
  let i = from;
  while (i < tokens.length && i < from + 4 && FILLER.test(tokens[i]?.w ?? "")) i++;
  let typed = "";
  const first = i;
  while (i < tokens.length && typed.length < 6) {
    const t = tokens[i] as Token;
    if (i > first && !GAP.test(text.slice((tokens[i - 1] as Token).end, t.start))) break;
    const said = read(words, i);
    if (said && said.value < 100 && !/^[a-z]$/.test(t.w)) {
      typed += said.digits;
      i += said.words;
    } else if (/^[a-z]{1,3}$/.test(t.w) && !FILLER.test(t.w)) {
      typed += t.w.toUpperCase();
      i++;
    } else break;
  }
  if (typed.length !== 6 || !/\d/.test(typed) || !/[A-Z]/.test(typed) || i - first < 3) return undefined;
  const start = (tokens[first] as Token).start;
  return { swap: { start, end: (tokens[i - 1] as Token).end, typed }, next: i };
}

/** "B-a-k-k-e-r", "r o o s", "d a a n": a word spelled a letter at a time, written as the word. */
function spelledAt(
  text: string,
  tokens: readonly Token[],
  from: number,
): { swap: Swap; next: number } | undefined {
  const first = tokens[from] as Token;
  if (
    first.w.includes("-")
      ? !/^\p{L}(?:-\p{L}){2,}$/u.test(text.slice(first.start, first.end))
      : !/^\p{L}$/u.test(first.w)
  )
    return undefined;
  if (first.w.includes("-")) {
    const word = first.w.replace(/-/g, "");
    return { swap: { start: first.start, end: first.end, typed: cap(word) }, next: from + 1 };
  }
  let i = from + 1;
  while (
    i < tokens.length &&
    /^\p{L}$/u.test(tokens[i]?.w ?? "") &&
    /^ $/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))
  )
    i++;
  if (i - from < 3) return undefined;
  const word = tokens
    .slice(from, i)
    .map((t) => t.w)
    .join("");
  // (Not letters said for what they are, "a b c", "s o s": a word of four letters or more, or a
  // name the lists know.)
  const lex = lexicon();
  if (word.length < 4 && !lex.firstName(word) && !lex.surname(word)) return undefined;
  if (!/[aeiouy]/.test(word) || !/[^aeiouy]/.test(word)) return undefined;
  return { swap: { start: first.start, end: (tokens[i - 1] as Token).end, typed: cap(word) }, next: i };
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A run of numbers said aloud, typed as a reporter would type it. */
function runAt(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  from: number,
): { swap: Swap; next: number } | undefined {
  const start = tokens[from] as Token;
  if (/^\d/.test(start.w)) return undefined;
  // "plus three one six ...": the country code's plus.
  const plus = start.w === "plus" ? 1 : 0;
  const ordinal = ORDINAL[start.w];
  // "the third of may": the day as typed ("3 may"); not "first name".
  const of = words[from + 1] === "of" ? 1 : 0;
  if (ordinal !== undefined && MONTH.test(words[from + 1 + of] ?? "")) {
    // ("born the third of may": "born 3 may".)
    const the = words[from - 1] === "the" ? (tokens[from - 1] as Token) : start;
    return {
      swap: { start: the.start, end: (tokens[from + of] as Token).end, typed: String(ordinal) },
      next: from + 1 + of,
    };
  }
  // Each number said, the token it ends on and what stood before it.
  const said: Array<Said & { last: number; gap: string }> = [];
  let i = from + plus;
  const zeroFirst = DIGIT[words[i] ?? ""] === 0 || /^(?:double|dubbel)$/.test(words[i] ?? "");
  let gap = "";
  while (i < tokens.length) {
    if (i > from + plus) {
      gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
      if (!(zeroFirst ? DOTTED : GAP).test(gap)) break;
      // ("... zesenvijftig en achtenzeventig": "en" joins the last group of a number.)
      if (zeroFirst && /^(?:en|and)$/.test(words[i] ?? "") && read(words, i + 1)) {
        i++;
        continue;
      }
    }
    // "double four", "dubbel vier": the digit twice.
    const twice = /^(?:double|dubbel)$/.test(words[i] ?? "") ? read(words, i + 1) : undefined;
    const s =
      twice && twice.digits.length === 1
        ? { value: twice.value * 11, digits: twice.digits.repeat(2), words: 2 }
        : read(words, i);
    if (!s || (words[i] === "oh" && said.length === 0 && !zeroFirst)) break;
    // (A digit typed as a digit goes on a number said aloud, never opens one.)
    if (said.length === 0 && /^\d/.test(words[i] ?? "")) break;
    i += s.words;
    said.push({ ...s, last: i - 1, gap });
  }
  // ("... achtenzeventig twee keer gebeld", "groep acht nul zes ...": more digits than a phone
  // number has end where a number that opens with a zero starts, or after ten digits (nine, a
  // BSN's, for one that does not open with a zero).
  // (With its country code after "plus", eleven: "+31 6 ..."; a date of birth, eight.)
  const most = plus ? 11 : zeroFirst ? 10 : 9;
  const born = BORN.test(text.slice(Math.max(0, start.start - 40), start.start));
  const digitsSaid = said.map((x) => x.digits).join("");
  if (
    born &&
    said.length > 8 &&
    said.slice(0, 8).every((x) => x.digits.length === 1) &&
    DATE8.test(digitsSaid.slice(0, 8))
  )
    said.splice(8);
  else if (said.every((x) => x.digits.length <= 2) && digitsSaid.length > most) {
    const zero = said.findIndex(
      (x, k) => k > 0 && x.digits === "0" && said.slice(k).reduce((n, y) => n + y.digits.length, 0) >= 10,
    );
    let keep = Math.max(zero, 0);
    if (keep === 0) {
      for (let n = 0; keep < said.length && n + (said[keep]?.digits.length ?? 0) <= most; keep++)
        n += said[keep]?.digits.length ?? 0;
    }
    said.splice(Math.max(1, keep));
  }
  // One word alone: "een" and "one" are mostly "a"; "oh" is no number.
  if (
    said.length === 0 ||
    (said.length === 1 && said[0]?.words === 1 && /^(?:een|één|one|oh)$/.test(words[from] ?? ""))
  )
    return undefined;
  if (plus && said.length < 3) return undefined;
  // "... drieëntwintig twee vijf een twee AB": a postcode's four digits said after a house number.
  const tail = said.slice(-4);
  if (
    said.length > 4 &&
    tail.every((x) => x.words === 1 && x.digits.length === 1) &&
    /^\s+[A-Za-z]{2}\b/.test(text.slice((tokens[said.at(-1)?.last ?? 0] as Token).end)) &&
    !said.slice(0, -4).every((x) => x.digits.length === 1)
  )
    said.splice(-4);
  const last = said.at(-1)?.last ?? from;
  const end = (tokens[last] as Token).end;
  // "NL drieëntwintig RABO ...": an account's country code and check digits are typed as one.
  const before = tokens[from - 1];
  if (
    before &&
    said.length === 1 &&
    said[0]?.digits.length === 2 &&
    /^[A-Z]{2}$/.test(text.slice(before.start, before.end)) &&
    text.slice(before.end, start.start) === " "
  )
    return {
      swap: { start: before.start, end, typed: text.slice(before.start, before.end) + said[0].digits },
      next: last + 1,
    };
  // ("cijfers: nul, 4, 5, 3, ...", "nul - 3, 2 - 1": marks or scores a digit at a time stay apart.)
  const apart = said.every((x, k) => x.digits.length === 1 && (k === 0 || /[,-]/.test(x.gap)));
  return {
    swap: {
      start: start.start,
      end,
      typed:
        (plus ? "+" : "") +
        (apart ? said.map((x, k) => (k ? x.gap : "") + x.digits).join("") : typed(said, born)),
    },
    next: last + 1,
  };
}

const DATE8 = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)$/;
const BORN =
  /\b(?:geboren|geb|born|dob|d\.o\.b|geboortedatum|date of birth|birth date|birthday|verjaardag)\b[^.!?\n]{0,25}$/i;

/** Digits said one or two at a time run together ("0612345678", "930550122", "2512"); a day, a
 * month and a year stay apart ("12 03 2011"), a zero joined to the digit after it. */
function typed(said: readonly Said[], born: boolean): string {
  const short = said.every((s) => s.digits.length <= 2);
  const count = said.reduce((n, s) => n + s.digits.length, 0);
  const singles = said.every((s) => s.digits.length === 1);
  if (short && (count >= 6 || (singles && said.length >= 3))) {
    const all = said.map((s) => s.digits).join("");
    // Eight digits said one at a time after a word for a birth are a date: "geboren nul vier nul
    // zeven twee nul nul negen".
    const date = DATE8.exec(all);
    return date && singles && born ? `${date[1]}-${date[2]}-${date[3]}` : all;
  }
  const parts: string[] = [];
  for (let k = 0; k < said.length; k++) {
    const s = said[k] as Said;
    const next = said[k + 1];
    if (s.digits === "0" && next && next.digits.length === 1) {
      parts.push(`0${next.digits}`);
      k++;
    } else parts.push(s.digits);
  }
  return parts.join(" ");
}

/** A finding in the transcript, laid on the words that were said; undefined when it touches nothing said aloud. */
export function toWritten(t: Transcript, written: string, f: PiiFinding): PiiFinding | undefined {
  let shift = 0;
  let start: number | undefined;
  let end: number | undefined;
  let touched = false;
  for (const s of t.swaps) {
    const sEnd = s.at + s.typed.length;
    if (start === undefined && f.start < s.at) start = f.start - shift;
    if (start === undefined && f.start < sEnd) start = s.start;
    if (f.start < sEnd && f.end > s.at) touched = true;
    if (end === undefined && f.end <= s.at) end = f.end - shift;
    if (end === undefined && f.end <= sEnd) end = s.end;
    shift += s.typed.length - (s.end - s.start);
  }
  start ??= f.start - shift;
  end ??= f.end - shift;
  // ("a girl named rose no wait roos r o o s": the name spelled names the word before it too.)
  const spelled = f.kind === "naam" && t.swaps.some((s) => s.typed.toLowerCase() === f.text.toLowerCase());
  if (!(touched || spelled) || end <= start) return undefined;
  return { kind: f.kind, start, end, text: written.slice(start, end) };
}
