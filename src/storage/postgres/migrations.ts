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
  {
    version: 2,
    sql: `
      CREATE TABLE feedback (id bigserial PRIMARY KEY, on_date text NOT NULL, data jsonb NOT NULL);
      CREATE INDEX feedback_on ON feedback (on_date);
      CREATE TABLE signals (
        id text PRIMARY KEY, code text NOT NULL UNIQUE, region text NOT NULL, week text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX signals_region_week ON signals (region, week);
      CREATE TABLE signal_messages (hash text PRIMARY KEY, week text NOT NULL);
      CREATE TABLE meetings (id text PRIMARY KEY, region text NOT NULL, start bigint NOT NULL, data jsonb NOT NULL);
      CREATE INDEX meetings_region_start ON meetings (region, start);
      CREATE TABLE batches (
        id text PRIMARY KEY, kind text NOT NULL, by_person text, created_at bigint NOT NULL,
        reported boolean NOT NULL DEFAULT false, data jsonb NOT NULL
      );
      CREATE INDEX batches_by ON batches (kind, by_person);
      CREATE TABLE deliveries (
        key text PRIMARY KEY, seq bigserial, batch text NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
        platform text NOT NULL, status text NOT NULL, attempts integer NOT NULL DEFAULT 0,
        not_before bigint NOT NULL, at bigint NOT NULL, reason text, ref text,
        claimed_by text, lease_until bigint, data jsonb NOT NULL
      );
      CREATE INDEX deliveries_due ON deliveries (platform, status, not_before, seq);
      CREATE INDEX deliveries_batch ON deliveries (batch);
      CREATE INDEX deliveries_claims ON deliveries (claimed_by) WHERE claimed_by IS NOT NULL;
      CREATE TABLE pacing_slots (lane text PRIMARY KEY, next_at bigint NOT NULL);
      CREATE TABLE state (
        scope text NOT NULL, key text NOT NULL, value jsonb NOT NULL, expires_at bigint NOT NULL,
        PRIMARY KEY (scope, key)
      );
      CREATE TABLE state_hits (scope text NOT NULL, key text NOT NULL, at bigint NOT NULL);
      CREATE INDEX state_hits_key ON state_hits (scope, key, at);
    `,
  },
  {
    version: 3,
    sql: "CREATE TABLE keys (name text PRIMARY KEY, value text NOT NULL);",
  },
  {
    // A platform's spacing need not be whole milliseconds (WhatsApp: 80 a second, 12.5 ms).
    version: 4,
    sql: "ALTER TABLE pacing_slots ALTER COLUMN next_at TYPE float8;",
  },
  {
    version: 5,
    sql: `
      CREATE TABLE invitations (
        id text PRIMARY KEY, code_hash text NOT NULL UNIQUE, region text, created_at bigint NOT NULL,
        done_at bigint NOT NULL, data jsonb NOT NULL
      );
      CREATE INDEX invitations_region ON invitations (region, created_at);
      CREATE TABLE audit (id bigserial PRIMARY KEY, at bigint NOT NULL, region text, data jsonb NOT NULL);
      CREATE INDEX audit_region ON audit (region, at);
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
