/**
 * A question that points at a covenant's article, section or annex by its number ("wat staat er
 * in artikel 9?", "what does section 8 of the alphen covenant cover?", "bijlage 3 gaat over?"):
 * the facts the knowledge base keeps under that number, read from their source refs.
 *
 * The covenants number their parts in their own ways ("art. 6 lid 2", "art. 2.10", "§ 4.1 De rol
 * van de school", "Bijlage I"); each is read as a kind (article or annex) and a list of numbers,
 * so "artikel 6 lid 2", "art 6.2" and "section 6.2" all find "art. 6 lid 2".
 */

export interface ArticleRef {
  kind: "art" | "bijlage";
  numbers: number[];
}

/** What the question asks about an article, and the words it took to say so. */
export interface ArticleAsked extends ArticleRef {
  /** The words naming the article ("artikel 8 lid 3"), as the question wrote them, lower case. */
  phrase: string;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};
const number = (s: string) => ROMAN[s.toLowerCase()] ?? Number.parseInt(s, 10);

/** What follows a law's article, not the covenant's: "art. 6 AVG", "artikel 3 Politiewet", "4.1 van de avg". */
const NOT_OURS = String.raw`\s*(?:[.,]\s*)?(?:van\s+de\s+|of\s+the\s+|uit\s+de\s+|der\s+)?(?:avg|gdpr|wpg|bpg|wjsg|sv|wetboek|\p{L}*wet|law|act|grondwet|apv|uavg|wvo|wpo|wec|awb)\b`;
/** An article, section or chapter with its number, and an annex. (A law's article is not the
 * covenant's: "art. 6 AVG", "artikel 126nd Sv", "article 19 of the Wpg".) */
