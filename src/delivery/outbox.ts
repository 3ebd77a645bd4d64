/**
 * The outbox: every message the bot sends on its own initiative goes through here. Deliveries
 * are stored (OutboxPort) before they are tried, so nothing is lost when a process stops;
 * each has an idempotency key, so enqueuing the same reminder or alert twice sends it once.
 *
 * Several instances can share one store: each claims due deliveries for a lease, and pacing
 * slots live in the store, so the platform's rate holds across instances. Written here
 * rather than on a Postgres job queue because such a queue retries a job whose worker died,
 * and a message that may have reached the platform must never be sent twice: a delivery
 * whose lease ran out while it was being sent becomes "uncertain" and is reported as such.
 */
import { randomUUID } from "node:crypto";
import { errorFields, type Logger } from "../core/logger.ts";
import type { Platform } from "../core/message.ts";
import type { Observer } from "../core/observer.ts";
import type { Capabilities } from "../kernel/adapter.ts";
import type {
  Batch,
  BatchReport,
  Delivery,
  DeliveryChannel,
  OutboundMessage,
  RetractReport,
  SendOutcome,
  Target,
} from "../model/delivery.ts";
import type { StoragePorts } from "../model/ports.ts";
import { Lane } from "./lane.ts";

export interface OutboxDeps {
  ports: Pick<StoragePorts, "outbox" | "users">;
  logger: Logger;
  /**
   * The store belongs to this process alone (the lowdb file with its lock): at start every
   * claim left in it is a dead process's, so it need not wait for leases to run out.
   */
  exclusive?: boolean;
  /** Tries per delivery before it counts as failed (429s and transient errors). */
  maxAttempts?: number;
  /** How long a claim holds before another instance may take over (ms). */
  leaseMs?: number;
  /** The clock of record times and the 24-hour window; pacing always runs on real time. */
  now?: () => number;
  /** Called once (across instances) when every delivery of a batch has an outcome. */
  onBatchDone?: (report: BatchReport) => void | Promise<void>;
  /** Counts each try's outcome per platform, for the metrics. */
  observer?: Observer;
}

export interface NewDelivery {
  key: string;
  target: Target;
  message: OutboundMessage;
}

const WINDOW_MS = 24 * 60 * 60 * 1000;
/** How often an idle lane looks for work enqueued by other instances or come due. */
const POLL_MS = 1_000;

export class Outbox {
  private readonly deps: OutboxDeps;
  private readonly channels: DeliveryChannel[] = [];
  private readonly capabilities = new Map<Platform, Capabilities>();
  private readonly lanes = new Map<Platform, Lane>();
  private readonly idleWaiters: Array<() => void> = [];
  private expiry: NodeJS.Timeout | undefined;
  /** This instance, as the owner of its claims. */
  readonly owner = randomUUID();

  constructor(deps: OutboxDeps) {
    this.deps = deps;
  }

