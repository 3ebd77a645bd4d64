/**
 * Bank accounts: a private account is personal, an organisation's (a school's, a foundation's,
 * a PTA's, one gifts are asked for) is not.
 */
import { electronicFormatIBAN, ValidationErrorsIBAN, validateIBAN } from "ibantools";
import { lexicon } from "./lexicon.ts";
import { finding, type PiiFinding } from "./types.ts";

/** An organisation's account: "schoolrekening ...", "... t.n.v. Stichting ...". */
const ORG_ACCOUNT_BEFORE =
  /\biban\s+(?:van\s+)?(?:de\s+|het\s+)?(?:gemeente|school|stichting|vereniging|ouderraad|organisatie)\b[^.\n]{0,5}$|\b(?:transfer|overmaken|maak\s+over|storten|donate|doneren)\s+(?:to|aan|naar|op\s+rekening\s+van)\s+(?:stichting|foundation|vereniging)\b[^.\n]{0,40},\s*$|\b(?:school|stichtings?|gemeente|vereniging|ouderraad)rekening\w*\b[^.\n]{0,20}$|\b(?:iban|rekening(?:nummer)?|bankrekening(?:nummer)?)\s+van\s+(?:de|het|onze)\s+(?:stichting|school|gemeente|vereniging|ouderraad|club|sportclub|voedselbank|kerk|moskee|organisatie)\b[^.\n]{0,20}$|\b(?:payment|paid|pay|betaling|betalen|overmaken|maak\s+over)\s+(?:to|aan|naar|op)\s+(?:de\s+|the\s+)?(?:stichting|foundation|vereniging|school|gemeente|municipality)\b(?:(?!\b(?:mij|me|my|mijn|zijn|haar|hem|of|or)\b)[^.\n]){0,40}$|\b(?:pta|ouderraad|ouderverenigings?|parent\s+association|school|stichtings?|foundation|club|sportclub|\w*verenigings?|church|kerk|mosque|moskee|association|camping|campsite|hotel)\s*(?:account|rekening|iban)\b(?:\s+(?:for|voor)\s+(?:donations|donaties|giften|gifts|contributie|membership|payments?|betalingen))?(?:(?!\b(?:van|of|from)\b)[^.\n]){0,15}$/i;
/** A foundation's own account, labelled after its name alone: "Stichting Jeugdfonds Sport: rekeningnummer
 * NL..." (not "Stichting Leergeld, gezin Yilmaz: IBAN ...", "... betaalt aan moeder: IBAN ..."). */
