/**
 * The ports over the lowdb JSON document (the embedded default, and with lowdb's Memory
 * adapter the in-memory store): the file keeps its format, so a store written before the
 * ports existed opens as it is. Values are copied out, so no caller holds an object of the
 * document. One process owns the file (its lock), so what must be atomic is atomic by being
 * decided synchronously before the write; conversation state and pacing slots live in this
 * process's memory and are not written.
 */
import type { Delivery } from "../../delivery/model.ts";
import type { Settlement, StatePort, StoragePorts } from "../ports.ts";
import type { Feedback, Store, Touched } from "../store.ts";

const copy = <T>(v: T): T => structuredClone(v);
const inArea = (r: { region?: string | null; wijk?: string | null }, region: string, wijk: string | null) =>
  r.region === region && (!wijk || r.wijk === wijk);

export function createLowdbPorts(store: Store): StoragePorts {
  return {
    events: {
      first: (key, at) => store.firstDelivery(key, at),
      async prune(before) {
        const old = Object.entries(store.data.seenEvents).filter(([, at]) => at < before);
        if (old.length === 0) return 0;
        await store.update((d) => {
          for (const [k] of old) delete d.seenEvents[k];
        });
        return old.length;
      },
    },
    people: {
      all: async () => copy(store.data.people),
      byId: async (id) => {
        const p = store.data.people.find((x) => x.id === id);
        return p ? copy(p) : undefined;
      },
      byAccount: async (account) => {
        const p = store.data.people.find((x) => x.accounts.includes(account));
        return p ? copy(p) : undefined;
      },
      put: (person) =>
        store.update((d) => {
          for (const other of d.people)
            if (other.id !== person.id)
              other.accounts = other.accounts.filter((a) => !person.accounts.includes(a));
          const at = d.people.findIndex((x) => x.id === person.id);
          if (at >= 0) d.people[at] = copy(person);
          else d.people.push(copy(person));
        }),
      async remove(id) {
        if (!store.data.people.some((p) => p.id === id)) return false;
        await store.update((d) => {
          d.people = d.people.filter((p) => p.id !== id);
        });
        return true;
      },
    },
    conversations: {
      get: async (key) => {
        const c = store.data.conversations[key];
        return c ? copy(c) : undefined;
      },
      async patch(key, change) {
        await store.update(
          (d) => {
            d.conversations[key] = { region: null, wijk: null, ...d.conversations[key], ...copy(change) };
          },
          [{ c: "conversations", k: key }],
        );
        return copy(store.data.conversations[key] as NonNullable<(typeof store.data.conversations)[string]>);
      },
      linkedTo: async (region, wijk) =>
        Object.entries(store.data.conversations)
          .filter(([, r]) => inArea(r, region, wijk))
          .map(([key, record]) => ({ key, record: copy(record) })),
    },
    users: {
      get: async (key) => {
        const u = store.data.users[key];
        return u ? copy(u) : undefined;
      },
      async patch(key, change) {
        await store.update(
          (d) => {
            d.users[key] = { ...d.users[key], ...copy(change) };
          },
          [{ c: "users", k: key }],
        );
        return copy(store.data.users[key] ?? {});
      },
      inRegion: async (region, wijk) =>
        Object.entries(store.data.users)
          .filter(([, r]) => inArea(r, region, wijk))
          .map(([key, record]) => ({ key, record: copy(record) })),
      async prune(before, keep) {
        const old = Object.entries(store.data.users).filter(
          ([k, u]) => !keep.has(k) && (u.lastMessageAt ?? 0) < before,
        );
        if (old.length === 0) return 0;
        await store.update((d) => {
          for (const [k] of old) delete d.users[k];
        });
        return old.length;
      },
    },
    calendarTokens: {
      get: async (feed) => store.data.calendarTokens[feed],
      set: (feed, token) =>
        store.update(
          (d) => {
            d.calendarTokens[feed] = token;
          },
          [{ c: "calendarTokens", k: feed }],
        ),
    },
    feedback: {
      add: (f) =>
        store.update(
          (d) => {
            d.feedback.push(copy(f));
          },
          [{ c: "feedback", k: String(store.data.feedback.length) }],
        ),
      since: async (on) => copy(store.data.feedback.filter((f) => f.on >= on)),
      async prune(before) {
        const n = store.data.feedback.filter((f) => f.on < before).length;
        if (n)
          await store.update((d) => {
            d.feedback = d.feedback.filter((f) => f.on >= before);
          });
        return n;
      },
      async forgetQuestions(before) {
        const old = (f: Feedback) => f.on < before && f.question !== undefined;
        const n = store.data.feedback.filter(old).length;
        if (n)
          await store.update((d) => {
            // A kept question without a rating is nothing without its text.
            d.feedback = d.feedback
              .filter((f) => !(old(f) && f.helpful === undefined))
              .map((f) => (old(f) ? { on: f.on, platform: f.platform, helpful: f.helpful as boolean } : f));
          });
        return n;
      },
    },
    signals: {
      add: (signal) =>
        store.update(
          (d) => {
            d.signals.push(copy(signal));
          },
          [{ c: "signals", k: signal.id }],
        ),
      byCode: async (code) => {
        const s = store.data.signals.find((x) => x.code === code);
        return s ? copy(s) : undefined;
      },
      list: async (region, sinceWeek) =>
        copy(
          store.data.signals.filter(
            (s) => (!region || s.region === region) && (!sinceWeek || s.week >= sinceWeek),
          ),
        ),
      async ask(code, question) {
        const signal = store.data.signals.find((s) => s.code === code);
        if (!signal) return false;
        await store.update(() => {
          signal.questions.push(copy(question));
        }, [{ c: "signals", k: signal.id }]);
        return true;
      },
      async answer(code, answer) {
        const signal = store.data.signals.find((s) => s.code === code);
        const q = signal?.questions.find((x) => !x.answer);
        if (!signal || !q) return false;
        await store.update(() => {
          q.answer = answer;
        }, [{ c: "signals", k: signal.id }]);
        return true;
      },
      async prune(beforeWeek) {
        const n = store.data.signals.filter((s) => s.week < beforeWeek).length;
        if (n)
          await store.update((d) => {
            d.signals = d.signals.filter((s) => s.week >= beforeWeek);
          });
        return n;
      },
      async firstMessage(hash, week) {
        if (store.data.seenSignals[hash] !== undefined) return false;
        await store.update(
          (d) => {
            d.seenSignals[hash] = week;
          },
          [{ c: "seenSignals", k: hash }],
        );
        return true;
      },
      async pruneMessages(beforeWeek) {
        const old = Object.entries(store.data.seenSignals).filter(([, w]) => w < beforeWeek);
        if (old.length)
          await store.update((d) => {
            for (const [h] of old) delete d.seenSignals[h];
          });
        return old.length;
      },
    },
    meetings: {
      list: async (region) =>
        copy(
          store.data.meetings.filter((m) => !region || m.region === region).sort((a, b) => a.start - b.start),
        ),
      byId: async (id) => {
        const m = store.data.meetings.find((x) => x.id === id);
        return m ? copy(m) : undefined;
      },
      put: (meeting) =>
        store.update(
          (d) => {
            const at = d.meetings.findIndex((m) => m.id === meeting.id);
            if (at >= 0) d.meetings[at] = copy(meeting);
            else d.meetings.push(copy(meeting));
          },
          [{ c: "meetings", k: meeting.id }],
        ),
      async prune(before) {
        const n = store.data.meetings.filter((m) => m.start < before).length;
        if (n)
          await store.update((d) => {
            d.meetings = d.meetings.filter((m) => m.start >= before);
          });
        return n;
      },
    },
    outbox: documentOutbox(store),
    state: memoryState(),
    close: () => store.close(),
  };
}

