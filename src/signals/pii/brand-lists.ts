/**
 * Brands named in a list ("merken als Elf Bar, Crystal en IVG", "e-bikes (Cortina, VanMoof, Gazelle)"):
 * their names are no persons, though some of them are first names.
 */
import type { Lexicon } from "./lexicon.ts";
import type { Range } from "./types.ts";

/** One item of a list of brands: one or two capitalised words ("Elf Bar", "VanMoof"). */
const ITEM = String.raw`\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?`;
const BRAND_LIST = new RegExp(
  String.raw`(?:\b(?:(?:merken|merk|brands?|makes?)(?:\s+(?:als|zoals|like|such as))?|zoals|like|such as)\b[:\s]*|\(\s*)(${ITEM}(?:(?:\s*,\s*${ITEM})+(?:\s*,?\s*(?:en|and|of|or)\s+${ITEM})?|\s+(?:en|and)\s+${ITEM}))`,
  "gu",
);

/** Products named right before a list: "vapes zoals", "deelscooters zoals", "apps like". */
const PRODUCTS_BEFORE =
  /\b(?:vapes?|e-sigaretten|sigaretten|snus|drankjes|energiedrankjes|energy drinks|scooters|deelscooters|e-bikes|fietsen|telefoons|phones|apps|games)\s*$/i;

/**
 * A list of brands: "merken als Elf Bar, Crystal en IVG", "e-bikes (Cortina, VanMoof, Gazelle)".
 * Where brands are named as such, one the lists know is enough; elsewhere most items must be.
 */
export function brandLists(text: string, lex: Pick<Lexicon, "notName">): Range[] {
  const out: Range[] = [];
  const brand = (item: string) => item.split(" ").some((w) => lex.notName(w.toLowerCase()));
  for (const m of text.matchAll(BRAND_LIST)) {
    const list = m[1] ?? "";
    const items = list.split(/\s*,\s*|\s+(?:en|and|of|or)\s+/);
    // After "merken"/"brands" one brand the lists know is enough; after "zoals", "like" or in
    // brackets, most items must be ("de jongens (Daan, Juul en Sem)" are pupils).
    // (So do products named before "zoals": "vapes zoals Elfbar, Lost Mary en Crystal".)
    const named =
      /^(?:merk|brand|make)/i.test(m[0].trim()) ||
      PRODUCTS_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 25), m.index ?? 0));
    // (Two items only after the plural: "het merk Elfbar en Jayden Bakker verkoopt ze" is a pupil.)
    const two = /^(?:merken|brands)\b/i.test(m[0].trim());
    const known = items.filter(brand).length;
    if (items.length < (two ? 2 : 3) || known === 0 || (!named && known * 2 <= items.length)) continue;
    const start = (m.index ?? 0) + m[0].length - list.length;
    out.push({ start, end: start + list.length });
  }
  return out;
}
