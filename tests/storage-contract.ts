/**
 * The contract every storage backend passes: the same calls give the same answers on memory,
 * the lowdb file and PostgreSQL, values are copies, and what must be unique is unique under
 * concurrent calls.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoragePorts } from "../src/storage/ports.ts";
import type { Person } from "../src/storage/store.ts";

export function storageContract(name: string, open: () => Promise<StoragePorts>): void {
  describe(`${name} storage`, () => {
    let s: StoragePorts;
    beforeEach(async () => {
      s = await open();
    });
    afterEach(async () => {
      await s.close();
    });

    const person = (id: string, accounts: string[], extra: Partial<Person> = {}): Person => ({
      id,
      name: `Persoon ${id}`,
      roles: ["directeur"],
      region: "zoetermeer",
      accounts,
      ...extra,
    });

    it("records an event once, also when two callers see it at the same moment", async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => s.events.first("slack:Ev1", 1000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await s.events.first("slack:Ev1", 2000)).toBe(false);
      expect(await s.events.first("slack:Ev2", 5000)).toBe(true);
      expect(await s.events.prune(3000)).toBe(1);
      expect(await s.events.first("slack:Ev1", 6000)).toBe(true);
      expect(await s.events.first("slack:Ev2", 6000)).toBe(false);
    });

    it("keeps people by id and account, an account belonging to one person", async () => {
      await s.people.put(person("a", ["slack:U1", "whatsapp:316"]));
      await s.people.put(person("b", ["teams:x"], { roles: ["gemeente"] }));
      expect((await s.people.byAccount("whatsapp:316"))?.id).toBe("a");
      expect((await s.people.byId("b"))?.roles).toEqual(["gemeente"]);
      // The WhatsApp number moves to b: a no longer has it.
      await s.people.put(person("b", ["teams:x", "whatsapp:316"], { roles: ["gemeente"] }));
      expect((await s.people.byAccount("whatsapp:316"))?.id).toBe("b");
      expect((await s.people.byId("a"))?.accounts).toEqual(["slack:U1"]);
      expect((await s.people.all()).map((p) => p.id).sort()).toEqual(["a", "b"]);
      expect(await s.people.remove("a")).toBe(true);
      expect(await s.people.remove("a")).toBe(false);
      expect(await s.people.byAccount("slack:U1")).toBeUndefined();
    });

    it("returns copies: changing what it returned changes nothing stored", async () => {
      await s.people.put(person("c", ["slack:U3"]));
      const got = (await s.people.byId("c")) as Person;
      got.roles.push("admin");
      got.accounts.length = 0;
      expect((await s.people.byId("c"))?.roles).toEqual(["directeur"]);
      expect((await s.people.byAccount("slack:U3"))?.id).toBe("c");
      const conv = await s.conversations.patch("slack:C1", { region: "leiden", wijk: null });
      conv.region = "almere";
      expect((await s.conversations.get("slack:C1"))?.region).toBe("leiden");
    });

    it("patches conversations field by field and finds them by region and wijk", async () => {
      await s.conversations.patch("teams:19:a", { reference: { serviceUrl: "https://x/" } });
      await s.conversations.patch("teams:19:a", { region: "zoetermeer", wijk: "seghwaert", linkedBy: "g" });
      await s.conversations.patch("slack:C2", { region: "zoetermeer", wijk: null });
      await s.conversations.patch("slack:C3", { region: "leiden", wijk: null });
      expect(await s.conversations.get("teams:19:a")).toEqual({
        region: "zoetermeer",
        wijk: "seghwaert",
        linkedBy: "g",
        reference: { serviceUrl: "https://x/" },
      });
      expect((await s.conversations.linkedTo("zoetermeer", null)).map((c) => c.key).sort()).toEqual([
        "slack:C2",
        "teams:19:a",
      ]);
      expect((await s.conversations.linkedTo("zoetermeer", "seghwaert")).map((c) => c.key)).toEqual([
        "teams:19:a",
      ]);
      await s.conversations.patch("teams:19:a", { region: null, wijk: null });
      expect(await s.conversations.linkedTo("zoetermeer", "seghwaert")).toEqual([]);
      expect(await s.conversations.get("slack:none")).toBeUndefined();
    });

    it("keeps users' regions and last messages, and prunes the silent ones without a role", async () => {
      await s.users.patch("whatsapp:1", { region: "zoetermeer", wijk: "rokkeveen" });
      await s.users.patch("whatsapp:1", { lastMessageAt: 5000 });
      await s.users.patch("whatsapp:2", { lastMessageAt: 100 });
      await s.users.patch("whatsapp:3", { lastMessageAt: 100 });
      expect(await s.users.get("whatsapp:1")).toEqual({
        region: "zoetermeer",
        wijk: "rokkeveen",
        lastMessageAt: 5000,
      });
      expect((await s.users.inRegion("zoetermeer", "rokkeveen")).map((u) => u.key)).toEqual(["whatsapp:1"]);
      expect(await s.users.prune(1000, new Set(["whatsapp:3"]))).toBe(1);
      expect(await s.users.get("whatsapp:2")).toBeUndefined();
      expect(await s.users.get("whatsapp:3")).toBeDefined();
    });

    it("keeps and replaces calendar tokens", async () => {
      expect(await s.calendarTokens.get("zoetermeer")).toBeUndefined();
      await s.calendarTokens.set("zoetermeer", "t1");
      await s.calendarTokens.set("zoetermeer/seghwaert", "t2");
      await s.calendarTokens.set("zoetermeer", "t3");
      expect(await s.calendarTokens.get("zoetermeer")).toBe("t3");
      expect(await s.calendarTokens.get("zoetermeer/seghwaert")).toBe("t2");
    });
  });
}
