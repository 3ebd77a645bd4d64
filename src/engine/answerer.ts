/**
 * Answers a question from the units: ranks them, answers with the top unit(s) when the margin
 * is clear, asks back when a few are close, refuses when none fits or the question is about a
 * subject the covenants do not cover. A question that asks two things is answered part by
 * part; a question about two regions (or an organisation in two) region by region.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { DefinedTerms } from "./compare.ts";
import { answerUnits, askBack, notInCovenants } from "./compose/units.ts";
import type { Ctx, Query } from "./context.ts";
import type { EntityIndex } from "./entities.ts";
import { indexLexicon, type LexiconIndex } from "./lexicon.ts";
import { type Ranked, type RankResult, UnitIndex } from "./rank.ts";
import {
  APPLIES,
  asksCurrentHolder,
  asksWhichWijken,
  givesQuantityAsked,
  isFragment,
  isStatement,
  mergeEntities,
  questionAfterStory,
  regionsOf,
  SPLIT,
  subjectWords,
} from "./reading.ts";
import { asksHowOften, rhythmOf } from "./rhythm.ts";
import { normalize, tokenize } from "./text.ts";
import type { Answer, AskOptions } from "./types.ts";
import type { Unit } from "./unit.ts";
import { buildUnits } from "./units.ts";

/** Scores: below LOW nothing fits; from ANSWER on, a unit answers when it leads by MARGIN. */
const LOW = 0.33;
const ANSWER = 0.6;
/** The top unit answers alone when it scores this many times the runner-up. */
const LEAD = 1.15;
/** Below ANSWER, from CLEAR on, the top unit still answers when it scores CLEAR_LEAD times the
 * runner-up and the question has no word the knowledge base does not know. */
const CLEAR = 0.45;
const CLEAR_LEAD = 2;
/** Below ANSWER, the top unit also answers from here on when no other unit reaches LOW. */
const ALONE = 0.54;
/** The covenant's own term, renewal and notice, and a question that names the covenant. */
const LIFECYCLE = /\/meta-(?:term|renewal)$/;
/** How long something lasts, and the covenant's partners, whose naming asks nothing of a meeting. */
const HOW_LONG = /\b(?:hoe lang|how long|duurt|duren|lasts?|take)\b/;
const PARTIES: ReadonlySet<string> = new Set([
  "school",
  "directeur",
  "gemeente",
  "politie",
  "contactpersoon-convenant",
]);
const COVENANT_NAMED = /\b(?:convenant\w*|covenant\w*|afspraken|agreement)\b/;
/**
 * A fact from ALONE on that no other fact comes near at all (below LOW), nor a fact of the same
 * article as close as one shown beside it; every word of the question known and some of them in
 * it; and a first line that is no "Ja:" or "Nee:", which is never given on so little. Not a
 * wijkplan's point, a covenant's own data, general guidance where a region is asked, nor the part
 * of a role the question does not name: these came near on too little in cold reviews.
 */
function standsAlone(
  q: Query,
  res: RankResult,
  top: Ranked,
  lead: Ranked,
  others: readonly Ranked[],
): boolean {
  const u = top.unit;
  return (
    top.score >= ALONE &&
    top.cover > 0 &&
    res.unknownShare === 0 &&
    u.kind !== "wijkplan" &&
    u.kind !== "covenant" &&
    !(u.kind === "guidance" && q.regions.length > 0) &&
    !(ROLE_ASKED.test(q.normalized) && q.roles.length === 0) &&
    !YES_OR_NO.test(u.short?.[q.lang] ?? u.text[q.lang]) &&
    !others.some((o) => o.score >= LOW) &&
    !res.ranked.some(
      (r) =>
        r.unit !== lead.unit &&
        r.unit.source.covenant === lead.unit.source.covenant &&
        r.unit.source.ref === lead.unit.source.ref &&
        r.score >= BESIDE * top.score,
    )
  );
}

