/**
 * Personal data that is a number or code: phone numbers, BSN, e-mail addresses, postcodes,
 * licence plates and social-media handles (dates of birth: dates.ts; bank accounts: ibans.ts).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { MONTH_NAMES, OWN_ACCOUNT } from "./cues.ts";
import { OWNER, phoneDigits, sentenceBefore } from "./lines.ts";
import { finding, type PiiFinding } from "./types.ts";

/** A national service's number (0800, 0900, 088, 14 0xx, 112), never a person's. */
const SERVICE_NUMBER = /^(?:\+31|0031|0)?(?:800|900|906|909|88|14)\d*$|^1\d{2,3}$/;

/** "Mail leerplicht@hoorn.nl of bel het Klant Contact Centrum via ...": a mailbox, "or call", and
 * only an office's words between ("of bel juf Sanne thuis" names a person). */
const MAILBOX_THEN_CALL =
  /([\w.+-]+)@[\w-]+(?:\.[\w-]+)+\s+(?:of|or|en|and)\s+(?:bel|call|phone|ring)\s+(?:(?:het|de|the|ons|us|onze|our)\s+)?(?:(?:Klant|Contact|Centrum|Klantcontactcentrum|KCC|Servicepunt|Informatiepunt|Balie|Receptie|Leerplicht|Gemeente|Bureau|Loket|Frontoffice|Secretariaat|Administratie|team|balie|receptie|centrale|servicepunt|loket|secretariaat|administratie|office|reception|helpdesk)\s+)*(?:op|via|on|at)?\s*$/;

/** The heading of a list of services' numbers. */
const USEFUL_NUMBERS =
  /\b(?:belangrijke|handige|nuttige|algemene)\s+(?:telefoon)?nummers\b|\b(?:important|useful)\s+(?:phone\s+)?numbers\b/i;

/** A staff member's own line announced as theirs: "mijn directe nummer 088-...", "direct line". */
const OWN_LINE =
  /\b(?:(?:mijn|my)\s+(?:directe?\s+|eigen\s+|own\s+)?(?:nummer|lijn|line|number)|doorkies\w*|directe?(?:\s+(?:nummer|lijn|line|number|dial))?|rechtstreekse?\s+(?:nummer|lijn))\b[^.\n]{0,12}$/i;

function isPhone(candidate: string, cued: boolean, own = false): boolean {
  const digits = phoneDigits(candidate);
  // An organisation's 088 range holds its staff's direct lines: one announced as someone's own is theirs.
  if (own && /^(?:0|\+31)88\d{7}$/.test(digits)) return true;
  // A mobile number one digit short or long is still someone's number when it is given as one.
  if (cued && /^06\d{7,9}$/.test(digits)) return true;
  // A British mobile written the British way, given as someone's: "Parent contact: 07700 900123".
  if (cued && /^07\d{9}$/.test(digits)) return true;
  // So is a foreign number given as someone's, even in a range the numbering plan keeps free.
  if (cued && /^\+(?!31)[1-9]\d{8,12}$/.test(digits)) return true;
  // A foreign number written with its "+" and country code is a phone number anywhere
  // ("From: +44 7700 900461"), even in a range kept for fiction.
  if (/^\s*\+/.test(candidate) && /^\+(?!31)[1-9]\d{9,12}$/.test(digits)) return true;
  if (SERVICE_NUMBER.test(digits)) return false;
  // A Dutch number is 0 and nine digits; the numbering plan's gaps do not matter here, since
  // a number someone made up or misremembered is still someone's number.
  if (/^(?:0|\+31)[1-9]\d{8}$/.test(digits)) return true;
  const parsed = parsePhoneNumberFromString(digits, "NL");
  return parsed?.country !== "NL" && parsed?.isValid() === true;
}

