/**
 * The outbox over the lowdb document. One process owns the file (its lock), so a claim is
 * decided synchronously before the write; pacing slots live in this process's memory.
 */
import type { Delivery } from "../../model/delivery.ts";
import type { Settlement, StoragePorts } from "../../model/ports.ts";
import type { Store, Touched } from "../store.ts";

const copy = <T>(v: T): T => structuredClone(v);

const touch = (rows: Delivery[]): Touched[] => rows.map((x) => ({ c: "deliveries", k: x.key }));

export function documentOutbox(store: Store): StoragePorts["outbox"] {
  const byKey = (key: string) => store.data.deliveries.find((x) => x.key === key);
  const slots = new Map<string, number>();
  /** Claims whose lease ran out before `now` (all of `owner`'s when given). */
  const lapse = async (now: number, owner?: string) => {
    const gone = (x: Delivery) =>
      x.claimedBy !== undefined && (owner ? x.claimedBy === owner : (x.leaseUntil ?? 0) < now);
    const r = { uncertain: 0, released: 0 };
    if (!store.data.deliveries.some(gone)) return r;
    await store.update((d) => {
      for (const x of d.deliveries.filter(gone)) {
        if (x.status === "sending") {
          x.status = "uncertain";
          x.reason = "process stopped while sending";
          x.at = now;
          r.uncertain++;
        } else r.released++;
        delete x.claimedBy;
        delete x.leaseUntil;
      }
    });
    return r;
  };
  return {
    async enqueue(batch, deliveries) {
      // Keys already stored, and the second of two equal keys in one call, are skipped.
      const known = new Set(store.data.deliveries.map((x) => x.key));
      const fresh = deliveries.filter((x) => !known.has(x.key) && known.add(x.key));
      const isNew = !store.data.batches.some((b) => b.id === batch.id);
      if (fresh.length || isNew)
        await store.update(
          (d) => {
            if (isNew) d.batches.push(copy(batch));
            d.deliveries.push(...copy(fresh));
          },
          [
            ...(isNew ? [{ c: "batches" as const, k: batch.id }] : []),
            ...fresh.map((x) => ({ c: "deliveries" as const, k: x.key })),
          ],
        );
      return fresh.map((x) => x.key);
    },
    batch: async (id) => {
      const b = store.data.batches.find((x) => x.id === id);
      return b ? copy(b) : undefined;
    },
    batchesBy: async (kind, by) => copy(store.data.batches.filter((b) => b.kind === kind && b.by === by)),
    batchesSince: async (since) => copy(store.data.batches.filter((b) => b.createdAt >= since)),
    deliveries: async (batch) => copy(store.data.deliveries.filter((x) => x.batch === batch)),
    async claim(platform, owner, now, leaseMs, limit) {
      const due = store.data.deliveries
        .filter(
          (x) =>
            x.status === "pending" &&
            x.target.platform === platform &&
            x.notBefore <= now &&
            (x.claimedBy === undefined || (x.leaseUntil ?? 0) < now),
        )
        .slice(0, limit);
      if (due.length === 0) return [];
      await store.update(() => {
        for (const x of due) {
          x.claimedBy = owner;
          x.leaseUntil = now + leaseMs;
        }
      }, touch(due));
      return copy(due);
    },
    async sending(key, owner, now, leaseMs) {
      const x = byKey(key);
      if (!x || x.claimedBy !== owner || x.status !== "pending") return false;
      await store.update(
        () => {
          x.status = "sending";
          x.attempts++;
          x.at = now;
          x.leaseUntil = now + leaseMs;
        },
        touch([x]),
      );
      return true;
    },
    async settle(key, owner, outcome: Settlement, now) {
      const x = byKey(key);
      if (!x || x.claimedBy !== owner) return;
      await store.update(
        () => {
          x.at = now;
          x.status = outcome.status;
          delete x.claimedBy;
          delete x.leaseUntil;
          if (outcome.status === "sent") {
            delete x.reason;
            if (outcome.ref) x.ref = outcome.ref;
          } else x.reason = outcome.reason;
          if (outcome.status === "pending") x.notBefore = outcome.notBefore;
        },
        touch([x]),
      );
    },
    expire: (now) => lapse(now),
    release: (owner, now) => lapse(now, owner),
    async withdraw(batch, reason, now) {
      const stop = store.data.deliveries.filter((x) => x.batch === batch && x.status === "pending");
      await store.update(
        (d) => {
          for (const x of stop) {
            x.status = "failed";
            x.reason = reason;
            x.at = now;
            delete x.claimedBy;
            delete x.leaseUntil;
          }
          const b = d.batches.find((y) => y.id === batch);
          if (b) b.withdrawn = true;
        },
        [...touch(stop), { c: "batches", k: batch }],
      );
      return stop.length;
    },
    async markReported(batch) {
      const b = store.data.batches.find((x) => x.id === batch);
      const open = store.data.deliveries.some(
        (x) => x.batch === batch && (x.status === "pending" || x.status === "sending"),
      );
      if (!b || b.reported || open) return false;
      await store.update(() => {
        b.reported = true;
      }, [{ c: "batches", k: batch }]);
      return true;
    },
    unreported: async () => copy(store.data.batches.filter((b) => !b.reported)),
    async depth() {
      const r: Record<string, number> = {};
      for (const x of store.data.deliveries)
        if (x.status === "pending") r[x.target.platform] = (r[x.target.platform] ?? 0) + 1;
      return r;
    },
    async slot(lane, now, intervalMs) {
      const at = Math.max(now, slots.get(lane) ?? 0);
      slots.set(lane, at + intervalMs);
      return at;
    },
    async prune(before) {
      const old = (x: Delivery) => x.at < before && x.status !== "pending" && x.status !== "sending";
      const n = store.data.deliveries.filter(old).length;
      const emptyBatch = store.data.batches.some((b) => b.createdAt < before);
      if (n || emptyBatch)
        await store.update((d) => {
          d.deliveries = d.deliveries.filter((x) => !old(x));
          const live = new Set(d.deliveries.map((x) => x.batch));
          d.batches = d.batches.filter((b) => live.has(b.id) || b.createdAt >= before);
        });
      return n;
    },
  };
}
