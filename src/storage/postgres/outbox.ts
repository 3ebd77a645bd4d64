/**
 * The outbox on PostgreSQL: one row per delivery, claimed with SELECT ... FOR UPDATE SKIP
 * LOCKED for a lease, so several instances share the work; pacing slots are rows too.
 */
import type pg from "pg";
import type { Batch, Delivery } from "../../model/delivery.ts";
import type { OutboxPort } from "../../model/ports.ts";

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

export function postgresOutbox(pool: pg.Pool): OutboxPort {
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
        `INSERT INTO pacing_slots AS p (lane, next_at) VALUES ($1, $2::float8 + $3::float8)
         ON CONFLICT (lane) DO UPDATE SET next_at = greatest(p.next_at, $2::float8) + $3::float8
         RETURNING next_at - $3::float8 AS at`,
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