/** "what role does X play", "wat is de rol van X". */
const ROLE_ASKED = /\b(?:what role|which role|welke rol|wat is de rol|role of|rol van|role does|role do)\b/;
/** A first line that says yes or no. */
const YES_OR_NO = /^(?:ja|nee|yes|no)\b/i;
/** A second unit this close to the first is shown with it (two supporting lines at most). */
const BESIDE = 0.9;
/** Without a region, the regions whose best unit scores this share of the top answer each. */
const PER_REGION = 0.8;
/** The meeting a unit is an attribute of ("zoetermeer/wijk-noordhove" for its "#frequency"). */
function attributeOf(u: Unit): string | undefined {
  return u.kind === "overleg" && u.attribute ? u.id.split("#")[0] : undefined;
}

/** A question for who does something or holds a role. */
const ASKS_WHO = /\b(?:wie|who|whom)\b/;

/** The article number a source ref starts with ("4.1" of "art. 4.1 Hecht"). */
function articleOf(u: Unit): string | undefined {
  return /^art\.\s*(\d+(?:\.\d+)*)/.exec(u.source.ref)?.[1];
}

/** Whether `whole` is the article of which `part` is a numbered part, in the same covenant. */
function holdsPart(whole: Unit, part: Unit): boolean {
  const w = articleOf(whole);
  const p = articleOf(part);
  return !!w && !!p && whole.source.covenant === part.source.covenant && p.startsWith(`${w}.`);
}

/** A fact about a role, who chairs or joins a meeting, or an agreement that someone is appointed
 * ("De politie wijst voor elke schoolvestiging een contactpersoon aan"): it never says who holds
 * the role now. (A fact that names a school, a department or a law does name what is asked.) */
const namesNoHolder = (u: Unit) =>
  u.kind === "role" ||
  u.attribute === "organiser" ||
  u.attribute === "participants" ||
  (u.kind === "provision" && APPOINTS.test(u.text.nl));
const APPOINTS = /\bwijs\w*\b[^.;]*\baan\b|\baangewezen\b|\bcontactpersoon\b|\baanspreekpunt\b/;
/** A function a person holds ("wie is de contactpersoon ...? naam graag"), not a service ("who runs
 * the youth work? name please" asks for the organisation). */
const PERSON_FUNCTION =
  /\b(?:\w*agent|contactpersoon|contact person|contact|\w*co[oö]rdinator|\w*manager|\w*regisseur|\w*ambtenaar|officer|medewerker|directeur|voorzitter|chair)\b/;
/** A person asked for: "wie ...", "which officer ...", not "welke school ... ? naam graag". */
const ASKS_PERSON =
  /\b(?:wie|who|whom|welke (?:agent|wijkagent|politieagent|persoon|medewerker|contactpersoon|ambtenaar|collega)|which (?:officer|police officer|person|contact|member of staff|colleague))\b/;

/** For "in welke wijken ...?": the wijken whose best unit scores this share of the top one. */
const PER_WIJK = 0.75;
/** A score only a paraphrase or a cue with its entity reaches. */
const STRONG = 0.9;

type Decision =
  | { kind: "answer"; picked: Ranked[] }
  | { kind: "ask"; options: Ranked[] }
  | { kind: "refuse"; subject?: string; closest?: Ranked };

export class UnitAnswerer {
  private readonly units: Unit[];
  private readonly byId: Map<string, Unit>;
  private readonly index: UnitIndex;
  private readonly terms: DefinedTerms;
  private readonly lexicon: LexiconIndex;
  private readonly understand: (text: string, o: AskOptions) => Query;
  /** The wijk a school lies in: a question about the school is about that wijk's plan. */
  private readonly schoolWijk = new Map<string, string>();
  /** Per region, the school levels that name its covenant ("het convenant voor vo en mbo"). */
  private readonly ownLevels = new Map<string, Set<string>>();
  /** Per region, the words of its covenant's title after "convenant" ("Veiligheid op scholen"). */
  private readonly titles = new Map<string, string[]>();