/** Digit groups with the separators people use: spaces, dashes, dots, slashes, brackets. */
const PHONE_CANDIDATE =
  /(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.–—-]*(?:\(0\)[\s.–—-]*)?)?\(?\d[\d\s./()–—-]{5,20}\d(?![\w])/g;

/** An organisation's own number: "het algemene nummer van de school, 020-...". */
const ORG_PHONE_BEFORE =
  /\b(?:(?:algemene|centrale)\s+(?:telefoon)?nummer|(?:telefoon)?nummer van (?:de|het) (?:school|gemeente|ggd|politie|stichting|wijkteam|jeugdteam|kantoor|balie|receptie))\b(?:\s+van\s+(?:de|het|onze|ons)\s+\p{L}+)?[^.\n]{0,12}$|\b(?:bel|bellen|belt)\s+(?:(?:gerust|even|altijd|dan|ook|gewoon|eerst|maar)\s+)*(?:de|het)\s+(?:school|gemeente|ggd|politie|wijkteam|jeugdteam|buurtteam|receptie|balie|administratie|schoolsecretariaat|secretariaat|huisarts|huisartsenpost)\s+(?:op|via)\s*$|\bonze\s+(?:bereikbaarheid|telefoonnummer|nummer|telefonische\s+bereikbaarheid)\b[^.\n]{0,25}$|\b(?:wijkteam|jeugdteam|buurtteam|gemeente|ggd|halt|veilig thuis|stichting|schoolsecretariaat|secretariaat|receptie|balie|politie|bureau|leerplicht|leerrecht|rbl|loket|meldpunt|veiligheidshuis)\b(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:zit|is|blijft)?\s*(?:[^.\n]{0,30}\s)?(?:bereikbaar|te bereiken)\s+(?:op|via|onder)\s*$/iu;

/** The organisation's line named around it: "via de receptie: ...", "de vaste lijn ...", "noodnummer school: ...". */
const ORG_LINE_BEFORE =
  /\b(?:via\s+(?:de|het)\s+(?:receptie|balie|secretariaat|administratie|centrale)|vaste\s+lijn|hoofdnummer|algemene\s+lijn(?:\s+van\s+(?:de|het|onze)\s+\p{L}+)?|noodnummer\s+(?:van\s+(?:de|het)\s+)?(?:school|gemeente|kamp)|nummer\s+van\s+(?:de|het|onze)\s+(?:\p{L}+\s+)?(?:school|gemeente|receptie|wijkteam|jeugdteam|buurtteam|ggd|stichting|organisatie|kantoor|balie|administratie))\b[^.\n]{0,14}$/iu;
/** A desk named right before its number: "vragen: receptie (071) ...". */
const DESK_BEFORE =
  /\b(?:receptie|balie|schoolsecretariaat|secretariaat|centrale)(?:\s+van\s+(?:de|het)\s+\p{L}+(?:\s+\p{L}+)?)?\s*[:(]?\s*$/iu;
/** The same in English: "the new number for the Reception Desk: ...", "school office: ...". */
const ORG_LINE_BEFORE_EN =
  /\b(?:(?:number|line|phone)\s+(?:for|of)\s+(?:the|our)\s+(?:\p{L}+\s+)?(?:reception|front\s+desk|office|desk|school|admissions|attendance\s+line|switchboard)|(?:reception|front\s+desk|school\s+office|main\s+office|switchboard|attendance\s+line|main\s+number|main\s+line|general\s+(?:line|number)|school\s+number)\b)[^.\n]{0,40}$/iu;
/** ... or right after it: "06-... (kampmobiel)", "020-... is het nummer van onze receptie",
 * "079-... (receptie stadhuis)", "(085-...) blijkt het algemene nummer van jeugdzorgaanbieder ...". */
const ORG_LINE_AFTER =
  /^\s*\(\s*(?:school|gemeente|ggd|receptie|balie|centrale|stadhuis|gemeentehuis|secretariaat|administratie|hoofdnummer|algemeen|projectbureau|bureau|kantoor|helpdesk|servicedesk|infolijn|informatielijn|klantenservice)\b|^[^.\n]{0,20}\b(?:kampmobiel|schoolmobiel|dienstmobiel|dienstnummer|het\s+(?:algemene\s+)?nummer\s+van\s+(?:de|het|onze)\s+(?:school|receptie|gemeente|balie|administratie)|(?:ons|onze)\s+(?:algemene\s+)?(?:nummer|receptie|lijn)|(?:is|blijkt|was)\s+het\s+algemene\s+nummer\s+van|(?:is|was)\s+the\s+(?:general|main)\s+(?:number|line)\s+(?:of|for))\b/iu;

const PERSON_BETWEEN =
  /\b(?:fam|familie|gezin|gastgezin|hij|zij|ze|hem|haar|zijn(?=\s+(?:nummer|telefoon\w*|mobiel\w*|06|gsm|privénummer)\b)|vader|moeder|ouders?|oma|opa|oom|tante|broer|zus|leerling|jongen|meisje|buurman|buurvrouw|he|she|his|her|father|mother|parent|mum|mom|dad|uncle|aunt|oom|tante|mr|mrs|ms|miss|meneer|mevrouw|mevr|dhr|juf|meester)\b/i;
/** A person's possessive on the way: "Tyler's dad 06-..." (case matters: "the school's main line"). */
const POSSESSIVE_NAME = /\b\p{Lu}\p{Ll}+['’]s\s/u;
const SERVICE_BEFORE =
  /\b(?:\p{L}*team(?!\s*(?:leader|lead|leider|manager|coach))|spreekuur|inloopspreekuur|loket|servicepunt|meldpunt|help\s?desk|service\s?desk|front\s?desk|desk|receptie|reception)\b[^\n]{0,45}$/iu;
/** A closing greeting, then (up to three lines on) a line that opens with a team, a desk or an
 * organisation, then the number's own line. */
const ORG_SIGNATURE =
  /\b(?:groet(?:en|jes)?|regards|wishes|mvg)\s*,?\s*\n\s*(?:(?:het|de|the)\s+)?(?:\p{L}*team|receptie|reception|secretariaat|administratie|afdeling|bureau|gemeente|stichting|servicedesk|helpdesk|front\s?office|leerplicht|politie|jongerenwerk|jeugd\p{L}*|cjg|municipality|department|office)\b[^\n]*(?:\n(?!\s*(?:van|from|aan|to|onderwerp|subject|verzonden|sent)\s*:|\s*-{3,})[^\n]*){0,2}\n[^\n\d]{0,20}$/iu;

const PHONE_CUE =
  /\b(?:tel|telefoon|telefoonnummer|nummer|nr|mobiel|bel|bellen|gebeld|belt|belde|bereikbaar|app|appt|whatsapp|06|mobile|phone|cell|number|call|text|ring|reach|contact|from|dad|mum|mom)\b[^.\n]{0,15}$/i;

/** Digits spoken into a voice message: "nul zes vier vier één ...". */
const SPOKEN_DIGIT = "(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)";
const SPOKEN_NUMBER = new RegExp(`\\b${SPOKEN_DIGIT}(?:[\\s,-]+${SPOKEN_DIGIT}){8,11}\\b`, "gi");
/** A bank account's letters and check digits: the digits after them are not a phone number. */
const IBAN_HEAD = /\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$/;

export function phones(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(SPOKEN_NUMBER))
    out.push(finding("telefoon", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  // "Joyce0624857361": a mobile number typed against a name (not against a code in capitals).
  for (const m of text.matchAll(/(?<=\p{Lu}?\p{Ll}{2,})06\d{8}(?!\d)/gu))
    out.push(finding("telefoon", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  // ("06-12345678 / 06 1935 7702": a slash between spaces separates two numbers; after an area
  // code alone, "0475 / 12 34 56", it splits one.)
  const apart = text.replace(/(?<=\d)[^\S\n]+\/[^\S\n]+(?=[\d+(])/g, (s, at: number) => {
    const before = text.slice(0, at).match(/[\d()+][\d\s().+-]*$/)?.[0] ?? "";
    return /^\d{1,4}$/.test(before) ? s : s.replace("/", "|");
  });
  for (const m of apart.matchAll(PHONE_CANDIDATE)) {
    const base = m.index ?? 0;
    if (IBAN_HEAD.test(text.slice(Math.max(0, base - 12), base))) continue;
    const before = text.slice(Math.max(0, base - 60), base);
    // "Het wijkteam heeft vader gesproken, hij is bereikbaar op ...": a person named on the way
    // to the number makes it theirs, whatever organisation opened the sentence.
    // (So does a number called from, "rang reception from 020 ...", and a name set off by commas
    // right before it, "het buurtteam, Youssef, op 010 ...".)
    const person =
      PERSON_BETWEEN.test(before) ||
      POSSESSIVE_NAME.test(before) ||
      /\b(?:vanaf|from)\s*$/i.test(before) ||
      /,\s*\p{Lu}\p{Ll}+,\s*(?:op|via|on|at|tel\.?)?\s*$/u.test(before) ||
      OWNER.test(sentenceBefore(text, base));
    if (!person && ORG_PHONE_BEFORE.test(before)) continue;
    // (Not when another number stands between: "General number 020-... or dad 06...".)
    // (A mobile number is never a desk's line: "General line closed, text Mo on 06...".)
    if (
      !person &&
      !IS_MOBILE.test(phoneDigits(m[0])) &&
      !SOMEONE_ON_THE_WAY.test(before) &&
      ORG_LINE_BEFORE_EN.test(before) &&
      !/\d[\d\s().-]{6,}\d\D*$/.test(before)
    )
      continue;
    // A list of useful numbers ("Belangrijke nummers: Politie 0900-8844, ..., Jongerenwerk 0229-...")
    // holds services' lines, in the list's own paragraph.
    const paragraph =
      text
        .slice(0, base)
        .split(/\n\s*\n/)
        .at(-1) ?? "";
    if (
      !person &&
      USEFUL_NUMBERS.test(paragraph) &&
      !/\b(?:mijn|my|thuis|privé|home|mobiel van)\b/.test(before)
    )
      continue;
    // "ordernummer 0612-4471-88": a number labelled as another kind of number (not a mobile
    // number written as one, nor one with a person in the sentence).
    if (
      OTHER_NUMBER_BEFORE.test(before) &&
      // (Only a Dutch landline or service number is a firm's line: a mobile of any country is
      // someone's, and so is a number the rest of the sentence gives to someone.)
      /^(?:0[1-57-9]\d{8}|0(?:800|900)\d{4,7})/.test(phoneDigits(m[0].replace(/\s*\(.*$/, ""))) &&
      !person &&
      !/\b(?:zijn|haar|his|her|their|my|mijn)\b/i.test(before) &&
      !/^[^.\n]{0,40}\b(?:van|bio|huisnummer|privé|thuis|home|dealer|mum|dad|moeder|vader)\b/i.test(
        text.slice(base + m[0].length),
      )
    )
      continue;
    const mobile = /^\s*\(?(?:\+31|0031)?\s*\(?0?\)?\s*6/.test(m[0]);
    const firstPerson = /\b(?:ik|mij|me|mijn|my|i)\b/i.test(before);
    if (!person && (ORG_LINE_BEFORE.test(before) || (!mobile && DESK_BEFORE.test(before)))) continue;
    const after = text.slice(base + m[0].length, base + m[0].length + 80);
    if (ORG_LINE_AFTER.test(after)) continue;
    // "bereikbaar via 0229-... of info@...": given with a function's mailbox, the function's line.
    // Also a signature's "T 071 ... | E leerplicht@...", and "Mail leerplicht@... of bel ... via 0229 ...".
    const mailbox =
      after.match(
        /^\s*(?:(?:of|or|en|and|\|)\s*(?:e(?:-?mail)?\s*:?\s*)?|e(?:-?mail)?\s*:\s*)([\w.+-]+)@/i,
      )?.[1] ?? before.match(MAILBOX_THEN_CALL)?.[1];
    if (mailbox && FUNCTION_MAILBOX.test(mailbox) && !mobile && !person && !firstPerson) continue;
    // A landline under a signature that names a team, a desk or an organisation and no one
    // ("Met vriendelijke groet, / Receptie ISK De Brug / Telefoon 073-...").
    if (!person && !mobile && ORG_SIGNATURE.test(text.slice(Math.max(0, base - 200), base))) continue;
    // A landline given with a team's or desk's opening hours ("Jeugdpreventieteam spreekuur:
    // ma/wo 9-12, tel. 0172-...") is that service's; a mobile number stays personal.
    if (!person && !/^\s*(?:\+31|0031)?\s*\(?0?6/.test(m[0]) && SERVICE_BEFORE.test(before)) continue;
    const cued = PHONE_CUE.test(text.slice(Math.max(0, base - 30), base));
    const own = OWN_LINE.test(text.slice(Math.max(0, base - 40), base));
    // Groups may belong to the things around the number ("op 14-05 06-12345678 3 keer"): try
    // every run of groups, longest first.
    const ends = [...m[0].matchAll(/\d(?=[\s./()–—-]|$)/g)].map((g) => (g.index ?? 0) + 1);
    const starts = [0, ...[...m[0].matchAll(/[\s./()–—-]+(?=\d)/g)].map((g) => (g.index ?? 0) + g[0].length)];
    let from = 0;
    for (const s of starts) {
      if (s < from) continue;
      const e = [...ends].reverse().find((x) => x > s && isPhone(m[0].slice(s, x), cued, own));
      if (e === undefined) continue;
      // (An opening bracket whose close is not in the number stays in the text: "(0172-423400)".)
      const open = m[0][s] === "(" && !m[0].slice(s, e).includes(")") ? 1 : 0;
      out.push(finding("telefoon", text, base + s + open, base + e));
      from = e;
    }
  }
  return out;
}

/** Someone on the way from a desk's line to the number: "text Mo", "at home", "bel Sanne". */
const SOMEONE_ON_THE_WAY = /\b(?:text|ring|call|bel|app|whatsapp)\s+\p{Lu}\p{Ll}+|\b(?:at home|thuis)\b/u;
/** A Dutch mobile number, however it is grouped. */
const IS_MOBILE = /^(?:\+316|06)\d{8}$/;
/** A number labelled, right before it, as an order, case or customer number, or a firm's service line. */
const OTHER_NUMBER_BEFORE =
  /\b(?:(?:order|bestel|factuur|invoice|ticket|zaak|dossier|case|klant|customer|referentie|reference|artikel|serie|serial|kenmerk|polis|lid|member)\w*(?:nummer|nr|number|no)\.?|(?:service|storings|klantenservice)(?:lijn|nummer)|service\s+line|helpline)\s*[:#]?\s*$/i;
/** A number labelled as another kind of number ("Ordernummer webshop: 813303679"). */
const NOT_A_BSN =
  /\b(?:order|bestel|factuur|invoice|ticket|zaak|dossier|case|klant|customer|referentie|reference|artikel|serie|serial|kenmerk|polis|lid|member)\w*(?:nummer|nr|number|no)?\b[^.\n]{0,40}[:#]?\s*$/i;

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
    /(?<![\d.,-])(?:\d{8,9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?!\d|[.,]\d)/g,
  )) {
    const start = m.index ?? 0;
    if (/^0[1-9]/.test(m[0]) && m[0].length >= 9) continue;
    const cued =
      /\b(?:bsn|burgerservicenummer|sofi|sofinummer|sofi-nummer|persoonsnummer|persoonsgebonden nummer|onderwijsnummer|pgn|citizen service number|social security number)\b[^.\n]{0,25}$/i.test(
        text.slice(Math.max(0, start - 40), start),
      );
    // "Ordernummer webshop: 813303679": a number named as another kind of number is that.
    const other = NOT_A_BSN.test(text.slice(Math.max(0, start - 60), start));
    if (cued || (!other && m[0].replace(/\D/g, "").length === 9 && elfproef(m[0].replace(/\D/g, ""))))
      out.push(finding("bsn", text, start, start + m[0].length));
  }
  return out;
}

/** Mail services where anyone has an address. */
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|ziggo|kpnmail|kpnplanet|planet|home|xs4all|hetnet|casema|chello|quicknet|telfort|tele2|online|upcmail|protonmail|proton|gmx|web|aol)\./;

/** Mailboxes of an organisation rather than of a person. */
const FUNCTION_MAILBOX =
  /^(?:info|contact|administratie|admin|secretariaat|leerplicht|onderwijs\w*|isk|nt2|nieuwkomers\w*|statushouders|jgz|ggd|veiligthuis|halt|meldpunt|melding(?:en)?|directie|receptie|balie|team\w*|politie|noreply|no-reply|support|helpdesk|klachten|zorg\w*|ib|ouderraad|mr|school|office|post|mail|servicepunt|handhaving|boa|toezicht|wijkagent\w*|politie\w*|wijkteam\w*|jeugd\w*|jongerenwerk\w*|gemeente|privacy|avg|fg|aanmelden|aanmeldingen|verzuim|\w*veiligheid|veiligheidshuis|vertrouwenspersoon|klantenservice|service|events?|nieuws|redactie|communicatie|admissions?|reception|frontoffice|frontdesk|attendance|absence|safeguarding|welfare|pastoral|enquiries|inquiries|finance|facilities|hr|ict|it|(?:[a-z]{1,4}-)?coordinat(?:or|ie|ion)|\w*coordinatie)(?:[.-][a-z]+)?$/i;

/**
 * `ordinary`: whether a word is an ordinary word and no name; a mailbox named with such words
 * only ("signalen@", "ouderpanel@", "education@") is a function's, not a person's.
 */
export function emails(
  text: string,
  known: Set<string>,
  ordinary: (lower: string) => boolean = () => false,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
    const local = m[0].slice(0, m[0].indexOf("@"));
    if (FUNCTION_MAILBOX.test(local) || known.has(m[0].toLowerCase())) continue;
    // (Not on a free-mail service: "zonnebloem@hotmail.com" is a pupil's.)
    const domain = m[0].slice(m[0].indexOf("@") + 1).toLowerCase();
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

/** School sectors after a year ("2025 VO") and units after a number ("1500km") look like postcodes. */
/** Two-letter words that follow a number in a sentence: "2000 en meer", "2024 is". */
const TWO_LETTER_WORDS =
  /^(?:en|of|op|in|te|is|om|al|er|ze|je|na|nu|ja|de|ik|ca|tm|at|on|to|or|an|as|be|by|do|if|it|me|my|no|so|up|us|we)$/;
const NOT_POSTCODE_LETTERS = /^(?:PO|VO|SO|BO|HO|WO|km|kg|mg|ml|cm|mm|gb|mb|kb|ct|st|jr|pp|px|uu|ha)$/i;

export function postcodes(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(/(?<![\w-])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![\p{L}\d-])/gu)) {
    const [, digits = "", space = "", letters = ""] = m;
    const start = m.index ?? 0;
    if (/^S[ADS]$/i.test(letters)) continue;
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

/** Every Dutch licence-plate sidecode as letter (L) and digit (D) groups. */
const SIDECODES = [
  "LL-DD-DD",
  "DD-DD-LL",
  "DD-LL-DD",
  "LL-DD-LL",
  "LL-LL-DD",
  "DD-LL-LL",
  "DD-LLL-D",
  "D-LLL-DD",
  "LL-DDD-L",
  "L-DDD-LL",
  "LLL-DD-L",
  "D-LL-DDD",
  "DDD-LL-D",
  "L-DD-LLL",
];
const SHAPES = new Set(SIDECODES);
const FLAT_SHAPES = new Set(SIDECODES.map((s) => s.replaceAll("-", "")));
const shape = (s: string) => s.replace(/[A-Za-z]/g, "L").replace(/\d/g, "D");

/** An organisation's vehicle: "de auto van de gemeente is ...", "... (dienstauto)". */
const ORG_VEHICLE_BEFORE =
  /\b(?:auto|bus|busje|wagen|voertuig|bestelbus|scootmobiel)\s+van\s+(?:de|het|onze)\s+(?:gemeente|school|schoolreis|politie|handhaving|organisatie|stichting|brandweer|ggd|wijkteam|excursie|kamp|sportclub|vereniging)\b[^.\n]{0,20}$/i;
const ORG_VEHICLE_AFTER = /^[^.\n]{0,6}\b(?:dienstauto|dienstbus|dienstwagen|schoolbus|bedrijfsauto)\b/i;
const orgVehicle = (text: string, start: number, end: number) =>
  ORG_VEHICLE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
  ORG_VEHICLE_AFTER.test(text.slice(end, end + 30));

const CODE_BEFORE =
  /\b(?:code|codes|\w*code|\w*nummer|artikel\w*|art\.?|nr\.?|no\.?|ref\.?|referentie|dossier|zaak|zaaknummer|factuur|ticket|order|bestelling|model|type|serie|serienummer|item|product|vak|vakcode|module|course|class|klas|lokaal|kamer|room|locker|lockers|kluis|kluisje|kluizen|block|blok)\s*[:#(]?\s*(?:(?:like|such as|e\.g\.|zoals|bijv\.?|bijvoorbeeld)\s+)?$/i;
/** A code named earlier in the sentence, given after a colon: "Cursuscode voor de training ...: RD-24-VK". */
const CODE_COLON =
  /\b\w*codes?\b[^.\n]{0,60}(?::|\(?(?:bijv\.?|bijvoorbeeld|zoals|e\.g\.|like|such as))\s*$/i;

export function plates(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  // The end of the last code read as a code: "kluis 12-KL-04 t/m 12-KL-60" is a range of codes.
  let codeEnd = -1;
  const re =
    /(?<![\p{L}\d@._/-])([A-Za-z\d]{1,3})([- ]?)([A-Za-z\d]{1,3})\2([A-Za-z\d]{1,3})(?![\p{L}\d@_/]|-[\p{L}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [all, a = "", sep = "", b = "", c = ""] = m;
    // A rejected candidate may hide one that starts inside it ("en HG 427 T"): go on from its second character.
    re.lastIndex = m.index + 1;
    const start = m.index ?? 0;
    const letters = (a + b + c).replace(/\d/g, "");
    if (!letters || letters.length === 6 || !/\d/.test(a + b + c)) continue;
    const grouped = `${shape(a)}-${shape(b)}-${shape(c)}`;
    const flat = shape(a + b + c);
    // "kenteken was iets als 56 rgz 1": the word a few words before, in the same sentence.
    const cued =
      /(?:kenteken\w*|\b(?:licen[cs]e|number)\s+plates?|\bplates?|\bplaat|\bbelgi(?:sche|an)\b[^.!?\n]{0,12}\b(?:auto|car|wagen|mercedes|audi|bmw|van|bus)|\bnummerbord\w*|\bnummerplaat\w*)\b[^.!?\n]{0,20}$/i.test(
        text.slice(Math.max(0, start - 32), start),
      );
    // "Belgian plates, 1-ABC-234": a Belgian plate, only where a plate is spoken of.
    const belgian = cued && sep === "-" && grouped === "D-LLL-DDD";
    if (
      !belgian &&
      (sep === "-" ? !SHAPES.has(grouped) : sep === " " ? !SHAPES.has(grouped) : !FLAT_SHAPES.has(flat))
    )
      continue;
    // Four digits and two letters with nothing between is a postcode.
    if (!sep && flat === "DDDDLL") continue;
    // Spaced groups in lower case are too often ordinary words and numbers.
    if (sep === " " && letters !== letters.toUpperCase() && !cued) continue;
    if (sep === " " && !cued && /^(?:[A-Z]{2,3})$/.test(a) && /^\d+$/.test(b) && c.length > 1) continue;
    re.lastIndex = start + all.length;
    if (orgVehicle(text, start, start + all.length)) continue;
    // "nummers PV-24-KL t/m PV-24-ZR": a range of codes with one prefix, not two cars ("from
    // 12-ABC-3 to 45-DEF-6" are two).
    const next = text
      .slice(start + all.length)
      .match(
        /^\s*(?:t\/m|tot en met|through)\s*([A-Za-z\d]{1,3})-[A-Za-z\d]{1,3}-[A-Za-z\d]{1,3}(?![\p{L}\d])/u,
      );
    const codes =
      /\b(?:nummers?|vergunning\w*|permits?|codes?|pas(?:sen)?|kaart(?:en)?|labels?)\b[^.\n]{0,30}$/i.test(
        text.slice(Math.max(0, start - 40), start),
      );
    if (!cued && codes && next && next[1]?.toUpperCase() === a.toUpperCase()) {
      codeEnd = start + all.length;
      continue;
    }
    // "course code LS-210-A", "artikelnummer XK-450-T": a code named as one is no plate.
    const range =
      codeEnd >= 0 && /^\s*(?:t\/m|tot en met|tot|to|through|[-–])\s*$/i.test(text.slice(codeEnd, start));
    if (
      !cued &&
      (range ||
        CODE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
        CODE_COLON.test(text.slice(Math.max(0, start - 80), start)))
    ) {
      codeEnd = start + all.length;
      continue;
    }
    // "KL-73-BT is het serienummer van de AED": named as another kind of code right after.
    const named = text.slice(start + all.length, start + all.length + 40);
    if (
      /^\s+(?:is|was)\s+(?:het|de|een|a|the|an)\s+[\p{L}-]*(?:nummer|code|number)\b/iu.test(named) &&
      !/kenteken|nummerplaat|number\s*plate|registration|licen[cs]e/i.test(named)
    )
      continue;
    out.push(finding("kenteken", text, start, start + all.length));
  }
  // After the word itself any plate counts, also a foreign one: "kenteken PO 4R782".
  for (const m of text.matchAll(
    /\bkenteken\w*\s*(?::|is)?\s*((?=[A-Z\d -]*\d)(?=[A-Z\d -]*[A-Z])[A-Z\d]{1,4}(?:[ -]?[A-Z\d]{1,5}){1,2})\b/g,
  )) {
    const plate = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - plate.length;
    if (orgVehicle(text, start, start + plate.length)) continue;
    if (!out.some((f) => f.start <= start && start < f.end))
      out.push(finding("kenteken", text, start, start + plate.length));
  }
  return out;
}

/** Words after which the next token is someone's account name. */
const PLATFORM =
  /\b(?:insta(?:gram)?|finsta|rinsta|snap(?:chat)?|tiktok|telegram|twitter|facebook|fb|ig|sc|discord|account(?:naam)?|gebruikersnaam|username|kanaal|profiel|handle)\b[^.\n]{0,25}?[\s:(]["'‘“]?$/i;

/** Social platforms and game platforms, whose account a word after them may name. */
const SOCIAL = "insta(?:gram)?|snap(?:chat)?|tiktok|telegram|twitter|facebook|discord";
const GAMES = "roblox|fortnite|minecraft|twitch|steam|xbox|psn|playstation";
/** "insta: naam", "snap is naam", "account heet naam": the next word is the account. */
const STRONG_PLATFORM = new RegExp(
  String.raw`\b(?:(?:${SOCIAL}|finsta|${GAMES})(?:[,-]?\s*(?:naam|name|id|tag))?|account(?:naam)?|gebruikersnaam|username|handle|gamer\s?tag)\s*(?::|is|heet|=)\s*["'‘“]?$|\b(?:gebruikersnaam|username|user\s?name)\s+["'‘“]?$|\b(?:${GAMES}),\s*(?:naam|name)\s+["'‘“]?$|\b(?:${SOCIAL}|${GAMES})(?:\s+[\p{L}']+){0,3}?\s+(?:heet(?:\s+(?:hij|ze|zij|die))?|called|named|is\s+(?:hij|ze|zij|he|she)|uses\s+the\s+name|gebruikt\s+(?:hij|ze|zij)?\s*de\s+naam)\s*["'‘“]?$`,
  "iu",
);
/** "Minecraft is ...": a game's status follows as often as an account. */
const GAME_IS = new RegExp(String.raw`\b(?:${GAMES})\s+is\s*$`, "i");

/** A day or a month, which is nobody's account. */
const DAY_OR_MONTH = new RegExp(
  `^(?:${MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$`,
  "i",
);
/** An organisation's account: its function, then a place, exactly ("@jongerenwerk.hoorn",
 * "@politie_leiden"); "@teamjayden", "@politiekind", "@zorgeloos_x" are pupils'. */
const ORG_HANDLE =
  /^(?:jongerenwerk|politie|gemeente|wijkagent|wijkagenten|ggd|halt|bibliotheek|buurthuis|jeugdwerk|jongerencentrum|leerplicht|boa|handhaving|brandweer)(?:[._-]\p{Ll}+)?$/u;
/** ... also written in capitals, "@PolitieRotterdam", when what follows is a place. */
const ORG_HANDLE_CAMEL =
  /^(?:Jongerenwerk|Politie|Gemeente|GGD|Bibliotheek|Jeugdwerk|Jongerencentrum|Leerplicht|Handhaving|Brandweer)((?:[._-]?\p{Lu}\p{Ll}+)+)$/u;

/** An organisation asking to be followed, and the platform right before the account. */
const FOLLOW_US =
  /\b(?:volg|follow)\s+(?:ons|us|(?:onze|our|de|the)\s+(?:school|gemeente|stichting|team|club|\p{L}+school))\b/iu;
const PLATFORM_NAME = /\b(?:insta(?:gram)?|tiktok|facebook|x|twitter|linkedin|youtube|threads|bluesky)\b/gi;
const ON_PLATFORM =
  /\b(?:op|on|via)\s+(?:insta(?:gram)?|tiktok|facebook|x|twitter|linkedin|youtube|threads|bluesky)\s*:?\s*$/i;
/** An organisation naming its own account: "our school account", "het account van de school". */
const OWN_ACCOUNT_BEFORE = new RegExp(`\\b${OWN_ACCOUNT}\\s*:?\\s*$`, "i");

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
    out.push(finding("handle", text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  // After a platform word: a token that mixes letters with dots or digits.
  for (const m of text.matchAll(/(?<![\w.@])[a-z][a-z\d]*(?:\.[a-z\d]+)+|(?<![\w.@])[a-z]+\d+[a-z\d]*/gu)) {
    const start = m.index ?? 0;
    // "t.n.v." is an abbreviation, but "insta heet lil.mo.10" an account.
    const strong = STRONG_PLATFORM.test(text.slice(Math.max(0, start - 30), start));
    // A web address, unless a platform's account name is what the words before announce
    // ("on snap he's called gui.santos.nl").
    if (/\.(?:nl|com|org|net|be|eu|io)$/.test(m[0]) && !strong) continue;
    if (!strong && m[0].split(".").every((p) => p.length <= 3 && /^[a-z]+$/.test(p)) && m[0].includes("."))
      continue;
    if (!PLATFORM.test(text.slice(Math.max(0, start - 45), start))) continue;
    out.push(finding("handle", text, start, start + m[0].length));
  }
  for (const m of text.matchAll(/(?<![\w.@])\p{L}[\p{L}\d]{2,29}(?![\w.@])/gu)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 45), start);
    // "op Snap zet hij filmpjes als 'mhcrosser'": one word in quotes after a platform.
    const quoted =
      /["'‘“]$/.test(before) && /^["'’”]/.test(text.slice(start + m[0].length)) && PLATFORM.test(before);
    if (!quoted && !STRONG_PLATFORM.test(text.slice(Math.max(0, start - 30), start))) continue;
    // ("a hoax on TikTok about 'Friday'": a day or a month is nobody's account.)
    // (A gamer tag made of two words, "darkwolf", is in no dictionary, though it is in use.)
    const plain = quoted ? ordinary : dictionary;
    if (out.some((f) => f.start === start) || plain(m[0].toLowerCase()) || DAY_OR_MONTH.test(m[0])) continue;
    // ("Minecraft is unsupervised at home": after "<game> is", only a word shaped like an account.)
    if (!quoted && GAME_IS.test(before) && /^\p{Ll}+$/u.test(m[0])) continue;
    out.push(finding("handle", text, start, start + m[0].length));
  }
  return out;
}
