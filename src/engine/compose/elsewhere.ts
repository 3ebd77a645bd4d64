/**
 * A meeting named by its own name that only another region's covenant has ("hebben wij ook een
 * signaaloverleg?" in Almere), or a wijkplan asked of a covenant without wijkplannen: the region's
 * covenant does not know it. Said so, with the covenant that does (and the region's own meetings),
 * not answered with whatever else comes near.
 */
import type { Ctx } from "../context.ts";
import { t } from "../format.ts";
import type { Answer } from "../types.ts";
import { result } from "./result.ts";
import { nextStep } from "./units.ts";

export function elsewhere(ctx: Ctx): Answer | undefined {
  return meetingElsewhere(ctx) ?? wijkplanElsewhere(ctx);
}

/** "do we have a wijkplan for our stadsdeel?" asked of a covenant with no wijkplannen. */
function wijkplanElsewhere(ctx: Ctx): Answer | undefined {
  const q = ctx.q;
  const [id] = q.regions;
  if (q.regions.length !== 1 || !id || !/\b(?:wijkplan(?:nen)?|district plans?)\b/.test(q.normalized))
    return undefined;
  const kb = ctx.kb.kb;
  const region = kb.regions.find((r) => r.id === id);
  const holders = kb.regions.filter((r) => r.wijken.length > 0);
  if (!region || region.wijken.length > 0 || holders.length === 0) return undefined;
  const lang = q.lang;
  const names = holders.map((h) => h.covenant.short).join(", ");
  return {
    ...result(ctx, {
      intent: "unknown",
      answered: false,
      confidence: 0,
      sources: [],
      facts: [
        t(
          lang,
          `${capital(region.covenant.short)} kent geen wijkplannen; die staan in ${names}.`,
          `The covenant of ${region.name} has no district plans (wijkplannen); those are in the covenant of ${holders.map((h) => h.name).join(", ")}.`,
        ),
      ],
      next: nextStep(ctx, q.regions),
    }),
    unanswered: "not-in-covenants",
  };
}

function meetingElsewhere(ctx: Ctx): Answer | undefined {
  const q = ctx.q;
  const [id] = q.regions;
  if (q.regions.length !== 1 || !id || q.meetings.length === 0) return undefined;
  // (Only a question about the meeting itself: "wat doet de wijkagent in het signaaloverleg?" asks
  // about the role, "camerabeelden in het signaaloverleg?" about cameras.)
  if (q.roles.length > 0 || q.topics.some((t) => t !== "overleg")) return undefined;
  const kb = ctx.kb.kb;
  const region = kb.regions.find((r) => r.id === id);
  if (!region) return undefined;
  const own = new Set(region.overleggen.map((o) => o.type));
  if (q.meetings.some((m) => own.has(m.id))) return undefined;
  // Only a meeting's own name (`ownName` in vocabulary.yaml), of a kind one covenant alone has:
  // "overleg school en politie" or "werkgroep" describe meetings other covenants hold under other
  // names.
  const named = q.meetings
    .map((m) => kb.vocabulary.meetingTypes.find((type) => type.id === m.id))
    .find((type) => type?.ownName && ` ${q.normalized} `.includes(` ${type.nl} `));
  const holders = named ? kb.regions.filter((r) => r.overleggen.some((o) => o.type === named.id)) : [];
  const [holder] = holders;
  if (!named || holders.length !== 1 || !holder) return undefined;
  const lang = q.lang;
  const meetings = region.overleggen.map((o) => o.name).join(", ");
  return {
    ...result(ctx, {
      intent: "unknown",
      answered: false,
      confidence: 0,
      sources: [],
      facts: [
        t(
          lang,
          `${capital(region.covenant.short)} kent geen ${named.nl}; dat overleg staat in ${holder.covenant.short} (${holder.name}).`,
          `The covenant of ${region.name} has no ${named.en}; that meeting is in the covenant of ${holder.name}.`,
        ),
        t(
          lang,
          `De overleggen in ${region.name}: ${meetings}.`,
          `The meetings in ${region.name}: ${meetings}.`,
        ),
      ],
      next: nextStep(ctx, q.regions),
    }),
    unanswered: "not-in-covenants",
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
