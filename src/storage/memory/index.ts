/** The ports in memory: tests and trials. Values are copied in and out, as a database would. */
import type { StoragePorts } from "../ports.ts";
import type { ConversationRecord, Person, UserRecord } from "../store.ts";

const copy = <T>(v: T): T => structuredClone(v);
const inArea = (r: { region?: string | null; wijk?: string | null }, region: string, wijk: string | null) =>
  r.region === region && (!wijk || r.wijk === wijk);

export function createMemoryPorts(): StoragePorts {
  const events = new Map<string, number>();
  const people = new Map<string, Person>();
  const conversations = new Map<string, ConversationRecord>();
  const users = new Map<string, UserRecord>();
  const tokens = new Map<string, string>();
  return {
    events: {
      async first(key, at) {
        if (events.has(key)) return false;
        events.set(key, at);
        return true;
      },
      async prune(before) {
        let n = 0;
        for (const [k, at] of events) if (at < before && events.delete(k)) n++;
        return n;
      },
    },
    people: {
      all: async () => [...people.values()].map(copy),
      byId: async (id) => (people.has(id) ? copy(people.get(id) as Person) : undefined),
      async byAccount(account) {
        const p = [...people.values()].find((x) => x.accounts.includes(account));
        return p ? copy(p) : undefined;
      },
      async put(person) {
        for (const other of people.values())
          if (other.id !== person.id && other.accounts.some((a) => person.accounts.includes(a)))
            other.accounts = other.accounts.filter((a) => !person.accounts.includes(a));
        people.set(person.id, copy(person));
      },
      remove: async (id) => people.delete(id),
    },
    conversations: {
      get: async (key) =>
        conversations.has(key) ? copy(conversations.get(key) as ConversationRecord) : undefined,
      async patch(key, change) {
        const next = { region: null, wijk: null, ...conversations.get(key), ...copy(change) };
        conversations.set(key, next);
        return copy(next);
      },
      linkedTo: async (region, wijk) =>
        [...conversations]
          .filter(([, r]) => inArea(r, region, wijk))
          .map(([key, record]) => ({ key, record: copy(record) })),
    },
    users: {
      get: async (key) => (users.has(key) ? copy(users.get(key) as UserRecord) : undefined),
      async patch(key, change) {
        const next = { ...users.get(key), ...copy(change) };
        users.set(key, next);
        return copy(next);
      },
      inRegion: async (region, wijk) =>
        [...users]
          .filter(([, r]) => inArea(r, region, wijk))
          .map(([key, record]) => ({ key, record: copy(record) })),
      async prune(before, keep) {
        let n = 0;
        for (const [k, u] of users)
          if (!keep.has(k) && (u.lastMessageAt ?? 0) < before && users.delete(k)) n++;
        return n;
      },
    },
    calendarTokens: {
      get: async (feed) => tokens.get(feed),
      set: async (feed, token) => {
        tokens.set(feed, token);
      },
    },
    close: async () => {},
  };
}
