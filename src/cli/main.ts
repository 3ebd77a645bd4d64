/**
 * The command line: ask questions, check the knowledge base, or chat in the terminal.
 * This is the one module that writes to the terminal itself; everything else takes a logger.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { createJsonLogger } from "../core/logger.ts";
import { createEngine, type Engine } from "../engine/engine.ts";
import type { Language } from "../engine/language.ts";
import type { Answer } from "../engine/types.ts";
import { ConvenantbotError } from "../errors.ts";
import { defaultKnowledgeDir, loadKnowledge } from "../knowledge/loader.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { summarize } from "../knowledge/summary.ts";
import { startApp } from "../main.ts";
import { guardProcess } from "../server/guard.ts";
import { findPersonalData, redact } from "../signals/pii.ts";

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const USAGE = `Usage:
  convenantbot ask "<question>" [--region ID] [--lang nl|en] [--json]
  convenantbot ask --jsonl            one JSON object per line on stdin: {"question": "...", "region": "leiden" | null}
  convenantbot pii --jsonl             one JSON object per line on stdin: {"text": "..."}; prints the
                                      redacted text and the personal data found, changes nothing
  convenantbot check-knowledge [--dir DIR]
  convenantbot chat [--region ID]     ask questions in the terminal
  convenantbot serve                  start the server: web chat on http://localhost:3978/ and the
                                      Slack, Teams and WhatsApp adapters whose credentials are set
Regions: zoetermeer, alphen-aan-den-rijn, almere, leiden, west-friesland.`;

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
  const [command, ...rest] = argv;
  const out = (s: string) => io.stdout.write(`${s}\n`);
  const err = (s: string) => io.stderr.write(`${s}\n`);
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        region: { type: "string" },
        lang: { type: "string" },
        json: { type: "boolean", default: false },
        jsonl: { type: "boolean", default: false },
        dir: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (!command || command === "help" || values.help) {
      out(USAGE);
      return command ? 0 : 2;
    }
    if (command === "serve") return await serve(io);
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
    const lang = values.lang;
    if (lang !== undefined && lang !== "nl" && lang !== "en")
      throw new ConvenantbotError(`--lang must be nl or en, not '${lang}'.`, "bad_input");
    const engine = createEngine(loadKnowledge(dir));
    if (command === "ask") {
      if (values.jsonl) return await askJsonl(engine, io);
      const question = positionals.join(" ");
      if (!question.trim())
        throw new ConvenantbotError(
          'Give a question, e.g. convenantbot ask "hoe vaak is het signaaloverleg?"',
          "bad_input",
        );
      const answer = engine.ask(question, {
        region: values.region ?? null,
        ...(lang ? { language: lang as Language } : {}),
      });
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
    if (command === "chat") return await chat(engine, io, values.region ?? null);
    err(`Unknown command '${command}'.\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConvenantbotError) {
      err(e.message);
      return e.code === "bad_input" ? 2 : 1;
    }
    if (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS")) {
      err(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** Reads JSON lines from stdin and answers each, in order; a bad line gets an error object. */
async function askJsonl(engine: Engine, io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let reply: object;
    try {
      const input = JSON.parse(line) as { question?: unknown; region?: unknown };
      if (typeof input.question !== "string")
        throw new ConvenantbotError('each line needs "question": a string', "bad_input");
      if (input.region !== undefined && input.region !== null && typeof input.region !== "string") {
        throw new ConvenantbotError('"region" must be a region id or null', "bad_input");
      }
      reply = publicAnswer(
        engine.ask(input.question, { region: (input.region as string | null | undefined) ?? null }),
      );
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

async function chat(engine: Engine, io: Io, region: string | null): Promise<number> {
  if (region && !engine.regions.includes(region))
    throw new ConvenantbotError(
      `Unknown region '${region}'. Known regions: ${engine.regions.join(", ")}.`,
      "bad_input",
    );
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  io.stdout.write(
    `Convenantbot${region ? ` (${region})` : ""}. Stel je vraag; leeg laten of Ctrl-D om te stoppen.\n> `,
  );
  for await (const line of rl) {
    if (!line.trim()) break;
    io.stdout.write(`${engine.ask(line, { region }).answer}\n\n> `);
  }
  io.stdout.write("\n");
  return 0;
}

/** Runs the server until SIGINT or SIGTERM. */
async function serve(io: Io): Promise<number> {
  const config = loadConfig();
  const logger = createJsonLogger(config.env.LOG_LEVEL);
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
    app.store.onLockLost((e) => {
      logger.error("store lock lost: another process has taken the store; stopping without writing", {
        store: app.store.location,
        error: e.message,
      });
      resolve(1);
    });
  });
  await app.close();
  return code;
}
