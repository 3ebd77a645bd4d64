/**
 * How a question is read before its facts are ranked: its parts ("... en wie organiseert het?"),
 * a short addition to a part ("ook de jeugdhulp?"), the number it asks for ("hoeveel ...?"),
 * abbreviations it writes in capitals, and whether it asks which schools a covenant is for.
 */
import type { Query } from "./context.ts";
import type { LexiconIndex } from "./lexicon.ts";
import { MEETING_ATTRIBUTES } from "./overleg-units.ts";
import { normalize, STOPWORDS, tokenize } from "./text.ts";

/** Where a question splits into parts that each ask something ("..., en voor hoe lang ...?"). */
export const SPLIT =
  /\s*(?:\?\s+|[,;]?\s+(?:en|and|n|maar|but)\s+(?=(?:voor|for|tot|until|vanaf|from|met|with|bij|at|op|on)\s+(?:wie|wat|hoe|welke|wanneer|who|what|how|which|when)\b|(?:wie|wat|hoe|waar|wanneer|welke|welk|mag|moet|moeten|kan|kunnen|zijn|is|who|what|how|where|when|which|can|may|must|do|does|is|are)\b))/i;

/** "Hoeveel ...?" wants a number: a unit without one does not answer it. */
const QUANTITY = /\b(hoeveel|how many|how much)\b/;
const NUMBER =
  /\d|(?<!\p{L})(één|eenmaal|twee|tweemaal|drie|driemaal|vier|viermaal|vijf|zes|zeven|acht|negen|tien|elf|twaalf|once|twice|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?!\p{L})/iu;
/** "Vanaf welke leeftijd ...?" wants an age: a number too. */
const AGE = /\b(hoe oud|welke leeftijd|welke leeftijden|wat voor leeftijd|what age|what ages|how old)\b/;
/** "Hoeveel keer ...?" is also answered by "jaarlijks"; "how many meetings a year" asks how often. */
const HOW_OFTEN =
  /\b(hoeveel keer|hoeveel maal|how many times|(?:hoeveel|how many) (?:\p{L}*overleggen|\p{L}*vergaderingen|\p{L}*bijeenkomsten|(?:\p{L}+ )?meetings|sessions))\b/u;
/** What "hoeveel ..." counts: "hoeveel wijkagenten", "how many schools" (not time: "hoeveel tijd"). */
/** (Not a verb: "met hoeveel wordt het verlengd?" counts nothing named.) */
const COUNTED =
  /\b(?:hoeveel|how many)\s+(?!(?:tijd|time|keer|maal|times|wordt|worden|moet|moeten|kunnen|mogen|heeft|hebben|gaat|gaan|zijn|does|have|were|will|would|should|could)\b)(\p{L}{4,}|uur)/u;
const RHYTHM =
  /\b(\p{L}*jaarlijkse?|\p{L}*maandelijkse?|\p{L}*wekelijkse?|annually|monthly|weekly|yearly|biannual\p{L}*|every|elke|iedere|regelmatige?|reguliere?|regular|regularly|periodieke?|periodic|periodically|steeds|voortdurend|doorlopend|continu\p{L}*|keer|keren|maal|times|once|telkens|each time|every time|at a time|(?:per|each|every) school ?year|altijd|always|in alle gevallen|in all cases|te allen tijde|at all times|nooit|never|geen|per (?:jaar|schooljaar|maand|week|kwartaal)|a (?:year|month|week)|each (?:year|month|week))\b/iu;
/** A number of times: "2x", "3 keer", "twee maal", "five times", "eens in de vier jaar". */
const TIMES = new RegExp(
  `(?:${NUMBER.source})\\s*(?:x|keer|maal|times)\\b|\\b(?:eens|once) (?:in|per) (?:de |the )?(?:${NUMBER.source})`,
  "iu",
);
/** The question's first question word, and whether it is "hoe vaak ...?" or "hoe lang ...?". */
const FIRST_ASKED =
  /\b(hoe vaak|hoe dikwijls|how often|how frequently|hoe lang|how long|wie|wat|waar|wanneer|welke|welk|who|what|where|when|which)\b/;
