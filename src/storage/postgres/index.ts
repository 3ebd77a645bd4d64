/**
 * The ports on PostgreSQL (selected by DATABASE_URL): one table per aggregate, so several
 * instances share one database. Uniqueness is the database's: of two instances that see the
 * same event, the one whose INSERT succeeds answers it.
 */
import pg from "pg";
import type { Batch, Delivery } from "../../delivery/model.ts";
import { ConvenantbotError } from "../../errors.ts";
import type { Meeting } from "../../meetings/model.ts";
import type { Signal } from "../../signals/model.ts";
import type { OutboxPort, StatePort, StoragePorts } from "../ports.ts";
import type { ConversationRecord, Feedback, Person, UserRecord } from "../store.ts";
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
    close: () => pool.end(),
  };
}

interface DeliveryRow {
  status: Delivery["status"];
  attempts: number;
  not_before: string;
  at: string;
  reason: string | null;
  ref: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  /** Queue order, where a statement returns rows in no order (UPDATE ... RETURNING). */
  seq?: string;
  data: Pick<Delivery, "key" | "batch" | "target" | "message">;
}

const DELIVERY_COLUMNS = "status, attempts, not_before, at, reason, ref, claimed_by, lease_until, data";

function toDelivery(r: DeliveryRow): Delivery {
  return {
    ...r.data,
    status: r.status,
    attempts: r.attempts,
    notBefore: Number(r.not_before),
    at: Number(r.at),
    ...(r.reason !== null ? { reason: r.reason } : {}),
    ...(r.ref !== null ? { ref: r.ref } : {}),
    ...(r.claimed_by !== null ? { claimedBy: r.claimed_by, leaseUntil: Number(r.lease_until) } : {}),
  };
}

interface BatchRow {
  reported: boolean;
  data: Batch;
}
const toBatch = (r: BatchRow): Batch => ({ ...r.data, reported: r.reported || undefined });

