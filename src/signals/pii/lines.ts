/**
 * Whose a phone number is: a person's, or an organisation's that gives it (its desk, its office,
 * its shop). Kept apart from the finding of numbers: a number found is personal unless its own
 * sentence, line and block show that an organisation, and nobody else, owns it.
 */
import { lexicon } from "./lexicon.ts";
import { FUNCTION_MAILBOX } from "./numbers.ts";
import type { PiiFinding, Range } from "./types.ts";

/** The digits of a phone number as written, "+31 (0)6-1234 5678" -> "+31612345678". */
export const phoneDigits = (s: string) =>
  s
    .replace(/\(0\)/g, "")
    .replace(/^00/, "+")
    .replace(/[^\d+]/g, "");

/** A Dutch mobile number, whatever its grouping: never an organisation's line. */
export const isMobile = (s: string) => /^(?:\+316|06)\d{8}$/.test(phoneDigits(s));

/** A number kept private, called from, noted or passed on: whoever it is said of owns it. */
const REPORTED_WORDS = String.raw`privé|prive|privénummer|(?<!veilig\s)thuis|home|private|personal|persoonlijk|terugbellen|call back|gebeld|belt|belde|calls|called|rang|phoned|anoniem|anonymous|silent|contactnummer|contact number|noteerde|noted|briefje|volgens|circulating|doet de ronde|gaat rond|gaat dit nummer rond`;
/**
 * Someone a number can belong to, in its sentence: a person's word, someone speaking or spoken
 * for ("ik", "wij", "zijn nummer"), or a number called from or held on file ("gebeld met een
 * anoniem nummer", "contactnummer", "noteerde", "gaat rond").
 */
export const OWNER = new RegExp(
  String.raw`\b(?:hij|zij|hem|haar|vader|moeder|ouders?|pleegouders?|grootouders?|voogd|gezinsvoogd|guardian|casemanager|jeugdbeschermer|oma|opa|oom|tante|broer|zus|kind|kinderen|leerling|leerlingen|jongen|jongens|meisje|meisjes|man|mannen|vrouw|dame|heer|buurman|buurvrouw|buren|familie|gezin|betrokkene|dealer|iemand|onbekende|beller|melder|verdachte|dader|slachtoffer|stalker|docent|leraar|lerares|mentor|trainer|coach|pleegmoeder|pleegvader|stiefvader|stiefmoeder|gastouder|bewoner|buurtbewoner|he|she|him|his|her|father|mother|parents?|grandparents?|mum|mom|dad|uncle|aunt|brother|sister|boys?|girls?|guy|guys|man|men|woman|women|kids?|child|children|students?|pupils?|someone|anyone|caller|stranger|suspect|perpetrator|victim|teacher|family|neighbou?rs?|resident|mr|mrs|ms|miss|meneer|mevrouw|mevr|dhr|juf|meester|ik|mij|me|mijn|wij|we|i|my|${REPORTED_WORDS})\b|\b(?:zijn|hun|their|ons|onze|our)\s+(?!(?:general|main|algemene|hoofd|centrale)\b)(?:\p{L}+\s+){0,2}(?:nummer|telefoonnummer|number|phone|mobiel|lijn|line)\b`,
  "iu",
);
const OWNER_G = new RegExp(OWNER.source, "giu");
/** The people an organisation's number is given to, not theirs. */
const AUDIENCE = new Set([
  "ouders",
  "ouder",
  "parents",
  "parent",
  "leerlingen",
  "students",
  "pupils",
  "kinderen",
  "children",
  "we",
  "wij",
]);
/** The organisation right before its number, named in at most two more capitalised words:
 * "de GGD Rotterdam-Rijnmond via 010 ...", "Leerplicht Alphen: 0172 ...", "het secretariaat, tel. ...". */
