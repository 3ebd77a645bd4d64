/**
 * Ranks units against a question. The question's content words (and the covenant words the
 * lexicon puts behind its everyday words) are the evidence; each is weighted by how rare it
 * is in the knowledge base. A unit scores by how much of that evidence its text or one of its
 * paraphrases holds (and, for a paraphrase, how much of the paraphrase the question holds);
 * entities the question names are hard constraints (a unit about another wijk, school or
 * overleg is left out) and raise the units about them; the region is a filter.
 */
import type { LexiconIndex } from "./lexicon.ts";
import { MEETING_ATTRIBUTES } from "./overleg-units.ts";
import { type RankQuery, readSlots, type Slot } from "./query-slots.ts";
import { type Field, TermVocabulary } from "./terms.ts";
import type { Unit } from "./unit.ts";
import { headroom, questionContext, weigh } from "./weights.ts";

/** What a meeting's attribute the question does not ask keeps of its cover when it asks another. */
const OTHER_ATTRIBUTE = 0.7;

/** What `rank` takes (read into its evidence in query-slots.ts). */
export type { RankQuery } from "./query-slots.ts";

interface Indexed {
  unit: Unit;
  text: Field;
  paras: Field[];
  /** Every term of its paraphrases, sorted: what no paraphrase holds need not be looked for in
   * each. Made when the unit is first a candidate (most units of a national base never are). */
  bag?: Int32Array;
  /** The attribute or slot whose cue phrases ask for this unit. */
  cue?: string;
}

export interface Ranked {
  unit: Unit;
  score: number;
  /** Share of the question's evidence the unit explains (0..1). */
  cover: number;
}

export interface RankResult {
  ranked: Ranked[];
  /** Question words that occur nowhere in the knowledge base. */
  unknown: string[];
  /** Subjects the covenants do not cover, named in the question. */
  outOfScope: string[];
  /** The share of the evidence unknown words carry. */
  unknownShare: number;
}

/** What a unit scores before its paraphrases are scored one by one. */
interface First {
  textCover: number;
  /** Evidence its paraphrases hold between them. */
  bagHit: number;
  /** Cue and named-entity bonus. */
  extra: number;
  /** The most it can score. */
  bound: number;
  own: ReadonlySet<number> | undefined;
}

/**
 * A unit that can score at most this share of the best one found changes no decision: the
 * runner-up leaves the top unit answering alone from twice its score on (CLEAR_LEAD), and every
 * other decision looks at units within 0.8 of the top.
 */
const FAR_BEHIND = 0.5;
/** A paraphrase whose own cue asks another attribute than the question's weighs this much. */
const OTHER_CUE = 0.85;
/** A score below which no decision looks at a unit (the answerer's LOW, less a margin). */
const NEGLIGIBLE = 0.3;
/** Below this a unit is left out of the ranking: no decision looks that low (see CLEAR_LEAD). */
const PRUNE = 0.2;
const CONSTRAINED = ["wijk:", "school:", "meeting:"];
/** A school's unit is found through the school's name only, not through words. */
const SCHOOL_WORDS = "";
/** Across many regions, a question of common words only is scored on this many units at most. */
const MAX_CANDIDATES = 1000;
/** From this many units on (a national knowledge base), candidates are seeded by rare words. */
const LARGE = 10_000;

export class UnitIndex {
  private readonly terms: TermVocabulary;
  private readonly units: Indexed[] = [];
  /** Per region ("" for guidance), the range [start, end) of its units. */
  private readonly ranges = new Map<string, [number, number]>();
  private readonly byAbout = new Map<string, number[]>();
  /** Units with a cue phrase of their own, by cue: found by the cue even with no word in common. */
  private readonly byCue = new Map<string, number[]>();
  /** Cues that ask an attribute of an overleg (frequency, organiser, participants, ...). */
  private readonly overlegCues = new Set<string>();
  private readonly lexicon: LexiconIndex;