  constructor(kb: KnowledgeBase, entities: EntityIndex, understand: (text: string, o: AskOptions) => Query) {
    this.units = buildUnits(kb);
    this.byId = new Map(this.units.map((u) => [u.id, u]));
    this.lexicon = indexLexicon(kb.lexicon);
    this.index = new UnitIndex(this.units, this.lexicon, names(kb));
    this.terms = new DefinedTerms(this.units);
    this.understand = understand;
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
    void entities;
  }

  /** Up to `n` questions from the paraphrases (and their regions), spread over the kinds of unit. */
  warmUp(n: number): Array<{ text: string; region: string | null }> {
    const out: Array<{ text: string; region: string | null }> = [];
    const step = Math.max(1, Math.floor(this.units.length / n));
    for (let i = 0; i < this.units.length && out.length < n; i += step) {
      const u = this.units[i] as Unit;
      const text = u.ask.nl[0] ?? u.ask.en[0] ?? u.title;
      out.push({ text, region: out.length % 3 === 0 ? null : u.region });
    }
    return out;
  }

  explain(ctx: Ctx, unitId: string): Answer | undefined {
    const u = this.byId.get(unitId);
    return u ? { ...answerUnits(ctx, [{ unit: u }], 0.9), unit: u.id } : undefined;
  }

