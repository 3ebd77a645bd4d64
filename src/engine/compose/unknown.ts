/** The knowledge base does not answer the question: say so, say what it covers, say whom to ask. */
import type { Ctx } from "../context.ts";
import { t } from "../format.ts";
import type { Answer } from "../types.ts";
import { askGemeente, whoToAsk } from "./ask-next.ts";
import { result } from "./result.ts";

export function unknownAnswer(ctx: Ctx): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const regions = kb.kb.regions.map((r) => r.name).join(", ");
  const single = q.regions.length === 1 ? kb.region(q.regions[0] as string) : undefined;
  return result(ctx, {
    intent: "unknown",
    answered: false,
    confidence: 0,
    facts: [
      t(
        lang,
        "Dat weet ik niet: het staat niet in de convenanten die ik ken.",
        "I don't know: it is not in the covenants I know.",
      ),
      t(
        lang,
        `Ik beantwoord vragen over de convenanten schoolveiligheid van ${regions}: wie welke rol heeft (wijkagent, leerplicht, Halt, ...), in welke wijk een school ligt, overleggen en hoe vaak ze zijn, privacy en gegevens delen, aangifte en melding, definities, looptijd en ondertekening.`,
        `I answer questions about the school-safety covenants of ${regions}: who holds which role (community officer, attendance officer, Halt, ...), which district a school is in, meetings and how often they are held, privacy and data sharing, police reports, definitions, term and signatories.`,
      ),
    ],
    sources: [],
    next: single ? whoToAsk(ctx, single, knownWijk(ctx)) : askGemeente(ctx),
  });
}

/** Greetings, thanks and "help": a friendly reply that says what the bot can do. */
export function smalltalkAnswer(ctx: Ctx, what: "greeting" | "thanks" | "help"): Answer {
  const lang = ctx.q.lang;
  const opener =
    what === "thanks"
      ? t(lang, "Graag gedaan!", "You're welcome!")
      : what === "greeting"
        ? t(lang, "Hoi!", "Hi!")
        : t(lang, "Ik help je graag.", "Happy to help.");
  const regions = ctx.kb.kb.regions.map((r) => r.name).join(", ");
  return notAnswered(
    ctx,
    `${opener} ${t(lang, `Ik beantwoord vragen over de convenanten schoolveiligheid van ${regions}.`, `I answer questions about the school-safety covenants of ${regions}.`)}`,
    t(
      lang,
      'Bijvoorbeeld: "wie is de wijkagent voor IKC Klimboom?", "hoe vaak is het signaaloverleg?" of "mag ik camerabeelden delen met de politie?"',
      'For example: "who is the community officer for IKC Klimboom?", "how often is the signaaloverleg?" or "may I share camera footage with the police?"',
    ),
  );
}

/** The wijk the question names, directly or through a school. */
function knownWijk(ctx: Ctx): string | undefined {
  const { kb, q } = ctx;
  return (
    q.wijken[0]?.id ??
    q.schools.map((s) => kb.school(s.region as string, s.id)?.wijk).find((w): w is string => !!w)
  );
}

/** A reply that is not an answer: a prompt, a refusal of bad input, small talk. */
export function notAnswered(ctx: Ctx, ...facts: string[]): Answer {
  return result(ctx, { intent: "unknown", answered: false, confidence: 0, sources: [], facts });
}
