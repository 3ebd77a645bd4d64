/**
 * The answering engine: platform-neutral and deterministic. `ask` turns one chat question
 * into an Answer (fact, source, next step) using only the knowledge base.
 */

import { ConvenantbotError } from "../errors.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { UnitAnswerer } from "./answerer.ts";
import { clarifyEntities } from "./compose/clarify.ts";
import { answerContact } from "./compose/contacts.ts";
import {
  answerSchoolWijk,
  answerWijken,
  answerWijkSchools,
  SCHOOL_TYPE_ASKED,
  schoolPlaceAnd,
} from "./compose/schools.ts";
import { notAnswered, smalltalkAnswer } from "./compose/unknown.ts";
import { type Ctx, KnowledgeLookup, type Query } from "./context.ts";
import { type Entity, EntityIndex, type EntityMatch } from "./entities.ts";
import { prepareDates } from "./format.ts";
import { asksSchoolPlace, type Route, route } from "./intents.ts";
import { detectLanguage } from "./language.ts";
import { acronymsOf, REQUEST } from "./reading.ts";
import { statedRhythm } from "./rhythm.ts";
import { normalize, normalizeAsWritten, STOPWORDS, tokenize } from "./text.ts";
import { TopicMatcher } from "./topics.ts";
import type { Answer, AskOptions } from "./types.ts";

/** What was, and what is happening now. */
const PAST =
  /\b(?:gisteren|eergisteren|vorige week|vorig jaar|vorige maand|laatst|afgelopen|toen|yesterday|last week|last month|last year|last night|the other day|video of|filmpje van|beelden van|footage of|cctv of)\b/;
const NOW = /\b(?:nu|nou|op dit moment|net|bezig|right now|now|is happening|happening now|at the moment)\b/;
/** Words that ask the question rather than name its subject; they leave nothing unexplained. */
const CUE_WORDS = new Set(
  (
    "welke welk waar ligt liggen zit zitten hoort horen valt vallen doet doen rol taak taken contact type soort " +
    "sbo po vo vso speciaal special kind lang long " +
    "info informatie vertel weten wil " +
    "which district located neighbourhood neighborhood area role details tell know want wijk wijken belong belongs part " +
    "fall falls under onder " +
    "wijkplan wijkplannen staat staan genoemd noemt " +
    "school scholen ikc kc basisschool " +
    "telefoonnummer nummer email bellen bereiken bereikbaar phone number reach call " +
    // "wie is op dit moment de wijkagent?", "who is the current ...": when asks nothing else.
    "moment momenteel huidige huidig tegenwoordig nu current currently now naam name mailadres emailadres direct " +
    // Who is asking: "met IKC de Tjalk hier, bij welk wijkplan horen wij?", "I work at ...".
    "wij we ons onze our us hier here werk werken work works plan covers " +
    // "welke scholen doen mee in De Leyens?"
    "mee meedoen deelnemen deel take stadsdeel stadsdelen borough"
  ).split(" "),
);
/** "which other schools are in the veilige school covenant with us too?": words that leave a list
 * of the covenant's schools unexplained by nothing (not for a person: "the other wijkagent"). */
const OTHER_WORDS = new Set("other andere too ook veilige".split(" "));

/** Where a question goes on with a second ask: "..., en wie is ...", "... n who from police". */
const NEXT_ASK =
  /\?\s+|\s*[,;]?\s+(?:en|and|n)\s+(?=(?:wie|wat|hoe|waar|wanneer|welke|welk|who|what|how|where|when|which)\b)/i;