  constructor(units: readonly Unit[], lexicon: LexiconIndex, names: Iterable<string>) {
    this.lexicon = lexicon;
    this.terms = new TermVocabulary(lexicon, names);
    // Grouped by region, so that a region's units form one range of every posting list.
    const ordered = [...units].sort((a, b) =>
      (a.region ?? "") < (b.region ?? "") ? -1 : (a.region ?? "") > (b.region ?? "") ? 1 : 0,
    );
    for (const u of ordered) {
      // A school's unit is found through the school's name (the entity index resolves it), so
      // its text is indexed by what it is about, the same words for every school.
      const text = this.terms.field(
        u.index ?? (u.kind === "school" ? SCHOOL_WORDS : `${u.title} ${u.text.nl} ${u.text.en}`),
        true,
      );
      const paras = [...u.ask.nl, ...u.ask.en].map((p) => this.terms.paraphrase(p));
      const cue = u.attribute && lexicon.lexicon.attributes[u.attribute] ? u.attribute : u.slot;
      const entry: Indexed = { unit: u, text, paras, ...(lexicon.lexicon.attributes[cue] ? { cue } : {}) };
      const i = this.units.length;
      this.units.push(entry);
      if (entry.cue && u.kind === "overleg") this.overlegCues.add(entry.cue);
      if (entry.cue) {
        const list = this.byCue.get(entry.cue);
        if (list) list.push(i);
        else this.byCue.set(entry.cue, [i]);
      }
      for (const a of u.about) {
        const list = this.byAbout.get(a);
        if (list) list.push(i);
        else this.byAbout.set(a, [i]);
      }
      const region = u.region ?? "";
      const range = this.ranges.get(region);
      if (range) range[1] = i + 1;
      else this.ranges.set(region, [i, i + 1]);
    }
    // The postings and the idf need every unit's fields first.
    this.terms.index(this.units);
  }

  /** Indexes the terms for typo correction now (see Engine.prepare). */
  prepare(): void {
    this.terms.prepare();
  }

  rank(q: RankQuery, limit = 8): RankResult {
    const read = readSlots(q, this.lexicon, this.terms);
    const { cues, outOfScope } = read;
    // A word no fact knows in the story before the question ("vorige week heeft een kleuter een
    // juf gebeten. ...?") says what happened, not what is asked: it is no evidence either way.
    const slots = read.slots.filter((s) => !(s.unknown && q.story?.has(s.token)));
    const total = slots.reduce((n, s) => n + s.weight, 0);
    const unknownWeight = slots.filter((s) => s.unknown).reduce((n, s) => n + s.weight, 0);
    const unknown = slots.filter((s) => s.unknown).map((s) => q.tokens[s.token] as string);
    // Candidates: units sharing a term with the question, and units about a named entity.
    const regions = q.regions.length > 0 ? [...q.regions, ""] : [...this.ranges.keys()];
    const candidates = new Set<number>();
    // Across many regions, words found in most units (school, convenant) add work, not candidates:
    // they only seed the search when the question has no rarer word.
    const seeds = slots.flatMap((s) => s.terms);
    const rare = seeds.filter((t) => !this.terms.common(t));
    const many = regions.length > 3 && this.units.length > LARGE;
    const rarest = [...seeds].sort((a, b) => this.terms.frequency(a) - this.terms.frequency(b)).slice(0, 1);
    const seed = many ? (rare.length > 0 ? rare : rarest) : seeds;
    if (q.regions.length === 0 && many) {
      seeding: for (const t of seed)
        for (const i of this.terms.holders(t)) {
          candidates.add(i);
          if (candidates.size >= MAX_CANDIDATES) break seeding;
        }
    } else
      for (const r of regions) {
        const range = this.ranges.get(r);
        if (range) for (const t of seed) this.terms.within(t, range, candidates);
      }
    for (const n of q.named) {
      // A named role brings in only its duties; its name is in many other units' text anyway.
      const role = n.startsWith("role:");
      for (const i of this.byAbout.get(n) ?? []) {
        if (role && this.units[i]?.unit.kind !== "role") continue;
        const r = this.units[i]?.unit.region ?? "";
        if (q.regions.length === 0 || regions.includes(r)) candidates.add(i);
      }
    }
    // A unit asked for by its cue alone ("which schools take part?"): its text may share no word.
    // Only where the question names a region or entity, so a national base is not scanned.
    if (q.regions.length > 0)
      for (const cue of cues.keys())
        for (const i of this.byCue.get(cue) ?? []) {
          const r = this.units[i]?.unit.region ?? "";
          if (regions.includes(r)) candidates.add(i);
        }
    const namedConstrained = [...q.named, ...(q.implied ?? [])].filter((n) =>
      CONSTRAINED.some((c) => n.startsWith(c)),
    );
    const context = questionContext({ ...q, cues, overlegCues: this.overlegCues });
    const ranked: Ranked[] = [];
    const asked = new Set(slots.flatMap((s) => s.terms));
    // First what each candidate could score at most (its words against its text and all its
    // paraphrases at once), then the full score, best bound first: once the bound falls below
    // half the best score found, no later unit can change a decision (see FAR_BEHIND).
    const open: Array<{ u: Indexed; first: First; bound: number }> = [];
    for (const i of candidates) {
      const u = this.units[i] as Indexed;
      if (!this.allowed(u, namedConstrained)) continue;
      const first = this.first(u, slots, total, cues, q.named, held(u.unit, q.spans), q.implied);
      if (first) open.push({ u, first, bound: first.bound + headroom(u.unit, context) });
    }
    open.sort((a, b) => b.bound - a.bound);
    let best = 0;
    for (const { u, first, bound } of open) {
      if (bound < best * FAR_BEHIND) break;
      const r = this.score(u, first, slots, asked, total, cues);
      r.score = weigh(u.unit, u.cue, r.score, context);
      if (r.score > 0) ranked.push({ unit: u.unit, ...r });
      if (r.score > best) best = r.score;
    }
    return {
      ranked: top(ranked, limit),
      unknown,
      outOfScope,
      unknownShare: total > 0 ? unknownWeight / total : 0,
    };
  }

