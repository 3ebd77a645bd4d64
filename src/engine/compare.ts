/**
 * "Is dat een incident, een trend of een ontwikkeling?", "het verschil tussen preventie en een
 * incident": terms a covenant defines, named side by side. The answer is each term's definition,
 * so the asker can place the case; no single definition answers such a question.
 */
import type { Query } from "./context.ts";
import { normalize, STOPWORDS, stems, tokenize } from "./text.ts";
import type { Unit } from "./unit.ts";

/** A comma, as a word of its own (normalising drops punctuation). */
const COMMA = "xkommax";
/** Words that may stand between two terms of a list ("een incident, de trend of ..."). */
const ARTICLES = new Set(["een", "de", "het", "a", "an", "the"]);
/** Joins two terms as alternatives. */
const OR = new Set(["of", "or", "vs", "versus"]);
/** Joins two terms only when the question asks for a difference ("verschil tussen A en B"). */
const AND = new Set(["en", "and"]);
const DIFFERENCE = /\b(verschil|verschillen|onderscheid|difference|differences|distinguish)\b/;

interface Term {
  unit: Unit;
  /** Stems of each of the term's words. */
  words: ReadonlyArray<readonly string[]>;
}

export class DefinedTerms {
  private readonly terms: Term[];

  constructor(units: readonly Unit[]) {
    this.terms = units
      .filter((u) => u.kind === "definition")
      .map((unit) => ({
        unit,
        words: unit.title
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .map((w) => stems(w)),
      }));
  }

  /**
   * The definitions a question names as alternatives, in its order, from the one region that
   * defines all of them (the region asked, or the only one); empty when there are fewer than two.
   */
  compared(text: string, regions: readonly string[]): Unit[] {
    // Commas are kept as a word of their own: "een incident, een trend" lists, "het overleg een incident" does not.
    const tokens = tokenize(normalize(text.replace(/,/g, ` ${COMMA} `)));
    const and = DIFFERENCE.test(tokens.join(" "));
    const own = tokens.map((w) => stems(w));
    const byRegion = new Map<string, Array<{ unit: Unit; start: number; end: number }>>();
    for (const term of this.terms) {
      const region = term.unit.region ?? "";
      if (regions.length > 0 && !regions.includes(region)) continue;
      const at = find(own, term.words);
      if (at < 0) continue;
      const list = byRegion.get(region) ?? [];
      list.push({ unit: term.unit, start: at, end: at + term.words.length });
      byRegion.set(region, list);
    }
    const found: Unit[][] = [];
    for (const spans of byRegion.values()) {
      // A longer term holds a shorter one ("incidenteel overleg", "incident"): the longer counts.
      const kept = spans.filter(
        (s) =>
          !spans.some(
            (o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
          ),
      );
      kept.sort((a, b) => a.start - b.start);
      // The longest run of terms joined as alternatives.
      let run = kept.slice(0, 1);
      let best: typeof kept = [];
      for (let i = 1; i < kept.length; i++) {
        const prev = kept[i - 1] as (typeof kept)[number];
        const cur = kept[i] as (typeof kept)[number];
        if (joined(tokens.slice(prev.end, cur.start), and)) run.push(cur);
        else run = [cur];
        if (run.length > best.length) best = [...run];
      }
      if (best.length >= 2) found.push(best.map((s) => s.unit));
    }
    return found.length === 1 ? (found[0] as Unit[]) : [];
  }
}

/** Where the term's words stand in the question (the stems of each word), one after another; -1 when they do not. */
function find(tokens: ReadonlyArray<readonly string[]>, words: ReadonlyArray<readonly string[]>): number {
  if (words.length === 0) return -1;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let all = true;
    for (let k = 0; k < words.length && all; k++) {
      const own = tokens[i + k] as readonly string[];
      all = (words[k] as readonly string[]).some((s) => own.includes(s));
    }
    if (all) return i;
  }
  return -1;
}

/** Whether the words between two terms join them as alternatives: a comma, "of", "en" for a difference. */
function joined(between: readonly string[], and: boolean): boolean {
  const rest = between.filter((w) => !ARTICLES.has(w));
  const [only] = rest;
  return (
    rest.length === 1 && only !== undefined && (only === COMMA || OR.has(only) || (and && AND.has(only)))
  );
}

/** Asks whether two roles are one, beside asking how they differ (DIFFERENCE): "is the
 * schoolagent the same as a jongerenwerker", "wijkagent vs schoolagent". */
const SAME = /\b(?:vs|versus|hetzelfde als|dezelfde als|zelfde als|(?:the )?same as)\b/;

/** Words of setting side by side, beside the roles named. */
const COMPARING = new Set(
  "verschil verschillen onderscheid difference differences distinguish vs versus hetzelfde dezelfde zelfde same tussen between whats".split(
    " ",
  ),
);

/** The roles a question sets side by side, each by its summary in the one region asked; empty
 * when it names fewer than two that the region's covenant has, or asks about more than the roles
 * ("het verschil tussen de maatregelen van school en die van de politie"). */
export function comparedRoles(
  q: Query,
  byId: ReadonlyMap<string, Unit>,
  fillers: ReadonlySet<string>,
  answered: boolean,
): Unit[] {
  const [region] = q.regions;
  const difference = DIFFERENCE.test(q.normalized);
  if (q.regions.length !== 1 || !(difference || SAME.test(q.normalized))) return [];
  // "Is X the same as Y?" that one fact answers clearly is answered by it ("Yes: ..."); a
  // difference asked is said by both roles.
  if (answered && !difference) return [];
  // (Roles of a meeting, a school or a wijk are asked about there: "... bij het signaaloverleg".)
  if (q.matches.some((m) => m.entities.some((e) => e.kind !== "role" && e.kind !== "region"))) return [];
  const named = new Set<number>();
  for (const m of q.matches) for (let i = m.start; i < m.end; i++) named.add(i);
  const more = q.tokens.some(
    (w, i) => !named.has(i) && w.length >= 4 && !STOPWORDS.has(w) && !fillers.has(w) && !COMPARING.has(w),
  );
  if (more) return [];
  const units = [...new Set(q.roles.map((r) => r.id))]
    .map((id) => byId.get(`${region}/role-${id}`))
    .filter((u): u is Unit => u !== undefined);
  return units.length >= 2 ? units : [];
}
