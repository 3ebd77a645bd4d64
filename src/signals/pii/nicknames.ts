/**
 * Nicknames in quotes: "wordt door hen 'Skinny' genoemd", "One of them, 'Lucky', had a knife",
 * "'Big D' uit de Pijlstraat". One or two capitalised words between quotes are a person's name
 * when a person is spoken of around them; the title of a programme or campaign ("lessenserie
 * 'Respect'") is not.
 */
import { ADDRESS_WORDS, NICKNAME_CONTEXT, TITLE_OR_PRODUCT_AFTER } from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import { finding, type PiiFinding, type Range } from "./types.ts";

const BRANDS_AFTER =
  /^['’"”]?(?:\s*(?:,|en|and|of|or)\s*['‘"“][^'’"”]{1,30}['’"”])*\s*,?\s*(?:\(?\s*)?(?:merknamen|merknaam|brand names?)\s+(?:van|of|for)\b/i;

/** "'de Turk'", "'the Pole'": a nationality said of someone is no name (their surname may be "de Turk"). */
const NATIONALITY =
  /^(?:de|the)\s+(?:turk|marokkaan|surinamer|antilliaan|pool|rus|belg|duitser|fransman|engelsman|afghaan|syriër|somaliër|eritreeër|koerd|bulgaar|roemeen|pole|russian|german|moroccan|afghan|syrian|somali|kurd)$/i;

/** Quoted nicknames that overlap neither a name found already nor a known name (a school, a wijk). */
/** A chat group, server or channel named right before a quoted name. */
const GROUP_BEFORE =
  /\b(?:server|groep|groepsapp|groepschat|appgroep|group|groupchat|group chat|chat|kanaal|channel|community)(?:\s+(?:van|of)\s+\p{L}+)?\s*\(?\s*['‘"“]$/iu;
/** A verb of saying or posting right after a quoted name. */
const SAYS_AFTER =
  /^\s*(?:\)\s*)?(?:zei|zegt|schreef|schrijft|stuurde|stuurt|postte|post|plaatste|appte|appt|reageerde|dreigde|said|says|wrote|writes|sent|posted|replied|threatened)\b/i;

export function nicknames(
  text: string,
  found: readonly PiiFinding[],
  opts: { lexicon: Lexicon; exempt: readonly Range[] },
): PiiFinding[] {
  const out: PiiFinding[] = [];
  // A word the lists say is never a person (an insult, a brand, an app); a place abroad is a
  // nickname too: "'Berlin' verkoopt", "they call him 'Nairobi'".
  const listed = (words: string) =>
    words
      .toLowerCase()
      .split(" ")
      .some((w) => opts.lexicon.notName(w) && !opts.lexicon.abroad(w));
  for (const m of text.matchAll(/(?<=['‘"“])(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)(?=['’"”])/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    if (opts.exempt.some((r) => start < r.end && r.start < end)) continue;
    // "een jongen die zich 'Tokyo' noemt", "they call him 'Paris'": what someone is called, even a
    // word that names a place or a brand elsewhere.
    const called =
      /\b(?:zich|zichzelf|hem|haar|him|her|himself|herself|themselves)\s+['‘"“]$/i.test(
        text.slice(Math.max(0, start - 16), start),
      ) && /^['’"”]\s*,?\s*(?:noemt|noemen|noemde|genoemd|heet|heten)\b/i.test(text.slice(end, end + 16));
    const calls = /\b(?:calls?|called|calling)\s+(?:him|her|them|himself|herself|themselves)\s+['‘"“]$/i.test(
      text.slice(Math.max(0, start - 30), start),
    );
    if (listed(m[0]) || NATIONALITY.test(m[0]) || ADDRESS_WORDS.test(m[0].toLowerCase())) continue;
    // "een Discord-server van leerlingen ('Gymnasium Memes')", "de groepsapp 'Klas 2B Chill'": a
    // group's or a server's name.
    // (Not a speaker in it: "groepsapp: 'Bolle' zei ...".)
    if (
      GROUP_BEFORE.test(text.slice(Math.max(0, start - 45), start)) &&
      !SAYS_AFTER.test(text.slice(end + 1, end + 25))
    )
      continue;
    if (called || calls) {
      out.push(finding("naam", text, start, end));
      continue;
    }
    const around = `${text.slice(Math.max(0, start - 50), start)} ${text.slice(end, end + 40)}`;
    // "Die 'Tiko' uit de Vogelwijk": pointed at, and no ordinary word.
    const pointed =
      /\b(?:die|that)\s+['‘"“]$/i.test(text.slice(Math.max(0, start - 8), start)) &&
      m[0]
        .toLowerCase()
        .split(" ")
        // (A person's name in the dictionary is one too: "Die 'Sjonnie'".)
        .every((w) => !opts.lexicon.english(w) && (!opts.lexicon.common(w) || opts.lexicon.personName(w)));
    // "'Smartwhip' en 'Frosty', merknamen van lachgascilinders": named as brands.
    if (BRANDS_AFTER.test(text.slice(end, end + 60))) continue;
    // "'Matilda' by Roald Dahl", "'Storm' vapes", "the 'Digiwijs' lessons": a title with its
    // author, a product or a programme named by the word after the quote.
    if (TITLE_OR_PRODUCT_AFTER.test(text.slice(end, end + 40))) continue;
    if (pointed || NICKNAME_CONTEXT.test(around)) out.push(finding("naam", text, start, end));
  }
  // "'Bolle' (Daan de Wit) 3vmbo-k", "Jayden Kok ('jay')", "'Tank' aka Dawit": a word in quotes,
  // in any case, right beside a name found is that person's nickname.
  for (const m of text.matchAll(/(?<=['‘"“])(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2})(?=['’"”])/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0].length > 24 || [...found, ...out].some((f) => f.start < end + 1 && start - 1 < f.end)) continue;
    if (opts.exempt.some((r) => start < r.end && r.start < end)) continue;
    const beside = found.some(
      (f) =>
        (f.end <= start - 1 && start - 1 - f.end <= 3 && /^\s*\(?\s*$/.test(text.slice(f.end, start - 1))) ||
        (f.start >= end + 1 &&
          f.start - (end + 1) <= 7 &&
          /^\s*(?:\(|aka\s+|alias\s+)?\s*$/i.test(text.slice(end + 1, f.start))),
    );
    if (beside && !listed(m[0])) out.push(finding("naam", text, start, end));
  }
  out.push(...calledBy(text, [...found, ...out], opts, listed));
  return out;
}

/** The words that say what someone is called: "a.k.a.", "bijnaam van Dawit is", "noemt hem gewoon",
 * "goes by the name of", "heet hij" (after what he plays on: "op Valorant heet hij Reaper"). */
const CALLED_BY =
  /(?:\ba\.k\.a\.?|\b(?:aka|alias|oftewel|ook wel|(?:also\s+)?known\s+as|bekend\s+(?:staat\s+)?als|bijnaam(?:\s+van\s+\p{L}+)?(?:\s*:|\s+is)?|nickname(?:\s+is)?|noem(?:t|en|de|den)\s+(?:(?:ze|zij|men)\s+(?:hem\s+|haar\s+)?|hem\s+|haar\s+)(?:gewoon|altijd)?|goes\s+by(?:\s+the\s+name(?:\s+of)?)?|heet\s+(?:hij|zij|ze)(?:\s+gewoon)?))\s*$/iu;
/** The words CALLED_BY and CALLED_AFTER turn on, anywhere in a text. */
const CUED =
  /\b(?:a\.k\.a|aka|alias|oftewel|ook wel|known|bekend|bijnaam|nickname|noem(?:t|en|de)|goes|heet|vrienden|friends|real|echte|eigenlijke)\b/i;
/** A person spoken of right before a loose cue: "de jongen a.k.a Tank", "the older lad aka ...". */
const LOOSE_PERSON =
  /\b(?:jongen|jongens|meisje|meid|leerling|dealer|man|vrouw|broer|zus|neef|nicht|verdachte|pleger|dader|slachtoffer|hij|zij|hem|dikke|dunne|gast|knul|gozer|kerel|vent|nieuwe|boy|girl|guy|lad|bloke|kid|student|pupil|suspect|offender|victim|he|she|him|brother|sister|cousin)\b[^.\n]{0,80}$/i;

/** "'bolle' voor zijn vrienden", "'bolle', oftewel Daan de Wit", "'Big D', real name ...", "'Bobo' (echte
 * naam onbekend)": a quoted word that says it is a nickname. */
const CALLED_AFTER =
  /^['’"”]\s*(?:voor\s+(?:zijn|haar)\s+vrienden|for\s+(?:his|her)\s+friends|,\s*(?:oftewel|alias|aka|a\.k\.a\.)|\s*[,(]?\s*(?:real\s+name|echte\s+naam|eigenlijke\s+naam))/iu;

/**
 * What the words around it say is a nickname: quoted in any case ("a.k.a. 'bolle'"), or one
 * capitalised word ("goes by the name of Smokey"); and a lower-case word in brackets right after
 * a name ("Jayden Kok (jay)") that is no word of either language.
 */
function calledBy(
  text: string,
  found: readonly PiiFinding[],
  opts: { lexicon: Lexicon; exempt: readonly Range[] },
  listed: (words: string) => boolean,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  const free = (start: number, end: number) =>
    ![...found, ...out].some((f) => f.start < end && start < f.end) &&
    !opts.exempt.some((r) => start < r.end && r.start < end);
  // (After a cue that says what someone is called, a club's or a brand's name is their nickname
  // too: "noemen ze hem Ajax", "heet hij Vitesse".)
  const add = (start: number, end: number, words: string, strong = false) => {
    if (free(start, end) && (strong || !listed(words))) out.push(finding("naam", text, start, end));
  };
  const person = (at: number) =>
    found.some((f) => f.kind === "naam" && f.end <= at && at - f.end <= 30) ||
    LOOSE_PERSON.test(text.slice(Math.max(0, at - 100), at));
  // (Most signals hold none of the words that name a nickname: their words are not scanned.)
  const cued = CUED.test(text);
  for (const m of cued
    ? text.matchAll(/(['‘"“])?(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2})(?=['’"”])|\b\p{Lu}[\p{L}]+\b/gu)
    : []) {
    const quoted = m[1] !== undefined;
    const word = quoted ? (m[2] as string) : m[0];
    const start = (m.index ?? 0) + (quoted ? 1 : 0);
    const end = start + word.length;
    if (word.length > 24) continue;
    const before = text.slice(Math.max(0, start - (quoted ? 41 : 40)), start - (quoted ? 1 : 0));
    // ("the trenches", "The Hub": an article opens a place's or a group's name, not a nickname.)
    if ((/^(?:the|de|het)\b/i.test(word) && !/^(?:de|het)\s+\p{Lu}/u.test(word)) || NATIONALITY.test(word))
      continue;
    const cue = before.match(CALLED_BY);
    // "aka", "alias", "oftewel", "ook wel" say another name of anything ("snus, ook wel 'zakjes'",
    // "de GGD oftewel Gemeentelijke ..."): of a person only where one is spoken of right before.
    // (So does "noemen ze", "noemt men" without "hem" or "haar": "dat noemen ze Sexting".)
    const loose =
      cue &&
      (/^(?:a\.k\.a\.?|aka|alias|oftewel|ook wel|also|known|bekend)/i.test(cue[0].trim()) ||
        /^noem\p{L}*\s+(?:ze|zij|men)\s*$/iu.test(cue[0].trim()));
    const byCue = !!cue && (!loose || person(start - cue[0].length));
    // ... and after a quote, a name found or unknown goes with it ("'bolle', oftewel Daan de Wit").
    const after = quoted && text.slice(end, end + 24).match(CALLED_AFTER);
    const byAfter =
      !!after &&
      (/^['’"”]\s*(?:voor|for)\b/i.test(after[0]) ||
        found.some((f) => f.kind === "naam" && f.start >= end && f.start - end <= 40) ||
        /^[^.\n]{0,30}\b(?:onbekend|unknown|niet bekend|not known|weet ik niet|heb ik niet|don'?t know)\b/i.test(
          text.slice(end, end + 45),
        ));
    if (byCue || byAfter)
      add(
        start,
        end,
        word,
        !!cue && !loose && /^\p{Lu}/u.test(word) && /\b(?:hem|haar|hij|zij|ze)\b/i.test(cue[0]),
      );
  }
  // "de dealer alias kleine mo": a first name in lower case after the cue, with "kleine" or "lil".
  for (const m of cued ? text.matchAll(/\b(?:(?:kleine|grote|lil|little|big)\s+)?(\p{Ll}{2,15})\b/gu) : []) {
    const start = m.index ?? 0;
    const cue = text.slice(Math.max(0, start - 40), start).match(CALLED_BY);
    if (!cue || !opts.lexicon.firstName(m[1] as string)) continue;
    // (Only after a cue for a person's other name: "cocaïne, ook wel charlie" is the drug.)
    if (
      /^(?:alias|aka|a\.k\.a\.?|bijnaam|nickname|noem|goes|heet)/i.test(cue[0].trim()) &&
      person(start - cue[0].length)
    )
      add(start, start + m[0].length, m[0]);
  }
  for (const m of text.matchAll(/(?<=\()\p{Ll}{2,12}(?=\))/gu)) {
    const start = m.index ?? 0;
    const w = m[0];
    const afterName = found.some((f) => f.kind === "naam" && /^\s*\($/.test(text.slice(f.end, start)));
    // (A first name is one too, whatever else it means: "Jayden Kok (jay)".)
    const name = opts.lexicon.firstName(w) || (!opts.lexicon.common(w) && !opts.lexicon.english(w));
    if (afterName && name) add(start, start + w.length, w);
  }
  return out;
}

/** What comes before a name in brackets that is no nickname: articles, pronouns, counts. */
const NOT_BEFORE_NAME =
  /^(?:de|het|een|die|dat|deze|en|of|met|van|voor|door|bij|is|zijn|was|heet|the|a|an|and|or|with|by|of|is|was|iemand|someone|somebody|anyone|one|twee|two|ook|also|ons|us|onze|our|mijn|my|zijn|his|haar|her|hun|their|ze|zij|hij|he|she|they|wij|we|ik|i|mum|mom|mother|dad|father|grandad|grandpa|grandma|granny|nan|nana|uncle|aunt|auntie|brother|sister|son|daughter|cousin|nephew|niece|stepdad|stepmum|stepmom|stepfather|stepmother|baby)$/i;

/**
 * "Bolle (Sem de Wit)", "sjonnie (jonathan de graaf)": the name a person goes by, right before the
 * name in brackets that says who it is. Not a role or a word of a person ("de dader (Kees)",
 * "iemand (Kees)"), an organisation's or a word never a name, nor an ordinary word in lower case.
 */
export function nicknamesBeforeNames(
  text: string,
  persons: readonly PiiFinding[],
  opts: { lexicon: Lexicon; exempt: readonly Range[]; cue: (lower: string) => boolean },
): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const p of persons) {
    if (p.kind !== "naam" || !/\(\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start))) continue;
    if (!/^\s*\)/.test(text.slice(p.end))) continue;
    const m = text
      .slice(Math.max(0, p.start - 40), p.start)
      .match(/(?<![\p{L}'-])(\p{L}[\p{L}'-]{1,24})\s*\(\s*$/u);
    const word = m?.[1];
    if (!word) continue;
    const lower = word.toLowerCase();
    const start = p.start - (m?.[0].length ?? 0) + (m?.[0].indexOf(word) ?? 0);
    const end = start + word.length;
    if (NOT_BEFORE_NAME.test(word) || opts.cue(lower) || opts.lexicon.notName(lower)) continue;
    if (/^\p{Lu}{2,}/u.test(word) || /-/.test(word)) continue;
    // (Nor a role or a family word of another language: "Jeugdverpleegkundige (Anouk)", "teyze (Ayşe)".)
    if (
      /(?:kundige|werker|agent|co[oö]rdinator|consulent|medewerker|arts|docent|begeleider|functionaris)$/u.test(
        lower,
      )
    )
      continue;
    if (
      /^(?:teyze|amca|dayı|hala|abla|abi|anne|baba|dede|nine|babcia|dziadek|ciocia|wujek|mama|tata|khala|amm|ammo|khalo|jidda|jiddo|sito)$/u.test(
        lower,
      )
    )
      continue;
    // (Not a place, "in Utrecht (Szkoła Polska)", nor a class, "4 bb (Jordy)".)
    if (opts.lexicon.abroad(lower) || opts.lexicon.place(lower)) continue;
    if (opts.lexicon.proper(lower) && !opts.lexicon.personName(lower) && !opts.lexicon.firstName(lower))
      continue;
    if (/\d\s*$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    // (An ordinary word describes or names a thing: "een jongen (Kees)", "Spreekbeurt (Wayne Rooney)".)
    if (opts.lexicon.word(lower) || opts.lexicon.english(lower)) continue;
    if ([...persons, ...out].some((f) => f.start < end && start < f.end)) continue;
    if (opts.exempt.some((r) => start < r.end && r.start < end)) continue;
    out.push(finding("naam", text, start, end));
  }
  return out;
}
