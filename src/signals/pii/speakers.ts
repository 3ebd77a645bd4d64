/**
 * Who speaks in a chat log, and whom a list of pupils names: "Rob: heads up ...", "> maria.k: ok",
 * "- fleur: zegt dat ze thuis niet durft". When two or more lines open with a word and a colon, and
 * one of those words is a name, the others are names too (an account when written with a dot or
 * an underscore), except the headings of a form, a mail or minutes ("Van:", "Datum:", "Actie:").
 */
import { AREA_ROLES, COMPASS_WORDS } from "./cues.ts";
import type { Lexicon } from "./lexicon.ts";
import { PARTICLE_INITIALS } from "./names/initials.ts";
import { finding, overlaps, type PiiFinding } from "./types.ts";

const LINE = /(?:^[ \t]*(?:[-•*>]+[ \t]*)?|[ \t][-•][ \t]+)([\p{L}][\p{L}\d._'-]{1,24})[ \t]*:[ \t]+\S/gmu;

/** The letters of bodies, roles, desks and action points in a school's and a care network's
 * minutes that the not-names list leaves out (some are names elsewhere: "Ot", "Mr"). */
const MEETING_LETTERS = new Set(
  "MR GMR OR IB AP RT OT MT SWV OPP AMK WMO LPA ZT OM SO HR ICT AVG FG DPO KPI OP OOP BHV TA TOA OA SLB SLT HOD DSL LIO PMT TSO BSO AMW JOZ PWS".split(
    " ",
  ),
);

/** Headings that open a line with a colon and name no one. */
const HEADINGS = new Set(
  (
    "van aan cc bcc onderwerp betreft datum tijd plaats locatie actie actiepunt actiepunten agenda notulen " +
    "aanwezig afwezig afgemeld besluit besluiten opmerking opmerkingen vraag antwoord toelichting status " +
    "melding signaal tel telefoon mobiel email e-mail mail adres postcode naam klas groep school wijk " +
    "from to subject date time place location action actions agenda minutes present absent apologies " +
    "note notes question answer update re fw fwd tip nb ps wie wat waar wanneer waarom hoe who what where " +
    "when why how situatie incident dader daders slachtoffer getuige getuigen bron reden oorzaak gevolg " +
    "maatregel maatregelen advies afspraak afspraken conclusie samenvatting doel resultaat vervolg stappen " +
    "taak taken eigenaar deadline prioriteit context achtergrond leeftijd age class year grade summary " +
    "outcome follow-up followup next step steps victim witness witnesses suspect reason risk concern " +
    "concerns let op waarschuwing warning info informatie vandaag gisteren morgen today yesterday tomorrow " +
    "admin administrator unknown onbekend system systeem bot moderator me you jij ik wij we mentor conciërge"
  ).split(" "),
);

export function speakers(
  text: string,
  persons: readonly PiiFinding[],
  found: readonly PiiFinding[],
  lex: Lexicon,
): PiiFinding[] {
  const lines = [...text.matchAll(LINE)].map((m) => {
    const word = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(word);
    return { word, start, end: start + word.length };
  });
  // ("N.B.:", "Ma.:", "Tel.:": an abbreviation with its dot is a heading.)
  // ("Tel.nr:", "Geb.datum:": a short word with a dot inside is a label too.)
  const speaking = lines.filter(
    (l) =>
      !HEADINGS.has(l.word.toLowerCase()) &&
      !/\.$/.test(l.word) &&
      !/^(?:tel|lln|ll|geb|adr|mob|fax|reg|ref|doss|kl|gr)\.\p{L}{1,6}$/iu.test(l.word),
  );
  if (speaking.length < 2) return [];
  // One of them is a name or an account already found, an account's name, or a first name the
  // lists know.
  // (Or two of them are first names, however ordinary: "- fleur: ... - roos: ...".)
  const first = speaking.filter((l) => lex.firstName(l.word.toLowerCase()));
  // (Or one is a person's initials with a particle, as minutes name speakers: "PdW:", "TvdL:";
  // not a board's or a plan's letters, "CvB:", "PvA:". Then only the other initials are names.)
  const initials = (w: string) =>
    (PARTICLE_INITIALS.test(w) || /^\p{Lu}{2,3}$/u.test(w)) &&
    !lex.notName(w.toLowerCase()) &&
    !MEETING_LETTERS.has(w);
  const byInitials = speaking.some((l) => PARTICLE_INITIALS.test(l.word) && initials(l.word));
  const named =
    first.length >= 2 ||
    speaking.some(
      (l) =>
        // (Initials found as a name count as initials: "JdV:" names only the other initials.)
        persons.some((p) => overlaps(p, l) && !PARTICLE_INITIALS.test(p.text)) ||
        found.some((p) => overlaps(p, l)) ||
        /[._]/.test(l.word) ||
        (lex.firstName(l.word.toLowerCase()) && !lex.common(l.word.toLowerCase())),
    );
  if (!named && !byInitials) return [];
  const out: PiiFinding[] = [];
  for (const l of speaking) {
    if (persons.some((p) => overlaps(p, l)) || found.some((p) => overlaps(p, l))) continue;
    if (!named && !initials(l.word)) continue;
    const lower = l.word.toLowerCase();
    const account = /[._]/.test(l.word);
    if (!account && !lex.firstName(lower) && !lex.surname(lower) && lex.common(lower)) continue;
    out.push(finding(account ? "handle" : "naam", text, l.start, l.end));
  }
  return out;
}

/**
 * The sender before each line of a chat pasted from an app: "[17-01 07:58] roos: ...",
 * "[07/11/2023, 15:20] Front Desk ISH: ...", and the name line above a Teams or Slack message:
 * "Li Wen (Social Worker, GGD)  09:36". The words of a sender that can be a person's name are
 * one, however ordinary ("roos", "jade"); a desk, a role or a team ("Class Rep 4B", "Designated
 * Safeguarding Lead (DSL)", "conciërge Dr. Schaepmanschool") names no one.
 */
const EXPORT_LINE =
  /^[ \t]*(?:\[[^\]\n]{0,30}\d[^\]\n]{0,30}\][ \t]*(?:-[ \t]*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*[-–][ \t]*)([^:\n[\]]{2,40}?)[ \t]*:[ \t]/gmu;
const MESSAGE_HEAD =
  /^[ \t]*([^\n():|[\]]{2,40}?)[ \t]*(?:\([^)\n]{1,60}\))?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$/gmu;
