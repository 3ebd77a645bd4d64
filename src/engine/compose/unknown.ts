/** Replies that are no answer: small talk, and prompts for a question. */
import type { Ctx } from "../context.ts";
import { t } from "../format.ts";
import type { Answer } from "../types.ts";
import { result } from "./result.ts";

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

/** A reply that is not an answer: a prompt, a refusal of bad input, small talk. */
export function notAnswered(ctx: Ctx, ...facts: string[]): Answer {
  return result(ctx, { intent: "unknown", answered: false, confidence: 0, sources: [], facts });
}