const ORGANISATION_THEN_NUMBER =
  /^(?:\s+(?:\p{Lu}[\p{L}'’-]*|&|van|de|der|den|ter|ten|'t)){0,4}(?:['’]s)?(?:\s+(?:public|main|general|algemene?|centrale|vaste|info))?(?:\s+(?:phone|telefoon|telefoonnummer|line|lijn|number|nummer))?(?:\s+(?:for|voor)\s+\p{L}+)?(?:(?:\s+(?:is|zijn))?\s+(?:bellen|te bellen|te bereiken|bereikbaar)\s*(?:op|via|on|at)?\s*,?\s*(?:tel\.?\s*:?)?|\s+(?:via|op|on|at|is|tel\.?|telefoon|telefoonnummer|nummer|number)\s*:?|\s*[:|,]\s*(?:tel\.?\s*:?)?|\s*\()?\s*$/u;
/** An organisation's mailbox right before its number: "info@school.nl - 010 ...", "admissions@..., or 070 ...". */
const MAILBOX_THEN_NUMBER = /^[\w.-]+\s*[,|–-]?\s*(?:(?:or|of|en|and|tel\.?|t)\s*:?)?\s*[|–-]?\s*$/iu;
/** A number a team shares, whoever is on duty: "algemeen nummer", "teamtelefoon", "duty phone". */
const TEAM_PHONE_G =
  /\b(?:algemene? (?:nummer|telefoonnummer)|teamtelefoon|teamnummer|team phone|general number|duty phone|dienstnummer|dienstmobiel)\b/giu;
/** ... the same words, alone. */
const REPORTED = new RegExp(`^(?:${REPORTED_WORDS})$`);
/** A sentence that labels the number after it: "Info:", "Contact Eigen Haard:", "Vragen:". */
const LABEL =
  /^\s*(?:info|informatie|meer info|more info|contact|vragen|questions|inlichtingen|aanmelden|reserveren)\b[^:.\n]{0,40}:\s*$/iu;
/** A line straight to a person: "direct 088 ...", "doorkiesnummer", "extension". */
const DIRECT_LINE = /\b(?:direct|directe|rechtstreeks|doorkies\p{L}*|extension|ext|toestel)\b[^.\n]{0,20}$/iu;

/** The sentence before a position, not cut at the dot of "tel.", "i.v.m.", "o.a." or "Mr.". */
export function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let start = before.lastIndexOf("\n") + 1;
  for (const m of before.matchAll(/[.!?]\s+/g)) {
    const end = m.index ?? 0;
    if (end + m[0].length <= start) continue;
    if (
      /(?:^|[\s(])(?:tel|i\.v\.m|o\.a|d\.w\.z|bijv|bv|nr|ca|evt|incl|excl|mr|mw|mevr|dhr|drs|dr|ir|ing|st|vs|e\.a|t\.a\.v|p\.a|\p{L})$/iu.test(
        before.slice(Math.max(0, end - 8), end),
      )
    )
      continue;
    start = end + m[0].length;
  }
  return before.slice(start);
}

/**
 * A Dutch landline or service number an organisation gives, not a person. Anyone named near it
 * (within 150 characters before it, on its line or the next; or anywhere in the 400 characters
 * above a label line such as "Direct: ...") owns it; so does anyone a person's word in its
 * sentence points to, unless the organisation stands right before the number ("ouders kunnen
 * de GGD bellen via 010 ..."). A direct line and a number called from are someone's. Otherwise
 * the organisation must stand right before it, or the number stands on a label line in a block
 * naming an organisation and nobody, or in an organisation's letterhead or signature with nobody
 * found around it. A mobile number is always someone's.
 */
export function nobodysLine(text: string, phone: PiiFinding, persons: readonly PiiFinding[]): boolean {
  // (A letterhead's or an organisation's signature's landline: no person found around it.)
  const head = letterhead(text, phone);
  if (head && !persons.some((p) => p.end > head.start && p.start < head.end)) return true;
  const digits = phoneDigits(phone.text.replace(/\s*\([^)\d]*\)?\s*$/, "")).replace(/^\+31/, "0");
  // (A team's mobile that whoever is on duty answers is the team's: "algemeen nummer ... (teamtelefoon):
  // 06 ..."; the words say so right before the number, after a colon or "is".)
  const own = sentenceBefore(text, phone.start);
  const lastTeam = [...own.matchAll(TEAM_PHONE_G)].at(-1);
  const sinceTeam = lastTeam ? own.slice((lastTeam.index ?? 0) + lastTeam[0].length) : "";
  const team =
    !!lastTeam &&
    sinceTeam.length <= 60 &&
    /(?::|\b(?:is|op|via|on))\s*$/.test(sinceTeam) &&
    // (Not a phone that is out of order, with someone else's number after it, nor one threats came in on.)
    !/\b(?:maar|but|kapot|stuk|broken|niet|not|bel|call|tot|until|stagiair|invalkracht|collega|afzender|sender|from|van|afkomstig|dreig\w*|threat\w*)\b/i.test(
      sinceTeam,
    ) &&
    !OWNER.test(sinceTeam);
  if (!/^(?:0[1-57-9]\d{8}|0(?:800|900)\d{4,7})$/.test(digits) && !(team && /^06\d{8}$/.test(digits)))
    return false;
  const lineEnd = text.indexOf("\n", phone.end);
  const nextEnd = lineEnd < 0 ? text.length : text.indexOf("\n", lineEnd + 1);
  const to = nextEnd < 0 ? text.length : nextEnd;
  const named = (from: number) =>
    persons.some((p) => p.end > from && p.start < to && !(p.start >= phone.start && p.end <= phone.end));
  if (named(phone.start - 150)) return false;
  // (Someone named after it in its sentence: "010 ... (vader)".)
  const after = text.slice(phone.end, lineEnd < 0 ? text.length : lineEnd).split(/[.!?](?:\s|$)/)[0] ?? "";
  if (OWNER.test(after)) return false;
  const before = text.slice(0, phone.start);
  if (/\b(?:vanaf|from)\s*$/i.test(before) || DIRECT_LINE.test(before)) return false;
  const lastOrg = [...own.matchAll(ORGANISATION_G)].at(-1);
  const rest = lastOrg ? own.slice((lastOrg.index ?? 0) + lastOrg[0].length) : undefined;
  const right =
    rest !== undefined &&
    (lastOrg?.[0].endsWith("@")
      ? MAILBOX_THEN_NUMBER.test(rest)
      : rest.startsWith("@")
        ? MAILBOX_THEN_NUMBER.test(rest.slice(1))
        : ORGANISATION_THEN_NUMBER.test(rest));
  // (Only when the people in its sentence are whom it is for: "ouders kunnen de GGD bellen via ...".)
  const found = [...own.matchAll(OWNER_G)];
  const owners = found.map((m) => m[0].toLowerCase());
  // (... or who is spoken of before the organisation that stands right before it: "als iemand de
  // kat ziet, bel de administratie 020 ...", "trainer is from ..., ESS helpdesk 070 ...".)
  const orgAt = lastOrg ? (lastOrg.index ?? 0) : -1;
  if (owners.length > 0)
    return (
      right &&
      (owners.every((w) => AUDIENCE.has(w)) ||
        (found.every((m) => (m.index ?? 0) < orgAt) && !owners.some((w) => REPORTED.test(w))))
    );
  // "Info: 010 ...", "Contact Eigen Haard: 020 ...": a sentence that is a label for the number.
  if (LABEL.test(own)) return true;
  if (lastOrg) return right || team;
  // A label line in a block naming an organisation and nobody, with nobody named above it.
  const line = text.slice(before.lastIndexOf("\n") + 1, phone.start);
  if (
    !/^[^\n]{0,30}:\s*$|\|\s*$|^\s*$|^\s*(?:t|tel\.?|telefoon|phone|telnr\.?)\s*$/i.test(line) ||
    named(phone.start - 400)
  )
    return false;
  const block = text.slice(Math.max(0, before.search(/\n\s*\n(?![\s\S]*\n\s*\n)/) + 1), phone.start);
  return !OWNER.test(block) && ORGANISATION.test(block);
}

/** Words that say an organisation speaks or is meant: its desk, team, office, shop or mailbox. */
const ORGANISATION_G =
  /\b(?:\p{L}*school|obs|cbs|pcbs|rkbs|ikc|sbo|csg|rsg|lyceum|college|ggd|gemeente|politie\w*|administratie|leerlingadministratie|leerlingzaken|secretariaat|receptie|winkel\w*|filiaal\w*|\p{L}*team(?!\s*(?:leader|lead|leider|manager|coach))|desk|office|department|afdeling|bureau|servicedesk|helpdesk|directie|safeguarding|admissions|reception|pastoral|head of|assistant head|deputy head|organisatie|stichting|vereniging|centrum|centre|center|leerplicht|cjg|huisarts\w*|praktijk|raad voor de kinderbescherming|buurthuis|clubhuis|jongerencentrum|bibliotheek|veiligheidshuis|jongerenwerk|wijkcentrum|library|club|hub|store|helpline|hulplijn|hotline|switchboard|klantenservice|customer service|\p{L}*corporatie|housing corporation|steunpunt|expertisecentrum|kenniscentrum|security|beveiliging|bieb|kampnummer|infolijn|info line|bakkerij|slagerij|apotheek|moskee|sportschool|fysiotherapie|tandarts\p{L}*|\p{L}+praktijk)\b|\b(?:info|admissions|administratie|receptie|secretariaat|office|\p{L}*zaken|zorg|verzuim|meldpunt)@/giu;

const ORGANISATION = new RegExp(ORGANISATION_G.source, "iu");

/** Words of a person on the way to a number: family, a pupil, a title, a pronoun. */
export const PERSON_BETWEEN =
  /\b(?:fam|familie|gezin|gastgezin|hij|zij|ze|hem|haar|zijn(?=\s+(?:nummer|telefoon\w*|mobiel\w*|06|gsm|privénummer)\b)|vader|moeder|ouders?|oma|opa|oom|tante|broer|zus|leerling|jongen|meisje|buurman|buurvrouw|voorzitter|secretaris|penningmeester|chair|chairman|chairwoman|he|she|his|her|father|mother|parent|mum|mom|dad|uncle|aunt|oom|tante|mr|mrs|ms|miss|meneer|mevrouw|mevr|dhr|juf|meester)\b/i;

/** A person named in the text: a first name with a capital, or a title of address. */
export function someoneNamed(text: string): boolean {
  if (/\b(?:mr|mrs|ms|miss|dhr|mevr|mw|meneer|mevrouw|juf|meester)\b/i.test(text)) return true;
  return [...text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)].some((m) => {
    const w = m[0].toLowerCase();
    return lexicon().firstName(w) && !lexicon().notName(w);
  });
}

/**
 * A Dutch landline in a letterhead or signature block (its paragraph) that gives an
 * organisation's post box, website or function mailbox, marks no line as someone's own ("direct",
 * "privé") and names no one by title, initial or first name: the organisation's ("Stichting
 * Netwerk / Postbus 123 / jongerenwerk@... / bereikbaar op 0229 ..."), in a block of three lines
 * or more with no household's word. The range to look for persons found in (the paragraph and the
 * two above it, where a signature's name stands), or undefined.
 */
function letterhead(text: string, f: { start: number; end: number; text: string }): Range | undefined {
  if (!/^(?:0[1-57-9]|\+31[1-57-9]|0031[1-57-9])\d{7,8}$/.test(phoneDigits(f.text))) return undefined;
  const from = text.lastIndexOf("\n\n", f.start);
  const to = text.indexOf("\n\n", f.end);
  const block = text.slice(Math.max(0, from), to < 0 ? text.length : to);
  const marked =
    /\b(?:postbus|p\.?\s?o\.?\s?box)\s+\d|\bwww\.[\w-]+\./i.test(block) ||
    [...block.matchAll(/([\w.+-]+)@[\w-]+(?:\.[\w-]+)+/g)].some((m) => FUNCTION_MAILBOX.test(m[1] ?? ""));
  // (A signature pasted with blank lines: its name may stand two paragraphs up.)
  const up = from < 0 ? -1 : text.lastIndexOf("\n\n", from - 1);
  const above = up < 0 ? 0 : Math.max(0, text.lastIndexOf("\n\n", up - 1));
  const around = text.slice(above, to < 0 ? text.length : to);
  // The number's own line and the line above it (its label): a household's or the writer's own.
  const lineStart = text.lastIndexOf("\n", text.lastIndexOf("\n", f.start - 1) - 1) + 1;
  const lineEnd = text.indexOf("\n", f.end);
  const near = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\bveilig\s+thuis\b/gi, "");
  const personal =
    block.trim().split("\n").length < 3 ||
    /\b(?:ik|mij|me|mijn|my|i|melder|terugbellen|terugbel\w*|call\s*back)\b/i.test(near) ||
    // (A household's line: "Pleegouders: 0229-...", "Grandparents (landline)", "Home phone".)
    /\b(?:pleeg\p{L}*|stief\p{L}*|groot(?:moeder|vader|ouders)|gastou\p{L}*|oppas|ouders|gezin|familie|thuis|grand\p{L}*|foster|carers?|guardian|home|parents?|household|family)\b/iu.test(
      near,
    ) ||
    PERSON_BETWEEN.test(block) ||
    someoneNamed(around) ||
    // (In capitals too: "JAN DE VRIES".)
    [...around.matchAll(/\b\p{Lu}{3,}\b/gu)].some(
      (m) => lexicon().firstName(m[0].toLowerCase()) && !lexicon().notName(m[0].toLowerCase()),
    ) ||
    /\b(?:dr|drs|ing|ir|prof|mr)\.\s|(?<!\p{L})\p{Lu}\.\s?\p{Lu}|\b(?:direct|directe|doorkies\w*|priv[eé]|persoonlijk|mobiel|mob|mobile|cell|eigen)\b/iu.test(
      around,
    );
  return marked && !personal ? { start: above, end: to < 0 ? text.length : to } : undefined;
}
