/**
 * Wall-clock time in Europe/Amsterdam, where every covenant region lies. Meetings are
 * planned and reminded in local time ("a week before, same hour"), which differs from
 * "168 hours before" when daylight-saving time changes in between. Intl gives the zone's
 * offset at an instant; the conversion back from wall time is the two-step search below
 * (no maintained date library was needed for this one conversion).
 */
import * as chrono from "chrono-node";
import { type Lang, msg } from "../core/i18n.ts";
export const ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The Amsterdam wall time of an instant. */
export function wallTime(ms: number): WallTime {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

function offsetAt(ms: number): number {
  const w = wallTime(ms);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/** The instant of an Amsterdam wall time (in the autumn's repeated hour: the first). */
export function fromWallTime(w: WallTime): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const first = naive - offsetAt(naive);
  const second = naive - offsetAt(first);
  return Math.min(first, second);
}

/** The same wall-clock time `days` days earlier. */
export function daysBefore(ms: number, days: number): number {
  const w = wallTime(ms);
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day - days));
  return fromWallTime({ ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

const LONG: Intl.DateTimeFormatOptions = {
  timeZone: ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const long = new Intl.DateTimeFormat("nl-NL", LONG);
const longEn = new Intl.DateTimeFormat("en-GB", LONG);
const DAY: Intl.DateTimeFormatOptions = { timeZone: ZONE, weekday: "long", day: "numeric", month: "long" };
const dayOnly = new Intl.DateTimeFormat("nl-NL", DAY);
const dayOnlyEn = new Intl.DateTimeFormat("en-GB", DAY);

/** "dinsdag 2 februari 2027 om 15:00"; in English "Tuesday 2 February 2027 at 15:00" */
export function formatWhen(ms: number, lang: "nl" | "en" = "nl"): string {
  return (lang === "en" ? longEn : long).format(new Date(ms));
}

/** "maandag 1 februari"; in English "Monday 1 February" */
export function formatDay(ms: number, lang: Lang = "nl"): string {
  return (lang === "en" ? dayOnlyEn : dayOnly).format(new Date(ms));
}

const MONTHS = [
  ["jan", "januari", "january"],
  ["feb", "februari", "february"],
  ["mrt", "maart", "march", "mar"],
  ["apr", "april"],
  ["mei", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "augustus", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
];

/**
 * Relative dates as people type them ("volgende week dinsdag 15:00", "over twee weken om
 * 10 uur", "morgen 9u"), with chrono-node's Dutch parser (its English one as fallback),
 * counted from `now` in Amsterdam.
 */
function relativeWhen(text: string, now: number, lang?: Lang): ReturnType<typeof parseWhen> {
  const ref = { instant: new Date(now), timezone: "Europe/Amsterdam" };
  const found = [
    ...chrono.nl.parse(text, ref, { forwardDate: true }),
    ...chrono.en.parse(text, ref, { forwardDate: true }),
  ];
  const hit = found.find((r) => r.start.isCertain("hour")) ?? found[0];
  if (!hit) return { error: msg(lang, "meeting.noDate") };
  if (!hit.start.isCertain("hour")) return { error: msg(lang, "meeting.noTime") };
  const get = (k: "year" | "month" | "day" | "hour" | "minute") => hit.start.get(k) ?? 0;
  return {
    at: fromWallTime({
      year: get("year"),
      month: get("month"),
      day: get("day"),
      hour: get("hour"),
      minute: get("minute"),
    }),
    before: text.slice(0, hit.index).trim(),
    after: text.slice(hit.index + hit.text.length).trim(),
  };
}

/**
 * Finds a date and a time in chat text: "2027-02-02 15:00", "2-2-2027 15.00", "2 februari
 * 2027 om 15:00", "2 feb 15u", and relative ones ("volgende week dinsdag 15:00"). A date
 * without a year is the next such date after `now`.
 * Returns the instant and the text around it, or why it could not (in `lang`).
 */
export function parseWhen(
  text: string,
  now: number,
  lang?: Lang,
): { at: number; before: string; after: string } | { error: string } {
  const month = MONTHS.flat()
    .sort((a, b) => b.length - a.length)
    .join("|");
  const date = new RegExp(
    `(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})|(\\d{1,2})\\s+(${month})\\b\\.?(?:\\s+(\\d{4}))?`,
    "i",
  );
  const m = text.match(date);
  if (!m || m.index === undefined) return relativeWhen(text, now, lang);
  let year: number;
  let mon: number;
  let day: number;
  if (m[1]) [year, mon, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (m[4]) [day, mon, year] = [Number(m[4]), Number(m[5]), Number(m[6])];
  else {
    day = Number(m[7]);
    mon = MONTHS.findIndex((names) => names.includes((m[8] as string).toLowerCase())) + 1;
    const today = wallTime(now);
    year = m[9] ? Number(m[9]) : today.year;
    if (!m[9] && (mon < today.month || (mon === today.month && day < today.day))) year++;
  }
  const rest = text.slice(m.index + m[0].length);
  const tm = rest.match(/^\s*(?:om|at|,)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:u(?:ur)?\b)?/i);
  if (!tm || (tm[2] === undefined && !/u/i.test(tm[0]))) return { error: msg(lang, "meeting.noTime") };
  const hour = Number(tm[1]);
  const minute = Number(tm[2] ?? 0);
  const check = new Date(Date.UTC(year, mon - 1, day));
  if (
    mon < 1 ||
    mon > 12 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== mon - 1 ||
    hour > 23 ||
    minute > 59
  )
    return { error: msg(lang, "meeting.noSuchDate") };
  return {
    at: fromWallTime({ year, month: mon, day, hour, minute }),
    before: text.slice(0, m.index).trim(),
    after: rest.slice(tm[0].length).trim(),
  };
}
