/**
 * Phone numbers: any grouping, brackets, dots, spaced dashes, "+31(0)6", spoken digits; a desk's,
 * a team's or an organisation's line is left alone, a person's on the way to it makes it theirs.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { lexicon } from "./lexicon.ts";
import { isMobile, OWNER, PERSON_BETWEEN, phoneDigits, sentenceBefore, someoneNamed } from "./lines.ts";
import { FREE_MAIL, FUNCTION_MAILBOX } from "./numbers.ts";
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

function isPhone(candidate: string, cued: boolean, own = false, labelled = false): boolean {
  const digits = phoneDigits(candidate);
  // An organisation's 088 range holds its staff's direct lines: one announced as someone's own is theirs.
  if (own && /^(?:0|\+31)88\d{7}$/.test(digits)) return true;
  // A mobile number one digit short or long is still someone's number when it is given as one.
  if (cued && /^06\d{7,9}$/.test(digits)) return true;
  // A British mobile written the British way, given as someone's: "Parent contact: 07700 900123".
  if (cued && /^07\d{9}$/.test(digits)) return true;
  // ... and anywhere in its British grouping, which no Dutch number has: "Sarah 07700 900123".
  // (Not a number labelled as another kind: "Zaaknummer: 07391 204518", "tracking code ...".)
  if (/^\s*07\d{3} \d{6}\s*$/.test(candidate) && !labelled) return true;
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
  /\b(?:(?:algemene|centrale)\s+(?:telefoon)?nummer|(?:telefoon)?nummer van (?:de|het) (?:school|gemeente|ggd|politie|stichting|wijkteam|jeugdteam|kantoor|balie|receptie))\b(?:\s+van\s+(?:de|het|onze|ons)\s+\p{L}+)?[^.\n]{0,12}$|\b(?:bel|bellen|belt)\s+(?:(?:gerust|even|altijd|dan|ook|gewoon|eerst|maar)\s+)*(?:de|het)\s+(?:school|gemeente|ggd|politie|wijkteam|jeugdteam|buurtteam|receptie|balie|administratie|schoolsecretariaat|secretariaat|huisarts|huisartsenpost)\s+(?:op|via)\s*$|\bonze\s+(?:bereikbaarheid|telefoonnummer|nummer|telefonische\s+bereikbaarheid)\b[^.\n]{0,25}$|\b(?:\p{L}*vereniging|wijkteam|jeugdteam|buurtteam|gemeente|ggd|halt|veilig thuis|stichting|schoolsecretariaat|secretariaat|receptie|balie|politie|bureau|leerplicht|leerrecht|rbl|loket|meldpunt|veiligheidshuis)\b(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:zit|is|blijft)?\s*(?:[^.\n]{0,30}\s)?(?:bereikbaar|te bereiken)\s+(?:op|via|onder)\s*$/iu;

/** The organisation's line named around it: "via de receptie: ...", "de vaste lijn ...", "noodnummer school: ...". */
const ORG_LINE_BEFORE =
  /\b(?:via\s+(?:de|het)\s+(?:receptie|balie|secretariaat|administratie|centrale)|vaste\s+lijn|hoofdnummer|algemene\s+lijn(?:\s+van\s+(?:de|het|onze)\s+\p{L}+)?|noodnummer\s+(?:van\s+(?:de|het)\s+)?(?:school|gemeente|kamp)|nummer\s+van\s+(?:de|het|onze)\s+(?:\p{L}+\s+)?(?:school|gemeente|receptie|wijkteam|jeugdteam|buurtteam|ggd|stichting|organisatie|kantoor|balie|administratie))\b[^.\n]{0,14}$/iu;
/** The phone a school takes on a trip or a camp, named right before its number. */
const TRIP_PHONE_BEFORE =
  /\b(?:school\s+trip|trip|camp|excursion|schoolreis|kamp|excursie|werkweek)[\s-]*(?:mobile|phone|mobiel|telefoon|nummer|number)\b(?:\s+(?:is|was))?\s*:?\s*$/i;