/** A guess at the answer after the question: "? around 10?", ", every quarter?", "? 6-12". */
const GUESS =
  /^(.*?\p{L}.*?)\s*[?,]\s*((?:(?:around|about|roughly|like|ongeveer|zo'n|zon|rond|circa|ca\.?|just|only|maar|alleen|toch|right|dus)\s+)*(?:\d[\d\s./x-]*|één|twee|drie|vier|vijf|tien|one|two|three|four|five|ten|once|twice|eenmaal|tweemaal|(?:every|elke|iedere|each)\s+\p{L}+|monthly|weekly|yearly|maandelijks|wekelijks|jaarlijks)(?:\s+\p{L}+){0,3})\s*[?!.]*\s*$/isu;

/** A question for yes or no opens with its verb. */
const YES_OR_NO_FIRST =
  /^(?:\p{L}+ hier,? )?(?:moet|moeten|mag|mogen|kan|kunnen|is|zijn|heeft|hebben|wordt|worden|zal|zullen|informeert|informeren|schakelen|schakelt|bellen|bel|doen|doet|gaat|gaan|krijgt|krijgen|must|should|can|could|may|are|does|do|did|has|have|will|would|shall)\b/u;

/** Words for a part of town: the word after one names it. */
const PLACE_WORDS = new Set([
  "stadsdeel",
  "stadsdelen",
  "wijk",
  "district",
  "neighbourhood",
  "neighborhood",
  "borough",
]);

/** "Wanneer is het volgende signaaloverleg?", "wanneer is de eerstvolgende evaluatie gepland?": the date of a coming event, which no covenant holds. */
const NEXT_DATE =
  /\b(?:wanneer(?: \w+){0,2} (?:is|zijn|komt|komen) (?:de|het) (?:eerst)?volgende|(?:op )?welke (?:datum|dag|data) is (?:de|het) (?:eerst)?volgende|datum van (?:de|het) (?:eerst)?volgende|when(?: \w+){0,2}(?: is|s| are) the next|what date is the next|date of the next|next \w+(?: \w+)? (?:is )?(?:scheduled|planned)|(?:next|volgende)\b[^?.]{0,60}\b(?:date|datum)|\b(?:wanneer|when)\b[^?.]{0,30}\b(?:eerst)?volgende\b[^?.]{0,60}\b(?:gepland|ingepland)|(?:date|datum)\b[^?.]{0,40}\b(?:next|volgende)|(?:need|want|give me) (?:a|the|an exact) date|(?:exacte|precieze) datum)\b/;

/** The line that says the date asked for is not in the covenant (the bot drops it once the date is planned). */
export const NO_DATE_LEAD = {
  nl: "De datum van de volgende staat niet in het convenant. Wat het wel zegt:",
  en: "The date of the next one is not in the covenant. What it says:",
} as const;

/** "Did the primary schools actually join in 2023, like they planned?": what happened since a
 * plan the covenant states, which the covenant cannot tell. */
const SINCE_PLAN =
  /^(?:\S+\s+){0,3}?(?:did|have|has|had|zijn|is|hebben|heeft)\b.*\b(?:in the end|like (?:they|we|it was) planned|as planned|eventually|zoals gepland|zoals (?:ze|we|het) van plan waren|uiteindelijk|inmiddels)\b/;

const SINCE_PLAN_LEAD = {
  nl: "Of dat inmiddels is gebeurd, staat niet in het convenant. Wat het zegt:",
  en: "Whether that has happened since is not in the covenant. What it says:",
} as const;

/**
 * Questions the covenant answers only in part: for the date of a coming meeting or event (its
 * rhythm is given, the date is not in it; the bot adds the date when the gemeente has planned the
 * meeting), or for what happened since a plan it states (the plan is told). The answer is given
 * under a line that says so, and not counted as answered.
 */
const TOLD_IN_PART = [
  { asks: NEXT_DATE, lead: NO_DATE_LEAD, reason: "no-date" },
  { asks: SINCE_PLAN, lead: SINCE_PLAN_LEAD, reason: "not-in-covenants" },
] as const;

function toldInPart(answer: Answer, normalized: string): Answer {
  const part = answer.answered ? TOLD_IN_PART.find((p) => p.asks.test(normalized)) : undefined;
  if (!part) return answer;
  return {
    ...answer,
    answer: `${part.lead[answer.language]}\n${answer.answer}`,
    answered: false,
    unanswered: part.reason,
  };
}

/** Questions asked at start to warm up the engine, within a time budget (ms). */
const WARM_UP = 200;
const WARM_UP_MS = 120;
/** How long Engine.prepare warms up after the server started. */
const PREPARE_MS = 400;

/** Longest question the engine reads; longer text is refused with a message, not cut. */
export const MAX_QUESTION_LENGTH = 1000;

export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  /** The answer built on one unit: what a click on an option of a question back shows. */
  explain(unitId: string, options?: AskOptions): Answer | undefined;
  /** Region ids the engine knows. */
  readonly regions: readonly string[];
  /**
   * Builds now what the first question would otherwise wait for: the indexes behind typo
   * correction and the date formats; then warms up on questions asked in the ways people ask,
   * for at most 0.4 s, one question at a time so that requests arriving meanwhile are served.
   * The server calls it right after it starts listening, with the word lists.
   */
  prepare(): Promise<void>;
}

export function createEngine(kb: KnowledgeBase): Engine {
  const topicMatcher = new TopicMatcher(kb.vocabulary.topics);
  const modifiers = new Set(kb.vocabulary.topics.filter((t) => t.modifier).map((t) => t.id));
  const lookup = new KnowledgeLookup(kb);
  const entities = EntityIndex.fromKnowledge(kb);
  const answerer = new UnitAnswerer(kb, entities, (text, o) => understand(text, o));

  const regionIds = kb.regions.map((r) => r.id);

  /** The words that tell the language: the abbreviations as written, and no words of a name
   * ("IKC De Waterlelie" says nothing of the language of "which wijk is IKC De Waterlelie in?"). */
  function languageTokens(
    text: string,
    tokens: readonly string[],
    matches: readonly EntityMatch[],
  ): string[] {
    const named = new Set<string>();
    for (const m of matches)
      if (m.entities.every((e) => e.kind === "school" || e.kind === "board" || e.kind === "wijk"))
        for (let i = m.start; i < m.end; i++) named.add(tokens[i] as string);
    return tokenize(normalizeAsWritten(text)).filter((t) => !named.has(t));
  }

  function understand(text: string, options: AskOptions): Query {
    const normalized = normalize(text);
    const tokens = tokenize(normalized);
    const matches = entities.find(text);
    const of = (kind: Entity["kind"]) => matches.flatMap((m) => m.entities.filter((e) => e.kind === kind));
    const namedRegions = [...new Set(of("region").map((e) => e.id))];
    const topics = topicMatcher.analyse(text);
    const covered = new Set(topics.covered);
    for (const m of matches) for (let i = m.start; i < m.end; i++) covered.add(i);
    // Long compounds ("incidentenregistratie", "camerabeelden") say more than short words ("kost").
    const explained = tokens
      .filter((t, i) => covered.has(i) && !STOPWORDS.has(t))
      .reduce((n, t) => n + (t.length >= 10 ? 2 : 1), 0);
    // ("stadsdeel Poort", "wijk Noord": the word after a word for a part of town names the place;
    // so does the word right after a town's name: "almere haven", "leiden noord".)
    const townEnds = new Set(
      matches.filter((m) => m.entities.some((e) => e.kind === "region")).map((m) => m.end),
    );
    const unexplained = tokens.filter(
      (t, i) =>
        !covered.has(i) &&
        !townEnds.has(i) &&
        !STOPWORDS.has(t) &&
        !CUE_WORDS.has(t) &&
        !PLACE_WORDS.has(tokens[i - 1] ?? "") &&
        !(PLACE_WORDS.has(tokens[i - 2] ?? "") && covered.has(i - 1)) &&
        t.length > 2,
    );
    const context = options.region ? [options.region] : [];
    const q: Query = {
      text,
      normalized,
      tokens,
      lang: options.language ?? detectLanguage(languageTokens(text, tokens, matches), text),
      matches,
      schools: of("school"),
      boards: of("board"),
      wijken: of("wijk"),
      roles: of("role"),
      meetings: of("meeting"),
      terms: of("term"),
      namedRegions,
      topics: topics.topics,
      unexplained,
      explained,
      regions: [],
      acronyms: acronymsOf(text),
    };
    // The region: named in the question, else implied by a single school or wijk, else the chat's.
    const implied = [
      ...new Set([...q.schools, ...q.wijken].map((e) => e.region).filter((r): r is string => !!r)),
    ];
    q.regions = namedRegions.length > 0 ? namedRegions : implied.length === 1 ? implied : context;
    if (q.regions.length > 0) {
      const keep = (e: Entity) => !e.region || q.regions.includes(e.region);
      const narrowed = {
        schools: q.schools.filter(keep),
        wijken: q.wijken.filter(keep),
        terms: q.terms.filter(keep),
      };
      if (narrowed.schools.length > 0 || q.schools.length === 0) q.schools = narrowed.schools;
      if (narrowed.wijken.length > 0 || q.wijken.length === 0) q.wijken = narrowed.wijken;
      if (narrowed.terms.length > 0) q.terms = narrowed.terms;
    }
    return q;
  }

  const engine: Engine = {
    regions: regionIds,
    ask(question: string, options: AskOptions = {}): Answer {
      if (options.region && !regionIds.includes(options.region)) {
        throw new ConvenantbotError(
          `Unknown region '${options.region}'. Known regions: ${regionIds.join(", ")}.`,
          "bad_input",
        );
      }
      const text = question.trim();
      // The length is checked before any other work, so that no stage sees more than the maximum.
      if (text.length > MAX_QUESTION_LENGTH) {
        const head = tokenize(normalize(text.slice(0, MAX_QUESTION_LENGTH)));
        const lang = options.language ?? detectLanguage(head);
        const ctx: Ctx = { kb: lookup, q: understand("", { ...options, language: lang }) };
        return notAnswered(
          ctx,
          lang === "en"
            ? `Your question is too long (${text.length} characters; at most ${MAX_QUESTION_LENGTH}). Please ask it in a shorter message.`
            : `Je vraag is te lang (${text.length} tekens; maximaal ${MAX_QUESTION_LENGTH}). Stel hem korter.`,
        );
      }
      // "which wijk is IKC X in? want i wanna read its wijkplan": a reason after the question says
      // why it is asked, not what; the question is answered (in the whole text's language).
      const whole = understand(text, options);
      // ("... ? need a name and number pls": how to answer, after the question, is no part of it.)
      const request = text.match(/^([^?]*\?)\s*([^?]*?)[\s.!?]*$/s);
      const reason =
        text.match(/^([^?]*\?)\s*(?:want|omdat|because|since|cause|coz|zodat|so that)\b[^?]*$/is) ??
        (request?.[2] && REQUEST.test(normalize(request[2])) ? request : null);
      // ("how many reps sign the covenant? around 10?", "... meet together, every quarter?": a
      // guess at the answer after the question is no part of what is asked.)
      // (Not a tail that names a wijk, school, meeting or role, nor the region where the chat has
      // none: "hoe vaak is het overleg, 2x in oosterheem?" asks about Oosterheem.)
      const guess = reason ? null : text.match(GUESS);
      const tail = guess?.[2] ? understand(guess[2], options) : undefined;
      // (Nor after a question for yes or no, where the tail says what happened: "moeten we de
      // politie bellen, 1 mes gevonden?", "informeert de politie de ouders? 19 jaar oud"; nor a
      // rhythm asked when or how often, which it helps find: "wanneer komt de kerngroep samen, 4x?".)
      const aside =
        tail &&
        tail.wijken.length + tail.schools.length + tail.meetings.length + tail.roles.length === 0 &&
        !YES_OR_NO_FIRST.test(normalize(guess?.[1] ?? "")) &&
        !(
          statedRhythm(normalize(guess?.[2] ?? "")) &&
          /\b(?:hoe vaak|how often|wanneer|when)\b/.test(normalize(guess?.[1] ?? ""))
        );
      // (A region named only in the guess, where the chat has none, is where the question is asked:
      // "wanneer is het signaaloverleg, elke maand in leiden?".)
      const place =
        tail && !options.region && tail.namedRegions.length === 1 ? tail.namedRegions[0] : undefined;
      const asked = reason?.[1] ?? (aside && guess?.[1] ? `${guess[1]}?` : place ? text : undefined);
      const q =
        asked && tokenize(normalize(asked)).length >= 3
          ? understand(asked, { ...options, language: whole.lang, ...(place ? { region: place } : {}) })
          : whole;
      const ctx: Ctx = {
        kb: lookup,
        q,
        ...(options.contacts ? { contacts: options.contacts } : {}),
        ...(reason && reason === request ? { asksName: true } : {}),
      };
      const en = q.lang === "en";
      if (text.length === 0 || q.tokens.length === 0) {
        return notAnswered(
          ctx,
          en
            ? "Please type a question, for example: who is the community officer for IKC Klimboom?"
            : "Stel een vraag, bijvoorbeeld: wie is de wijkagent voor IKC Klimboom?",
        );
      }
      const r: Route = route(q);
      if (r.kind === "smalltalk") return smalltalkAnswer(ctx, r.what);
      if (r.kind === "clarify") return clarifyEntities(ctx, r.match.text, r.options);
      // Look-ups of a person or a school's place need no ranking when nothing else is asked.
      // (For a list of the covenant's schools, "other", "andere", "too" ask nothing else either.)
      if (q.unexplained.every((w) => r.kind === "wijk-schools" && OTHER_WORDS.has(w))) {
        if (r.kind === "contact") return answerContact(ctx, r.role);
        if (r.kind === "school-wijk") {
          // The other part of "welke wijk ... en wie is de wijkagent", asked of the school.
          const parts = text
            .split(NEXT_ASK)
            .filter((p) => p.trim())
            .map((p) => ({ text: p, normalized: normalize(p) }));
          const others = parts.filter((p) => !asksSchoolPlace(p.normalized));
          const place = parts.find((p) => asksSchoolPlace(p.normalized))?.text;
          // (A part that asks the school's type is answered with its place: "en wat voor school is het".)
          const typeToo = others.some((p) => SCHOOL_TYPE_ASKED.test(p.normalized));
          if (others.length === 0 || !place || typeToo) return answerSchoolWijk(ctx, r.school);
          const asked = { ...options, language: q.lang, region: r.school.region };
          const more = engine.ask(`${others.map((p) => p.text).join(" ")} ${r.school.label}`, asked);
          // (The place as its own part asks it: "welke wijk ..., en wat voor school is het?".)
          return schoolPlaceAnd({ ...ctx, q: understand(place, asked) }, r.school, more);
        }
        if (r.kind === "wijk-schools")
          return answerWijkSchools(ctx, q.wijken[0], q.regions.length > 0 ? q.regions : regionIds);
        if (r.kind === "wijken") return answerWijken(ctx);
      }
      const answer = toldInPart(answerer.answer(ctx, options), q.normalized);
      // Acute danger described: the emergency number comes before anything else.
      // (Not for a fight told as past, with nothing happening now: "the video of the fight her son
      // was in", "gisteren was er een vechtpartij".)
      const past = PAST.test(q.normalized) && !NOW.test(q.normalized);
      if (!q.topics.some((x) => modifiers.has(x)) || past) return answer;
      return {
        ...answer,
        answer: `${en ? "In acute danger: call 112." : "Bij acuut gevaar: bel 112."}\n${answer.answer}`,
      };
    },
    async prepare(): Promise<void> {
      topicMatcher.prepare();
      entities.prepare();
      answerer.prepare();
      prepareDates();
      // Then a longer warm-up than the build's, in the ways people ask (English, typos,
      // articles). Unlike the build's it runs while the server listens: the event loop is let go
      // before each question, so a health check or a first asker is not kept waiting.
      const until = performance.now() + PREPARE_MS;
      for (const q of answerer.warmUp(WARM_UP, true)) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        engine.ask(q.text, { region: q.region });
        if (performance.now() > until) break;
      }
    },
    explain(unitId: string, options: AskOptions = {}): Answer | undefined {
      const q = understand("", options);
      return answerer.explain({ kb: lookup, q }, unitId);
    },
  };
  // The first answers run the code cold; a warm-up on the knowledge base's own paraphrases
  // makes the first real questions as fast as the rest.
  // The JIT is warm after a few dozen questions; on a national knowledge base each one costs
  // more, so the budget, not the count, ends the warm-up.
  const until = performance.now() + WARM_UP_MS;
  for (const q of answerer.warmUp(WARM_UP)) {
    engine.ask(q.text, { region: q.region });
    if (performance.now() > until) break;
  }
  return engine;
}
