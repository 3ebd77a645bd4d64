/**
 * Finds personal data in the text of a signal before anything is kept: names of people, phone
 * numbers, e-mail addresses, BSN, addresses and postcodes, licence plates, dates of birth,
 * social-media handles and bank accounts. Hand-written because the maintained NER libraries
 * for Dutch need model files or a Python runtime this project cannot load. Names are judged
 * word by word against a Dutch dictionary and name lists (see pii/names.ts); numbers by
 * their shape and the words around them (pii/numbers.ts, pii/addresses.ts, pii/dates.ts). It errs on the
 * side of flagging: the reporter sees what was found and can keep the redacted version or
 * rephrase.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { addresses, addressesAfterNames } from "./pii/addresses.ts";
import { brandLists } from "./pii/brand-lists.ts";
import { compoundRanges } from "./pii/compounds.ts";
import { contextRanges } from "./pii/contexts.ts";
import { NAME_CUES, ORGANISATION_WORDS, TITLE_ABBREVIATIONS } from "./pii/cues.ts";
import { birthDates, datesAfterNames } from "./pii/dates.ts";
import { echoes, listedBeside } from "./pii/echoes.ts";
import { handles } from "./pii/handles.ts";
import { rosterChildren, signedUnderDesk, signedWithRole } from "./pii/headers.ts";
import { ibans } from "./pii/ibans.ts";
import { introducedNames } from "./pii/introductions.ts";
import { knownRanges, notPersonal, publicFigureRanges } from "./pii/known.ts";
import { type Lexicon, lexicon } from "./pii/lexicon.ts";
import { isMobile, nobodysLine, phoneDigits } from "./pii/lines.ts";
import { names } from "./pii/names.ts";
import { nicknamesBeforeNames } from "./pii/nicknames.ts";
import { bsns, deskDomains, emails, namesDesk, postcodes } from "./pii/numbers.ts";
import { phones } from "./pii/phones.ts";
import { plates } from "./pii/plates.ts";
import { shelterRooms } from "./pii/rooms.ts";
import { toWritten, transcribe } from "./pii/said-aloud.ts";
import { namesInOtherScripts } from "./pii/scripts.ts";
import { senders, speakers } from "./pii/speakers.ts";
import { finding, overlaps, type PiiFinding, type PiiKind } from "./pii/types.ts";

export { elfproef } from "./pii/numbers.ts";
export type { PiiFinding, PiiKind } from "./pii/types.ts";

/** Words for a team, a desk or a service in a mailbox made of two English words. */
const SERVICE_WORD =
  /^(?:safety|security|network|team|office|desk|school|youth|care|support|service|services|info|help|centre|center|club|group|board|staff|parents|welfare|community|project|admin|front|reception|student|students|pupil|pupils|attendance|events|coach|coaches)$/;

/** "safetynetwork": two English words run together, neither a name, one of them a word for a
 * team, a desk or a service ("fairweather", "darkknight" are someone's). */
function serviceWords(lex: Lexicon, w: string): boolean {
  for (let i = 4; i <= w.length - 4; i++) {
    const parts = [w.slice(0, i), w.slice(i)];
    if (
      parts.every(
        (p) => lex.english(p, true) && !lex.firstName(p) && !lex.surname(p) && !lex.personName(p),
      ) &&
      parts.some((p) => SERVICE_WORD.test(p))
    )
      return true;
  }
  return false;
}

export interface PiiOptions {
  /** What the knowledge base names is not personal: schools, wijken, organisations, roles. */
  knowledge?: KnowledgeBase;
}

/** Every piece of personal data found, in text order; overlapping findings are joined. */
/** Whether every word of a finding lies within one of the ranges. */
function wholly(f: PiiFinding, ranges: readonly { start: number; end: number }[]): boolean {
  return [...f.text.matchAll(/\p{L}+/gu)].every((w) => {
    const at = f.start + (w.index ?? 0);
    return ranges.some((r) => r.start <= at && at + w[0].length <= r.end);
  });
}

/** "H. Ahmadi (Hamed)": the first name an initial stands for, written out in brackets after it. */
function spelledOut(text: string, persons: readonly PiiFinding[]): PiiFinding[] {
  const out: PiiFinding[] = [];
  const lex = lexicon();
  for (const p of persons) {
    const m = /^\s*\((\p{Lu}\p{Ll}+)\)/u.exec(text.slice(p.end));
    if (!m?.[1] || !p.text.startsWith(`${m[1][0]}.`)) continue;
    // (Not a role or a state in minutes: "J. de Vries (Jeugdarts)", "A. Yilmaz (Afgemeld)".)
    const w = m[1].toLowerCase();
    if (!lex.firstName(w) && !lex.personName(w) && (lex.common(w) || lex.english(w) || lex.notName(w)))
      continue;
    const start = p.end + m[0].indexOf(m[1]);
    out.push(finding("naam", text, start, start + m[1].length));
  }
  return out;
}

