/**
 * Opens the configured storage: PostgreSQL when DATABASE_URL is set (several instances may
 * share it), else the lowdb file under DATA_DIR (this process alone, under its lock), or
 * memory. Everything above this sees the ports only.
 */
import { resolve } from "node:path";
import type { StoragePorts } from "../model/ports.ts";
import { createLowdbPorts } from "./lowdb/index.ts";
import { createPostgresPorts } from "./postgres/index.ts";
import { Store } from "./store.ts";

export interface OpenStorage {
  ports: StoragePorts;
  /** The lowdb document, when the data is in a file or in memory. */
  store?: Store;
  /** Where the data lives, for the log: a path, "memory", or the database without credentials. */
  location: string;
  /** Only this process uses the data (the lowdb file or memory); false for PostgreSQL. */
  exclusive: boolean;
  /** Why the data cannot be written now, in words for an operator, or undefined when it can. */
  notWritable(): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface StorageSettings {
  DATABASE_URL?: string | undefined;
  STORE: "file" | "memory";
  DATA_DIR: string;
}

/** The database's address without user and password. */
export function databaseLocation(url: string): string {
  const u = new URL(url);
  return `postgresql://${u.host}${u.pathname}`;
}

/** The ports over a lowdb store that this process owns. */
export function lowdbStorage(store: Store): OpenStorage {
  return {
    ports: createLowdbPorts(store),
    store,
    location: store.location,
    exclusive: true,
    notWritable: () => store.notWritable(),
    close: () => store.close(),
  };
}

export async function openStorage(env: StorageSettings): Promise<OpenStorage> {
  if (env.DATABASE_URL) {
    const ports = await createPostgresPorts(env.DATABASE_URL);
    return {
      ports,
      location: databaseLocation(env.DATABASE_URL),
      exclusive: false,
      async notWritable() {
        try {
          await ports.pool.query("SELECT 1");
          return undefined;
        } catch {
          return "the database does not answer";
        }
      },
      close: () => ports.close(),
    };
  }
  return lowdbStorage(
    env.STORE === "memory" ? await Store.memory() : await Store.file(resolve(env.DATA_DIR)),
  );
}
