/** `chat`: questions typed in the terminal until an empty line; the network commands say where they work. */
import { createInterface } from "node:readline";
import { parseCommand, SLASH_COMMANDS } from "../core/commands.ts";
import type { Engine } from "../engine/engine.ts";
import type { Language } from "../engine/language.ts";
import { didYouMean, type Io } from "./input.ts";

const say = (lang: Language, nl: string, en: string) => (lang === "en" ? en : nl);

/**
 * What the terminal chat answers to a command: /vraag and /help here; commands that need to
 * know who you are (/signaal, /trend, /overleg ...) say where they work, because the terminal
 * knows nobody and keeps nothing.
 */
function chatCommand(
  line: string,
  engine: Engine,
  region: string | null,
  lang: Language,
): string | undefined {
  const c = parseCommand(line, false);
  if (!c) return undefined;
  if (c.name === "vraag")
    return c.args
      ? engine.ask(c.args, { region }).answer
      : say(lang, "Gebruik /vraag <je vraag>.", "Use /vraag <your question>.");
  if (c.name === "help")
    return say(
      lang,
      "Stel je vraag over de convenanten, gewoon of met /vraag <vraag>. /signaal, /trend, /deel, /overleg, /koppel, /contact en /webchat werken in Slack, Teams, WhatsApp en de webchat (npm start). Een lege regel of Ctrl-D stopt.",
      "Ask your question about the covenants, as is or with /vraag <question>. /signaal, /trend, /deel, /overleg, /koppel, /contact and /webchat work in Slack, Teams, WhatsApp and the web chat (npm start). An empty line or Ctrl-D stops.",
    );
  if (c.name === "signaal")
    return say(
      lang,
      "Een signaal meld je in Slack, Teams, WhatsApp of de webchat (npm start, dan http://localhost:3978/) met /signaal <omschrijving>: daar wordt het anoniem bewaard voor het signaaloverleg. De terminal bewaart niets; er is niets vastgelegd.",
      "Log a signal in Slack, Teams, WhatsApp or the web chat (npm start, then http://localhost:3978/) with /signaal <description>: there it is kept anonymously for the signaaloverleg. The terminal keeps nothing; nothing was logged.",
    );
  if (c.name === "unknown") {
    const guess = didYouMean(c.raw, SLASH_COMMANDS);
    return say(
      lang,
      `Onbekend commando /${c.raw}.${guess ? ` Bedoel je /${guess}?` : ""} Typ /help voor wat hier kan.`,
      `Unknown command /${c.raw}.${guess ? ` Did you mean /${guess}?` : ""} Type /help to see what works here.`,
    );
  }
  return say(
    lang,
    `/${c.name} werkt in Slack, Teams, WhatsApp en de webchat (npm start), waar de bot weet wie je bent; hier in de terminal stel je vragen.`,
    `/${c.name} works in Slack, Teams, WhatsApp and the web chat (npm start), where the bot knows who you are; here in the terminal you ask questions.`,
  );
}

export async function chat(
  engine: Engine,
  io: Io,
  region: string | null,
  language?: Language,
): Promise<number> {
  const lang = language ?? "nl";
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  io.stdout.write(
    `Convenantbot${region ? ` (${region})` : ""}. ${say(lang, "Stel je vraag; een lege regel of Ctrl-D stopt.", "Ask your question; an empty line or Ctrl-D stops.")}\n> `,
  );
  for await (const line of rl) {
    if (!line.trim()) break;
    const reply =
      chatCommand(line, engine, region, lang) ??
      engine.ask(line, { region, ...(language ? { language } : {}) }).answer;
    io.stdout.write(`${reply}\n\n> `);
  }
  io.stdout.write("\n");
  // Stop reading: a terminal (or a pipe left open) would otherwise keep the process waiting.
  rl.close();
  io.stdin.destroy();
  return 0;
}