const HOW_OFTEN_FIRST = /^(?:hoe vaak|hoe dikwijls|how often|how frequently)$/;

/**
 * Whether the text gives the number the question asks for: "hoeveel ...?" and "vanaf welke
 * leeftijd ...?" need a number (article numbers do not count), and "hoeveel wijkagenten" a number
 * of wijkagenten, not "de vier basisscholen". Any other question: true.
 */
export function givesQuantityAsked(normalized: string, unitText: string): boolean {
  if (!asksQuantity(normalized)) return true;
  const text = withoutArticles(unitText);
  if (!NUMBER.test(text) && !(HOW_OFTEN.test(normalized) && RHYTHM.test(text))) return false;
  const counted = normalized.match(COUNTED)?.[1];
  return !(counted && !HOW_OFTEN.test(normalized) && !countedIn(text, counted));
}

/** "Hoe lang ...?" or "how long ...?" first, and nothing else asked. */
export function asksOnlyHowLong(normalized: string): boolean {
  const first = normalized.match(FIRST_ASKED)?.[0] ?? "";
  return /^(?:hoe lang|how long)$/.test(first) && normalized.split(SPLIT).length === 1;
}

/** Whether a text gives a length of time or what bounds it: "twee jaar", "one year", "tot het einde
 * van het schooljaar", "stilzwijgend verlengd", "voor onbepaalde tijd", any figure (a date, an age,
 * "16+"), "vervallen"; or that none is set ("geen opzegtermijn"). */
export function givesDuration(unitText: string): boolean {
  const text = withoutArticles(unitText);
  return DURATION.test(text);
}
const DURATION = new RegExp(
  `(?:${NUMBER.source})[\\s-]*(?:jaar|jaren|jarig\\p{L}*|maand\\p{L}*|week|weken|dag|dagen|uur|uren|minuten|schooljaar|schooljaren|years?|months?|weeks?|days?|hours?|minutes?|school\\s+years?)\\b|\\b(?:onbepaalde tijd|indefinite\\p{L}*|stilzwijgend|tacit\\p{L}*|looptijd|zolang|as long as|totdat|until|tot het einde|tot einde|tot en met|t\\/m|doorlopend|afgehandeld|resolved|settled|direct|meteen|onmiddellijk|immediately|zo snel mogelijk|as soon as possible|as quickly as possible)\\b|\\bgeen (?:\\p{L}+ )?\\p{L}*termijn\\b|\\bno (?:\\p{L}+ )?period\\b|\\d|\\b(?:one|een|a|an|één)\\s+(?:year|jaar|month|maand|week|day|dag|school\\s?year|schooljaar)\\b|\\bvervall?(?:en|t)\\b|\\blapses?\\b|\\bper\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\b`,
  "iu",
);

/** Whether a text gives a rhythm or a count, "hoe vaak ...?" answered ("jaarlijks", "altijd",
 * "tweemaal per jaar"). */
export function givesRhythm(unitText: string): boolean {
  const text = withoutArticles(unitText);
  // (A number alone counts things, "de vier basisscholen"; a rhythm says how often.)
  return RHYTHM.test(text) || TIMES.test(text);
}

/** A text without its article numbers and "één of meer" (which says there is one, not how many). */
function withoutArticles(unitText: string): string {
  return unitText
    .replace(/\b(bijlage|annex|art|artikel|article|lid|paragraaf|§)\.?\s*\d+(\.\d+)*/gi, "")
    .replace(/(?<!\p{L})(?:één|een|one) (?:of|or) (?:meer|more)(?!\p{L})/giu, "");
}

