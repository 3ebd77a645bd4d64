/**
 * The outbox: every message the bot sends on its own initiative goes through here. Deliveries
 * are written to the store before they are tried, so nothing is lost when the process stops;
 * each has an idempotency key, so enqueuing the same reminder or alert twice sends it once.
 *
 * Pacing is an even spacing per platform (a token bucket of one) plus a minimum gap per conversation, with the
 * platform's own 429 / Retry-After on top. Written here because the SDKs' own retry queues
 * (Slack's WebClient pauses its whole in-memory queue) forget everything on a restart and
 * know nothing of the other platforms or of the store.
 *
 * Exactly once: a delivery is marked "sending" (and written) before its API call and "sent"
 * after. A process that dies between the two cannot know whether the platform got it; on
 * start such a delivery becomes "uncertain" and is reported as such rather than sent again.
 */
import type { Logger } from "../core/logger.ts";
import type { Platform } from "../core/message.ts";
import type { Store } from "../storage/store.ts";
import { Lane } from "./lane.ts";
import type {
  Batch,
  BatchReport,
  Delivery,
  DeliveryChannel,
  OutboundMessage,
  RetractReport,
  SendOutcome,
  Target,
} from "./model.ts";

export interface OutboxDeps {
  store: Store;
  logger: Logger;
  /** Tries per delivery before it counts as failed (429s and transient errors). */
  maxAttempts?: number;
  /** The clock of record times and the 24-hour window; pacing always runs on real time. */
  now?: () => number;
  /** Called once when every delivery of a batch has an outcome. */
  onBatchDone?: (report: BatchReport) => void | Promise<void>;
}

export interface NewDelivery {
  key: string;
  target: Target;
  message: OutboundMessage;
}

const WINDOW_MS = 24 * 60 * 60 * 1000;

export class Outbox {
  private readonly deps: OutboxDeps;
  private readonly channels: DeliveryChannel[] = [];
  private readonly lanes = new Map<Platform, Lane>();
  private readonly keys = new Set<string>();
  private readonly idleWaiters: Array<() => void> = [];
  private started = false;

  constructor(deps: OutboxDeps) {
    this.deps = deps;
  }

