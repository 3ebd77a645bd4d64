/**
 * The contract every storage backend passes: the same calls give the same answers on memory,
 * the lowdb file and PostgreSQL, values are copies, and what must be unique is unique under
 * concurrent calls.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Batch, Delivery } from "../src/model/delivery.ts";
import type { Meeting } from "../src/model/meetings.ts";
import type { Invitation } from "../src/model/people.ts";
import type { StoragePorts } from "../src/model/ports.ts";
import type { Signal } from "../src/model/signals.ts";
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

    it("keeps feedback by date and forgets the old", async () => {
      await s.feedback.add({ on: "2026-01-05", platform: "slack", helpful: true, intent: "contact" });
      await s.feedback.add({ on: "2026-03-01", platform: "teams", helpful: false, covenants: ["leiden"] });
      expect((await s.feedback.since("2026-02-01")).map((f) => f.platform)).toEqual(["teams"]);
      expect(await s.feedback.prune("2026-02-01")).toBe(1);
      expect(await s.feedback.since("2000-01-01")).toHaveLength(1);
    });

    it("forgets the text of kept questions after their date, and keeps the ratings", async () => {
      await s.feedback.add({ on: "2026-01-05", platform: "web", question: "q1", reason: "not-in-covenants" });
      await s.feedback.add({
        on: "2026-01-06",
        platform: "web",
        helpful: false,
        question: "q2",
        reason: "not-helpful",
      });
      await s.feedback.add({ on: "2026-03-01", platform: "web", question: "q3", reason: "asked-back" });
      expect(await s.feedback.forgetQuestions("2026-02-01")).toBe(2);
      const left = await s.feedback.since("2026-01-01");
      expect(left.map((f) => f.question ?? null)).toEqual([null, "q3"]);
      expect(left[0]).toMatchObject({ on: "2026-01-06", helpful: false });
    });

    const signal = (code: string, region: string, week: string): Signal => ({
      id: `id-${code}`,
      code,
      kind: "trend",
      theme: "overlast",
      region,
      wijk: null,
      school: null,
      week,
      text: "Jongeren bij het hek",
      questions: [],
    });

    it("keeps signals with their questions and answers, by region and week", async () => {
      await s.signals.add(signal("AAAA-2222", "leiden", "2026-W10"));
      await s.signals.add(signal("BBBB-3333", "leiden", "2026-W20"));
      await s.signals.add(signal("CCCC-4444", "almere", "2026-W20"));
      expect((await s.signals.list("leiden")).map((x) => x.code)).toEqual(["AAAA-2222", "BBBB-3333"]);
      expect((await s.signals.list("leiden", "2026-W15")).map((x) => x.code)).toEqual(["BBBB-3333"]);
      expect(await s.signals.list(null)).toHaveLength(3);
      expect(await s.signals.answer("AAAA-2222", "nee")).toBe(false);
      expect(await s.signals.ask("AAAA-2222", { week: "2026-W11", question: "Welke tijd?" })).toBe(true);
      expect(await s.signals.ask("AAAA-2222", { week: "2026-W12", question: "Hoe vaak?" })).toBe(true);
      expect(await s.signals.ask("ZZZZ-9999", { week: "2026-W12", question: "?" })).toBe(false);
      expect(await s.signals.answer("AAAA-2222", "Na school")).toBe(true);
      expect((await s.signals.byCode("AAAA-2222"))?.questions).toEqual([
        { week: "2026-W11", question: "Welke tijd?", answer: "Na school" },
        { week: "2026-W12", question: "Hoe vaak?" },
      ]);
      expect(await s.signals.prune("2026-W15")).toBe(1);
      expect(await s.signals.byCode("AAAA-2222")).toBeUndefined();
    });

    it("records a signal message hash once, also when seen at the same moment", async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => s.signals.firstMessage("h1", "2026-W10")),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await s.signals.firstMessage("h2", "2026-W12")).toBe(true);
      expect(await s.signals.pruneMessages("2026-W11")).toBe(1);
      expect(await s.signals.firstMessage("h1", "2026-W13")).toBe(true);
      expect(await s.signals.firstMessage("h2", "2026-W13")).toBe(false);
    });

    const meeting = (id: string, region: string, start: number): Meeting => ({
      id,
      region,
      wijk: null,
      overleg: `${region}/signaaloverleg`,
      start,
      durationMinutes: 90,
      place: null,
      organiser: "g",
      status: "planned",
      sequence: 0,
      agenda: [],
    });

    it("accepts an invitation once, never expired or revoked, and keeps the audit by region", async () => {
      const inv = (id: string, expiresAt: number): Invitation => ({
        id,
        codeHash: `hash-${id}`,
        kind: "person",
        role: "directeur",
        region: "zoetermeer",
        school: "klimboom",
        name: "Directeur Klimboom",
        by: "gem",
        createdAt: 1000,
        expiresAt,
      });
      await s.invitations.add(inv("i1", 10_000));
      await s.invitations.add(inv("i2", 2_000));
      await s.invitations.add({ ...inv("i3", 10_000), region: "leiden", createdAt: 1500 });
      const accepted = await Promise.all([
        s.invitations.accept("hash-i1", "p1", 5_000),
        s.invitations.accept("hash-i1", "p2", 5_000),
      ]);
      expect(accepted.filter(Boolean)).toHaveLength(1);
      expect(accepted.find(Boolean)).toMatchObject({ id: "i1", usedAt: 5_000 });
      expect(await s.invitations.accept("hash-i2", "p1", 5_000)).toBeUndefined();
      expect(await s.invitations.revoke("i3", 6_000)).toBe(true);
      expect(await s.invitations.revoke("i3", 6_000)).toBe(false);
      expect(await s.invitations.accept("hash-i3", "p1", 7_000)).toBeUndefined();
      expect((await s.invitations.list("zoetermeer")).map((i) => i.id).sort()).toEqual(["i1", "i2"]);
      expect((await s.invitations.byId("i3"))?.revokedAt).toBe(6_000);
      expect(await s.invitations.prune(5_500)).toBe(2);
      expect((await s.invitations.list(null)).map((i) => i.id)).toEqual(["i3"]);

      await s.audit.add({ at: 1, by: "gem", action: "invited", region: "zoetermeer", subject: "i1" });
      await s.audit.add({
        at: 2,
        by: "gem",
        action: "joined",
        region: "leiden",
        subject: "p1",
        after: { roles: ["directeur"] },
      });
      expect((await s.audit.list("leiden", 0)).map((e) => e.action)).toEqual(["joined"]);
      expect((await s.audit.list(null, 2)).map((e) => e.subject)).toEqual(["p1"]);
      expect(await s.audit.prune(2)).toBe(1);
    });

    it("makes a shared key once, the same for every caller, until it is forgotten", async () => {
      const [a, b] = await Promise.all([s.keys.get("k"), s.keys.get("k")]);
      expect(a).toBe(b);
      expect(a.length).toBeGreaterThanOrEqual(40);
      expect(await s.keys.get("other")).not.toBe(a);
      await s.keys.forget("k");
      expect(await s.keys.get("k")).not.toBe(a);
    });

    it("keeps the meeting plan by region, ordered by start", async () => {
      await s.meetings.put(meeting("M2", "leiden", 2000));
      await s.meetings.put(meeting("M1", "leiden", 1000));
      await s.meetings.put(meeting("M3", "almere", 1500));
      expect((await s.meetings.list("leiden")).map((m) => m.id)).toEqual(["M1", "M2"]);
      await s.meetings.put({ ...meeting("M1", "leiden", 3000), status: "cancelled", sequence: 1 });
      expect((await s.meetings.list("leiden")).map((m) => m.id)).toEqual(["M2", "M1"]);
      expect((await s.meetings.byId("M1"))?.status).toBe("cancelled");
      expect(await s.meetings.prune(1800)).toBe(1);
      expect((await s.meetings.list(null)).map((m) => m.id)).toEqual(["M2", "M1"]);
    });

    const batch = (id: string, extra: Partial<Batch> = {}): Batch => ({
      id,
      kind: "trend",
      region: "leiden",
      wijk: null,
      by: "g",
      createdAt: 1000,
      ...extra,
    });
    const delivery = (key: string, batchId: string, platform = "slack" as const): Delivery => ({
      key,
      batch: batchId,
      target: { platform, conversation: key.split("/")[1] ?? key },
      message: { text: "Let op" },
      status: "pending",
      attempts: 0,
      notBefore: 0,
      at: 1000,
    });

    it("enqueues each delivery key once, also when two instances enqueue the same work", async () => {
      const items = [delivery("b1/C1", "b1"), delivery("b1/C2", "b1"), delivery("b1/C1", "b1")];
      const [a, b] = await Promise.all([
        s.outbox.enqueue(batch("b1"), items),
        s.outbox.enqueue(batch("b1"), items),
      ]);
      expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(["b1/C1", "b1/C2"]);
      expect((await s.outbox.deliveries("b1")).map((d) => d.key)).toEqual(["b1/C1", "b1/C2"]);
      expect(await s.outbox.depth()).toEqual({ slack: 2 });
      expect((await s.outbox.batchesBy("trend", "g")).map((x) => x.id)).toEqual(["b1"]);
      expect(await s.outbox.batchesSince(1001)).toEqual([]);
    });

    it("gives a delivery to one claimant, and only the claimant may send it", async () => {
      const items = Array.from({ length: 10 }, (_, i) => delivery(`b2/C${i}`, "b2"));
      await s.outbox.enqueue(batch("b2"), items);
      const [x, y] = await Promise.all([
        s.outbox.claim("slack", "one", 5000, 30_000, 6),
        s.outbox.claim("slack", "two", 5000, 30_000, 6),
      ]);
      const keys = [...(x ?? []), ...(y ?? [])].map((d) => d.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(10);
      expect(await s.outbox.claim("teams", "one", 5000, 30_000, 6)).toEqual([]);
      const mine = (x ?? [])[0] as Delivery;
      expect(await s.outbox.sending(mine.key, "someone-else", 5001, 30_000)).toBe(false);
      expect(await s.outbox.sending(mine.key, "one", 5001, 30_000)).toBe(true);
      await s.outbox.settle(mine.key, "one", { status: "sent", ref: "ts1" }, 5002);
      const after = (await s.outbox.deliveries("b2")).find((d) => d.key === mine.key);
      expect(after).toMatchObject({ status: "sent", ref: "ts1", attempts: 1, at: 5002 });
      expect(after?.claimedBy).toBeUndefined();
    });

    it("turns a claim whose lease ran out into uncertain when it was sending, else back to the queue", async () => {
      await s.outbox.enqueue(batch("b3"), [delivery("b3/C1", "b3"), delivery("b3/C2", "b3")]);
      const got = await s.outbox.claim("slack", "dead", 1000, 10_000, 10);
      expect(got).toHaveLength(2);
      await s.outbox.sending("b3/C1", "dead", 1001, 10_000);
      expect(await s.outbox.claim("slack", "alive", 5000, 10_000, 10)).toEqual([]);
      expect(await s.outbox.expire(5000)).toEqual({ uncertain: 0, released: 0 });
      expect(await s.outbox.expire(20_000)).toEqual({ uncertain: 1, released: 1 });
      const rows = await s.outbox.deliveries("b3");
      expect(rows.map((d) => d.status)).toEqual(["uncertain", "pending"]);
      expect((await s.outbox.claim("slack", "alive", 20_001, 10_000, 10)).map((d) => d.key)).toEqual([
        "b3/C2",
      ]);
      // The dead instance's late settle changes nothing: it lost the claim.
      await s.outbox.settle("b3/C1", "dead", { status: "sent" }, 20_002);
      expect((await s.outbox.deliveries("b3"))[0]?.status).toBe("uncertain");
      expect(await s.outbox.release("alive", 20_003)).toEqual({ uncertain: 0, released: 1 });
    });

    it("waits out a retry, reports a batch once and withdraws what was not sent", async () => {
      await s.outbox.enqueue(batch("b4"), [delivery("b4/C1", "b4"), delivery("b4/C2", "b4")]);
      await s.outbox.claim("slack", "one", 1000, 10_000, 1);
      await s.outbox.sending("b4/C1", "one", 1000, 10_000);
      await s.outbox.settle(
        "b4/C1",
        "one",
        { status: "pending", reason: "ratelimited", notBefore: 9000 },
        1001,
      );
      expect(await s.outbox.markReported("b4")).toBe(false);
      expect((await s.outbox.claim("slack", "one", 2000, 10_000, 5)).map((d) => d.key)).toEqual(["b4/C2"]);
      await s.outbox.settle("b4/C2", "one", { status: "failed", reason: "channel_not_found" }, 2001);
      expect((await s.outbox.claim("slack", "one", 9000, 10_000, 5)).map((d) => d.key)).toEqual(["b4/C1"]);
      await s.outbox.release("one", 9001);
      expect(await s.outbox.withdraw("b4", "ingetrokken", 9002)).toBe(1);
      expect((await s.outbox.batch("b4"))?.withdrawn).toBe(true);
      const rows = await s.outbox.deliveries("b4");
      expect(rows.map((d) => [d.status, d.reason])).toEqual([
        ["failed", "ingetrokken"],
        ["failed", "channel_not_found"],
      ]);
      expect((await s.outbox.unreported()).map((b) => b.id)).toContain("b4");
      const reported = await Promise.all([s.outbox.markReported("b4"), s.outbox.markReported("b4")]);
      expect(reported.filter(Boolean)).toHaveLength(1);
      expect((await s.outbox.unreported()).map((b) => b.id)).not.toContain("b4");
      expect(await s.outbox.prune(9003)).toBe(2);
      expect(await s.outbox.deliveries("b4")).toEqual([]);
    });

    it("spaces pacing slots evenly across concurrent callers", async () => {
      const slots = await Promise.all(Array.from({ length: 5 }, () => s.outbox.slot("slack", 1000, 50)));
      expect([...slots].sort((a, b) => a - b)).toEqual([1000, 1050, 1100, 1150, 1200]);
      expect(await s.outbox.slot("slack", 5000, 50)).toBe(5000);
      expect(await s.outbox.slot("teams", 1000, 20)).toBe(1000);
      // WhatsApp's 80 a second: a spacing of 12.5 ms.
      const wa = await Promise.all(Array.from({ length: 4 }, () => s.outbox.slot("whatsapp", 1000, 12.5)));
      expect([...wa].sort((a, b) => a - b)).toEqual([1000, 1012.5, 1025, 1037.5]);
    });

    it("keeps conversation state until it expires, hands it to one taker, and counts hits", async () => {
      await s.state.set("draft", "k1", { step: "kind", text: "x" }, 2000);
      expect(await s.state.get("draft", "k1", 1500)).toEqual({ step: "kind", text: "x" });
      expect(await s.state.get("draft", "k1", 2500)).toBeUndefined();
      await s.state.set("held", "k2", { n: 1 }, 9000);
      const taken = await Promise.all([s.state.take("held", "k2", 1000), s.state.take("held", "k2", 1000)]);
      expect(taken.filter(Boolean)).toEqual([{ n: 1 }]);
      await s.state.set("held", "k3", 1, 9000);
      await s.state.delete("held", "k3");
      expect(await s.state.get("held", "k3", 1000)).toBeUndefined();
      expect(await s.state.hit("limit", "u", 1000, 60_000)).toBe(1);
      expect(await s.state.hit("limit", "u", 2000, 60_000)).toBe(2);
      expect(await s.state.hit("limit", "u", 61_500, 60_000)).toBe(2);
      expect(await s.state.hit("limit", "other", 70_000, 60_000)).toBe(1);
    });
  });
}
