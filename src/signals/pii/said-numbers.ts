/**
 * Numbers said as words, Dutch and English, as voice-typing writes them: a digit ("nul", "oh"), a
 * number below a hundred ("vierendertig", "seventy eight"), hundreds and years ("honderdtwee",
 * "tweeduizend elf", "two thousand eleven"), a day said as an ordinal ("the third of may").
 * Written by hand: the number libraries read English amounts, not Dutch number words nor a number
 * said a digit or two at a time.
 */

export const DIGIT: Record<string, number> = {
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
/** Digit words as a voice message types them ("oh" only within a number: alone it is no digit). */
export const SPOKEN_DIGITS = Object.keys(DIGIT).filter((w) => w !== "oh");

const TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT_NL = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen";
const TEN_NL = Object.keys(TENS).slice(0, 8).join("|");
const TEEN_NL = Object.keys(TEENS).slice(0, 10).join("|");
/** Below a hundred, one Dutch word: "vierendertig", "drieëntwintig", "twaalf", "negen". */
const BELOW_HUNDRED_NL = `(?:(?:${UNIT_NL})[eë]n(?:${TEN_NL})|${TEN_NL}|${TEEN_NL}|${UNIT_NL})`;
/** "honderdtwee", "driehonderdvijftig", "tweeduizend", "negentienhonderd": Dutch writes them as one word. */
const HUNDREDS_NL = new RegExp(`^(?:(${UNIT_NL}|${TEEN_NL})?(honderd|duizend))(${BELOW_HUNDRED_NL})?$`);
export const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const COMPOUND = new RegExp(`^(${UNIT_NL})[eë]n(${TEN_NL})$`);

export const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** The value of a Dutch number word below a hundred. */
function belowHundred(w: string): number | undefined {
  if (w in DIGIT && w !== "oh") return DIGIT[w];
  if (w in TEENS) return TEENS[w];
  if (w in TENS) return TENS[w];
  const m = COMPOUND.exec(w);
  if (m?.[1] && m[2] && m[1] in DIGIT && m[2] in TENS) return (DIGIT[m[1]] ?? 0) + (TENS[m[2]] ?? 0);
  return undefined;
}

/** One number said as a word or a few ("seventy eight", "two thousand eleven"), with how many words it took. */
export interface Said {
  value: number;
  /** Digits it stands for as typed: "nul" is "0", "zeventig" is "70". */
  digits: string;
  words: number;
}

export function read(words: readonly string[], i: number): Said | undefined {
  const w = words[i] ?? "";
  if (/^\d{1,4}$/.test(w)) return { value: Number(w), digits: w, words: 1 };
  const next = words[i + 1] ?? "";
  // English tens and a unit: "seventy eight", "seventy-eight".
  const [tens, unit] = w.split("-");
  if (tens && tens in TENS && /^[a-z]+$/.test(tens) && !/ig$/.test(tens)) {
    const u = unit ?? (next in DIGIT && next !== "oh" && next !== "zero" ? next : undefined);
    const v = (TENS[tens] ?? 0) + (u ? (DIGIT[u] ?? 0) : 0);
    return { value: v, digits: String(v), words: unit || !u ? 1 : 2 };
  }
  // "two thousand eleven", "twee duizend negen": a year.
  if ((w === "two" || w === "twee") && (next === "thousand" || next === "duizend")) {
    const rest = words[i + 2] === "and" ? 3 : 2;
    const after = belowHundredAt(words, i + rest);
    const v = 2000 + (after?.value ?? 0);
    return { value: v, digits: String(v), words: rest + (after?.words ?? 0) };
  }
  const h = HUNDREDS_NL.exec(w);
  if (h) {
    const times = h[1] ? (belowHundred(h[1]) ?? 1) : 1;
    const base = times * (h[2] === "duizend" ? 1000 : 100);
    // "tweeduizend elf", "negentienhonderd negenennegentig": a year in two words.
    const after = h[3] ? undefined : belowHundredAt(words, i + 1);
    const v = base + (h[3] ? (belowHundred(h[3]) ?? 0) : (after?.value ?? 0));
    return { value: v, digits: String(v), words: 1 + (after?.words ?? 0) };
  }
  if (w in DIGIT) return { value: DIGIT[w] ?? 0, digits: String(DIGIT[w]), words: 1 };
  const v = belowHundred(w);
  return v === undefined ? undefined : { value: v, digits: String(v), words: 1 };
}

function belowHundredAt(words: readonly string[], i: number): Said | undefined {
  const w = words[i] ?? "";
  const v = /^\d{1,2}$/.test(w) ? Number(w) : belowHundred(w);
  return v === undefined || (w in DIGIT && !/^\d/.test(w))
    ? undefined
    : { value: v, digits: String(v), words: 1 };
}
