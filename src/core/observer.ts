/**
 * What the core reports for the operator's metrics (GET /metrics). Every hook is optional and
 * receives counts and labels only: never message text, people or conversations. The
 * composition root connects these to prom-client; tests and the CLI leave them out.
 */
import type { Answer } from "../engine/types.ts";
import type { Platform } from "./message.ts";

export type AnswerOutcome = "answered" | "asked_back" | "not_known";
export type DeliveryOutcome = "sent" | "retry" | "failed";

export interface Observer {
  /** A question was answered, answered with a question back (a choice), or not known. */
  answer?(outcome: AnswerOutcome, platform: Platform): void;
  /** One try of the outbox to deliver a message. */
  delivery?(platform: Platform, outcome: DeliveryOutcome): void;
  /** Reminders handed to the outbox, and whether they went out later than planned. */
  reminders?(count: number, late: boolean): void;
}

export function answerOutcome(answer: Answer): AnswerOutcome {
  if (answer.answered) return "answered";
  return answer.intent === "clarify" || (answer.options?.length ?? 0) > 0 ? "asked_back" : "not_known";
}