/** A desk named right before its number: "vragen: receptie (071) ...". */
const DESK_BEFORE =
  /\b(?:receptie|balie|schoolsecretariaat|secretariaat|centrale)(?:\s+van\s+(?:de|het)\s+\p{L}+(?:\s+\p{L}+)?)?\s*[:(]?\s*$/iu;
/** The same in English: "the new number for the Reception Desk: ...", "school office: ...". */
const ORG_LINE_BEFORE_EN =
  /\b(?:(?:number|line|phone)\s+(?:for|of)\s+(?:the|our)\s+(?:\p{L}+\s+)?(?:reception|front\s+desk|office|desk|school|admissions|attendance\s+line|switchboard)|(?:reception|front\s+desk|school\s+office|main\s+office|switchboard|attendance\s+line|main\s+number|main\s+line|general\s+(?:line|number)|school\s+number)\b)[^.\n]{0,40}$|\b(?:office|department|desk|team|service)\s+of\s+the\s+(?:municipality|city|council|police|school)(?:\s+of\s+\p{Lu}[\p{L}-]+)?\s*\(?\s*$/iu;
/** ... or right after it: "06-... (kampmobiel)", "020-... is het nummer van onze receptie",
 * "079-... (receptie stadhuis)", "(085-...) blijkt het algemene nummer van jeugdzorgaanbieder ...". */
/** A first name and a surname right before a number: "Jan de Wit, " (not a label, "Kamp Zeeland:",
 * nor a team or a trip, "Jongerenwerk Oost, ", "Skireis Oostenrijk, ": the first word is a first name). */
const NAME_RIGHT_BEFORE =
  /\b(\p{Lu}\p{Ll}+)(?:\s+(?:van|de|der|den|ter|ten|el|al|da|dos))*\s+\p{Lu}[\p{L}'-]+\s*,?\s*$/u;
function nameRightBefore(before: string): boolean {
  const first = NAME_RIGHT_BEFORE.exec(before)?.[1]?.toLowerCase();
  return !!first && lexicon().firstName(first) && !lexicon().notName(first);
}
const ORG_LINE_AFTER =
  /^\s*\(\s*(?:school|gemeente|ggd|receptie|balie|centrale|stadhuis|gemeentehuis|secretariaat|administratie|hoofdnummer|algemeen|projectbureau|bureau|kantoor|helpdesk|servicedesk|infolijn|informatielijn|klantenservice|kcc|klantcontactcentrum)\b|^[^.\n]{0,20}\b(?:kampmobiel|schoolmobiel|schoolreismobiel|excursiemobiel|dienstmobiel|dienstnummer|het\s+(?:algemene\s+)?nummer\s+van\s+(?:de|het|onze)\s+(?:school|receptie|gemeente|balie|administratie)|(?:ons|onze)\s+(?:algemene\s+)?(?:nummer|receptie|lijn)|(?:is|blijkt|was)\s+het\s+algemene\s+nummer\s+van|(?:is|was)\s+the\s+(?:general|main)\s+(?:number|line)\s+(?:of|for))\b/iu;

/** A person's possessive on the way: "Tyler's dad 06-..." (case matters: "the school's main line"). */
const POSSESSIVE_NAME = /\b\p{Lu}\p{Ll}+['’]s\s/u;
const SERVICE_BEFORE =
  /\b(?:\p{L}*team(?!\s*(?:leader|lead|leider|manager|coach))|spreekuur|inloopspreekuur|loket|servicepunt|meldpunt|help\s?desk|service\s?desk|front\s?desk|desk|receptie|reception|customer\s+service|customer\s+care|klantenservice|klantcontact|servicelijn|infolijn)\b[^\n]{0,45}$/iu;
/** A closing greeting, then (up to three lines on) a line that opens with a team, a desk or an
 * organisation, then the number's own line. */
const ORG_SIGNATURE =
  /\b(?:groet(?:en|jes)?|regards|wishes|mvg)\s*,?\s*\n\s*(?:(?:het|de|the)\s+)?(?:\p{L}*team|receptie|reception|secretariaat|administratie|afdeling|bureau|gemeente|stichting|servicedesk|helpdesk|front\s?office|leerplicht|politie|jongerenwerk|jeugd\p{L}*|cjg|municipality|department|office)\b[^\n]*(?:\n(?!\s*(?:van|from|aan|to|onderwerp|subject|verzonden|sent)\s*:|\s*-{3,})[^\n]*){0,2}\n[^\n\d]{0,20}$/iu;

const PHONE_CUE =
  /\b(?:tel|telefoon|telefoonnummer|nummer|nr|mobiel|bel|bellen|gebeld|belt|belde|bereikbaar|app|appt|whatsapp|06|mobile|phone|cell|number|call|text|ring|reach|contact|from|dad|mum|mom)\b[^.\n]{0,15}$/i;

/** A bank account's letters and check digits: the digits after them are not a phone number. */
const IBAN_HEAD = /\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$/;

export function phones(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  // (A number said aloud, "oh six, two one, ...", is read as typed: said-aloud.ts.)
  // "xx-41927358 (06 weggelaten)", "+** 6 5812 0944": a mobile with only its prefix masked, still
  // complete enough to dial ("06-xxxxxxxx", "06-48 xx xx xx" mask the digits that count).
  // (Where a phone is spoken of, not a case's or a pupil's number: "zaak xx-20240118"; the
  // country code and the 6 say it themselves.)
  for (const m of text.matchAll(
    /(?<![\w*+])(?:(?:xx|\*\*)[\s-]?|(\+\*{1,3}\s?6[\s-]?))(?:\d[\s-]?){7}\d(?![\d*xX])/g,
  )) {
    const at = m.index ?? 0;
    const spoken =
      /\b(?:tel(?:efoon)?|mobiel(?:tje)?|phone|contact|bellen|bel|whatsapp)\b[^.\n]{0,30}$/iu.test(
        text.slice(Math.max(0, at - 45), at),
      ) || /^[^.\n]{0,15}\b06\b/.test(text.slice(at + m[0].length));
    if (m[1] || spoken) out.push(finding("telefoon", text, at, at + m[0].length));
  }
  // "wa.me/31614220987": a WhatsApp link is a phone number.
  // (A Dutch one only for a mobile: a service's or an office's 088, 0800 or landline is public.)
  for (const m of text.matchAll(
    /\b(?:wa\.me\/|api\.whatsapp\.com\/send\?phone=)(\+?(?:316\d{8}|(?!31)\d{10,13}))(?!\d)/gi,
  )) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
    out.push(finding("telefoon", text, start, start + (m[1] ?? "").length));
  }
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
    const sentence = sentenceBefore(text, base);
    // "Het wijkteam heeft vader gesproken, hij is bereikbaar op ...": a person named on the way
    // to the number makes it theirs, whatever organisation opened the sentence.
    // (So does a number called from, "rang reception from 020 ...", and a name set off by commas
    // right before it, "het buurtteam, Youssef, op 010 ...".)
    const person =
      PERSON_BETWEEN.test(before) ||
      POSSESSIVE_NAME.test(before) ||
      /\b(?:vanaf|from)\s*$/i.test(before) ||
      /,\s*\p{Lu}\p{Ll}+,\s*(?:op|via|on|at|tel\.?)?\s*$/u.test(before) ||
      OWNER.test(sentence) ||
      // (So does a caller named after it who wants a call back: "receptie: 0172-... mevr. Yildiz
      // wil dat de mentor terugbelt".)
      callerAfter(text.slice(base + m[0].length).split("\n")[0] ?? "");
    if (!person && ORG_PHONE_BEFORE.test(before)) continue;
    const landline = !isMobile(m[0]) && !/^\s*\+(?!31)/.test(m[0]);
    // "Reach her through the school switchboard, 010-...": the person is reached through the desk,
    // whose line it is.
    if (landline && THROUGH_DESK.test(before)) continue;
    // "schooltel is 020-...": a landline given as the school's; one marked as the general number,
    // "Parish office (general): 070-...", "070-... (bibliotheek, algemeen)"; a bureau's, "een
    // tolkenbureau, bel 085-...".
    if (
      landline &&
      (/\bschool\s?(?:tel|telefoon|telnr|nummer)\.?(?:\s+is)?\s*:?\s*$/i.test(before) ||
        /\((?:general|algemeen)\)\s*:?\s*$/i.test(before) ||
        /^\s*\([^()\n]{0,40}\b(?:algemeen|general|hoofdnummer|main number)\)/i.test(
          text.slice(base + m[0].length),
        ) ||
        /\b\p{L}{3,}(?:bureau|loket|servicepunt)\s*,?\s*(?:bel|call)\s*:?\s*$/iu.test(before))
    )
      continue;
    // A desk named right before a landline is the desk's ("ESS helpdesk 070 ...", "eerst de
    // administratie bellen: 0297 ..."), unless someone in the sentence gave it ("moeder belde de receptie: ...").
    if (landline && !person && DESK_RIGHT_BEFORE.test(before)) continue;
    // "algemene nummer 0172-...": an organisation's general line, whoever gave it.
    if (landline && GENERAL_RIGHT_BEFORE.test(before) && !PERSON_BETWEEN.test(before.slice(-25))) continue;
    // A firm's landline given in a sentence about the firm and no person: "Het bedrijf is
    // bereikbaar via 010 ...", "Telefoon snackbar 0348 ..." (not "Gerda Smit klaagt over de snackbar, tel ...").
    if (landline && !person && FIRM.test(sentence) && !someoneNamed(sentence)) continue;
    // (Not when another number stands between: "General number 020-... or dad 06...".)
    // (A mobile number is never a desk's line: "General line closed, text Mo on 06...".)
    if (
      !person &&
      !isMobile(m[0]) &&
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
      (OTHER_NUMBER_BEFORE.test(before) || DOCUMENT_NUMBER_BEFORE.test(before)) &&
      // (Only a Dutch landline or service number is a firm's line: a mobile of any country is
      // someone's, and so is a number the rest of the sentence gives to someone. A document's
      // number right after its label may start with 06 when it is not grouped as a mobile
      // number is: "Factuurnummer 0614 2233 91".)
      (/^(?:0[1-57-9]\d{8}|0(?:800|900)\d{4,7})/.test(phoneDigits(m[0].replace(/\s*\(.*$/, ""))) ||
        (DOCUMENT_NUMBER_BEFORE.test(before) &&
          /^06\d{2}[\s./-]+\d{4}[\s./-]+\d{2}$/.test(m[0].trim()) &&
          // (Not one the rest of the sentence gives to someone: "..., dat is ook haar telefoonnummer".)
          !OWNER.test(text.slice(base + m[0].length).split(/(?<=\p{Ll}{2}[.!?])\s|\n/u)[0] ?? ""))) &&
      !person &&
      // ("Linda Vos, order line 020 ...": her own line.)
      !someoneNamed(before.slice(-40)) &&
      !/\b(?:zijn|haar|his|her|their|my|mijn)\b/i.test(before) &&
      // (A firm named right after it is whose document it is: "... van Drukkerij Van Gelder".)
      (FIRM_AFTER.test(text.slice(base + m[0].length)) ||
        !/^[^.\n]{0,40}\b(?:van|bio|huisnummer|privé|thuis|home|dealer|mum|dad|moeder|vader)\b/i.test(
          text.slice(base + m[0].length),
        ))
    )
      continue;
    const mobile = /^\s*\(?(?:\+31|0031)?\s*\(?0?\)?\s*6/.test(m[0]);
    const firstPerson = /\b(?:ik|mij|me|mijn|my|i)\b/i.test(before);
    if (!person && (ORG_LINE_BEFORE.test(before) || (!mobile && DESK_BEFORE.test(before)))) continue;
    // "the school trip mobile is 06-...": a phone the school carries on a trip or camp.
    // (Not someone's own, named before it or said after it: "Kees de Boer, kampmobiel 06-... (privé)".)
    if (
      !person &&
      TRIP_PHONE_BEFORE.test(before) &&
      !someoneNamed(before.slice(-40)) &&
      !nameRightBefore(before) &&
      !/\b(?:zijn|haar|z'n|d'r|his|her|my|mijn|hun|their)\s+\S*$/i.test(
        before.replace(TRIP_PHONE_BEFORE, ""),
      ) &&
      !/^\s*\(?\s*(?:privé|prive|private|own|eigen|personal|persoonlijk)/i.test(
        text.slice(base + m[0].length),
      )
    )
      continue;
    const after = text.slice(base + m[0].length, base + m[0].length + 80);
    // (Not a mobile right after a full name: "Jan de Wit, 06-... (dienstmobiel)" is his work phone.)
    // (Nor a line of someone's named with a person: "vader: Peter Smit, 010-... (kantoor)".)
    if (
      ORG_LINE_AFTER.test(after) &&
      !(mobile && nameRightBefore(before)) &&
      !(person && someoneNamed(before.slice(-40)))
    )
      continue;
    // "030 297 11 00 (office)": an office's line, unless a person stands before it ("mum Sarah
    // Hughes 020 ... (office)", a signature under a name).
    if (
      OFFICE_AFTER.test(after) &&
      !PERSON_BETWEEN.test(before.slice(-40)) &&
      !someoneNamed(before.slice(-40))
    )
      continue;
    // "bereikbaar via 0229-... of info@...": given with a function's mailbox, the function's line.
    // Also a signature's "T 071 ... | E leerplicht@...", and "Mail leerplicht@... of bel ... via 0229 ...".
    const given = after.match(
      /^\s*(?:\((?:keuze|optie|option|toets|press)\s*\d\)\s*)?(?:(?:of|or|en|and|\|)\s*(?:e(?:-?mail)?\s*:?\s*)?|e(?:-?mail)?\s*:\s*)([\w.+-]+)@([\w.-]+)/i,
    );
    // (Not a mailbox on a free-mail service, where anyone has one: "... of ziekmelding.devries@gmail.com".)
    const mailbox =
      given && !FREE_MAIL.test((given[2] ?? "").toLowerCase())
        ? given[1]
        : given
          ? undefined
          : before.match(MAILBOX_THEN_CALL)?.[1];
    if (mailbox && FUNCTION_MAILBOX.test(mailbox) && !mobile && !person && !firstPerson) continue;
    // "Aanvragen via leergeld.nl of telefonisch op 033-...": a landline given as the other way
    // to reach a website's organisation.
    if (!mobile && !person && !firstPerson && siteOfOrganisation(text, base, before)) continue;
    // A landline under a signature that names a team, a desk or an organisation and no one
    // ("Met vriendelijke groet, / Receptie ISK De Brug / Telefoon 073-...").
    if (!person && !mobile && ORG_SIGNATURE.test(text.slice(Math.max(0, base - 200), base))) continue;
    // A landline given with a team's or desk's opening hours ("Jeugdpreventieteam spreekuur:
    // ma/wo 9-12, tel. 0172-...") is that service's; a mobile number stays personal.
    if (!person && !/^\s*(?:\+31|0031)?\s*\(?0?6/.test(m[0]) && SERVICE_BEFORE.test(before)) continue;
    const cued = PHONE_CUE.test(text.slice(Math.max(0, base - 30), base));
    const own = OWN_LINE.test(text.slice(Math.max(0, base - 40), base));
    const labelled =
      OTHER_NUMBER_BEFORE.test(before) ||
      /\b(?:(?:zaak|dossier|order|bestel|factuur|klant|leerling|student|referentie|ticket|kenmerk|polis|lid|pakket|registratie)\w*(?:nummer|nr)|tracking(?:\s*code)?|case\s+number)(?:\s+\p{L}+)?\s*[:#]?\s*$/iu.test(
        before,
      );
    // Groups may belong to the things around the number ("op 14-05 06-12345678 3 keer"): try
    // every run of groups, longest first.
    const ends = [...m[0].matchAll(/\d(?=[\s./()–—-]|$)/g)].map((g) => (g.index ?? 0) + 1);
    const starts = [0, ...[...m[0].matchAll(/[\s./()–—-]+(?=\d)/g)].map((g) => (g.index ?? 0) + g[0].length)];
    let from = 0;
    for (const s of starts) {
      if (s < from) continue;
      const e = [...ends].reverse().find((x) => x > s && isPhone(m[0].slice(s, x), cued, own, labelled));
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
/** Someone reached through a desk, right before the desk's number. */
const THROUGH_DESK =
  /\b(?:through|via)\s+(?:the|our|de|het|onze)\s+(?:school\s*|main\s+|front\s+)?(?:switchboard|reception|front desk|office|receptie|centrale|balie|secretariaat|administratie)\s*[:,]?\s*(?:on|at|op|tel\.?)?\s*$/iu;
/** A desk or line named right before its number. */
const DESK_RIGHT_BEFORE =
  /\b(?:helpdesk|help\s+desk|servicedesk|service\s+desk|front\s+desk|reception|receptie|switchboard|conference\s+line|infolijn|klantenservice|customer\s+service)\s*[:,]?\s*$|\b(?:de|het)\s+(?:administratie|receptie|balie|secretariaat|schoolsecretariaat|centrale)\s+(?:bellen|bel|belt)\s*[:,]?\s*$/i;
/** A firm: a shop, a company, a housing corporation (not a form's label, "Bedrijf: 0172-...", nor
 * a word that is also something else: "firm but friendly", "none of your business"). */
const FIRM =
  /(?:\b|(?<=\p{Ll}))(?:bedrijf|firma|winkel|snackbar|supermarkt|restaurant|garage|tankstation|webshop|woningcorporatie|shop|company|housing\s+corporation)\b(?!\s*:)/iu;
/** An organisation's general line named right before its number. */
const GENERAL_RIGHT_BEFORE =
  /\b(?:algemene?\s+(?:telefoon)?nummer|hoofdnummer|general\s+(?:number|line)|main\s+(?:number|line))\s*[:,]?\s*$/i;
/** A caller named after a number who wants a call back. */
function callerAfter(line: string): boolean {
  return (
    /\b(?:terug\s*bel\w*|terugbel\w*|belt\s+terug|call\s*back|ring\s+back)\b/i.test(line) &&
    someoneNamed(line)
  );
}
/** An office's line marked so right after it. */
const OFFICE_AFTER =
  /^\s*\(\s*(?:office|reception|front\s+desk|switchboard|conference\s+line|main\s+line)\s*\)/i;
/** A document's number labelled right before it: an invoice, an order, a case, a customer. */
const DOCUMENT_NUMBER_BEFORE =
  /\b(?:order|bestel|factuur|invoice|ticket|zaak|dossier|case|klant|customer|referentie|reference|kenmerk|polis)\w*(?:nummer|nr|number|no)\.?(?:\s+is)?\s*[:#]?\s*$/i;
/** A website and then a call: "via leergeld.nl of telefonisch op", "at example.org or call". */
const SITE_THEN_CALL =
  /\b(?:via|op|on|at|through)\s+(?:www\.)?([\w-]+)\.(?:nl|com|org|net|eu|be|info)\b\s*,?\s+(?:of|or|en|and)\s+(?:telefonisch|bel|bellen|call|phone|ring|by\s+phone)\s*(?:op|on|via|naar|at)?\s*:?\s*$/i;

/** A landline given as the other way to reach an organisation's website, the organisation named
 * before it by the site's name ("Stichting Leergeld ... Aanvragen via leergeld.nl of telefonisch
 * op 033-..."); not a marketplace's or anyone's own site ("via marktplaats.nl of bel ..."). */
function siteOfOrganisation(text: string, base: number, before: string): boolean {
  const site = SITE_THEN_CALL.exec(before)?.[1]?.toLowerCase();
  if (!site || site.length < 4) return false;
  const lead = text.slice(Math.max(0, base - 300), base);
  const named = lead.match(
    /\b(?:[Ss]tichting|[Ff]oundation|[Vv]ereniging|[Gg]emeente|[Ff]onds)((?:\s+\p{Lu}[\p{L}'-]*){1,3})/u,
  )?.[1];
  return !!named && named.replace(/\s+/g, "").toLowerCase().startsWith(site);
}
/** A firm right after a document's number: "0614 2233 91 van Drukkerij Van Gelder". */
const FIRM_AFTER =
  /^\s*[,(]?\s*(?:van|from|of)?\s*(?:de\s+|het\s+|the\s+)?\p{L}*(?:drukkerij|bakkerij|bureau|stichting|firma|bedrijf|winkel|garage|leverancier|webshop|uitgeverij|printer|agency)\b/iu;
/** A Dutch mobile number, however it is grouped. */
/** A number labelled, right before it, as an order, case or customer number, or a firm's service line. */
const OTHER_NUMBER_BEFORE =
  /\b(?:(?:order|bestel|factuur|invoice|ticket|zaak|dossier|case|klant|customer|referentie|reference|artikel|serie|serial|kenmerk|polis|lid|member)\w*(?:nummer|nr|number|no)\.?|(?:service|storings|klantenservice|bestel|order)(?:lijn|nummer)|(?:service|order)\s+line|helpline)\s*[:#]?\s*$/i;
