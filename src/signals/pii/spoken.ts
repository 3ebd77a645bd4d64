/**
 * A mobile number said aloud and typed as heard: "nul zes twaalf vierendertig zesenvijftig
 * achtenzeventig", "nul zes - 17 - 28 - 39 - 40", "oh six, two one, eight eight, three four, five
 * six", "zero six one two ...". Written by hand: number words are read here for the ten digits a
 * Dutch mobile number has, which no phone library reads from words.
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
/** Words for two digits: "twaalf", "dertig", "vierendertig", "twelve", "forty". */
const TWO_DIGITS = new RegExp(
  `^(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|${TENS_NL}|${UNITS_NL}[eë]n${TENS_NL}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$`,
);

/** Digit words as a voice message types them, for numbers and plates spelled out ("oh" only
 * opening a number: alone it is no digit). */
export const SPOKEN_DIGITS = Object.keys(ONE_DIGIT).filter((w) => w !== "oh");

/** How many digits a word or a number says; undefined for any other word. */
function digits(word: string): number | undefined {
  if (/^\d{1,8}$/.test(word)) return word.length;
  if (word in ONE_DIGIT) return 1;
  if (TWO_DIGITS.test(word)) return 2;
  return undefined;
}

export function spokenMobiles(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  const words = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => ({
    w: m[0].toLowerCase(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] as { w: string; start: number };
    const second = words[i + 1] as { w: string; start: number; end: number };
    // A mobile number opens with a zero and a six said aloud: "nul zes", "zero six", "oh six".
    if (!(first.w in ONE_DIGIT) || ONE_DIGIT[first.w] !== 0) continue;
    if (!(second.w === "zes" || second.w === "six" || second.w === "6")) continue;
    if (!/^[\s,:;-]*$/.test(text.slice(first.start + first.w.length, second.start))) continue;
    let count = 2;
    let j = i + 2;
    let end = second.end;
    while (j < words.length && count < 10) {
      const next = words[j] as { w: string; start: number; end: number };
      const n = digits(next.w);
      if (n === undefined || !/^[\s,:;-]*$/.test(text.slice(end, next.start))) break;
      count += n;
      end = next.end;
      j++;
    }
    if (count !== 10) continue;
    out.push(finding("telefoon", text, first.start, end));
    i = j - 1;
  }
  return out;
}
