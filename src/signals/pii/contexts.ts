/**
 * Words that are no person because of what stands around them: a titled thing ("het boek 'Storm'"),
 * a firm, a place named after someone, a pet or a character, a condition named after the one who
 * described it. (Brands in a list: brand-lists.ts; storms and compounds: compounds.ts.)
 */
import { COMPASS_WORDS, MONTH_NAMES, OWN_ACCOUNT } from "./cues.ts";
import { lexicon } from "./lexicon.ts";
import type { Range } from "./types.ts";

/** Words as a group that matches them with a small or a capital first letter. */
function anyCase(words: string): string {
  return `(?:${words
    .split(" ")
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|")})`;
}

const MONTH = `(?:${MONTH_NAMES})`;
/** Kinds of thing people give names that are also first names: a flavour, a song, a house. */
const TITLED = anyCase(
  "smaak smaakje smaken merk nummer liedje lied song single track album chant film movie serie series show programma programme program game boek book flavour flavor brand product drankje quiz rehearsal musical play toneelstuk voorstelling campagne campaign team club ploeg server discord-server chatroom kanaal channel wifi wi-fi netwerk network stripverhaal strip comic folder spel workshop training lespakket",
);
const NAMED_THINGS =
  "\\p{L}*(?:house names|team names|huisnamen|teamnamen|knuffels?|mascottes?|mascots?|songs?|nummers?|liedjes?|houses|huizen|teams|groepsnamen|honden|hond|dogs|dog|paarden|paard|horses|pony's|katten|cats)";
const CAP = "\\p{Lu}[\\p{L}'-]*";
/** A capitalised word without an apostrophe: "Mr Hendriks' class" is a person's. */
const WORD = "\\p{Lu}[\\p{L}-]*(?!['’\\p{L}])";
/** Short month names, in dates ("21-25 Oct", "23 Dec-3 Jan") and school calendars. */
const MONTH_SHORT = "(?:jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\.?";
/** Things named with a word that is also a first name: "the Amber plan", "Ruby and Jade classes",
 * "the Rose Parade". Written as a title, after an article, or in the plural after two names; a
 * name before "klas 2b" or "team" in chat stays a person. */
const THING_WORDS =
  "plan alert alarm hospital ziekenhuis wall muur campagne campaign project protocol award prize fonds fund garden gardens tuin parade bursary beurs memorial quiz night programme program festival tournament toernooi cup trophy market markt building gebouw vleugel society club academy".split(
    " ",
  );
const THING_AFTER = `(?:${THING_WORDS.join("|")})`;
const THING_TITLE = `(?:${THING_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|")})`;
const THINGS_PLURAL = "(?:classes|klassen|houses|huizen|teams|groepen)";
/** A firm named after its owner: "Visser Bouw", "Smit & Zn.", "Bloem & Co". */
const FIRM_AFTER =
  "(?:Bouw|Transport|Infra|Fietsen|Beveiliging|Installatietechniek|Installaties|Schoonmaak|Catering|Holding|Makelaardij|Advocaten|Autobedrijf|Logistiek|Tweewielers|Vastgoed|Security|Services|Verhuizingen|Schilderwerken)";
/** A firm named by its trade and then its owner's family, written as a name: "Autoservice Van den
 * Berg", "Schilderbedrijf Van der Meer en Zonen", "Bouwbedrijf H. Jansen B.V.". (A first and last
 * name after a trade may be the sole trader himself, "Rijschool Kevin Bos stuurt appjes", and a
 * "rechtszaak" or a "basisschool" is no trade.) */
const FIRM_BEFORE =
  "(?:\\p{Lu}\\p{Ll}*(?:bedrijf|service|centrum|garage|bakkerij|slagerij|kwekerij|fysiotherapie)|Garage|Bakkerij|Slagerij|Kwekerij|Fysiotherapie)";
