/** Overleggen: how often, who organises, who takes part, the rules; and the overview per region. */
import type { Overleg, RegionKnowledge } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { list, rhythmText, sourcesOf, t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";
import { unknownAnswer } from "./unknown.ts";

type Aspect = "frequency" | "organiser" | "participants" | "rules" | "purpose" | "when";

const ASPECTS: Array<[Aspect, RegExp]> = [
  [
    "organiser",
    /\b(wie (organiseert|leidt|regelt|plant|roept)|organiseert|organisator|voorzitter|zit .* voor|leidt|regie|who (organi[sz]es|chairs|leads|runs|plans)|organi[sz]er|chair)\b/,
  ],
  [
    "participants",
    /\b(wie (zitten|zit|zijn er|neemt|nemen|komt|komen|schuift|schuiven)|deelnemers|deelnemen|aansluiten|wie .* bij|who (attends|takes part|joins|is in|are in)|participants|attend)\b/,
  ],
  [
    "rules",
    /\b(persoonsgegevens|namen|privacy|anoniem|casus|casussen|personal data|names|anonymous|regels|rules)\b/,
  ],
  ["when", /\b(wanneer|volgende|datum|when|next|date)\b/],
  [
    "frequency",
    /\b(hoe vaak|hoeveel keer|hoeveel|frequentie|ritme|elke|how often|how many|frequency|per jaar|a year)\b/,
  ],
  ["purpose", /\b(doel|waarvoor|waarover|wat bespreek|purpose|what for|about what|agenda)\b/],
];

function aspectsOf(normalized: string): Aspect[] {
  const found = ASPECTS.filter(([, re]) => re.test(normalized)).map(([a]) => a);
  return found.length > 0 ? found : ["frequency", "organiser"];
}

function describe(ctx: Ctx, region: RegionKnowledge, o: Overleg, aspects: Aspect[]): string[] {
  const lang = ctx.q.lang;
  const where = o.wijk ? `${ctx.kb.wijk(region.id, o.wijk)?.name}, ${region.name}` : region.name;
  const lines: string[] = [];
  const head = `${o.name} (${where})`;
  const parts: string[] = [];
  const order: Aspect[] = [
    ...aspects,
    ...(["frequency", "organiser"] as Aspect[]).filter((a) => !aspects.includes(a)),
  ];
  for (const a of order) {
    if (a === "frequency" || a === "when") {
      if (!parts.some((p) => p.startsWith("@f"))) parts.push(`@f${rhythmText(o, lang)}`);
    } else if (a === "organiser") {
      parts.push(
        o.organiser
          ? `${t(lang, "organisatie/voorzitter", "organised/chaired by")}: ${o.organiser}`
          : t(lang, "het convenant noemt geen organisator", "the covenant names no organiser"),
      );
    } else if (a === "participants") {
      parts.push(`${t(lang, "deelnemers", "participants")}: ${list(o.participants, lang)}`);
    } else if (a === "purpose") {
      parts.push(`${t(lang, "doel", "purpose")}: ${o.purpose[lang]}`);
    }
  }
  const rules = o.rules ? `${t(lang, "Regels", "Rules")}: ${o.rules[lang].join(" ")}` : "";
  if (rules && aspects[0] === "rules") lines.push(`${head}. ${rules}`);
  lines.push(
    `${aspects[0] === "rules" && rules ? `${t(lang, "Verder", "Further")}: ` : `${head}: `}${parts.map((p) => p.replace(/^@f/, "")).join("; ")}.`,
  );
  if (rules && aspects[0] !== "rules" && aspects.includes("rules")) lines.push(rules);
  if (aspects.includes("when")) {
    lines.push(
      t(
        lang,
        "De concrete data staan niet in het convenant; die plant de organisator. Het convenant legt alleen het ritme vast.",
        "The actual dates are not in the covenant; the organiser plans them. The covenant only sets the rhythm.",
      ),
    );
  }
  if (o.agendaCall && aspects.some((a) => a === "when" || a === "purpose")) {
    lines.push(t(lang, "Agendapunten lever je vooraf aan.", "Agenda items are submitted beforehand."));
  }
  return lines;
}

export function answerMeeting(ctx: Ctx, meeting: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const aspects = aspectsOf(q.normalized);
  const wijkIds = new Set([
    ...q.wijken.map((w) => w.id),
    ...q.schools.map((s) => kb.school(s.region as string, s.id)?.wijk).filter((w): w is string => !!w),
  ]);
  let found = kb.overleggen(meeting.id, q.regions);
  if (wijkIds.size > 0 && found.some((f) => f.overleg.wijk))
    found = found.filter((f) => !f.overleg.wijk || wijkIds.has(f.overleg.wijk));
  const elsewhere = found.length === 0 && q.regions.length > 0 ? kb.overleggen(meeting.id) : [];
  if (found.length === 0 && elsewhere.length === 0) return unknownAnswer(ctx);

  const facts: string[] = [];
  if (found.length === 0) {
    const names = q.regions.map((r) => kb.region(r).name).join(", ");
    facts.push(
      t(
        lang,
        `Het convenant van ${names} kent geen ${kb.meetingLabel(meeting.id, lang)}. Wel in ${list([...new Set(elsewhere.map((e) => e.region.name))], lang)}:`,
        `The ${names} covenant has no ${kb.meetingLabel(meeting.id, lang)}. It exists in ${list([...new Set(elsewhere.map((e) => e.region.name))], lang)}:`,
      ),
    );
    found = elsewhere;
  }
  const sources: Source[] = [];
  const detailed = found.length <= 2;
  for (const { region, overleg } of found) {
    if (detailed) facts.push(...describe(ctx, region, overleg, aspects));
    else {
      const where = overleg.wijk ? kb.wijk(region.id, overleg.wijk)?.name : region.name;
      facts.push(
        `- ${where}: ${rhythmText(overleg, lang)}${overleg.organiser ? `; ${overleg.organiser}` : ""}`,
      );
    }
    sources.push(...sourcesOf(kb, overleg.refs.slice(0, detailed ? 2 : 1)));
    if (overleg.wijk) {
      const w = kb.wijk(region.id, overleg.wijk);
      if (w) sources.push({ covenant: region.id, ref: w.ref, title: `Wijkplan ${w.name}` });
    }
  }
  if (!detailed) {
    facts.unshift(
      t(
        lang,
        `${capital(kb.meetingLabel(meeting.id, lang))} - per ${found.some((f) => f.overleg.wijk) ? "wijk" : "regio"} verschillend:`,
        `${capital(kb.meetingLabel(meeting.id, lang))} - it differs per ${found.some((f) => f.overleg.wijk) ? "district" : "region"}:`,
      ),
    );
  }
  const regions = [...new Set(found.map((f) => f.region.id))];
  const single = regions.length === 1 ? kb.region(regions[0] as string) : undefined;
  const wijk = found.length === 1 ? found[0]?.overleg.wijk : undefined;
  return result(ctx, {
    intent: "meeting",
    facts,
    sources,
    next: single && aspects.includes("when") ? whoToAsk(ctx, single, wijk) : undefined,
    confidence: found.length <= 2 ? 0.92 : 0.8,
    regions,
  });
}

export function answerMeetingsOverview(ctx: Ctx): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const regionIds = q.regions.length > 0 ? q.regions : kb.kb.regions.map((r) => r.id);
  const facts: string[] = [];
  const sources: Source[] = [];
  for (const id of regionIds) {
    const region = kb.region(id);
    const general = region.overleggen.filter((o) => !o.wijk);
    const perWijk = region.overleggen.filter((o) => o.wijk);
    facts.push(`${region.name}:`);
    for (const o of general) facts.push(`- ${o.name}: ${rhythmText(o, lang)}`);
    if (perWijk.length > 0) {
      facts.push(
        t(
          lang,
          `- per wijk een overleg met de scholen (${perWijk.length} wijkplannen noemen er een; ritme per wijk verschillend)`,
          `- a meeting with the schools per district (${perWijk.length} district plans name one; rhythm differs per district)`,
        ),
      );
    }
    for (const o of general) sources.push(...sourcesOf(kb, o.refs.slice(0, 1)));
  }
  return result(ctx, {
    intent: "meetings-overview",
    facts,
    sources,
    confidence: regionIds.length === 1 ? 0.9 : 0.75,
    regions: regionIds,
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
