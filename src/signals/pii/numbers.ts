/**
 * Personal data that is a number or a code of its own: BSN, e-mail addresses and postcodes
 * (phone numbers: phones.ts; licence plates: plates.ts; accounts: handles.ts; dates of birth:
 * dates.ts; bank accounts: ibans.ts).
 */
import { finding, type PiiFinding } from "./types.ts";

/** A number labelled as another kind of number ("Ordernummer webshop: 813303679"). */
const NOT_A_BSN =
  /\b(?:order|bestel|factuur|invoice|ticket|zaak|dossier|case|klant|customer|referentie|reference|artikel|serie|serial|kenmerk|polis|lid|member|mutatie|incident|meldcode|raadsvoorstel|besluit|track|trace|reservering|vergunning|conference|vergader|meeting|rsin|kvk)\w*(?:nummer|nr|number|no|id)?\b[^.\n]{0,40}[:#]?\s*$/i;
/** Another kind of number named between a BSN cue and a number ("bsn nog niet bekend, zaaknr
 * 2024-06-118"); not what the BSN is for ("bsn t.b.v. de melding: ..."). */
const OTHER_NUMBER_NAMED =
  /\b(?:pv|zaak|case|order|bestel|mutatie|meld|melding|incident|dossier|kenmerk|referentie|reference|ref|booking|boeking|factuur|invoice|ticket|klant|customer|polis|lid|member)\w*[\s.-]*(?:nr|nummer|number|no|id)\b|\b(?:zaaknr|pv-nr|kenmerk|referentie|zie|see|brief|letter|afspraak|appointment)\b/i;
/** The words that say a number is a BSN. */
const BSN_CUE =
  /\b(?:bsn|burgerservicenummer|sofi|sofinummer|sofi-nummer|persoonsnummer|persoonsgebonden nummer|onderwijsnummer|pgn|citizen service number|social security number)\b/gi;

/** The eleven-test that a BSN passes. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

export function bsns(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(
    /(?<![\d,-])(?<!\d\.)(?:\d{8,9}|\d{4}([ .-])\d{2}\1\d{3}|\d{3}([ .-])\d{3}\2\d{3}|\d{3}([ .-])\d{2}\3\d{4})(?!\d|[.,-]\d)/g,
  )) {
    const start = m.index ?? 0;
    if (/^0[1-9]/.test(m[0]) && m[0].length >= 9) continue;
    // The cue closest before the number, not further than 50 characters and with no other kind
    // of number named after it ("bsn nog niet bekend, zaaknr 2024-06-118" is a case number); what
    // the BSN is for may stand between ("bsn moeder t.b.v. de melding bij Veilig Thuis: ...").
    const before = text.slice(Math.max(0, start - 60), start);
    const cue = [...before.matchAll(BSN_CUE)].at(-1);
    const afterCue = cue ? before.slice((cue.index ?? 0) + cue[0].length) : "";
    const cued = !!cue && afterCue.length <= 50 && !/\n/.test(afterCue) && !OTHER_NUMBER_NAMED.test(afterCue);
    // "Ordernummer webshop: 813303679": a number named as another kind of number is that.
    const other = NOT_A_BSN.test(before);
    // (Grouped with dashes, a number is a code or a case number unless a cue names it a BSN; so
    // is one grouped 3-2-4, as an ISBN is.)
    const digits = m[0].replace(/\D/g, "");
    const plain = !/-/.test(m[0]) && !m[3] && digits.length === 9;
    // ("Kenmerk: 252760189 (=BSN)": named a BSN right after it, whatever its label says; not a
    // field that follows, "20240611 BSN: onbekend", "(BSN nog niet ontvangen)".)
    const named =
      /^\s*(?:\(\s*=?\s*(?:bsn|burgerservicenummer)\s*\)|=\s*(?:bsn|burgerservicenummer)\b(?!\s*[:-]))/i.test(
        text.slice(start + m[0].length, start + m[0].length + 30),
      );
    if (cued || named || (!other && plain && elfproef(digits)))
      out.push(finding("bsn", text, start, start + m[0].length));
  }
  return out;
}

/** A family's name joined to a function's word in a mailbox: "ziekmelding.devries", "afwezigheid.jansen",
 * "ziekmelding.familiebakker". */
function familyJoined(local: string, personal: (lower: string) => boolean): boolean {
  const joined = local.toLowerCase().split(/[.-]/).slice(1).join("");
  if (!joined) return false;
  // (Longest particle first: "vanden" before "van".)
  const surname = joined.replace(/^(?:familie|family|fam|vanden|vander|vande|van|vd|de|ter|ten)/, "");
  return (
    /^(?:familie|fam|family)/.test(joined) || personal(joined) || (surname.length >= 3 && personal(surname))
  );
}

/** Mail services where anyone has an address. */
export const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|chello|quicknet|telfort|tele2|online|upcmail|protonmail|proton|gmx|web|aol)\./;

