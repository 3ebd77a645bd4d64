/**
 * Answers a question from the units: ranks them, answers with the top unit(s) when the margin
 * is clear, asks back when a few are close, refuses when none fits or the question is about a
 * subject the covenants do not cover. A question that asks two things is answered part by
 * part; a question about two regions (or an organisation in two) region by region.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { articlesAsked } from "./articles.ts";
import {
  ASKS_PERSON,
  asksAfterAsker,
  CANNOT_COME,
  namesNoHolder,
  PERSON_FUNCTION,
  partsAfterOpening,
} from "./asker.ts";
import { comparedRoles, DefinedTerms } from "./compare.ts";
import { answerArticles } from "./compose/articles.ts";
import { elsewhere } from "./compose/elsewhere.ts";
import { answerUnits, askBack, besidesFor, notInCovenants } from "./compose/units.ts";
import type { Ctx, Query } from "./context.ts";
import { ANSWER, BESIDE, CLEAR, type Decision, decide, LOW } from "./decide.ts";
import type { EntityIndex } from "./entities.ts";
import { focusedDecision } from "./focus.ts";
import { indexLexicon, type LexiconIndex } from "./lexicon.ts";
import { attributesOfOneMeeting, leadsClearly } from "./meeting-parts.ts";
import { perRegion, perWijk, regionByRegion } from "./per-place.ts";
import { covenantWordsAsked } from "./query-slots.ts";
import { QuestionIndex } from "./question-index.ts";
import type { Ranked, RankResult } from "./rank.ts";
import {
  asksCurrentHolder,
  isFragment,
  isStatement,
  mergeEntities,
  openingOf,
  questionAfterStory,
  SPLIT,
  subjectWords,
} from "./reading.ts";
import { normalize, tokenize } from "./text.ts";
import type { Answer, AskOptions } from "./types.ts";
import { attributeOf, type Unit } from "./unit.ts";
import { buildUnits } from "./units.ts";
import { warmUpQuestions } from "./warm-up.ts";

export class UnitAnswerer {
  private readonly units: Unit[];
  private readonly byId: Map<string, Unit>;
  private readonly index: QuestionIndex;
  private readonly terms: DefinedTerms;
  private readonly lexicon: LexiconIndex;
  private readonly understand: (text: string, o: AskOptions) => Query;

  constructor(kb: KnowledgeBase, entities: EntityIndex, understand: (text: string, o: AskOptions) => Query) {
    this.units = buildUnits(kb);
    this.byId = new Map(this.units.map((u) => [u.id, u]));
    this.lexicon = indexLexicon(
      kb.lexicon,
      this.units.flatMap((u) => [u.text.nl, u.quote ?? ""]),
    );
    this.index = new QuestionIndex(kb, this.units, this.lexicon);
    this.terms = new DefinedTerms(this.units);
    this.understand = understand;
    void entities;
  }

  /** Up to `n` questions from the paraphrases, to warm up on (see `warmUpQuestions`). */
  warmUp(n: number, varied = false): Array<{ text: string; region: string | null }> {
    const unsaid = this.lexicon.lexicon.outOfScope.map((o) => (o.nl[0] ?? o.en[0]) as string);
    return warmUpQuestions(this.units, n, varied, unsaid);
  }

  /** Indexes the terms for typo correction now (see Engine.prepare). */
  prepare(): void {
    this.index.prepare();
  }

  explain(ctx: Ctx, unitId: string): Answer | undefined {
    const u = this.byId.get(unitId);
    return u ? { ...answerUnits(ctx, [{ unit: u }], 0.9), unit: u.id } : undefined;
  }

  answer(question: Ctx, options: AskOptions): Answer {
    const q = question.q;
    // The covenant's words for what was asked: they pick the sentence quoted under an answer.
    const ctx: Ctx = { ...question, ...covenantWordsAsked(q.tokens, this.lexicon) };
    const across = this.acrossRegions(ctx, q) ?? elsewhere(ctx);
    if (across) return across;
    const articles = articlesAsked(q.text);
    const byArticle = answerArticles(ctx, this.units, articles, this.lexicon.fillers);
    if (byArticle) return byArticle;
    // Terms the covenant defines, named as alternatives: each one's definition.
    const compared = this.terms.compared(q.text, q.regions);
    if (compared.length >= 2) return this.with(ctx, compared, 0.8);
    const { ranked, whole } = focusedDecision(q, this.index.rank(q, q.regions, q.tokens), articles);
    // Roles side by side: each one's summary.
    const roles = comparedRoles(q, this.byId, this.lexicon.fillers, whole.kind === "answer");
    if (roles.length >= 2) return this.with(ctx, roles, 0.8);
    const byParts = this.byParts(ctx, q, options, ranked, whole);
    if (byParts) return byParts;
    const afterOpening = this.afterOpening(ctx, q, options, ranked, whole);
    if (afterOpening) return afterOpening;
    // "In welke wijken ...?": every wijk whose plan or meeting comes close, one line each.
    const wijken = whole.kind !== "refuse" ? perWijk(ctx, q, ranked) : undefined;
    if (wijken) return this.finish(ctx, answerUnits(ctx, wijken, 0.6), wijken[0]?.unit.id);
    const regional = whole.kind !== "refuse" ? perRegion(q, ranked) : undefined;
    if (regional && (ranked.ranked[0]?.score ?? 0) >= ANSWER) {
      const labelled = regional.map((p) => ({ unit: p.unit, label: ctx.kb.region(p.label).name }));
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
    const subject = this.lexicon.lexicon.outOfScope.find((o) => o.id === whole.subject);
    // An abbreviation is named as the question wrote it ("VOG").
    const unknown = ranked.unknown.map((w) => (q.acronyms.has(w) ? w.toUpperCase() : w));
    const besides = besidesFor(q, whole, subject);
    // (An abbreviation is named with a subject too: 'Over "VOG" zeggen de convenanten niets'.)
    const named = subject ? unknown.filter((w) => q.acronyms.has(w.toLowerCase())) : unknown;
    return notInCovenants(ctx, subject?.ask, whole.closest?.unit.id, named, besides);
  }

  /** An organisation or question spanning two regions: each region answers for itself. */
  private acrossRegions(ctx: Ctx, q: Query): Answer | undefined {
    const d = regionByRegion(ctx, q, (region) => this.index.rank(q, [region], q.tokens));
    if (d?.kind === "answer") return this.finish(ctx, answerUnits(ctx, d.picked, 0.7), d.picked[0]?.unit.id);
    if (d?.kind === "ask") return this.finish(ctx, askBack(ctx, d.closest), d.closest[0]?.unit.id);
    return d?.kind === "absent" ? d.answer : undefined;
  }

  /** A question that asks two things: each part answered. */
  private byParts(
    ctx: Ctx,
    q: Query,
    options: AskOptions,
    ranked: RankResult,
    whole: Decision,
  ): Answer | undefined {
    const parts = partsAfterOpening(
      q.text,
      q.text.split(SPLIT).filter((p) => p.trim().length > 0),
      (t) => this.understand(t, { ...options, language: q.lang }).roles.length > 0,
    );
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
        const pr = this.index.rank(mergeEntities(pq, q), q.regions, pq.tokens);
        const d = decide(pq, pr, q.regions, true);
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
          // "..., en wat doen ze met de uitkomsten?": too little on its own, but one attribute of
          // a meeting well ahead of the rest (it answers if another part asks about that meeting).
          // (Not with a word no fact knows: "... en wat gebeurt er met de notulen?".)
          else if (
            closest &&
            closest.score >= LOW &&
            attributeOf(closest.unit) &&
            pr.unknownShare === 0 &&
            leadsClearly(pr, closest)
          )
            near.push({ at: open.length - 1, units: [closest] });
        }
      }
      // "... how often those get-togethers happen and what gets discussed?": no part clear on its
      // own, but every part comes close to another attribute of one named meeting.
      if (picked.length === 0 && near.length >= 2 && near.length === open.length) {
        picked.push(...attributesOfOneMeeting(q, near));
        if (picked.length > 0) open.length = 0;
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
    return undefined;
  }

  /**
   * "Er is een mes gevonden in de jas van een leerling. Moeten we aangifte doen?": what
   * happened, then the question. The question, read with the story's places and people,
   * answers when it is clear on its own; a subject the covenants do not cover still refuses.
   */
  private afterOpening(
    ctx: Ctx,
    q: Query,
    options: AskOptions,
    ranked: RankResult,
    whole: Decision,
  ): Answer | undefined {
    const said = openingOf(q.text);
    const asked = said?.question ?? questionAfterStory(q.text);
    // "veiligheidscoördinator rsg enkhuizen: ik kan niet naar het overleg, wat moet ik doen?":
    // the role only the opening names is who asks; its duties answer nothing the question asks.
    // (So too when the role's duties come first of the facts asked back.)
    const first =
      whole.kind === "answer" ? whole.picked[0] : whole.kind === "ask" ? whole.options[0] : undefined;
    // (An opening of a few words, not a story: "de politie wil een leerling aanhouden. wat is daar
    // afgesproken?" asks about what the police do.)
    const opener = said?.opener;
    const opening = opener
      ? opener.split(/\s+/).length
      : asked
        ? q.text.slice(0, q.text.lastIndexOf(asked)).trim().split(/\s+/).length
        : 0;
    const aboutNamedRole = q.roles.some((r) => first?.unit.about.includes(`role:${r.id}`));
    // ("we loved the halt lessons last year. does our wijkplan say we keep doing those?": a subject
    // the covenants do not cover, named only in the story, refuses nothing the question asks.)
    const subjectInStoryOnly =
      whole.kind === "refuse" &&
      !!whole.subject &&
      asked !== undefined &&
      asked !== q.text &&
      opener === undefined &&
      this.lexicon.outOfScope.find(tokenize(normalize(asked)), 2).length === 0;
    const story = !(
      whole.kind === "answer" ||
      (whole.kind === "refuse" && whole.subject && !subjectInStoryOnly)
    );
    // The question after the opening or story, read and decided once, only when a rule below
    // looks at it.
    const aq =
      asked !== undefined && ((opening <= 5 && aboutNamedRole) || story)
        ? this.understand(asked, { ...options, language: q.lang })
        : undefined;
    const decided = aq
      ? decide(aq, this.index.rank(mergeEntities(aq, q), q.regions, aq.tokens), q.regions, true)
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
      // "i'm the new safety coordinator at rsg enkhuizen and i can't make next week's meeting, what
      // do i do?": the asker's own duties answer nothing of what keeps them away; what the question
      // after the opening comes near is asked back.
      if (
        d.kind !== "answer" &&
        whole.kind === "answer" &&
        whole.picked.every((p) => p.unit.kind === "role") &&
        CANNOT_COME.test(aq?.normalized ?? "")
      ) {
        const rest = aq ? this.index.rank(mergeEntities(aq, q), q.regions, aq.tokens) : undefined;
        const options = (rest?.ranked ?? [])
          .filter((r) => r.score >= LOW && r.unit.kind !== "role" && r.unit !== first?.unit)
          .slice(0, 3);
        if (options.length > 0) return this.finish(ctx, askBack(ctx, options), options[0]?.unit.id);
      }
    }
    if (story && decided) {
      const d = decided;
      // ... and the whole text points to the same fact first. (Not after a short opening that says
      // who asks: "netwerkregisseur veiligheid zoetermeer: hoe lang loopt het po convenant ...?"
      // comes near the facts that name "netwerkregisseurs"; the question after it is clear.)
      const near = new Set(ranked.ranked.slice(0, 1).map((r) => r.unit));
      // (... and the question names a subject of its own: "who organises it?" after "primary school
      // head here" names nothing.)
      const opened =
        asksAfterAsker(opener, asked) && subjectWords(asked ?? "", this.lexicon, true).length > 0;
      // (General guidance is not read from a question without its story.)
      if (
        d.kind === "answer" &&
        d.picked.every((p) => (opened || near.has(p.unit)) && p.unit.kind !== "guidance")
      )
        return this.with(
          ctx,
          d.picked.map((p) => p.unit),
          0.6,
        );
    }
    return undefined;
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
      // (Also who leads a meeting: "wie organiseert het stadsdeeloverleg? naam en 06 graag".)
      (ctx.asksName &&
        ASKS_PERSON.test(ctx.q.normalized) &&
        (PERSON_FUNCTION.test(ctx.q.normalized) || u?.attribute === "organiser")) ||
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
}
