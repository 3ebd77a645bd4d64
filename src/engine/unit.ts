/**
 * A unit: one fact of the knowledge base, retrievable on its own (see `units.ts`, which makes
 * them), and the small helpers the builders share.
 */
import type { Bilingual } from "../knowledge/schema.ts";
import type { Language } from "./language.ts";
import type { Source } from "./types.ts";

export type UnitKind =
  | "provision"
  | "overleg"
  | "role"
  | "definition"
  | "wijkplan"
  | "covenant"
  | "school"
  | "guidance"
  | "fact";

export interface Unit {
  id: string;
  kind: UnitKind;
  /** null for general guidance, which holds everywhere. */
  region: string | null;
  title: string;
  text: Bilingual;
  /** The covenant's own words for the fact (Dutch), shown under the answer. */
  quote?: string;
  /** The answer's first line when the text itself is too long to open with. */
  short?: Bilingual;
  /** A list (the parties): said whole on the first line, not cut at its semicolons. */
  list?: boolean;
  source: Source;
  /** `meeting:<type>`, `wijk:<id>`, `school:<id>`, `role:<id>`, `board:<id>`. */
  about: string[];
  ask: { readonly nl: readonly string[]; readonly en: readonly string[] };
  /** The part of the id after the region ("meta-term", "signaaloverleg#frequency"): the same
   * fact in another region's covenant has the same slot. */
  slot: string;
  /** Overleg attribute, when the unit is one. */
  attribute?: string;
  /** The units that each hold one of its points, when it gathers them (a wijkplan's agreements). */
  parts?: readonly string[];
  /** The words the unit is found by, when not its title and text (a wijkplan point is found by
   * its content; the wijk's name comes in through the entity it is about). */
  index?: string;
  /** A guidance rule's topics (camera, privacy, ...): it answers questions about them. */
  topics?: readonly string[];
  /** The regions whose covenant itself speaks of a guidance rule's subject. */
  inCovenants?: readonly string[];
  /** The covenant says nothing on this: the answer says so and is not counted as one. */
  silent?: boolean;
  /** ... or only for a question that holds one of these phrases (normalised). */
  silentWhen?: readonly string[];
  /** Found only when its cue is asked, and its cue alone does not pick it: a word of its own must be asked too. */
  needsContent?: boolean;
  /** Overleggen this unit is about (for the meeting plan's next-date line). */
  meetings?: string[];
}

/** The same text in both languages. */
export function both(f: (lang: Language) => string): Bilingual {
  return { nl: f("nl"), en: f("en") };
}

/** Shared by every unit without paraphrases of its own (most units of a national knowledge base). */
export const NO_PARAPHRASES = Object.freeze({ nl: Object.freeze([]), en: Object.freeze([]) });

/** The meeting a unit is an attribute of ("zoetermeer/wijk-noordhove" for its "#frequency"). */
export function attributeOf(u: Unit): string | undefined {
  return u.kind === "overleg" && u.attribute ? u.id.split("#")[0] : undefined;
}
