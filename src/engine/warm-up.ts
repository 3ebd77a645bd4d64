/** Questions the engine warms up on: its knowledge base's own paraphrases, and (after start,
 * see Engine.prepare) the same asked in the other ways people ask. */
import type { Unit } from "./unit.ts";

/** Up to `n` questions from the paraphrases (and their regions), spread over the kinds of unit;
 * `varied`: also in English, with a typo, asked of an article, and two asked in one message,
 * after subjects no covenant treats (`unsaid`). */
export function warmUpQuestions(
  units: readonly Unit[],
  n: number,
  varied: boolean,
  unsaid: readonly string[] = [],
): Array<{ text: string; region: string | null }> {
  const out: Array<{ text: string; region: string | null }> = [];
  // (Varied, first: subjects no covenant treats, asked the ways a refusal is reached.)
  if (varied)
    for (const [i, subject] of unsaid.entries())
      out.push({
        text: i % 2 ? `what about the ${subject}` : `wat zegt het convenant over ${subject}`,
        region: null,
      });
  const step = Math.max(1, Math.floor(units.length / n));
  for (let i = 0; i < units.length && out.length < n; i += step) {
    const u = units[i] as Unit;
    const text = u.ask.nl[0] ?? u.ask.en[0] ?? u.title;
    out.push({ text, region: out.length % 3 === 0 ? null : u.region });
    if (!varied) continue;
    const en = u.ask.en[0];
    if (en) out.push({ text: en, region: u.region });
    out.push({ text: misspelt(text), region: u.region });
    out.push({ text: `${u.source.ref} ${text}`, region: u.region });
    // (Two asks in one message run the reading of parts, whose patterns are compiled on first use.)
    out.push({ text: `${text}? ${u.ask.nl[1] ?? u.ask.en[1] ?? u.title}`, region: u.region });
  }
  return out;
}

/** The question with two letters of its longest word swapped, as fast typing does. */
function misspelt(text: string): string {
  const words = text.split(" ");
  const longest = words.reduce((a, w, i) => (w.length > (words[a] ?? "").length ? i : a), 0);
  const w = words[longest] ?? "";
  if (w.length >= 6) words[longest] = `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`;
  return words.join(" ");
}