/** Arabic-Indic, Persian and full-width digits ("١٢/٠٥/٢٠١١", "０６１２"), one code unit each, as 0-9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0xff10 ? c - 0xff10 : (c - 0x0660) % 0x90);
  });
}

/** Reads the word and name lists now (about half a second), so the first signal does not wait for them. */
export function prepareDetector(): void {
  lexicon();
}

/** The owner's name in a business's name: "Kapsalon Yasmina", "Snackbar Ali". */
function namedBusiness(text: string, f: PiiFinding): boolean {
  const word = text.slice(Math.max(0, f.start - 25), f.start).match(/(\p{L}+)\s+$/u)?.[1];
  return !!word && ORGANISATION_WORDS.has(word.toLowerCase());
}

export function findPersonalData(written: string, options: PiiOptions = {}): PiiFinding[] {
  // The rules read digits as 0-9; each finding keeps the text as it was written.
  const text = westernDigits(written);
  const found = findIn(text, options);
  // What was said aloud is judged as it would have been typed (pii/said-aloud.ts).
  const said = transcribe(text);
  if (said) {
    const heard = findIn(said.text, options)
      .map((f) => toWritten(said, text, f))
      .filter((f): f is PiiFinding => !!f);
    found.push(...heard);
  }
  const all = said ? join(text, found) : found;
  if (text === written) return all;
  return all.map((f) => ({ ...f, text: written.slice(f.start, f.end) }));
}

