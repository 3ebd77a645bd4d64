/**
 * Home addresses: a street and a house number. A street without a number, an organisation's
 * address and a count after a street name ("bij de Parkweg 3 jongens") are not personal.
 */
import { COUNT, MONTH_AFTER, nextLineNumber } from "./after-number.ts";
import { HOME_CUE, HOME_EN, houseNumbers, ORGANISATION_MOVED, STREET_WORD, SUFFIX } from "./house-numbers.ts";
import { finding, overlaps, type PiiFinding, type Range } from "./types.ts";
import {
  afterOrganisation,
  CLUB_OR_DESK,
  DESK_OF,
  namedPlaceBefore,
  ORGANISATION_BEFORE,
  ORGANISATION_LINE,
  VENUE_BEFORE,
} from "./venues.ts";

/** Short words before a street name: "Prinses Irenestraat", "pr. irenestraat", "Van Goghlaan". */
const PREFIX =
  "(?:(?:[Vv]an|[Dd]e[nr]?|[Hh]et|'t|[Tt]e[rn]|[Pp]r\\.|[Pp]rins(?:es)?|[Kk]oningin|[Bb]urg(?:emeester|\\.)|[Dd]r\\.|[Mm]r\\.|[Ss]int|[Ss]t\\.|\\p{Lu}[\\p{L}'-]*)[^\\S\\n]+){0,3}";
const NUMBER =
  "((?:[^\\S\\n]*(?:huisnr\\.?|huisnummer|nr\\.?|no\\.?|nummer)[^\\S\\n]*|[^\\S\\n]+)\\d{1,4}(?:\\s?[a-zA-Z](?!\\p{L}|\\/[mM]))?(?:\\s?-\\s?(?:bis|hs|huis|\\d{1,4}[a-z]?|[a-z](?!\\p{L}))|\\s(?:bis|hs|huis|bovenhuis|benedenhuis|[A-Da-d](?!\\p{L})|\\d-?hoog)(?!\\p{L}))*)";
/** A point of the compass after a street's name: "Ringbaan-Oost", "Hoofdweg Noord". */
const COMPASS_PART = "(?:[-\\s](?:[Oo]ost|[Ww]est|[Nn]oord|[Zz]uid))?";
const STREET_WITH_NUMBER = new RegExp(
  `(?<![\\p{L}.])(${PREFIX}[\\p{L}'-]{2,}(?:${SUFFIX})${COMPASS_PART})(?!\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s?(?:u|uur|h)\\b)${NUMBER}(?!\\d|[,.:]\\d|\\p{L})`,
  "gu",
);
/** "Kosterijland 12 bis", "Hof van Delft 88-III": any street name, with the addition only a house
 * number has. */
