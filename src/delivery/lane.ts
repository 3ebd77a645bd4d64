/**
 * One platform's sending in this instance: deliveries claimed from the store, spaced to the
 * platform's rate through pacing slots the store shares between instances, a minimum gap
 * per conversation, a limit on requests in flight, and the waits a 429 asks for (one
 * conversation, or the whole platform).
 */
import { type Delivery, type DeliveryChannel, type SendOutcome, targetKey } from "../model/delivery.ts";

export interface LaneDeps {
  /** Claims up to `limit` due deliveries of this platform for this instance. */
  claim(limit: number): Promise<Delivery[]>;
  /** The shared pacing slot of a lane: the time a send may go, moving the lane on. */
  slot(lane: string, at: number, intervalMs: number): Promise<number>;
  /** Sends one delivery; undefined when its claim was lost and it was not sent. */
  deliver(d: Delivery): Promise<SendOutcome | undefined>;
  settled(): void;
  /** The store failed; the lane waits and looks again. */
  failed(error: unknown): void;
  /** How long to wait for work before looking in the store again. */
  pollMs: number;
}

export class Lane {
  private readonly queue: Delivery[] = [];
  private readonly nextForTarget = new Map<string, number>();
  private readonly busy = new Set<string>();
  private inFlight = 0;
  private lastLaunch = 0;
  private readonly flights = new Set<Promise<void>>();
  private wake: (() => void) | undefined;
  private stopped = false;
  private readonly channel: DeliveryChannel;
  private readonly deps: LaneDeps;
  readonly done: Promise<void>;

  constructor(channel: DeliveryChannel, deps: LaneDeps) {
    this.channel = channel;
    this.deps = deps;
    this.done = this.run();
  }

  /** Looks for work now (something was enqueued or released). */
  poke(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Stops taking new deliveries and waits for those in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.done;
    await Promise.all([...this.flights]);
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.poke(), Math.max(1, Math.min(ms, this.deps.pollMs)));
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    const { limits, platform } = this.channel;
    while (!this.stopped) {
      try {
        if (this.queue.length < limits.concurrency)
          this.queue.push(...(await this.deps.claim(limits.concurrency * 4 - this.queue.length)));
        const now = Date.now();
        let next = Number.POSITIVE_INFINITY;
        let pick = -1;
        for (let i = 0; i < this.queue.length; i++) {
          const d = this.queue[i] as Delivery;
          const tk = targetKey(d.target);
          if (this.busy.has(tk)) continue;
          const ready = this.nextForTarget.get(tk) ?? 0;
          if (ready <= now) {
            pick = i;
            break;
          }
          next = Math.min(next, ready);
        }
        if (pick < 0 || this.inFlight >= limits.concurrency) {
          await this.wait(pick < 0 ? next - now : Number.POSITIVE_INFINITY);
          continue;
        }
        // Even spacing across every instance: never a burst a platform counting a sliding
        // second would refuse.
        const spacing = 1000 / limits.perSecond;
        // The store's slot spaces sends across instances; the gap to this lane's own last send
        // keeps a timer that fired late from bunching two sends together.
        const at = Math.max(await this.deps.slot(platform, now, spacing), this.lastLaunch + spacing);
        while (!this.stopped && at > Date.now()) await this.wait(at - Date.now());
        if (this.stopped) break;
        const [d] = this.queue.splice(pick, 1) as [Delivery];
        this.launch(d);
      } catch (e) {
        // The store failed (a lost connection): wait and look again; claims stay leased.
        this.deps.failed(e);
        await this.wait(this.deps.pollMs);
      }
    }
  }

  private launch(d: Delivery): void {
    const { limits, platform } = this.channel;
    const tk = targetKey(d.target);
    this.lastLaunch = Date.now();
    this.busy.add(tk);
    this.nextForTarget.set(tk, Date.now() + 1000 / limits.perTargetPerSecond);
    this.inFlight++;
    const flight = this.deps
      .deliver(d)
      .catch(() => undefined)
      .then(async (outcome) => {
        this.inFlight--;
        this.busy.delete(tk);
        if (outcome?.status === "retry") {
          const until = Date.now() + outcome.afterMs;
          if (outcome.scope === "platform") {
            // The whole platform waits, in every instance.
            await this.deps.slot(platform, until, 0).catch(() => {});
            // Nothing reached the conversation, so its own gap does not apply to the retry.
            this.nextForTarget.delete(tk);
          } else this.nextForTarget.set(tk, Math.max(this.nextForTarget.get(tk) ?? 0, until));
        }
        this.poke();
        this.deps.settled();
      });
    this.flights.add(flight);
    void flight.finally(() => this.flights.delete(flight));
  }

  /** Claimed here and waiting, or in flight. */
  get size(): number {
    return this.queue.length + this.inFlight;
  }
}
