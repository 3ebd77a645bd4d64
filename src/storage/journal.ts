/**
 * The store's journal: each change that names the records it touched is appended as one JSON
 * line per record (its value after the change, or null when removed), and replayed over the
 * document when the store is opened.
 */
import { readFileSync } from "node:fs";

/** The document: named collections, each a keyed object or an array of records. */
type Doc = object;

/**
 * One record the change touched: a keyed collection of the document and the key (for the
 * arrays, the record's own id field). Feedback has no id: its records are appended.
 */
export interface Touched<C extends string = string> {
  c: C;
  k: string;
}

/** The id field of the document's arrays, by which journal lines find their record. */
const ARRAY_IDS: Record<string, string> = {
  deliveries: "key",
  batches: "id",
  meetings: "id",
  signals: "id",
  people: "id",
  invitations: "id",
};

const collection = (data: Doc, c: string): unknown => (data as Record<string, unknown>)[c];

export function recordOf(data: Doc, t: Touched): unknown {
  const coll = collection(data, t.c);
  if (Array.isArray(coll)) {
    if (t.c === "feedback") return coll[Number(t.k)];
    const id = ARRAY_IDS[t.c] as string;
    return coll.find((x: Record<string, unknown>) => x[id] === t.k);
  }
  return (coll as Record<string, unknown>)[t.k];
}

/** Applies one journal line to the document: the record's value after the change, or its removal. */
function replay(data: Doc, line: Touched & { v: unknown }): void {
  const coll = collection(data, line.c);
  if (Array.isArray(coll)) {
    if (line.c === "feedback") {
      coll.push(line.v);
      return;
    }
    const id = ARRAY_IDS[line.c] as string;
    const at = coll.findIndex((x: Record<string, unknown>) => x[id] === line.k);
    if (line.v === null) {
      if (at >= 0) coll.splice(at, 1);
    } else if (at >= 0) coll[at] = line.v;
    else coll.push(line.v);
    return;
  }
  if (coll && typeof coll === "object") {
    if (line.v === null) delete (coll as Record<string, unknown>)[line.k];
    else (coll as Record<string, unknown>)[line.k] = line.v;
  }
}

/** The journal's text, or "" when there is none. */
export function readJournal(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/**
 * Replays journal lines over the document. Only the last line can be cut off (a crash while
 * appending): it is skipped. Returns how many lines there were and the number of the first
 * damaged line before the last, if any.
 */
export function replayJournal(
  data: Doc,
  text: string,
): { lines: number; damagedAt?: number; cause?: unknown } {
  const lines = text.split("\n").filter(Boolean);
  for (const [i, line] of lines.entries()) {
    try {
      replay(data, JSON.parse(line));
    } catch (cause) {
      if (i < lines.length - 1) return { lines: lines.length, damagedAt: i + 1, cause };
    }
  }
  return { lines: lines.length };
}
