/**
 * One line per place: "in welke wijken ...?" answered wijk by wijk, and a question without a
 * region answered region by region when the covenants differ.
 */
import type { Ctx, Query } from "./context.ts";
import { CLEAR, LOW } from "./decide.ts";
import type { RankResult } from "./rank.ts";
import { asksWhichWijken } from "./reading.ts";
import type { Unit } from "./unit.ts";

/** For "in welke wijken ...?": the wijken whose best unit scores this share of the top one. */
const PER_WIJK = 0.75;
/** Without a region, the regions whose best unit scores this share of the top answer each. */
const PER_REGION = 0.8;

/**
 * A question which wijken something holds for, no wijk named: each wijk's best unit among
 * those close to the top, when two or more wijken come close.
 */
export function perWijk(
  ctx: Ctx,
  q: Query,
  res: RankResult,
): Array<{ unit: Unit; label: string }> | undefined {
  const [top] = res.ranked;
  if (!asksWhichWijken(q.normalized) || q.wijken.length > 0 || !top || top.score < CLEAR) return undefined;
  const best = new Map<string, Unit>();
  for (const r of res.ranked) {
    if (r.score < PER_WIJK * top.score || r.score < LOW) break;
    const wijk = r.unit.about.find((a) => a.startsWith("wijk:"))?.slice(5);
    if (wijk && r.unit.region && !best.has(`${r.unit.region}/${wijk}`))
      best.set(`${r.unit.region}/${wijk}`, r.unit);
  }
  if (best.size < 2) return undefined;
  return [...best].slice(0, 5).map(([key, unit]) => {
    const [region = "", wijk = ""] = key.split("/");
    return { unit, label: ctx.kb.wijk(region, wijk)?.name ?? wijk };
  });
}

/**
 * No region known and the best units come from two or more covenants: each region's best
 * unit, one line each (the same question has a different answer per covenant).
 */
export function perRegion(q: Query, res: RankResult): Array<{ unit: Unit; label: string }> | undefined {
  const [top] = res.ranked;
  if (q.regions.length > 0 || !top || top.unit.region === null) return undefined;
  const close = res.ranked.filter((r) => r.score >= PER_REGION * top.score);
  const regions = [...new Set(close.map((r) => r.unit.region))];
  if (regions.length < 2 || regions.includes(null)) return undefined;
  const best = new Map<string, Unit>();
  for (const r of close) if (r.unit.region && !best.has(r.unit.region)) best.set(r.unit.region, r.unit);
  return [...best].map(([region, unit]) => ({ unit, label: region }));
}
