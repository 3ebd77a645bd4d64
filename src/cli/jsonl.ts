/**
 * `ask --jsonl` and `pii --jsonl`: one JSON object in and one out per line, in order, for the
 * independent checks that drive the engine and the personal-data detector. Nothing is logged.
 */
import { createInterface } from "node:readline";
import type { Engine } from "../engine/engine.ts";
import type { Answer } from "../engine/types.ts";
import { ConvenantbotError } from "../errors.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { findPersonalData, redact } from "../signals/pii.ts";
import { type Io, resolveRegion } from "./input.ts";

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

/**
 * Each non-empty line of stdin, parsed as JSON, turned into one line of output, in order. A line
 * that is not JSON, or not what `reply` expects (a ConvenantbotError), gets `failed`'s object.
 */
async function eachLine(
  io: Io,
  reply: (input: unknown) => object,
  failed: (lineNo: number, e: SyntaxError | ConvenantbotError) => object,
): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // A reader that stops early ("... | head") closes the pipe: the remaining lines are not read.
  let gone = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    gone = true;
    rl.close();
  };
  io.stdout.on("error", onError);
  let lineNo = 0;
  for await (const line of rl) {
    if (gone) break;
    lineNo++;
    if (!line.trim()) continue;
    let out: object;
    try {
      out = reply(JSON.parse(line));
    } catch (e) {
      if (!(e instanceof SyntaxError || e instanceof ConvenantbotError)) throw e;
      out = failed(lineNo, e);
    }
    io.stdout.write(`${JSON.stringify(out)}\n`);
  }
  io.stdout.off("error", onError);
  return 0;
}

/** Reads JSON lines from stdin and answers each, in order; a bad line gets an error object. */
export function askJsonl(engine: Engine, knowledge: KnowledgeBase, io: Io): Promise<number> {
  return eachLine(
    io,
    (line) => {
      const input = line as { question?: unknown; region?: unknown } | null;
      if (typeof input?.question !== "string")
        throw new ConvenantbotError('each line needs "question": a string', "bad_input");
      if (input.region !== undefined && input.region !== null && typeof input.region !== "string") {
        throw new ConvenantbotError('"region" must be a region id or null', "bad_input");
      }
      const region = typeof input.region === "string" ? resolveRegion(input.region, knowledge) : null;
      return publicAnswer(engine.ask(input.question, { region }));
    },
    (lineNo, e) => ({
      answered: false,
      answer: `Line ${lineNo}: ${e.message}`,
      sources: [],
      confidence: 0,
      language: "nl",
      error: e instanceof SyntaxError ? "invalid_json" : e.code,
    }),
  );
}

/** Reads {"text": ...} lines and prints what the personal-data detector makes of each, in order. */
export function piiJsonl(knowledge: KnowledgeBase, io: Io): Promise<number> {
  return eachLine(
    io,
    (line) => {
      const input = line as { text?: unknown } | null;
      if (typeof input?.text !== "string")
        throw new ConvenantbotError('each line needs "text": a string', "bad_input");
      const findings = findPersonalData(input.text, { knowledge });
      return {
        redacted: redact(input.text, findings),
        findings: findings.map((f) => ({ kind: f.kind, text: f.text })),
      };
    },
    (lineNo, e) => ({
      error: `Line ${lineNo}: ${e instanceof SyntaxError ? "not valid JSON" : e.message}`,
    }),
  );
}