const FOUNDATION_LABEL =
  /\b(?:[Ss]tichting|[Ff]oundation|[Vv]ereniging)((?:\s+(?:\p{Lu}[\p{L}'&-]*|van|de|der|den|het|'t)){1,4})\s*:\s*(?:iban|IBAN|[Rr]ekening(?:nummer)?|[Bb]ankrekening(?:nummer)?|[Aa]ccount(?:\s+number)?)\s*:?\s*$/u;
/** Words in a foundation's label that say the account is someone's: "Stichting Leergeld voor
 * Familie Yilmaz: IBAN ..." (a name the lists know counts too: "Stichting Leergeld Yilmaz"). */
const SOMEONES = /^(?:familie|fam|gezin|mevrouw|meneer|mevr|dhr|vader|moeder|mr|mrs|ms|voor|for|en|and)$/i;
/** Gifts to a foundation: "Stichting Leergeld helpt ... donaties zijn welkom op NL..." (a
 * crowdfunding for a family, "donations go to NL... (Name)", stays personal). */
const DONATION_BEFORE =
  /\b(?:donaties|donatie|doneer|doneren|giften|gift|schenking|donations?|donate|gifts?)\b(?:[^.\n]|(?<=\bafd)\.){0,60}$/i;
/** An invoice from a firm and, right before the account, where it is to be paid: "Invoice ... from
 * Reisbureau De Vries ..., to be paid to NL..". */
const INVOICE_PAID_TO =
  /\b(?:invoice|factuur|nota)\b[^\n]{0,40}?\b(?:from|van)\s+(?:de\s+|het\s+|the\s+)?(?:\p{Lu}[\p{L}'-]*\s+)?(?:\p{L}*(?:bureau|drukkerij|bedrijf|vervoer|touringcar|stichting)|company|firm|agency|printers?|supplier|leverancier)\b[^\n]*\b(?:(?:to\s+be\s+)?paid\s+(?:in)?to|pay\s+(?:it\s+)?(?:in)?to|te\s+betalen\s+(?:op|naar|aan)|betalen\s+(?:op|naar|aan)|over\s+te\s+maken\s+(?:op|naar|aan))\s*:?\s*$/iu;
/** Someone an invoice can come from or be paid to, in its sentence. */
const INVOICE_PERSON =
  /\b(?:dhr|mevr|mw|mr|mrs|ms|meneer|mevrouw|vader|moeder|ouders?|parents?|oma|opa|grandma|grandpa|grandparents?|stief\p{L}*|step\p{L}*|buurman|buurvrouw|buren|neighbou?rs?|oppas|babysitter|childminder|tutor|bijles\p{L}*|coach|trainer|mum|mom|dad|father|mother|his|her|zijn|haar|hem|him|particulier|private)\b/iu;
/** A transfer to a foundation named right before the account: "Transfer it to Stichting Ouderfonds
 * Het Baken, NL.." (not "... or straight to his mum, NL..", "(rekening van oma Els)"). */
const TRANSFER_TO_FOUNDATION =
  /\b(?:transfer\s+(?:it|this|the\s+(?:amount|money|contribution|fee))|maak\s+(?:het|dit)(?:\s+bedrag)?\s+over)\s+(?:to|naar|aan)\s+(?:stichting|foundation|vereniging)\b(?:(?!\b(?:of|or|en|and|naar|to)\b)[^.\n]){0,40},\s*$/i;
const FOUNDATION =
  /\b(?:stichting|foundation|vereniging|fonds|fund|charity|goede doel|good cause|pta|ouderraad|oudervereniging)\b/gi;
/** A family or a person the money is for: the account is theirs. */
const FAMILY =
  /\b(?:mijn|my|ons gezin|our family|zoon|dochter|son|daughter|familie|fam\.|gezin van|family of|kind van|moeder|vader|mum|mom|dad)(?![\p{L}])/iu;
/** A holder named after the account who is no organisation: "(Ilse Ward)", "- Ilse Ward", "t.n.v. fam. Yilmaz"
 * ("(KvK 41234567)" registers an organisation). */
const PERSON_AFTER_ACCOUNT =
  /^\s*(?:\((?!\s*(?:kvk|rsin|anbi|btw)\b)|[-–—]\s*\p{Lu}|,?\s*(?:t\.?\s?n\.?\s?v\.?|ten name van)\s+(?!(?:de\s+|the\s+)?(?:stichting|foundation|vereniging|pta|ouderraad|school)))/iu;
const ORG_ACCOUNT_AFTER =
  /^\s*\(\s*(?:the\s+|de\s+|het\s+)?(?:campsite|camping|club|clubs|school|hotel|verenigings?|stichtings?|kerk|church|moskee|mosque)\s*(?:account|rekening)\s*\)|^\s*[,(]\s*(?:stichting|foundation|vereniging|pta|ouderraad|ouderverenigings?)\b|^\s*,?\s*in the name of the (?:association|foundation|church|mosque|club|school)\b|^\s*,?\s*(?:t\.?\s?n\.?\s?v\.?|ten name van)\s+(?:(?:de\s+|the\s+)?(?:stichting|gemeente|school|obs|cbs|kbs|ikc|vereniging|ouderraad|medezeggenschapsraad|mr|st\.|pta|parents'? association|oudervereniging)|[^,\n]{0,50}\b(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF)(?![\p{L}]))/iu;

/**
 * A foreign account written in digits only ("BE15 9078 6666 1760"): the country's length and
 * format and the ISO check digits decide (ibantools); a bank's own check inside the number may
 * be mistyped, the account is still someone's.
 */
function foreignIban(candidate: string): boolean {
  const iban = electronicFormatIBAN(candidate) ?? "";
  const { errorCodes } = validateIBAN(iban);
  return errorCodes.every((e) => e === ValidationErrorsIBAN.WrongAccountBankBranchChecksum) || mod97(iban);
}

/**
 * The ISO 7064 check alone. ibantools reports a wrong checksum for any number of the wrong
 * length for its country; an account typed a digit short whose check digits still hold is
 * still someone's account (a chance of 1 in 97 otherwise).
 */
function mod97(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  let rest = 0;
  for (const c of iban.slice(4) + iban.slice(0, 4)) {
    const v = Number.parseInt(c, 36);
    rest = (v >= 10 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

/** A foundation's own account, labelled after its name alone. */
function ownAccount(before: string): boolean {
  const name = FOUNDATION_LABEL.exec(before)?.[1];
  if (!name) return false;
  const lex = lexicon();
  const words = name.trim().split(/\s+/);
  // (A name word after an article is the foundation's own: "Vereniging Ouderraad De Linde".)
  return !words.some(
    (w, i) =>
      SOMEONES.test(w) ||
      (/^\p{Lu}/u.test(w) &&
        !/^(?:de|het|van|den|der|'t)$/i.test(words[i - 1] ?? "") &&
        (lex.surname(w.toLowerCase()) || lex.firstName(w.toLowerCase()))),
  );
}

export function ibans(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g)) {
    const start = m.index ?? 0;
    // Dutch accounts and those with a bank code are read below, with an organisation's exceptions.
    if (/^NL/.test(m[0]) || /^[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){8,12}$/.test(m[0])) continue;
    if (foreignIban(m[0])) out.push(finding("iban", text, start, start + m[0].length));
  }
  for (const m of text.matchAll(/\b[A-Za-z]{2}\d{2}[ ]?[A-Za-z]{4}(?:[ ]?\d){8,12}\b/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!/^nl/i.test(m[0]) && !/^[A-Z]{2}\d{2}[ ]?[A-Z]{4}/.test(m[0])) continue;
    // BNG Bank (BNGH) holds the accounts of municipalities and public bodies, never a person's.
    if (/^[A-Z]{2}\d{2}\s?BNGH/i.test(m[0])) continue;
    if (ORG_ACCOUNT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (
      ownAccount(text.slice(Math.max(0, start - 80), start)) &&
      !PERSON_AFTER_ACCOUNT.test(text.slice(end, end + 60))
    )
      continue;
    // (Not an account paid to a person named before it: "terugbetalen aan mevrouw Jansen op NL...".)
    if (
      ORG_ACCOUNT_AFTER.test(text.slice(end, end + 60)) &&
      !/\b(?:mevrouw|meneer|mevr|dhr|mw|mr|mrs|ms|familie|fam|vader|moeder|father|mother)\b/i.test(
        text.slice(Math.max(0, start - 60), start),
      )
    )
      continue;
    // An invoice's account, paid to whoever sent it: "Invoice ... from Reisbureau De Vries ..., to
    // be paid to NL..." (not with a person or family in the sentence).
    // (The sentence, not cut at "Dhr." or "Mr.".)
    const sentence =
      text
        .slice(Math.max(0, start - 200), start)
        .split(/(?<=\p{Ll}{3}[.!?])\s|\n/u)
        .at(-1) ?? "";
    const after = text.slice(end, end + 60);
    if (
      (INVOICE_PAID_TO.test(sentence) || TRANSFER_TO_FOUNDATION.test(sentence)) &&
      !FAMILY.test(sentence) &&
      !INVOICE_PERSON.test(sentence) &&
      !PERSON_AFTER_ACCOUNT.test(after) &&
      !INVOICE_PERSON.test(after.split(/[.!?\n]/)[0] ?? "")
    )
      continue;
    // Gifts to a foundation named before them, with no family in between or after ("giften voor
    // mijn zoon", "t.n.v. fam. Yilmaz", "(Ilse Ward)", "- Ilse Ward" keep the account personal).
    const lead = text.slice(Math.max(0, start - 200), start);
    const foundation = [...lead.matchAll(FOUNDATION)].at(-1);
    if (
      foundation &&
      DONATION_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
      !FAMILY.test(lead.slice(foundation.index ?? 0)) &&
      !PERSON_AFTER_ACCOUNT.test(text.slice(end, end + 60))
    )
      continue;
    out.push(finding("iban", text, start, end));
  }
  return out;
}
