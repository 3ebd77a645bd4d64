/**
 * A meeting named by its own name that only another region's covenant has ("hebben wij ook een
 * signaaloverleg?" in Almere), a wijkplan asked of a covenant without wijkplannen, or an
 * organisation it does not name asked what it does there: the region's covenant does not know
 * it. Said so, with the covenant that does (and the region's own meetings), not answered with
 * whatever else comes near.
 */
import type { RegionKnowledge } from "../../knowledge/schema.ts";
import { ASKER_WORDS, OPENING } from "../asker.ts";
import type { Ctx } from "../context.ts";
import { capitalise, t } from "../format.ts";
import { normalize, tokenize } from "../text.ts";
import type { Answer } from "../types.ts";
import { result } from "./result.ts";
import { nextStep } from "./units.ts";

export function elsewhere(ctx: Ctx): Answer | undefined {
  // (Only a question in one region's chat, or naming one region.)
  const [id] = ctx.q.regions;
  const region = ctx.q.regions.length === 1 ? ctx.kb.kb.regions.find((r) => r.id === id) : undefined;
  if (!region) return undefined;
  return meetingElsewhere(ctx, region) ?? wijkplanElsewhere(ctx, region) ?? partnerElsewhere(ctx, region);
}

/** Before an organisation named as the subject, asking what it does: "wat doet Halt", "rol van
 * Hecht", "what does the GGD do". */
const ASKS_WHAT =
  /\b(?:wat doet|wat doen|rol van|taak van|taken van|welke rol heeft|welke rol speelt|welke rol hebben|what does|what do|role of|tasks of|duties of|what role does|what role do)\s+(?:de |het |the )?$/;
/** ... or whether it takes part, the question opening with it: "is Halt partner", "doet de GGD mee". */
const ASKS_WHETHER = /^(?:(?:is|zit|doet|are|is there)\s+(?:de |het |the |een |a )?)?$/;
/** ... and after it: "Halt ook partner?", "doet de GGD mee", "Halt in ons convenant". */
const ASKS_AFTER =
  /^\s*(?:(?:eigenlijk|hier|here|bij ons|bij jullie|actually|exactly|precies|nou|dan|then|now|have|play|hebben|spelen)(?:\s+(?:eigenlijk|hier|here|actually|precies))?\s*$|(?:have|play|hebben|spelen)\s+(?:in|bij)\s+(?:ons|het|dit|this|our|the)\s+(?:convenant|covenant)\b|(?:ook\s+|also\s+)?(?:een\s+|a\s+)?(?:partner|partij|party|convenantpartner)\b|(?:ook\s+)?mee\b|do\b|doen\b|part of\b|(?:in|bij) (?:ons|het|dit|this|our|the) (?:\p{L}+ )?(?:convenant|covenant)\b|(?:\p{L}+\s+){0,3}(?:in|bij) (?:ons|het|dit|this|our|the) (?:\p{L}+ )?(?:convenant|covenant)\b)/u;

/** ... or what it does when or how often, as the subject of the verb: "hoe vaak geeft Halt
 * voorlichting", "how often does the GGD join the meetings". */
const ASKS_WHEN =
  /^(?:hoe vaak|hoe dikwijls|wanneer|hoe snel|how often|when|how soon|how quickly)\s+\p{L}+\s+(?:de |het |the )?$/u;

/** Each region's covenant words, in which an organisation may be named. */
const covenantWords = new WeakMap<RegionKnowledge, string>();

function wordsOf(region: RegionKnowledge): string {
  let words = covenantWords.get(region);
  if (words === undefined) {
    // The covenant's own words and the facts drawn from them, not the paraphrases of questions.
    const texts = [
      ...region.quotes.map((q) => q.nl),
      ...region.roles.flatMap((r) => [r.nl, r.en]),
      JSON.stringify(region.covenant),
      JSON.stringify(region.overleggen),
    ];
    words = ` ${normalize(texts.join(" "))} `;
    covenantWords.set(region, words);
  }
  return words;
}

/** An organisation the region's covenant does not name, asked what it does there or whether it is
 * a partner, as the subject of the question. */
function partnerElsewhere(ctx: Ctx, region: RegionKnowledge): Answer | undefined {
  const q = ctx.q;
  // (An opening that says who asks is no part of the question: "jgz verpleegkundige hier: wat doet
  // de ggd ...".)
  const head = OPENING.exec(q.text);
  const opening =
    head && (head[1] || ASKER_WORDS.test(head[2] ?? "")) ? tokenize(normalize(head[0])).length : 0;
  const roles = q.matches.filter((m) => m.start >= opening && m.entities.some((e) => e.kind === "role"));
  // Named as the subject: the words around the name ask about it ("hoe halt je dat?" does not).
  const [match] = roles;
  const named = match?.entities.find((e) => e.kind === "role")?.id;
  if (!match || !named) return undefined;
  const before = q.tokens.slice(opening, match.start).join(" ");
  const after = q.tokens.slice(match.end).join(" ");
  const lead = before ? `${before} ` : "";
  // (What it does in a meeting is asked of the meeting's covenant only as the verb's subject.)
  const subject =
    (q.meetings.length === 0 &&
      new Set(roles.flatMap((m) => m.entities.filter((e) => e.kind === "role").map((e) => e.id))).size ===
        1 &&
      ((ASKS_WHAT.test(lead) && (after === "" || ASKS_AFTER.test(` ${after}`))) ||
        (ASKS_WHETHER.test(lead) && ASKS_AFTER.test(` ${after}`)))) ||
    ASKS_WHEN.test(lead);
  if (!subject) return undefined;
  const line = partnerAbsent(ctx, region, named);
  return line ? notHere(ctx, [line]) : undefined;
}