function postgresOutbox(pool: pg.Pool): OutboxPort {
  const q = <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => pool.query<R>(sql, params);
  const lapse = async (where: string, params: unknown[], now: number) => {
    const r = await q<{ was: string }>(
      `UPDATE deliveries d SET
         status = CASE WHEN d.status = 'sending' THEN 'uncertain' ELSE d.status END,
         reason = CASE WHEN d.status = 'sending' THEN 'process stopped while sending' ELSE d.reason END,
         at = CASE WHEN d.status = 'sending' THEN $1 ELSE d.at END,
         claimed_by = NULL, lease_until = NULL
       FROM (SELECT key, status AS was FROM deliveries WHERE claimed_by IS NOT NULL AND ${where} FOR UPDATE) old
       WHERE d.key = old.key RETURNING old.was`,
      [now, ...params],
    );
    const uncertain = r.rows.filter((x) => x.was === "sending").length;
    return { uncertain, released: r.rows.length - uncertain };
  };
  return {
    async enqueue(batch, deliveries) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(
          "INSERT INTO batches (id, kind, by_person, created_at, reported, data) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
          [batch.id, batch.kind, batch.by ?? null, batch.createdAt, !!batch.reported, batch],
        );
        const r = await client.query<{ key: string }>(
          `INSERT INTO deliveries (key, batch, platform, status, attempts, not_before, at, reason, data)
             SELECT x->>'key', $1, x->'target'->>'platform', x->>'status', (x->>'attempts')::int,
                    (x->>'notBefore')::bigint, (x->>'at')::bigint, x->>'reason',
                    jsonb_build_object('key', x->'key', 'batch', $1::text, 'target', x->'target', 'message', x->'message')
             FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY n
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          [batch.id, JSON.stringify(deliveries)],
        );
        await client.query("COMMIT");
        const added = new Set(r.rows.map((x) => x.key));
        return deliveries.map((d) => d.key).filter((k, i, all) => added.has(k) && all.indexOf(k) === i);
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    batch: async (id) => {
      const r = (await q<BatchRow>("SELECT reported, data FROM batches WHERE id = $1", [id])).rows[0];
      return r ? toBatch(r) : undefined;
    },
    batchesBy: async (kind, by) =>
      (
        await q<BatchRow>(
          "SELECT reported, data FROM batches WHERE kind = $1 AND by_person = $2 ORDER BY created_at, id",
          [kind, by],
        )
      ).rows.map(toBatch),
    batchesSince: async (since) =>
      (
        await q<BatchRow>(
          "SELECT reported, data FROM batches WHERE created_at >= $1 ORDER BY created_at, id",
          [since],
        )
      ).rows.map(toBatch),
    deliveries: async (batch) =>
      (
        await q<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE batch = $1 ORDER BY seq`, [
          batch,
        ])
      ).rows.map(toDelivery),
    claim: async (platform, owner, now, leaseMs, limit) =>
      (
        await q<DeliveryRow>(
          `UPDATE deliveries d SET claimed_by = $2, lease_until = $3
             FROM (SELECT key FROM deliveries
                   WHERE platform = $1 AND status = 'pending' AND not_before <= $4
                     AND (claimed_by IS NULL OR lease_until < $4)
                   ORDER BY seq LIMIT $5 FOR UPDATE SKIP LOCKED) due
           WHERE d.key = due.key RETURNING ${DELIVERY_COLUMNS.split(", ")
             .map((c) => `d.${c}`)
             .join(", ")}, d.seq`,
          [platform, owner, now + leaseMs, now, limit],
        )
      ).rows
        .sort((a, b) => Number(a.seq) - Number(b.seq))
        .map(toDelivery),
    sending: async (key, owner, now, leaseMs) =>
      (
        await q(
          "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, at = $3, lease_until = $4 WHERE key = $1 AND claimed_by = $2 AND status = 'pending'",
          [key, owner, now, now + leaseMs],
        )
      ).rowCount === 1,
    async settle(key, owner, o, now) {
      await q(
        `UPDATE deliveries SET status = $3, at = $4, claimed_by = NULL, lease_until = NULL,
           reason = $5, ref = coalesce($6, ref), not_before = coalesce($7, not_before)
         WHERE key = $1 AND claimed_by = $2`,
        [
          key,
          owner,
          o.status,
          now,
          o.status === "sent" ? null : o.reason,
          o.status === "sent" ? (o.ref ?? null) : null,
          o.status === "pending" ? o.notBefore : null,
        ],
      );
    },
    expire: (now) => lapse("lease_until < $2", [now], now),
    release: (owner, now) => lapse("claimed_by = $2", [owner], now),
    async withdraw(batch, reason, now) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const r = await client.query(
          "UPDATE deliveries SET status = 'failed', reason = $2, at = $3, claimed_by = NULL, lease_until = NULL WHERE batch = $1 AND status = 'pending'",
          [batch, reason, now],
        );
        await client.query("UPDATE batches SET data = data || '{\"withdrawn\": true}'::jsonb WHERE id = $1", [
          batch,
        ]);
        await client.query("COMMIT");
        return r.rowCount ?? 0;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    markReported: async (batch) =>
      (
        await q(
          `UPDATE batches SET reported = true WHERE id = $1 AND NOT reported
             AND NOT EXISTS (SELECT 1 FROM deliveries WHERE batch = $1 AND status IN ('pending', 'sending'))`,
          [batch],
        )
      ).rowCount === 1,
    unreported: async () =>
      (
        await q<BatchRow>("SELECT reported, data FROM batches WHERE NOT reported ORDER BY created_at, id")
      ).rows.map(toBatch),
    async depth() {
      const r = await q<{ platform: string; n: string }>(
        "SELECT platform, count(*) AS n FROM deliveries WHERE status = 'pending' GROUP BY platform",
      );
      return Object.fromEntries(r.rows.map((x) => [x.platform, Number(x.n)]));
    },
    async slot(lane, now, intervalMs) {
      const r = await q<{ at: string }>(
        `INSERT INTO pacing_slots AS p (lane, next_at) VALUES ($1, $2::bigint + $3::bigint)
         ON CONFLICT (lane) DO UPDATE SET next_at = greatest(p.next_at, $2::bigint) + $3::bigint
         RETURNING next_at - $3::bigint AS at`,
        [lane, now, intervalMs],
      );
      return Number(r.rows[0]?.at ?? now);
    },
    async prune(before) {
      const r = await q("DELETE FROM deliveries WHERE at < $1 AND status NOT IN ('pending', 'sending')", [
        before,
      ]);
      await q(
        "DELETE FROM batches b WHERE created_at < $1 AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.batch = b.id)",
        [before],
      );
      return r.rowCount ?? 0;
    },
  };
}

function postgresState(pool: pg.Pool): StatePort {
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
