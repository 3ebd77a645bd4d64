/**
 * The command line: ask questions, check the knowledge base, or chat in the terminal. The
 * commands here, `chat` (chat.ts) and the `--jsonl` interfaces (jsonl.ts) are the only code that
 * writes to the terminal itself; everything else takes a logger.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportQuestions } from "../bot/questions.ts";
import { loadConfig } from "../config.ts";
import { createJsonLogger } from "../core/logger.ts";
import { createEngine } from "../engine/engine.ts";
import type { Language } from "../engine/language.ts";
import { ConvenantbotError } from "../errors.ts";
import { defaultKnowledgeDir, loadKnowledge } from "../knowledge/loader.ts";
import { summarize } from "../knowledge/summary.ts";
import { guardProcess } from "../server/guard.ts";
import { createLowdbPorts } from "../storage/lowdb/index.ts";
import { Store } from "../storage/store.ts";
import { chat } from "./chat.ts";
import { didYouMean, type Io, resolveRegion } from "./input.ts";
import { askJsonl, piiJsonl, publicAnswer } from "./jsonl.ts";

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

function version(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
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
