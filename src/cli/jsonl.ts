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

/** Reads JSON lines from stdin and answers each, in order; a bad line gets an error object. */
export async function askJsonl(engine: Engine, knowledge: KnowledgeBase, io: Io): Promise<number> {
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
export async function piiJsonl(knowledge: KnowledgeBase, io: Io): Promise<number> {
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
