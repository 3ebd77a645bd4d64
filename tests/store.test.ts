import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConvenantbotError } from "../src/errors.ts";
import { Store } from "../src/storage/store.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "convenantbot-store-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the lowdb file store", () => {
  it("creates the file, writes changes and reads them back after a restart", async () => {
    const dir = tempDir();
    const a = await Store.file(dir);
    await a.update((d) => {
      d.conversations["slack:C1"] = { region: "leiden", wijk: null };
    });
    await a.close();
    const b = await Store.file(dir);
    expect(b.data.conversations["slack:C1"]).toEqual({ region: "leiden", wijk: null });
    await b.close();
  });

  it("refuses a corrupt file with a clear error and leaves it untouched", async () => {
    const dir = tempDir();
    const path = join(dir, "convenantbot.json");
    writeFileSync(path, '{"version": 1, "conversations": {');
    const error = await Store.file(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvenantbotError);
    expect((error as Error).message).toMatch(/cannot be read: it is not valid JSON\. It was left untouched/);
    expect(readFileSync(path, "utf8")).toBe('{"version": 1, "conversations": {');
  });

  it("refuses a second process while the first holds the lock", async () => {
    const dir = tempDir();
    const first = await Store.file(dir);
    const error = await Store.file(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/is locked: another Convenantbot process is using it/);
    await first.close();
    const again = await Store.file(dir);
    await again.close();
  });

  it("writes nothing once another process has taken the lock, and leaves that process's lock alone", async () => {
    const dir = tempDir();
    const path = join(dir, "convenantbot.json");
    const store = await Store.file(dir);
    await store.update((d) => {
      d.conversations["slack:C1"] = { region: "leiden", wijk: null };
    });
    const lost: Error[] = [];
    store.onLockLost((e) => lost.push(e));
    // What a second process does with a lock it finds stale: removes it and makes its own.
    rmdirSync(`${path}.lock`);
    mkdirSync(`${path}.lock`);
    utimesSync(`${path}.lock`, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    const before = readFileSync(path, "utf8");
    const error = await store
      .update((d) => {
        d.conversations["slack:C2"] = { region: "almere", wijk: null };
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvenantbotError);
    expect((error as Error).message).toMatch(/no longer locked by this process.*nothing more is written/);
    expect(store.data.conversations["slack:C2"]).toBeUndefined();
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(lost).toHaveLength(1);
    // proper-lockfile's own refresh finds the same a little later; that is not a second report.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(lost).toHaveLength(1);
    await store.close();
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it("keeps its lock through its own refreshes", async () => {
    const dir = tempDir();
    const store = await Store.file(dir);
    const lost: Error[] = [];
    store.onLockLost((e) => lost.push(e));
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 500));
      await store.update((d) => {
        d.feedback.push({ on: "2026-01-01", platform: "web", helpful: true });
      });
    }
    expect(lost).toEqual([]);
    await store.close();
  });

  it("answers a redelivered event once for the 7 days WhatsApp redelivers, then forgets the id", async () => {
    const s = await Store.memory();
    const day = 24 * 3600 * 1000;
    expect(await s.firstDelivery("slack:Ev1", 1_000)).toBe(true);
    expect(await s.firstDelivery("slack:Ev1", 2_000)).toBe(false);
    expect(await s.firstDelivery("slack:Ev1", 1_000 + 6.9 * day)).toBe(false);
    await s.firstDelivery("slack:Ev2", 1_000 + 7.1 * day);
    expect(s.data.seenEvents["slack:Ev1"]).toBeUndefined();
  });
});
