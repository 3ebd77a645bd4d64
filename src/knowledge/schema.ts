/**
 * zod schemas for the knowledge base files under `knowledge/`. Every file is validated at
 * load; the loader reports the file, the path inside it and what is wrong.
 */
import { z } from "zod";

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "use lower-case letters, digits, '.' and '-' only");
/** Dutch and English text of one statement. */
export const bilingual = z.strictObject({ nl: text, en: text });
const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

export const regionSchema = z.strictObject({ id, name: text, aliases: z.array(text).min(1) });

export const roleSchema = z.strictObject({
  id,
  nl: text,
  en: text,
  /** `organisation` for parties such as Halt or the OM; roles held by a person otherwise. */
  kind: z.enum(["role", "organisation"]).default("role"),
  /** The role that is an organisation's point of contact for schools (the police's school officer). */
  contact: id.optional(),
  /** Roles that do an organisation's work, or work with it, where a covenant does not name it
   * (leerplicht for the RBL; every school reports to Veilig Thuis under the meldcode). */
  coveredBy: z.array(id).optional(),
  aliases: z.array(text).min(1),
});

export const topicSchema = z.strictObject({
  id,
  /** A modifier (emergency) adds to an answer but never decides what it is about. */
  modifier: z.boolean().optional(),
  nl: z.array(text).min(1),
  en: z.array(text).min(1),
});

export const meetingTypeSchema = z.strictObject({
  id,
  nl: text,
  en: text,
  aliases: z.array(text).min(1),
  /** `nl` is the meeting's own name, which no other kind of meeting goes by ("signaaloverleg"),
   * not a description ("overleg school en politie"). */
  ownName: z.boolean().optional(),
});

export const vocabularySchema = z.strictObject({
  regions: z.array(regionSchema).min(1),
  roles: z.array(roleSchema).min(1),
  topics: z.array(topicSchema).min(1),
  meetingTypes: z.array(meetingTypeSchema).min(1),
  /** Groups of words that search treats as the same. */
  synonyms: z.array(z.array(text).min(2)).default([]),
});

const refText = z.strictObject({
  ref: text,
  nl: text,
  en: text,
  /** The covenant says nothing on this ("noemt geen opzegtermijn"): the bot says so and names
   * whom to ask, and does not count it as an answer. */
  silent: z.literal(true).optional(),
  /** Silent only for a question with one of these phrases ("opzegtermijn", "how much notice"):
   * the covenant sets no period, but does say how it ends. */
  silentWhen: z.array(text).min(1).optional(),
});

export const provisionSchema = z.strictObject({
  /** Stable id, `<region>/<article>`, e.g. `almere/art-2.7`. */
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, "expected '<region>/<article>'"),
  /** How the covenant itself numbers it, e.g. "art. 2 lid 7". */
  ref: text,
  title: text,
  nl: text,
  en: text,
  topics: z.array(id),
  roles: z.array(id),
});

export const definitionSchema = z.strictObject({
  term: text,
  aliases: z.array(text).optional(),
  ref: text,
  nl: text,
  en: text,
});

export const signatorySchema = z.strictObject({ name: text, function: text, organisation: text });

export const covenantSchema = z.strictObject({
  id,
  title: text,
  /** Short name used inside sentences ("het Leids convenant ..."). */
  short: text,
  /** File name in shared/covenants that the data was built from. */
  source: text,
  sectors: z.array(z.enum(["PO", "SBO", "SO", "VO", "VSO", "MBO", "HBO"])).min(1),
  parties: z.array(text).min(1),
  signatories: z.array(signatorySchema),
  dates: z.strictObject({
    signed: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .nullable(),
    extended: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    signedText: bilingual,
  }),
  term: refText,
  renewal: refText,
  notice: refText,
  evaluation: refText,
  /** General guidance whose subject this covenant speaks of itself (the meldcode, aangifte):
   * asked what this covenant says, the bot never calls that guidance the only word on it. */
  speaksOf: z.array(z.string().regex(/^guidance\/[a-z0-9-]+$/)).default([]),
  provisions: z.array(provisionSchema).min(1),
  definitions: z.array(definitionSchema),
  /** The covenant's own headings of its articles, sections and annexes, where it gives them
   * ("art. 6": "Geldigheid en evaluatie"): a question about an article by number is told its heading. */
  articles: z.array(z.strictObject({ ref: text, title: text })).default([]),
});

export const schoolSchema = z.strictObject({
  id,
  name: text,
  type: z.enum(["PO", "SBO", "SO", "VO", "VSO", "MBO", "HBO"]),
  alsoTypes: z.array(z.enum(["PO", "SBO", "SO", "VO", "VSO", "MBO", "HBO"])).optional(),
  /** The wijk whose wijkplan names the school; null when no wijkplan does. */
  wijk: id.nullable().optional(),
  board: id.optional(),
  aliases: z.array(text),
  note: bilingual.optional(),
});

