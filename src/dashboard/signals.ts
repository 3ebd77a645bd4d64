/**
 * Signalen: the region's anonymous signals as charts per week by theme and by kind, with the
 * same numbers as tables (for screen readers and print), per wijk, and per school only for
 * schools with enough signals not to point at anyone (the small-count rule of the overview).
 * Exports as CSV and Markdown. Nothing here says who logged a signal: the store does not know.
 *
 * The charts are drawn by Chart.js in the browser from numbers the page carries as JSON; the
 * page works and says everything without them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Route } from "../kernel/http.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { StoragePorts } from "../model/ports.ts";
import {
  isoWeek,
  KIND_LABELS,
  KINDS,
  type Signal,
  THEME_LABELS,
  THEMES,
  weekStart,
} from "../model/signals.ts";
import {
  exportCsv,
  exportMarkdown,
  MIN_SCHOOL_COUNT,
  namedSchools,
  namesOf,
  risingThemes,
} from "../signals/report.ts";
import { esc, type Shell, table, WRITERS } from "./shell.ts";

export interface SignalsPageDeps {
  ports: Pick<StoragePorts, "signals">;
  knowledge: KnowledgeBase;
  now: () => number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const PERIODS = [13, 26, 52];
/** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito, then greys). */
const COLOURS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
  "#999999",
  "#6A3D9A",
  "#B15928",
];

const chartJs = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.min.js"),
);
const drawJs = readFileSync(join(import.meta.dirname, "charts.js"));

