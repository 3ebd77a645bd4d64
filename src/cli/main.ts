/**
 * The command line: ask questions, check the knowledge base, or chat in the terminal.
 * This is the one module that writes to the terminal itself; everything else takes a logger.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import { exportQuestions } from "../bot/questions.ts";
import { loadConfig } from "../config.ts";
import { parseCommand, SLASH_COMMANDS } from "../core/commands.ts";
import { createJsonLogger } from "../core/logger.ts";
import { createEngine, type Engine } from "../engine/engine.ts";
import type { Language } from "../engine/language.ts";
import type { Answer } from "../engine/types.ts";
import { ConvenantbotError } from "../errors.ts";
import { defaultKnowledgeDir, loadKnowledge } from "../knowledge/loader.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { summarize } from "../knowledge/summary.ts";
import { guardProcess } from "../server/guard.ts";
import { findPersonalData, redact } from "../signals/pii.ts";
import { createLowdbPorts } from "../storage/lowdb/index.ts";
import { Store } from "../storage/store.ts";

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const USAGE = `Usage: convenantbot <command> [options]

Commands:
  ask "<question>" [--region ID] [--lang nl|en] [--json]
                      answer one question, with its sources
  ask --jsonl         one JSON object per line on stdin: {"question": "...", "region": "leiden" | null}
  pii --jsonl         one JSON object per line on stdin: {"text": "..."}; prints the redacted
                      text and the personal data found, changes nothing
  questions export [--days N]
                      print, as YAML, the questions kept to learn from (not answered,
                      asked back or rated "niet nuttig"; default: QUESTION_LOG_DAYS days)
  check-knowledge [--dir DIR]
                      check the knowledge base and print what it holds per region
  chat [--region ID] [--lang nl|en]
                      ask questions in the terminal; an empty line or Ctrl-D stops
  serve               start the server: web chat on http://localhost:3978/ and the Slack,
                      Teams and WhatsApp adapters whose credentials are set (see README)

Options:
  --region ID         the region to answer for (any case): zoetermeer, alphen-aan-den-rijn,
                      almere, leiden, west-friesland
  --lang nl|en        the language of the answer (detected from the question otherwise)
  --json, --jsonl     JSON output; JSON lines on stdin and stdout
  --dir DIR           another knowledge directory (default knowledge/)
  -h, --help          this help
  -v, --version       the version`;

const OPTIONS = {
  region: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean", default: false },
  jsonl: { type: "boolean", default: false },
  dir: { type: "string" },
  days: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;
const COMMAND_NAMES = ["ask", "pii", "questions", "check-knowledge", "chat", "serve", "help"];

/** The closest of `known` to a mistyped word, when it is close enough to be what was meant. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (!word || known.length === 0) return undefined;
  const best = closest(word.toLowerCase(), known);
  return distance(word.toLowerCase(), best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * A region id as people type it: any case, spaces for hyphens, or the region's name
 * ("Alphen aan den Rijn", "LEIDEN").
 * @throws ConvenantbotError (bad_input) with the closest id when there is one.
 */
