/**
 * The schema, as numbered steps applied once each at start. Several instances may start at
 * the same time: a transaction-scoped advisory lock lets one apply them while the others
 * wait. Written here rather than with a migration tool because the steps are a handful of
 * SQL statements that must run inside the bot's own start-up, not as a separate command.
 */
import type { Pool } from "pg";

/** Never edit a step that has shipped; add the next one. */
export const MIGRATIONS: Array<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (key text PRIMARY KEY, seen_at bigint NOT NULL);
      CREATE INDEX events_seen_at ON events (seen_at);
      CREATE TABLE people (id text PRIMARY KEY, data jsonb NOT NULL);
      CREATE TABLE accounts (
        account text PRIMARY KEY,
        person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE
      );
      CREATE TABLE conversations (
        key text PRIMARY KEY, region text, wijk text, data jsonb NOT NULL
      );
      CREATE INDEX conversations_area ON conversations (region, wijk);
      CREATE TABLE users (
        key text PRIMARY KEY, region text, wijk text, last_message_at bigint, data jsonb NOT NULL
      );
      CREATE INDEX users_area ON users (region, wijk);
      CREATE TABLE calendar_tokens (feed text PRIMARY KEY, token text NOT NULL);
    `,
  },
];

/** An arbitrary constant: the advisory lock that serialises migrations across instances. */
const LOCK_ID = 4_711_2026;

export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [LOCK_ID]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set(
      (await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [m.version]);
      applied.push(m.version);
    }
    await client.query("COMMIT");
    return applied;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
