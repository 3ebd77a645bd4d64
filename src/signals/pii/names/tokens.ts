/**
 * The words of a text as the name rules read them: each with its place in the text, its lower
 * case, and whether it is an initial, capitalised or an acronym.
 */

export interface Token {
  w: string;
  lower: string;
  start: number;
  end: number;
  initial: boolean;
  cap: boolean;
  /** An acronym or a word that starts with one: "ISK", "EHBO-les", "BBL'ers". */
  acronym: boolean;
}

/** (An abbreviated particle is one word: "v.d.", "v/d" in "Jan v.d. Berg"; "V." is an initial, and
 * so is "r." in lower case after a sign-off or a title: "groet, r. jansen", "mr. h. tahiri"; not
 * an abbreviation after a title, "mw. z.s.m. bellen".) */
const TOKEN =
  /(?<![\p{L}.])v(?:\.\s?d\.?|\/d)(?=\s\p{Lu})|(?<=\b(?:groet|groeten|groetjes|gr|grt|grtz|mvg|vg|mvgr|hgr)[,.:]?\s{1,3})\p{Ll}\.(?=\s?\p{L})|(?<=\b(?:[Mm]r|[Mm]w|[Mm]evr|[Mm]vr|[Dd]hr|[Mm]s|[Mm]rs|[Mm]eneer|[Mm]evrouw|[Ff]am)\.?\s{1,3})\p{Ll}\.(?=\s\p{L}{2})|\p{Lu}\.(?=\s|\p{Lu}|$|[,;:)]|(?:de|van|v|d|el|al|ter|ten)\b)|'t(?!\p{L})|\p{L}(?:[\p{L}\p{M}]|['’](?=\p{L}))*(?:-\p{L}(?:[\p{L}\p{M}]|['’](?=\p{L}))*)*/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const w = m[0].replace(/’/g, "'");
    const start = m.index ?? 0;
    return {
      w,
      lower: w.toLowerCase(),
      start,
      end: start + m[0].length,
      initial: /^\p{L}\.$/u.test(w),
      cap: /^\p{Lu}/u.test(w),
      acronym: /^\p{Lu}{2,}(?:s|['’]s|['’]?ers|['’]?ertjes)?(?:$|-)/u.test(w),
    };
  });
}
