import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLowdbPorts } from "../src/storage/lowdb/index.ts";
import { createMemoryPorts } from "../src/storage/memory/index.ts";
import { createPostgresPorts } from "../src/storage/postgres/index.ts";
import { MIGRATIONS } from "../src/storage/postgres/migrations.ts";
import { Store } from "../src/storage/store.ts";
import { startPostgres, type TestPostgres } from "./pg.ts";
import { storageContract } from "./storage-contract.ts";

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

storageContract("memory", () => createMemoryPorts());

storageContract("lowdb file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "convenantbot-ports-"));
  const ports = createLowdbPorts(await Store.file(dir));
  return {
    ...ports,
    close: async () => {
      await ports.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

storageContract("PostgreSQL", async () => createPostgresPorts(await postgres.database()));

describe("PostgreSQL schema", () => {
  it("is migrated once, also when several instances start together", async () => {
    const url = await postgres.database();
    const instances = await Promise.all([1, 2, 3].map(() => createPostgresPorts(url)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const versions = (await client.query("SELECT version FROM schema_migrations ORDER BY version")).rows;
      expect(versions.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      // Three instances, one database: an event is answered by exactly one of them.
      const first = await Promise.all(instances.map((s) => s.events.first("slack:Shared", 1)));
      expect(first.filter(Boolean)).toHaveLength(1);
    } finally {
      await client.end();
      await Promise.all(instances.map((s) => s.close()));
    }
  });

  it("says clearly when the database cannot be reached", async () => {
    await expect(createPostgresPorts("postgres://nobody:x@127.0.0.1:1/none")).rejects.toThrow(
      /PostgreSQL at DATABASE_URL cannot be used/,
    );
  });
});
