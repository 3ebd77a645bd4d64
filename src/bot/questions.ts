/**
 * Learning from use: questions the bot did not answer from the covenants, asked back, or that
 * were rated "niet nuttig" are kept (the question text with personal data redacted, the date,
 * the unit the engine chose; no sender, no conversation) for QUESTION_LOG_DAYS days, and
 * `convenantbot questions export` writes them as YAML, ready to become paraphrases in
 * `knowledge/<region>/units.yaml` or evaluation items. Signal texts never come here: /signaal
 * messages do not reach the answering engine.
 */
import { stringify } from "yaml";
import type { Feedback } from "../model/people.ts";
import type { FeedbackPort } from "../model/ports.ts";
import { redact } from "../signals/pii.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The record kept for one question: text redacted, date only. */
export function keptQuestion(
  question: string,
  platform: string,
  reason: NonNullable<Feedback["reason"]>,
  now: number,
  extra: Pick<Feedback, "unit" | "intent" | "covenants" | "helpful"> = {},
): Feedback {
  return {
    on: day(now),
    platform,
    question: redact(question.slice(0, 1000)),
    reason,
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
  };
}

/** Forgets the question texts older than `days` days. */
export function forgetOldQuestions(feedback: FeedbackPort, days: number, now: number): Promise<number> {
  return feedback.forgetQuestions(day(now - days * DAY_MS));
}

/** The kept questions of the last `days` days as YAML. */
export async function exportQuestions(feedback: FeedbackPort, days: number, now: number): Promise<string> {
  const kept = (await feedback.since(day(now - days * DAY_MS))).filter((f) => f.question !== undefined);
  const items = kept.map((f) => ({
    q: f.question,
    on: f.on,
    reason: f.reason,
    ...(f.unit ? { unit: f.unit } : {}),
  }));
  return `# Questions the bot did not answer, asked back or that were rated "niet nuttig", last ${days} days.\n# Turn them into paraphrases (knowledge/<region>/units.yaml, field ask) or evaluation items.\n${stringify({ items })}`;
}
