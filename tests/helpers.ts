/** Shared test set-up: the real knowledge base and one engine over it, built once per file. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, type Engine } from "../src/engine/engine.ts";
import { defaultKnowledgeDir, loadKnowledge } from "../src/knowledge/loader.ts";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";

let kb: KnowledgeBase | undefined;
let engine: Engine | undefined;

export function realKnowledge(): KnowledgeBase {
  kb ??= loadKnowledge();
  return kb;
}

export function realEngine(): Engine {
  engine ??= createEngine(realKnowledge());
  return engine;
}

/** A writable copy of the knowledge directory, to test what the loader says about broken files. */
export function knowledgeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "convenantbot-kb-"));
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return dir;
}

/** Replaces `from` by `to` in a file of a knowledge copy; fails when `from` is not there. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}
