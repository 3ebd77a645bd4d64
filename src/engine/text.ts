/**
 * Text normalisation for chat questions: case, diacritics, punctuation and the spelling
 * shortcuts people use in WhatsApp ("wie's", "hoevaak", "vd"). Stemming uses the Snowball
 * stemmers from @orama/stemmers for Dutch and English.
 */
import { stemmer as dutchStemmer } from "@orama/stemmers/dutch";
import { stemmer as englishStemmer } from "@orama/stemmers/english";

/** Chat shortcuts and run-together words, after apostrophes are removed. */
const CHAT_SPELLING: Record<string, string> = {
  wies: "wie is",
  wats: "wat is",
  hoes: "hoe is",
  whos: "who is",
  whats: "what is",
  wheres: "where is",
  hows: "how is",
  hoevaak: "hoe vaak",
  howoften: "how often",
  vd: "van de",
  lln: "leerlingen",
  ll: "leerling",
  vh: "van het",
  ff: "even",
  mn: "mijn",
  zn: "zijn",
  k: "ik",
  t: "het",
  wnr: "wanneer",
  wrm: "waarom",
  wt: "wat",
  hvl: "hoeveel",
  gwn: "gewoon",
  bijv: "bijvoorbeeld",
  vlgs: "volgens",
  bv: "bijvoorbeeld",
  telnr: "telefoonnummer",
  tel: "telefoonnummer",
  nr: "nummer",
  mailadres: "email",
  emailadres: "email",
  mail: "email",
  pls: "",
  plz: "",
  please: "",
  aub: "",
  svp: "",
  thx: "",
  ur: "your",
  u2: "",
  mogen: "mag",
  moeten: "moet",
  // English contractions typed without their apostrophe ("theyre deciding", "dont we").
  theyre: "they are",
  hes: "he is",
  shes: "she is",
  youre: "you are",
  theyve: "they have",
  ive: "i have",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  arent: "are not",
  wasnt: "was not",
  cant: "cannot",
  shouldnt: "should not",
  couldnt: "could not",
  wouldnt: "would not",
  havent: "have not",
  hasnt: "has not",
  werent: "were not",
  thats: "that is",
  theres: "there is",
  weve: "we have",
  youve: "you have",
};

/** The words after a "hoe" written short: "hv vaak", "hv lang". */
const HOW_WORDS = new Set(["vaak", "lang", "laat", "veel", "ver", "zit", "werkt", "gaat"]);

const CONTRACTED = new Set([
  "wie",
  "wat",
  "hoe",
  "waar",
  "who",
  "what",
  "where",
  "how",
  "it",
  "that",
  "there",
  "here",
  "he",
  "she",
]);

/** English contractions after a pronoun, written out. */
const CONTRACTION: Record<string, string> = { ll: "will", re: "are", ve: "have", d: "would", m: "am" };
const ENGLISH_CONTRACTION = /\b(i|you|we|they|he|she|it|that|there|who|what)'(ll|re|ve|d|m)\b/g;

/**
 * Capitalised abbreviations that are also ordinary words once in lower case: "OM" is the
 * Openbaar Ministerie, "om" a preposition (and a stopword); a "WAS-team" is a team Wijk en
 * Agent Samen, "was" a verb. Written out before lower-casing. ("om" in lower case opening a
 * question before an English word of asking about it, "om info about ...", is the OM too.)
 */
const OM =
  /\bOM\b|(?<=\b[Tt]he\s+)om\b|^om(?=\s+(?:info|information|about|contact|role)\b)|(?<=\b(?:[Kk]an|[Mm]ag|[Mm]oet|[Zz]al|[Ww]il|[Gg]eeft|[Dd]eelt|[Ll]aat|[Vv]ertelt|[Ii]nformeert|[Bb]elt|[Ww]eet) het\s+)om\b(?!\s+(?:te|het|de|die|dat)\b)/g;
const WAS_TEAM = /\bWAS(?=[- ]?teams?\b)/gi;

/** Lower-case, without diacritics, punctuation turned into spaces, chat spelling expanded, the
 * abbreviations "OM" and "WAS-team" written out. */
export function normalize(input: string): string {
  return normalized(input, true);
}

/** The same, with "OM" and "WAS-team" as written: their Dutch words say nothing of the language
 * a question is asked in. */
export function normalizeAsWritten(input: string): string {
  return normalized(input, false);
}

