/**
 * The parts of a question that ask attributes of one meeting: whether a part's closest unit
 * leaves the rest behind, and the attributes of one meeting that each part comes close to.
 */
import type { Query } from "./context.ts";
import { CLEAR_LEAD } from "./decide.ts";
import type { Ranked, RankResult } from "./rank.ts";
import { attributeOf, type Unit } from "./unit.ts";

/** The unit leaves every other fact of the ranking far behind. */
export function leadsClearly(res: RankResult, top: Ranked): boolean {
  const next = res.ranked.find((r) => r.unit !== top.unit);
  return !next || top.score >= CLEAR_LEAD * next.score;
}

/**
 * "... how often those get-togethers happen and what gets discussed?": for each part, the
 * attribute of one and the same meeting it comes close to; none when that is not so.
 * Only a meeting the question names (one, "how often do we meet and who chairs?" names none of
 * Zoetermeer's many), or one of the wijk it names; only what a meeting is (how often, who leads,
 * who takes part, what for), not its rules; and only when the text ends with its question, not
 * with what the asker means to do with it ("...? wil het ff in mn agenda zetten").
 */
export function attributesOfOneMeeting(q: Query, near: ReadonlyArray<{ units: readonly Ranked[] }>): Unit[] {
  if (q.meetings.length > 1 || !/\?\s*$/.test(q.text)) return [];
  const ofWijk = (u: Unit) => u.about.some((a) => q.wijken.some((w) => a === `wijk:${w.id}`));
  const named = (u: Unit) =>
    ofWijk(u) ||
    (u.about.some((a) => q.meetings.some((m) => a === `meeting:${m.id}`)) &&
      u.about.every((a) => !a.startsWith("wijk:") || q.wijken.some((w) => a === `wijk:${w.id}`)));
  const per = near.map(({ units }) =>
    units.filter(
      (r) =>
        attributeOf(r.unit) &&
        named(r.unit) &&
        /#(?:frequency|organiser|participants|purpose)$/.test(r.unit.id),
    ),
  );
  const meeting = per[0]
    ?.map((r) => attributeOf(r.unit))
    .find((m) => per.every((units) => units.some((r) => attributeOf(r.unit) === m)));
  const chosen = per.map((units) => units.find((r) => attributeOf(r.unit) === meeting)?.unit);
  return meeting && new Set(chosen).size === chosen.length ? chosen.filter((u): u is Unit => !!u) : [];
}