/** Mailboxes of an organisation rather than of a person. */
export const FUNCTION_MAILBOX =
  /^cjg$|^(?:info|contact|administratie|admin|secretariaat|secretariat|sekretariat|sekretariaat|leerplicht|onderwijs\w*|isk|nt2|nieuwkomers\w*|statushouders|jgz|ggd|veiligthuis|halt|meldpunt|melding(?:en)?|directie|receptie|balie|team\w*|politie|noreply|no-reply|support|helpdesk|klachten|zorg\w*|ib|ouderraad|mr|school|office|post|mail|servicepunt|handhaving|boa|toezicht|wijkagent\w*|politie\w*|wijkteam\w*|jeugd\w*|jongerenwerk\w*|gemeente|privacy|avg|fg|aanmelden|aanmeldingen|verzuim|\w*veiligheid|veiligheidshuis|veilige?school\w*|vertrouwenspersoon|klantenservice|service|events?|nieuws|redactie|communicatie|admissions?|reception|frontoffice|frontdesk|attendance|absence|absentie|afwezigheid|ziekmelding\w*|(?:leerlingen)?vervoer|planning|safeguarding|welfare|pastoral|\w*care|enquiries|inquiries|finance|facilities|hr|ict|it|(?:[a-z]{1,4}-)?coordinat(?:or|ie|ion)|\w*coordinatie)(?:[.-][a-z]+)?$/i;
/** A mailbox to a whole group, written just so: "all-parents@", "ouders@" ("parents.smith@" is a family's). */
const GROUP_MAILBOX =
  /^(?:(?:all|alle)[.-]?(?:parents|ouders|staff|personeel|students|leerlingen)|parents|ouders|staff|personeel)$/i;

/**
 * `ordinary`: whether a word is an ordinary word and no name; a mailbox named with such words
 * only ("signalen@", "ouderpanel@", "education@") is a function's, not a person's.
 */
export function emails(
  text: string,
  known: Set<string>,
  ordinary: (lower: string) => boolean = () => false,
  personal: (lower: string) => boolean = () => true,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  // (Read only when a mailbox is in the text, once.)
  let names: Set<string> | undefined;
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
    const local = m[0].slice(0, m[0].indexOf("@"));
    const domain = m[0].slice(m[0].indexOf("@") + 1).toLowerCase();
    // (On a free-mail service a function's word with digits is someone's own: "teamlisa2011@gmail.com".)
    if (
      // (Nor one with a family's name joined to it there: "ziekmelding.devries@gmail.com", not
      // "ouderraad.deregenboog@gmail.com".)
      (FUNCTION_MAILBOX.test(local) &&
        !(FREE_MAIL.test(domain) && (/\d/.test(local) || familyJoined(local, personal)))) ||
      (GROUP_MAILBOX.test(local) && !FREE_MAIL.test(domain)) ||
      known.has(m[0].toLowerCase())
    )
      continue;
    // ("Projectplan Meidenkracht ... meidenkracht@", "de Wijkpost Noord ... wijkpostnoord@", "RMC
    // stuurt ... rmc@": the mailbox of something the text names, that is no person.)
    // (Not on a free-mail service: "zonnebloem@hotmail.com" is a pupil's.)
    if (!FREE_MAIL.test(domain)) {
      names ??= organisationNames(text, personal, ordinary);
      if (names.has(local.toLowerCase().replace(/[._-]/g, ""))) continue;
    }
    // ("groep7@", "mentoren3h@", "year9office@": a class or year glued to a function's word.)
    const pieces = local
      .toLowerCase()
      .split(/[._-]+|\d+[a-z]?/)
      .filter((p) => p.length > 0);
    // (A number alone, "123456@leerling.school.nl", is a pupil's.)
    if (
      !FREE_MAIL.test(domain) &&
      pieces.length > 0 &&
      pieces.every((w) => w.length >= 4 && /^\p{L}+$/u.test(w) && ordinary(w))
    )
      continue;
    out.push(finding("email", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  return out;
}

/** The names of organisations whose desk's mailbox the text gives ("info@dock.nl" -> "dock"). */
export function deskDomains(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/([\w.+-]+)@([\w-]+)\.[\w.-]+/g)) {
    const [, local = "", name = ""] = m;
    if (FUNCTION_MAILBOX.test(local) && !FREE_MAIL.test(`${name}.nl`))
      out.add(name.toLowerCase().replace(/-/g, ""));
  }
  return out;
}