const ASKED_ARTICLE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:artikel|artikelen|article|articles|art|section|sectie|paragraaf|paragraph|par|hoofdstuk|chapter|clause|§)\.?\s*(\d{1,2})(?:\s*[.]\s*(\d{1,2}))?(?:\s*(?:lid|sub|paragraph|clause)\s*(\d{1,2}))?(?![\d\p{L}])(?!${NOT_OURS})`,
  "iu",
);
const ASKED_ANNEX =
  /(?:^|[^\p{L}])(?:bijlage|annex|appendix|attachment)\s+(\d{1,2}|[ivx]{1,4})(?![\d\p{L}])/iu;

/** A section's number on its own where a text's part is asked: "5.10 wat staat er over verzuim",
 * "wat zegt 9.2 over ...", "wat staat er in 1.2" (not a time, an amount or a date: "om 9.30",
 * "€ 1.50", "op 5.12"). */
const BARE_SECTION = new RegExp(
  String.raw`(?:^|\b(?:staat|stond|zegt|in|under|onder|lees|read)\s+)(\d{1,2})\s*[.]\s*(\d{1,2})(?![\d.,:])(?!\s*(?:uur|u|h|am|pm|euro|eur|procent|%))(?!${NOT_OURS})(?=\s+(?:wat|what|over|about|van|of|staat|says|zegt|en|and)\b|\s*\??\s*$)`,
  "iu",
);
/** Further numbers after the first: "hoofdstuk 5 en 6", "art 2 t/m 4", "artikelen 2, 3 en 7". */
const FURTHER =
  /^\s*(,|en|and|&|\+|t\/m|tot en met|tot|to|through|-|–)\s*(\d{1,2})(?:\s*[.]\s*(\d{1,2}))?(?![\d\p{L}])/iu;
const RANGE = new Set(["t/m", "tot en met", "tot", "to", "through", "-", "–"]);
/** At most this many articles read from one question. */
const MOST = 6;

/** Every article, section or annex the question points at, in order; none when it points at more
 * than MOST (a range "art 2 t/m 14" is asked of the engine as a whole). A bare number after a lid
 * is another lid ("art 6 lid 1 en 2"). */
export function articlesAsked(text: string): ArticleAsked[] {
  const first = articleAsked(text);
  if (!first) return [];
  const out: ArticleAsked[] = [first];
  let rest = text.slice(text.toLowerCase().indexOf(first.phrase) + first.phrase.length);
  for (let m = FURTHER.exec(rest); m; m = FURTHER.exec(rest)) {
    const previous = out.at(-1) as ArticleAsked;
    const given = [m[2], m[3]].filter((n): n is string => !!n).map(number);
    // (At the level of the number before it: "lid 1 en 2" are lids of one article.)
    const numbers =
      given.length === 1 && previous.numbers.length > 1
        ? [...previous.numbers.slice(0, -1), ...given]
        : given;
    const from = (previous.numbers.at(-1) ?? 0) + 1;
    const to = numbers.at(-1) ?? 0;
    if (RANGE.has((m[1] ?? "").toLowerCase()) && given.length === 1)
      for (let n = from; n < to; n++)
        out.push({ kind: first.kind, numbers: [...numbers.slice(0, -1), n], phrase: String(n) });
    out.push({ kind: first.kind, numbers, phrase: m[0].trim().toLowerCase() });
    rest = rest.slice(m[0].length);
  }
  // (An annex and an article together, "art 2 en bijlage 4", are asked of the engine.)
  const other = first.kind === "bijlage" ? ASKED_ARTICLE.exec(text) : ASKED_ANNEX.exec(text);
  if (other) return [];
  return out.length > MOST ? [] : out;
}

export function articleAsked(text: string): ArticleAsked | undefined {
  const annex = ASKED_ANNEX.exec(text);
  if (annex?.[1])
    return { kind: "bijlage", numbers: [number(annex[1])], phrase: annex[0].trim().toLowerCase() };
  const art = ASKED_ARTICLE.exec(text) ?? BARE_SECTION.exec(text);
  if (!art?.[1]) return undefined;
  const numbers = [art[1], art[2], art[3]].filter((n): n is string => !!n).map(number);
  return { kind: "art", numbers, phrase: art[0].replace(/^[^\p{L}§\d]+/u, "").toLowerCase() };
}

/** The numbered parts a source ref names: "art. 6 lid 2" -> art 6.2, "§ 4.1 De rol ..." -> art
 * 4.1, "Bijlage I en § 5.1" -> annex 1 and art 5.1. (A law cited inside the ref, "bijlage 2
 * (art. 4 lid 1 AVG)", is no part of the covenant: only a ref's opening article counts.) */
export function refsOf(ref: string): ArticleRef[] {
  const out: ArticleRef[] = [];
  const opening = /^art\.\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\s*lid\s*(\d+))?/i.exec(ref);
  if (opening)
    out.push({
      kind: "art",
      numbers: opening
        .slice(1)
        .filter((n): n is string => !!n)
        .map(number),
    });
  for (const m of ref.matchAll(/§\s*(\d+)(?:\.(\d+))?/g))
    out.push({
      kind: "art",
      numbers: m
        .slice(1)
        .filter((n): n is string => !!n)
        .map(number),
    });
  for (const m of ref.matchAll(/\bbijlage\s+(\d+|[IVX]{1,4})\b/gi))
    out.push({ kind: "bijlage", numbers: [number(m[1] as string)] });
  return out;
}

/** Whether a source ref is (a part of) the article asked: "art. 8.1" is in article 8, "art. 2.10"
 * is not in article 2.1; `exactly`: the article itself ("bijlage 4", not one of its wijkplannen). */
export function inArticle(ref: string, asked: ArticleRef, exactly = false): boolean {
  return refsOf(ref).some(
    (r) =>
      r.kind === asked.kind &&
      (!exactly || r.numbers.length === asked.numbers.length) &&
      asked.numbers.every((n, i) => r.numbers[i] === n),
  );
}

/** Words that ask what an article holds, not about a subject of its own (beside the lexicon's
 * fillers, which say nothing in any question: "staat", "zegt", "hoofdstuk", "eigenlijk"). */
export const ABOUT_ARTICLE = new Set(
  (
    "artikel artikelen article articles art sectie paragraaf paragraph par lid sub bijlage " +
    "annex appendix attachment overeenkomst document tekst text staan regelt regelen regulate " +
    "regulates over cover covers about inhoud contents content bevat contain contains deal " +
    "deals noemt included summary samenvatting kort briefly uitleg explain korte vertel po vo " +
    "mbo ff graag pls please alweer ook nog definities definitie definieert begrippen definitions " +
    "definition defines terms erin it betekent betekenen betekenis mean means meaning"
  ).split(" "),
);
