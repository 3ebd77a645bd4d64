/**
 * Decides from the ranked units whether a question is answered, asked back or refused: the
 * thresholds on the top unit's score and its lead over the runner-up, the units that are no
 * competitor of the top one (the same fact in another covenant, the article that holds it, a
 * role's other duties), and the rules for a weak fact that stands alone.
 */
import type { Query } from "./context.ts";
import { MEETING_ATTRIBUTES } from "./overleg-units.ts";
import type { Ranked, RankResult } from "./rank.ts";
import {
  asksOnlyHowLong,
  asksOnlyHowOften,
  givesDuration,
  givesQuantityAsked,
  givesRhythm,
  SPLIT,
} from "./reading.ts";
import { asksHowOften, rhythmOf, statedRhythm } from "./rhythm.ts";
import { STOPWORDS } from "./text.ts";
import { attributeOf, type Unit } from "./unit.ts";

/** Scores: below LOW nothing fits; from ANSWER on, a unit answers when it leads by LEAD. */
export const LOW = 0.33;
export const ANSWER = 0.6;
/** The top unit answers alone when it scores this many times the runner-up. */
const LEAD = 1.15;
/** Below ANSWER, from CLEAR on, the top unit still answers when it scores CLEAR_LEAD times the
 * runner-up and the question has no word the knowledge base does not know. */
export const CLEAR = 0.45;
export const CLEAR_LEAD = 2;
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
/** "volgens het convenant", "per the covenant": the covenant's own word is asked. */
const PER_COVENANT =
  /\b(?:volgens|in) (?:het|ons|onze|jullie|dit) (?:\p{L}+ )?convenant\b(?! (?:gebied|regio|partners?|partij\p{L}*))|\b(?:according to|per|in) (?:the|our|this) (?:\p{L}+ )?covenant\b(?! (?:area|region|partners?|parties))|\b(?:does|do) (?:the|our|this) (?:\p{L}+ )?covenant say\b|\bzegt (?:het|ons|dit) (?:\p{L}+ )?convenant\b/u;
/** The law or the general rule asked, not the covenant: general guidance answers it as such. */
const LAW_ASKED =
  /\b(?:wet|wetten|wettelijk\p{L}*|wetgeving|avg|in het algemeen|algemene regel|law|laws|legal|legally|gdpr|in general|generally|general rule)\b/u;
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
export const BESIDE = 0.9;
/** A question for who does something or holds a role. */
const ASKS_WHO = /\b(?:wie|who|whom)\b/;
/** The words of "wat is / what's / wat houdt ... in" and of saying who asks ("... here"). */
const SHORT_ASK = new Set(
  "wat what whats is zijn are was houdt in eigenlijk precies nou dat die this that hier here wij we ons onze our".split(
    " ",
  ),
);
/** "wat is het veilige school overleg?", "what's the kerngroep": a meeting asked for as a whole. */
const WHAT_IS = /\b(?:wat|what)\s+(?:is|zijn|are|was|houdt)\b/;
const OTHER_ASK =
  /\b(?:wie|who|whom|hoe|how|wanneer|when|waar|where|welke|welk|which|hoeveel|often|vaak|waarom|why|mag|mogen|moet|moeten|kan|kunnen|can|may|must|should|doen|doet|do|does)\b/;

/** A meeting asked for as a whole, nothing else named or asked: what it is for and how often.
 * (Only a meeting that is the one of its kind: Zoetermeer's wijk meetings are many, and none is
 * "the" wijkveiligheidsoverleg. A school may be named: it says who is asking.) */
