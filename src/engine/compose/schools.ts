/** Schools and wijken: which wijk a school is in, which schools a wijk or covenant has, a wijkplan. */
import type { RegionKnowledge, School, Wijk } from "../../knowledge/schema.ts";
import { type Ctx, tokensNaming } from "../context.ts";
import type { Entity } from "../entities.ts";
import { capitalise, citation, list, t } from "../format.ts";
import type { Answer, Source } from "../types.ts";
import { result } from "./result.ts";
import { nextStep } from "./units.ts";

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

/** Words that ask a school's type ("wat voor school", "is it an SBO"). */
const SCHOOL_TYPE =
  /\b(type|soort|wat voor|welk soort|kind of|sbo|so|po|vo|vso|speciaal|special|basisschool|primary)\b/;
/** ... of which these ask it in a part of their own ("en wat voor school is het"; not "and so"). */
export const SCHOOL_TYPE_ASKED = /\b(type|soort|wat voor|welk soort|kind of|what kind)\b/;

export function answerSchoolWijk(ctx: Ctx, entity: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const region = kb.region(entity.region as string);
  const school = kb.school(region.id, entity.id) as School;
  const typeNote = school.note ? ` ${school.note[lang]}` : "";
  // "Is de Horizon een SBO-school?" / "what type of school is ...": say the type first.
  // The school's own name ("SO De Musketier") asks no type.
  const named = tokensNaming(q, "school");
  const asked = q.tokens.filter((_, i) => !named.has(i)).join(" ");
  const typeAsked = SCHOOL_TYPE.test(asked);
  const typeFact = typeAsked
    ? `${t(lang, `${school.name} is een school voor ${typeName(school.type, lang)}`, `${school.name} is a ${typeName(school.type, lang)} school`)}${school.alsoTypes ? ` (${t(lang, "deels", "partly")} ${school.alsoTypes.map((x) => typeName(x, lang)).join(", ")})` : ""}.${typeNote}`
    : "";
  const lead = typeFact ? [typeFact] : [];
  // Asked for the wijk itself ("in welke wijk ligt ..."), a covenant that names none for the
  // school leaves the question open; asked where it belongs, the covenant it falls under answers.
  const wijkAsked = /\b(?:wijk|wijken|wijkplan|district|neighbourhood|neighborhood|stadsdeel)\b/.test(asked);
  const noWijk = (fact: string, source: Source, next: string | undefined, confidence: number): Answer => {
    const a = result(ctx, {
      intent: "school-wijk",
      facts: [...lead, fact],
      sources: [source],
      ...(next ? { next } : {}),
      confidence,
      regions: [region.id],
    });
    return wijkAsked && !typeAsked ? { ...a, answered: false, unanswered: "not-in-covenants" } : a;
  };
  if (region.wijken.length === 0)
    return noWijk(
      t(
        lang,
        `${school.name} valt onder ${region.covenant.short} (${region.name}). Dat convenant werkt niet met wijken of wijkplannen.${typeAsked ? "" : typeNote}`,
        `${school.name} falls under ${region.covenant.short} (${region.name}). That covenant does not work with districts or district plans.${typeAsked ? "" : typeNote}`,
      ),
      schoolListSource(ctx, region),
      wijkAsked ? nextStep(ctx, [region.id]) : undefined,
      0.85,
    );
  if (!school.wijk)
    return noWijk(
      t(
        lang,
        `${school.name} staat in bijlage 1 van ${region.covenant.short}, maar geen enkel wijkplan (bijlage 4) noemt deze school. Het convenant zegt dus niet in welke wijk zij valt.${typeAsked ? "" : typeNote}`,
        `${school.name} is listed in annex 1 of ${region.covenant.short}, but no district plan (annex 4) names it. The covenant therefore does not say which district it belongs to.${typeAsked ? "" : typeNote}`,
      ),
      { covenant: region.id, ref: "bijlage 1", title: t(lang, "Overzicht basisscholen", "List of schools") },
      t(lang, `Vraag het de gemeente ${region.name}.`, `Ask the municipality of ${region.name}.`),
      0.9,
    );
  const wijk = kb.wijk(region.id, school.wijk) as Wijk;
  const others = region.schools.filter((s) => s.wijk === wijk.id && s.id !== school.id).map((s) => s.name);
  const facts = [
    ...lead,
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

/**
 * "ikc de watersnip which district n who from police": the school's place, then the other part's
 * answer, asked of that school. An answer that already says the place (a contact looked up for
 * the school) stands alone; a part not answered leaves the place alone.
 */
export function schoolPlaceAnd(ctx: Ctx, entity: Entity, more: Answer): Answer {
  const place = answerSchoolWijk(ctx, entity);
  const [line] = place.answer.split("\n");
  if (!more.answered && more.intent !== "contact") return place;
  if (!line || more.answer.includes(line)) return more;
  const sources = [...place.sources, ...more.sources].filter(
    (s, i, all) => all.findIndex((o) => o.covenant === s.covenant && o.ref === s.ref) === i,
  );
  const cited = citation(ctx.kb, more.sources, ctx.q.lang);
  const text =
    more.sources.length > 0 && more.answer.includes(cited)
      ? more.answer.replace(cited, citation(ctx.kb, sources, ctx.q.lang))
      : more.answer;
  return {
    ...more,
    answer: `${line}\n${text}`,
    sources,
    regions: [...new Set([...place.regions, ...more.regions])],
  };
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
    const types = typesAsked(q.normalized);
    const names = region.schools
      .filter((s) => types.size === 0 || types.has(s.type) || s.alsoTypes?.some((x) => types.has(x)))
      .map((s) => s.name);
    const boards = region.boards.map((b) => b.name);
    const kind =
      types.size > 0
        ? ` ${t(lang, "voor", "for")} ${[...types].map((x) => typeName(x, lang)).join(", ")}`
        : "";
    if (names.length > 0) {
      facts.push(
        t(
          lang,
          `${region.covenant.short} (${region.name}) noemt ${names.length} scholen${kind}: ${list(names, lang)}.`,
          `${region.covenant.short} (${region.name}) names ${names.length} schools${kind}: ${list(names, lang)}.`,
        ),
      );
    } else if (types.size > 0 && region.schools.length > 0) {
      facts.push(
        t(
          lang,
          `${region.covenant.short} (${region.name}) noemt geen scholen${kind}.`,
          `${region.covenant.short} (${region.name}) names no schools${kind}.`,
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

export function answerWijken(ctx: Ctx): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const regions = kb.kb.regions.filter(
    (r) => (q.regions.length === 0 || q.regions.includes(r.id)) && r.wijken.length > 0,
  );
  if (regions.length === 0) {
    const names = q.regions.map((r) => kb.region(r).name).join(", ");
    return result(ctx, {
      intent: "wijk-schools",
      facts: [
        t(
          lang,
          `Het convenant van ${names} werkt niet met wijken of wijkplannen.`,
          `The ${names} covenant does not work with districts or district plans.`,
        ),
      ],
      sources: [],
      confidence: 0.8,
    });
  }
  const facts: string[] = [];
  const sources: Source[] = [];
  for (const region of regions) {
    const items = region.wijken.map(
      (w) => `${w.name} (${region.schools.filter((s) => s.wijk === w.id).length})`,
    );
    facts.push(
      t(
        lang,
        `${capitalise(region.covenant.short)} (${region.name}) heeft ${region.wijken.length} wijkplannen, met het aantal scholen: ${list(items, lang)}.`,
        `${capitalise(region.covenant.short)} (${region.name}) has ${region.wijken.length} district plans, with their number of schools: ${list(items, lang)}.`,
      ),
    );
    sources.push({ covenant: region.id, ref: "bijlage 4", title: t(lang, "Wijkplannen", "District plans") });
  }
  return result(ctx, {
    intent: "wijk-schools",
    facts,
    sources,
    confidence: 0.9,
    regions: regions.map((r) => r.id),
  });
}

const TYPE_NAMES: Record<string, { nl: string; en: string }> = {
  PO: { nl: "primair onderwijs (basisschool)", en: "primary" },
  SBO: { nl: "speciaal basisonderwijs (SBO)", en: "special primary (SBO)" },
  SO: { nl: "speciaal onderwijs (SO)", en: "special education (SO)" },
  VO: { nl: "voortgezet onderwijs", en: "secondary" },
  VSO: { nl: "voortgezet speciaal onderwijs (VSO)", en: "special secondary (VSO)" },
  MBO: { nl: "middelbaar beroepsonderwijs (MBO)", en: "vocational (MBO)" },
  HBO: { nl: "hoger beroepsonderwijs (HBO)", en: "higher vocational (HBO)" },
};

function typeName(type: string, lang: "nl" | "en"): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

/** School types a question restricts a list to ("welke SO-scholen"), if any. */
function typesAsked(normalized: string): Set<string> {
  const out = new Set<string>();
  if (/\b(sbo|speciaal basisonderwijs|special primary)\b/.test(normalized)) out.add("SBO");
  if (/\b(so|speciaal onderwijs|special education|special schools?)\b/.test(normalized)) out.add("SO");
  if (/\b(vso|voortgezet speciaal)\b/.test(normalized)) out.add("VSO");
  if (/\b(mbo|roc|vocational)\b/.test(normalized)) out.add("MBO");
  if (/\b(vo|middelbare|voortgezet onderwijs|secondary)\b/.test(normalized)) out.add("VO");
  return out;
}
