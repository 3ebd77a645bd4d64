/**
 * Commands, the same words on every platform: Slack slash commands, Teams' command menu,
 * and a leading "/" or the bare word in a WhatsApp, Teams or web chat message.
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
] as const;
export type CommandName = (typeof COMMANDS)[number];

const ALIASES: Record<string, CommandName> = { hulp: "help", ask: "vraag", link: "koppel" };

export type ParsedCommand =
  | { name: CommandName; args: string }
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
  const name = (COMMANDS as readonly string[]).includes(lower) ? (lower as CommandName) : ALIASES[lower];
  if (slash) return name ? { name, args: rest.trim() } : { name: "unknown", raw: lower, args: rest.trim() };
  if (slashPlatform || !name) return undefined;
  const bareWithArgs =
    name === "koppel" ||
    name === "contact" ||
    name === "vraag" ||
    name === "signaal" ||
    name === "deel" ||
    name === "trend";
  if (rest.trim() === "" || bareWithArgs) return { name, args: rest.trim() };
  return undefined;
}
