/**
 * What the gemeente does with the anonymous signals: the overview, questions against a code,
 * exports, and the draft for the signaaloverleg agenda. Small counts stay vague (report.ts).
 */

import { msg } from "../core/i18n.ts";
import type { Reply, ReplyButton } from "../core/message.ts";
import { hasRole } from "../core/roster.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { isoWeek } from "../model/signals.ts";
import { redact } from "./pii.ts";
import { exportCsv, exportMarkdown, namesOf, overview } from "./report.ts";

export interface GemeenteDeps {
  ports: Pick<StoragePorts, "signals">;
  knowledge: KnowledgeBase;
}

const privately = (text: string, buttons?: ReplyButton[]): Reply => ({
  text,
  visibility: "ephemeral",
  ...(buttons?.length ? { buttons } : {}),
});

/** /signaal overzicht, vraag and export: the gemeente's view of its region's signals. */
export async function gemeenteCommand(
  deps: GemeenteDeps,
  now: Date,
  what: string,
  rest: string,
  ctx: { person: Person | undefined; region: string | null; lang?: "nl" | "en" },
): Promise<Reply> {
  if (!hasRole(ctx.person, ["gemeente", "admin"])) {
    return privately(msg(ctx.lang, ctx.person ? "signal.gemeenteOnly" : "signal.gemeenteOnlyUnknown"));
  }
  const region = ctx.person?.region ?? ctx.region;
  const signals = await deps.ports.signals.list(region ?? null);
  if (what === "vraag") {
    const m = rest.toUpperCase().match(/^([A-Z2-9]{4}-[A-Z2-9]{4})\s+/);
    const question = m ? rest.slice(m[0].length).trim() : "";
    if (!m || !question) return privately(msg(ctx.lang, "signal.askUsage"));
    const target = signals.find((s) => s.code === m[1]);
    if (!target) return privately(msg(ctx.lang, "signal.unknownCodeRegion", { code: m[1] as string }));
    const clean = redact(question);
    await deps.ports.signals.ask(target.code, {
      week: isoWeek(now),
      question: clean.slice(0, 1000),
    });
    return privately(msg(ctx.lang, "signal.asked", { code: target.code }));
  }
  const weeks =
    Number(rest.match(/(\d+)\s*(w|weken|weeks)/i)?.[1] ?? 0) ||
    Number(rest.match(/(\d+)\s*(m|maanden|months)/i)?.[1] ?? 0) * 4 ||
    12;
  const since = isoWeek(new Date(now.getTime() - weeks * 7 * 86_400_000));
  const inPeriod = signals.filter((s) => s.week >= since);
  const names = namesOf(deps.knowledge);
  if (what === "export") {
    const csv = /csv/i.test(rest);
    return privately(
      csv ? exportCsv(inPeriod, names) : exportMarkdown(inPeriod, names, `Signalen sinds ${since}`),
    );
  }
  return privately(overview(inPeriod, names, { weeks, since, now: now }));
}

/**
 * The signals part of a signaaloverleg agenda: what was logged in the region since the
 * previous meeting (or the last 12 weeks), with the same small-count rule as the overview.
 */
export async function agendaDraft(
  deps: GemeenteDeps,
  now: Date,
  region: string,
  since: Date | null,
): Promise<string> {
  const from = since ?? new Date(now.getTime() - 12 * 7 * 86_400_000);
  const week = isoWeek(from);
  const weeks = Math.max(1, Math.round((now.getTime() - from.getTime()) / (7 * 86_400_000)));
  const inPeriod = await deps.ports.signals.list(region, week);
  return overview(inPeriod, namesOf(deps.knowledge), { weeks, since: week, now: now });
}
