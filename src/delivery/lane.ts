/**
 * One platform's sending: deliveries spaced evenly to the platform's rate, a minimum gap per
 * conversation, a limit on requests in flight, and the waits a 429 asks for (one
 * conversation, or the whole platform).
 */
import { type Delivery, type DeliveryChannel, type SendOutcome, targetKey } from "./model.ts";

/** Sends one platform's deliveries, paced by its limits. */
export class Lane {
  readonly queue: Delivery[] = [];
  private tokens: number;
  private refilledAt = Date.now();
  private pausedUntil = 0;
  private readonly nextForTarget = new Map<string, number>();
  private readonly busy = new Set<string>();
  private inFlight = 0;
  private readonly flights = new Set<Promise<void>>();
  private wake: (() => void) | undefined;
  private stopped = false;
  private readonly channel: DeliveryChannel;
  private readonly deliver: (d: Delivery) => Promise<SendOutcome>;
  private readonly settled: () => void;
  readonly done: Promise<void>;

  constructor(channel: DeliveryChannel, deliver: (d: Delivery) => Promise<SendOutcome>, settled: () => void) {
    this.channel = channel;
    this.deliver = deliver;
    this.settled = settled;
    this.tokens = 1;
    this.done = this.run();
  }

  push(d: Delivery): void {
    this.queue.push(d);
    this.poke();
  }

  /** Stops taking new deliveries and waits for those in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.done;
    await Promise.all([...this.flights]);
  }

  private poke(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(() => this.poke(), Math.max(1, ms)) : undefined;
      this.wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    });
  }

  private refill(now: number): void {
    const { perSecond } = this.channel.limits;
    // A bucket of one: sends are spread evenly, never a burst that a platform counting a
    // sliding second would refuse.
    this.tokens = Math.min(1, this.tokens + ((now - this.refilledAt) / 1000) * perSecond);
    this.refilledAt = now;
  }

  private async run(): Promise<void> {
    const { limits } = this.channel;
    while (!this.stopped) {
      const now = Date.now();
      if (this.pausedUntil > now) {
        await this.wait(this.pausedUntil - now);
        continue;
      }
      let next = Number.POSITIVE_INFINITY;
      let pick = -1;
      for (let i = 0; i < this.queue.length; i++) {
        const d = this.queue[i] as Delivery;
        const tk = targetKey(d.target);
        if (this.busy.has(tk)) continue;
        const ready = Math.max(d.notBefore, this.nextForTarget.get(tk) ?? 0);
        if (ready <= now) {
          pick = i;
          break;
        }
        next = Math.min(next, ready);
      }
      if (pick < 0) {
        await this.wait(next - now);
        continue;
      }
      if (this.inFlight >= limits.concurrency) {
        await this.wait(Number.POSITIVE_INFINITY);
        continue;
      }
      this.refill(now);
      if (this.tokens < 1) {
        await this.wait(((1 - this.tokens) / limits.perSecond) * 1000);
        continue;
      }
      this.tokens -= 1;
      const [d] = this.queue.splice(pick, 1) as [Delivery];
      const tk = targetKey(d.target);
      this.busy.add(tk);
      this.nextForTarget.set(tk, now + 1000 / limits.perTargetPerSecond);
      this.inFlight++;
      const flight = this.deliver(d).then((outcome) => {
        this.inFlight--;
        this.busy.delete(tk);
        if (outcome.status === "retry") {
          const until = Date.now() + outcome.afterMs;
          if (outcome.scope === "platform") {
            this.pausedUntil = Math.max(this.pausedUntil, until);
            // Nothing reached the conversation, so its own gap does not apply to the retry.
            this.nextForTarget.delete(tk);
          } else this.nextForTarget.set(tk, Math.max(this.nextForTarget.get(tk) ?? 0, until));
          if (d.status === "pending") this.queue.push(d);
        }
        this.poke();
        this.settled();
      });
      this.flights.add(flight);
      void flight.finally(() => this.flights.delete(flight));
    }
  }

  /** In flight or queued. */
  get size(): number {
    return this.queue.length + this.inFlight;
  }
}