export function resolveRegion(input: string, knowledge: KnowledgeBase): string {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-");
  const regions = knowledge.vocabulary.regions;
  const wanted = norm(input);
  const found = regions.find((r) => r.id === wanted || norm(r.name) === wanted);
  if (found) return found.id;
  const ids = regions.map((r) => r.id);
  const guess = didYouMean(wanted, ids);
  throw new ConvenantbotError(
    `Unknown region '${input}'.${guess ? ` Did you mean '${guess}'?` : ""} Known regions: ${ids.join(", ")}.`,
    "bad_input",
  );
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** The fields of an answer that `ask --json` and `ask --jsonl` print. */
export function publicAnswer(a: Answer) {
  return {
    answered: a.answered,
    answer: a.answer,
    sources: a.sources,
    confidence: a.confidence,
    language: a.language,
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const err = (s: string) => io.stderr.write(`${s}\n`);
  try {
    const { values, positionals } = parseOptions(argv);
    const [command, ...words] = positionals;
    if (values.version) {
      out(`convenantbot ${version()}`);
      return 0;
    }
    if (!command || command === "help" || values.help) {
      out(USAGE);
      return command || values.help ? 0 : 2;
    }
    if (!COMMAND_NAMES.includes(command)) {
      const guess = didYouMean(command, COMMAND_NAMES);
      err(
        `Unknown command '${command}'.${guess ? ` Did you mean '${guess}'?` : ` Commands: ${COMMAND_NAMES.join(", ")}.`} Run convenantbot --help for usage.`,
      );
      return 2;
    }
    if (command === "serve") return await serve(io);
    if (command === "questions") return await questionsCommand(words, values.days, out);
    const dir = values.dir ?? defaultKnowledgeDir();
    if (command === "check-knowledge") {
      const kb = loadKnowledge(dir);
      out(summarize(kb));
      return 0;
    }
    if (command === "pii") {
      if (!values.jsonl)
        throw new ConvenantbotError(
          'Use convenantbot pii --jsonl with lines {"text": "..."} on stdin.',
          "bad_input",
        );
      return await piiJsonl(loadKnowledge(dir), io);
    }
    const lang = values.lang?.toLowerCase();
    if (lang !== undefined && lang !== "nl" && lang !== "en")
      throw new ConvenantbotError(`--lang must be nl or en, not '${values.lang}'.`, "bad_input");
    const knowledge = loadKnowledge(dir);
    const region = values.region !== undefined ? resolveRegion(values.region, knowledge) : null;
    const engine = createEngine(knowledge);
    if (command === "ask") {
      if (values.jsonl) return await askJsonl(engine, knowledge, io);
      const question = words.join(" ");
      if (!question.trim())
        throw new ConvenantbotError(
          'Give a question, e.g. convenantbot ask "hoe vaak is het signaaloverleg?"',
          "bad_input",
        );
      const answer = engine.ask(question, { region, ...(lang ? { language: lang as Language } : {}) });
      out(
        values.json
          ? JSON.stringify(
              {
                ...publicAnswer(answer),
                intent: answer.intent,
                regions: answer.regions,
                ...(answer.options ? { options: answer.options } : {}),
              },
              null,
              2,
            )
          : answer.answer,
      );
      return 0;
    }
    return await chat(engine, io, region, lang as Language | undefined);
  } catch (e) {
    if (e instanceof ConvenantbotError) {
      err(e.message);
      return e.code === "bad_input" ? 2 : 1;
    }
    throw e;
  }
}

/**
 * parseArgs, with a "did you mean" for an option it does not know and a short message for
 * one that lacks its value, instead of Node's own wording.
 */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS")) throw e;
    const option = (e as Error).message.match(/'(-{1,2}[^'\s]+)/)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
      const guess = didYouMean(option.replace(/^-+/, "").split("=")[0] ?? "", Object.keys(OPTIONS));
      throw new ConvenantbotError(
        `Unknown option '${option}'.${guess ? ` Did you mean '--${guess}'?` : ""} Run convenantbot --help for the options.`,
        "bad_input",
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
      throw new ConvenantbotError(
        `Option '${option}' needs a value${option.includes("region") ? ", e.g. --region leiden" : ""}. Run convenantbot --help for the options.`,
        "bad_input",
      );
    throw new ConvenantbotError(
      `${(e as Error).message}\nRun convenantbot --help for the options.`,
      "bad_input",
    );
  }
}

