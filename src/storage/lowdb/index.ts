/**
 * The ports over the lowdb JSON document (the embedded default, and with lowdb's Memory
 * adapter the in-memory store): the file keeps its format, so a store written before the
 * ports existed opens as it is. Values are copied out, so no caller holds an object of the
 * document. One process owns the file (its lock), so what must be atomic is atomic by being
 * decided synchronously before the write; conversation state and pacing slots live in this
 * process's memory and are not written.
 */
import { randomBytes } from "node:crypto";
import type { Invitation } from "../../model/people.ts";
import type { StoragePorts } from "../../model/ports.ts";
import type { Feedback, Store } from "../store.ts";
import { documentOutbox } from "./outbox.ts";
import { memoryState } from "./state.ts";

/** The name of the key of the signal-message hashes (KeysPort). */
const SIGNAL_MESSAGES = "signal-messages";
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
    invitations: {
      add: (invitation) =>
        store.update(
          (d) => {
            d.invitations.push(copy(invitation));
          },
          [{ c: "invitations", k: invitation.id }],
        ),
      async accept(codeHash, person, now) {
        const i = store.data.invitations.find((x) => x.codeHash === codeHash);
        if (!i || i.usedAt !== undefined || i.revokedAt !== undefined || i.expiresAt <= now) return undefined;
        await store.update(
          (d) => {
            const x = d.invitations.find((y) => y.id === i.id);
            if (x) Object.assign(x, { usedAt: now, person });
          },
          [{ c: "invitations", k: i.id }],
        );
        return copy({ ...i, usedAt: now, person });
      },
      byId: async (id) => {
        const i = store.data.invitations.find((x) => x.id === id);
        return i ? copy(i) : undefined;
      },
      list: async (region) =>
        copy(
          store.data.invitations
            .filter((i) => region === null || i.region === region)
            .sort((a, b) => b.createdAt - a.createdAt),
        ),
      async revoke(id, now) {
        const i = store.data.invitations.find((x) => x.id === id);
        if (!i || i.revokedAt !== undefined) return false;
        await store.update(
          (d) => {
            const x = d.invitations.find((y) => y.id === id);
            if (x) x.revokedAt = now;
          },
          [{ c: "invitations", k: id }],
        );
        return true;
      },
      async prune(before) {
        const done = (i: Invitation) => (i.usedAt ?? i.revokedAt ?? i.expiresAt) < before;
        const n = store.data.invitations.filter(done).length;
        if (n)
          await store.update((d) => {
            d.invitations = d.invitations.filter((i) => !done(i));
          });
        return n;
      },
    },
    audit: {
      add: (entry) =>
        store.update((d) => {
          d.audit.push(copy(entry));
        }),
      list: async (region, since) =>
        copy(store.data.audit.filter((e) => (region === null || e.region === region) && e.at >= since)),
      async prune(before) {
        const n = store.data.audit.filter((e) => e.at < before).length;
        if (n)
          await store.update((d) => {
            d.audit = d.audit.filter((e) => e.at >= before);
          });
        return n;
      },
    },
    keys: {
      async get(name) {
        // A file written before there were named keys kept the signal-message key on its own.
        const known =
          store.data.keys?.[name] ?? (name === SIGNAL_MESSAGES ? store.data.signalKey : undefined);
        if (known) return known;
        const made = randomBytes(32).toString("base64");
        await store.update((d) => {
          d.keys = { ...d.keys, [name]: made };
        });
        return made;
      },
      async forget(name) {
        if (store.data.keys?.[name] === undefined && (name !== SIGNAL_MESSAGES || !store.data.signalKey))
          return;
        await store.update((d) => {
          if (d.keys) delete d.keys[name];
          if (name === SIGNAL_MESSAGES) delete d.signalKey;
        });
      },
    },
    close: () => store.close(),
  };
}