const touch = (rows: Delivery[]): Touched[] => rows.map((x) => ({ c: "deliveries", k: x.key }));

function documentOutbox(store: Store): StoragePorts["outbox"] {
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
      const known = new Set(store.data.deliveries.map((x) => x.key));
      const fresh = deliveries.filter(
        (x, i) => !known.has(x.key) && deliveries.findIndex((y) => y.key === x.key) === i,
      );
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

/** Conversation state in this process's memory (one process owns a lowdb store). */
export function memoryState(): StatePort {
  const entries = new Map<string, { value: unknown; expiresAt: number }>();
  const hits = new Map<string, number[]>();
  const id = (scope: string, key: string) => `${scope}\u0000${key}`;
  const live = (k: string, now: number) => {
    const e = entries.get(k);
    if (e && e.expiresAt <= now) entries.delete(k);
    return e && e.expiresAt > now ? e : undefined;
  };
  return {
    get: async <T>(scope: string, key: string, now: number) =>
      copy(live(id(scope, key), now)?.value) as T | undefined,
    async set(scope, key, value, expiresAt) {
      entries.set(id(scope, key), { value: copy(value), expiresAt });
    },
    async take<T>(scope: string, key: string, now: number) {
      const e = live(id(scope, key), now);
      entries.delete(id(scope, key));
      return e?.value as T | undefined;
    },
    async delete(scope, key) {
      entries.delete(id(scope, key));
    },
    async hit(scope, key, now, windowMs) {
      const k = id(scope, key);
      const recent = (hits.get(k) ?? []).filter((t) => t > now - windowMs);
      recent.push(now);
      hits.set(k, recent);
      return recent.length;
    },
    async prune(now) {
      let n = 0;
      for (const [k, e] of entries) if (e.expiresAt <= now && entries.delete(k)) n++;
      for (const [k, t] of hits) if ((t.at(-1) ?? 0) < now - 24 * 60 * 60 * 1000 && hits.delete(k)) n++;
      return n;
    },
  };
}