  answer(question: Ctx, options: AskOptions): Answer {
    const q = question.q;
    // The covenant's words for what was asked: they pick the sentence quoted under an answer.
    const ctx: Ctx = {
      ...question,
      covenantWords: [
        ...this.lexicon.concepts.find(q.tokens).map((h) => h.value),
        ...this.lexicon.cues
          .find(q.tokens)
          .map((h) => this.lexicon.lexicon.attributes[h.value]?.means ?? [])
          .filter((m) => m.length > 0),
      ],
    };
    // An organisation or question spanning two regions: each region answers for itself.
    const spread = regionsOf(q);
    if (spread.length >= 2) {
      const picked: Array<{ unit: Unit; label: string }> = [];
      const closest: Ranked[] = [];
      for (const region of spread) {
        const d = this.decide(q, this.rank(q, [region], q.tokens), [region], false);
        if (d.kind === "answer")
          for (const p of d.picked.slice(0, 1))
            picked.push({ unit: p.unit, label: ctx.kb.region(region).name });
        const best = d.kind === "answer" ? d.picked[0] : d.kind === "ask" ? d.options[0] : d.closest;
        if (best && best.score >= LOW) closest.push(best);
      }
      if (picked.length === spread.length)
        return this.finish(ctx, answerUnits(ctx, picked, 0.7), picked[0]?.unit.id);
      // Not every region answers: one region's answer is no answer to a question about two. Each
      // region's closest fact is offered back.
      if (closest.length >= 2) return this.finish(ctx, askBack(ctx, closest), closest[0]?.unit.id);
    }
    // Terms the covenant defines, named as alternatives: each one's definition.
    const compared = this.terms.compared(q.text, q.regions);
    if (compared.length >= 2) return this.with(ctx, compared, 0.8);
    const ranked = this.rank(q, q.regions, q.tokens);
    const whole = this.decide(q, ranked, q.regions, false);
    // A question that asks two things: each part answered.
    const parts = q.text.split(SPLIT).filter((p) => p.trim().length > 0);
    if (parts.length >= 2 && parts.length <= 4) {
      const picked: Unit[] = [];
      const open: Array<Unit | undefined> = [];
      const near: Array<{ at: number; units: Ranked[] }> = [];
      let fragments = 0;
      let before = "";
      for (const part of parts) {
        // "... en hoe vaak?", "en wie regelt dat?": a part that names nothing asks about what the
        // part before it named.
        // (So does a part that only asks an attribute: "..., and who else can join?".)
        const own = subjectWords(part, this.lexicon, true);
        const read =
          own.length === 0 && before ? `${subjectWords(before, this.lexicon).join(" ")} ${part}` : part;
        if (own.length > 0) before = part;
        const pq = this.understand(read, { ...options, language: q.lang });
        // "..., ook de jeugdhulp?" adds to the part before it: no question of its own; nor does
        // "We're a school in Medemblik." after the question.
        if (isFragment(pq) || isStatement(part)) {
          fragments++;
          continue;
        }
        const pr = this.rank(mergeEntities(pq, q), q.regions, pq.tokens);
        const d = this.decide(pq, pr, q.regions, true);
        if (d.kind === "answer") {
          for (const p of d.picked) if (!picked.includes(p.unit)) picked.push(p.unit);
        } else {
          const closest = d.kind === "refuse" && !d.subject ? d.closest : undefined;
          open.push(closest?.unit);
          if (closest && closest.score >= CLEAR)
            near.push({
              at: open.length - 1,
              units: pr.ranked.filter((r) => r.score >= BESIDE * closest.score),
            });
        }
      }
      // "Hoe vaak komen we bij elkaar, en wie zit er nog meer bij?": a part that comes close to
      // another attribute of the meeting another part answers asks that attribute of it.
      for (const { at, units } of near.reverse()) {
        const sibling = units.find((r) => {
          const meeting = attributeOf(r.unit);
          return meeting && !picked.includes(r.unit) && picked.some((p) => attributeOf(p) === meeting);
        });
        if (sibling) {
          picked.push(sibling.unit);
          open.splice(at, 1);
        }
      }
      // A part not answered on its own whose closest fact is the one another part asks for
      // clearly ("bankpas uitlenen ...? en doen ze spreekuren?" both near Halt's article).
      const covered = open.every((u) => u !== undefined && picked.includes(u));
      if (picked.length === 1 && open.length > 0 && covered && whole.kind !== "answer")
        return this.with(ctx, picked, 0.6);
      // No part placed on its own, but every part and the whole point to the same fact
      // ("supervision during breaks? kids hang around in doorways and leave trash").
      const lead = ranked.ranked[0];
      if (
        picked.length === 0 &&
        open.length >= 2 &&
        lead &&
        lead.score >= CLEAR &&
        whole.kind !== "answer" &&
        open.every((u) => u === lead.unit)
      )
        return this.with(ctx, [lead.unit], 0.55);
      // Every part answered; or one, with a short addition that goes with it.
      if (
        open.length === 0 &&
        (picked.length >= 2 || (fragments > 0 && picked.length === 1 && whole.kind !== "answer"))
      )
        return this.with(ctx, picked, 0.7);
    }
    // "Er is een mes gevonden in de jas van een leerling. Moeten we aangifte doen?": what
    // happened, then the question. The question, read with the story's places and people,
    // answers when it is clear on its own; a subject the covenants do not cover still refuses.
    const asked = questionAfterStory(q.text);
    // "veiligheidscoördinator rsg enkhuizen: ik kan niet naar het overleg, wat moet ik doen?":
    // the role only the opening names is who asks; its duties answer nothing the question asks.
    // (So too when the role's duties come first of the facts asked back.)
    const first =
      whole.kind === "answer" ? whole.picked[0] : whole.kind === "ask" ? whole.options[0] : undefined;
    // (An opening of a few words, not a story: "de politie wil een leerling aanhouden. wat is daar
    // afgesproken?" asks about what the police do.)
    const opening = asked ? q.text.slice(0, q.text.lastIndexOf(asked)).trim().split(/\s+/).length : 0;
    const aboutNamedRole = q.roles.some((r) => first?.unit.about.includes(`role:${r.id}`));
    const story = !(whole.kind === "answer" || (whole.kind === "refuse" && whole.subject));
    // The question after the opening or story, read and decided once, only when a rule below
    // looks at it.
    const aq =
      asked !== undefined && ((opening <= 5 && aboutNamedRole) || story)
        ? this.understand(asked, { ...options, language: q.lang })
        : undefined;
    const decided = aq
      ? this.decide(aq, this.rank(mergeEntities(aq, q), q.regions, aq.tokens), q.regions, true)
      : undefined;
    const askedRoles = new Set(aq?.roles.map((r) => r.id));
    const asker =
      !!aq &&
      opening <= 5 &&
      q.roles.some((r) => !askedRoles.has(r.id) && first?.unit.about.includes(`role:${r.id}`)) &&
      !first?.unit.about.some((a) => a.startsWith("role:") && askedRoles.has(a.slice(5)));
    if (asker && decided) {
      const d = decided;
      // (General guidance is not read from a question without its opening; another role's duties,
      // no role named, answer no better.)
      if (
        d.kind === "answer" &&
        d.picked[0]?.unit !== first?.unit &&
        d.picked.every((p) => p.unit.kind !== "guidance" && p.unit.kind !== "role")
      )
        return this.with(
          ctx,
          d.picked.map((p) => p.unit),
          0.6,
        );
    }
    if (story && decided) {
      const d = decided;
      // ... and the whole text points to the same fact first.
      const near = new Set(ranked.ranked.slice(0, 1).map((r) => r.unit));
      // (General guidance is not read from a question without its story.)
      if (d.kind === "answer" && d.picked.every((p) => near.has(p.unit) && p.unit.kind !== "guidance"))
        return this.with(
          ctx,
          d.picked.map((p) => p.unit),
          0.6,
        );
    }
    // "In welke wijken ...?": every wijk whose plan or meeting comes close, one line each.
    const wijken = whole.kind !== "refuse" ? this.perWijk(ctx, q, ranked) : undefined;
    if (wijken) return this.finish(ctx, answerUnits(ctx, wijken, 0.6), wijken[0]?.unit.id);
    const perRegion = whole.kind !== "refuse" ? this.perRegion(q, ranked) : undefined;
    if (perRegion && (ranked.ranked[0]?.score ?? 0) >= ANSWER) {
      const labelled = perRegion.map((p) => ({ unit: p.unit, label: ctx.kb.region(p.label).name }));
      return this.finish(ctx, answerUnits(ctx, labelled, 0.6), labelled[0]?.unit.id);
    }
    if (whole.kind === "answer") {
      return this.finish(
        ctx,
        answerUnits(
          ctx,
          whole.picked.map((p) => ({ unit: p.unit })),
          Math.min(0.95, whole.picked[0]?.score ?? 0),
        ),
        whole.picked[0]?.unit.id,
      );
    }
    if (whole.kind === "ask") return this.finish(ctx, askBack(ctx, whole.options), whole.options[0]?.unit.id);
    const subject = whole.subject
      ? this.lexicon.lexicon.outOfScope.find((o) => o.id === whole.subject)
      : undefined;
    // An abbreviation is named as the question wrote it ("VOG").
    const unknown = ranked.unknown.map((w) => (q.acronyms.has(w) ? w.toUpperCase() : w));
    return notInCovenants(ctx, subject?.ask, whole.closest?.unit.id, subject ? [] : unknown);
  }