/** That the region's covenant does not name the organisation, and whose does; undefined when it
 * names it anywhere, or a role it has does its work. */
function partnerAbsent(ctx: Ctx, region: RegionKnowledge, named: string): string | undefined {
  const kb = ctx.kb.kb;
  const role = kb.vocabulary.roles.find((r) => r.id === named);
  if (!role || role.kind !== "organisation" || region.roles.some((r) => r.role === role.id)) return undefined;
  // (Where a role the covenant has does its work, that role answers: leerplicht for the RBL.)
  if (role.coveredBy?.some((c) => region.roles.some((r) => r.role === c))) return undefined;
  // (Named anywhere in the covenant's words, it is not unknown there: Almere's covenant sends
  // reports to the Openbaar Ministerie without listing it as a party.)
  const names = [role.nl, ...role.aliases].map(normalize).filter((a) => a.length >= 3);
  if (names.some((a) => wordsOf(region).includes(` ${a} `))) return undefined;
  const holders = kb.regions.filter((r) => r.roles.some((x) => x.role === role.id)).map((r) => r.name);
  if (holders.length === 0) return undefined;
  return t(
    ctx.q.lang,
    `${capitalise(region.covenant.short)} noemt ${role.nl} niet als partner; ${role.nl} staat wel in het convenant van ${holders.join(", ")}.`,
    `The covenant of ${region.name} does not name ${role.en} as a partner; ${role.en} is in the covenant of ${holders.join(", ")}.`,
  );
}

/**
 * "compared to alphen, does almere have kwadraad?", "does leiden have a signaaloverleg like
 * almere?": of the regions asked about, those whose covenant lacks the one organisation or
 * meeting named say so, with whose covenant has it; not answered region by region with other facts.
 */
export function absentIn(ctx: Ctx, spread: readonly string[]): Answer | undefined {
  const q = ctx.q;
  const regions = ctx.kb.kb.regions.filter((r) => spread.includes(r.id));
  const roles = [...new Set(q.roles.map((r) => r.id))];
  const lines = regions
    .map((region) =>
      roles.length === 1 && q.meetings.length === 0
        ? partnerAbsent(ctx, region, roles[0] as string)
        : roles.length === 0
          ? meetingAbsent(ctx, region)?.[0]
          : undefined,
    )
    .filter((l): l is string => l !== undefined);
  return lines.length > 0 && lines.length < regions.length ? notHere(ctx, lines) : undefined;
}

/** "do we have a wijkplan for our stadsdeel?" asked of a covenant with no wijkplannen. */
function wijkplanElsewhere(ctx: Ctx, region: RegionKnowledge): Answer | undefined {
  if (!/\b(?:wijkplan(?:nen)?|district plans?)\b/.test(ctx.q.normalized)) return undefined;
  const holders = ctx.kb.kb.regions.filter((r) => r.wijken.length > 0);
  if (region.wijken.length > 0 || holders.length === 0) return undefined;
  return notHere(ctx, [
    t(
      ctx.q.lang,
      `${capitalise(region.covenant.short)} kent geen wijkplannen; die staan in ${holders.map((h) => h.covenant.short).join(", ")}.`,
      `The covenant of ${region.name} has no district plans (wijkplannen); those are in the covenant of ${holders.map((h) => h.name).join(", ")}.`,
    ),
  ]);
}

function meetingElsewhere(ctx: Ctx, region: RegionKnowledge): Answer | undefined {
  const q = ctx.q;
  if (q.meetings.length === 0) return undefined;
  // (Only a question about the meeting itself: "wat doet de wijkagent in het signaaloverleg?" asks
  // about the role, "camerabeelden in het signaaloverleg?" about cameras.)
  if (q.roles.length > 0 || q.topics.some((t) => t !== "overleg")) return undefined;
  // Only a meeting's own name (`ownName` in vocabulary.yaml), of a kind one covenant alone has:
  // "overleg school en politie" or "werkgroep" describe meetings other covenants hold under other
  // names.
  const lines = meetingAbsent(ctx, region);
  return lines ? notHere(ctx, lines) : undefined;
}

/** That the region's covenant has no meeting of the kind named by its own name, and whose has; and
 * the region's own meetings. */
function meetingAbsent(ctx: Ctx, region: RegionKnowledge): [string, string] | undefined {
  const q = ctx.q;
  const kb = ctx.kb.kb;
  if (q.meetings.some((m) => region.overleggen.some((o) => o.type === m.id))) return undefined;
  const named = q.meetings
    .map((m) => kb.vocabulary.meetingTypes.find((type) => type.id === m.id))
    .find((type) => type?.ownName && ` ${q.normalized} `.includes(` ${type.nl} `));
  const holders = named ? kb.regions.filter((r) => r.overleggen.some((o) => o.type === named.id)) : [];
  const [holder] = holders;
  if (!named || holders.length !== 1 || !holder) return undefined;
  const meetings = region.overleggen.map((o) => o.name).join(", ");
  return [
    t(
      q.lang,
      `${capitalise(region.covenant.short)} kent geen ${named.nl}; dat overleg staat in ${holder.covenant.short} (${holder.name}).`,
      `The covenant of ${region.name} has no ${named.en}; that meeting is in the covenant of ${holder.name}.`,
    ),
    t(
      q.lang,
      `De overleggen in ${region.name}: ${meetings}.`,
      `The meetings in ${region.name}: ${meetings}.`,
    ),
  ];
}

/** Not in this region's covenant: not answered, and whom to ask. */
function notHere(ctx: Ctx, facts: string[]): Answer {
  return {
    ...result(ctx, {
      intent: "unknown",
      answered: false,
      confidence: 0,
      sources: [],
      facts,
      next: nextStep(ctx, ctx.q.regions),
    }),
    unanswered: "not-in-covenants",
  };
}
