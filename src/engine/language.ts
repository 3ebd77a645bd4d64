/**
 * Language of a chat question. Statistical detectors (franc, cld) need far more text than a
 * ten-word chat message and mistake Dutch domain words for other languages, so this counts
 * function words that only one of the two languages uses. Domain words such as "wijkagent"
 * are Dutch in English questions too, so they do not count. A tie goes to English only when
 * a word of the question is English and no Dutch word ("auto renewal?"); otherwise to Dutch, the
 * language of the covenants and of most users.
 */
import { wordList } from "../core/wordlists.ts";
import { isDutchWord } from "./dutch.ts";
import { normalize, tokenize } from "./text.ts";

export type Language = "nl" | "en";

const DUTCH = new Set(
  (
    "de het een en van voor bij wie wat hoe waar wanneer welke welk waarom mag mogen moet moeten " +
    "ik wij we jij je u zijn ons onze mijn ze zij hij niet geen wel ook nog naar over tussen " +
    "heeft hebben kan kunnen zit zitten ligt liggen vaak dit dat deze die er iemand doet doen " +
    "betekent verplicht toegestaan mogen graag bedankt hoi hallo goedemorgen weet iets beelden " +
    "delen politie gemeente scholen met zonder als dan maar alleen elke ieder al nog steeds " +
    "zal zou moeten mogen kunnen krijgen geven vertellen mij jullie hun wordt worden werd komt gaat staat " +
    "heb hebt hoeveel waarom daar hier nu wanneer ooit altijd nooit iedereen leerling leerlingen ouders"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "the a an and of for at who what how where when which why may must should can could " +
    "i we you my our your they their is are does do did not no also to with about between " +
    "has have often this that these those someone anyone allowed share police schools " +
    "meeting meetings district mean means officer please thanks hi hello from by into our " +
    "without only every each contact who's whats yet already still any there will would need get give " +
    "tell me us them been being happens happened pupils pupil parents students student teacher law rules " +
    "whose whom was were if then than after before safety bag gate weapon weapons fight fireworks locker lockers " +
    "outside inside near found end"
  ).split(" "),
);
/** Words both sets contain are resolved by these, which exist in only one language. */
const AMBIGUOUS = new Set(["we", "is"]);

/** `written`: the question as typed, for a word it writes with Dutch accents ("coördinator"),
 * Dutch though read without them. */
export function detectLanguage(tokens: readonly string[], written = ""): Language {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (AMBIGUOUS.has(t)) continue;
    if (DUTCH.has(t)) nl++;
    if (ENGLISH.has(t)) en++;
  }
  if (en !== nl) return en > nl ? "en" : "nl";
  // ("auto renewal?", "taakaccenthouder meaning": a tie, or no function word at all, goes to
  // English when a word in it is English and no Dutch word; the word lists are read on first use.)
  const dutch = new Set(
    (written.match(/\p{L}*[ëïöüéèäáóú]\p{L}*/giu) ?? []).flatMap((w) => tokenize(normalize(w))),
  );
  const english = tokens.some(
    (t) =>
      t.length > 3 &&
      !DUTCH.has(t) &&
      !dutch.has(t) &&
      wordList("dictionary-en").common.has(t) &&
      !isDutchWord(t),
  );
  return english ? "en" : "nl";
}