  /** An answer with up to three units, one line each. */
  private with(ctx: Ctx, units: readonly Unit[], confidence: number): Answer {
    const shown = units.slice(0, 3);
    return this.finish(
      ctx,
      answerUnits(
        ctx,
        shown.map((unit) => ({ unit })),
        confidence,
      ),
      shown[0]?.id,
    );
  }

  private finish(ctx: Ctx, a: Answer, unit: string | undefined): Answer {
    const u = unit ? this.byId.get(unit) : undefined;
    // "Welke burgemeester zit op dit moment voor?": the covenants name roles, not who holds them
    // now. The role's fact is told, with that said first; not counted as answered.
    const asksHolder =
      (ctx.asksName && ASKS_PERSON.test(ctx.q.normalized) && PERSON_FUNCTION.test(ctx.q.normalized)) ||
      asksCurrentHolder(ctx.q.normalized);
    if (a.answered && u && asksHolder && namesNoHolder(u)) {
      const first =
        ctx.q.lang === "en"
          ? "The covenants name the role, not who holds it now. What they say:"
          : "De convenanten noemen de rol, niet wie die nu vervult. Wat ze zeggen:";
      return {
        ...a,
        answer: `${first}
${a.answer}`,
        answered: false,
        unanswered: "no-contact",
        unit: u.id,
      };
    }
    return unit ? { ...a, unit } : a;
  }

