import type { StatePort } from "../../model/ports.ts";

const copy = <T>(v: T): T => structuredClone(v);

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