function meetingInShort(q: Query, top: Ranked, ranked: readonly Ranked[]): Ranked[] | undefined {
  const meeting = attributeOf(top.unit);
  if (
    !meeting ||
    q.meetings.length !== 1 ||
    q.roles.length + q.wijken.length > 0 ||
    // (A term the covenant defines is named only as the meeting's own name: "Veilige School Overleg".)
    !q.terms.every((t) =>
      q.matches.some((m) => m.entities.includes(t) && m.entities.some((e) => e.kind === "meeting")),
    ) ||
    // (Nothing else named: "wat is de evaluatie in het veilige school overleg" asks the evaluation.)
    q.tokens.some(
      (t, i) => !STOPWORDS.has(t) && !SHORT_ASK.has(t) && !q.matches.some((m) => i >= m.start && i < m.end),
    ) ||
    !WHAT_IS.test(q.normalized) ||
    OTHER_ASK.test(q.normalized) ||
    top.unit.about.some((a) => a.startsWith("wijk:")) ||
    ranked.some(
      (r) =>
        r.unit.kind === "overleg" &&
        attributeOf(r.unit) !== meeting &&
        r.unit.about.includes(`meeting:${q.meetings[0]?.id}`),
    )
  )
    return undefined;
  const of = (a: string) => ranked.find((r) => r.unit.id === `${meeting}#${a}`);
  const picked = [of("purpose"), of("frequency")].filter((r): r is Ranked => r !== undefined);
  return picked.length > 0 ? picked.map((r) => ({ ...r, score: top.score, cover: top.cover })) : undefined;
}

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

/** How near the covenant's own fact must come to general guidance to go before it. */
const OWN_FACT = 0.85;
/** ... and to be shown beside it, the covenant not called silent. */
const NEAR_FACT = 0.6;

/** A score only a paraphrase or a cue with its entity reaches. */
const STRONG = 0.9;

export type Decision =
  | { kind: "answer"; picked: Ranked[] }
  | { kind: "ask"; options: Ranked[] }
  | {
      kind: "refuse";
      subject?: string;
      closest?: Ranked;
      unsaid?: "quantity" | "duration" | "covenant";
      /** With "covenant" unsaid: the covenant's own nearest fact, well below the guidance. */
      near?: Ranked;
    };

/** Asked in a region whose covenant does not speak of a subject where general guidance comes
 * nearest, a question of one part is told the covenant is silent (`strict`: a part of a question,
 * which keeps the guidance beside the other parts' answers). */
export function decide(q: Query, given: RankResult, regions: readonly string[], strict: boolean): Decision {
  const d = decideOne(q, given, regions, strict);
  if (d.kind !== "answer") return d;
  // "Hoe vaak ...?" asked alone and answered by covenant facts that give no rhythm: the covenant
  // does not say how often (what it does say is shown). A meeting's other attributes answer
  // with its rhythm beside them; a question back stays one.
  const [lead] = d.picked;
  if (
    lead &&
    lead.score >= CLEAR &&
    asksOnlyHowOften(q.normalized) &&
    d.picked.every(
      (p) => p.unit.kind !== "overleg" && p.unit.kind !== "guidance" && !givesRhythm(said(p.unit, q.lang)),
    )
  )
    return { kind: "refuse", closest: lead, unsaid: "quantity" };
  // "Hoe lang ...?" asked alone and answered by facts that give no length of time: the covenant
  // does not say how long.
  if (
    lead &&
    asksOnlyHowLong(q.normalized) &&
    d.picked.every((p) => !givesDuration(`${said(p.unit, q.lang)} ${p.unit.quote ?? ""}`))
  )
    return { kind: "refuse", closest: lead, unsaid: "duration" };
  return {
    kind: "answer",
    picked: withRhythmCorrected(q, given.ranked, sameAttributeOfEach(q, given.ranked, d.picked)),
  };
}

/** What a unit says in a language: its short line and its text. */
const said = (u: Unit, lang: "nl" | "en") => `${u.short?.[lang] ?? ""} ${u.text[lang]}`;

/** The attributes of a meeting asked of two meetings at once. */
const PAIRED: ReadonlySet<string> = new Set(MEETING_ATTRIBUTES);

/** "Hoe vaak is het bestuurlijk overleg? en de ambtelijke werkgroep?": one attribute asked of two
 * meetings named is answered for each of them. */
function sameAttributeOfEach(q: Query, ranked: readonly Ranked[], picked: Ranked[]): Ranked[] {
  const lead = picked[0];
  if (picked.length !== 1 || !lead || q.meetings.length < 2 || lead.unit.kind !== "overleg") return picked;
  // (Only the attributes every meeting has: its rules are not paired by their number.)
  const attribute = lead.unit.attribute;
  if (!attribute || !PAIRED.has(attribute)) return picked;
  const own = lead.unit.about.find((a) => a.startsWith("meeting:"));
  const out = [...picked];
  for (const m of q.meetings) {
    const type = `meeting:${m.id}`;
    if (type === own) continue;
    const same = ranked.filter(
      (r) =>
        r.unit.kind === "overleg" &&
        r.unit.attribute === attribute &&
        r.unit.region === lead.unit.region &&
        r.unit.about.includes(type) &&
        r.score >= LOW,
    );
    // (One meeting of that kind only: Zoetermeer's wijk meetings are many, none is "the" one.)
    const other = same.length === 1 ? same[0] : undefined;
    if (other && !out.includes(other)) out.push(other);
  }
  return out;
}