const STREET_WITH_ADDITION =
  /(?<![\p{L}])((?:(?:De|Het|Den|'t|Van|van|de|der|den|\p{Lu}[\p{L}'-]*)[^\S\n]+){0,2}\p{Lu}[\p{L}'-]+)([^\S\n]+\d{1,4}(?:[^\S\n]?bis|[^\S\n]?-[^\S\n]?(?:I{1,3}|IV|hs))(?![\p{L}\d]))/gu;
/** A name that may be a street's: not a room's, a group's, a line's or a document's word. */
function streetLike(word: string): boolean {
  return !/(?:lokaal|kamer|groep|zaal|plaats|kluis\p{L}*|locker|protocol|artikel|article|lijn|line|kader|hal|hall|klas|class|ruimte|room|gebouw|building|vleugel|wing|blok|block|unit|werkplaats|bijlage|annex|paragraaf|versie|fase|level|niveau)$/iu.test(
    word,
  );
}
/** "De Lugt 230, 2725 TV", "Laan van Meerdervoort nr 312, 2517 AB": any street name, when a postcode follows. */
const STREET_BEFORE_POSTCODE =
  /(?<![\p{L}])((?:(?:De|Het|Den|'t|Van|van|de|der|den|\p{Lu}[\p{L}'-]*)[^\S\n]+){0,2}\p{Lu}[\p{L}'-]+)([^\S\n]+(?:(?:nr|no|huisnr)\.?\s*)?\d{1,4}[a-zA-Z]?)(?!\d)(?=\s*,?\s*[1-9]\d{3}\s?[A-Za-z]{2}\b)/gu;
/** A street's name in the English order: "Vondelstraat", also one whose last word is the kind of
 * street itself ("Oude Singel", "Grote Markt"). */
const CAP_SUFFIX = SUFFIX.split("|")
  .filter((w) => /^\p{L}+$/u.test(w) && w.length >= 3)
  .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)
  .join("|");
/** The kinds of street an English address ends with: "14 Acacia Lane", "3 Rose Street". */
export const ENGLISH_STREET =
  "Street|Road|Lane|Avenue|Drive|Close|Crescent|Way|Grove|Terrace|Gardens|Place|Square|Row|Mews|Walk|Court";
const STREET_NAME = `${PREFIX}(?:[\\p{L}'-]{2,}(?:${SUFFIX})|(?:${CAP_SUFFIX})|(?:${ENGLISH_STREET})|(?:St|Rd|Ave)\\.)`;
/** "the flat at 17b vondelstraat", "The family lives at 3A Oude Singel", "at 14 lange nieuwstraat":
 * the English order, the number before the street; also after a comma when the sentence speaks
 * of a home ("home of the Haile family, 8 Merelstraat"). */
const NUMBER_THEN_STREET = new RegExp(
  `(?<=\\b(?:at|on|to|[Aa]ddress(?:\\s+on\\s+file)?:?)\\s+)(?:(?:no|nr)\\.?\\s?|number\\s)?\\d{1,4}[a-zA-Z]?\\s+(?:(?:lange|korte|oude|nieuwe|grote|kleine|hoge|lage|brede|smalle|eerste|tweede|derde)[^\\S\\n]+(?=[\\p{L}'-]*(?:straat|laan|weg|gracht|singel|kade|dijk)(?!\\p{L})))?${STREET_NAME}(?!\\p{L})|(?<![\\p{L}\\d.,-])\\d{1,4}[a-zA-Z]?\\s+${STREET_NAME}(?=,?\\s*(?:\\d{4}\\s?[A-Za-z]{2}|\\[postcode\\])(?!\\p{L}))|(?<=,\\s*)\\d{1,4}(?!\\s?[A-Za-z]{2}(?!\\p{L}))[a-zA-Z]?\\s+${STREET_NAME}(?=\\s*(?:[,.;)]|$))|(?<![\\p{L}\\d.,-])\\d{1,4}[a-zA-Z]?\\s+${STREET_NAME}(?=,\\s*(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b)`,
  "gmu",
);
/** Words of someone's home, not of a family's event: "lives at", "their house". */
const HOME_STRICT_EN = /\b(?:lives?|living|home|house|flat|apartment|moved|address|staying|stays)\b/i;
/** A British postcode after a town: ", Reading RG1 2AB". */
const UK_POSTCODE_AFTER = /^,\s*(?:\p{Lu}[\p{L}-]+\s+){1,2}[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/u;
const ENGLISH_STREET_AT_END = new RegExp(`\\s(?:${ENGLISH_STREET}|St\\.|Rd\\.|Ave\\.)$`);

/** ... where the number may stand on the next line, as text pasted with its line breaks has it:
 * "woont aan de Schubertsingel\n41". */
const NUMBER_ACROSS = NUMBER.replace("|[^\\S\\n]+)\\d{1,4}", "|\\s+)\\d{1,4}");

/** "woont op De Lugt 230", "woont bij oma op de Grote Oost 41": any capitalised street name
 * after a word for living somewhere. */
const STREET_AFTER_HOME = new RegExp(
  `(?<=\\b(?:woont|wonen|woonde|woonachtig|adres|verhuisd naar|verhuizing naar|verhuist naar|verhuisden naar|woning|verblijft|huisbezoek)\\s+(?:is\\s+|nu\\s+|gedaan\\s+)?(?:(?:bij|met|sinds|inmiddels|tijdelijk)(?:\\s+\\p{L}+){1,2}\\s+(?=op|aan))?(?:op|aan)?\\s*(?:de\\s+|het\\s+)?)((?:(?:De|Het|Den|'t|Van|van|der|den|de|ter|\\p{Lu}[\\p{L}'-]*)\\s+){0,3}\\p{Lu}[\\p{L}'-]+)${NUMBER_ACROSS}(?![\\d,.]\\d|\\p{L})`,
  "gu",
);

/** "he lives on the Dreef, nr 19", "a flat at Weena 714 D", "lives Slinge 408": the same after
 * English words for a home; and after an address's label ("Adres volgens hem: Overtoom 301",
 * "het oude adres (Koolmees 12)"). */
const STREET_AFTER_HOME_EN =
  /(?<=\b(?:(?:lives|living|flat|house|apartment|staying|stays)(?:\s+with\s+(?:his|her|their|a|an)\s+\p{L}+)?(?:\s+is)?\s+(?:at|on)|(?:(?:home|his|her|their|my|our|family's|family|pupil's|student's)\s+)(?:home\s+)?address\s+is|lives)\s+(?:the\s+)?|(?<![\p{L}-])(?:(?:[Zz]ijn|[Hh]aar|[Hh]un|[Hh]is|[Hh]er|[Tt]heir|[Oo]ude|[Nn]ieuwe|[Oo]ld|[Nn]ew|[Bb]ekende|[Kk]nown|[Ff]amily|[Ff]amilie|[Gg]ezins?)\s+(?:home\s+|woon)?(?:adres|address)|[Gg]ezinsadres|[Ff]amilieadres|[Ww]oonadres|[Tt]huisadres|[Hh]uisadres|[Hh]ome\s+address)(?:\s+(?:volgens|according\s+to)(?:\s+\p{L}+){1,2})?\s*[:(]\s*|(?<![\p{L}-])(?:adres|address)\s+(?:volgens|according\s+to)\s+(?:hem|haar|him|her|them|de\s+politie|the\s+police|de\s+ouders?|the\s+parents?|(?:de\s+|the\s+)?(?:moeder|vader|mum|dad|mother|father))\s*:\s*)((?:(?:De|Het|Den|'t|Van|van|der|den|de|ter|\p{Lu}[\p{L}'-]*)\s+){0,3}\p{Lu}[\p{L}'-]+)(,?\s*(?:(?:nr|no|number)\.?\s*)?\d{1,4}(?:[a-z]|\s?[A-Z])?)(?![\p{L}\d%]|[,.]\d|\s*%|\s+(?:years?|yrs?|weeks?|days?|months?|hours?|hrs?|minutes?|mins?|times?|nights?|procent|percent)\b)/gu;

/** Parts of a camp or a building, which a number follows. */
const NOT_STREET_EN =
  /^(?:camp|kamp|unit|block|site|ward|gate|door|platform|floor|stage|tier|set|bus|cabin|room|bed|flat|tent|hut|wing|zone|section|pavilion|container|bijlage|appendix|annex|stap|step|hal|hall|terminal|chromebook|laptop|lokaal|kamer)$/i;
/** Days and months, which a number follows as often as a street does. */
const WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|mei|juni|juli|augustus|oktober)$/i;

/** A person's word on the address's line: the address is theirs, whatever organisation is named. */
const PERSON_LINE =
  /\b(?:vader|moeder|ouders?|oma|opa|leerling|kind|zoon|dochter|oom|tante|broer|zus|familie|(?<!jeugd en )gezin|pleeg\p{L}+|stief\p{L}+|father|mother|parents?|pupil|student|son|daughter|family)\b/iu;
/** Those a service is for: "for parents", "voor alle ouders en leerlingen". */
const AUDIENCE =
  /\b(?:for|voor)\s+(?:all\s+|alle\s+)?(?:parents|ouders|families|gezinnen|pupils|leerlingen|students)(?:\s+(?:and|en)\s+(?:parents|ouders|families|gezinnen|pupils|leerlingen|students))?\b/giu;
/** Words right after an address that say someone lives there ("Kerkstraat 12\nwoont de familie ..."). */
const LIVES_AFTER = /\b(?:woont|wonen|woonde|verblijft|slaapt|lives|live|lived|living|stays)\b/i;
/** Someone who lives there: "bewoner van de Kamperfoeliestraat 18" is a home, whoever reports it. */
const RESIDENT =
  /\b(?:bewoner|bewoonster|bewoners|buurtbewoner|buurtbewoonster|omwonende|resident)\s+(?:van|at|of)\b[^.\n]{0,15}$/i;

/** The address's line before it, or the line above when it opens its line, names an organisation
 * and nobody's home. */
function signature(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const own = text.slice(lineStart, start);
  // A line of its own under a line that is the organisation's name ("Leerlingzaken Het Lyceum"),
  // or a part of a line whose parts are set apart by bars, after the organisation's name
  // ("International School Delft | +31 15 ... | Jaffalaan 9").
  const above = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1));
  const name =
    /^\s*$/.test(own) && lineStart > 0
      ? above
      : /\|\s*$/.test(own)
        ? (own.split("|").find((part) => ORGANISATION_LINE.test(part)) ?? "")
        : "";
  return (
    ORGANISATION_LINE.test(name) &&
    NAME_LINE.test(name.trim()) &&
    !HOME_CUE.test(`${name} ${own}`) &&
    !HOME_EN.test(`${name} ${own}`)
  );
}

/** An organisation's name on its own: a few words, each capitalised or a small joining word. */
const NAME_LINE =
  /^(?:(?:\p{Lu}[\p{L}&'.-]*|de|het|van|der|den|voor|en|of|the|for|and|op|aan|in|[-–|&])\s*){1,7}$/u;

/** Home addresses, and the public addresses of organisations (whose postcode is public too). */
export function addresses(
  text: string,
  organisation: (lower: string) => boolean = () => false,
): { found: PiiFinding[]; public: Range[] } {
  const out: PiiFinding[] = [];
  const open: Range[] = [];
  for (const re of [
    STREET_WITH_NUMBER,
    STREET_BEFORE_POSTCODE,
    STREET_AFTER_HOME,
    STREET_AFTER_HOME_EN,
    STREET_WITH_ADDITION,
  ]) {
    for (const m of text.matchAll(re)) {
      let start = m.index ?? 0;
      let street = m[1] ?? "";
      // ("he lives at Year 9", "staying at Camp 2", "lives on Thursday 6": a school year, a part of a
      // camp or a building, or a day, not a street.)
      const last = street.split(/\s+/).at(-1) ?? "";
      // (A street found by a house number's addition alone is no word, room or class: "Mentorgroep
      // 3-II", "Kluisje 114 bis", "Artikel 4 bis".)
      if (re === STREET_WITH_ADDITION && !streetLike(last)) continue;
      if (
        (re === STREET_AFTER_HOME_EN || re === STREET_WITH_ADDITION) &&
        (NOT_STREET.test(last) || NOT_STREET_EN.test(last) || WHEN.test(street))
      )
        continue;
      // A leading article or preposition caught by the prefix is not part of the street.
      // (So is a label: "Bezoekadres Buikslotermeerplein 2000".)
      const lead = street.match(
        /^(?:(?:de|het|op|aan|in|bij|naar|van|Op|Aan|In|Bij|Naar|Bezoekadres|Postadres|Adres|Locatie)\s+)+(?=\S)/,
      );
      if (lead && !/^van\s+\p{Lu}/u.test(street)) {
        start += lead[0].length;
        street = street.slice(lead[0].length);
      }
      const end = (m.index ?? 0) + (m[1] ?? "").length + (m[2] ?? "").length;
      // "Postbus 2162", "Antwoordnummer 10": a mailbox is an organisation's, never a home.
      if (/^(?:postbus|antwoordnummer|p\.?\s?o\.?\s?box)$/i.test(street.trim())) {
        open.push({ start, end });
        continue;
      }
      const after = text.slice(end);
      if ((m[2] ?? "").includes("\n") && !nextLineNumber(m[2] ?? "", after, STREET_WORD.test(street)))
        continue;
      // "volgende vergadering 15 mei": a day of a month after a noun in "-ing", not a house number.
      // (Also a day and a month in figures after such a noun: "MR-vergadering 12-6".)
      const dayMonth = /^\s*(?:[12]?\d|3[01])[-/](?:0?[1-9]|1[0-2])$/.test(m[2] ?? "");
      if (
        (/^\p{Ll}\p{L}*ing$/u.test(street) &&
          /^\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i.test(
            after,
          )) ||
        (dayMonth && /(?:^|[\s-])\p{L}*(?:ering|eling|ding|king)$/iu.test(street))
      )
        continue;
      const before = text.slice(Math.max(0, start - 40), start);
      // "de school is verhuisd naar ...": an organisation moving is no home.
      // "Bezoekadres Centrum voor Jeugd en Gezin: Stationsplein 4": an office's, however long its name.
      // (Not "Postadres moeder:": a person's.)
      const label = text
        .slice(Math.max(0, start - 80), start)
        .match(/\b(?:bezoekadres|postadres|visiting address|office address)\b([^.\n]{0,60})$/i);
      // "GGD adres: ...": an organisation the lists know labels it, in capitals, right before it
      // (not "THUIS ADRES:", "LIAM adres:": a form's field, a name in capitals).
      const acronym = text
        .slice(Math.max(0, start - 30), start)
        .match(/(?<![\p{L}])(\p{Lu}{2,6})\s+(?:address|adres)\s*:\s*$/u)?.[1];
      const office =
        (!!label && !PERSON_LINE.test(label[0])) ||
        (!!acronym && organisation(acronym.toLowerCase()) && !PERSON_LINE.test(acronym));
      const livesThere =
        /^[^.!?\n]{0,40}\b(?:woont|wonen|woonde|woonden|logeert|logeren|slaapt|verblijft|(?:zijn|haar|hun)\s+(?:woon)?adres|woonadres|voordeur|front door)\b/.test(
          after,
        );
      // "verhuist naar het gezondheidscentrum, ...": no one moves home into a public building.
      const toBuilding =
        /\bverhui(?:sd|st|zen)(?:\s+[\p{L}\d]+){0,3}?\s+naar\s+(?:de|het)\s+(?:gezondheidscentrum|wijkcentrum|buurtcentrum|jongerencentrum|sportcentrum|buurthuis|wijkhuis|consultatiebureau|\p{L}+school|bibliotheek|sporthal|gemeentehuis|stadhuis|politiebureau)\b[^.\n]{0,5}$/iu.test(
          before,
        );
      const home =
        !office &&
        !toBuilding &&
        (HOME_CUE.test(before) || livesThere) &&
        !(
          /\b(?:school|gemeente|kantoor|praktijk|organisatie|stichting|locatie|afdeling|wijkteam|wijkpost|\p{L}*centrum|\p{L}+school|bibliotheek|sporthal)\b[^.\n]{0,20}\bverhui(?:sd|st|zen)\b/iu.test(
            before,
          ) &&
          // (Not a person who moved: "die jongen van de Oranjeschool is verhuisd naar ...".)
          !/\b(?:hij|zij|ze|jongen|meisje|leerling|kind|gezin|familie|moeder|vader|wij|we|he|she|boy|girl)\b|\b(?:van|uit|boven|bij)\s+(?:de|het)\s+\p{L}+\s+(?:is\s+)?verhui/iu.test(
            text.slice(Math.max(0, start - 100), start),
          )
        ) &&
        // "het adres van de school is ...", "Adres school:", "ons bezoekadres": an organisation's address.
        !/\b(?:adres\s+school|(?:bezoek|post|school)?adres\s+van\s+(?:de|het|onze|ons)\s+(?:school|gemeente|kantoor|praktijk|organisatie|stichting|locatie|afdeling|wijkteam|jeugdteam|ggd|politiebureau|gemeentehuis|bibliotheek|sporthal)|(?:ons|onze)\s+(?:bezoek|post)?adres|schooladres)\b[^.\n]{0,12}$/i.test(
          before,
        );
      // ("Afwezig: Veilig Thuis\n1. rond de Dorpsstraat 3 keer ...": the organisation's name is no
      // home word, so a count stays a count.)
      const homeWord = livesThere || HOME_CUE.test(before.replace(/\bveilig\s+thuis\b/gi, ""));
      if ((!home || !homeWord) && COUNT.test(after)) continue;
      if (!home && !homeWord && MONTH_AFTER.test(after)) continue;
      // "Haarlemmerstraat 3x": three times in that street.
      if (!home && /^\d+x$/i.test(m[2]?.trim() ?? "") && !/^\p{L}/u.test(after)) continue;
      // "Gymzaal Dr. Ariënsstraat 7": a public building named by its street.
      const byStreet = /^(?:Gymzaal|Sporthal|Winkelcentrum|Bibliotheek|Zwembad)\s/.test(street);
      // "Johannes Vermeerplein 2 (wijkcentrum)": a public building named right after it.
      const building =
        /^\s*\((?:wijkcentrum|buurthuis|buurtcentrum|kantoor|bibliotheek|sporthal|gemeentehuis|stadhuis|kerk|moskee|jongerencentrum|cjg|ggd|politiebureau|school|ingang)\b/i.test(
          after,
        );
      // "Stadhuisplein 10, desk 3", "Binckhorstlaan 226, geopend ma-za 10.00-17.00", "Locatie:
      // Stadskantoor, zaal Erasmus, Stadsplein 1": a desk, opening hours or a venue's label.
      const desk =
        /^[^.\n]{0,12}\b(?:desk|balie|loket|geopend|open\s+(?:ma|mon|di|tue|daily|dagelijks)|openingstijden|opening hours|meeting room|vergaderruimte|vergaderzaal|vergaderkamer)\b/i.test(
          after,
        ) ||
        // ("Where: south gym, Sportlaan 4": the place named before its address; "Where:
        // Kanaalstraat 140-3" alone may be anyone's.)
        (/^(?:[-•*]\s*)?(?:(?:locatie|location|venue)\s*:|(?:waar|where|plaats|place|plek)\s*:(?=\s*\p{L}[^\n]*,$))(?![^\n]*\b(?:thuis|woning|woont|huis|oma|opa|familie|gezin|vader|moeder|home|house|lives|family|grandma|mother|father|his|her|zijn|haar)\b)/iu.test(
          text.slice(text.lastIndexOf("\n", start - 1) + 1, start).trim(),
        ) &&
          !/^[^\n]{0,80}\b(?:woonhuis|woning|thuis|woont|familie|gezin|vader|moeder|verdachte|slachtoffer|home|house)\b/i.test(
            after,
          ));
      // (Not on a line about a person: "Vader: ... | geen contact met school | Molenweg 8".)
      // (Those an office serves are not on its line: "Debt counselling for parents ... at the
      // Stadswinkel, Coolsingel 40".)
      const line = (
        text
          .slice(text.lastIndexOf("\n", start - 1) + 1, start)
          .split(/[.!?](?:\s|$)/)
          .at(-1) ?? ""
      ).replace(AUDIENCE, "");
      // ("Huis van de Wijk Mozaïek": a community centre, no one's house, where nothing else speaks
      // of a home.)
      const centre =
        !livesThere &&
        !HOME_CUE.test(before.replace(/\bHuis\s+van\s+(?:de|het)\s+(?:Wijk|Buurt|Kind)\b/g, ""));
      if (
        (!home || centre) &&
        !RESIDENT.test(before) &&
        (office ||
          // (A person named before the organisation whose address it is speaks of the
          // organisation: "Ouders melden zich bij de receptie van Het Baken College, Schoolweg 2".)
          // (So does its address in brackets right after it: "de ouders uitgenodigd op school
          // (Wilhelminalaan 2, ingang achterzijde)".)
          (ORGANISATION_BEFORE.test(before) &&
            (DESK_OF.test(line) || (/^\s*\(\s*$/.test(afterOrganisation(line)) && !HOME_CUE.test(line))) &&
            !PERSON_LINE.test(afterOrganisation(line)) &&
            !/^\s*[-–]?\s*(?:I{1,3}|IV|bis|hs)\b/.test(after) &&
            !HOME_CUE.test(after.slice(0, 40))) ||
          (!PERSON_LINE.test(line) &&
            // (Not where the lines after it say who lives there: "Bij het restaurant\nKerkstraat 12\nwoont ...".)
            ((ORGANISATION_BEFORE.test(before) &&
              !LIVES_AFTER.test(after.slice(0, 40).split(/[.!?]/)[0] ?? "")) ||
              VENUE_BEFORE.test(before) ||
              CLUB_OR_DESK.test(before) ||
              namedPlaceBefore(text, start) ||
              building ||
              byStreet ||
              desk ||
              signature(text, start))))
      ) {
        open.push({ start, end });
        continue;
      }
      out.push(finding("adres", text, start, end));
    }
  }
  for (const f of houseNumbers(text)) if (!out.some((o) => overlaps(o, f))) out.push(f);
  for (const m of text.matchAll(NUMBER_THEN_STREET)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const sentence =
      text
        .slice(Math.max(0, start - 100), start)
        .split(/[.;!?\n]/)
        .at(-1) ?? "";
    // (A British postcode after the town counts too: "14 Mill Lane, Reading RG1 2AB".)
    const postcode =
      /^,?\s*(?:\d{4}\s?[A-Za-z]{2}|\[postcode\])(?!\p{L})/u.test(text.slice(start + m[0].length)) ||
      UK_POSTCODE_AFTER.test(text.slice(start + m[0].length));
    // After a comma only where the sentence speaks of someone's home.
    if (/,\s*$/.test(before) && !/\b(?:at|on|to)\s+$/.test(before)) {
      if (!postcode && !HOME_EN.test(sentence) && !HOME_CUE.test(sentence)) continue;
    }
    // A street named the English way ("12 Church Street") is a venue as often as a home: only
    // where the sentence speaks of someone's home ("lives at", not "the parents' evening at"),
    // or a postcode follows.
    // So is one whose number is said as a number ("at no. 8 Sportlaan" of a club), unless a
    // person is placed there ("the neighbour at no. 22 Rembrandtlaan").
    // (Never an organisation that moved or sits there, nor one named in brackets after it: "the
    // food bank moved to no. 22 ...", "no. 4 Sportlaan (the sports hall)".)
    if (
      /^(?:no|nr|number)\b/i.test(m[0]) &&
      (ORGANISATION_MOVED.test(text.slice(Math.max(0, start - 60), start)) ||
        /^\s*\((?:the|de|het)?\s*[^)]{0,30}\b(?:hall|hal|centre|center|school|club|shop|winkel|gym|sporthal|library|bibliotheek)\b/i.test(
          text.slice(start + m[0].length),
        ))
    ) {
      open.push({ start, end: start + m[0].length });
      continue;
    }
    const said =
      /^(?:no|nr|number)\b/i.test(m[0]) &&
      !/\b(?:neighbou?rs?|buurman|buurvrouw|man|woman|guy|lady|boy|girl|family|people|lad|bloke)\s+(?:at|on)\s+$/i.test(
        before,
      );
    if (
      (ENGLISH_STREET_AT_END.test(m[0]) || said) &&
      !postcode &&
      !HOME_STRICT_EN.test(sentence) &&
      !HOME_CUE.test(sentence)
    )
      continue;
    if (!HOME_CUE.test(before) && ORGANISATION_BEFORE.test(before)) {
      open.push({ start, end: start + m[0].length });
      continue;
    }
    const f = finding("adres", text, start, start + m[0].length);
    if (!out.some((o) => overlaps(o, f))) out.push(f);
    // Its British postcode: "... Lane, Reading RG1 2AB".
    const uk = UK_POSTCODE_AFTER.exec(text.slice(f.end));
    if (uk) {
      const code = /[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/.exec(uk[0]);
      if (code)
        out.push(finding("postcode", text, f.end + uk[0].length - code[0].length, f.end + uk[0].length));
    }
  }
  return { found: out, public: open };
}

/** School levels and groups that a number follows: "Fatima, Havo 3", "Sem, Groep 7". */
const NOT_STREET =
  /^(?:groep|klas|leerjaar|year|grade|form|lokaal|room|havo|vwo|vmbo|mavo|mbo|hbo|atheneum|gymnasium|brugklas|bovenbouw|onderbouw|niveau|level|team|unit|blok|week|dag|periode)$/i;
const STREET_AFTER_NAME = new RegExp(
  `^,\\s*((?:\\p{Lu}[\\p{L}'-]*\\s+){0,2}(\\p{Lu}[\\p{L}'-]+))${NUMBER}(?![\\d,.]\\d|\\p{L})`,
  "u",
);

/**
 * "mevr. Jansen, Blaak 14 (06-...)": a street and number right after a person's name, set off
 * by a comma, is where that person lives, whatever the street's name ("Blaak" is also a verb);
 * not a class, a school level, a month or anything else that is never a street or a person.
 */
export function addressesAfterNames(
  text: string,
  persons: readonly PiiFinding[],
  never: (lower: string) => boolean,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const p of persons) {
    const m = text.slice(p.end, p.end + 60).match(STREET_AFTER_NAME);
    const last = m?.[2];
    if (!m?.[1] || !last || NOT_STREET.test(last)) continue;
    if (never(last.toLowerCase())) continue;
    const end = p.end + m[0].length;
    if (COUNT.test(text.slice(end))) continue;
    out.push(finding("adres", text, p.end + m[0].length - m[1].length - (m[3] ?? "").length, end));
  }
  return out;
}
