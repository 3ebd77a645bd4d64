/**
 * The ports over the lowdb JSON document (the embedded default): the file keeps its format,
 * so a store written before the ports existed opens as it is. Values are copied out, so no
 * caller holds an object of the document.
 */
import type { StoragePorts } from "../ports.ts";
import type { Store } from "../store.ts";

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
        await store.update((d) => {
          d.conversations[key] = { region: null, wijk: null, ...d.conversations[key], ...copy(change) };
        });
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
        await store.update((d) => {
          d.users[key] = { ...d.users[key], ...copy(change) };
        });
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
        store.update((d) => {
          d.calendarTokens[feed] = token;
        }),
    },
    close: () => store.close(),
  };
}
