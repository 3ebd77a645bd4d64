/** Overleggen: how often, who organises, who takes part, the rules; and the overview per region. */
import type { Overleg, RegionKnowledge } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { list, rhythmText, sourcesOf, t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";
import { unknownAnswer } from "./unknown.ts";

type Aspect = "frequency" | "organiser" | "participants" | "rules" | "purpose" | "when" | "agenda";

const ASPECTS: Array<[Aspect, RegExp]> = [
  [
    "rules",
    /\b(persoonsgegevens|namen|naam|privacy|anoniem|casus|casussen|individu\w*|personal data|names?|anonymous\w*|regels|rules)\b/,
  ],
  [
    "organiser",
    /\b(wie (organiseert|leidt|regelt|plant|roept)|organiseert|organisator|voorzitter|zit .* voor|leidt|regie|who (organi[sz]es|chairs|leads|runs|plans)|organi[sz]er|chair\w*)\b/,
  ],
  [
    "participants",
    /\b(wie (zitten|zit|zijn er|neemt|nemen|komt|komen|schuift|schuiven)|deelnemers|deelnemen|aansluiten|wie .* bij|who (attends|takes part|joins|is in|are in)|participants|attend\w*)\b/,
  ],
  ["agenda", /\b(agenda\w*)\b/],
  ["when", /\b(wanneer|volgende|datum|when|next|date)\b/],
  [
    "frequency",
    /\b(hoe vaak|hoeveel keer|hoeveel|frequentie|ritme|elke|how often|how many|frequency|per jaar|a year)\b/,
  ],
  [
    "purpose",
    /\b(doel|waarvoor|waarover|wat bespreek\w*|wat gebeurt|waar gaat|purpose|what for|about what|what happens|what is .* about|what do they|wat is het)\b/,
  ],
];

function aspectsOf(normalized: string): Aspect[] {
  const found = ASPECTS.filter(([, re]) => re.test(normalized)).map(([a]) => a);
  return found.length > 0 ? found : ["frequency", "organiser"];
}

/** The overleggen the question describes, within its regions and wijken. */
export function findOverleggen(ctx: Ctx): Found[] {
  const { kb, q } = ctx;
  const wijken = new Set([
    ...q.wijken.map((w) => w.id),
    ...q.schools.map((s) => kb.school(s.region as string, s.id)?.wijk).filter((w): w is string => !!w),
  ]);
  return ctx.meetings.find(q.text, q.regions, wijken);
}

export interface Found {
  region: RegionKnowledge;
  overleg: Overleg;
}

function where(ctx: Ctx, f: Found): string {
  const wijk = f.overleg.wijk ? ctx.kb.wijk(f.region.id, f.overleg.wijk)?.name : undefined;
  return wijk ? `${wijk}, ${f.region.name}` : f.region.name;
}

function describe(ctx: Ctx, f: Found, aspects: Aspect[]): string[] {
  const lang = ctx.q.lang;
  const o = f.overleg;
  const head = `${o.name} (${where(ctx, f)})`;
  const parts: string[] = [];
  const order: Aspect[] = [
    ...aspects,
    ...(["frequency", "organiser"] as Aspect[]).filter((a) => !aspects.includes(a)),
  ];
  let rhythmShown = false;
  for (const a of order) {
    if ((a === "frequency" || a === "when") && !rhythmShown) {
      parts.push(rhythmText(o, lang));
      rhythmShown = true;
    } else if (a === "organiser") {
      parts.push(
        o.organiser
          ? `${t(lang, "organisatie/voorzitter", "organised/chaired by")}: ${o.organiser[lang]}`
          : t(lang, "het convenant noemt geen organisator", "the covenant names no organiser"),
      );
    } else if (a === "participants") {
      parts.push(`${t(lang, "deelnemers", "participants")}: ${list(o.participants[lang], lang)}`);
    } else if (a === "purpose") {
      parts.push(`${t(lang, "doel", "purpose")}: ${o.purpose[lang]}`);
    }
  }
  const lines: string[] = [];
  const rules = o.rules ? `${t(lang, "Regels", "Rules")}: ${o.rules[lang].join(" ")}` : "";
  if (rules && aspects[0] === "rules")
    lines.push(`${head}. ${rules}`, `${t(lang, "Verder", "Further")}: ${parts.join("; ")}.`);
  else {
    lines.push(`${head}: ${parts.join("; ")}.`);
    if (rules && aspects.includes("rules")) lines.push(rules);
  }
  if (aspects.includes("when")) {
    lines.push(
      t(
        lang,
        "De concrete data staan niet in het convenant; die plant de organisator. Het convenant legt alleen het ritme vast.",
        "The actual dates are not in the covenant; the organiser plans them. The covenant only sets the rhythm.",
      ),
    );
  }
  if (aspects.some((a) => a === "when" || a === "agenda")) {
    lines.push(
      o.agendaCall
        ? t(
            lang,
            "Agendapunten lever je vooraf aan bij de organisator.",
            "Agenda items are sent to the organiser beforehand.",
          )
        : t(
            lang,
            "Het convenant zegt niet hoe agendapunten worden aangeleverd.",
            "The covenant does not say how agenda items are submitted.",
          ),
    );
  }
  return lines;
}

/** Answers about one meeting type, for the question's regions (and wijk, when named). */
export function answerMeetingType(ctx: Ctx, type: string): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  let found: Found[] = kb.overleggen(type, q.regions);
  const wijkIds = new Set([
    ...q.wijken.map((w) => w.id),
    ...q.schools.map((s) => kb.school(s.region as string, s.id)?.wijk).filter((w): w is string => !!w),
  ]);
  if (wijkIds.size > 0 && found.some((f) => f.overleg.wijk))
    found = found.filter((f) => !f.overleg.wijk || wijkIds.has(f.overleg.wijk));
  if (found.length > 0) return answerOverleggen(ctx, found, kb.meetingLabel(type, lang));
  // The region has no meeting of that name; it may have one that fits the description.
  const described = q.regions.length > 0 ? findOverleggen(ctx) : [];
  if (described.length > 0) return answerOverleggen(ctx, described, described[0]?.overleg.name ?? "");
  const elsewhere = q.regions.length > 0 ? kb.overleggen(type) : [];
  if (elsewhere.length === 0) return unknownAnswer(ctx);
  const names = q.regions.map((r) => kb.region(r).name).join(", ");
  const others = list([...new Set(elsewhere.map((e) => e.region.name))], lang);
  const intro = t(
    lang,
    `Het convenant van ${names} kent geen ${kb.meetingLabel(type, lang)}. Wel in ${others}:`,
    `The ${names} covenant has no ${kb.meetingLabel(type, lang)}. It exists in ${others}:`,
  );
  return answerOverleggen(ctx, elsewhere, kb.meetingLabel(type, lang), intro);
}

