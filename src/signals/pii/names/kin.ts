/**
 * A first name in lower case right after a family word, a neighbour, or a classmate or friend
 * pointed out: "zijn oom rob", "buurman kees belde", "onze leerling bas vertelt".
 */
import { ARTICLES, EN_FUNCTION, NL_FUNCTION } from "../cues.ts";
import type { Cue } from "./around.ts";
import type { NameScan } from "./scan.ts";
import type { Token } from "./tokens.ts";

/** Family words and neighbours a first name follows in chat: "zijn oom rob", "buurman kees"; and
 * classmates and friends after a word that points one out: "onze leerling bas vertelt". */
const FAMILY =
  /^(?:oom|tante|opa|oma|broer|broertje|zus|zusje|neef|nicht|buurman|buurvrouw|vader|moeder|papa|mama|teyze|amca|dayı|hala|abla|abi|stiefvader|stiefmoeder|pleegvader|pleegmoeder|uncle|aunt|auntie|brother|sister|cousin|grandma|grandpa|granny|nan|neighbour|neighbor|stepdad|stepmum|stepmom|mum|mom|dad)$/;

const PEERS =
  /^(?:leerling|leerlinge|klasgenoot|klasgenote|vriend|vriendin|vriendje|vriendinnetje|classmate|friend)$/;
/** Words that point out one person: "onze leerling", "zijn vriend" (not "de vriend", anyone); a
 * sentence that opens with the word does too ("Vriendin roos belde"). */
const POINTING = /^(?:onze|ons|mijn|zijn|haar|hun|jullie|een|die|deze|our|my|his|her|their|a)$/;

/** "zijn oom rob", "buurman kees belde": a first name in lower case after a family word or a
 * neighbour, also one that is an ordinary word (an English one only in a Dutch text: "her uncle
 * will" is no name). */
export function lowerAfterFamily(s: NameScan, i: number, cue: Cue): boolean {
  const { toks, lex, englishText } = s;
  const t = toks[i] as Token;
  return (
    cue === "cue" &&
    (FAMILY.test(toks[i - 1]?.lower ?? "") ||
      (PEERS.test(toks[i - 1]?.lower ?? "") &&
        (POINTING.test(toks[i - 2]?.lower ?? "") || s.sentenceStart(i - 1)))) &&
    lex.firstName(t.lower) &&
    !(englishText && lex.english(t.lower, true)) &&
    !s.notName(t) &&
    !s.isCue(t) &&
    !EN_FUNCTION.has(t.lower) &&
    !NL_FUNCTION.has(t.lower) &&
    !ARTICLES.has(t.lower) &&
    // (A name goes on into what someone does: "zijn oom rob haalt"; not "zijn moeder hoop ik",
    // "zijn vader max één keer", "mama mia".)
    !!toks[i + 1] &&
    s.adjacent(t, toks[i + 1]) &&
    // (A first name that is an ordinary word, "zijn broertje los", only before a verb: "oom rob haalt".)
    (!lex.word(t.lower) || /^\p{L}{2,}(?:t|de|te|den|ten)$/u.test(toks[i + 1]?.lower ?? "")) &&
    !/^(?:ik|je|jij|we|wij|ze|zij|hij|het|één|een|keer|niet|per|x|i|you|he|she|it|we|they)$/.test(
      toks[i + 1]?.lower ?? "",
    ) &&
    // ("zijn broer wil niet", "en zijn broer dan?", "zijn broer nam het op": verbs and adverbs
    // that are also first names.)
    !/^(?:wil|dan|nam|won|kon|lag|zat|gaf|liep|bleef|mocht|moest|zou|kwam|had|was|ben|ook|nog|dus|maar|toen|daar|hier|los|mee|weg|terug|vast|af|op|uit|door)$/.test(
      t.lower,
    ) &&
    t.lower.length >= 3
  );
}