/** Words of a sender that belong to a desk, a school or an organisation, not to a person. */
const NOT_SENDER_WORD = /^(?:[\p{Lu}\d&-]{2,}|\p{L}+(?:school|college|lyceum|huis|centrum))\.?$/u;
/** ... and a title in any case ("Mevr. Bondarenko"): the name follows it. */
const TITLE = /^(?:dr|mr|mrs|ms|mw|dhr|juf|meester|meneer|mevrouw|mevr)\.?$/i;
const NOT_SENDER = { test: (w: string) => NOT_SENDER_WORD.test(w) || TITLE.test(w) };
/** A family word as a contact's name in a phone ("mama", "baba", "abla"): it names no one. */
const FAMILY_SENDER =
  /^(?:mama|mam|mamma|papa|pap|baba|anne|abla|abi|oma|opa|mum|mom|dad|daddy|mummy|bae|schat|lief|tante|oom|broer|zus|ik|me)$/i;

/** A quarter of town: "Noord", "South", "Centrum". */
const COMPASS = new RegExp(`^(?:${COMPASS_WORDS})$`, "i");

export function senders(text: string, lex: Lexicon): PiiFinding[] {
  const out: PiiFinding[] = [];
  // (Lines ending in a time one after another are a programme or a timetable: "Rondvaart 11:00\n
  // Lunch op de Dam 12:30"; in a thread a message stands under each name.)
  const heads = [...text.matchAll(MESSAGE_HEAD)].map((m) => m.index ?? 0);
  const schedule = heads.some(
    (at, k) =>
      k > 0 &&
      !text
        .slice(heads[k - 1] as number, at)
        .slice(0, -1)
        .includes("\n"),
  );
  for (const re of schedule ? [EXPORT_LINE] : [EXPORT_LINE, MESSAGE_HEAD])
    for (const m of text.matchAll(re)) {
      const sender = m[1] ?? "";
      // (A sender is a name, not a phrase: "[Update 14:05] Situatie bij de Dijk:", "Verzamelen op
      // de Brink 17:30".)
      if (/\b(?:bij|op|aan|naar|met|voor|at|on|to|for|the|het|een|of)\b/i.test(sender)) continue;
      // (A line that ends in a time names its sender only with a name the lists know:
      // "Pannenkoekenlunch 12:00" is a programme.)
      // (Capitalised: "Meet & greet 15:00" is a programme too.)
      const known = (sender.match(/\p{L}+/gu) ?? []).some(
        (w) => /^\p{Lu}/u.test(w) && (lex.firstName(w.toLowerCase()) || lex.surname(w.toLowerCase())),
      );
      if (re === MESSAGE_HEAD && !known) continue;
      const at = (m.index ?? 0) + m[0].indexOf(sender);
      // A sender that opens with a role or a desk ("Wijkagent Ridderveld", "Jongerenwerk Almere
      // Haven") names a place or a team after it, unless the lists know the word as a name
      // ("Wijkagent Jansen").
      // (Capitalised, as a role heads a sender: "precious okafor" is a person.)
      const head = sender.match(/^\p{L}+/u)?.[0] ?? "";
      const lead = head.toLowerCase();
      // (A role that serves an area heads a sender in any case: "wijkagent oosterheem".)
      const roleLed =
        AREA_ROLES.has(lead) ||
        /^(?:jongerenwerk|politie|gemeente|handhaving|leerplicht)$/.test(lead) ||
        (/^\p{Lu}\p{Ll}/u.test(head) &&
          (lex.common(lead) || lex.english(lead)) &&
          !lex.firstName(lead) &&
          !lex.surname(lead) &&
          !NOT_SENDER.test(lead));
      let run: { start: number; end: number } | undefined;
      for (const w of sender.matchAll(/[\p{L}][\p{L}'’-]*\.?/gu)) {
        const word = w[0].replace(/\.$/, "");
        const lower = word.toLowerCase();
        const start = at + (w.index ?? 0);
        // ("JAYDEN" in capitals is a name; "ISH" a school's letters. Apps are nobody: "Parro".)
        const listed = lex.firstName(lower) || lex.surname(lower);
        const name =
          !/\d/.test(word) &&
          (!NOT_SENDER.test(w[0]) || (/^\p{Lu}+$/u.test(word) && listed)) &&
          !lex.notName(lower) &&
          !FAMILY_SENDER.test(word) &&
          // ("Neighbourhood Watch South": a quarter of town after the sender's first word.)
          !((w.index ?? 0) > 0 && COMPASS.test(word)) &&
          (lex.firstName(lower) ||
            lex.surname(lower) ||
            (!roleLed && !lex.common(lower) && !lex.english(lower) && !lex.proper(lower)) ||
            (roleLed && (w.index ?? 0) > 0 && lex.surnameShape(lower) && !lex.english(lower)));
        // ("Li Wen": a capitalised word after a name goes on with it.)
        const next = !!run && /^[ \t]+$/.test(text.slice(run.end, start));
        if (next && run && (name || (/^\p{Lu}/u.test(word) && !NOT_SENDER.test(w[0]))))
          run.end = start + word.length;
        else if (name) {
          if (run) out.push(finding("naam", text, run.start, run.end));
          run = { start, end: start + word.length };
        }
      }
      if (run) out.push(finding("naam", text, run.start, run.end));
    }
  return out;
}