  private clock(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private get maxAttempts(): number {
    return this.deps.maxAttempts ?? 8;
  }

  /** Adds a platform to send to; before start(). */
  addChannel(channel: DeliveryChannel): void {
    this.channels.push(channel);
  }

  /** Picks up what was pending when the process stopped; marks interrupted sends uncertain. */
  async start(): Promise<void> {
    const { store, logger } = this.deps;
    let uncertain = 0;
    if (store.data.deliveries.some((x) => x.status === "sending"))
      await store.update((d) => {
        for (const x of d.deliveries) {
          if (x.status === "sending") {
            x.status = "uncertain";
            x.reason = "process stopped while sending";
            uncertain++;
          }
        }
      });
    for (const c of this.channels)
      this.lanes.set(
        c.platform,
        new Lane(
          c,
          (d) => this.send(c, d),
          () => this.notifyIdle(),
        ),
      );
    this.started = true;
    let resumed = 0;
    for (const x of store.data.deliveries) {
      this.keys.add(x.key);
      if (x.status === "pending") {
        resumed++;
        this.route(x);
      }
    }
    if (resumed || uncertain) logger.info("outbox resumed", { pending: resumed, uncertain });
    for (const b of store.data.batches) if (!b.reported) await this.checkDone(b.id);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.lanes.values()].map((l) => l.stop()));
    this.lanes.clear();
    this.started = false;
  }

  /** Whether a target's platform is configured and can reach it now. */
  reaches(target: Target): boolean {
    const channel = this.channels.find((c) => c.platform === target.platform);
    return !!channel && (channel.reachable?.(target.conversation) ?? true);
  }

  /** Platforms the bot can send to. */
  get platforms(): Platform[] {
    return this.channels.map((c) => c.platform);
  }

  /**
   * Adds a batch and its deliveries. A delivery whose key was seen before is skipped, so
   * enqueuing the same work twice (a restart, a second tick) sends it once.
   */
  async enqueue(batch: Batch, items: NewDelivery[]): Promise<{ queued: number; skipped: number }> {
    const now = this.clock();
    const fresh: Delivery[] = [];
    let skipped = 0;
    for (const item of items) {
      if (this.keys.has(item.key)) {
        skipped++;
        continue;
      }
      this.keys.add(item.key);
      const channel = this.channels.some((c) => c.platform === item.target.platform);
      fresh.push({
        ...item,
        batch: batch.id,
        status: channel ? "pending" : "failed",
        ...(channel ? {} : { reason: `${item.target.platform} is not configured` }),
        attempts: 0,
        notBefore: 0,
        at: now,
      });
    }
    const known = this.deps.store.data.batches.some((b) => b.id === batch.id);
    // Work enqueued again (a reminder on every tick until its meeting) writes nothing.
    if (fresh.length === 0 && known) return { queued: 0, skipped };
    await this.deps.store.update((d) => {
      if (!known) d.batches.push(batch);
      d.deliveries.push(...fresh);
    });
    // The stored objects are the ones the lanes hold, so status changes land in the store.
    const stored = this.deps.store.data.deliveries;
    for (const x of stored.slice(stored.length - fresh.length)) if (x.status === "pending") this.route(x);
    await this.checkDone(batch.id);
    return { queued: fresh.length, skipped };
  }

  private route(d: Delivery): void {
    if (!this.started) return;
    this.lanes.get(d.target.platform)?.push(d);
  }

  private async send(channel: DeliveryChannel, d: Delivery): Promise<SendOutcome> {
    const { store, logger } = this.deps;
    await store.update(() => {
      d.status = "sending";
      d.attempts++;
      d.at = this.clock();
    });
    const user = store.data.users[`${d.target.platform}:${d.target.conversation}`];
    const windowOpen = this.clock() - (user?.lastMessageAt ?? 0) < WINDOW_MS;
    let outcome: SendOutcome;
    try {
      outcome = await channel.send(d.target, d.message, { windowOpen });
    } catch (e) {
      outcome = { status: "retry", afterMs: 2_000, scope: "target", reason: (e as Error).message };
    }
    if (outcome.status === "retry" && d.attempts >= this.maxAttempts)
      outcome = { status: "failed", reason: `gave up after ${d.attempts} tries: ${outcome.reason}` };
    await store.update(() => {
      d.at = this.clock();
      if (outcome.status === "sent") {
        d.status = "sent";
        delete d.reason;
        if (outcome.ref) d.ref = outcome.ref;
      } else if (outcome.status === "failed") {
        d.status = "failed";
        d.reason = outcome.reason;
      } else {
        d.status = "pending";
        d.reason = outcome.reason;
        d.notBefore = Date.now() + outcome.afterMs;
      }
    });
    if (outcome.status === "failed")
      logger.warn("delivery failed", { platform: d.target.platform, batch: d.batch, reason: outcome.reason });
    else if (outcome.status === "retry")
      logger.info("delivery delayed", {
        platform: d.target.platform,
        afterMs: outcome.afterMs,
        reason: outcome.reason,
      });
    if (outcome.status !== "retry") await this.checkDone(d.batch);
    return outcome;
  }

  private async checkDone(batchId: string): Promise<void> {
    const report = this.report(batchId);
    if (!report || report.pending > 0 || report.batch.reported) return;
    await this.deps.store.update(() => {
      report.batch.reported = true;
    });
    try {
      await this.deps.onBatchDone?.(report);
    } catch (e) {
      this.deps.logger.error("delivery report failed", { batch: batchId, error: (e as Error).message });
    }
  }

  /**
   * Withdraws a batch: deliveries not sent yet are stopped, sent ones are deleted where the
   * platform allows it, and what stays is counted per platform.
   */
  async retract(batchId: string): Promise<RetractReport> {
    const { store, logger } = this.deps;
    const r: RetractReport = { deleted: {}, stopped: 0, kept: {} };
    const mine = store.data.deliveries.filter((d) => d.batch === batchId);
    await store.update(() => {
      for (const d of mine)
        if (d.status === "pending") {
          d.status = "failed";
          d.reason = "ingetrokken voor verzending";
          d.at = this.clock();
          r.stopped++;
        }
    });
    for (const d of mine) {
      if (d.status !== "sent" && d.status !== "sending" && d.status !== "uncertain") continue;
      const platform = d.target.platform;
      const channel = this.channels.find((c) => c.platform === platform);
      let deleted = false;
      if (d.ref && channel?.retract) {
        try {
          await channel.retract(d.target, d.ref);
          deleted = true;
        } catch (e) {
          logger.warn("retract failed", { platform, error: (e as Error).message });
        }
      }
      const bucket = deleted ? r.deleted : r.kept;
      bucket[platform] = (bucket[platform] ?? 0) + 1;
    }
    logger.info("batch withdrawn", { batch: batchId, stopped: r.stopped });
    return r;
  }

  /** How a batch is doing: sent, pending, failed with reasons, per platform. */
  report(batchId: string): BatchReport | undefined {
    const batch = this.deps.store.data.batches.find((b) => b.id === batchId);
    if (!batch) return undefined;
    const r: BatchReport = { batch, total: 0, sent: 0, pending: 0, failed: [], uncertain: 0, byPlatform: {} };
    for (const d of this.deps.store.data.deliveries) {
      if (d.batch !== batchId) continue;
      r.total++;
      const p = r.byPlatform[d.target.platform] ?? { sent: 0, pending: 0, failed: 0, uncertain: 0 };
      r.byPlatform[d.target.platform] = p;
      if (d.status === "sent") {
        r.sent++;
        p.sent++;
      } else if (d.status === "pending" || d.status === "sending") {
        r.pending++;
        p.pending++;
      } else if (d.status === "uncertain") {
        r.uncertain++;
        p.uncertain++;
      } else {
        r.failed.push({ target: d.target, reason: d.reason ?? "unknown" });
        p.failed++;
      }
    }
    return r;
  }

  /**
   * Forgets finished deliveries and their batches after `days` days (default 90), so the
   * store does not grow without end. Reminder keys are only needed until their meeting has
   * passed, which is at most a week after they are sent.
   */
  async prune(days = 90, now = this.clock()): Promise<number> {
    const before = now - days * 24 * 60 * 60 * 1000;
    const old = (d: Delivery) => d.at < before && d.status !== "pending" && d.status !== "sending";
    const removed = this.deps.store.data.deliveries.filter(old);
    if (removed.length === 0) return 0;
    await this.deps.store.update((data) => {
      data.deliveries = data.deliveries.filter((d) => !old(d));
      const live = new Set(data.deliveries.map((d) => d.batch));
      data.batches = data.batches.filter((b) => live.has(b.id) || b.createdAt >= before);
    });
    for (const d of removed) this.keys.delete(d.key);
    this.deps.logger.info("outbox pruned", { deliveries: removed.length });
    return removed.length;
  }

  private notifyIdle(): void {
    if ([...this.lanes.values()].every((l) => l.size === 0)) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Resolves when nothing is queued or in flight (tests, benchmarks, shutdown). */
  idle(): Promise<void> {
    if ([...this.lanes.values()].every((l) => l.size === 0)) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
