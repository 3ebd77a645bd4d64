import type { Contact } from "../knowledge/schema.ts";
import type { Language } from "./language.ts";

/** Where a statement in an answer comes from. */
export interface Source {
  /** Region id of the covenant, or "guidance" for general guidance beyond the covenants. */
  covenant: string;
  /** The article or section, as the covenant numbers it ("art. 2 lid 7", "bijlage 4"). */
  ref: string;
  title: string;
  /** Stable id of the provision or guidance item, when there is one. */
  id?: string;
}

/** What the question was understood to ask. */
export type Intent =
  | "contact"
  | "school-wijk"
  | "wijk-schools"
  | "wijk-info"
  | "meeting"
  | "meetings-overview"
  | "role"
  | "definition"
  | "covenant-meta"
  | "topic"
  | "clarify"
  | "unknown";

/** The engine's answer to one question. */
export interface Answer {
  /** false when the knowledge base does not answer the question (or a choice is needed first). */
  answered: boolean;
  /** Chat text: the fact first, then the source, then whom to contact. */
  answer: string;
  sources: Source[];
  /** 0 to 1: how sure the engine is that it understood and answered the question. */
  confidence: number;
  language: Language;
  intent: Intent;
  /** The regions the answer speaks about. */
  regions: string[];
  /** When two or more readings are plausible: the options to choose from. */
  options?: string[];
  /** Ids of the overleggen a meeting answer is about (e.g. "leiden/signaaloverleg"). */
  meetings?: string[];
  /** With `options` of a question back: the id of the unit each option stands for. */
  choices?: string[];
  /** The unit the answer was built on, or the closest one when it was not answered. */
  unit?: string;
  /** Not answered from the covenants ("weet ik niet") or asked back: the bot keeps such questions to learn from. */
  unanswered?: "not-in-covenants" | "asked-back" | "no-contact" | "sample-contact" | "no-date";
}

export interface AskOptions {
  /** Region of the chat or of the user, used when the question names none. */
  region?: string | null;
  /** Answer language; detected from the question when absent. */
  language?: Language;
  /**
   * Current role holders from the roster (people who joined by invitation for a role in a
   * school, wijk or region), found before the knowledge base's contacts.
   */
  contacts?: ReadonlyArray<Contact & { region: string }>;
}