  /** A unit about a wijk, school or overleg type is left out when the question names another of that kind. */
  private allowed(u: Indexed, named: readonly string[]): boolean {
    if (named.length === 0 || u.unit.about.length === 0) return true;
    for (const kind of CONSTRAINED) {
      // Without building lists: is the unit about one of this kind, is one asked, is it the same?
      let mine = false;
      let match = false;
      for (const a of u.unit.about)
        if (a.startsWith(kind)) {
          mine = true;
          if (named.includes(a)) match = true;
        }
      if (!mine || match || !named.some((n) => n.startsWith(kind))) continue;
      // A school's wijk counts as named: the school units carry both.
      if (kind === "wijk:" && named.some((n) => n.startsWith("school:") && u.unit.about.includes(n)))
        continue;
      return false;
    }
    return true;
  }

  /** What a unit scores from its text, and at most from its paraphrases; undefined when that is too little to matter. */
  private first(
    u: Indexed,
    slots: readonly Slot[],
    total: number,
    cues: Map<string, Set<number>>,
    named: ReadonlySet<string>,
    own: ReadonlySet<number> | undefined,
    implied?: ReadonlySet<string>,
  ): First | undefined {
    if (total === 0) return undefined;
    const cue = u.cue ? cues.get(u.cue) : undefined;
    // A signatory answers who signed for whom: without its cue, the question is about something else.
    if (u.unit.needsContent && !cue) return undefined;
    let textHit = 0;
    let contentHit = 0;
    for (const s of slots) {
      const inText = own?.has(s.token) || s.terms.some((t) => holds(u.text.terms, t));
      if (inText && !cue?.has(s.token)) contentHit += s.weight;
      if (inText || cue?.has(s.token)) textHit += s.weight;
    }
    // A cue ("how often") alone says nothing about which fact: it needs content or a named entity.
    // A fact about the covenant itself needs no more than its cue ("hoe lang loopt het?").
    const cued =
      cue !== undefined &&
      (contentHit > 0 ||
        (u.unit.kind === "covenant" && !u.unit.needsContent) ||
        (u.unit.kind === "school" && u.unit.slot === "schools") ||
        u.unit.about.some((a) => named.has(a) && (u.unit.kind === "role" || !a.startsWith("role:"))) ||
        // A meeting of the named school's wijk: "hoe vaak ... (IKC De Baanbreker)" asks about it.
        (u.unit.kind === "overleg" && u.unit.about.some((a) => implied?.has(a) === true)));
    if (cue && !cued) textHit = contentHit;
    // One attribute of a meeting when the question asks others ("between the school and the
    // police, how often and what for?" names who takes part, it does not ask it).
    const otherAttribute =
      u.unit.kind === "overleg" && u.cue !== undefined && !cue && MEETING_ATTRIBUTES.some((c) => cues.has(c));
    const textCover = (textHit / total) * (otherAttribute ? OTHER_ATTRIBUTE : 1);
    // The cue is evidence of its own: it counts whether the text or a paraphrase matched best.
    const cueBonus = cued ? 0.2 : 0;
    let bonus = 0;
    // A school and its wijk are one place: named together (the school implies its wijk) they
    // raise a unit about both once.
    let place = 0;
    for (const a of u.unit.about)
      if (named.has(a)) {
        if (a.startsWith("school:") || a.startsWith("wijk:")) place = 0.3;
        else bonus += a.startsWith("role:") ? 0.05 : a.startsWith("meeting:") ? 0.2 : 0.3;
      }
    // The named school's wijk, for a meeting of that wijk the question asks an attribute of.
    if (place === 0 && cue && u.unit.kind === "overleg" && u.unit.about.some((a) => implied?.has(a) === true))
      place = 0.2;
    // The named school's wijkplan: "Jacobsvlinder hier, wat zegt ons wijkplan over ...?".
    if (place === 0 && u.unit.kind === "wijkplan" && u.unit.about.some((a) => implied?.has(a) === true))
      place = 0.2;
    bonus += place;
    // No paraphrase can explain more than all of them together: below what any decision looks
    // at, the paraphrases are not scored one by one (most candidates share one common word).
    let bagHit = 0;
    if (u.paras.length > 0) {
      u.bag ??= Int32Array.from(new Set(u.paras.flatMap((p) => [...p.terms]))).sort();
      const bag = u.bag;
      for (const s of slots) if (own?.has(s.token) || s.terms.some((t) => holds(bag, t))) bagHit += s.weight;
    }
    // A unit that cannot reach a fifth of a point never decides anything (the runner-up that
    // matters scores at least half of an answer's 0.45): it is not scored further.
    const bound = Math.max(textCover, bagHit / total) * 1.2 + cueBonus + bonus;
    if (bound < PRUNE) return undefined;
    return { textCover, bagHit, extra: cueBonus + bonus, bound, own };
  }

