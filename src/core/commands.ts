/**
 * Commands, the same words on every platform: Slack slash commands, Teams' command menu,
 * and a leading "/" or the bare word in a WhatsApp, Teams or web chat message.
 */
import type { Feature } from "../kernel/feature.ts";
import type { ButtonClick, IncomingMessage } from "../kernel/message.ts";
import type { Person } from "../model/people.ts";

/** What a command's handler gets from the router. */
export interface CommandContext {
  message: IncomingMessage;
  /** The words after the command. */
  args: string;
  /** English for a command given by its English name or written in English; else Dutch. */
  lang: "nl" | "en";
  /** Given by its English name (/ask, /signal, ...). */
  english: boolean;
  /** The roster person behind the sender, never a value the client sends; undefined when unknown. */
  person: Person | undefined;
  /** The region of the conversation or of the user, when known. */
  region: string | null;
}

/** What a click's handler gets from the router: the click, and who made it per the roster. */
export interface ClickContext {
  click: ButtonClick;
  person: Person | undefined;
  region: string | null;
}

/** A feature as the router sees it: its commands (from the list below) and its buttons. */
export type ChatFeature = Feature<CommandContext, ClickContext>;

/**
 * The command list: what the platforms register (the Slack app's slash commands, the Teams
 * command menu) and what the router requires one feature each to answer.
 */
export const COMMANDS = [
  "vraag",
  "help",
  "koppel",
  "contact",
  "signaal",
  "trend",
  "deel",
  "overleg",
  "webchat",
  "uitnodigen",
  "aanmelden",
  "beheer",
  "groep",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/**
 * English names of the commands. A command given by its English name is answered in
 * English; the Slack app registers them as slash commands of their own.
 */
export const ENGLISH_ALIASES = {
  ask: "vraag",
  signal: "signaal",
  meeting: "overleg",
  share: "deel",
  link: "koppel",
  invite: "uitnodigen",
  join: "aanmelden",
  dashboard: "beheer",
  group: "groep",
} as const satisfies Record<string, CommandName>;

const ALIASES: Record<string, CommandName> = { hulp: "help", ...ENGLISH_ALIASES };

/** Every slash command a platform with its own commands registers: the Dutch names and the English. */
export const SLASH_COMMANDS: readonly string[] = [...COMMANDS, ...Object.keys(ENGLISH_ALIASES)];

/** The command a name stands for (Dutch, English or other alias, any case), if any. */
export function resolveCommand(word: string): { name: CommandName; english: boolean } | undefined {
  const lower = word.replace(/^\//, "").toLowerCase();
  if ((COMMANDS as readonly string[]).includes(lower)) return { name: lower as CommandName, english: false };
  const name = ALIASES[lower];
  return name ? { name, english: lower in ENGLISH_ALIASES } : undefined;
}

export type ParsedCommand =
  | { name: CommandName; args: string; english?: boolean }
  | { name: "unknown"; raw: string; args: string };

/**
 * The command in a message, if any. A bare word counts only when the platform has no slash
 * commands of its own and the word cannot start an ordinary question: "help" alone, or
 * "koppel leiden", but not "overleg met de politie, hoe vaak?".
 */
export function parseCommand(text: string, slashPlatform: boolean): ParsedCommand | undefined {
  const trimmed = text.trim();
  const m = trimmed.match(/^(\/?)([\p{L}-]+)(?:\s+([\s\S]*))?$/u);
  if (!m) return undefined;
  const [, slash, word = "", rest = ""] = m;
  const lower = word.toLowerCase();
  const resolved = resolveCommand(lower);
  const name = resolved?.name;
  const english = resolved?.english ? { english: true } : {};
  if (slash)
    return name
      ? { name, args: rest.trim(), ...english }
      : { name: "unknown", raw: lower, args: rest.trim() };
  if (slashPlatform || !name) return undefined;
  // "share ..." in ordinary English would send to the whole network: only as /share.
  if (lower === "share") return undefined;
  const bareWithArgs =
    name === "koppel" ||
    name === "contact" ||
    name === "vraag" ||
    name === "signaal" ||
    name === "deel" ||
    name === "trend" ||
    name === "uitnodigen" ||
    name === "aanmelden";
  // "help en" asks for the English help, as "/help en" does.
  const englishHelp = name === "help" && /^(en|english|engels)$/i.test(rest.trim());
  if (rest.trim() === "" || bareWithArgs || englishHelp) return { name, args: rest.trim(), ...english };
  return undefined;
}
