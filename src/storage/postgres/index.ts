/**
 * The ports on PostgreSQL (selected by DATABASE_URL): one table per aggregate, so several
 * instances share one database. Uniqueness is the database's: of two instances that see the
 * same event, the one whose INSERT succeeds answers it.
 */
import pg from "pg";
import { ConvenantbotError } from "../../errors.ts";
import type { StoragePorts } from "../ports.ts";
import type { ConversationRecord, Person, UserRecord } from "../store.ts";
import { migrate } from "./migrations.ts";

export interface PostgresPorts extends StoragePorts {
  pool: pg.Pool;
}

/**
 * Connects, applies the schema migrations and returns the ports.
 * @throws ConvenantbotError (store_unavailable) naming the problem when the database cannot be used.
 */
export async function createPostgresPorts(url: string): Promise<PostgresPorts> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    await migrate(pool);
  } catch (e) {
    await pool.end().catch(() => {});
    throw new ConvenantbotError(
      `PostgreSQL at DATABASE_URL cannot be used: ${(e as Error).message}`,
      "store_unavailable",
      { cause: e },
    );
  }
  const q = <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);
  const area = (region: string, wijk: string | null) =>
    wijk
      ? { where: "region = $1 AND wijk = $2", params: [region, wijk] }
      : { where: "region = $1", params: [region] };

  return {
    pool,
    events: {
      async first(key, at) {
        const r = await q("INSERT INTO events (key, seen_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
          key,
          at,
        ]);
        return r.rowCount === 1;
      },
      async prune(before) {
        return (await q("DELETE FROM events WHERE seen_at < $1", [before])).rowCount ?? 0;
      },
    },
    people: {
      all: async () =>
        (await q<{ data: Person }>("SELECT data FROM people ORDER BY id")).rows.map((r) => r.data),
      byId: async (id) =>
        (await q<{ data: Person }>("SELECT data FROM people WHERE id = $1", [id])).rows[0]?.data,
      byAccount: async (account) =>
        (
          await q<{ data: Person }>(
            "SELECT p.data FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.account = $1",
            [account],
          )
        ).rows[0]?.data,
      async put(person) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          // An account moves to this person: the other person's record loses it.
          const others = await client.query<{ id: string; data: Person }>(
            "SELECT p.id, p.data FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.account = ANY($1) AND p.id <> $2 FOR UPDATE OF p",
            [person.accounts, person.id],
          );
          for (const o of others.rows) {
            const data = { ...o.data, accounts: o.data.accounts.filter((a) => !person.accounts.includes(a)) };
            await client.query("UPDATE people SET data = $2 WHERE id = $1", [o.id, data]);
          }
          await client.query(
            "INSERT INTO people (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data",
            [person.id, person],
          );
          await client.query("DELETE FROM accounts WHERE person_id = $1 OR account = ANY($2)", [
            person.id,
            person.accounts,
          ]);
          for (const account of person.accounts)
            await client.query("INSERT INTO accounts (account, person_id) VALUES ($1, $2)", [
              account,
              person.id,
            ]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK").catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      },
      remove: async (id) => ((await q("DELETE FROM people WHERE id = $1", [id])).rowCount ?? 0) > 0,
    },
    conversations: {
      get: async (key) =>
        (await q<{ data: ConversationRecord }>("SELECT data FROM conversations WHERE key = $1", [key]))
          .rows[0]?.data,
      async patch(key, change) {
        // One statement: concurrent patches of different fields both land.
        const r = await q<{ data: ConversationRecord }>(
          `INSERT INTO conversations (key, region, wijk, data)
             VALUES ($1, ($2::jsonb)->>'region', ($2::jsonb)->>'wijk', jsonb_build_object('region', null, 'wijk', null) || $2::jsonb)
           ON CONFLICT (key) DO UPDATE SET data = conversations.data || $2::jsonb,
             region = (conversations.data || $2::jsonb)->>'region', wijk = (conversations.data || $2::jsonb)->>'wijk'
           RETURNING data`,
          [key, JSON.stringify(change)],
        );
        return r.rows[0]?.data as ConversationRecord;
      },
      async linkedTo(region, wijk) {
        const a = area(region, wijk);
        return (
          await q<{ key: string; data: ConversationRecord }>(
            `SELECT key, data FROM conversations WHERE ${a.where} ORDER BY key`,
            a.params,
          )
        ).rows.map((r) => ({ key: r.key, record: r.data }));
      },
    },
    users: {
      get: async (key) =>
        (await q<{ data: UserRecord }>("SELECT data FROM users WHERE key = $1", [key])).rows[0]?.data,
      async patch(key, change) {
        const r = await q<{ data: UserRecord }>(
          `INSERT INTO users (key, region, wijk, last_message_at, data)
             VALUES ($1, ($2::jsonb)->>'region', ($2::jsonb)->>'wijk', (($2::jsonb)->>'lastMessageAt')::bigint, $2::jsonb)
           ON CONFLICT (key) DO UPDATE SET data = users.data || $2::jsonb,
             region = (users.data || $2::jsonb)->>'region', wijk = (users.data || $2::jsonb)->>'wijk',
             last_message_at = ((users.data || $2::jsonb)->>'lastMessageAt')::bigint
           RETURNING data`,
          [key, JSON.stringify(change)],
        );
        return r.rows[0]?.data as UserRecord;
      },
      async inRegion(region, wijk) {
        const a = area(region, wijk);
        return (
          await q<{ key: string; data: UserRecord }>(
            `SELECT key, data FROM users WHERE ${a.where} ORDER BY key`,
            a.params,
          )
        ).rows.map((r) => ({ key: r.key, record: r.data }));
      },
      async prune(before, keep) {
        const r = await q(
          "DELETE FROM users WHERE coalesce(last_message_at, 0) < $1 AND NOT (key = ANY($2))",
          [before, [...keep]],
        );
        return r.rowCount ?? 0;
      },
    },
    calendarTokens: {
      get: async (feed) =>
        (await q<{ token: string }>("SELECT token FROM calendar_tokens WHERE feed = $1", [feed])).rows[0]
          ?.token,
      async set(feed, token) {
        await q(
          "INSERT INTO calendar_tokens (feed, token) VALUES ($1, $2) ON CONFLICT (feed) DO UPDATE SET token = EXCLUDED.token",
          [feed, token],
        );
      },
    },
    close: () => pool.end(),
  };
}
