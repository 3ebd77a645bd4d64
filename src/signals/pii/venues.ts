/**
 * Public places named right before an address: an organisation's building or office, a named
 * building or campus, a club, an embassy, a desk, a shop or a venue with its address in brackets.
 * Their address is no one's home.
 */
import { lexicon } from "./lexicon.ts";

/** A place to stay: public as a trip's or an event's venue, someone's home where they live or stay there. */
const LODGING = "camping|campsite|hotel|hostel|jeugdherberg|vakantiepark|bungalowpark|recreatiepark|domaine";
const LODGING_WORD = new RegExp(`^(?:${LODGING})$`, "i");
/** Words of someone living somewhere, or staying there now or for the time being (a trip's stay
 * at a hotel is no one's home: "de leerlingen verblijven in Hotel Alpenhof"). */
const STAYING =
  /\b(?:woont|wonen|woonde|logeert|logeren|ondergebracht|opgevangen|permanent|lives|living|housed|caravan|stacaravan|chalet|uitzetting|evicted)\b|\b(?:verblijft|verblijven|verbleef|slaapt|slapen|zit|zitten|zat|stays?|staying|sleeps?|sleeping)\b[^.!?\n]{0,20}\b(?:nu|now|tijdelijk|temporarily|sinds|since)\b|\b(?:nu|now|tijdelijk|temporarily)\b[^.!?\n]{0,20}\b(?:verblijft|verblijven|slaapt|slapen|zit|zitten|stays?|staying|sleeps?|sleeping)\b/i;
/** Words of someone's home in the sentence before an organisation's word. */
const LIVES = /\b(?:woont|wonen|woonde|verblijft|slaapt|lives?|living|lived|staying|sleeps?|sleeping)\b/i;
/** Words of an organisation's building or office. */
const ORGANISATION_WORD = `(?:dependance|location|site|jc|huis van de (?:wijk|buurt)|gemeentehuis|dorpshuis|gemeenschapshuis|wijkpost|mfc|gemeente|leerplicht|rbl|jeugdzorg|jongerenwerk|jeugdpreventieteam|wijkteam|jeugdteam|buurtteam|sociaal team|halt|veilig thuis|ggd|politie|huisarts|praktijk|loket|steunpunt|organisatie|instelling|afdeling|stadhuis|stadskantoor|stadswinkel|stadsloket|gemeentewinkel|politiebureau|bureau|school|schoolgebouw|hoofdgebouw|locatie|vestiging|bibliotheek|buurthuis|wijkcentrum|wijkhuis|sporthal|gymzaal|zwembad|moskee|kerk|ziekenhuis|huisartsenpost|kantoor|jongerencentrum|jeugdhonk|kinderboerderij|station|winkelcentrum|theater|museum|stichting|ikc|obs|cbs|college|lyceum|\\w*locatie|schooladres|overleg|vergadering|bijeenkomst|spreekuur|inloop|informatieavond|venue|library|visitors|reception|town hall|city hall|police station|sports hall|stadium|community centre|community center|youth centre|youth center|mosque|church|politiepost|police post|gezondheidscentrum|health centre|health center|medical centre|medical center|wijkbureau|cultuurhuis|speeltuin|main building|annex|meeting room|vergaderzaal|kapsalon|kapper|barbershop|snackbar|cafetaria|café|cafe|eetcafé|koffiehuis|theehuis|lunchroom|restaurant|grillroom|taxibedrijf|taxicentrale|depot|fietsdepot|busdepot|remise|bakkerij|slagerij|autobedrijf|fietsenmaker|fietsenwinkel|supermarkt|apotheek|tandartspraktijk|pizzeria|shoarmazaak|avondwinkel|nagelstudio|sportschool|sportcentrum|sportpark|sportcomplex|sportvereniging|${LODGING})`;
// (Also a school or a hospital named in one word: "de Koningin Wilhelminaschool", "het Da Vinci
// College", "het Sophia Kinderziekenhuis".)
const ORGANISATION_WORDS_G = new RegExp(
  `\\b${ORGANISATION_WORD}(?![\\p{L}\\d])|\\p{L}+(?:school|college|lyceum|ziekenhuis|kliniek)\\b`,
  "giu",
);
/** What may stand between an organisation and its address: its name in capitals, and a comma,
 * colon or bracket, or "aan de" ("GGD Hollands Midden, ...", "bibliotheek aan de ..."); no verb
 * ("Politie deed inval op ..." is no address of the police). */
