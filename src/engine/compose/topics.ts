/**
 * "Mag ik camerabeelden delen met de politie?": questions about a subject (privacy, camera,
 * aangifte, kluisjes, ...). Retrieves the covenant provisions and general guidance tagged with
 * the question's topics, ranked by full-text relevance, and keeps the two apart in the answer.
 */
import type { GuidanceItem, Provision, RegionKnowledge } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { covenantName, excerpt, provisionSource, t } from "../format.ts";
import { searchTerms } from "../text.ts";
import type { Answer, Source } from "../types.ts";
import { whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";
import { unknownAnswer } from "./unknown.ts";

interface ProvisionHit {
  region: RegionKnowledge;
  provision: Provision;
  score: number;
}

const PRIVACY_TOPICS = new Set(["privacy", "camera"]);

export function answerTopic(ctx: Ctx): Answer {
  const { kb, q, search } = ctx;
  const lang = q.lang;
  const topics = new Set(q.topics);
  // The most specific topic (carried by the fewest entries) decides what the answer is about.
  const modifiers = new Set(kb.kb.vocabulary.topics.filter((x) => x.modifier).map((x) => x.id));
  const primary = [...q.topics]
    .filter((x) => !modifiers.has(x))
    .sort((a, b) => (kb.topicCounts.get(a) ?? 0) - (kb.topicCounts.get(b) ?? 0))[0] as string;
  const questionTerms = new Set(searchTerms(q.text));
  const cut = (text: string) => excerpt(text, questionTerms, searchTerms, scope ? 600 : 260);
  const scope = q.regions.length > 0 ? new Set(q.regions) : undefined;
  const hits = search.search(q.text, scope);
  const guidance: Array<{ item: GuidanceItem; score: number }> = [];
  const provisions: ProvisionHit[] = [];
  const guidanceById = new Map(kb.kb.guidance.map((g) => [g.id, g]));
  for (const h of hits) {
    if (h.kind === "guidance") {
      const item = guidanceById.get(h.id);
      // Guidance about more than was asked (camera footage, for a question on sharing data in
      // general) ranks lower in proportion to its topics that were not asked about.
      const asked = item ? item.topics.filter((x) => topics.has(x)).length : 0;
      if (item && asked > 0)
        guidance.push({ item, score: h.score * (0.5 + (0.5 * asked) / item.topics.length) });
    } else {
      const found = kb.provisions.get(h.id);
      if (found?.provision.topics.some((x) => topics.has(x))) provisions.push({ ...found, score: h.score });
    }
  }
  const best = Math.max(0, ...guidance.map((g) => g.score), ...provisions.map((p) => p.score));
  if (best === 0) return unknownAnswer(ctx);

  const onPrimary = provisions.filter((p) => p.provision.topics.includes(primary));
  // Nothing on the main subject: with a known region, show what its covenant does say on the
  // related subjects; across all regions that would be a list of near misses, so leave it out.
  const chosenAll =
    onPrimary.length > 0
      ? pickProvisions(onPrimary, !!scope)
      : scope
        ? pickProvisions(provisions, true).slice(0, 1)
        : [];
  const partial = q.offDomain.length > 0 && q.offDomain.length >= q.explained;
  const chosen = partial ? chosenAll.slice(0, 2) : chosenAll;
  const offTopic = onPrimary.length === 0 && chosen.length > 0;
  guidance.sort((a, b) => b.score - a.score);
  const onPrimaryGuidance = guidance.filter((g) => g.item.topics.includes(primary));
  // Guidance on the main subject; failing that, on a related one only when the covenants say nothing.
  const bestProvision = Math.max(0, ...onPrimary.map((p) => p.score));
  const guidancePool =
    onPrimaryGuidance.length > 0
      ? onPrimaryGuidance
      : onPrimary.length > 0
        ? guidance.filter((g) => g.score >= bestProvision * 0.5).slice(0, 1)
        : guidance;
  const chosenGuidance = guidancePool
    .filter((g) => g.score >= (guidancePool[0]?.score ?? 0) * 0.6)
    .slice(0, 2);

  const covenantLines: string[] = [];
  const sources: Source[] = [];
  for (const p of chosen) {
    covenantLines.push(
      chosen.length > 1 || !scope
        ? `- ${p.region.name}, ${p.provision.ref}: ${cut(p.provision[lang])}`
        : t(
            lang,
            `Volgens ${covenantName(p.region)}, ${p.provision.ref}: ${cut(p.provision[lang])}`,
            `Under ${covenantName(p.region)}, ${p.provision.ref}: ${cut(p.provision[lang])}`,
          ),
    );
    sources.push(provisionSource(p.region, p.provision));
  }
  const guidanceLines = chosenGuidance.map(({ item }) => {
    sources.push({ covenant: "guidance", ref: item.source, title: item.title[lang] });
    const label = t(
      lang,
      "Algemene richtlijn, geen afspraak uit het convenant",
      "General guidance, not a covenant agreement",
    );
    const saysSo = /verschil|differ/i.test(item[lang]);
    const differ =
      item.disagreement && !saysSo
        ? t(lang, " Let op: de bronnen verschillen hierover.", " Note: sources differ on this.")
        : "";
    return `${label} (${t(lang, "bron", "source")}: ${item.source}): ${item[lang]}${differ}`;
  });
  const noAgreement = scope
    ? t(
        lang,
        "Het convenant maakt hierover geen specifieke afspraak.",
        "The covenant makes no specific agreement on this.",
      )
    : t(
        lang,
        "De convenanten maken hierover geen specifieke afspraak.",
        "The covenants make no specific agreement on this.",
      );
  if (offTopic) {
    covenantLines.unshift(
      noAgreement,
      t(lang, "Wat het wel zegt over een verwant onderwerp:", "What it does say on a related subject:"),
    );
  } else if (chosen.length === 0 && guidanceLines.length > 0) {
    covenantLines.push(noAgreement);
  } else if (covenantLines.length > 1 || (!scope && covenantLines.length > 0)) {
    covenantLines.unshift(t(lang, "In de convenanten:", "In the covenants:"));
  }
  const bestGuidance = chosenGuidance[0]?.score ?? 0;
  // The covenant first when it speaks to the main subject; general guidance first otherwise.
  const bestChosen = Math.max(0, ...chosen.map((c) => c.score));
  const guidanceFirst =
    bestGuidance > 0 && (chosen.length === 0 || offTopic || bestGuidance > bestChosen * 1.5);
  const facts: string[] = [];
  // Words the knowledge base never uses ("fotograferen") mean it cannot say anything specific:
  // say so, show what it does say on the subject, and do not count it as an answer.
  if (partial) {
    const words = q.offDomain.map((w) => `"${w}"`).join(", ");
    const label = kb.kb.vocabulary.topics.find((x) => x.id === primary)?.[lang][0] ?? primary;
    facts.push(
      t(
        lang,
        `Over ${words} zeggen de convenanten niets specifieks. Wel over ${label}:`,
        `The covenants say nothing specific about ${words}. On ${label} they say:`,
      ),
    );
  }
  if (q.topics.some((x) => modifiers.has(x)))
    facts.push(t(lang, "Bij acuut gevaar: bel 112.", "In acute danger: call 112."));
  facts.push(
    ...(guidanceFirst ? [...guidanceLines, ...covenantLines] : [...covenantLines, ...guidanceLines]),
  );

  const regions = [...new Set(chosen.map((c) => c.region.id))];
  const privacyNote = chosenGuidance.length > 0 && q.topics.some((x) => PRIVACY_TOPICS.has(x));
  const single =
    regions.length === 1
      ? kb.region(regions[0] as string)
      : scope && q.regions.length === 1
        ? kb.region(q.regions[0] as string)
        : undefined;
  const nextParts = [
    privacyNote
      ? t(
          lang,
          "Twijfel je, overleg dan met de functionaris gegevensbescherming (FG) van je school.",
          "When in doubt, check with your school's data protection officer (FG).",
        )
      : "",
    single ? whoToAsk(ctx, single) : "",
  ].filter(Boolean);
  return result(ctx, {
    intent: "topic",
    facts,
    sources,
    next: nextParts.join(" ") || undefined,
    answered: !partial,
    confidence: partial ? 0.3 : chosen.length > 0 || chosenGuidance.length > 0 ? 0.75 : 0.5,
    regions,
  });
}

function pickProvisions(hits: ProvisionHit[], regionKnown: boolean): ProvisionHit[] {
  if (hits.length === 0) return [];
  const top = hits[0]?.score ?? 0;
  if (regionKnown) return hits.filter((h) => h.score >= top * 0.5).slice(0, 2);
  const perRegion = new Map<string, ProvisionHit>();
  for (const h of hits)
    if (!perRegion.has(h.region.id) && h.score >= top * 0.35) perRegion.set(h.region.id, h);
  return [...perRegion.values()].slice(0, 5);
}
