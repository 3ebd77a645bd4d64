/**
 * Storage behind a small interface: a lowdb JSON file under DATA_DIR by default, an in-memory
 * store for tests, chosen by configuration. Writes go through lowdb's steno writer, which
 * writes a temporary file and renames it, so a crash never leaves half a file. A file that
 * cannot be read or parsed stops start-up with a clear error and is never overwritten; a
 * lock file keeps a second process from writing the same store.
 */
import { constants, mkdirSync, readFileSync, statSync } from "node:fs";
import { access, appendFile, truncate } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Low, Memory } from "lowdb";
import { JSONFile } from "lowdb/node";
import { ConvenantbotError } from "../errors.ts";
import { REDELIVERY_WINDOW_MS } from "../kernel/message.ts";
import type { Batch, Delivery } from "../model/delivery.ts";
import type { Meeting } from "../model/meetings.ts";
import type {
  AuditEntry,
  ConversationRecord,
  Feedback,
  Invitation,
  Person,
  UserRecord,
} from "../model/people.ts";
import type { Signal } from "../model/signals.ts";
import { type Touched as JournalTouched, readJournal, recordOf, replayJournal } from "./journal.ts";
import { lockStore, type StoreLock } from "./lock.ts";

export type { ConversationRecord, Feedback, Person, UserRecord };

export interface StoreData {
  version: 1;
  conversations: Record<string, ConversationRecord>;
  users: Record<string, UserRecord>;
  people: Person[];
  /** Event ids already handled, with the epoch ms they were first seen. */
  seenEvents: Record<string, number>;
  /**
   * /signaal messages already handled: a keyed hash of the platform's message id alone (no
   * sender, no conversation), with the ISO week it came in (no finer time).
   */
  seenSignals: Record<string, string>;
  /** Random keys shared where none is configured (KeysPort), by name. */
  keys?: Record<string, string>;
  /** The key of those hashes, as files written before `keys` kept it. */
  signalKey?: string;
  feedback: Feedback[];
  /** Anonymous signals for the signaaloverleg: no user, conversation or message id, no time. */
  signals: Signal[];
  /** Messages the bot sends on its own initiative, and the batches they belong to (outbox). */
  batches: Batch[];
  deliveries: Delivery[];
  /** The meeting plan: concrete overleggen with date, place and organiser. */
  meetings: Meeting[];
  /** Secret tokens of the calendar feeds, per region or region/wijk (rotatable). */
  calendarTokens: Record<string, string>;
  /** Invitations to the network (only a hash of each code). */
  invitations: Invitation[];
  /** Changes of people, roles and contacts. */
  audit: AuditEntry[];
}

export function emptyData(): StoreData {
  return {
    version: 1,
    conversations: {},
    users: {},
    people: [],
    seenEvents: {},
    seenSignals: {},
    feedback: [],
    signals: [],
    batches: [],
    deliveries: [],
    meetings: [],
    calendarTokens: {},
    invitations: [],
    audit: [],
  };
}

export { REDELIVERY_WINDOW_MS };

/** One record a change touched: a collection of the document and the record's key. */
export type Touched = JournalTouched<keyof StoreData & string>;

const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Writes proportional to the change: a change that names the records it touched appends
 * their new values to `convenantbot.journal` (one JSON line each) instead of rewriting the
 * whole file; when the journal outgrows the document, the document is written anew and the
 * journal emptied. Opening replays the journal over the document; a line cut off by a crash
 * is ignored. Written here because lowdb rewrites its whole file on every write, which for a
 * busy outbox meant hundreds of megabytes per alert.
 */
export class Store {
  private readonly db: Low<StoreData>;
  private readonly lock: StoreLock | undefined;
  private readonly journal: string | undefined;
  private journalBytes = 0;
  private documentBytes = 0;
  /** Writes and appends, one after the other, in the order of the changes. */
  private writes: Promise<void> = Promise.resolve();
  /** Bytes written to disk since the store was opened (benchmarks). */
  bytesWritten = 0;
  private lastPrune = 0;
  private readonly writeListeners: Array<(ms: number) => void> = [];
  /** Where the data lives, for messages; "memory" for the in-memory store. */
  readonly location: string;

  private constructor(db: Low<StoreData>, location: string, lock?: StoreLock, journal?: string) {
    this.db = db;
    this.location = location;
    this.lock = lock;
    this.journal = journal;
  }

  /** An in-memory store (tests, trials): nothing is written to disk. */
  static async memory(initial: StoreData = emptyData()): Promise<Store> {
    const db = new Low<StoreData>(new Memory<StoreData>(), emptyData());
    db.data = structuredClone(initial);
    return new Store(db, "memory");
  }

