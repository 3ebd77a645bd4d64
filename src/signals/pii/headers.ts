/**
 * Mail headers and the lines under a sign-off. Those that name a desk or a group, not a person
 * ("From: Head of Primary", "To: Parents Secondary", "Van: Zorgcoördinator VO"), are left out of
 * the search for names; the person a signature names after a desk or before a role ("Head of Year
 * 9, Sue Walker", "Bram, wijkagent"), and the child a roster's line opens with ("Puck - papa Jan"),
 * are found.
 */
import {
  DESK_WORDS,
  FUNCTION_WORDS,
  INSTITUTION_WORDS,
  LEVELS,
  MAIL_HEADERS,
  POLITE_TITLES,
  SIGN_OFFS,
} from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import { finding, type PiiFinding, type Range } from "./types.ts";

/** A header at the start of a line, and its value up to a mailbox or the line's end. */
const HEADER = new RegExp(`(?:^|\\n)\\s*(?:${[...MAIL_HEADERS].join("|")}):[^\\S\\n]*([^<\\n]*)`, "gi");
/** The line under a sign-off: "Kind regards,\nHead of Year 8". */
const SIGNED = new RegExp(
  `\\b(?:${[...SIGN_OFFS].join("|")}|wishes)[,!.]?[^\\S\\n]*\\n(?:[^\\S\\n]*\\n)?[^\\S\\n]*([^\\n]+)`,
  "gi",
);
/** Small words a desk's name is joined with: "Head of Year 8". */
const SMALL = /^(?:of|the|for|and|van|de|het|voor|en)$/;

/**
 * Whether a header's value is a desk's: a desk's word in it, no title ("Head of Year 9 – Mrs Wood"
 * names Mrs Wood), and otherwise only levels and ordinary words that are no names.
 */
function desk(value: string, lex: Lexicon): boolean {
  const words = value.toLowerCase().match(/\p{L}+/gu) ?? [];
  return (
    words.some((w) => DESK_WORDS.test(w)) &&
    // (An initial is a person's: "R. van Katwijk".)
    !/(?<!\p{L})\p{Lu}\.(?:\s|\p{Lu}|$)/u.test(value) &&
    !words.some((w) => POLITE_TITLES.has(w)) &&
    words.every(
      (w) =>
        LEVELS.has(w) ||
        DESK_WORDS.test(w) ||
        // (A town of the regions after a desk's word: "Netwerk Jeugd Leiden".)
        (lex.place(w) && !lex.firstName(w) && !lex.surname(w)) ||
        ((lex.common(w) || lex.english(w) || FUNCTION_WORDS.test(w)) && !lex.firstName(w) && !lex.surname(w)),
    )
  );
}

/** The stretches of text, from each header's colon to the end of its value, that name a desk;
 * and the line under a sign-off that names one. */
export function deskHeaders(text: string, lex: Lexicon): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(HEADER)) {
    const value = m[1] ?? "";
    const at = m.index ?? 0;
    // (Each addressee of a list on its own: "Aan: Signaaloverleg Leiden VO; Kees Jansen".)
    const pieces = value.split(/([;,]|\s[-–]\s)/);
    if (pieces.length === 1) {
      if (value && desk(value, lex)) out.push({ start: at + m[0].indexOf(":"), end: at + m[0].length });
      continue;
    }
    let from = at + m[0].length - value.length;
    pieces.forEach((part, k) => {
      // (Odd pieces are the separators the split kept.)
      if (k % 2 === 0 && part.trim() && desk(part, lex)) out.push({ start: from, end: from + part.length });
      from += part.length;
    });
  }
  // (Under a sign-off only desk words, levels and small words: "Head of Year 8"; a name after
  // them, however ordinary a word it is, is a person's: "Head of Year 9, Sue Walker".)
  for (const m of text.matchAll(SIGNED)) {
    const value = m[1] ?? "";
    const words = value.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (
      !words.every((w) => DESK_WORDS.test(w) || LEVELS.has(w) || FUNCTION_WORDS.test(w) || SMALL.test(w)) ||
      !desk(value, lex)
    )
      continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start: end - value.length, end });
  }
  return out;
}

/** "Kind regards,\nHead of Year 9, Sue Walker", "Regards,\nDSL - Crystal Young": under a
 * sign-off, a desk or role, then a comma or a dash, then two or three capitalised words: the person
 * who signs, however ordinary their words are. */