const NAME_THEN_ADDRESS =
  /^(?:\s+(?:\p{Lu}[\p{L}'&.-]*|de|het|van|der|den|voor|en|'t|&))*?\s*(?:[,:(|–-]\s*|\s(?:aan|op|in|at|on|te)(?:\s+(?:de|het|the))?\s+|\s(?:(?:is|zijn|wordt|zit|zitten|ligt|huist)(?:\s+(?:verhuisd|gevestigd|te vinden))?|(?<=\p{Lu}[\p{L}'&.-]*\s)(?:verhuisd|gevestigd|verhuist|verhuizen))(?:\s+(?:naar|aan|op|in|at))?(?:\s+(?:de|het|the))?\s+)?$/u;
/** An organisation's building right before the address: its address is public. */
export const ORGANISATION_BEFORE = {
  test(before: string): boolean {
    const last = [...before.matchAll(ORGANISATION_WORDS_G)].at(-1);
    // (Not a place where someone lives or stays: "ze verblijven nu in Hotel De Zon, Stationsweg 4".)
    if (last && LODGING_WORD.test(last[0]) && STAYING.test(before.split(/[.!?\n]/).at(-1) ?? ""))
      return false;
    // (Nor where someone lives: "he lives in the flat over the café, Kerkstraat 12".)
    if (last && LIVES.test(before.split(/[.!?\n]/).at(-1) ?? "")) return false;
    // (Not a building named as a landmark: "de flat naast de politiepost: Molenweg 8b".)
    return (
      !!last &&
      NAME_THEN_ADDRESS.test(before.slice((last.index ?? 0) + last[0].length)) &&
      !/\b(?:naast|tegenover|achter|boven|onder|vlakbij|dichtbij|near|next to|opposite|behind|above|beside|over|in the back of|at the back of)\s+(?:de|het|the|een|a)?\s*$/i.test(
        before.slice(0, last.index ?? 0),
      )
    );
  },
};
/** A signature's lines: the organisation's name on the address's line or the line above it
 * ("International School Delft | +31 15 ... | Jaffalaan 9", "Leerlingzaken Het Lyceum\nHoogstraat 110"). */
export const ORGANISATION_LINE = new RegExp(`\\b${ORGANISATION_WORD}(?![\\p{L}\\d])`, "iu");
/** A named public building or a school's campus before the address: "at the Huygens Building,
 * Stationsplein 20", "our Leiden campus: ..." ("her building, Kruisweg 845" is a home). */
export const VENUE_BEFORE =
  /(?:\b\p{Lu}[\p{L}'-]+\s+(?:Building|Centre|Center|Hall|Campus|House|Museum|Huis)|\b(?!(?:The|A|An|Her|His|My|Their|Our|Your|Home|Head|Main|Dad|Mum|Mom|Haar|Zijn|Mijn|Hun|Onze|Jouw)\b)\p{Lu}[\p{L}-]+\s+(?:\p{Lu}[\p{L}-]+\s+)?[Oo]ffice|\b(?:our|the school's|onze)\s+(?:\p{L}+\s+)?campus)\b[^.\n]{0,5}$|\b\p{Lu}[\p{L}'-]+\s+(?:Campus|Museum|Centre|Center)\s*\(\s*(?:entrance|ingang)\s+$/u;
/** A club by its name, or a desk saying where it is, right before the address: "Club Panama
 * (Oostelijke Handelskade 4)", "the youth desk is at Amstel 1" ("iemand van de club op de
 * Beukenlaan 12" is someone's home). */
export const CLUB_OR_DESK =
  /(?:\bClub\s+\p{Lu}[\p{L}'-]+\s*\(\s*|\b(?:\p{L}*desk|(?:attendance|admissions|school|district)\s+office|(?:het\s+)?(?:verzuim|leerplicht)?(?:loket|bureau|kantoor))\s+is\s+(?:at|on|gevestigd\s+(?:aan|op)|aan|op)\s+(?:de\s+|het\s+)?|\b(?:[Ee]mbassy|[Aa]mbassade|[Cc]onsulate|[Cc]onsulaat)\s*\(\s*)$/u;
/** A shop, a venue or a firm by its name right before the address in brackets: "McDonald's
 * Leidsche Rijn (Berlijnplein 200)", "Intratuin (Parallelweg 5)" (not a person's name: "Sanne
 * Jansen (Kerkstraat 12)", nor a place abroad: "een nieuwkomer uit Aleppo (...)"); a shop the lists
 * know also after an article and before "aan de", "at" or a comma: "bij de Jumbo aan het Marktplein 5".
 * Never where the sentence speaks of a person or a home ("een kamer boven de Jumbo aan het ..."). */
export function namedPlaceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = before.match(
    /((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|de|het|van|der|den|'t)){0,4})(\s*\(\s*|\s+(?:aan|op)(?:\s+(?:de|het))?\s+|\s+(?:at|on)\s+|,\s*)$/u,
  );
  const name = m?.[1];
  if (!m || !name) return false;
  const from = Math.max(text.slice(0, start).search(/[^.!?\n]*$/), 0);
  const to = text.slice(start).search(/[.!?\n]/);
  const sentence = text.slice(from, to < 0 ? text.length : start + to);
  if (PLACED.test(sentence) || PERSONISH.test(sentence)) return false;
  const lex = lexicon();
  const words = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  const lead = before.slice(0, m.index);
  // (The shop after an article: "bij de Jumbo", "the Albert Heijn"; not "mevr. Zeeman, ...".)
  const head = `${lead}${name}`.toLowerCase();
  if (
    words.some(
      (w) =>
        lex.shop(w) &&
        new RegExp(`\\b(?:de|het|the)\\s+(?:\\S+\\s+)?${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(
          head,
        ),
    )
  )
    return true;
  return (
    /\(/.test(m[2] ?? "") &&
    !/\b(?:in|bij|uit|from)\s+(?:het|de)?\s*$/i.test(lead) &&
    words.every((w) => !(lex.firstName(w) || lex.surname(w) || lex.personName(w) || lex.abroad(w)))
  );
}
/** Words of someone placed, staying or living somewhere. */
const PLACED =
  /\b(?:zit|zat|ondergebracht|geplaatst|uithuisplaatsing|gezinshuis|pleeg\p{L}*|logeert|logeren|verblijft|verblijf|woont|wonen|woonvorm|huize|opvang|boven|kamer|slaapt|voordeur|thuis|stays|staying|lives|living|placed|foster|above|room|sleeps|front door|home)\b/iu;
/** Words of a person the address may belong to. */
const PERSONISH =
  /\b(?:jongen|meisje|leerling|leerlingen|kind|kinderen|moeder|vader|ouders|gezin|familie|oma|opa|tante|oom|neef|nicht|nieuwkomer|buurman|buurvrouw|boy|girl|pupil|student|mother|father|parents|family|kids|grandma|grandmother|uncle|aunt)\b/iu;
/** A desk, a room or an event of an organisation before its name: "bij de receptie van Het Baken". */
export const DESK_OF =
  /\b(?:receptie|balie|aula|kantine|gymzaal|administratie|informatieavond|ouderavond|bijeenkomst|aanmelden|melden)\s+(?:bij|van|in)\b/i;

/** The part of a line after the last word of an organisation in it. */
export function afterOrganisation(line: string): string {
  const last = [...line.matchAll(ORGANISATION_WORDS_G)].at(-1);
  return last ? line.slice((last.index ?? 0) + last[0].length) : line;
}