/** How plainly or briefly an answer is asked for, as a whole phrase ("in het kort", "in gewone
 * woorden", "in plain words"): no subject. Taken out as a phrase, since its words alone are
 * subjects or near other words ("kort en intensief", "gewond", "moorden"). */
const PLAIN =
  /\b(?:in (?:het|t) kort|kort samengevat|(?:the |a )?short version|in short|in (?:gewone|normale|simpele|eenvoudige|begrijpelijke) woorden|in (?:plain|normal|simple|everyday) (?:words|terms)|in a nutshell|explain like (?:i m|im|i am) (?:new|five|5))\b/g;

function normalized(input: string, expand: boolean): string {
  // Plain ASCII needs no decomposition (most text; decomposing is the slow part).
  const ascii = /^\p{ASCII}*$/u.test(input);
  const decomposed = ascii ? input : input.normalize("NFKD").replace(/\p{M}+/gu, "");
  const base = (
    expand
      ? decomposed.replace(OM, "openbaar ministerie").replace(WAS_TEAM, "wijk en agent samen ")
      : decomposed
  )
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // "zo'n" is "zo een", not the sun once the apostrophe goes.
    .replace(/\bzo'n\b/g, "zo een")
    // "wie's" and "who's" are "wie is", "who is"; "the mayor's role" is the mayor's.
    .replace(/\b(\p{L}+)'s\b/gu, (_, w: string) => (CONTRACTED.has(w) ? `${w} is` : w))
    // "she'll", "we're", "don't": two words, not one ("shell", "were", "dont").
    .replace(ENGLISH_CONTRACTION, (_, w: string, c: string) => `${w} ${CONTRACTION[c] ?? c}`)
    .replace(/\b(?:(can|won)|(\p{L}+))'t\b/gu, (_, irregular?: string, w?: string) =>
      irregular ? (irregular === "won" ? "will not" : "cannot") : `${w?.replace(/n$/, "")} not`,
    )
    .replace(/'/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(PLAIN, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  if (!base) return "";
  const tokens = base.split(" ");
  return (
    tokens
      // "hv vaak" is "hoe vaak"; "de hv" is the hulpverlening.
      .map((t, i) => (t === "hv" && HOW_WORDS.has(tokens[i + 1] ?? "") ? "hoe" : (CHAT_SPELLING[t] ?? t)))
      .filter((t) => t.length > 0)
      .join(" ")
  );
}

/** Splits normalised text into tokens. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(" ") : [];
}

/** Function words of both languages, left out of search terms. */
export const STOPWORDS = new Set(
  (
    "de het een en of van voor in op bij met aan te is zijn was wordt worden er dit dat die deze " +
    "ik je jij u we ze hij zij mijn onze ons hun hoe wat wie waar wanneer welke welk waarom hoeveel " +
    "als dan ook nog niet geen wel al om naar uit over tot door zo maar kan kun kunnen mag moet " +
    "even graag weet iemand iets heb hebben heeft hoe doe doen zou zouden namens via per " +
    "the a an and or of for in on at with to is are was be been this that these those " +
    "i you we they he she my our your their how what who where when which why many much " +
    "if then also not no yes but can could may might must should do does did have has " +
    "anyone someone please about from by as into so would shall " +
    "waarop waarin waarbij waarmee waarvan waarover waarna waaraan daarop daarin daarmee daarvan daardoor daarover hierop hierin hiermee hiervan ervan erover eraan erop"
  ).split(" "),
);

const stemCache = new Map<string, readonly string[]>();

/** Dutch and English stems of a term (one or two distinct values). */
export function stems(term: string): readonly string[] {
  let cached = stemCache.get(term);
  if (!cached) {
    const nl = dutchStemmer(term);
    const en = englishStemmer(term);
    cached = nl === en ? [nl] : [nl, en];
    if (stemCache.size < 100_000) stemCache.set(term, cached);
  }
  return cached;
}

/** Search terms of a text: normalised, without stopwords, stemmed in both languages. */
export function searchTerms(text: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(normalize(text))) {
    if (STOPWORDS.has(token) || token.length < 2) continue;
    for (const s of stems(token)) out.add(s);
  }
  return [...out];
}

/** The knowledge base's texts are read again on every answer (a quote's sentences, a fact's
 * rhythm): each is read once and kept, up to a bound, since questions bring new text too. */
const REMEMBERED = 20_000;

/** `make()` for `key`, kept in `cache` (emptied once it holds REMEMBERED texts). */
export function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  if (cache.size >= REMEMBERED) cache.clear();
  cache.set(key, value);
  return value;
}