function findIn(text: string, options: PiiOptions): PiiFinding[] {
  const known = notPersonal(options.knowledge);
  const homes = addresses(text, (w) => lexicon().notName(w));
  // The postcode after an organisation's address is as public as the address.
  const publicPostcode = (f: PiiFinding) =>
    f.kind === "postcode" &&
    homes.public.some((a) => f.start >= a.end && /^[\s,|]*$/.test(text.slice(a.end, f.start)));
  const named = knownRanges(text, known);
  // "Koning Willem-Alexander (geboren 27 april 1967)": a public figure's birthday is public.
  const figures = publicFigureRanges(text);
  const publicBirthday = (f: PiiFinding) =>
    f.kind === "geboortedatum" &&
    figures.some(
      (r) =>
        r.end <= f.start &&
        f.start - r.end <= 25 &&
        /^[\s(,]*(?:geboren|geb\.?|born|\*)\s*(?:op|on)?\s*$/i.test(text.slice(r.end, f.start)),
    );
  const allPostcodes = postcodes(text);
  const codes = [
    ...emails(
      text,
      known.emails,
      (w) => {
        const lex = lexicon();
        const place = lex.proper(w) && !lex.personName(w);
        return (
          (lex.common(w) || lex.english(w) || place || lex.notName(w) || serviceWords(lex, w)) &&
          !lex.firstName(w) &&
          !lex.surname(w)
        );
      },
      (w) => {
        const lex = lexicon();
        return lex.firstName(w) || lex.surname(w) || lex.personName(w);
      },
    ),
    ...ibans(text),
    ...handles(
      text,
      (w) => lexicon().common(w) || lexicon().english(w),
      (w) => {
        const l = lexicon();
        return l.proper(w) && !l.firstName(w) && !l.surname(w) && !l.personName(w);
      },
      (w) => lexicon().word(w) || lexicon().english(w),
    ),
    ...bsns(text),
    ...birthDates(text).filter((f) => !publicBirthday(f)),
    ...plates(text),
    ...allPostcodes.filter((f) => !publicPostcode(f)),
  ];
  // The number given with an organisation's address, in the same sentence, is its own.
  // (Never a mobile: "moeder werkt bij de apotheek (Marktstraat 1), haar mobiel is 06...".)
  const publicPhone = (f: PiiFinding) =>
    !isMobile(f.text) &&
    homes.public.some(
      (a) =>
        f.start >= a.end &&
        f.start - a.end <= 60 &&
        // A sentence ends between them, not at "tel." before the number.
        !/\n|(?<!\b(?:tel|nr|no))\.\s/i.test(text.slice(a.end, f.start)),
    );
  // "isk@harderwijkcollege.nl, tel. 0341 ...", "meidenkracht@dock.nl of 010 ...": a landline given
  // right after a mailbox that is no person's is the same desk's.
  const afterPublicMailbox = (f: PiiFinding) => {
    const mailbox = text
      .slice(Math.max(0, f.start - 100), f.start)
      .match(
        /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)[^\S\n]*(?:[,|/.;][^\S\n]*)?(?:(?:of|or)[^\S\n]+(?:(?:bel|call|phone)[^\S\n]+)?)?(?:(?:tel(?:efoon)?|phone|t)\.?[^\S\n]*:?[^\S\n]*)?$/i,
      )?.[1];
    // (Only a Dutch landline or service line, a desk's mailbox, and no one's home around it:
    // "Oma (noodcontact): info@bloemenhuisroos.nl of bel 0252-...", "0172-... (thuis)".)
    const sentence =
      text
        .slice(Math.max(0, f.start - 160), f.start)
        .split(/(?<!\b(?:tel|t|nr|no))[.!?]\s|\n/i)
        .at(-1) + text.slice(f.start, f.end + 25);
    return (
      !!mailbox &&
      !codes.some((c) => c.kind === "email" && c.text === mailbox) &&
      /^(?:0[1-57-9]|\+31[1-57-9]|0800|0900|14\d)/.test(phoneDigits(f.text)) &&
      !/\b(?:oma|opa|moeder|vader|ouders?|oom|tante|voogd|broer|zus|stief\p{L}*|pleeg\p{L}*|noodcontact|thuis|priv[eé]|home|mobiel|mobile|mum|mom|dad|grandma|grandpa|gezin|family|mevrouw|mevr|mw|meneer|dhr|buurman|buurvrouw|gastouder|aunt|uncle|sister|brother|guardian|neighbou?r|mr|mrs|ms)\b/iu.test(
        sentence,
      )
    );
  };
  const numbers = phones(text).filter(
    (p) =>
      !known.phones.has(phoneDigits(p.text).replace(/^\+31/, "0")) &&
      !codes.some((c) => overlaps(c, p)) &&
      !publicPhone(p),
  );
  // (Decided once the persons are known: a person named in the sentence owns it.)
  const deskLines = numbers.filter(afterPublicMailbox);
  const rooms = shelterRooms(text).filter((r) => !homes.found.some((h) => overlaps(h, r)));
  const found = [...codes, ...numbers, ...homes.found, ...rooms];
  const exempt = [
    ...named,
    // (A mailbox's domain names an organisation: "jeugd@willem2-amateurs.nl" names no Willem;
    // the name before the @ may be a person's, "mr.jansen@...".)
    ...[...text.matchAll(/(?<=[\w.+-]@)[\w-]+(?:\.[\w-]+)+/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
    ...contextRanges(text),
    ...brandLists(text, lexicon()),
    ...found,
    ...compoundRanges(text, lexicon()),
  ];
  // (A title written short is no name of its own: "Mevr. Jansen", "Dhr. El Amrani".)
  // (Nor the name of an organisation whose desk's mailbox is in the text: "Jongerenwerk Dock
  // <info@dock.nl>".)
  const desks = deskDomains(text);
  const persons = names(text, { lexicon: lexicon(), exempt, roles: known.roles }).filter(
    (p) =>
      !(TITLE_ABBREVIATIONS.has(p.text.toLowerCase()) && text[p.end] === ".") &&
      !namesDesk(text, p, desks, lexicon()),
  );
  // (A name introduced that holds one found, "El Amrani, Yasmina" around "Amrani", takes its place.)
  for (const f of introducedNames(text, lexicon())) {
    const held = persons.filter((p) => overlaps(p, f) && p.start >= f.start && p.end <= f.end);
    if (persons.some((p) => overlaps(p, f) && !held.includes(p))) continue;
    for (const p of held) persons.splice(persons.indexOf(p), 1);
    persons.push(f);
  }
  persons.push(...listedBeside(text, persons, lexicon()).filter((f) => !found.some((x) => overlaps(x, f))));
  persons.push(...spelledOut(text, persons));
  for (const f of speakers(text, persons, found, lexicon()))
    if (!found.some((x) => overlaps(x, f)) && !persons.some((x) => overlaps(x, f))) persons.push(f);
  // (A chat's sender may go on past a name found in it: "Li Wen"; the two are joined.)
  // (A sender that is wholly a name the knowledge base holds is an organisation: "Kwadraad:",
  // "Participe Alphen:"; "Ilse Opmeer" is a person with a village's name.)
  persons.push(
    ...senders(text, lexicon()).filter((f) => !found.some((x) => overlaps(x, f)) && !wholly(f, named)),
  );
  for (const f of [
    ...signedUnderDesk(text, lexicon()),
    ...signedWithRole(text, lexicon()),
    ...rosterChildren(text, lexicon()),
  ])
    if (!persons.some((x) => overlaps(x, f))) persons.push(f);
  persons.push(...namesInOtherScripts(text, persons));
  persons.push(
    ...nicknamesBeforeNames(text, persons, {
      lexicon: lexicon(),
      exempt,
      cue: (w) => NAME_CUES.has(w) || known.roles.has(w),
    }),
  );
  persons.push(
    ...echoes(text, persons, lexicon()).filter(
      (f) =>
        !found.some((x) => overlaps(x, f)) &&
        // (A business named after a person found in the text names them too: "Kapsalon Yasmina
        // ... Yasmina denkt dat ...".)
        (!exempt.some((x) => overlaps(x, f)) || namedBusiness(text, f)),
    ),
  );
  // A landline an organisation gives, and nobody named or described near it owns, is left alone
  // (lines.ts).
  const someone = [
    ...persons,
    ...found.filter((f) => f.kind === "email" || f.kind === "handle" || f.kind === "adres"),
  ];
  const lines = found.filter(
    (f) =>
      f.kind === "telefoon" &&
      (nobodysLine(text, f, someone) ||
        (deskLines.includes(f) &&
          !persons.some(
            (p) => p.end <= f.start && f.start - p.end < 120 && !/\n/.test(text.slice(p.end, f.start)),
          ))),
  );
  for (const l of lines) found.splice(found.indexOf(l), 1);
  // An address taken for an organisation's, with a person named on its line or the line above
  // ("Anja van der Kerk\nMolenweg 8", "Jayden Bakker | 2B | Het Lyceum | Molenweg 8"), is theirs.
  for (const a of homes.public) {
    const from = text.lastIndexOf("\n", text.lastIndexOf("\n", a.start - 1) - 1) + 1;
    const lineEnd = text.indexOf("\n", a.end);
    const to = lineEnd < 0 ? text.length : lineEnd;
    if (!persons.some((p) => p.end > from && p.start < to)) continue;
    const home = finding("adres", text, a.start, a.end);
    if (found.some((f) => overlaps(f, home))) continue;
    found.push(home);
    for (const c of allPostcodes)
      if (
        c.start >= a.end &&
        /^[\s,]*$/.test(text.slice(a.end, c.start)) &&
        !found.some((f) => overlaps(f, c))
      )
        found.push(c);
  }
  found.push(
    ...persons,
    ...datesAfterNames(text, persons),
    ...addressesAfterNames(text, persons, (w) => lexicon().notName(w)).filter(
      (a) => !found.some((f) => overlaps(f, a)),
    ),
  );
  return join(text, found);
}

function join(text: string, found: PiiFinding[]): PiiFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) {
        last.end = f.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

const LABELS: Record<PiiKind, string> = {
  naam: "[naam]",
  telefoon: "[telefoonnummer]",
  email: "[e-mailadres]",
  bsn: "[BSN]",
  adres: "[adres]",
  postcode: "[postcode]",
  kenteken: "[kenteken]",
  geboortedatum: "[geboortedatum]",
  handle: "[account]",
  iban: "[rekeningnummer]",
};

/** Joined to a finding without a space, these characters are part of the same thing ("anouk.x.bakker"). */
const WORD = /[\p{L}\p{N}_@]/u;

/** The text with every finding replaced by a label such as [naam], leaving nothing of it. */
export function redact(text: string, findings = findPersonalData(text)): string {
  let out = "";
  let at = 0;
  for (const f of findings) {
    let start = Math.max(f.start, at);
    let end = f.end;
    while (
      start > at &&
      (WORD.test(text[start - 1] ?? "") ||
        (/[.\-']/.test(text[start - 1] ?? "") && WORD.test(text[start - 2] ?? "")))
    )
      start--;
    while (WORD.test(text[end] ?? "") || (/[.\-@']/.test(text[end] ?? "") && WORD.test(text[end + 1] ?? "")))
      end++;
    out += text.slice(at, start) + LABELS[f.kind];
    at = end;
  }
  return out + text.slice(at);
}
