/** Schools and wijken: which wijk a school is in, which schools a wijk or covenant has, a wijkplan. */
import type { RegionKnowledge, School, Wijk } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { list, t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";

function wijkSource(region: RegionKnowledge, wijk: Wijk): Source {
  return { covenant: region.id, ref: wijk.ref, title: `Wijkplan ${wijk.name}` };
}

function schoolListSource(ctx: Ctx, region: RegionKnowledge): Source {
  return {
    covenant: region.id,
    ref: region.id === "zoetermeer" ? "bijlage 1" : t(ctx.q.lang, "ondertekening", "signatures"),
    title: t(ctx.q.lang, "Deelnemende scholen", "Participating schools"),
  };
}

export function answerSchoolWijk(ctx: Ctx, entity: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const region = kb.region(entity.region as string);
  const school = kb.school(region.id, entity.id) as School;
  const typeNote = school.note ? ` ${school.note[lang]}` : "";
  if (region.wijken.length === 0) {
    return result(ctx, {
      intent: "school-wijk",
      facts: [
        t(
          lang,
          `${school.name} valt onder ${region.covenant.short} (${region.name}). Dat convenant werkt niet met wijken of wijkplannen.${typeNote}`,
          `${school.name} falls under ${region.covenant.short} (${region.name}). That covenant does not work with districts or district plans.${typeNote}`,
        ),
      ],
      sources: [schoolListSource(ctx, region)],
      confidence: 0.85,
      regions: [region.id],
    });
  }
  if (!school.wijk) {
    return result(ctx, {
      intent: "school-wijk",
      facts: [
        t(
          lang,
          `${school.name} staat in bijlage 1 van ${region.covenant.short}, maar geen enkel wijkplan (bijlage 4) noemt deze school. Het convenant zegt dus niet in welke wijk zij valt.${typeNote}`,
          `${school.name} is listed in annex 1 of ${region.covenant.short}, but no district plan (annex 4) names it. The covenant therefore does not say which district it belongs to.${typeNote}`,
        ),
      ],
      sources: [
        {
          covenant: region.id,
          ref: "bijlage 1",
          title: t(lang, "Overzicht basisscholen", "List of schools"),
        },
      ],
      next: t(lang, `Vraag het de gemeente ${region.name}.`, `Ask the municipality of ${region.name}.`),
      confidence: 0.9,
      regions: [region.id],
    });
  }
  const wijk = kb.wijk(region.id, school.wijk) as Wijk;
  const others = region.schools.filter((s) => s.wijk === wijk.id && s.id !== school.id).map((s) => s.name);
  const facts = [
    t(
      lang,
      `${school.name} ligt in de wijk ${wijk.name} (${region.name}).`,
      `${school.name} is in the ${wijk.name} district (${region.name}).`,
    ),
  ];
  if (others.length > 0) {
    facts.push(
      t(
        lang,
        `Andere scholen in het wijkplan ${wijk.name}: ${list(others, lang)}.`,
        `Other schools in the ${wijk.name} district plan: ${list(others, lang)}.`,
      ),
    );
  }
  return result(ctx, {
    intent: "school-wijk",
    facts,
    sources: [wijkSource(region, wijk)],
    confidence: 0.95,
    regions: [region.id],
  });
}

export function answerWijkSchools(ctx: Ctx, wijkEntity: Entity | undefined, regionIds: string[]): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  if (wijkEntity) {
    const region = kb.region(wijkEntity.region as string);
    const wijk = kb.wijk(region.id, wijkEntity.id) as Wijk;
    const schools = region.schools.filter((s) => s.wijk === wijk.id).map((s) => s.name);
    return result(ctx, {
      intent: "wijk-schools",
      facts: [
        t(
          lang,
          `Het wijkplan ${wijk.name} (${region.name}) noemt ${schools.length} scholen: ${list(schools, lang)}.`,
          `The ${wijk.name} district plan (${region.name}) names ${schools.length} schools: ${list(schools, lang)}.`,
        ),
      ],
      sources: [wijkSource(region, wijk)],
      confidence: 0.95,
      regions: [region.id],
    });
  }
  const facts: string[] = [];
  const sources: Source[] = [];
  for (const id of regionIds) {
    const region = kb.region(id);
    const names = region.schools.map((s) => s.name);
    const boards = region.boards.map((b) => b.name);
    if (names.length > 0) {
      facts.push(
        t(
          lang,
          `${region.covenant.short} (${region.name}) noemt ${names.length} scholen: ${list(names, lang)}.`,
          `${region.covenant.short} (${region.name}) names ${names.length} schools: ${list(names, lang)}.`,
        ),
      );
    } else {
      facts.push(
        t(
          lang,
          `${region.covenant.short} (${region.name}) noemt geen losse scholen, wel deze besturen: ${list(boards, lang)}.`,
          `${region.covenant.short} (${region.name}) names no individual schools, but these boards: ${list(boards, lang)}.`,
        ),
      );
    }
    sources.push(schoolListSource(ctx, region));
  }
  return result(ctx, { intent: "wijk-schools", facts, sources, confidence: 0.85, regions: regionIds });
}

export function answerWijkInfo(ctx: Ctx, wijkEntity: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const region = kb.region(wijkEntity.region as string);
  const wijk = kb.wijk(region.id, wijkEntity.id) as Wijk;
  const schools = region.schools.filter((s) => s.wijk === wijk.id).map((s) => s.name);
  // Asked for the focus points or the agreements: all of those; otherwise the first few of both.
  const onlyFocus = /\b(focus\w*|aandachtspunt\w*|wat speelt|what is going on|concerns?|zorgen)\b/.test(
    q.normalized,
  );
  const onlyAgreements = !onlyFocus && /\b(afspraken|agreements?|samenwerking\w*)\b/.test(q.normalized);
  // "Wat staat er in het wijkplan?" asks for all of it.
  const both = !onlyFocus && !onlyAgreements && !/\b(wijkplan|district plan|plan)\b/.test(q.normalized);
  const facts = [
    t(lang, `Wijkplan ${wijk.name} (${region.name}).`, `District plan ${wijk.name} (${region.name}).`),
    `${t(lang, "Scholen", "Schools")}: ${list(schools, lang)}.`,
  ];
  if (!onlyFocus) {
    facts.push(
      `${t(lang, "Afspraken", "Agreements")}:`,
      ...wijk.agreements[lang].slice(0, both ? 3 : undefined).map((a) => `- ${a}`),
    );
  }
  if (!onlyAgreements) {
    facts.push(
      `${t(lang, "Focuspunten", "Focus points")}:`,
      ...wijk.focus[lang].slice(0, both ? 3 : undefined).map((f) => `- ${f}`),
    );
  }
  return result(ctx, {
    intent: "wijk-info",
    facts,
    sources: [wijkSource(region, wijk)],
    next: whoToAsk(ctx, region, wijk.id),
    confidence: 0.85,
    regions: [region.id],
  });
}
