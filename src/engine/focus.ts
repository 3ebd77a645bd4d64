/**
 * Where the question itself says where to look: an article it names with what it asks of it
 * ("art 5 lid 2 so and sbo meeting, how many times a yr"), or that it asks where something is
 * written ("which article says ..."). Each keeps the ranking to the facts that fit, when they
 * come near the best fact of all.
 */
import { type ArticleRef, inArticle } from "./articles.ts";
import type { Query } from "./context.ts";
import { type Decision, decide, LOW } from "./decide.ts";
import type { Ranked, RankResult } from "./rank.ts";

/** The ranking the decision reads, and the decision: kept to a named article's facts or to
 * provisions where the question says where to look. */
export function focusedDecision(
  q: Query,
  all: RankResult,
  articles: readonly ArticleRef[],
): { ranked: RankResult; whole: Decision } {
  const focused = inArticles(q.text, all, q.regions, articles);
  const ranked = focused ?? whereWritten(q, all) ?? all;
  const decided = decide(q, ranked, q.regions, false);
  // (Named by its article, first of all facts anyway and the only one of the article that comes
  // near, it is no guess to ask back.)
  const whole: Decision =
    focused &&
    decided.kind === "ask" &&
    decided.options[0] &&
    decided.options[0].unit === all.ranked[0]?.unit &&
    focused.ranked.filter((r) => r.score >= LOW).length === 1
      ? { kind: "answer", picked: [decided.options[0]] }
      : decided;
  return { ranked, whole };
}

/** The ranking kept to the facts of one region's covenant that stand in an article the question
 * names, when one of them comes near the best fact of all (a wrong number leaves the facts of the
 * article it names far behind); not where the asker is unsure of the number ("art 5.6 i think"). */
function inArticles(
  text: string,
  ranked: RankResult,
  regions: readonly string[],
  articles: readonly ArticleRef[],
): RankResult | undefined {
  if (articles.length === 0 || regions.length !== 1 || UNSURE.test(text)) return undefined;
  return keptIfNear(
    ranked,
    (r) => r.unit.region === regions[0] && articles.some((a) => inArticle(r.unit.source.ref, a)),
  );
}

/** How near the best fact of all the kept facts' best must come. */
const NEAR_BEST = 0.75;

/** The ranking kept to the facts `keep` accepts, when the best of them comes near the best fact
 * of all. */
function keptIfNear(ranked: RankResult, keep: (r: Ranked) => boolean): RankResult | undefined {
  const kept = ranked.ranked.filter(keep);
  const top = ranked.ranked[0]?.score ?? 0;
  return kept[0] && kept[0].score >= LOW && kept[0].score >= NEAR_BEST * top
    ? { ...ranked, ranked: kept }
    : undefined;
}

/** Words of someone unsure of what they name. */
const UNSURE =
  /\b(?:i think|i believe|i guess|i thought|iirc|if i remember|probably|possibly|maybe|perhaps|or so|or something|denk ik|dacht ik|geloof ik|meen ik|volgens mij|misschien|zoiets|of zo|ofzo|toch|was het|als ik me goed herinner)\b/i;

/** "which article says the police tell the school ...", "waar staat dat ...": where a thing is
 * written is said by the provision itself, not by a role's summary of several (unless the role
 * asked about is what the question names: "in welk artikel staat wat de wijkagent doet"). */
function whereWritten(q: Query, ranked: RankResult): RankResult | undefined {
  if (!WHERE_WRITTEN.test(q.normalized)) return undefined;
  const [top] = ranked.ranked;
  if (top?.unit.kind !== "role" || q.roles.some((r) => top.unit.about.includes(`role:${r.id}`)))
    return undefined;
  return keptIfNear(ranked, (r) => r.unit.kind !== "role");
}

/** A question of where something is written (not "what part does Halt play", "waar staat RBL voor"). */
const WHERE_WRITTEN =
  /\b(?:(?:which|what)\s+(?:article|section|annex|paragraph|clause)|(?:in\s+)?welk(?:e)?\s+(?:artikel|bijlage|paragraaf|hoofdstuk|lid)|waar\s+staat\s+(?:dat|het|er|beschreven|geschreven|vermeld)|where\s+(?:does\s+it\s+say|is\s+it\s+written|does\s+the\s+covenant\s+say))\b/;
