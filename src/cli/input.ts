/** What people type on the command line: a mistyped word's suggestion, a region in any spelling. */
import type { Readable, Writable } from "node:stream";
import { closest, distance } from "fastest-levenshtein";
import { ConvenantbotError } from "../errors.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** The closest of `known` to a mistyped word, when it is close enough to be what was meant. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (!word || known.length === 0) return undefined;
  const best = closest(word.toLowerCase(), known);
  return distance(word.toLowerCase(), best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * A region id as people type it: any case, spaces for hyphens, or the region's name
 * ("Alphen aan den Rijn", "LEIDEN").
 * @throws ConvenantbotError (bad_input) with the closest id when there is one.
 */
export function resolveRegion(input: string, knowledge: KnowledgeBase): string {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-");
  const regions = knowledge.vocabulary.regions;
  const wanted = norm(input);
  const found = regions.find((r) => r.id === wanted || norm(r.name) === wanted);
  if (found) return found.id;
  const ids = regions.map((r) => r.id);
  const guess = didYouMean(wanted, ids);
  throw new ConvenantbotError(
    `Unknown region '${input}'.${guess ? ` Did you mean '${guess}'?` : ""} Known regions: ${ids.join(", ")}.`,
    "bad_input",
  );
}