/** A question whether the covenant is for a kind of school. */
export const APPLIES =
  /\b(geldt|gelden|van toepassing|ook voor|ook het|apply|applies|cover|covers|also for|include|includes)\b/;

/** Words written in capitals, two to five letters ("VOG", "DPIA"), in lower case. */
export function acronymsOf(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/(?<![\p{L}\d])\p{Lu}{2,5}(?![\p{L}\d])/gu)].map((m) => m[0].toLowerCase()),
  );
}

/** A question word or verb that makes a part of a question a question of its own. */
const ASKS =
  /\b(wie|wat|hoe|waar|wanneer|welke|welk|waarom|hoeveel|mag|mogen|moet|moeten|kan|kunnen|zijn|is|wordt|who|what|how|where|when|which|why|can|may|must|do|does|are|should|will)\b/;

/**
 * A short addition without a question of its own ("ook de jeugdhulp?", "also youth work?").
 * "en bij drugs?" asks the same question about something else: it is a part of its own.
 */
export function isFragment(part: Query): boolean {
  // "... ? naam en 06 graag": how to answer, not what.
  if (REQUEST.test(part.normalized)) return true;
  if (ASKS.test(part.normalized) || part.tokens.length > 4) return false;
  if (!ADDITION.test(part.normalized)) return false;
  return part.tokens.filter((t) => !STOPWORDS.has(t)).length <= 2;
}

/** How to answer, after the question ("naam en 06 graag", "name pls, need to invite them"). */
const REQUEST_PART =
  /(?:(?:(?:i )?(?:need|want) |give me |(?:ik )?(?:wil|heb) graag )?(?:(?:de |het |een |a |an |his |her |their |the )?(?:naam|name|nummer|number|06|mail|e-?mail|telefoonnummer|contactgegevens|contact details)(?: (?:en|and|\+|of|or) )?){1,3}(?: ?(?:graag|please|pls|plz|svp))?|(?:ik )?(?:wil|moet) (?:hem|haar|die|ze|diegene) (?:ff |even )?(?:mailen|bellen|appen|spreken)|i (?:want|need|would like|wanna) to (?:call|email|mail|text|ring|contact|reach) (?:him|her|them)|(?:i )?(?:need|want|have|moet|wil) (?:to )?(?:invite|uitnodigen|call|bellen|email|mail|mailen|text|appen|contact|reach|ring|spreken) ?(?:him|her|them|hem|haar|ze|die)?)/
    .source;
export const REQUEST = new RegExp(`^${REQUEST_PART}(?:,? ${REQUEST_PART})?$`);

const ADDITION = /^(?:en\s+)?(?:ook|also|too|inclusief|including|zelfs|even|plus)\b/;

/** A question word or verb that opens a question. */
const ASKS_FIRST =
  /^\W*(?:\S+\s+){0,2}?(?:wie|wat|hoe|waar|wanneer|welke|welk|waarom|hoeveel|mag|mogen|moet|moeten|kan|kunnen|zijn|is|wordt|worden|heeft|hebben|geldt|gelden|krijgen|krijg|who|what|how|where|when|which|why|can|could|may|must|do|does|did|are|is|should|will|would|have|has)\b/i;

/** Words that ask, wherever they stand. */
const WH = /\b(?:wie|wat|hoe|waar|wanneer|welke|welk|waarom|hoeveel|who|what|how|where|when|which|why)\b/i;

/** A sentence that tells and does not ask: it ends with a full stop, with no question word in it
 * and no verb that opens a question ("We're a school in Medemblik."). */
export function isStatement(part: string): boolean {
  const s = part.trim();
  return /[.!]$/.test(s) && !WH.test(s) && !ASKS_FIRST.test(s.replace(/^[^\p{L}]+/u, ""));
}

/**
 * A story and then a question ("Er is een mes gevonden in de jas van een leerling. Moeten we
 * aangifte doen?"), or who is asking and then the question ("wijkagent alphen: ..."): the
 * question, when the text ends with one and tells something before it.
 */