/** Words before a project's or programme's name. */
const PROJECT_CUE =
  /\b(?:project(?:plan)?|programma|programme|campagne|campaign|stichting|foundation|jongerenwerk|team|afdeling|department|bureau|platform|netwerk|network|werkgroep)\s+$/i;

/**
 * What the text names that is no person, joined as a mailbox writes it: an organisation's
 * abbreviation the lists know ("RMC"), two or three capitalised ordinary words ("Wijkpost Noord"),
 * or one after the word for a project or a foundation ("Projectplan Meidenkracht"); none of the
 * words a person's name.
 */
function organisationNames(
  text: string,
  personal: (lower: string) => boolean,
  ordinary: (lower: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /(?<![\p{L}@.])\p{Lu}[\p{L}]*(?:[^\S\n]+\p{Lu}[\p{L}]*){0,2}(?![\p{L}@])/gu,
  )) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const part = words.slice(i, j);
        if (part.some((w) => personal(w.toLowerCase()))) continue;
        const single = part.length === 1 ? (part[0] ?? "") : "";
        const before = `${text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0)}${words.slice(0, i).join(" ")} `;
        // (Only one the lists know as no person: "Actie SB", "Docent LKR", "Bram Peters (BP)" are
        // a person's initials.)
        const abbreviation = /^\p{Lu}{3,6}$/u.test(single) && ordinary(single.toLowerCase());
        // (Two ordinary words: "Wijkpost Noord", not "Adaeze Okafor" or "Romeysa Steen".)
        const named = part.length >= 2 && part.every((w) => ordinary(w.toLowerCase()));
        if (named || abbreviation || PROJECT_CUE.test(before)) out.add(part.join("").toLowerCase());
      }
  }
  return out;
}

/** School sectors after a year ("2025 VO") and units after a number ("1500km") look like postcodes. */
/** Two-letter words that follow a number in a sentence: "2000 en meer", "2024 is". */
const TWO_LETTER_WORDS =
  /^(?:en|of|op|in|te|is|om|al|er|ze|je|na|nu|ja|de|ik|ca|tm|at|on|to|or|an|as|be|by|do|if|it|me|my|no|so|up|us|we)$/;
const NOT_POSTCODE_LETTERS = /^(?:PO|VO|SO|BO|HO|WO|km|kg|mg|ml|cm|mm|gb|mb|kb|ct|st|jr|pp|px|uu|ha)$/i;

