/**
 * Capitalised words that are no person because of the words they stand with: a named storm, a
 * range of months, a trip to a city, a quoted title joined to a word, a brand in capitals and small
 * letters, and a word that makes one English word with the next ("Joy ride").
 */
import { MONTHS_SHORT } from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Range } from "./types.ts";

/** Words of the weather around a storm's name. */
const WEATHER =
  /\b(?:wind|winds|windkracht|rukwind\w*|windstoten|code (?:oranje|rood|geel|yellow|orange|red)|knmi|omgewaaid|weggewaaid|omgeblazen|weggeblazen|stormschade|windschade|waaide|weeralarm|damaged|blew|blown|gusts?|weather|met office|orkaan|hurricane|storm|closes|closed|gesloten|afgelast|cancell?ed)\b/i;

/** The weather service's words: a storm with a surname's name is a storm only with these. */
const STORM_WARNING =
  /\b(?:knmi|code (?:oranje|rood|geel|yellow|orange)|weeralarm|windkracht|met office|orkaan|hurricane)\b/i;

/**
 * Named storms, and "Joy ride or theft?": a capitalised word that makes one English word with the next
 * ("joyride") opens that word, whatever first name it also is. (The next word is a word of its
 * own, four letters or more: "Bas is" is no "basis", "Do en" no "doen".)
 */
export function compoundRanges(
  text: string,
  lex: Pick<
    Lexicon,
    "english" | "firstName" | "surname" | "surnameShape" | "proper" | "personName" | "common"
  >,
): Range[] {
  const out: Range[] = [];
  // "storm Bert", "Storm Darragh": a storm's name; "Storm Jansen", "Storm Zwaneveld" are pupils.
  // With a capital, only a known first name that is no surname names a storm.
  for (const m of text.matchAll(/(?<![\p{L}])([Ss])torm\s+(\p{Lu}\p{Ll}+)(?!\s+\p{Lu})(?![\p{L}'’])/gu)) {
    const name = (m[2] ?? "").toLowerCase();
    const surname = lex.surname(name) || lex.surnameShape(name);
    // ... or any name the weather comes with: "Storm Darragh damaged the bike sheds".
    const around = text.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + m[0].length + 80);
    const rest = around.replace(m[0], " ");
    // (So does what it caused: "because of Storm Isha", "vanwege storm Henk ... gesloten".)
    const weather =
      WEATHER.test(rest) ||
      /\b(?:because of|due to|vanwege|tijdens|during)\s+(?:de\s+|the\s+)?$/i.test(
        text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0),
      );
    // A surname stays a pupil's unless the weather service itself is spoken of ("Storm Yilmaz heeft
    // het hek omgeblazen" is a boy; "Storm Visser uit 3A" too, whatever the wind did).
    // ("vanwege Storm Bouma, die hem steeds uitscheldt", "Storm Wiersma uit 3C": a person goes on.)
    // ("storm Henk (Jan 2024) closed ...": a date in brackets is the storm's.)
    const pupil =
      /^\s*(?:\((?!\s*(?:\d{1,2}\s+)?(?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec|\d{4})\b)|,\s*\d|uit\b|\d|,?\s*die\b|,?\s*who\b)/i.test(
        text.slice((m.index ?? 0) + m[0].length),
      );
    const forecast = STORM_WARNING.test(rest);
    if (!pupil && (!surname || forecast) && (m[1] === "s" || lex.firstName(name) || weather))
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // "Jan - Mrt", "Jan–Jun", "van Jan tot Jun": a range of months.
  const month = `(?:${MONTHS_SHORT})`;
  for (const m of text.matchAll(
    new RegExp(
      `(?<![\\p{L}])${month}\\.?\\s*(?:[-–]|tot(?:\\s+en\\s+met)?|t\\/m|to|till|until)\\s*${month}\\b\\.?`,
      "giu",
    ),
  ))
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  // "Storm verwacht vanavond", "Storm trekt rond 14u over volgens KNMI": the weather itself.
  for (const m of text.matchAll(
    /(?<![\p{L}])Storm(?=\s+(?:verwacht|voorspeld|trekt(?=[^.\n]{0,30}\b(?:over|door|langs)\b)|raast|komt\s+(?:eraan|vanavond|morgen)|op\s+komst|houdt\s+aan|is\s+(?:voorbij|gaan\s+liggen)|expected|forecast|coming|hits|is\s+coming)\b)/gu,
  ))
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const person = (w: string) =>
    lex.firstName(w) || lex.surname(w) || lex.surnameShape(w) || lex.personName(w);
  // A trip to a city: "Y6 trip to London", "schoolreis naar Parijs" (not "the trip to Sem's house").
  for (const m of text.matchAll(
    /\b(?:trip|excursion|journey|schoolreis|reis|excursie|uitje)\s+(?:to|naar)\s+(\p{Lu}[\p{L}-]+)(?![\p{L}'’])/gu,
  )) {
    const city = (m[1] ?? "").toLowerCase();
    if (!person(city) && (lex.proper(city) || !lex.english(city)))
      out.push({
        start: (m.index ?? 0) + m[0].length - (m[1] ?? "").length,
        end: (m.index ?? 0) + m[0].length,
      });
  }
  // A quoted title joined to a word: "'Ome Henk'-filmpjes" are videos ("'Noah'-filmpjes" mock a boy).
  for (const m of text.matchAll(/['‘"“]([^'’"”\n]{1,30})['’"”]-\p{Ll}+/gu)) {
    // (Only a title of ordinary words, or a public figure's: "'Djaylano'-filmpjes" mock a boy.)
    const words = (m[1] ?? "").toLowerCase().split(/[\s-]+/);
    const ordinary = words.every((w) => (lex.common(w) || lex.english(w)) && !lex.firstName(w));
    if (ordinary && !words.some(person)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // A brand written in capitals and then small letters: "TOPdesk", "KPNmail" ("MOHamed" is caps lock).
  for (const m of text.matchAll(/(?<![\p{L}'-])\p{Lu}{3,}\p{Ll}{3,}(?![\p{L}'-])/gu))
    if (!person(m[0].toLowerCase())) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(/(?<![\p{L}'-])(\p{Lu}\p{Ll}+) (\p{Ll}{4,})(?![\p{L}'-])/gu))
    if (lex.english(`${m[1]}${m[2]}`.toLowerCase(), true))
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + (m[1] ?? "").length });
  return out;
}
