/**
 * Several instances sending from one PostgreSQL: each delivery is claimed by one of them, the
 * platform's rate holds across all of them, and an instance that stops answering mid-send
 * leaves its claims to the others after the lease: what it had not started goes out once,
 * what it was sending is reported uncertain and never sent again.
 */
import { describe, expect, it } from "vitest";
import { createMemoryLogger } from "../src/core/logger.ts";
import { Outbox } from "../src/delivery/outbox.ts";
import type { BatchReport, DeliveryChannel, SendOutcome } from "../src/model/delivery.ts";
import { createPostgresPorts, type PostgresPorts } from "../src/storage/postgres/index.ts";
import { usePostgres } from "./pg.ts";

const database = usePostgres();

const PER_SECOND = 100;

/** What the platform received: every request, with the instance that made it and when. */
interface Received {
  conversation: string;
  by: string;
  at: number;
}

function channel(name: string, received: Received[], hangAfter = Number.POSITIVE_INFINITY): DeliveryChannel {
  let sent = 0;
  return {
    platform: "slack",
    limits: { perSecond: PER_SECOND, perTargetPerSecond: 1, concurrency: 4 },
    async send(target): Promise<SendOutcome> {
      // The request reaches the platform; whether an answer comes back is another matter.
      received.push({ conversation: target.conversation, by: name, at: performance.now() });
      if (++sent > hangAfter) return new Promise<SendOutcome>(() => {});
      await new Promise((r) => setTimeout(r, 5));
      return { status: "sent", ref: `ts-${sent}` };
    },
  };
}

describe("the outbox on one PostgreSQL with three instances", () => {
  it("sends each of 300 alerts once, paced across instances, and reports the dead instance's sends as uncertain", async () => {
    const url = await database();
    const received: Received[] = [];
    const reports: BatchReport[] = [];
    const instances: Array<{ outbox: Outbox; ports: PostgresPorts }> = [];
    for (const name of ["a", "b", "c"]) {
      const ports = await createPostgresPorts(url);
      const outbox = new Outbox({
        ports,
        logger: createMemoryLogger(),
        leaseMs: 1_500,
        onBatchDone: (r) => {
          reports.push(r);
        },
      });
      // Instance b stops answering after its 20th request, as a process that hangs or is killed.
      outbox.addChannel(channel(name, received, name === "b" ? 20 : Number.POSITIVE_INFINITY), {
        privateReply: "ephemeral",
        directMessage: true,
        nativeCommands: true,
        buttons: true,
        deleteMessages: true,
        directByAccount: true,
        groups: true,
      });
      instances.push({ outbox, ports });
    }
    for (const i of instances) await i.outbox.start();
    const [a, , c] = instances as [(typeof instances)[0], (typeof instances)[0], (typeof instances)[0]];
    const items = Array.from({ length: 300 }, (_, n) => ({
      key: `alert-1:slack:C${n}`,
      target: { platform: "slack" as const, conversation: `C${n}` },
      message: { text: "Let op: meer meldingen van vapen bij groep 8" },
    }));
    const batch = {
      id: "alert-1",
      kind: "trend" as const,
      region: "zoetermeer",
      wijk: null,
      createdAt: Date.now(),
    };
    // Two instances enqueue the same alert (a retried command): it is stored once.
    const [x, y] = await Promise.all([a.outbox.enqueue(batch, items), c.outbox.enqueue(batch, items)]);
    expect((x?.queued ?? 0) + (y?.queued ?? 0)).toBe(300);

    const deadline = Date.now() + 30_000;
    while (reports.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(reports).toHaveLength(1);
    const report = reports[0] as BatchReport;

    // Every conversation got a request, none got two.
    const per = new Map<string, number>();
    for (const r of received) per.set(r.conversation, (per.get(r.conversation) ?? 0) + 1);
    expect(per.size).toBe(300);
    expect([...per.values()].filter((n) => n > 1)).toEqual([]);
    // What b was sending when it stopped answering is uncertain; everything else was sent.
    const hung = received.filter((r) => r.by === "b").length - 20;
    expect(hung).toBeGreaterThan(0);
    expect(report).toMatchObject({ total: 300, sent: 300 - hung, uncertain: hung, pending: 0 });
    expect(report.failed).toEqual([]);
    // All three instances sent, and together they kept to the platform's rate.
    expect(new Set(received.map((r) => r.by))).toEqual(new Set(["a", "b", "c"]));
    const times = received.map((r) => r.at).sort((p, q) => p - q);
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] as number) - (times[j] as number) >= 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    // Timers and the event loop let a few sends bunch; the rate stays within 5 % of the limit
    // (three instances without shared slots would reach three times it).
    expect(worst).toBeLessThanOrEqual(PER_SECOND * 1.05);

    for (const i of [a, c]) await i.outbox.stop();
    for (const i of instances) await i.ports.close();
  }, 60_000);
});
