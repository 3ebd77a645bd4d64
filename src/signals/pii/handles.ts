/** Social-media and game accounts: with or without "@", after a platform's name, with an
 * underscore, or a gamer tag; not an organisation's own account. */
import { MONTH_NAMES, OWN_ACCOUNT } from "./cues.ts";
import { finding, type PiiFinding } from "./types.ts";

/** Words after which the next token is someone's account name. */
const PLATFORM =
  /\b(?:insta(?:gram)?|finsta|rinsta|snap(?:chat)?|tiktok|telegram|twitter|facebook|fb|ig|sc|discord|account(?:naam)?|gebruikersnaam|username|kanaal|profiel|handle)\b[^.\n]{0,25}?[\s:(]["'‘“]?$/i;

/** Social platforms and game platforms, whose account a word after them may name. */
const SOCIAL = "insta(?:gram)?|snap(?:chat)?|tiktok|telegram|twitter|facebook|discord";
const GAMES =
  "roblox|fortnite|minecraft|twitch|steam|xbox|psn|playstation|valorant|fifa|call of duty|cod|gta|brawl stars|clash royale|rocket league|apex|warzone|overwatch";
/** "insta: naam", "snap is naam", "account heet naam", "in the Discord server: user ArianFrost":
 * the next word is the account. */
const STRONG_PLATFORM = new RegExp(
  String.raw`\b(?:${SOCIAL}|${GAMES})\b[^.\n]{0,60}\b(?:user|gebruiker)\s*["'‘“]?$|\bgamer\s?tags?(?:\s+(?:van|of)\s+[^:\n]{1,40}:)?\s*["'‘“]?$|\b(?:username|gebruikersnaam)\s+(?:van|of)\s+[^:\n]{1,50}:\s*["'‘“]?$|\b(?:(?:${SOCIAL}|finsta|${GAMES})(?:[,-]?\s*(?:naam|name|id|tag))?|account(?:naam)?|gebruikersnaam|username|handle|gamer\s?tag)\s*(?::|is|heet|=)\s*["'‘“]?$|\b(?:gebruikersnaam|username|user\s?name)\s+["'‘“]?$|\b(?:${GAMES}),\s*(?:naam|name)\s+["'‘“]?$|\b(?:${SOCIAL}|${GAMES})(?:\s+[\p{L}']+){0,3}?\s+(?:heet(?:\s+(?:hij|ze|zij|die))?|called|named|is\s+(?:hij|ze|zij|he|she)|uses\s+the\s+name|under\s+the\s+name|onder\s+de\s+naam|gebruikt\s+(?:hij|ze|zij)?\s*de\s+naam|noemt\s+(?:hij|ze|zij)\s+zich|calls\s+(?:himself|herself))\s*["'‘“]?$|\b(?:gamer\s?tag|account|username|gebruikersnaam)\s+(?:in|op|on)\s+(?:${SOCIAL}|${GAMES})\s*:\s*["'‘“]?$|\b(?:speelt|plays|playing)\s+(?:${GAMES})\s+(?:als|as)\s*["'‘“]?$|\b(?:volg|add|follow)\s+(?:me|mij|hem|haar|him|her)\s+(?:op|on)\s+(?:${SOCIAL})\s*[,:]?\s*["'‘“]?$`,
  "iu",
);
/** Words for being in touch with someone, right before a quoted account. */
const IN_TOUCH =
  /\b(?:contact(?:s|en)?(?:\s+met)?|praat\s+met|chat(?:s|t)?\s+met|appt?\s+met|talks?\s+(?:to|with)|chatting\s+with|dms?|volgt|follows|added|toegevoegd\s+door|en)\s*$/i;

/** Where a sentence or a line ends: a full stop, a question or an exclamation mark and a space, or a line break. */
const ENDS = [". ", "! ", "? ", "\n"];
/** A file's name by its extension. */
const FILE_NAME =
  /\.(?:pdf|docx?|xlsx?|pptx?|odt|csv|txt|rtf|jpe?g|png|gif|heic|webp|mp[34]|mov|wav|m4a|ogg|opus|zip|eml|msg)$/i;
/** The start of the sentence that holds position `at`. */
const sentenceStart = (text: string, at: number) =>
  Math.max(0, ...ENDS.map((e) => text.lastIndexOf(e, at) + 1));
/** The end of the sentence from position `at` on, or -1 at the text's end. */
function sentenceEnd(text: string, at: number): number {
  const ends = ENDS.map((e) => text.indexOf(e, at)).filter((e) => e >= 0);
  return ends.length > 0 ? Math.min(...ends) : -1;
}

/** Words with a number that are a product, a level, a class or a place, not an account. */
const PRODUCT_OR_PLACE =
  /^(?:season|chapter|level|lvl|rank|tier|diamond|gold|silver|bronze|platinum|ps|xbox|iphone|ipad|switch|galaxy|pixel|windows|office|covid|fifa|fc|cod|gta|mw|warzone|minecraft|roblox|fortnite|version|versie|v|groep|klas|group|year|grade|havo|vwo|vmbo|mavo|atheneum|gym|leerjaar|brugklas|bijlage|annex|kamer|lokaal|room|bus|lijn|tram|line|route|zone|hal|gate|unit|q)\d+(?:[a-z]|pro|max|plus|mini|lite)?$/i;

/** "Minecraft is ...": a game's status follows as often as an account. */
const GAME_IS = new RegExp(String.raw`\b(?:${GAMES})\s+is\s*$`, "i");

/** What is written where an account could be, and is none: "nvt", "idk", "privé", "pls". */
const NO_ACCOUNT =
  /^(?:nvt|idk|geen|onbekend|prive|privé|none|nope|unknown|niks|nee|ja|yes|no|pls|plz|aub|svp|lol)$/i;
/** A platform's or a game's own name, where an account could stand: "volg me op tiktok, Snapchat". */
const PLATFORM_WORD = new RegExp(`^(?:${SOCIAL}|${GAMES}|youtube|twitch|x)$`, "i");
/** A day or a month, which is nobody's account. */
const DAY_OR_MONTH = new RegExp(
  `^(?:${MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$`,
  "i",
);
/** An organisation's account: its function, then a place, exactly ("@jongerenwerk.hoorn",
 * "@politie_leiden", "@jongerenwerkzuidoost"); "@teamjayden", "@politiekind", "@zorgeloos_x" are pupils'. */
const ORG_HANDLE =
  /^(?:jongerenwerk|politie|gemeente|wijkagent|wijkagenten|ggd|halt|bibliotheek|buurthuis|jeugdwerk|jongerencentrum|leerplicht|boa|handhaving|brandweer)(?:[._-]\p{Ll}+|(?:noord|zuid|oost|west|zuidoost|zuidwest|noordoost|noordwest|centrum))?$/u;
/** ... also written in capitals, "@PolitieRotterdam", when what follows is a place. */
const ORG_HANDLE_CAMEL =
  /^(?:Jongerenwerk|Politie|Gemeente|GGD|Bibliotheek|Jeugdwerk|Jongerencentrum|Leerplicht|Handhaving|Brandweer)((?:[._-]?\p{Lu}\p{Ll}+)+)$/u;

/** An organisation asking to be followed, and the platform right before the account. */
const FOLLOW_US =
  /\b(?:volg|follow)\s+(?:ons|us|(?:onze|our|de|the)\s+(?:school|gemeente|stichting|team|club|\p{L}+school))\b/iu;
const PLATFORM_NAME = /\b(?:insta(?:gram)?|tiktok|facebook|x|twitter|linkedin|youtube|threads|bluesky)\b/gi;
const ON_PLATFORM =
  /\b(?:op|on|via)\s+(?:insta(?:gram)?|tiktok|facebook|x|twitter|linkedin|youtube|threads|bluesky)\s*:?\s*$/i;
/** Accounts said to be an organisation's official ones, in the sentence before them. */
const OFFICIAL_G =
  /\b(?:offici[eë]le?|officieel|official)\s+(?:(?:social[- ]media|sociale[- ]media|school)\s+)?(?:kanalen|kanaal|accounts?|pagina'?s?|channels?|pages?|handles?)\b/giu;
/** Nothing but accounts and the words joining them, up to the next account. */
const LISTED_ACCOUNTS =
  /^\s*(?:(?:van|of)\s+(?:de|het|onze|our|the)\s+(?:school|gemeente|politie|stichting|organisatie|club|vereniging|municipality|police|organisation|organization)\s*)?(?:(?:zijn|are|is)\s*)?:?\s*(?:@[\p{L}\d_.]+\s*(?:,|en|and|&)\s*)*$/u;
/** An organisation naming its own account: "our school account", "het account van de school". */
const OWN_ACCOUNT_BEFORE = new RegExp(`\\b${OWN_ACCOUNT}\\s*[:(]?\\s*$`, "i");
/** The function an organisation's account begins with, a place glued after it: "@politierotterdam". */
const ORG_THEN_PLACE =
  /^(politie|gemeente|jongerenwerk|bibliotheek|ggd|halt|leerplicht|handhaving)[._-]?(\p{Ll}{3,})$/u;

export function handles(
  text: string,
  ordinary: (lower: string) => boolean,
  place: (lower: string) => boolean = () => false,
  /** Whether a word is in a dictionary: after a platform's "naam is", only such a word is none. */
  dictionary: (lower: string) => boolean = ordinary,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(/(?<![\w.@])@[\p{L}\d_.]{2,30}[\p{L}\d_]/gu)) {
    // An organisation's account: "@jongerenwerk.hoorn", "@politie.leiden", "our school account @ISAlmere".
    if (ORG_HANDLE.test(m[0].slice(1))) continue;
    const glued = ORG_THEN_PLACE.exec(m[0].slice(1).toLowerCase());
    if (glued?.[2] && place(glued[2])) continue;
    // ("@PolitieRotterdam"; "@JongerenwerkSoufiane" is a person's.)
    const camel = ORG_HANDLE_CAMEL.exec(m[0].slice(1))?.[1];
    if (camel?.match(/\p{Lu}\p{Ll}+/gu)?.every((w) => place(w.toLowerCase()))) continue;
    if (OWN_ACCOUNT_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))) continue;
    // "Volg onze school op Instagram @obsdeklimop en op TikTok @...": the organisation's own accounts.
    const sentence =
      text
        .slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0)
        .split(/[.!?;\n]/)
        .at(-1) ?? "";
    // "Officiële kanalen: @hetbaken_school en @roc_midden_nl": accounts an organisation calls its own.
    // (Only the accounts listed right after the words: "..., maar via @xbaddie_09" is someone's.)
    const official = [...sentence.matchAll(OFFICIAL_G)].at(-1);
    if (
      official &&
      LISTED_ACCOUNTS.test(sentence.slice((official.index ?? 0) + official[0].length)) &&
      // (Not someone's own, "zijn officiële account is ...", nor a fake one.)
      !/\b(?:nep|fake|namaak|zogenaamde?|so-called|valse?|imitatie)|\b(?:zijn|haar|hun|his|her|their)\s+$/iu.test(
        sentence.slice(0, official.index ?? 0),
      )
    )
      continue;
    // (Every platform the sentence names after the request comes with an account of its own:
    // "Follow the school on Instagram, on TikTok @mia posts the fights" names a pupil's.)
    const follow = sentence.match(FOLLOW_US);
    const platforms = follow ? sentence.slice((follow.index ?? 0) + follow[0].length) : "";
    // (The handle follows the request's own platform, or a list of "en op <platform> @..." after it.)
    const listed =
      [...platforms.matchAll(PLATFORM_NAME)].every((p) =>
        /^\s*:?\s*(?:@|$)/.test(platforms.slice((p.index ?? 0) + p[0].length)),
      ) &&
      new RegExp(
        `^\\s*(?:ook\\s+|also\\s+)?(?:op|on|via)\\s+${PLATFORM_NAME.source}\\s*:?\\s*(?:@[\\p{L}\\d_.]+\\s*(?:,|en|and)\\s*(?:op|on|via)\\s+${PLATFORM_NAME.source}\\s*:?\\s*)*$`,
        "iu",
      ).test(platforms) &&
      !/['‘"“]/.test(sentence);
    if (
      follow &&
      ON_PLATFORM.test(sentence) &&
      listed &&
      !/\b(?:but|maar|however|echter|check)\b/i.test(sentence)
    )
      continue;
    out.push(finding("handle", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  // A Discord name with its number: "sanderrr#0412".
  if (/discord/i.test(text))
    for (const m of text.matchAll(/(?<![\w.@#])[\p{L}\d_.]{2,32}#\d{4}(?!\d)/gu))
      out.push(finding("handle", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  // Underscores do not occur in ordinary writing: a token with one is an account (also one that
  // ends in it, "jp.santos_").
  for (const m of text.matchAll(/(?<![\w.@])[\p{L}\d][\p{L}\d.]*_(?:[\p{L}\d_.]*[\p{L}\d_])?/gu)) {
    // ("_echt heel agressief_": the underscores of a chat's italics, not an account.)
    const line = text.slice(text.lastIndexOf("\n", m.index ?? 0) + 1, m.index ?? 0);
    if (m[0].endsWith("_") && /(?:^|\s)_\S/.test(line)) continue;
    // ("Bijlage: melding_0412.pdf": a file's name, no account.)
    if (FILE_NAME.test(m[0])) continue;
    out.push(finding("handle", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  // In a text about gamer tags or user names, a word with digits in or after it: "Ajaxboy2012",
  // "Sk3erKing" (not a class, a group or a year: "groep8", "Q1", "havo4").
  // (In the same sentence as those words; and the letters are no word or product with a number:
  // "Season3", "Xbox360", "iPhone15", "Leerjaar2", "Bus12".)
  for (const label of text.matchAll(/\bgamer\s?tags?\b|\busernames?\b|\bgebruikersnam?en?\b/gi)) {
    const at = label.index ?? 0;
    const after = at + label[0].length;
    let from = sentenceStart(text, at);
    // ("... ruzie tussen X en Ajaxboy2012. Dit zijn de gamer tags van ...": the sentence before.)
    if (
      /^\s*(?:dit|dat|deze|die|these|those|they|this|that|it)\s+(?:zijn|is|are|were|waren|was)\b/i.test(
        text.slice(from, at),
      )
    )
      from = sentenceStart(text, from - 3);
    // ("Gamertags:\n- Wolf2008\n- ...": a list under the label, up to a blank line; "Zijn
    // gamertag? Bulldog06.": the answer to it.)
    const rest = text.slice(after);
    const end = /^[^\n]{0,40}:\s*\n/.test(rest)
      ? text.indexOf("\n\n", at)
      : sentenceEnd(text, /^\s*\?\s/.test(rest) ? after + 3 : at);
    const sentence = text.slice(from, end < 0 ? text.length : end);
    for (const m of sentence.matchAll(
      /(?<![\w.@#])\p{L}(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{Ll}{2})[\p{L}\d]{4,29}(?![\w@])/gu,
    )) {
      const start = from + (m.index ?? 0);
      if (out.some((f) => f.start <= start && start < f.end)) continue;
      // (A word and a year or "07" is a tag, "Wolf2008", "Killer07"; a word and a number is a
      // level or a version, "Level50", "Covid19".)
      const letters = m[0].replace(/\d+/g, "").toLowerCase();
      const yearLike = /^\p{L}+(?:(?:19|20)\d\d|0\d)$/u.test(m[0]);
      if (!yearLike && (dictionary(letters) || PRODUCT_OR_PLACE.test(m[0]))) continue;
      out.push(finding("handle", text, start, start + m[0].length));
    }
  }
  // After a platform word: a token that mixes letters with dots or digits.
  for (const m of text.matchAll(/(?<![\w.@])[a-z][a-z\d]*(?:\.[a-z\d]+)+|(?<![\w.@])[a-z]+\d+[a-z\d]*/gu)) {
    const start = m.index ?? 0;
    // "t.n.v." is an abbreviation, but "insta heet lil.mo.10" an account.
    const strong = STRONG_PLATFORM.test(text.slice(Math.max(0, start - 70), start));
    // A web address, unless a platform's account name is what the words before announce
    // ("on snap he's called gui.santos.nl").
    if (/\.(?:nl|com|org|net|be|eu|io)$/.test(m[0]) && !strong) continue;
    if (!strong && m[0].split(".").every((p) => p.length <= 3 && /^[a-z]+$/.test(p)) && m[0].includes("."))
      continue;
    // ("heeft contact met 'money.maker.020'", "praat met 'dino.boy.2011'": in quotes after words for
    // being in touch, two words and a number joined by dots are someone; "het wifi-netwerk
    // 'school.gast.2024'" is no one.)
    const inTouch =
      /['‘"“]$/.test(text.slice(0, start)) &&
      /\d/.test(m[0]) &&
      m[0].split(".").filter((p) => /\p{L}/u.test(p)).length >= 2 &&
      IN_TOUCH.test(text.slice(Math.max(0, start - 30), start - 1));
    if (!inTouch && !strong && !PLATFORM.test(text.slice(Math.max(0, start - 45), start))) continue;
    out.push(finding("handle", text, start, start + m[0].length));
  }
  // (A full stop after it ends the sentence: "his tiktok is levigoed.")
  for (const m of text.matchAll(/(?<![\w.@])\p{L}[\p{L}\d]{2,29}(?![\w@]|\.[\p{L}\d])/gu)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 45), start);
    // "op Snap zet hij filmpjes als 'mhcrosser'": one word in quotes after a platform.
    const quoted =
      /["'‘“]$/.test(before) && /^["'’”]/.test(text.slice(start + m[0].length)) && PLATFORM.test(before);
    if (!quoted && !STRONG_PLATFORM.test(text.slice(Math.max(0, start - 70), start))) continue;
    // ("a hoax on TikTok about 'Friday'": a day or a month is nobody's account.)
    // (A gamer tag made of two words, "darkwolf", is in no dictionary, though it is in use.)
    const plain = quoted ? ordinary : dictionary;
    if (out.some((f) => f.start === start) || plain(m[0].toLowerCase()) || DAY_OR_MONTH.test(m[0])) continue;
    // ("Gebruikersnaam: nvt.", "Snapchat: idk.", "volg me op tiktok, Snapchat en Insta": no account.)
    if (NO_ACCOUNT.test(m[0]) || PLATFORM_WORD.test(m[0])) continue;
    // ("onder de naam Jongerenwerk Zoetermeer", "under the name Ouders van Almere": an
    // organisation's or a group's name of several words, no account; "Darkwolf Gaming" is a
    // gamer tag of two words.)
    const nextName = text
      .slice(start + m[0].length)
      .match(/^\s+(?:(?:van|of|voor|for|de|the)\s+)?(\p{Lu}\p{L}*)/u)?.[1];
    if (
      /\b(?:onder\s+de\s+naam|under\s+the\s+name)\s*["'‘“]?$/i.test(before) &&
      /^\p{Lu}/u.test(m[0]) &&
      ordinary(m[0].toLowerCase()) &&
      nextName !== undefined &&
      !dictionary(nextName.toLowerCase())
    )
      continue;
    // ("het account is doorgegeven aan de wijkagent", "the account is reported to the police": a
    // participle with a preposition after it is what happened to the account.)
    if (
      !quoted &&
      /^(?:\p{L}*ge\p{L}+(?:en|d|t)|\p{L}+ed)$/u.test(m[0]) &&
      ordinary(m[0].toLowerCase()) &&
      /^\s+(?:aan|bij|door|naar|via|to|by|with)\b/i.test(text.slice(start + m[0].length))
    )
      continue;
    // ("the user postte ...": after "user", only a word shaped like an account, "ArianFrost",
    // "xXShadowRiderXx"; not a device, "gebruiker iPad".)
    if (
      /\b(?:user|gebruiker)\s*["'‘“]?$/i.test(before) &&
      !quoted &&
      (!/^\p{Lu}|[\d_]|\p{Ll}\p{Lu}/u.test(m[0]) || /^[ie]\p{Lu}\p{Ll}+$/u.test(m[0]))
    )
      continue;
    // ("Minecraft is unsupervised at home": after "<game> is", only a word shaped like an account.)
    if (!quoted && GAME_IS.test(before) && /^\p{Ll}+$/u.test(m[0])) continue;
    out.push(finding("handle", text, start, start + m[0].length));
  }
  return out;
}