  /**
   * Opens (or creates) `convenantbot.json` in `dir`.
   * @throws ConvenantbotError (store_unavailable) when the file is corrupt, unreadable or in use.
   */
  static async file(dir: string): Promise<Store> {
    const path = join(dir, "convenantbot.json");
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new ConvenantbotError(
        `Cannot create the data directory ${dir}: ${(e as Error).message}`,
        "store_unavailable",
        { cause: e },
      );
    }
    let lock: StoreLock;
    try {
      lock = await lockStore(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === "ELOCKED" ? "another Convenantbot process is using it" : (e as Error).message;
      throw new ConvenantbotError(
        `The store ${path} is locked: ${why}. Stop the other process or set DATA_DIR to another directory.`,
        "store_unavailable",
        { cause: e },
      );
    }
    const db = new Low<StoreData>(new JSONFile<StoreData>(path), emptyData());
    try {
      await db.read();
    } catch (e) {
      await lock.release();
      const detail = e instanceof SyntaxError ? "it is not valid JSON" : (e as Error).message;
      throw new ConvenantbotError(
        `The store ${path} cannot be read: ${detail}. It was left untouched; repair it or move it away to start with an empty store.`,
        "store_unavailable",
        { cause: e },
      );
    }
    if (
      db.data.version !== 1 ||
      typeof db.data.conversations !== "object" ||
      !Array.isArray(db.data.people)
    ) {
      await lock.release();
      throw new ConvenantbotError(
        `The store ${path} does not have the expected structure (version 1). It was left untouched.`,
        "store_unavailable",
      );
    }
    db.data = { ...emptyData(), ...db.data };
    const journal = join(dir, "convenantbot.journal");
    const store = new Store(db, path, lock, journal);
    store.documentBytes = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    const replayed = replayJournal(db.data, readJournal(journal));
    if (replayed.damagedAt !== undefined) {
      await lock.release();
      throw new ConvenantbotError(
        `The journal ${journal} is damaged at line ${replayed.damagedAt}. It was left untouched.`,
        "store_unavailable",
        { cause: replayed.cause },
      );
    }
    // The replayed state becomes the document, and the journal starts empty.
    if (replayed.lines) await store.writeDocument();
    return store;
  }

  /**
   * What is on disk in `dir`, as opening it would read it (the document with its journal
   * replayed), without taking the lock: for tests and checks of what a store keeps.
   */
  static peek(dir: string): { data: StoreData; raw: string } {
    const document = readFileSync(join(dir, "convenantbot.json"), "utf8");
    const journal = readJournal(join(dir, "convenantbot.journal"));
    const data = { ...emptyData(), ...(JSON.parse(document) as StoreData) };
    // A damaged line is passed over here; opening the store reports it.
    replayJournal(data, journal);
    return { data, raw: `${document}\n${journal}` };
  }

  private async writeDocument(): Promise<void> {
    await this.db.write();
    if (this.journal) {
      this.documentBytes = statSync(this.location, { throwIfNoEntry: false })?.size ?? 0;
      this.bytesWritten += this.documentBytes;
      if (this.journalBytes > 0) await truncate(this.journal, 0).catch(() => {});
      this.journalBytes = 0;
    }
  }

  get data(): Readonly<StoreData> {
    return this.db.data;
  }

  /**
   * Changes the data and writes it (atomically, for the file store).
   * @throws ConvenantbotError (store_unavailable) once another process has taken the store's
   * lock: then nothing is changed or written.
   */
  async update(change: (data: StoreData) => void, touched?: Touched[]): Promise<void> {
    if (this.lock && !this.lock.held()) {
      throw new ConvenantbotError(
        `The store ${this.location} is no longer locked by this process (${this.lock.lost?.message}); nothing more is written.`,
        "store_unavailable",
      );
    }
    change(this.db.data);
    if (!this.journal) {
      // In memory there is nothing to write; the write still counts for the metrics.
      for (const l of this.writeListeners) l(0);
      return;
    }
    // The lines are made now, so they hold the records as this change left them.
    const lines = touched?.map((t) =>
      JSON.stringify({ c: t.c, k: t.k, v: recordOf(this.db.data, t) ?? null }),
    );
    const next = this.writes.then(async () => {
      const started = performance.now();
      if (!lines || this.journalBytes > Math.max(1_000_000, this.documentBytes)) await this.writeDocument();
      else {
        const text = `${lines.join("\n")}\n`;
        await appendFile(this.journal as string, text);
        const n = Buffer.byteLength(text);
        this.journalBytes += n;
        this.bytesWritten += n;
      }
      const ms = performance.now() - started;
      for (const l of this.writeListeners) l(ms);
    });
    this.writes = next.catch(() => {});
    await next;
  }

  /** Calls `listener` with the duration of every write, in milliseconds (metrics). */
  onWrite(listener: (ms: number) => void): void {
    this.writeListeners.push(listener);
  }

  /**
   * Why the store cannot be written now, in words for an operator (no paths), or undefined
   * when it can: the lock was taken by another process, or the directory is not writable.
   */
  async notWritable(): Promise<string | undefined> {
    if (this.lock && !this.lock.held())
      return "another process has taken the store's lock; nothing more is written";
    if (this.location === "memory") return undefined;
    try {
      await access(dirname(this.location), constants.W_OK);
    } catch {
      return "the data directory is not writable";
    }
    return undefined;
  }

  /** Calls `listener` once when another process takes the store's lock (file store only). */
  onLockLost(listener: (e: Error) => void): void {
    this.lock?.onLost(listener);
  }

  /**
   * Records an event id; true the first time it is seen, false for a redelivery.
   * Ids older than the redelivery window are forgotten.
   */
  async firstDelivery(eventKey: string, now = Date.now()): Promise<boolean> {
    if (this.db.data.seenEvents[eventKey] !== undefined) return false;
    // Forgetting old ids walks the whole map, so it runs at most every ten minutes.
    const prune = now - this.lastPrune > PRUNE_EVERY_MS;
    if (prune) this.lastPrune = now;
    await this.update(
      (d) => {
        d.seenEvents[eventKey] = now;
        if (prune)
          for (const [k, t] of Object.entries(d.seenEvents))
            if (now - t > REDELIVERY_WINDOW_MS) delete d.seenEvents[k];
      },
      // A sweep touches many records: the document is written whole.
      prune ? undefined : [{ c: "seenEvents", k: eventKey }],
    );
    return true;
  }

  async close(): Promise<void> {
    await this.lock?.release();
  }
}