/** An organisation's postcode named as one: "de postcode van de school is ...". */
const ORGANISATION_POSTCODE = new RegExp(
  `\\bpostcode\\b[^.\\n\\d]{0,30}\\b${"(?:school|scholen|wijkteam|gemeente|kantoor|bureau|politie|ggd|buurthuis|wijkcentrum|organisatie|stichting|office|station|centre|center|club|vereniging|sporthal|sportpark|zwembad|moskee|kerk|bibliotheek|hal|locatie|vestiging|winkel|praktijk|huisarts|huisartsenpraktijk|gp|surgery|bedrijf|company|supermarkt|supermarket|apotheek|pharmacy|jumbo|albert heijn|lidl|aldi)"}\\b|\\b(?:school|wijkteam|gemeente|kantoor|office|club|centre|center)(?:'s)?\\s+postcode\\b`,
  "i",
);

export function postcodes(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(/(?<![\w-])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![\p{L}\d-])/gu)) {
    const [, digits = "", space = "", letters = ""] = m;
    const start = m.index ?? 0;
    if (/^S[ADS]$/i.test(letters)) continue;
    // ("5600 St. Johann": a number and a saint's name, no postcode.)
    if (/^St$/.test(letters) && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(start + m[0].length))) continue;
    // Right after a house number ("Kade 12, 1335 kb") or the word itself it is one, in any case.
    const before = text.slice(Math.max(0, start - 30), start);
    // ... or in the same sentence as an address ("adres: pootstraat 19 zwart, 2613 pl delft").
    // (Not "vo 118, 2023 po 51": a year and a school level after a count.)
    // (Only in lower case with a count after it: "Kerkstraat 12, 2023 PO Haarlem" is an address.)
    const schoolYear =
      /^(?:po|vo|so|bo|bs|ho|wo)$/.test(letters) &&
      /^(?:19|20)\d\d$/.test(digits) &&
      /^\s+\d/.test(text.slice(start + m[0].length));
    const cued =
      /(?:postcode|\bpc|\bp\.c\.)\s*:?\s*$/i.test(before) ||
      // "postcode of the family is 2511 cv", "postcode van het gezin: 2511 cv" (not the school's,
      // and not "3512 in Utrecht": letters that are a word).
      (/\bpostcode\b[^.\n\d]{0,30}(?:\bis|\bwas|:)\s*$/i.test(before) &&
        !ORGANISATION_POSTCODE.test(before) &&
        !NOT_POSTCODE_LETTERS.test(letters) &&
        !TWO_LETTER_WORDS.test(letters)) ||
      (!schoolYear && /\d[a-z]?,\s*$/i.test(before)) ||
      (!NOT_POSTCODE_LETTERS.test(letters) &&
        !TWO_LETTER_WORDS.test(letters) &&
        !/^(?:19|20)\d\d$/.test(digits) &&
        /\b(?:adres|address|woonadres|\p{L}{3,}(?:straat|laan|weg|plein|kade|gracht|singel|dijk|hof|dreef|steeg)\s+\d+)\b[^.\n]{0,30}$/iu.test(
          text.slice(Math.max(0, start - 80), start),
        ));
    if (
      !cued &&
      NOT_POSTCODE_LETTERS.test(letters) &&
      (/^(?:19|20)\d\d$/.test(digits) || letters !== letters.toUpperCase())
    )
      continue;
    if (letters !== letters.toUpperCase()) {
      // Lower case with a space is often a number and a word ("2000 en"); only after an address cue.
      if (space && !cued) continue;
    }
    out.push(finding("postcode", text, start, start + m[0].length));
  }
  return out;
}

/** The organisation word a desk's name follows: "Jongerenwerk Dock", "Stichting Ouders". */
const DESK_BEFORE =
  /\b(?:jongerenwerk|jeugdwerk|stichting|buurthuis|wijkcentrum|vereniging|team|afdeling|bureau|\p{L}*centrum|\p{L}*werk)\s+$/iu;

/** A name found that is an organisation's whose desk's mailbox the text gives: a single word, no
 * first name, after an organisation's word ("Jongerenwerk Dock <info@dock.nl>"). */
export function namesDesk(
  text: string,
  p: PiiFinding,
  desks: ReadonlySet<string>,
  lex: { firstName(lower: string): boolean },
): boolean {
  const lower = p.text.toLowerCase();
  return (
    desks.has(lower) &&
    !lex.firstName(lower) &&
    DESK_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))
  );
}
