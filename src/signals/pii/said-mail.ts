/**
 * A mail address or an account said aloud: "p punt bos at hetbaken punt nl", "at sign street kingz
 * underscore zero three zero on instagram", typed as written ("p.bos@hetbaken.nl",
 * "@streetkingz_030").
 */
import { read } from "./said-numbers.ts";
import type { Swap } from "./types.ts";

/** What a dictated address or handle says for a sign: "punt", "underscore". */
const SIGN: Record<string, string> = {
  punt: ".",
  dot: ".",
  underscore: "_",
  "liggend streepje": "_",
  streepje: "-",
  dash: "-",
  hyphen: "-",
};
const SIGN_WORD = Object.keys(SIGN).join("|");
const PART = `[\\p{L}\\d]+`;
/** "p punt bos at hetbaken punt nl": an e-mail address said aloud, ending in its domain. */
const MAIL_SAID = new RegExp(
  `\\b(${PART}(?:\\s+(?:${SIGN_WORD})\\s+${PART})*)\\s+(?:at|apenstaartje|at sign|at-teken|at teken)\\s+(${PART}(?:\\s+(?:${SIGN_WORD})\\s+${PART})*\\s+(?:punt|dot)\\s+(?:nl|com|org|net|eu|be|info|io))\\b`,
  "giu",
);
/** "at sign street kingz underscore zero three zero on instagram": a handle said aloud, up to the
 * word that ends it. */
const HANDLE_SAID = new RegExp(
  `\\b(?:at sign|at-sign|apenstaartje|at-teken|at teken)\\s+(${PART}(?:\\s+${PART}){0,6}?)(?=\\s+(?:on|op|in|via|and|en|or|of|is|was|with|met|heet|called)\\b|\\s*[.,!?]|\\s*$)`,
  "giu",
);

const PLATFORM_AFTER =
  /^\s+(?:on|op|via)\s+(?:insta\p{L}*|tiktok|snap\p{L}*|twitter|x|youtube|facebook|threads|telegram|discord)\b/iu;

/** Words said for a mail address or a handle, typed without spaces: "p.bos", "streetkingz_030". */
function joined(said: string): string {
  const words = said.toLowerCase().split(/\s+/);
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const sign = SIGN[`${w} ${words[i + 1] ?? ""}`] ?? SIGN[w];
    if (sign) {
      out += sign;
      if (SIGN[`${w} ${words[i + 1] ?? ""}`]) i++;
      continue;
    }
    const n = read(words, i);
    if (n && n.value < 100) {
      out += n.digits;
      i += n.words - 1;
    } else out += w;
  }
  return out;
}

export function mailSaid(text: string): Swap[] {
  const out: Swap[] = [];
  for (const m of text.matchAll(MAIL_SAID))
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      typed: `${joined(m[1] ?? "")}@${joined(m[2] ?? "")}`,
    });
  for (const m of text.matchAll(HANDLE_SAID)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    const typed = joined(m[1] ?? "");
    // (An account has a digit, a dot or an underscore, or its platform is named after it: not
    // "het apenstaartje op het toetsenbord".)
    if (!/[\d._]/.test(typed) && !PLATFORM_AFTER.test(text.slice(end))) continue;
    out.push({ start, end, typed: `@${typed}` });
  }
  return out;
}
