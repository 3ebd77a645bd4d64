/** A concrete meeting in a region's plan: an overleg of the knowledge base on a date. */
import type { Target } from "./delivery.ts";

export interface AgendaItem {
  /** Name (and school) of who sent it; agenda items are not anonymous. */
  from: string;
  text: string;
  /** Date it was sent (YYYY-MM-DD). */
  on: string;
}

export interface Meeting {
  /** Short code people type: "M4KX". */
  id: string;
  region: string;
  wijk: string | null;
  /** Id of the overleg in the knowledge base ("leiden/signaaloverleg"). */
  overleg: string;
  /** Epoch ms of the start. */
  start: number;
  durationMinutes: number;
  place: string | null;
  /** Roster id of the organiser. */
  organiser: string;
  /** Where the organiser planned it, for the agenda when no direct account is known. */
  plannedIn?: Target;
  status: "planned" | "cancelled";
  /** Bumped on every change, for calendar clients. */
  sequence: number;
  agenda: AgendaItem[];
}