  private score(
    u: Indexed,
    first: First,
    slots: readonly Slot[],
    asked: ReadonlySet<number>,
    total: number,
    cues: Map<string, Set<number>>,
  ): { score: number; cover: number } {
    const { textCover, bagHit, extra, own } = first;
    let precHit = 0;
    // The question has a handful of terms, a text may have a hundred: look the few up in the many.
    for (const t of asked) if (holds(u.text.terms, t)) precHit += this.terms.idf(t);
    const textPrec = u.text.mass > 0 ? precHit / u.text.mass : 0;
    const textScore = textCover * (0.8 + 0.2 * Math.min(1, textPrec * 3));
    let paraScore = 0;
    let paraCover = 0;
    const bound = Math.max(textScore, bagHit / total) * 1.2 + extra;
    const paras = bound < NEGLIGIBLE ? [] : u.paras;
    for (const p of paras) {
      let hit = 0;
      let pHit = 0;
      for (const s of slots) if (own?.has(s.token) || s.terms.some((t) => holds(p.terms, t))) hit += s.weight;
      for (const t of asked) if (holds(p.terms, t)) pHit += this.terms.idf(t);
      const cover = hit / total;
      const prec = p.mass > 0 ? pHit / p.mass : 0;
      // A paraphrase that asks another attribute than the question ("waarvoor is het
      // signaaloverleg" against "wanneer is het volgende") matches its words, not its question.
      const otherAttribute = cues.size > 0 && (p.asks?.length ?? 0) > 0 && !p.asks?.some((a) => cues.has(a));
      const sc = cover * (0.5 + 0.5 * prec) * (otherAttribute ? OTHER_CUE : 1);
      if (sc > paraScore) {
        paraScore = sc;
        paraCover = cover;
      }
    }
    const score = Math.max(textScore, paraScore) + 0.2 * Math.min(textScore, paraScore) + extra;
    return { score, cover: Math.max(textCover, paraCover) };
  }
}

/** The question's words that name what the unit is about (a meeting it is a part of). */
function held(u: Unit, spans: ReadonlyMap<string, readonly number[]> | undefined): Set<number> | undefined {
  if (!spans || spans.size === 0) return undefined;
  const out = new Set<number>();
  for (const a of u.about) for (const i of spans.get(a) ?? []) out.add(i);
  return out.size > 0 ? out : undefined;
}

/** Whether a sorted array of term ids holds the term. */
function holds(terms: Int32Array, t: number): boolean {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = terms[mid] as number;
    if (v === t) return true;
    if (v < t) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** The `limit` best, best first (ties by id, so answers do not depend on the order of the data). */
function top(ranked: Ranked[], limit: number): Ranked[] {
  const better = (a: Ranked, b: Ranked) =>
    b.score - a.score || (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0);
  if (ranked.length <= limit * 4) return ranked.sort(better).slice(0, limit);
  const out: Ranked[] = [];
  for (const r of ranked) {
    if (out.length === limit && better(r, out[limit - 1] as Ranked) >= 0) continue;
    let i = out.length;
    while (i > 0 && better(r, out[i - 1] as Ranked) < 0) i--;
    out.splice(i, 0, r);
    if (out.length > limit) out.pop();
  }
  return out;
}