export const schoolsFileSchema = z.strictObject({
  source: z.strictObject({ ref: text, wijkRef: text.optional() }),
  schools: z.array(schoolSchema),
  boards: z.array(z.strictObject({ id, name: text, aliases: z.array(text) })),
});

export const wijkSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).min(1),
  ref: text,
  partners: z.array(text).min(1),
  agreements: z.strictObject({ nl: z.array(text), en: z.array(text) }),
  focus: z.strictObject({ nl: z.array(text), en: z.array(text) }),
});

export const wijkenFileSchema = z.strictObject({ wijken: z.array(wijkSchema) });

export const rhythmSchema = z.strictObject({
  /** How many meetings per period: exact when min = max, "at least" without max. */
  count: z
    .strictObject({ min: z.number().int().positive(), max: z.number().int().positive().optional() })
    .optional(),
  /** The period the count applies to: every `every` months or years. */
  per: z.strictObject({ unit: z.enum(["month", "year"]), every: z.number().int().positive() }).optional(),
  /** All meetings of one round fall within this many weeks (Leiden's signaaloverleg: 3). */
  windowWeeks: z.number().int().positive().optional(),
  adHoc: z.boolean().optional(),
  unspecified: z.boolean().optional(),
  text: bilingual,
});

export const overlegSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/),
  type: id,
  wijk: id.optional(),
  name: text,
  participants: z.strictObject({ nl: z.array(text).min(1), en: z.array(text).min(1) }),
  /** Who organises or chairs it; null when the covenant does not say. */
  organiser: bilingual.nullable(),
  rhythm: rhythmSchema,
  purpose: bilingual,
  rules: z.strictObject({ nl: z.array(text), en: z.array(text) }).optional(),
  /** The covenant asks partners to send agenda items beforehand. */
  agendaCall: z.boolean().optional(),
  refs: z.array(z.string()).min(1),
  definitionRef: text.optional(),
});

export const overleggenFileSchema = z.strictObject({ overleggen: z.array(overlegSchema) });

export const regionRoleSchema = z.strictObject({
  role: id,
  nl: text,
  en: text,
  refs: z.array(z.string()).min(1),
});

export const rolesFileSchema = z.strictObject({
  whoToAsk: z.strictObject({ role: id, nl: text, en: text }),
  roles: z.array(regionRoleSchema),
});

export const contactSchema = z
  .strictObject({
    role: id,
    school: id.optional(),
    wijk: id.optional(),
    organisation: id.optional(),
    name: text,
    phone: text.optional(),
    email: z.email().optional(),
    verified: isoDate,
  })
  .refine((c) => !(c.school && c.wijk), { message: "give either school or wijk, not both" });

export const contactsFileSchema = z.strictObject({
  /** true while the file holds the shipped, fictional demo contacts. */
  sample: z.boolean(),
  /** Every how many months the bot asks each contact of the region whether they still hold their role (6). */
  confirmEveryMonths: z.number().int().min(1).max(24).optional(),
  contacts: z.array(contactSchema),
});

export const guidanceSchema = z.strictObject({
  id: z.string().regex(/^guidance\/[a-z0-9-]+$/),
  title: bilingual,
  topics: z.array(id).min(1),
  nl: text,
  en: text,
  source: text,
  /** Sources differ in strength or disagree; the bot says so. */
  disagreement: z.boolean().optional(),
});

/** How people ask about one fact, in everyday words (Dutch and English). */
export const paraphrasesSchema = z.strictObject({
  nl: z.array(text).default([]),
  en: z.array(text).default([]),
});

/**
 * One entry of a `units.yaml` file. With only `id`, `ask` and `short` it adds to a unit the
 * engine derives from the other files (a provision, an attribute of an overleg, a role, a
 * definition, a guidance rule); with `ref`, `title`, `nl` and `en` it is a fact of its own.
 */
export const unitEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.#-]+$/, "expected '<region>/<id>'"),
    ref: text.optional(),
    title: text.optional(),
    nl: text.optional(),
    en: text.optional(),
    /** The first line of the answer: the fact itself in at most about 25 words. */
    short: bilingual.optional(),
    ask: paraphrasesSchema.optional(),
    /** Entities the fact is about: `meeting:<type>`, `wijk:<id>`, `school:<id>`, `role:<id>`. */
    about: z.array(z.string().regex(/^(meeting|wijk|school|role|board):[a-z0-9-]+$/)).optional(),
  })
  .refine(
    (u) => [u.ref, u.title, u.nl, u.en].every((x) => x === undefined) || (u.ref && u.title && u.nl && u.en),
    {
      message: "a new unit needs ref, title, nl and en; an addition to a derived unit has none of them",
    },
  );

export const unitsFileSchema = z.strictObject({ units: z.array(unitEntrySchema) });

/** The covenant's own words for a fact (`quotes.yaml`): the passage it was read from, literally. */
export const quoteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.#-]+$/, "expected '<region>/<id>'"),
  nl: text,
});
export const quotesFileSchema = z.strictObject({ quotes: z.array(quoteSchema) });

