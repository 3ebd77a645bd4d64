/**
 * A question put to the unit index: the entities it names become constraints (a school's wijk,
 * a meeting's own units), and the words that only name the covenant (its levels, its title) or
 * a place are left out of the evidence.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Query } from "./context.ts";
import type { LexiconIndex } from "./lexicon.ts";
import { type RankResult, UnitIndex } from "./rank.ts";
import { APPLIES, questionAfterStory } from "./reading.ts";
import { normalize, tokenize } from "./text.ts";
import type { Unit } from "./unit.ts";

export class QuestionIndex {
  private readonly index: UnitIndex;
  /** The wijk a school lies in: a question about the school is about that wijk's plan. */
  private readonly schoolWijk = new Map<string, string>();
  /** Per region, the school levels that name its covenant ("het convenant voor vo en mbo"). */
  private readonly ownLevels = new Map<string, Set<string>>();
  /** Per region, the words of its covenant's title after "convenant" ("Veiligheid op scholen"). */
  private readonly titles = new Map<string, string[]>();

  constructor(kb: KnowledgeBase, units: readonly Unit[], lexicon: LexiconIndex) {
    this.index = new UnitIndex(units, lexicon, names(kb));
    for (const r of kb.regions) for (const sc of r.schools) if (sc.wijk) this.schoolWijk.set(sc.id, sc.wijk);
    const regionWords = new Set(
      kb.vocabulary.regions.flatMap((r) => [r.name, ...r.aliases]).flatMap((n) => tokenize(normalize(n))),
    );
    for (const r of kb.regions) {
      // A covenant for one kind of school (primary, or secondary and vocational): its levels
      // name the covenant, not a fact in it. Where a covenant spans both, a level tells facts apart.
      const levels = r.covenant.sectors.map((x) => x.toLowerCase());
      const primary = levels.some((x) => x === "po" || x === "sbo");
      const secondary = levels.some((x) => x === "vo" || x === "mbo");
      if (!(primary && secondary)) this.ownLevels.set(r.id, new Set(levels.filter((x) => x !== "so")));
      // So does its title after "convenant" ("Veiligheid op scholen"), without its region and years.
      const words = tokenize(normalize(r.covenant.title.split("(")[0] ?? ""));
      const at = words.findIndex((w) => w.endsWith("convenant"));
      const title = words.slice(at + 1).filter((w) => !regionWords.has(w) && !/\d/.test(w));
      if (at >= 0 && title.length > 0) this.titles.set(r.id, title);
    }
  }

  /** Indexes the terms for typo correction now (see Engine.prepare). */
  prepare(): void {
    this.index.prepare();
  }

  rank(q: Query, regions: readonly string[], tokens: readonly string[]): RankResult {
    const skip = new Set<number>();
    const named = new Set<string>();
    const spans = new Map<string, number[]>();
    /** The wijk of a named school: another wijk's plan is left out. */
    const implied = new Set<string>();
    for (const m of q.matches) {
      const kinds = m.entities.map((e) => e.kind);
      if (kinds.every((k) => k === "school" || k === "wijk" || k === "region" || k === "board"))
        for (let i = m.start; i < m.end; i++) skip.add(i);
      // A meeting's name stays evidence (a provision may name it), and its own units hold it.
      for (const e of m.entities)
        if (e.kind === "meeting")
          spans.set(`meeting:${e.id}`, [...(spans.get(`meeting:${e.id}`) ?? []), ...range(m.start, m.end)]);
    }
    for (const e of [...q.schools, ...q.wijken, ...q.boards]) {
      if (regions.length > 0 && e.region && !regions.includes(e.region)) continue;
      named.add(`${e.kind}:${e.id}`);
      const wijk = e.kind === "school" ? this.schoolWijk.get(e.id) : undefined;
      if (wijk) implied.add(`wijk:${wijk}`);
    }
    for (const e of q.meetings) named.add(`meeting:${e.id}`);
    // ("is de Horizon een sbo-school?" asks the level of a school: it stays.)
    // ("geldt het convenant ook voor het mbo?" asks which levels it is for: they stay too.)
    const own =
      regions.length === 1 && q.schools.length === 0 && !APPLIES.test(q.normalized)
        ? this.ownLevels.get(regions[0] as string)
        : undefined;
    if (own) for (const [i, t] of tokens.entries()) if (own.has(t)) skip.add(i);
    for (const e of q.roles) named.add(`role:${e.id}`);
    // "het convenant Veiligheid op scholen in Almere": the title names the covenant, not a fact.
    for (const i of this.titleWords(tokens, skip, regions)) skip.add(i);
    const story = storyWords(q, tokens);
    return this.index.rank(
      {
        tokens: [...tokens],
        skip,
        named,
        implied,
        regions,
        spans,
        topics: q.topics,
        acronyms: q.acronyms,
        story,
      },
      40,
    );
  }

  /** The positions of a covenant's title written after "convenant" (names and regions between skipped). */
  private titleWords(
    tokens: readonly string[],
    skip: ReadonlySet<number>,
    regions: readonly string[],
  ): number[] {
    const out: number[] = [];
    // Most questions do not say "convenant": nothing to look up (a national base has 340 titles).
    const starts = [...tokens.keys()].filter(
      (i) => tokens[i]?.endsWith("convenant") || tokens[i] === "covenant",
    );
    if (starts.length === 0) return out;
    const titles =
      regions.length > 0 ? regions.map((r) => [r, this.titles.get(r)] as const) : [...this.titles];
    for (const [, title] of titles) {
      if (!title) continue;
      for (const i of starts) {
        const at: number[] = [];
        let j = i + 1;
        for (const w of title) {
          while (j < tokens.length && skip.has(j)) j++;
          if (tokens[j] !== w) break;
          at.push(j++);
        }
        if (at.length >= Math.min(2, title.length)) out.push(...at);
      }
    }
    return out;
  }
}

