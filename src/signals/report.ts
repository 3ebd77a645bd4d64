/**
 * What the gemeente sees of the signals: counts by kind, theme, wijk and week, themes that rise
 * above their usual level, and exports for the meeting. Small counts could point to a person:
 * a school with fewer than three signals in the period is shown at wijk level only.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { KIND_LABELS, KINDS, type Signal, THEME_LABELS, weekStart } from "../model/signals.ts";

export const MIN_SCHOOL_COUNT = 3;

export interface Names {
  wijk: Map<string, string>;
  school: Map<string, { name: string; wijk: string | null }>;
  region: Map<string, string>;
}

/** Display names of the regions, wijken and schools signals refer to. */
export function namesOf(knowledge: KnowledgeBase): Names {
  const wijk = new Map<string, string>();
  const school = new Map<string, { name: string; wijk: string | null }>();
  const region = new Map<string, string>();
  for (const r of knowledge.regions) {
    region.set(r.id, r.name);
    for (const w of r.wijken) wijk.set(`${r.id}/${w.id}`, w.name);
    for (const s of r.schools) school.set(`${r.id}/${s.id}`, { name: s.name, wijk: s.wijk ?? null });
  }
  return { wijk, school, region };
}

function count<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Schools with enough signals to be named; the others are shown only through their wijk. */
export function namedSchools(signals: Signal[]): Set<string> {
  return new Set(
    count(
      signals.filter((s) => s.school),
      (s) => `${s.region}/${s.school}`,
    )
      .filter(([, n]) => n >= MIN_SCHOOL_COUNT)
      .map(([k]) => k),
  );
}

const wijkName = (s: Signal, names: Names) =>
  s.wijk ? (names.wijk.get(`${s.region}/${s.wijk}`) ?? s.wijk) : "geen wijk";

/** Themes whose count in the last four weeks is above one and a half times their usual four-week count. */
export function risingThemes(signals: Signal[], now: Date, weeks: number): string[] {
  const recentFrom = now.getTime() - 28 * 86_400_000;
  const blocks = Math.max(1, Math.floor(weeks / 4) - 1);
  const out: string[] = [];
  for (const [theme, total] of count(signals, (s) => s.theme)) {
    const recent = signals.filter(
      (s) => s.theme === theme && weekStart(s.week).getTime() >= recentFrom,
    ).length;
    const usual = (total - recent) / blocks;
    if (recent >= 3 && recent > 1.5 * usual)
      out.push(
        `${THEME_LABELS[theme as keyof typeof THEME_LABELS]} (${recent} in de laatste 4 weken, gewoonlijk ${usual.toFixed(1)})`,
      );
  }
  return out;
}

export function overview(
  signals: Signal[],
  names: Names,
  period: { weeks: number; since: string; now: Date },
): string {
  if (signals.length === 0) return `Geen signalen sinds week ${period.since}.`;
  const named = namedSchools(signals);
  const lines = [`Signalen sinds week ${period.since} (${period.weeks} weken): ${signals.length}.`];
  lines.push(
    `Per soort: ${KINDS.map((k) => `${KIND_LABELS[k].nl.toLowerCase()} ${signals.filter((s) => s.kind === k).length}`).join(", ")}.`,
  );
  lines.push(
    `Per thema: ${count(signals, (s) => THEME_LABELS[s.theme])
      .map(([k, n]) => `${k.toLowerCase()} ${n}`)
      .join(", ")}.`,
  );
  lines.push(
    `Per wijk: ${count(signals, (s) => wijkName(s, names))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}.`,
  );
  const schools = count(
    signals.filter((s) => s.school && named.has(`${s.region}/${s.school}`)),
    (s) => names.school.get(`${s.region}/${s.school}`)?.name ?? String(s.school),
  );
  lines.push(
    schools.length > 0
      ? `Per school (alleen scholen met ${MIN_SCHOOL_COUNT} of meer signalen): ${schools.map(([k, n]) => `${k} ${n}`).join(", ")}.`
      : `Geen school heeft ${MIN_SCHOOL_COUNT} of meer signalen; scholen worden daarom niet apart getoond.`,
  );
  lines.push(
    `Per week: ${count(signals, (s) => s.week)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}.`,
  );
  const rising = risingThemes(signals, period.now, period.weeks);
  lines.push(
    rising.length > 0 ? `Stijgend: ${rising.join("; ")}.` : "Geen thema stijgt boven het gewone niveau.",
  );
  return lines.join("\n");
}

function rows(signals: Signal[], names: Names) {
  const named = namedSchools(signals);
  return [...signals]
    .sort((a, b) => a.week.localeCompare(b.week) || a.theme.localeCompare(b.theme))
    .map((s) => ({
      week: s.week,
      kind: KIND_LABELS[s.kind].nl,
      theme: THEME_LABELS[s.theme],
      region: names.region.get(s.region) ?? s.region,
      wijk: s.wijk ? (names.wijk.get(`${s.region}/${s.wijk}`) ?? s.wijk) : "",
      school:
        s.school && named.has(`${s.region}/${s.school}`)
          ? (names.school.get(`${s.region}/${s.school}`)?.name ?? s.school)
          : "",
      text: s.text,
    }));
}

export function exportMarkdown(signals: Signal[], names: Names, title: string): string {
  const cell = (v: string) => v.replaceAll("|", "\\|").replaceAll("\n", " ");
  const lines = [
    `# ${title}`,
    "",
    `${signals.length} signalen. Scholen met minder dan ${MIN_SCHOOL_COUNT} signalen staan niet apart vermeld.`,
    "",
    "| week | soort | thema | wijk | school | signaal |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows(signals, names))
    lines.push(
      `| ${r.week} | ${r.kind} | ${r.theme} | ${cell(r.wijk)} | ${cell(r.school)} | ${cell(r.text)} |`,
    );
  return lines.join("\n");
}

/**
 * A CSV cell that a spreadsheet will not run as a formula: a cell starting with =, +, -, @,
 * tab or carriage return gets a leading apostrophe (OWASP's advice on CSV injection), since
 * the signal text is typed by anyone who can reach the bot.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function exportCsv(signals: Signal[], names: Names): string {
  const q = csvCell;
  const lines = ["week,soort,thema,regio,wijk,school,signaal"];
  for (const r of rows(signals, names))
    lines.push([r.week, r.kind, r.theme, r.region, r.wijk, r.school, r.text].map(q).join(","));
  return lines.join("\n");
}