const FIRM_OWNER =
  "(?:\\p{Lu}\\.\\s*)*(?:(?:Van|De|Den|Der|Ter|Ten|'t|In 't) +(?:(?:van|de|der|den|ter|ten|'t) +){0,2}\\p{Lu}[\\p{L}'’-]*|\\p{Lu}[\\p{L}'’-]*(?= *(?:& *(?:Zn|Zonen|Zoon|Co)|en Zonen)\\b| +B\\.?V\\b))(?: *(?:& *(?:Zn|Zonen|Zoon|Co)|en Zonen)\\b\\.?| +B\\.?V\\b\\.?)?";
/** Buildings and places named after a person: "Sportpark Willem van Outhoorn", "P+R Hoornwijck". */
const PLACE_BEFORE =
  "(?:Sportpark|Sporthal|Sportcentrum|Stadion|Zwembad|Wijkcentrum|Buurthuis|Gemeenschapshuis|P\\+R|Theater|Bibliotheek|Ziekenhuis|Kerk|Moskee|Jongerencentrum|Festival|(?:Community|Youth|Sports|Leisure)\\s+Cent(?:re|er)\\s+(?:De|Het|'t|The))";
/** A person's name as a building has it: one capitalised word (with a particle and another), or a
 * name after a title or initials ("Zwembad Ir. Lely", "Sporthal Dr. A. Philips"). (Not a first and
 * last name alone: "bij busstation Zuid Kevin de Boer", "Zwembad Sanne Visser belde" are persons.) */
const PLACE_NAME =
  "(?:(?:Dr|Ir|Prof|Mr|Mgr|St|Sint)\\.? +(?:\\p{Lu}\\. *)*\\p{Lu}[\\p{L}'-]*(?: +(?:(?:van|de|der|den|het|ter|ten) +)+\\p{Lu}[\\p{L}'-]*)?|\\p{Lu}[\\p{L}'-]*(?: +(?:van|de|der|den|het) +\\p{Lu}[\\p{L}'-]*)?)";
/** A thing said to be what the word names: "Joy (de nieuwe escape room ...)", "Kees, het nieuwe spel". */
const THING_APPOSITION =
  "(?:spel|game|app|escape ?room|mascotte|mascot|campagne|campaign|methode|lesmethode|training|winkel|shop|zaak|restaurant|snackbar|café|cafe|film|serie|series|boek|book|podcast|website|project|bakkerij|kapsalon|bakery)";
/** A trade said of two names joined: "Roos & Bloem, de bloemist op de hoek" is a shop ("Ahmed, de
 * bakker op de hoek" stays a person). */
const TRADE_APPOSITION = "(?:bloemist|bakker|slager|kapper|florist|butcher|baker|garage|winkel|shop)";
/**
 * Words that are not a person by what stands around them, each rule written so that a person
 * next to the same words stays one (tests/signals/pii.test.ts holds both sides):
 * - dates: a month with its day or year ("31 May", "23 Dec-3 Jan"), a month before "holiday" or
 *   after "by" or "tot" (not before a capitalised word: "since May Jansen");
 * - placeholders for a name ("leerling A"), not an initial before a surname ("leerling S de Vries");
 * - schools marked as one ("Sterre der Zee (bs)"), shops ("Supermarkt Dirk"), firms named after
 *   their owner ("Visser Bouw", "Smit & Zn."), foundations ("stichting Kwadraad"), places named
 *   after a person ("Sportpark Willem van Outhoorn");
 * - things: a quoted title ("smaak 'Jade Mint'"), names given to things ("Jade, Ruby and Sapphire
 *   are the house names"), a thing's title ("the Amber plan", "Ruby and Jade classes"), a thing
 *   in apposition ("Kees, het nieuwe spel van de GGD"), a brand with a capital inside ("AirPods");
 * - office holders in lower case ("burgemeester Bruls", "wethouder Onderwijs"), faiths
 *   ("Christian students"), an imperative opening a line ("Mark the dates").
 */
/** Animals, toys and game characters, which people name as they name children: "a puppet called
 * Hoop", "twee konijnen (Snuffie en Bolletje)", "brawlers: Shelly, Colt en Leon", "the Peely and
 * Jonesy skins" ("een jongen genaamd Sem" stays a person). */