/** A question that points back into its story: "it", "that", "dat", "die", "daar". */
const POINTS_BACK = /\b(?:it|that|this|them|those|there|dat|dit|die|daar|daarvan|daarmee|hem|haar)\b/;

/**
 * "vorige week heeft een kleuter een juf gebeten. voor welke leeftijden geldt ...?": the token
 * positions of the story before the question whose words name no subject asked (they say what
 * happened). Not a name written with a capital ("Wij zitten in Purmerend."), and nothing when
 * the question points back into the story ("Must the school report it?").
 */
function storyWords(q: Query, tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  const asked = tokens === q.tokens ? questionAfterStory(q.text) : undefined;
  const askedText = asked ? normalize(asked) : "";
  if (!asked || POINTS_BACK.test(askedText)) return out;
  const story = q.text.slice(0, q.text.lastIndexOf(asked));
  // (A capital inside a sentence names something: a town, a firm, a law.)
  const named = new Set(
    [...story.matchAll(/(?<![.!?]\s*|^\s*)(?<=\s|\()\p{Lu}[\p{L}'-]*/gu)].flatMap((m) =>
      tokenize(normalize(m[0])),
    ),
  );
  const n = Math.max(0, tokens.length - tokenize(askedText).length);
  for (let i = 0; i < n; i++) if (!named.has(tokens[i] as string)) out.add(i);
  return out;
}

/** The token positions start .. end - 1. */
function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Every name and alias the vocabulary and the regions hold: their words are known words. */
function names(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  const v = kb.vocabulary;
  for (const r of v.regions) out.push(r.name, ...r.aliases);
  for (const r of v.roles) out.push(r.nl, r.en, ...r.aliases);
  for (const m of v.meetingTypes) out.push(m.nl, m.en, ...m.aliases);
  for (const t of v.topics) out.push(...t.nl, ...t.en);
  for (const g of v.synonyms) out.push(...g);
  for (const r of kb.regions) {
    for (const s of r.schools) out.push(s.name, ...s.aliases);
    for (const w of r.wijken) out.push(w.name, ...w.aliases);
    for (const b of r.boards) out.push(b.name, ...b.aliases);
  }
  return out;
}
