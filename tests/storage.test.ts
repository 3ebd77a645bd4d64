import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createLowdbPorts } from "../src/storage/lowdb/index.ts";
import { createMemoryPorts } from "../src/storage/memory/index.ts";
import { createPostgresPorts } from "../src/storage/postgres/index.ts";
import { MIGRATIONS } from "../src/storage/postgres/migrations.ts";
import { Store } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { usePostgres } from "./pg.ts";
import { storageContract } from "./storage-contract.ts";

const database = usePostgres();

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

storageContract("PostgreSQL", async () => createPostgresPorts(await database()));

describe("PostgreSQL schema", () => {
  it("is migrated once, also when several instances start together", async () => {
    const url = await database();
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

describe("the lowdb file's journal", () => {
  const delivery = (n: number) => ({
    key: `b1:slack:C${n}`,
    batch: "b1",
    target: { platform: "slack" as const, conversation: `C${n}` },
    message: { text: "Let op: meer meldingen van vapen bij groep 8" },
    status: "pending" as const,
    attempts: 0,
    notBefore: 0,
    at: 1,
  });

  it("appends what changed instead of rewriting the file, and reads it back after a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "convenantbot-journal-"));
    try {
      const store = await Store.file(dir);
      // Some bulk in the document, as a store in use has.
      await store.update((d) => {
        for (let i = 0; i < 2000; i++)
          d.users[`whatsapp:3161${i}`] = { region: "zoetermeer", lastMessageAt: i };
      });
      const ports = createLowdbPorts(store);
      const before = store.bytesWritten;
      const documentSize = statSync(join(dir, "convenantbot.json")).size;
      await ports.outbox.enqueue(
        { id: "b1", kind: "trend", region: "zoetermeer", wijk: null, createdAt: 1 },
        Array.from({ length: 100 }, (_, n) => delivery(n)),
      );
      for (const d of await ports.outbox.claim("slack", "me", 10, 60_000, 100)) {
        await ports.outbox.sending(d.key, "me", 11, 60_000);
        await ports.outbox.settle(d.key, "me", { status: "sent", ref: `ts${d.key}` }, 12);
      }
      await ports.conversations.patch("slack:C1", { region: "zoetermeer", wijk: null });
      await ports.feedback.add({ on: "2026-12-05", platform: "slack", helpful: true });
      const written = store.bytesWritten - before;
      // 202 changes written as what they changed: far less than one rewrite of the document each.
      expect(written).toBeLessThan(documentSize * 3);
      await store.close();

      const again = createLowdbPorts(await Store.file(dir));
      const rows = await again.outbox.deliveries("b1");
      expect(rows).toHaveLength(100);
      expect(rows.every((d) => d.status === "sent" && d.ref === `ts${d.key}`)).toBe(true);
      expect((await again.conversations.get("slack:C1"))?.region).toBe("zoetermeer");
      expect(await again.feedback.since("2026-01-01")).toHaveLength(1);
      expect((await again.users.get("whatsapp:31611999"))?.lastMessageAt).toBe(1999);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ignores a last line cut off by a crash, and refuses a journal damaged before its end", async () => {
    const dir = mkdtempSync(join(tmpdir(), "convenantbot-journal-"));
    try {
      const ports = createLowdbPorts(await Store.file(dir));
      await ports.conversations.patch("slack:C1", { region: "leiden", wijk: null });
      await ports.conversations.patch("slack:C2", { region: "almere", wijk: null });
      await ports.close();
      const journal = join(dir, "convenantbot.journal");
      const lines = readFileSync(journal, "utf8").trim().split("\n");
      expect(lines).toHaveLength(2);
      writeFileSync(journal, `${lines[0]}\n${(lines[1] as string).slice(0, 20)}`);
      const again = createLowdbPorts(await Store.file(dir));
      expect((await again.conversations.get("slack:C1"))?.region).toBe("leiden");
      expect(await again.conversations.get("slack:C2")).toBeUndefined();
      await again.conversations.patch("slack:C3", { region: "leiden", wijk: null });
      await again.close();
      writeFileSync(journal, `{"c":"conversations",\n${readFileSync(journal, "utf8")}`);
      await expect(Store.file(dir)).rejects.toThrow(/journal .* is damaged at line 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the key of the signal-message hashes", () => {
  it("is kept in the store without SIGNAL_KEY, and leaves it when SIGNAL_KEY is set", async () => {
    const { app, store } = await startTestApp();
    const kept = store.data.keys?.["signal-messages"];
    expect(kept).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    await app.close();
    const again = await startTestApp(
      { SIGNAL_KEY: "k".repeat(40) },
      {
        seed: (d) => {
          d.keys = { "signal-messages": kept as string };
        },
      },
    );
    expect(again.store.data.keys?.["signal-messages"]).toBeUndefined();
    expect(JSON.stringify(again.store.data)).not.toContain(kept);
    await again.app.close();
  });

  it("of a file written before named keys is the one it kept", async () => {
    const store = await Store.memory();
    await store.update((d) => {
      d.signalKey = "old-key-of-the-file";
    });
    const ports = createLowdbPorts(store);
    expect(await ports.keys.get("signal-messages")).toBe("old-key-of-the-file");
    await ports.keys.forget("signal-messages");
    expect(store.data.signalKey).toBeUndefined();
    expect(await ports.keys.get("signal-messages")).not.toBe("old-key-of-the-file");
  });
});
