/**
 * Checks a year's meeting plan against the rhythm each covenant sets: enough meetings, and
 * for rounds that must fall within a few weeks (Leiden's signaaloverleg: five rounds a year,
 * all schools within one three-week period), no meeting outside its round's window.
 */
import { type Lang, msg } from "../core/i18n.ts";
import type { Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import type { Meeting } from "../model/meetings.ts";
import { formatDay, wallTime } from "./time.ts";

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** How many meetings (or rounds) a year the rhythm asks at least; undefined when it cannot be said per year. */
export function requiredPerYear(o: Overleg): number | undefined {
  const { count, per, adHoc, unspecified } = o.rhythm;
  if (adHoc || unspecified || !count || !per) return undefined;
  if (per.unit === "month") return Math.ceil((count.min * 12) / per.every);
  return per.every === 1 ? count.min : undefined;
}

/** Groups meeting starts into rounds: a round opens with its first meeting and lasts `weeks` weeks. */
export function rounds(starts: number[], weeks: number): number[][] {
  const out: number[][] = [];
  for (const s of [...starts].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && s - (last[0] as number) <= weeks * WEEK) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** Warnings for one overleg's plan in a year (in `lang`, Dutch by default; one line each). */
export function checkOverleg(o: Overleg, meetings: Meeting[], year: number, lang?: Lang): string[] {
  const rhythm = lang === "en" ? o.rhythm.text.en : o.rhythm.text.nl;
  const planned = meetings.filter(
    (m) => m.overleg === o.id && m.status === "planned" && wallTime(m.start).year === year,
  );
  const required = requiredPerYear(o);
  const windowWeeks = o.rhythm.windowWeeks;
  const warnings: string[] = [];
  if (windowWeeks) {
    const r = rounds(
      planned.map((m) => m.start),
      windowWeeks,
    );
    const max = o.rhythm.count?.max;
    if (max !== undefined && r.length > max) {
      // More rounds than the covenant has: the meetings that opened the extra rounds fall
      // outside the window of the round before them.
      for (let i = 1; i < r.length; i++) {
        const first = r[i]?.[0] as number;
        const prev = r[i - 1]?.[0] as number;
        if (first - prev < 2 * windowWeeks * WEEK)
          warnings.push(
            msg(lang, "meeting.outsideRound", {
              meeting: o.name,
              day: formatDay(first, lang),
              weeks: windowWeeks,
              start: formatDay(prev, lang),
            }),
          );
      }
      warnings.push(msg(lang, "meeting.tooManyRounds", { meeting: o.name, rounds: r.length, year, max }));
    }
    if (required !== undefined && r.length < required)
      warnings.push(
        msg(lang, "meeting.fewRounds", { meeting: o.name, rounds: r.length, required, year, rhythm }),
      );
  } else if (required !== undefined && planned.length < required) {
    warnings.push(
      msg(lang, "meeting.fewMeetings", { meeting: o.name, planned: planned.length, required, year, rhythm }),
    );
  }
  return warnings;
}

/** Warnings for a region's whole plan in a year. */
export function checkPlan(region: RegionKnowledge, meetings: Meeting[], year: number, lang?: Lang): string[] {
  return region.overleggen.flatMap((o) => checkOverleg(o, meetings, year, lang));
}