/** "the monthly signaaloverleg at our school, who chairs it": a meeting taken to meet at another
 * rhythm than its covenant gives is answered with its rhythm beside what was asked. */
function withRhythmCorrected(q: Query, ranked: readonly Ranked[], picked: Ranked[]): Ranked[] {
  const [first] = picked;
  const meeting = first ? attributeOf(first.unit) : undefined;
  if (!meeting || first?.unit.attribute === "frequency" || asksHowOften(q.normalized)) return picked;
  const stated = statedRhythm(q.normalized);
  const rhythm = stated ? ranked.find((r) => r.unit.id === `${meeting}#frequency`) : undefined;
  const real = rhythm ? rhythmOf(rhythm.unit.text.nl) : undefined;
  return rhythm && real && real !== stated && !picked.includes(rhythm)
    ? [...picked.slice(0, 1), rhythm]
    : picked;
}

function decideOne(q: Query, given: RankResult, regions: readonly string[], strict: boolean): Decision {
  // "hoe lang duurt een signaaloverleg?", "hoe lang duurt een halt-straf?": how long a meeting or
  // a partner's work lasts is not how long the covenant runs.
  const lasting =
    HOW_LONG.test(q.normalized) &&
    (q.meetings.length > 0 || q.roles.some((r) => !PARTIES.has(r.id))) &&
    !COVENANT_NAMED.test(q.normalized);
  // "meldcode stappen volgens ons westfriese convenant": what the covenant says is asked, and
  // general guidance is no covenant's word. When guidance comes nearest, the covenant asked does
  // not speak of its subject (speaksOf) and none of that covenant's facts comes nearly as near
  // (OWN_FACT), the covenant does not say it in so many words (the guidance is shown as such, and
  // the covenant's own nearest fact beside it, when one comes near at all).
  const [first] = given.ranked;
  const ownFact = (r: Ranked) =>
    r.unit.kind !== "guidance" && (regions.length === 0 || regions.includes(r.unit.region ?? ""));
  if (
    first?.unit.kind === "guidance" &&
    first.score >= LOW &&
    (PER_COVENANT.test(q.normalized) ||
      (!strict &&
        regions.length > 0 &&
        q.normalized.split(SPLIT).length === 1 &&
        !LAW_ASKED.test(q.normalized))) &&
    !(first.unit.inCovenants ?? []).some((r) => regions.length === 0 || regions.includes(r)) &&
    !given.ranked.some((r) => ownFact(r) && r.score >= Math.max(LOW, OWN_FACT * first.score))
  ) {
    const near = given.ranked.find((r) => ownFact(r) && r.score >= Math.max(LOW, NEAR_FACT * first.score));
    return { kind: "refuse", closest: first, unsaid: "covenant", ...(near ? { near } : {}) };
  }
  const kept = lasting ? { ...given, ranked: given.ranked.filter((r) => !LIFECYCLE.test(r.unit.id)) } : given;
  // ("vanaf welk schooljaar verwacht het leidse convenant dat de wet ... geldt?": where the question
  // asks what the covenant says, the covenant's own fact nearly as near as general guidance comes first.)
  const nearest = kept.ranked[0];
  const own =
    nearest?.unit.kind === "guidance" && /\b(?:convenant|covenant)\b/.test(q.normalized)
      ? kept.ranked.find((r) => ownFact(r) && r.score >= OWN_FACT * nearest.score)
      : undefined;
  const res = own ? { ...kept, ranked: [own, ...kept.ranked.filter((r) => r !== own)] } : kept;
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
  if (!givesQuantityAsked(q.normalized, said(top.unit, q.lang))) return { kind: "refuse", closest: top };
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
  const inShort = meetingInShort(q, top, res.ranked);
  if (inShort) return { kind: "answer", picked: inShort };
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
