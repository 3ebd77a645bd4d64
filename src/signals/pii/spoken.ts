/**
 * A phone number said aloud and typed as heard: "nul zes twaalf vierendertig zesenvijftig
 * achtenzeventig", "nul zes - 17 - 28 - 39 - 40", "oh six, two one, eight eight, three four, five
 * six", "nul zeven nul, 345 67 89". Written by hand: number words are read here for the ten digits a
 * Dutch phone number has, which no phone library reads from words.
 */
import { finding, type PiiFinding } from "./types.ts";

/** Words for one digit, Dutch and English. */
const ONE_DIGIT: Record<string, number> = {
  nul: 0,
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const UNITS_NL = "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)";
const TENS_NL = "(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)";
const TENS_EN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
/** Words for two digits: "twaalf", "dertig", "vierendertig", "twelve", "forty", "seventy-eight". */
const TWO_DIGITS = new RegExp(
  `^(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|${TENS_NL}|${UNITS_NL}[eë]n${TENS_NL}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS_EN}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$`,
);

/** Digit words as a voice message types them, for numbers and plates spelled out ("oh" only
 * opening a number: alone it is no digit). */
export const SPOKEN_DIGITS = Object.keys(ONE_DIGIT).filter((w) => w !== "oh");
/** ... the Dutch ones, for a run of digits said one by one ("one, two, three ..." in English is
 * more often a count). */
export const DUTCH_DIGITS = SPOKEN_DIGITS.slice(0, SPOKEN_DIGITS.indexOf("zero"));

/** How many digits a word or a number says; undefined for any other word. */
function digits(word: string): number | undefined {
  if (/^\d{1,8}$/.test(word)) return word.length;
  if (word in ONE_DIGIT) return 1;
  if (TWO_DIGITS.test(word)) return 2;
  return undefined;
}

/** What may stand between the parts of a number said aloud: spaces, commas, dashes, "en". */
const GAP = /^(?:[\s,:;-]|\s(?:en|and)\s)*$/;

interface Word {
  w: string;
  start: number;
  end: number;
}

export function spokenNumbers(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  const words: Word[] = [...text.matchAll(/[\p{L}\d]+(?:-\p{L}+)?/gu)].map((m) => ({
    w: m[0].toLowerCase(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] as Word;
    const second = words[i + 1] as Word;
    // A number opens with a zero said aloud: "nul zes", "zero six", "oh six", "nul twintig".
    if (!(first.w in ONE_DIGIT) || ONE_DIGIT[first.w] !== 0) continue;
    if (digits(second.w) === undefined || !GAP.test(text.slice(first.end, second.start))) continue;
    const mobile = second.w === "zes" || second.w === "six" || second.w === "6";
    let count = 1;
    let j = i + 1;
    let end = first.end;
    let grouped = false;
    while (j < words.length && count < 10) {
      const next = words[j] as Word;
      // ("... zesenvijftig en achtenzeventig": "en" joins the last group.)
      if ((next.w === "en" || next.w === "and") && digits(words[j + 1]?.w ?? "") !== undefined) {
        j++;
        continue;
      }
      // "double four", "dubbel vier": the digit twice.
      const double = /^(?:double|dubbel)$/.test(next.w) ? words[j + 1] : undefined;
      const n = double ? (ONE_DIGIT[double.w] !== undefined ? 2 : undefined) : digits(next.w);
      if (n === undefined || !GAP.test(text.slice(end, next.start))) break;
      count += n;
      if (n >= 2) grouped = true;
      end = double ? double.end : next.end;
      j += double ? 2 : 1;
    }
    // (Not marks or scores, a digit at a time: "nul, 4, 5, 3, ..."; another number than a
    // mobile one has a group of two digits or more: "nul zeven nul, 345 67 89".)
    if (count !== 10 || !(mobile || grouped)) continue;
    out.push(finding("telefoon", text, first.start, end));
    i = j - 1;
  }
  return out;
}
