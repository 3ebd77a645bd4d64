/** Short-lived conversation state on PostgreSQL, shared by every instance. */
import type pg from "pg";
import type { StatePort } from "../../model/ports.ts";

export function postgresState(pool: pg.Pool): StatePort {
  const q = <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);
  return {
    get: async <T>(scope: string, key: string, now: number) =>
      (
        await q<{ value: T }>("SELECT value FROM state WHERE scope = $1 AND key = $2 AND expires_at > $3", [
          scope,
          key,
          now,
        ])
      ).rows[0]?.value,
    async set(scope, key, value, expiresAt) {
      await q(
        "INSERT INTO state (scope, key, value, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (scope, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at",
        [scope, key, JSON.stringify(value), expiresAt],
      );
    },
    take: async <T>(scope: string, key: string, now: number) =>
      (
        await q<{ value: T; expires_at: string }>(
          "DELETE FROM state WHERE scope = $1 AND key = $2 RETURNING value, expires_at",
          [scope, key],
        )
      ).rows.find((r) => Number(r.expires_at) > now)?.value,
    async delete(scope, key) {
      await q("DELETE FROM state WHERE scope = $1 AND key = $2", [scope, key]);
    },
    async hit(scope, key, now, windowMs) {
      const r = await q<{ n: string }>(
        `WITH added AS (INSERT INTO state_hits (scope, key, at) VALUES ($1, $2, $3) RETURNING 1)
         SELECT (SELECT count(*) FROM state_hits WHERE scope = $1 AND key = $2 AND at > $4) + (SELECT count(*) FROM added) AS n`,
        [scope, key, now, now - windowMs],
      );
      return Number(r.rows[0]?.n ?? 1);
    },
    async prune(now) {
      const a = await q("DELETE FROM state WHERE expires_at <= $1", [now]);
      const b = await q("DELETE FROM state_hits WHERE at < $1", [now - 24 * 60 * 60 * 1000]);
      return (a.rowCount ?? 0) + (b.rowCount ?? 0);
    },
  };
}
