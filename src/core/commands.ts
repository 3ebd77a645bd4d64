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
    name === "trend";
  // "help en" asks for the English help, as "/help en" does.
  const englishHelp = name === "help" && /^(en|english|engels)$/i.test(rest.trim());
  if (rest.trim() === "" || bareWithArgs || englishHelp) return { name, args: rest.trim(), ...english };
  return undefined;
}