const phrases = z.strictObject({ nl: z.array(text).default([]), en: z.array(text).default([]) });

/** Everyday words and the covenant concepts they stand for; cue phrases; out-of-scope subjects. */
export const lexiconSchema = z.strictObject({
  /** Everyday word or phrase (either language) -> the words the covenants use for it. */
  concepts: z.array(
    z.strictObject({
      means: z.array(text).min(1),
      nl: z.array(text).default([]),
      en: z.array(text).default([]),
      /** Its phrases say what is asked even when every word of them is a small one ("kan niet
       * naar" for a stand-in); most such phrases ("tot wanneer", "let us know") are chat. */
      standalone: z.boolean().default(false),
    }),
  ),
  /** How people ask for one attribute of an overleg (frequency, chair, participants, ...), and
   * the covenants' words that state it ("geleid door", "zit het overleg voor"): they pick the
   * sentence quoted under the answer. */
  attributes: z.record(z.string(), phrases.extend({ means: z.array(text).default([]) })),
  /** Subjects the covenants do not cover; a question about one is refused and referred. */
  outOfScope: z.array(
    z.strictObject({
      id,
      nl: z.array(text).default([]),
      en: z.array(text).default([]),
      /** Whom to ask instead, when not the region's usual contact. */
      ask: bilingual.optional(),
      /** Attributes whose question makes the phrase part of it, no subject of its own ("loopt het
       * convenant eind dit jaar af?" asks the covenant's term, not this year's figures). */
      unlessAsked: z.array(id).default([]),
      /** Places of elsewhere: not when the knowledge base writes one inside a name of its own
       * ("Eenheid Den Haag" of the police, "District Alphen-Gouda"). */
      place: z.boolean().default(false),
      /** Words right before the phrase that make it the asker's past, no subject ("verhuisd van"
       * Lelystad "naar Almere"). */
      unlessAfter: z.array(text).default([]),
      /** Words that, as what the phrase asks about (the first word after it that is no small word,
       * filler or name), make it a subject the covenants do cover ("wie betaalt" trainingen, which
       * a covenant says the gemeente subsidises; not "wie betaalt de bus naar de training"). */
      unlessWith: z.array(text).default([]),
      /** ... only in these regions, when given (the covenants that say so). */
      unlessWithIn: z.array(id).default([]),
      /** Beside the refusal, what the closest fact says about the thing asked, when it names it
       * (the covenant names a document whose contents it does not hold). */
      sayClosest: z.boolean().default(false),
    }),
  ),
  /** Words that carry no subject ("eigenlijk", "vanochtend", "hier"): ignored in ranking. */
  fillers: z.array(text).default([]),
});

/** A national organisation's public number (Veilig Thuis), the same for every region. */
export const publicContactSchema = z.strictObject({
  role: id,
  name: text,
  phone: text,
  note: bilingual,
  source: text,
});

export const guidanceFileSchema = z.strictObject({
  items: z.array(guidanceSchema).min(1),
  publicContacts: z.array(publicContactSchema).default([]),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type Role = z.infer<typeof roleSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type MeetingType = z.infer<typeof meetingTypeSchema>;
export type Covenant = z.infer<typeof covenantSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type Definition = z.infer<typeof definitionSchema>;
export type School = z.infer<typeof schoolSchema>;
export type Board = z.infer<typeof schoolsFileSchema>["boards"][number];
export type Wijk = z.infer<typeof wijkSchema>;
export type Overleg = z.infer<typeof overlegSchema>;
export type Rhythm = z.infer<typeof rhythmSchema>;
export type RegionRole = z.infer<typeof regionRoleSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type GuidanceItem = z.infer<typeof guidanceSchema>;
export type PublicContact = z.infer<typeof publicContactSchema>;
export type Bilingual = z.infer<typeof bilingual>;
export type UnitEntry = z.infer<typeof unitEntrySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Everything known about one region. */
export interface RegionKnowledge {
  id: string;
  name: string;
  covenant: Covenant;
  schools: School[];
  boards: Board[];
  wijken: Wijk[];
  overleggen: Overleg[];
  roles: RegionRole[];
  whoToAsk: z.infer<typeof rolesFileSchema>["whoToAsk"];
  contacts: Contact[];
  contactsAreSample: boolean;
  /** Every how many months contacts are asked to confirm their role. */
  confirmEveryMonths: number;
  /** Paraphrases of derived units and facts of their own (`units.yaml`). */
  units: UnitEntry[];
  /** The covenant's literal words per unit (`quotes.yaml`). */
  quotes: Quote[];
}

/** The validated knowledge base. */
export interface KnowledgeBase {
  vocabulary: Vocabulary;
  regions: RegionKnowledge[];
  guidance: GuidanceItem[];
  /** Paraphrases of the guidance rules (`guidance/units.yaml`). */
  guidanceUnits: UnitEntry[];
  publicContacts: PublicContact[];
  lexicon: Lexicon;
}