/** Reads JSON lines from stdin and answers each, in order; a bad line gets an error object. */
async function askJsonl(engine: Engine, knowledge: KnowledgeBase, io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let reply: object;
    try {
      const input = JSON.parse(line) as { question?: unknown; region?: unknown } | null;
      if (typeof input?.question !== "string")
        throw new ConvenantbotError('each line needs "question": a string', "bad_input");
      if (input.region !== undefined && input.region !== null && typeof input.region !== "string") {
        throw new ConvenantbotError('"region" must be a region id or null', "bad_input");
      }
      const region = typeof input.region === "string" ? resolveRegion(input.region, knowledge) : null;
      reply = publicAnswer(engine.ask(input.question, { region }));
    } catch (e) {
      const code =
        e instanceof SyntaxError ? "invalid_json" : e instanceof ConvenantbotError ? e.code : undefined;
      if (!code) throw e;
      reply = {
        answered: false,
        answer: `Line ${lineNo}: ${(e as Error).message}`,
        sources: [],
        confidence: 0,
        language: "nl",
        error: code,
      };
    }
    io.stdout.write(`${JSON.stringify(reply)}\n`);
  }
  return 0;
}

/** Reads {"text": ...} lines and prints what the personal-data detector makes of each, in order. */
async function piiJsonl(knowledge: KnowledgeBase, io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let reply: object;
    try {
      const input = JSON.parse(line) as { text?: unknown } | null;
      if (typeof input?.text !== "string")
        throw new ConvenantbotError('each line needs "text": a string', "bad_input");
      const findings = findPersonalData(input.text, { knowledge });
      reply = {
        redacted: redact(input.text, findings),
        findings: findings.map((f) => ({ kind: f.kind, text: f.text })),
      };
    } catch (e) {
      if (!(e instanceof SyntaxError || e instanceof ConvenantbotError)) throw e;
      reply = {
        error: `Line ${lineNo}: ${e instanceof SyntaxError ? "not valid JSON" : (e as Error).message}`,
      };
    }
    io.stdout.write(`${JSON.stringify(reply)}\n`);
  }
  return 0;
}

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

async function chat(engine: Engine, io: Io, region: string | null, language?: Language): Promise<number> {
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

/** `questions export`: the kept questions as YAML, from the configured store. */
async function questionsCommand(
  words: string[],
  days: string | undefined,
  out: (s: string) => void,
): Promise<number> {
  if (words[0] !== "export" || words.length > 1)
    throw new ConvenantbotError("Use convenantbot questions export [--days N].", "bad_input");
  const env = loadConfig().env;
  const n = days === undefined ? env.QUESTION_LOG_DAYS : Number(days);
  if (!Number.isInteger(n) || n < 1)
    throw new ConvenantbotError(`--days must be a whole number of days, not '${days}'.`, "bad_input");
  const store = env.STORE === "memory" ? await Store.memory() : await Store.file(resolve(env.DATA_DIR));
  try {
    out(await exportQuestions(createLowdbPorts(store).feedback, n, Date.now()));
  } finally {
    await store.close();
  }
  return 0;
}

/** Runs the server until SIGINT or SIGTERM. */
async function serve(io: Io): Promise<number> {
  const config = loadConfig();
  const logger = createJsonLogger(config.env.LOG_LEVEL);
  // Loaded here: the platform SDKs take a while to load, and only the server needs them.
  const { startApp } = await import("../app.ts");
  guardProcess(logger);
  const app = await startApp({ config, logger });
  const host =
    config.env.HOST === "0.0.0.0" || config.env.HOST === "127.0.0.1" ? "localhost" : config.env.HOST;
  io.stdout.write(
    `Convenantbot draait: open http://${host}:${app.http.port}/ (adapters: ${app.adapters.join(", ")}). Stoppen met Ctrl-C.\n`,
  );
  const code = await new Promise<number>((resolve) => {
    const stop = () => resolve(0);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    // Another process now writes the store: stopping is the only way not to overwrite its data.
    app.store?.onLockLost((e) => {
      logger.error("store lock lost: another process has taken the store; stopping without writing", {
        store: app.storage.location,
        error: e.message,
      });
      resolve(1);
    });
  });
  await app.close();
  return code;
}