export function signedUnderDesk(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(SIGNED)) {
    const value = m[1] ?? "";
    const parts =
      /^(.+?)(\s*(?:,|[-–—|])\s*)((?:(?:Mr|Mrs|Ms|Miss|Dr|Mw|Dhr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$/u.exec(
        value,
      );
    if (!parts?.[1] || !parts[2] || !parts[3]) continue;
    const role = parts[1].toLowerCase().match(/\p{L}+/gu) ?? [];
    if (!role.some((w) => DESK_WORDS.test(w) || FUNCTION_WORDS.test(w) || ROLE_WORDS.test(w))) continue;
    // (An organisation after the desk is no person: "Team Jeugd, Gemeente Leiden".)
    const name = parts[3].toLowerCase().match(/\p{L}+/gu) ?? [];
    if (
      name.some(
        (w) =>
          lex.notName(w) ||
          DESK_WORDS.test(w) ||
          FUNCTION_WORDS.test(w) ||
          INSTITUTION_WORDS.test(w) ||
          ORGANISATION_WORDS.test(w) ||
          (lex.word(w) && !lex.english(w) && !lex.firstName(w) && !lex.surname(w)),
      )
    )
      continue;
    const start = (m.index ?? 0) + m[0].length - value.length + parts[1].length + parts[2].length;
    out.push(finding("naam", text, start, start + parts[3].length));
  }
  return out;
}

/** Words of an English organisation's name after a signature's desk: "Greenfield Community School". */
const ORGANISATION_WORDS =
  /^(?:community|primary|secondary|academy|trust|council|federation|partnership|services?|valley|county|borough|city|region|regional|international|national|group|network|association|youth|police|municipality|gemeente|politie)$/;

/** Roles that sign a mail above or before their name. */
const ROLE_WORDS =
  /^(?:dsl|mentor|tutor|coordinator|coördinator|zorgcoördinator|zorgcoordinator|teamleider|afdelingsleider|directeur|director|principal|headteacher|conrector|rector|lead|leader|manager|officer|counsellor|vertrouwenspersoon|intern|begeleider|jongerenwerker|wijkagent|leerplichtambtenaar|consulent)$/;

/** "... Graag nog geen acties richting school. Bram, wijkagent": the writer's name and role as
 * the last words of a message. */
const NAME_THEN_ROLE =
  /(?:^|[.!?\n]\s*)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*,\s*(?:wijkagent|jongerenwerker|mentor|mentrix|conciërge|concierge|leerkracht|docent|juf|meester|directeur|directrice|intern begeleider|ib'er|leerplichtambtenaar|wijkregisseur|boa|handhaver|zorgcoördinator|zorgcoordinator|coördinator|teamleider|schoolmaatschappelijk werker|youth worker|teacher|form tutor|head of year)\b[^\n.!?]{0,30}[.!]?\s*$/u;

/** A mail app's footer under a message: "Verstuurd vanaf mijn iPhone", "Sent from my Galaxy". */
const APP_FOOTER =
  /\n[ \t]*(?:verstuurd|verzonden|sent)\s+(?:vanaf|van|from)\s+(?:mijn|my)\s+[^\n]{1,30}\s*$/i;

export function signedWithRole(text: string, lex: Lexicon): PiiFinding[] {
  const body = text.replace(APP_FOOTER, "");
  const m = NAME_THEN_ROLE.exec(body);
  const name = m?.[1];
  if (!m || !name) return [];
  const first = (name.split(/\s+/)[0] ?? "").toLowerCase();
  if (!lex.firstName(first) && (lex.common(first) || lex.english(first) || lex.notName(first))) return [];
  const start = (m.index ?? 0) + m[0].indexOf(name);
  return [finding("naam", text, start, start + name.length)];
}

/** "Puck - papa Jan 06-...", "Sky: mama Ilse": a roster's line that opens with a child's name and
 * then a parent of theirs. */
const CHILD_THEN_PARENT =
  /^[ \t]*(?:[-•*]\s*)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:-|–|:|\()\s*(?:mama|papa|moeder|vader|oma|opa|mum|mom|dad|mother|father)[ \t]*:?[ \t]+(?:\p{Lu}\p{Ll}|\+?\d)/gmu;

export function rosterChildren(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(CHILD_THEN_PARENT)) {
    const name = m[1] ?? "";
    const first = (name.split(/\s+/)[0] ?? "").toLowerCase();
    if (lex.notName(first) || DESK_WORDS.test(first) || FUNCTION_WORDS.test(first) || LEVELS.has(first))
      continue;
    // (A Dutch word that is no given name heads a heading: "Informatie - vader ...".)
    if (!lex.firstName(first) && lex.common(first) && !lex.english(first)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push(finding("naam", text, start, start + name.length));
  }
  return out;
}