  private clock(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private get leaseMs(): number {
    return this.deps.leaseMs ?? 60_000;
  }

  /** Adds a platform to send to, with what it can do; before start(). */
  addChannel(channel: DeliveryChannel, capabilities: Capabilities): void {
    this.channels.push(channel);
    this.capabilities.set(channel.platform, capabilities);
  }

  /** Whether a platform the bot sends to can do this; false for a platform it does not send to. */
  can(
    platform: string,
    capability: "directByAccount" | "groups" | "nativeCommands" | "knowsGroupMembers",
  ): boolean {
    return this.capabilities.get(platform as Platform)?.[capability] ?? false;
  }

  /** Takes over what was pending; marks sends interrupted by a dead process uncertain. */
  async start(): Promise<void> {
    const { ports, logger } = this.deps;
    const r = await ports.outbox.expire(this.deps.exclusive ? Number.MAX_SAFE_INTEGER : Date.now());
    const depth = await ports.outbox.depth();
    for (const c of this.channels)
      this.lanes.set(
        c.platform,
        new Lane(c, {
          claim: (limit) => ports.outbox.claim(c.platform, this.owner, Date.now(), this.leaseMs, limit),
          slot: (lane, at, interval) => ports.outbox.slot(lane, at, interval),
          deliver: (d) => this.send(c, d),
          settled: () => this.notifyIdle(),
          failed: (e) => this.laneFailed(c.platform, e),
          pollMs: POLL_MS,
        }),
      );
    const pending = Object.values(depth).reduce((a, b) => a + b, 0);
    if (pending || r.uncertain) logger.info("outbox resumed", { pending, uncertain: r.uncertain });
    for (const b of await ports.outbox.unreported()) await this.checkDone(b.id);
    this.expiry = setInterval(() => void this.expire(), Math.max(1_000, this.leaseMs / 4));
    this.expiry.unref();
  }

  private readonly lastLaneError = new Map<Platform, number>();
  /** A lane that cannot reach the store says so, at most once a minute per platform. */
  private laneFailed(platform: Platform, e: unknown): void {
    const now = Date.now();
    if (now - (this.lastLaneError.get(platform) ?? 0) < 60_000) return;
    this.lastLaneError.set(platform, now);
    this.deps.logger.error("outbox cannot reach the store; trying again", { platform, ...errorFields(e) });
  }

  private async expire(): Promise<void> {
    try {
      const r = await this.deps.ports.outbox.expire(Date.now());
      if (r.uncertain || r.released) {
        this.deps.logger.warn("outbox claims expired", r);
        for (const l of this.lanes.values()) l.poke();
      }
      // An uncertain delivery may have been a batch's last open one: its report is due now.
      if (r.uncertain) for (const b of await this.deps.ports.outbox.unreported()) await this.checkDone(b.id);
    } catch (e) {
      this.deps.logger.error("outbox lease check failed", errorFields(e));
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.expiry);
    await Promise.all([...this.lanes.values()].map((l) => l.stop()));
    this.lanes.clear();
    // Claimed but not sent: back to the queue for the next start or another instance.
    await this.deps.ports.outbox.release(this.owner, this.clock()).catch(() => {});
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
   * enqueuing the same work twice (a restart, a second tick, another instance) sends it once.
   */
  async enqueue(batch: Batch, items: NewDelivery[]): Promise<{ queued: number; skipped: number }> {
    const now = this.clock();
    const rows: Delivery[] = items.map((item) => {
      const channel = this.channels.some((c) => c.platform === item.target.platform);
      return {
        ...item,
        batch: batch.id,
        status: channel ? "pending" : "failed",
        ...(channel ? {} : { reason: `${item.target.platform} is not configured` }),
        attempts: 0,
        notBefore: 0,
        at: now,
      };
    });
    const added = await this.deps.ports.outbox.enqueue(batch, rows);
    for (const platform of new Set(rows.map((r) => r.target.platform))) this.lanes.get(platform)?.poke();
    await this.checkDone(batch.id);
    return { queued: added.length, skipped: items.length - added.length };
  }

  private async send(channel: DeliveryChannel, d: Delivery): Promise<SendOutcome | undefined> {
    const { ports, logger } = this.deps;
    // Written before the call: if this process dies now, the delivery becomes uncertain.
    if (!(await ports.outbox.sending(d.key, this.owner, this.clock(), this.leaseMs))) return undefined;
    const attempts = d.attempts + 1;
    const user = await ports.users.get(`${d.target.platform}:${d.target.conversation}`);
    const windowOpen = this.clock() - (user?.lastMessageAt ?? 0) < WINDOW_MS;
    let outcome: SendOutcome;
    try {
      outcome = await channel.send(d.target, d.message, { windowOpen });
    } catch (e) {
      outcome = { status: "retry", afterMs: 2_000, scope: "target", reason: (e as Error).message };
    }
    if (outcome.status === "retry" && attempts >= (this.deps.maxAttempts ?? 8))
      outcome = { status: "failed", reason: `gave up after ${attempts} tries: ${outcome.reason}` };
    await ports.outbox.settle(
      d.key,
      this.owner,
      outcome.status === "retry"
        ? { status: "pending", reason: outcome.reason, notBefore: Date.now() + outcome.afterMs }
        : outcome,
      this.clock(),
    );
    this.deps.observer?.delivery?.(d.target.platform, outcome.status);
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
    if (!(await this.deps.ports.outbox.markReported(batchId))) return;
    const report = await this.report(batchId);
    try {
      if (report) await this.deps.onBatchDone?.(report);
    } catch (e) {
      this.deps.logger.error("delivery report failed", { batch: batchId, ...errorFields(e) });
    }
  }

  /**
   * Withdraws a batch: deliveries not sent yet are stopped, sent ones are deleted where the
   * platform allows it, and what stays is counted per platform.
   */
  async retract(batchId: string): Promise<RetractReport> {
    const { ports, logger } = this.deps;
    const r: RetractReport = { deleted: {}, stopped: 0, kept: {} };
    r.stopped = await ports.outbox.withdraw(batchId, "ingetrokken voor verzending", this.clock());
    for (const d of await ports.outbox.deliveries(batchId)) {
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
  async report(batchId: string): Promise<BatchReport | undefined> {
    const batch = await this.deps.ports.outbox.batch(batchId);
    if (!batch) return undefined;
    const r: BatchReport = { batch, total: 0, sent: 0, pending: 0, failed: [], uncertain: 0, byPlatform: {} };
    for (const d of await this.deps.ports.outbox.deliveries(batchId)) {
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
    const n = await this.deps.ports.outbox.prune(now - days * 24 * 60 * 60 * 1000);
    if (n) this.deps.logger.info("outbox pruned", { deliveries: n });
    return n;
  }

  /** Pending deliveries per platform (metrics). */
  depth(): Promise<Record<string, number>> {
    return this.deps.ports.outbox.depth();
  }

  private async busy(): Promise<boolean> {
    if ([...this.lanes.values()].some((l) => l.size > 0)) return true;
    const depth = await this.deps.ports.outbox.depth();
    return [...this.lanes.keys()].some((p) => (depth[p] ?? 0) > 0);
  }

  private notifyIdle(): void {
    if (this.idleWaiters.length === 0) return;
    void this.busy().then((busy) => {
      if (!busy) for (const w of this.idleWaiters.splice(0)) w();
    });
  }

  /** Resolves when nothing is queued or in flight for this instance's platforms. */
  async idle(): Promise<void> {
    // Looked at again after every settled send, and at least every 100 ms: a send may settle
    // between the look and the wait.
    while (await this.busy())
      await new Promise<void>((resolve) => {
        this.idleWaiters.push(resolve);
        setTimeout(resolve, 100).unref();
      });
  }
}