/** JSON inside a <script type="application/json">: nothing in it can close the element. */
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function signalsRoutes(shell: Shell, deps: SignalsPageDeps): Route[] {
  const { ports, now } = deps;
  const names = namesOf(deps.knowledge);

  const period = (url: string | undefined) => {
    const asked = Number(new URL(url ?? "/", "http://x").searchParams.get("weken"));
    const weeks = PERIODS.includes(asked) ? asked : 26;
    const since = isoWeek(new Date(now() - (weeks - 1) * WEEK_MS));
    return { weeks, since };
  };
  const inPeriod = async (region: string, since: string) =>
    (await ports.signals.list(region)).filter((s) => s.week >= since);

  const chart = (id: string, title: string, labels: string[], series: Array<[string, number[]]>) => {
    const data = {
      labels,
      datasets: series.map(([label, data], i) => ({
        label,
        data,
        backgroundColor: COLOURS[i % COLOURS.length],
      })),
    };
    const rows = labels.map((w, i) => [esc(w), ...series.map(([, d]) => String(d[i] ?? 0))]);
    return `<section aria-labelledby="${id}-h"><h3 id="${id}-h">${esc(title)}</h3>
<div class="chart"><canvas data-chart="${id}" role="img" aria-label="${esc(title)}, staafdiagram; de cijfers staan in de tabel eronder"></canvas></div>
<script type="application/json" id="${id}">${embed(data)}</script>
<details><summary>Als tabel</summary>${table("numbers", ["Week", ...series.map(([l]) => l)], rows)}</details></section>`;
  };

  return [
    {
      method: "GET",
      path: "/beheer/static/chart.umd.min.js",
      handle: (_req, res) => {
        res.writeHead(200, {
          "content-type": "text/javascript; charset=utf-8",
          "cache-control": "public, max-age=86400",
        });
        res.end(chartJs);
      },
    },
    {
      method: "GET",
      path: "/beheer/static/charts.js",
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
        res.end(drawJs);
      },
    },
    {
      method: "GET",
      path: "/beheer/signalen",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res, WRITERS);
        if (!ctx) return;
        const { region } = ctx;
        const { weeks, since } = period(req.url);
        const signals = await inPeriod(region.id, since);
        const labels: string[] = [];
        for (let t = weekStart(since).getTime(); labels.length < weeks; t += WEEK_MS)
          labels.push(isoWeek(new Date(t)));
        const perWeek = (match: (s: Signal) => boolean) =>
          labels.map((w) => signals.filter((s) => s.week === w && match(s)).length);
        const themes = THEMES.filter((t) => signals.some((s) => s.theme === t));
        const named = namedSchools(signals);
        const wijkName = (s: Signal) =>
          s.wijk ? (names.wijk.get(`${s.region}/${s.wijk}`) ?? s.wijk) : "geen wijk";
        const schools = countBy(
          signals.filter((s) => s.school && named.has(`${s.region}/${s.school}`)),
          (s) => names.school.get(`${s.region}/${s.school}`)?.name ?? String(s.school),
        );
        const rising = risingThemes(signals, new Date(now()), weeks);
        const choose = PERIODS.map((w) =>
          w === weeks
            ? `<strong aria-current="page">${w} weken</strong>`
            : `<a href="/beheer/signalen?weken=${w}">${w} weken</a>`,
        ).join(" · ");
        const body =
          signals.length === 0
            ? `<p>Periode: ${choose}</p><section><p class="muted">Geen signalen sinds week ${esc(since)}.</p></section>`
            : `<p>Periode: ${choose}. <a href="/beheer/signalen.csv?weken=${weeks}" download>Exporteer als CSV</a> · <a href="/beheer/signalen.md?weken=${weeks}" download>als Markdown</a> (voor het signaaloverleg)</p>
<p class="muted">${signals.length} signalen sinds week ${esc(since)}. Wie een signaal meldde wordt niet bewaard. Scholen met minder dan ${MIN_SCHOOL_COUNT} signalen staan alleen in hun wijk.</p>
${rising.length > 0 ? `<p class="warn">Stijgend: ${esc(rising.join("; "))}.</p>` : `<p class="ok">Geen thema stijgt boven het gewone niveau.</p>`}
${chart(
  "per-thema",
  "Signalen per week, per thema",
  labels,
  themes.map((t) => [THEME_LABELS[t], perWeek((s) => s.theme === t)]),
)}
${chart(
  "per-soort",
  "Signalen per week, per soort",
  labels,
  KINDS.map((k) => [KIND_LABELS[k].nl, perWeek((s) => s.kind === k)]),
)}
<section aria-labelledby="waar"><h3 id="waar">Waar</h3>
${table(
  "",
  ["Wijk", "Signalen"],
  countBy(signals, wijkName).map(([k, n]) => [esc(k), String(n)]),
)}
${
  schools.length > 0
    ? table(
        "",
        [`School (${MIN_SCHOOL_COUNT} of meer signalen)`, "Signalen"],
        schools.map(([k, n]) => [esc(k), String(n)]),
      )
    : `<p class="muted">Geen school heeft ${MIN_SCHOOL_COUNT} of meer signalen; scholen worden daarom niet apart getoond.</p>`
}</section>`;
        shell.page(res, 200, "Signalen", body, {
          ctx,
          path: "/beheer/signalen",
          scripts: signals.length > 0 ? ["/beheer/static/chart.umd.min.js", "/beheer/static/charts.js"] : [],
        });
      },
    },
    ...(["csv", "md"] as const).map(
      (kind): Route => ({
        method: "GET",
        path: `/beheer/signalen.${kind}`,
        handle: async (req, res) => {
          const ctx = await shell.signedIn(req, res, WRITERS);
          if (!ctx) return;
          const { since } = period(req.url);
          const signals = await inPeriod(ctx.region.id, since);
          const body =
            kind === "csv"
              ? exportCsv(signals, names)
              : exportMarkdown(signals, names, `Signalen ${ctx.region.name} sinds week ${since}`);
          res.writeHead(200, {
            "content-type": kind === "csv" ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8",
            "content-disposition": `attachment; filename="signalen-${ctx.region.id}-${since}.${kind}"`,
            "cache-control": "no-store",
          });
          res.end(body);
        },
      }),
    ),
  ];
}
