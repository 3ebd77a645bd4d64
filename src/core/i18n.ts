/**
 * What the bot says to people, in Dutch and in English, by message id. A `{name}` in a text
 * is filled in from the parameters; both languages of a message take the same parameters
 * (checked in tests/english.test.ts). Dutch is the default. Covenant names, article
 * references, roles and other covenant terms ("signaaloverleg", "wijkagent") stay as the
 * covenants write them, in English too.
 */
import { BROADCASTS } from "./i18n/broadcasts.ts";
import { GENERAL } from "./i18n/general.ts";
import { INVITATIONS } from "./i18n/invitations.ts";
import { LINKING } from "./i18n/linking.ts";
import { MEETINGS } from "./i18n/meetings.ts";
import { SIGNALS } from "./i18n/signals.ts";
import { WEBCHAT } from "./i18n/webchat.ts";

export type Lang = "nl" | "en";

/** The sections of the catalogue, in its order. */
type Sections = [
  typeof GENERAL,
  typeof SIGNALS,
  typeof MEETINGS,
  typeof BROADCASTS,
  typeof LINKING,
  typeof WEBCHAT,
  typeof INVITATIONS,
];
/** The ids that more than one of the sections define. */
type Repeated<S extends readonly object[], Seen = never> = S extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? Extract<keyof First, Seen> | Repeated<Rest, Seen | keyof First>
  : never;
/** An id defined in two sections fails typechecking: the later one would silently replace the message. */
type Once<S extends readonly object[]> = [Repeated<S>] extends [never] ? unknown : { repeated: Repeated<S> };

/** Every message, section by section (src/core/i18n/: one file per part of the bot). */
const MESSAGES = {
  ...GENERAL,
  ...SIGNALS,
  ...MEETINGS,
  ...BROADCASTS,
  ...LINKING,
  ...WEBCHAT,
  ...INVITATIONS,
} as const satisfies Record<string, { nl: string; en: string }> & Once<Sections>;

export type MessageId = keyof typeof MESSAGES;

/** The names of the `{name}` placeholders in a text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type ParamsOf<K extends MessageId> = Record<
  Placeholders<(typeof MESSAGES)[K]["nl"] | (typeof MESSAGES)[K]["en"]>,
  string | number
>;
/** A message with placeholders takes its parameters; one without takes none. */
type Args<K extends MessageId> = [Placeholders<(typeof MESSAGES)[K]["nl"]>] extends [never]
  ? []
  : [params: ParamsOf<K>];

/** The text of a message in a language (Dutch unless English is asked), its placeholders filled in. */
export function msg<K extends MessageId>(lang: Lang | undefined, id: K, ...args: Args<K>): string {
  const entry: { nl: string; en: string } = MESSAGES[id];
  const text = lang === "en" ? entry.en : entry.nl;
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** Every message id with its two texts, for the tests that check the catalogue. */
export function catalogue(): ReadonlyArray<[MessageId, { nl: string; en: string }]> {
  return Object.entries(MESSAGES) as Array<[MessageId, { nl: string; en: string }]>;
}

const NOUNS = {
  conversation: { nl: ["gesprek", "gesprekken"], en: ["conversation", "conversations"] },
  message: { nl: ["bericht", "berichten"], en: ["message", "messages"] },
} as const;

/** "1 gesprek", "3 conversations": a number with its noun in the singular or plural. */
export function count(lang: Lang | undefined, n: number, noun: keyof typeof NOUNS): string {
  const [one, other] = NOUNS[noun][lang === "en" ? "en" : "nl"];
  return `${n} ${n === 1 ? one : other}`;
}
