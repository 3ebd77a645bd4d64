/**
 * The ports on PostgreSQL (selected by DATABASE_URL): one table per aggregate, so several
 * instances share one database. Uniqueness is the database's: of two instances that see the
 * same event, the one whose INSERT succeeds answers it.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { ConvenantbotError } from "../../errors.ts";
import type { Meeting } from "../../model/meetings.ts";
import type {
  AuditEntry,
  ConversationRecord,
  Feedback,
  Invitation,
  Person,
  UserRecord,
} from "../../model/people.ts";
import type { StoragePorts } from "../../model/ports.ts";
import type { Signal } from "../../model/signals.ts";
import { migrate } from "./migrations.ts";
import { postgresOutbox } from "./outbox.ts";
import { postgresState } from "./state.ts";

export interface PostgresPorts extends StoragePorts {
  pool: pg.Pool;
}

/**
 * Connects, applies the schema migrations and returns the ports.
 * @throws ConvenantbotError (store_unavailable) naming the problem when the database cannot be used.
 */
export async function createPostgresPorts(url: string): Promise<PostgresPorts> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server closes (a restart, a failover) is an event, not a
  // crash: the pool replaces it at the next query.
  pool.on("error", () => {});
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
    feedback: {
      async add(f) {
        await q("INSERT INTO feedback (on_date, data) VALUES ($1, $2)", [f.on, f]);
      },
      since: async (on) =>
        (
          await q<{ data: Feedback }>("SELECT data FROM feedback WHERE on_date >= $1 ORDER BY id", [on])
        ).rows.map((r) => r.data),
      prune: async (before) => (await q("DELETE FROM feedback WHERE on_date < $1", [before])).rowCount ?? 0,
      async forgetQuestions(before) {
        const gone = await q(
          "DELETE FROM feedback WHERE on_date < $1 AND data ? 'question' AND NOT data ? 'helpful'",
          [before],
        );
        const kept = await q(
          "UPDATE feedback SET data = data - 'question' - 'unit' - 'reason' WHERE on_date < $1 AND data ? 'question'",
          [before],
        );
        return (gone.rowCount ?? 0) + (kept.rowCount ?? 0);
      },
    },
    signals: {
      async add(s) {
        await q("INSERT INTO signals (id, code, region, week, data) VALUES ($1, $2, $3, $4, $5)", [
          s.id,
          s.code,
          s.region,
          s.week,
          s,
        ]);
      },
      byCode: async (code) =>
        (await q<{ data: Signal }>("SELECT data FROM signals WHERE code = $1", [code])).rows[0]?.data,
      list: async (region, sinceWeek) =>
        (
          await q<{ data: Signal }>(
            "SELECT data FROM signals WHERE ($1::text IS NULL OR region = $1) AND ($2::text IS NULL OR week >= $2) ORDER BY week, id",
            [region, sinceWeek ?? null],
          )
        ).rows.map((r) => r.data),
      async ask(code, question) {
        const r = await q(
          "UPDATE signals SET data = jsonb_set(data, '{questions}', (data->'questions') || jsonb_build_array($2::jsonb)) WHERE code = $1",
          [code, JSON.stringify(question)],
        );
        return (r.rowCount ?? 0) > 0;
      },
      async answer(code, answer) {
        // The oldest open question gets the answer, in one statement.
        const r = await q(
          `UPDATE signals SET data = jsonb_set(data, ARRAY['questions', i::text, 'answer'], to_jsonb($2::text))
             FROM (SELECT (ord - 1) AS i FROM signals s, jsonb_array_elements(s.data->'questions') WITH ORDINALITY AS e(v, ord)
                   WHERE s.code = $1 AND NOT (v ? 'answer') ORDER BY ord LIMIT 1) open
           WHERE code = $1`,
          [code, answer],
        );
        return (r.rowCount ?? 0) > 0;
      },
      prune: async (beforeWeek) =>
        (await q("DELETE FROM signals WHERE week < $1", [beforeWeek])).rowCount ?? 0,
      firstMessage: async (hash, week) =>
        (
          await q("INSERT INTO signal_messages (hash, week) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING", [
            hash,
            week,
          ])
        ).rowCount === 1,
      pruneMessages: async (beforeWeek) =>
        (await q("DELETE FROM signal_messages WHERE week < $1", [beforeWeek])).rowCount ?? 0,
    },
    meetings: {
      list: async (region) =>
        (
          await q<{ data: Meeting }>(
            "SELECT data FROM meetings WHERE ($1::text IS NULL OR region = $1) ORDER BY start, id",
            [region],
          )
        ).rows.map((r) => r.data),
      byId: async (id) =>
        (await q<{ data: Meeting }>("SELECT data FROM meetings WHERE id = $1", [id])).rows[0]?.data,
      async put(m) {
        await q(
          "INSERT INTO meetings (id, region, start, data) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET region = EXCLUDED.region, start = EXCLUDED.start, data = EXCLUDED.data",
          [m.id, m.region, m.start, m],
        );
      },
      prune: async (before) => (await q("DELETE FROM meetings WHERE start < $1", [before])).rowCount ?? 0,
    },
    outbox: postgresOutbox(pool),
    state: postgresState(pool),
    invitations: {
      async add(i) {
        await q(
          "INSERT INTO invitations (id, code_hash, region, created_at, done_at, data) VALUES ($1, $2, $3, $4, $5, $6)",
          [i.id, i.codeHash, i.region, i.createdAt, i.expiresAt, i],
        );
      },
      async accept(codeHash, person, now) {
        // One statement decides: of two instances accepting the same code, one updates the row.
        const r = await q<{ data: Invitation }>(
          `UPDATE invitations SET done_at = $3,
             data = data || jsonb_build_object('usedAt', $3::bigint, 'person', $2::text)
           WHERE code_hash = $1 AND NOT data ? 'usedAt' AND NOT data ? 'revokedAt'
             AND (data->>'expiresAt')::bigint > $3
           RETURNING data`,
          [codeHash, person, now],
        );
        return r.rows[0]?.data;
      },
      byId: async (id) =>
        (await q<{ data: Invitation }>("SELECT data FROM invitations WHERE id = $1", [id])).rows[0]?.data,
      list: async (region) =>
        (
          await q<{ data: Invitation }>(
            region === null
              ? "SELECT data FROM invitations ORDER BY created_at DESC"
              : "SELECT data FROM invitations WHERE region = $1 ORDER BY created_at DESC",
            region === null ? [] : [region],
          )
        ).rows.map((r) => r.data),
      async revoke(id, now) {
        const r = await q(
          `UPDATE invitations SET data = data || jsonb_build_object('revokedAt', $2::bigint),
             done_at = LEAST(done_at, $2::bigint)
           WHERE id = $1 AND NOT data ? 'revokedAt'`,
          [id, now],
        );
        return (r.rowCount ?? 0) > 0;
      },
      prune: async (before) =>
        (await q("DELETE FROM invitations WHERE done_at < $1", [before])).rowCount ?? 0,
    },
    audit: {
      async add(e) {
        await q("INSERT INTO audit (at, region, data) VALUES ($1, $2, $3)", [e.at, e.region, e]);
      },
      list: async (region, since) =>
        (
          await q<{ data: AuditEntry }>(
            region === null
              ? "SELECT data FROM audit WHERE at >= $1 ORDER BY id"
              : "SELECT data FROM audit WHERE at >= $1 AND region = $2 ORDER BY id",
            region === null ? [since] : [since, region],
          )
        ).rows.map((r) => r.data),
      prune: async (before) => (await q("DELETE FROM audit WHERE at < $1", [before])).rowCount ?? 0,
    },
    keys: {
      async get(name) {
        await q("INSERT INTO keys (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [
          name,
          randomBytes(32).toString("base64"),
        ]);
        return (await q<{ value: string }>("SELECT value FROM keys WHERE name = $1", [name])).rows[0]
          ?.value as string;
      },
      async forget(name) {
        await q("DELETE FROM keys WHERE name = $1", [name]);
      },
    },
    close: () => pool.end(),
  };
}