const PET_OR_CHARACTER =
  "(?:puppets?|pop|knuffel|mascot(?:te)?|konijn(?:en|tje|tjes)?|rabbits?|bunn(?:y|ies)|hamsters?|cavia'?s?|guinea pigs?|parkiet(?:en)?|goudvis(?:sen)?|goldfish|kat(?:ten)?|katje|cats?|kittens?|hond(?:en|je)?|dogs?|pupp(?:y|ies)|paard(?:en)?|horses?|pony'?s?|geit(?:en)?|goats?|kip(?:pen)?|chickens?|dolls?|teddy|brawlers?)";
const CONTEXTS = [
  // "Crohn's disease", "Asperger's syndrome", "de ziekte van Crohn": a condition named after the one
  // who described it.
  /\p{Lu}[\p{L}-]*['’]s(?=\s+(?:disease|syndrome|disorder|lymphoma|palsy|sign)\b)|(?<=\b(?:ziekte|syndroom)\s+van\s+)\p{Lu}[\p{L}-]*/gu,
  // "channel District North", "wijkteam Zuid", "Stadsdeel Oost": a quarter of town after a word for
  // an area or a team.
  new RegExp(
    `(?<=\\b(?:district|wijk|wijkteam|stadsdeel|regio|region|area|zone|sector|team|watch|unit|afdeling|kanaal|channel|worker|werker|jongerenwerker|jongerenwerk)\\s+)(?:${COMPASS_WORDS})\\b`,
    "giu",
  ),
  // "op de willem de zwijgerlaan", "jan van galenstraat": a street named after someone, typed in
  // lower case as dictated, names nobody.
  // (After "de" or "on" only: "kevin van de dorpsstraat" is a boy from that street.)
  /(?<=\b(?:de|the|on)\s+)\p{Ll}+(?:\s+(?:de|van|der|den|ter|ten|la|le))+\s+\p{Ll}{3,}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg)\b/gu,
  new RegExp(
    // (Named after "called" or "heet", one name; in brackets right after a count of them, a list:
    // "twee konijnen (Snuffie en Bolletje)"; a game's characters after a colon; never across a
    // line's end. "Allergisch voor katten: Daan en Sem" and "de geiten (Jayden en Sem)" name pupils.)
    `\\b${PET_OR_CHARACTER}[^\\S\\n]*(?:called|named|genaamd|heet|heten)[^\\S\\n]+${CAP}(?!['’]s)(?![^\\S\\n]+(?:en|and|&)\\b)|\\b(?:twee|drie|vier|vijf|onze|ons|our|two|three|four|five|\\d)\\s+${PET_OR_CHARACTER}[^\\S\\n]*\\([^\\S\\n]*${CAP}(?:[^\\S\\n]*(?:,|and|en|&)[^\\S\\n]*${CAP})*[^\\S\\n]*\\)|\\bbrawlers?[^\\S\\n]*:[^\\S\\n]*${CAP}(?:[^\\S\\n]*(?:,|and|en|&)[^\\S\\n]*${CAP})*`,
    "gu",
  ),
  // "the Peely and Jonesy skins" (not "Tyler's skins", "Milan and Tyler characters").
  new RegExp(`(?:the|de)\\s+${CAP}(?:\\s*(?:,|and|en|&)\\s*${CAP})*\\s+skins\\b`, "gu"),
  new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+(?:19|20)\\d{2}\\b`, "giu"),
  new RegExp(
    `\\b\\d{1,2}\\s+${MONTH_SHORT}(?!\\p{L})|\\b(?:${MONTH_NAMES}|${MONTH_SHORT})\\s+(?:holidays?|half[- ]term|break|meeting|vakantie|deadline|exams?|toetsweek|intake)\\b`,
    "giu",
  ),
  // "the May newsletter", "de juni-editie": a whole month's name after an article, before the issue
  // it names (not "Hoi Jan update ...": a short month is a name there).
  new RegExp(
    `\\b(?:the|de|het|our|onze|this|next|last)\\s+(?:${MONTH_NAMES})\\s+(?:newsletter|nieuwsbrief|bulletin|edition|editie|issue|update|report|rapportage)\\b`,
    "giu",
  ),
  // "leerling A", "pupil B": a placeholder for a name, not an initial ("leerling A. Jansen" is one).
  // (No "i" flag: it would let \p{Lu} match any letter.)
  new RegExp(
    `\\b${anyCase("leerlingen leerling jongere jongen meisje kind persoon ouder docent pupil student child person parent teacher boy girl")}\\s+\\p{Lu}(?![\\p{L}\\d.])(?!\\s+(?:van|de|der|den|ten|ter|el|al)\\b)(?!\\s+\\p{Lu}\\p{Ll})`,
    "gu",
  ),
  /(?:\p{Lu}[\p{L}'-]*\s+(?:(?:der|den|de|van|het|'t)\s+)?){0,3}\p{Lu}[\p{L}'-]*(?=\s*\((?:bs|basisschool|obs|cbs|kbs|rkbs|ikc|kc|po|vo|so|sbo|vso|mbo|school)\))/gu,
  // (No "i" flag: it would let \p{Lu} match any letter.)
  new RegExp(
    `(?:\\b(?:Polski|Polska|Poolse|Polish|Turkse|Turkish|Marokkaanse|Syrische|Aziatische|Asian)\\s+)?\\b${anyCase("supermarkt supermarket winkel bakkerij slagerij snackbar shoarmazaak restaurant café cafe kapper kapsalon apotheek sportschool tankstation garage shop store sklep toko bakkal kiosk")}\\s+(?:(?:Ome|Oom|Tante|Chez)\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+(?:van|den|de|der)\\s+\\p{Lu}[\\p{L}'-]*)?`,
    "gu",
  ),
  // "Koffiehuis Anatolia": a firm by its kind, written with a capital (in lower case the word
  // after may be someone there: "in het koffiehuis Bilal").
  /\b(?:Eetcafé|Koffiehuis|Theehuis|Lunchroom|Grillroom)\s+(?:(?:Bij|bij)\s+)?(?:(?:Ome|Oom|Tante|Chez)\s+)?\p{Lu}[\p{L}'-]*/gu,

  // "Snackbar Ali Baba, Kinkerstraat 42": a firm's name of two words, its kind written as its first
  // word, with its address right after ("de snackbar Fatima El Amrani", "Café Sven Jansen (16)"
  // may be a person).
  /\b(?:Supermarkt|Bakkerij|Slagerij|Snackbar|Shoarmazaak|Restaurant|Café|Cafe|Eetcafé|Koffiehuis|Theehuis|Lunchroom|Grillroom|Kapsalon|Apotheek|Sportschool|Toko|Bakkal|Kiosk)\s+\p{Lu}[\p{L}'-]*\s+\p{Lu}[\p{L}'-]*(?=\s*[,(]\s*(?:\p{Lu}[\p{L}'-]*\s+){0,2}\p{Lu}[\p{L}'-]*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|markt|hof|dreef|pad)\s+\d)/gu,
  new RegExp(
    `\\b${TITLED}\\s*:?\\s+['‘"“]${CAP}(?:\\s+(?:&\\s+|and\\s+|en\\s+|a\\s+|of\\s+|the\\s+|de\\s+|het\\s+|van\\s+)?(?:${CAP}|only|alleen))?(?:\\s+(?:&\\s+|and\\s+|en\\s+|a\\s+|of\\s+|the\\s+|de\\s+|het\\s+|van\\s+)?${CAP}){0,2}['’"”]|['‘"“]${CAP}(?:\\s+(?:&\\s+|and\\s+|en\\s+)?${CAP}){0,3}['’"”]\\s+${TITLED}\\b`,
    "gu",
  ),
  new RegExp(
    `${WORD}(?: *(?:,|and|en|&) *${WORD})*(?: +${WORD}){0,2} +${THING_TITLE}\\b|\\b(?:the|de|het|our|onze) +${WORD} +${THING_AFTER}\\b|${WORD}(?: *(?:,|and|en|&) *${WORD})+ +${THINGS_PLURAL}\\b|['‘"“]${CAP}(?: +${CAP}){0,3}['’"”] +(?:${THING_AFTER}|${THINGS_PLURAL})\\b`,
    "gu",
  ),

  new RegExp(
    `${CAP}(?: ?& ?${CAP})?\\s*(?:,|\\()\\s*(?:de|het|een|the|a|an|onze|our)\\s+(?:nieuwe\\s+|new\\s+)?${THING_APPOSITION}\\b`,
    "gu",
  ),
  // An artist's style: "inspired by Frida Kahlo and Keith Haring", "in de stijl van Karel Appel".
  // (A work's maker after its quoted title is not read from the words alone: "een appje 'ik maak
  // je af' van Kevin Bakker" is a pupil's; makers known to everyone are in data/public-figures.txt.)
  new RegExp(
    `\\b(?:inspired by|geïnspireerd op|in de stijl van|in the style of)\\s+${CAP}(?:\\s+(?:van|de|der|den|ten|ter)\\b)*\\s+${CAP}(?:\\s*(?:,|and|en|&)\\s*${CAP}(?:\\s+(?:van|de|der|den)\\b)*\\s+${CAP})*(?![\\p{L}'-])(?!\\s*\\((?:groep|klas|year|grade|\\d))(?!\\s+(?:uit|from|in)\\s+(?:groep|klas|year|grade|\\d))`,
    "gu",
  ),
  // A shop named by its trade, capitalised and with no article before it: "Bakker Bart aan het
  // plein", "broodjes van Bakker Bart" ("de slager Jansen sloeg mijn zoon" names a person).
  // (On one line, and not a name's last word: "Sanne Bakker\nKlas: 2A" names Sanne Bakker.)
  /(?<!\b(?:[Dd]e|[Hh]et|[Ee]en|[Oo]nze|[Dd]ie|[Tt]he|[Oo]ur)\s|\p{Lu}\p{Ll}+ )\b(?:Bakker|Slager|Bloemist|Visboer|Groenteboer|Poelier|Kapper)[^\S\n]+\p{Lu}[\p{L}'-]*(?![^\S\n]+\p{Lu})/gu,
  // A class's room or a group's name in quotes: "Year 5 is in 'Einstein'", "groep 3 heet dit jaar
  // 'de Vossen'" (a class names it, not a person: "de dader heet 'Kevin'" stays a name).
  new RegExp(
    `\\b(?:[Yy]ear|[Gg]roep|[Kk]las|[Cc]lass|[Gg]rade)\\s+\\d{1,2}\\p{L}?\\s+(?:(?:is|zit|zitten|moves?|gaat)\\s+)?(?:(?:now|nu|voortaan|dit jaar)\\s+)?(?:in|naar|to|into|heet|heten)(?:\\s+dit\\s+jaar)?\\s+['‘"“](?:de |het |the )?${CAP}['’"”]`,
    "gu",
  ),
  new RegExp(`${CAP} ?& ?${CAP}\\s*,\\s*(?:de|het|een|the|a|an|onze|our)\\s+${TRADE_APPOSITION}\\b`, "gu"),
  // Animals, dolls and boats have names too: "pony Storm en ezel Jantje", "hond Bobbie", "a teddy
  // bear called Paddington", "rondvaart met de 'Johanna Maria'".
  new RegExp(
    `\\b${anyCase("hond hondje pony paard ezel kat poes konijn cavia geit schaap kip dog puppy horse donkey cat kitten rabbit goat sheep knuffel teddy")}(?:\\s+bear)?(?:\\s+(?:called|named|genaamd|heet))?\\s+${CAP}`,
    "gu",
  ),
  // "Een herdershond die 'Max' heet", "Our class hamster, Mr. Nibbles, ...": a pet named with a
  // word of naming, or our own pet in an apposition ("de hond, Daan lachte", "the owner of the
  // dog, Tyler, ..." name persons).
  new RegExp(
    `\\b(?:[Oo]ur|[Oo]nze|[Oo]ns|[Tt]he\\s+school['’]s)\\s+(?:class\\s+|school\\s+|klassen)?(?:hond|hondje|kat|poes|konijn|cavia|hamster|schildpad|papegaai|parkiet|goudvis|dog|puppy|cat|kitten|rabbit|tortoise|parrot|goldfish|guinea pig)\\s*,\\s*(?:(?:Mr|Mrs|Miss|meneer|mevrouw)\\.?\\s+)?${CAP}(?=\\s*,)|(?:\\b\\p{Ll}*(?:hond|hondje|kat|poes|konijn|cavia|hamster|schildpad|papegaai|parkiet|goudvis)|\\b(?:dog|puppy|horse|cat|kitten|rabbit|tortoise|parrot|goldfish|guinea pig))(?:\\s+die\\s+['‘"“]?${CAP}['’"”]?(?=\\s+heet\\b)|\\s+(?:called|named|genaamd)\\s+['‘"“]?${CAP})`,
    "gu",
  ),
  new RegExp(
    `\\b(?:boot|schip|ship|boat|rondvaartboot|met de|aboard the|on board the)\\s+['‘"“]${CAP}(?:\\s+${CAP})?['’"”]`,
    "gu",
  ),
  // Names of classes and houses: "house Crystal", "groep Sterre", "Sterre, Maan en Zon: zo heten
  // de drie kleutergroepen".
  new RegExp(`\\b(?:[Hh]ouse|[Gg]roep)\\s+${CAP}(?!\\s+\\p{Lu})`, "gu"),
  new RegExp(
    `${CAP}(?:\\s*(?:,|and|en|&)\\s*${CAP})*\\s*:\\s*(?:zo|so|dat|that)\\s+(?:heten|heet|noemen we|are called|we call)\\b`,
    "gu",
  ),
  // An organisation's own account: "our school account @ISAlmere" (numbers.ts leaves the handle).
  new RegExp(`\\b${OWN_ACCOUNT}\\s*:?\\s+@[\\p{L}\\d_.]+`, "giu"),
  // Rooms, classes and houses named in a bracket after them: "Roos en Tulp (de twee kleuterlokalen)".
  new RegExp(
    `${CAP}(?:\\s*(?:,|and|en|&)\\s*${CAP})*\\s*\\((?:de|het|the|onze|our)\\s+(?:[\\p{L}-]+\\s+){0,2}\\p{L}*(?:lokalen|lokaal|rooms?|groepen|klassen|classes|houses|huizen|teams)\\)`,
    "gu",
  ),
  // A shop named after its kind, with a pair of words as its name: "Bloemenzaak Bloem & Blad"
  // ("de zaak Yilmaz" is a case, "in de snoepwinkel Daan zien" a boy, "de zaak Noah & Sem" two).
  new RegExp(
    `(?<!\\b(?:[Dd]e|[Hh]et|[Ee]en|[Tt]he|[Aa])\\s+)\\b(?:(?:Bloemen|Kleding|Schoenen|Fietsen|Speelgoed|Brillen)zaak|\\p{Lu}\\p{Ll}*(?:winkel|salon|bakkerij|slagerij))\\s+${CAP} ?& ?${CAP}`,
    "gu",
  ),
  // An app by its name: "the Wizz app", "Yubo-app" ("Sem, app je moeder", "Die Fleur app ik" are persons).
  new RegExp(
    `(?<=\\b(?:[Tt]he|[Dd]e|[Hh]et|[Aa]n?|[Ee]en)\\s+)${CAP}(?=\\s+[Aa]pps?(?![\\p{L}'’])(?!\\s+(?:ik|je|jij|we|wij|hem|haar|ze|zij|u|jou|jullie|hun)\\b))|${CAP}(?=-[Aa]pps?(?![\\p{L}'’]))`,
    "gu",
  ),
  // Quoted names said to be brands: "'Smartwhip' en 'Frosty', merknamen van lachgascilinders".
  new RegExp(
    `['‘"“]${CAP}(?: ${CAP})?['’"”](?:\\s*(?:,|en|and|of|or)\\s*['‘"“]${CAP}(?: ${CAP})?['’"”])*(?=\\s*,?\\s*\\(?\\s*(?:merknamen|merknaam|brand names?)\\s+(?:van|of|for)\\b)`,
    "gu",
  ),
  // A group named by what its members call each other: "die elkaar 'De Storm' noemen" ("die
  // zichzelf 'Sosa' noemt", "noemden elkaar 'Sjors'" name persons).
  new RegExp(
    `\\b(?:elkaar|zichzelf|themselves|each other)\\s+(?:\\p{Ll}+\\s+){0,2}['‘"“](?:[Dd]e|[Hh]et|[Tt]he) ${CAP}(?: ${CAP})?['’"”]`,
    "gu",
  ),
  // A place a bus stops at: "at the Risdam stop", "halte Station".
  new RegExp(`${CAP}\\s+(?:stop|halte|bushalte|tramhalte|busstation)\\b`, "gu"),
  // A firm of brothers: "Gebr. Jansen".
  new RegExp(`\\bGebr(?:oeders|\\.)\\s*${CAP}`, "gu"),
  // "Christian students": the faith, not a first name.
  /\bChristian(?=\s+(?:students|pupils|families|parents|children|kids|schools?|church(?:es)?|communit(?:y|ies)|faith|holidays?|values)\b)/gu,
  // (Not after another capitalised word: "Daan Jansen Transport" is a person's firm.)
  new RegExp(
    `(?<!\\p{Lu}[\\p{L}'-]* )${WORD}(?: ?& ?${WORD})? +${FIRM_AFTER}(?![\\p{L}-])|(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en) +){0,3}${WORD} *(?:& *(?:Zn|Zonen|Zoon|Co)|en Zonen)\\b\\.?`,
    "gu",
  ),
  new RegExp(`${PLACE_BEFORE} +${PLACE_NAME}`, "gu"),
  // Houses of worship and associations by name, written as a name: "Moskeevereniging Ayasofya",
  // "cultural centre Hilal", "the Fatih mosque", "the Shevchenko Ukrainian Saturday school" (not
  // "de moskee Bilal heeft gebeld", "Ayoub zaterdagschool heeft": those may be persons).
  new RegExp(
    `\\b(?:[Mm]oskeevereniging|[Cc]ultural cent(?:re|er)|Moskee|Vereniging|Tempel|Parochie) +${WORD}`,
    "gu",
  ),
  new RegExp(
    `\\b(?:[Tt]he|[Oo]ur) +(?:(?:El|Al|Shri|Sri|St\\.?) +)?${WORD}(?: +${WORD}){0,3} +(?:mosque|temple|church|synagogue|gurdwara|association|Saturday school)\\b`,
    "gu",
  ),
  // "groen licht van de directie": a colour in a saying (not "Juf Groen licht de ouders in").
  /(?:^|[.!?:]\s+)Groen licht(?=\s+(?:van|voor|gegeven|:))|(?<![\p{L}] )\bgroen licht\b(?!\s+(?:\p{L}+\s+){0,3}(?:in|toe)\b)/gmu,
  // "bij de Dirk", "at the Dirk": the supermarket (also "Dirk van den Broek" right after the article).
  /\b(?:[Dd]e|[Tt]he) Dirk(?: van den Broek)?\b(?!\s+(?:\p{Lu}|van\b|de\b))/gu,
  // "een nieuwe JOP": a jongerenontmoetingsplek, in capitals ("Jop" is a boy).
  /\bJOP\b/gu,
  // "the winning team, 'Sierra United'": a team named as one.
  /\b(?:team|club|ploeg|elftal)\b[^.\n]{0,30}?['‘"“]?\p{Lu}\p{L}+ (?:United|Wanderers)\b/giu,
  // "Krajicek Playground", "Richard Krajicek Foundation".
  new RegExp(`(?:${CAP} +){1,3}(?:Playground|Foundation|Fonds|Court)\\b`, "gu"),
  new RegExp(`\\b${FIRM_BEFORE} +${FIRM_OWNER}`, "gu"),
  // A foundation's name ("de stichting Mark & Mo Movement"), a portfolio ("wethouder Onderwijs"),
  // an office holder named in office ("burgemeester Bruls").
  /(?<![\p{L}])[Ss]tichting +\p{Lu}[\p{L}'-]*(?: ?& ?\p{Lu}[\p{L}'-]*)?/gu,
  /\b(?:[Ww]ethouder|[Mm]inister|[Ss]taatssecretaris|[Gg]edeputeerde)(?: van)? +(?:Onderwijs|Jeugd|Zorg|Veiligheid|Sport|Financiën|Cultuur|Wonen|Werk|Economie|Welzijn|Justitie|OCW|VWS|JenV)\b/gu,
  // (In lower case only, and not after "meneer": Koning and Prins are surnames too.)
  /(?<!(?:meneer|mevrouw|mevr\.?|dhr\.?|juf|mr\.?|ms\.?|mrs\.?)\s)\b(?:burgemeester|wethouder|minister|staatssecretaris|gedeputeerde)\s+(?:(?:van|de|der|den|ter)\s+)*\p{Lu}[\p{L}'-]+/gu,
  // "Wil dit graag oppakken": the Dutch verb opening a line or sentence.
  /(?:^[-•*]?\s*|[.!?:]\s+)Wil(?=\s+(?:dit|dat|die|je|jij|u|ik|het|ze|zij|hij|graag|even|iemand|er|wel|jullie)\b)/gmu,
  // "Mark the dates", "Hope everyone saw": a verb that opens a line or sentence.
  /(?:^|[-•*]\s*|[.!?:]\s+)(?:Mark|Will|Bill|Hope|Grace|Frank|Pat|Rob|Chase|Drew|Grant|Jack|Book)(?=\s+(?:the|your|our|a|an|all|this|these|those|it|everyone|everybody|via|online|now|here)\b)/gmu,
  new RegExp(
    `\\b(?:by|in|until|till|from|before|after|since|early|late|mid|tot|vanaf|voor|na|begin|eind|einde|medio|half|(?:end|start|beginning|middle)\\s+of)\\s+${anyCase(MONTH_NAMES.split("|").join(" "))}\\b(?!\\s+\\p{Lu})`,
    "gu",
  ),
  // A capital inside a word is a brand's ("AirPods", "PlayStation"), with its model ("AirPods
  // Max"); a name's prefix is not ("McKenzie", "DeShawn").
  /(?<![\p{L}'-])(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Ten|Ter|Den|Der|Des)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?:\s+(?:Max|Pro|Mini|Plus|Ultra|Air|Lite|SE))?(?![\p{L}'-])/gu,
  new RegExp(
    `(?:(?:Ms|Mr|Mrs)\\.?\\s+)?${CAP}(?:\\s*(?:,|and|en|&)\\s*${CAP})*\\s+(?:[–—-]\\s+(?:dat|dit|that|these|those)\\s+)?(?:is|are|(?:zijn(?!\\s+(?:\\p{L}+\\s+)?(?:nummer|telefoonnummer|mobiel|mobieltje|06)\\b))|was|were|waren)\\s+(?:[\\p{L}'’.-]+\\s+){0,5}?${NAMED_THINGS}\\b`,
    "gu",
  ),
];

/** Where the text's own context says a capitalised word is not a person. */
/** "Taxi Van Dijk", "Taxibedrijf Maas": a transport firm by its kind, written with a capital ("de taxi
 * van jannes" is a pupil's). */
const TRANSPORT_FIRM =
  /\b(?:Taxi|Taxibedrijf|Taxicentrale|Touringcarbedrijf|Busbedrijf|Vervoersbedrijf|Autobusbedrijf)\s+((?:(?:Van|De|Ter|Ten)\s+(?:(?:De[nr]?)\s+)?)?)(\p{Lu}[\p{L}'-]*)/gu;

export function contextRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const re of CONTEXTS)
    for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  // ("Taxi Lisa", "Taxi Mohammed": a first name alone after "Taxi" may be the driver's or a pupil's.)
  for (const m of text.matchAll(TRANSPORT_FIRM))
    if (m[1] || !lexicon().firstName((m[2] ?? "").toLowerCase()))
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}