/** Answers about these overleggen: in detail for one or two, one line each for more. */
export function answerOverleggen(ctx: Ctx, found: Found[], label: string, intro?: string): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const aspects = aspectsOf(q.normalized);
  const facts: string[] = intro ? [intro] : [];
  const sources: Source[] = [];
  const detailed = found.length <= 2;
  if (!detailed) {
    const perWijk = found.some((f) => f.overleg.wijk);
    facts.push(
      t(
        lang,
        `${capital(label)} - per ${perWijk ? "wijk" : "regio"} verschillend:`,
        `${capital(label)} - it differs per ${perWijk ? "district" : "region"}:`,
      ),
    );
  }
  for (const f of found) {
    const o = f.overleg;
    if (detailed) facts.push(...describe(ctx, f, aspects));
    else
      facts.push(
        `- ${where(ctx, f).split(",")[0]}: ${rhythmText(o, lang)}${o.organiser ? `; ${o.organiser[lang]}` : ""}`,
      );
    sources.push(...sourcesOf(kb, o.refs.slice(0, detailed ? 2 : 1)));
    const w = o.wijk ? kb.wijk(f.region.id, o.wijk) : undefined;
    if (w) sources.push({ covenant: f.region.id, ref: w.ref, title: `Wijkplan ${w.name}` });
  }
  const regions = [...new Set(found.map((f) => f.region.id))];
  const single = regions.length === 1 ? kb.region(regions[0] as string) : undefined;
  return result(ctx, {
    intent: "meeting",
    facts,
    sources,
    next:
      single && aspects.includes("when")
        ? whoToAsk(ctx, single, found.length === 1 ? found[0]?.overleg.wijk : undefined)
        : undefined,
    confidence: detailed ? 0.9 : 0.8,
    regions,
    meetings: found.map((f) => f.overleg.id),
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
