/**
 * One line per place: "in welke wijken ...?" answered wijk by wijk, and a question without a
 * region answered region by region when the covenants differ.
 */
import { absentIn } from "./compose/elsewhere.ts";
import type { Ctx, Query } from "./context.ts";
import { CLEAR, decide, LOW } from "./decide.ts";
import type { Ranked, RankResult } from "./rank.ts";
import { asksWhichWijken, regionsOf } from "./reading.ts";
import type { Answer } from "./types.ts";
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

/**
 * An organisation or question spanning two regions: each region answers for itself with its best
 * fact; where not every region answers, each one's closest fact is offered back (one region's
 * answer is no answer to a question about two); a region whose covenant lacks what is named says so.
 */
export function regionByRegion(
  ctx: Ctx,
  q: Query,
  rank: (region: string) => RankResult,
):
  | { kind: "answer"; picked: Array<{ unit: Unit; label: string }> }
  | { kind: "ask"; closest: Ranked[] }
  | { kind: "absent"; answer: Answer }
  | undefined {
  const spread = regionsOf(q);
  if (spread.length < 2) return undefined;
  const absent = absentIn(ctx, spread);
  if (absent) return { kind: "absent", answer: absent };
  const picked: Array<{ unit: Unit; label: string }> = [];
  const closest: Ranked[] = [];
  let near = 0;
  for (const region of spread) {
    const d = decide(q, rank(region), [region], false);
    if (d.kind === "answer")
      for (const p of d.picked.slice(0, 1)) picked.push({ unit: p.unit, label: ctx.kb.region(region).name });
    const best = d.kind === "answer" ? d.picked[0] : d.kind === "ask" ? d.options[0] : d.closest;
    if (best && best.score >= LOW) {
      near++;
      // (The same general guidance nearest in each region is offered once.)
      if (!closest.some((c) => c.unit === best.unit)) closest.push(best);
    }
  }
  // (An organisation one of the regions lacks is answered in each by a fact about it: "compared to
  // alphen, does almere have halt" is not answered by Almere's line on other organisations.)
  const [role] = q.roles.length === 1 ? q.roles : [];
  const missing =
    role && ctx.kb.kb.regions.some((r) => spread.includes(r.id) && !r.roles.some((x) => x.role === role.id));
  if (
    picked.length === spread.length &&
    (!missing || picked.every((p) => p.unit.about.includes(`role:${role.id}`)))
  )
    return { kind: "answer", picked };
  return near >= 2 ? { kind: "ask", closest } : undefined;
}