  private rank(q: Query, regions: readonly string[], tokens: readonly string[]): RankResult {
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
    return this.index.rank(
      { tokens: [...tokens], skip, named, implied, regions, spans, topics: q.topics, acronyms: q.acronyms },
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

  private decide(q: Query, given: RankResult, regions: readonly string[], strict: boolean): Decision {
    // "hoe lang duurt een signaaloverleg?", "hoe lang duurt een halt-straf?": how long a meeting or
    // a partner's work lasts is not how long the covenant runs.
    const res =
      HOW_LONG.test(q.normalized) &&
      (q.meetings.length > 0 || q.roles.some((r) => !PARTIES.has(r.id))) &&
      !COVENANT_NAMED.test(q.normalized)
        ? { ...given, ranked: given.ranked.filter((r) => !LIFECYCLE.test(r.unit.id)) }
        : given;
    let [top] = res.ranked;
    // A subject the covenants do not cover (lexicon, outOfScope): refused whatever else matches.
    if (res.outOfScope.length > 0)
      return {
        kind: "refuse",
        ...(res.outOfScope[0] ? { subject: res.outOfScope[0] } : {}),
        ...(top ? { closest: top } : {}),
      };
    if (!top || top.score < LOW || res.unknownShare >= 0.5)
      return { kind: "refuse", ...(top ? { closest: top } : {}) };
    // A word the knowledge base does not know carries part of the question: the unit found
    // answers the rest of it, not the question.
    // A unit that matches the rest very well (a paraphrase, a cue and the entity) still answers.
    if (res.unknownShare >= 0.25 && top.cover < 0.8 && top.score < STRONG)
      return { kind: "refuse", closest: top };
    if (!givesQuantityAsked(q.normalized, `${top.unit.short?.[q.lang] ?? ""} ${top.unit.text[q.lang]}`))
      return { kind: "refuse", closest: top };
    // A unit that gathers points (all of a wijkplan's agreements) with one of its points nearly
    // as close: the point answers, chosen on the gathering unit's evidence.
    // (A role's articles: only one about that role alone, and not when who holds it is asked.)
    const gathered = top.unit.parts;
    const role = top.unit.kind === "role";
    if (gathered && !(role && ASKS_WHO.test(q.normalized))) {
      const whole = top;
      const part = res.ranked.find(
        (r) =>
          gathered.includes(r.unit.id) &&
          r.score >= BESIDE * whole.score &&
          (!role || r.unit.about.filter((a) => a.startsWith("role:")).length <= 1),
      );
      if (part) top = { ...part, score: whole.score, cover: whole.cover };
    }
    // Distinct facts: within one region, only that region's units and guidance compete.
    // The same fact in another region's covenant (same slot) is no competitor.
    const lead = top;
    const others = res.ranked.filter(
      (r) =>
        r.unit !== lead.unit &&
        !(r.unit.slot === lead.unit.slot && r.unit.region !== lead.unit.region) &&
        // Another unit on the same article says the same thing.
        !(
          (r.unit.kind !== "overleg" || lead.unit.kind !== "overleg") &&
          r.unit.source.covenant === lead.unit.source.covenant &&
          r.unit.source.ref === lead.unit.source.ref
        ) &&
        (regions.length !== 1 || r.unit.region === lead.unit.region || r.unit.region === null) &&
        // The article that holds the leading part (art. 4.1 for art. 4.1.1) says it more generally;
        // so does the unit that gathers a wijkplan's points.
        !holdsPart(r.unit, lead.unit) &&
        !r.unit.parts?.includes(lead.unit.id) &&
        // The duties of the one role named are asked, not those of a role that mentions it
        // ("welke rol heeft het jongerenwerk?" is not about the vertrouwenspersoon).
        !(
          q.roles.length === 1 &&
          lead.unit.kind === "role" &&
          r.unit.kind === "role" &&
          lead.unit.about.includes(`role:${q.roles[0]?.id}`) &&
          !r.unit.about.includes(`role:${q.roles[0]?.id}`)
        ),
    );
    // "How often ...?": units that give the same rhythm give the same answer.
    // Of those, the one with the covenant's own words under it answers.
    const rhythm = asksHowOften(q.normalized) ? rhythmOf(top.unit.text.nl) : undefined;
    if (rhythm) {
      const same = others.filter(
        (r) => rhythmOf(r.unit.text.nl) === rhythm && r.unit.region === lead.unit.region,
      );
      for (const r of same) others.splice(others.indexOf(r), 1);
      const quoted = same.find((r) => r.unit.quote && r.score >= BESIDE * lead.score);
      // It is chosen on the lead's evidence, and decided on it.
      if (!top.unit.quote && quoted) top = { ...quoted, score: lead.score, cover: lead.cover };
    }
    const second = others[0];
    const ratio = second ? top.score / second.score : Number.POSITIVE_INFINITY;
    if (top.score >= ANSWER && ratio >= LEAD) return { kind: "answer", picked: [top] };
    // A weaker match that leaves every other fact far behind is still the answer.
    if (top.score >= CLEAR && ratio >= CLEAR_LEAD && res.unknownShare === 0)
      return { kind: "answer", picked: [top] };
    // ... and so is one from ALONE on that no other fact comes near at all.
    if (!strict && standsAlone(q, res, top, lead, others)) return { kind: "answer", picked: [top] };
    if (
      (top.score >= ANSWER || (top.score >= CLEAR && res.unknownShare === 0)) &&
      second &&
      second.score >= BESIDE * top.score &&
      !strict
    ) {
      const third = others[1];
      // Two close units and then a gap: both are shown; more than two close: ask back.
      if (!third || second.score / third.score >= LEAD) return { kind: "answer", picked: [top, second] };
    }
    if (strict) return { kind: "refuse", closest: top };
    const options = [top, ...others.filter((o) => o.score >= LOW)].slice(0, 3);
    if (options.length >= 2) return { kind: "ask", options };
    // One fact comes near, not near enough: asked back, not called absent from the covenants
    // (also with a word it does not know, when the fact comes near enough to offer).
    if (res.unknownShare === 0 || (top.score >= CLEAR && res.unknownShare < 0.25))
      return { kind: "ask", options };
    return { kind: "refuse", closest: top };
  }

  /**
   * A question which wijken something holds for, no wijk named: each wijk's best unit among
   * those close to the top, when two or more wijken come close.
   */
  private perWijk(ctx: Ctx, q: Query, res: RankResult): Array<{ unit: Unit; label: string }> | undefined {
    const [top] = res.ranked;
    if (!asksWhichWijken(q.normalized) || q.wijken.length > 0 || !top || top.score < CLEAR) return undefined;
    const best = new Map<string, Unit>();
    for (const r of res.ranked) {
      if (r.score < PER_WIJK * top.score || r.score < LOW) break;
      const wijk = r.unit.about.find((a) => a.startsWith("wijk:"))?.slice(5);
      if (wijk && r.unit.region && !best.has(`${r.unit.region}/${wijk}`))
        best.set(`${r.unit.region}/${wijk}`, r.unit);
    }
    if (best.size < 2) return undefined;
    return [...best].slice(0, 5).map(([key, unit]) => {
      const [region = "", wijk = ""] = key.split("/");
      return { unit, label: ctx.kb.wijk(region, wijk)?.name ?? wijk };
    });
  }

  /**
   * No region known and the best units come from two or more covenants: each region's best
   * unit, one line each (the same question has a different answer per covenant).
   */
  private perRegion(q: Query, res: RankResult): Array<{ unit: Unit; label: string }> | undefined {
    const [top] = res.ranked;
    if (q.regions.length > 0 || !top || top.unit.region === null) return undefined;
    const close = res.ranked.filter((r) => r.score >= PER_REGION * top.score);
    const regions = [...new Set(close.map((r) => r.unit.region))];
    if (regions.length < 2 || regions.includes(null)) return undefined;
    const best = new Map<string, Unit>();
    for (const r of close) if (r.unit.region && !best.has(r.unit.region)) best.set(r.unit.region, r.unit);
    return [...best].map(([region, unit]) => ({ unit, label: region }));
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

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