export function questionAfterStory(text: string): string | undefined {
  const opened = openingOf(text)?.question;
  if (opened) return opened;
  const sentences = text
    .trim()
    .split(/(?<=[.!])\s+(?=\S)/)
    .filter((s) => s.trim().length > 0);
  const last = sentences.at(-1)?.trim() ?? "";
  if (sentences.length < 2) return undefined;
  if (!last.endsWith("?") || sentences.slice(0, -1).some((s) => s.includes("?"))) return undefined;
  return last.split(/\s+/).length >= 3 ? last : undefined;
}

/** The opening that says who asks and the question after it: "wijkagent seghwaert hier, ...",
 * "veiligheidscoordinator in medemblik here, i can't make it. what do i do?", "medemblik school:
 * i can't make the meeting next week, what do I do?", "i'm the new safety coordinator at rsg
 * enkhuizen and ...". */
export function openingOf(text: string): { opener: string; question: string } | undefined {
  const here = text.match(/^([^:?,.]{3,60}?)\s+(?:hier|here)\s*[,:–-]\s*(\S.*\?)\s*$/is);
  if (here?.[2] && here[2].split(/\s+/).length >= 3 && (here[1] ?? "").split(/\s+/).length <= 6)
    return { opener: (here[1] ?? "").trim(), question: here[2].trim() };
  // "i'm the new safety coordinator at rsg enkhuizen and i can't make ...": who asks, introduced.
  const self = text.match(
    /^(?:(?:hoi|hi|hallo|hey|hello)[,!]?\s+)?(?:ik ben|i'm|i am|im)\s+(?:(?:de|het|een|the|a)\s+)?(?:(?:nieuwe?|new)\s+)?([^:?,.]{3,60}?)(?:\s*,\s*|\s+(?:en|and)\s+)(\S.*\?)\s*$/is,
  );
  if (self?.[2] && self[2].split(/\s+/).length >= 3 && (self[1] ?? "").split(/\s+/).length <= 6)
    return { opener: (self[1] ?? "").trim(), question: self[2].trim() };
  if (/[.!]\s+\S/.test(text.trim())) return undefined;
  const opening = text.match(/^([^:?]{3,60}):\s+(\S.*\?)\s*$/s);
  const asked = opening?.[2]?.trim() ?? "";
  return opening && (opening[1] ?? "").split(/\s+/).length <= 6 && asked.split(/\s+/).length >= 3
    ? { opener: (opening[1] ?? "").trim(), question: asked }
    : undefined;
}

/** The regions a question spans: two named, or an organisation (board) present in two. */
export function regionsOf(q: Query): string[] {
  if (q.namedRegions.length >= 2) return q.namedRegions;
  if (q.namedRegions.length === 0) {
    const boards = [...new Set(q.boards.map((b) => b.region).filter((r): r is string => !!r))];
    if (boards.length >= 2) return boards;
  }
  return [];
}

/** "Hoe vaak ...?" first, and nothing else asked (of a question that asks more, each part is
 * read on its own). */
export function asksOnlyHowOften(normalized: string): boolean {
  const first = normalized.match(FIRST_ASKED)?.[0] ?? "";
  return HOW_OFTEN_FIRST.test(first) && normalized.split(SPLIT).length === 1;
}

/** "Hoeveel keer ...?" and "vanaf welke leeftijd ...?" ask a number; "wie bepaalt hoeveel ...?" asks who. */
function asksQuantity(normalized: string): boolean {
  if (AGE.test(normalized)) return true;
  const first = normalized.match(
    /\b(hoeveel|how many|how much|wie|wat|waar|wanneer|welke|welk|who|what|where|when|which)\b/,
  );
  return !!first && QUANTITY.test(first[0]);
}

export function mergeEntities(part: Query, whole: Query): Query {
  return {
    ...part,
    schools: whole.schools,
    wijken: whole.wijken,
    boards: whole.boards,
    meetings: part.meetings.length > 0 ? part.meetings : whole.meetings,
  };
}

/** Whether the text gives a number of what was counted: a number at most three words before it. */
function countedIn(text: string, noun: string): boolean {
  const stem = noun.slice(0, Math.max(4, noun.length - 3));
  const words = text.toLowerCase().split(/[^\p{L}\d]+/u);
  // (A term's length after it counts too: "hoeveel opzegtermijn?" - "een opzegtermijn van zes
  // maanden"; not an age or a period: "kinderen van 4-13 jaar".)
  return words.some(
    (w, i) =>
      w.includes(stem) &&
      (words.slice(Math.max(0, i - 3), i).some((x) => NUMBER.test(x)) ||
        (/termijn$/.test(w) &&
          (words[i + 1] === "van" || words[i + 1] === "of") &&
          NUMBER.test(words[i + 2] ?? ""))),
  );
}

/** Words that point back to what was named before ("en wie regelt dat?"). */
const REFERS_BACK = new Set(
  "dat die het daar daarvoor daarbij daarin daarover ervoor erbij hem haar hun it that this they them there those these its".split(
    " ",
  ),
);

/** The words of a text that name what it is about: no cue, function word, filler or pronoun. */
export function subjectWords(text: string, lexicon: LexiconIndex, attributes = false): string[] {
  const tokens = tokenize(normalize(text));
  // (A one-word cue names a subject too: "evaluatie", "deelnemers"; not when what is asked is
  // an attribute of something named before.)
  const cue = new Set(
    lexicon.cues
      .find(tokens)
      .filter((h) => h.words.length >= 2 || (attributes && MEETING_ATTRIBUTE.has(h.value)))
      .flatMap((h) => h.words),
  );
  // "who joins besides us and the wa?": what follows "besides" is left out, not asked about.
  const besides = tokens.findIndex((w) => BESIDES.has(w));
  return tokens.filter(
    (w, i) =>
      (besides < 0 || i < besides) &&
      !cue.has(i) &&
      !STOPWORDS.has(w) &&
      !lexicon.fillers.has(w) &&
      !REFERS_BACK.has(w) &&
      w.length > 1,
  );
}

/** The attributes of a meeting a question can ask of something named before it. */
const MEETING_ATTRIBUTE: ReadonlySet<string> = new Set(MEETING_ATTRIBUTES);

/** Words after which a question names who or what it leaves out. */
const BESIDES = new Set(["besides", "behalve", "except", "buiten"]);

/** A question for whoever holds a role now: "welke burgemeester zit op dit moment voor?". */
export function asksCurrentHolder(normalized: string): boolean {
  return /\b(?:welke|wie|which|who)\b.*\b(?:op dit moment|momenteel|tegenwoordig|currently|right now|at the moment|these days|(?:is|zijn) nu|(?:is|are) now)\b|\b(?:naam|name) van (?:de|het) (?:huidige )?\p{L}+|\bwhat is the name of the\b|\b(?:need|want) (?:a|the|his|her|their) name\b|\b(?:een |de )?naam nodig\b|\b(?:naam|name)(?: (?:en|and|\+) (?:06|nummer|telefoonnummer|mail|e-?mail|number))? (?:graag|please|pls|plz)\b|\b(?:naam|name) (?:en|and|of|or|\+) (?:06|nummer|telefoonnummer|number|phone)\b/u.test(
    normalized,
  );
}

/** "In welke wijken ...?", "which districts ...?": a question for every wijk something holds for. */
export function asksWhichWijken(normalized: string): boolean {
  return /\b(?:welke (?:\p{L}+ )?(?:wijken|wijkplannen)|which (?:\p{L}+ )?(?:districts|neighbourhoods|neighborhoods|wijken|district plans|wijkplannen))\b/u.test(
    normalized,
  );
}
