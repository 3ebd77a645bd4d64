/**
 * The rhythm a fact gives ("tweemaal per jaar", "elke twee jaar", "jaarlijks"), so that facts
 * that give the same answer to "hoe vaak ...?" are known to agree. Read from the units' Dutch
 * text, the covenants' own language.
 */
import { remembered } from "./text.ts";

const HOW_OFTEN_ASKED =
  /\b(hoe vaak|hoe dikwijls|hoeveel keer|hoeveel maal|how often|how many times|how frequently)\b/;
const COUNTS: Record<string, number> = {
  een: 1,
  eens: 1,
  eenmaal: 1,
  1: 1,
  twee: 2,
  tweemaal: 2,
  2: 2,
  drie: 3,
  driemaal: 3,
  3: 3,
  vier: 4,
  viermaal: 4,
  4: 4,
  vijf: 5,
  vijfmaal: 5,
  5: 5,
  zes: 6,
  zesmaal: 6,
  6: 6,
};
const PERIODS: Record<string, string> = {
  jaar: "jaar",
  jaren: "jaar",
  schooljaar: "jaar",
  schooljaren: "jaar",
  maand: "maand",
  maanden: "maand",
  week: "week",
  weken: "week",
};

/**
 * The rhythm a (Dutch) text gives, as "count/every period" ("2/1 jaar" for "tweemaal per jaar",
 * "1/2 jaar" for "elke twee jaar"); undefined when it gives none or more than one.
 */
export function rhythmOf(text: string): string | undefined {
  // (Asked of the same units' texts again and again: read once each.)
  return remembered(rhythms, text, () => readRhythm(text));
}

const rhythms = new Map<string, string | undefined>();

function readRhythm(text: string): string | undefined {
  // Accents off ("één" is "een"): a word boundary does not see one before "é".
  const t = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  // "een of twee keer per jaar", "maximaal tweemaal, maar tenminste eenmaal per jaar": a range,
  // the same range however it is written ("1-2/1 jaar").
  const COUNT = "(\\d|eens?|eenmaal|twee|tweemaal|drie|driemaal|vier|viermaal|vijf|vijfmaal)";
  const PERIOD = "(?:maal|keer|x)?\\s+per\\s+(jaar|schooljaar|maand|week)\\b";
  const either = t.match(new RegExp(`\\b${COUNT}\\s+(?:of|tot)\\s+${COUNT}\\s*${PERIOD}`));
  const bounds = t.match(
    new RegExp(
      `\\b(?:maximaal|hooguit)\\s+${COUNT}\\b.*?\\b(?:minimaal|tenminste|ten minste)\\s+${COUNT}\\s*${PERIOD}`,
    ),
  );
  const range = either
    ? [either[1], either[2], either[3]]
    : bounds
      ? [bounds[2], bounds[1], bounds[3]]
      : undefined;
  if (range) {
    const [low, high, period] = range.map((x) => x ?? "");
    return `${COUNTS[low as string]}-${COUNTS[high as string]}/1 ${PERIODS[period as string]}`;
  }
  if (
    /\b(?:maximaal|minimaal|tenminste|ten minste|hooguit)\b.*\b(?:maximaal|minimaal|tenminste|ten minste)\b|\b(?:een|twee|drie|vier)\s+(?:of|tot)\s+(?:twee|drie|vier|vijf)\b/.test(
      t,
    )
  )
    return undefined;
  const found = new Set<string>();
  for (const m of t.matchAll(
    /\b(\d|een|eenmaal|twee|tweemaal|drie|driemaal|vier|viermaal|vijf|vijfmaal|zes|zesmaal)\s*(?:maal|keer|x)?\s+per\s+(jaar|schooljaar|maand|week)\b/g,
  ))
    found.add(`${COUNTS[m[1] as string]}/1 ${PERIODS[m[2] as string]}`);
  for (const m of t.matchAll(
    /\b(?:elke|iedere|om de)\s+(?:(\d|twee|drie|vier|vijf|zes)\s+)?(jaar|jaren|schooljaar|schooljaren|maand|maanden|week|weken)\b/g,
  ))
    found.add(`1/${m[1] ? COUNTS[m[1]] : 1} ${PERIODS[m[2] as string]}`);
  if (/\bjaarlijks\b/.test(t)) found.add("1/1 jaar");
  if (/\btweejaarlijks\b/.test(t)) found.add("1/2 jaar");
  if (/\bmaandelijks\b/.test(t)) found.add("1/1 maand");
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether the question asks how often. */
export function asksHowOften(normalized: string): boolean {
  return HOW_OFTEN_ASKED.test(normalized);
}

/** English and chat ways to say a rhythm, in the covenants' Dutch words. */
const SAID_AS: ReadonlyArray<[RegExp, string]> = [
  [/\b(halfjaarlijks|driemaandelijks|tweemaandelijks|jaarlijks|maandelijks|wekelijks)e\b/g, "$1"],
  [/\bhalfjaarlijks\b/g, "twee keer per jaar"],
  [/\bdriemaandelijks\b/g, "4 keer per jaar"],
  [/\b(?:monthly|montly|every month|each month|once a month|a month)\b/g, "elke maand"],
  [/\b(?:weekly|every week|each week|once a week|a week)\b/g, "elke week"],
  [/\b(?:yearly|annually|every year|each year|once a year|elk jaar)\b/g, "jaarlijks"],
  [
    /\b(?:quarterly|every quarter|each quarter|per kwartaal|elk kwartaal|ieder kwartaal)\b/g,
    "4 keer per jaar",
  ],
  [/\b(?:twice a year|two times a year)\b/g, "twee keer per jaar"],
  [/\b(?:every two years|every other year)\b/g, "elke twee jaar"],
  [
    /\b(\d)\s*(?:x|keer|maal|times)\s+(?:per|a|in het|in a)\s+(jaar|year|maand|month|week)\b/g,
    "$1 keer per $2",
  ],
  [/\bper year\b/g, "per jaar"],
  [/\bper month\b/g, "per maand"],
];

/**
 * The rhythm a question takes for granted ("the monthly signaaloverleg", "meets monthly right",
 * "1x per jaar toch?"), in the form of rhythmOf; undefined when it states none.
 */
export function statedRhythm(normalized: string): string | undefined {
  let t = normalized;
  for (const [re, to] of SAID_AS) t = t.replace(re, to);
  return readRhythm(t);
}
