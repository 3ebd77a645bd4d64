/**
 * Meeting reminders: 7 days and 1 day before each planned meeting (same wall-clock time in
 * Europe/Amsterdam), to every conversation of its region or wijk, with the covenant's call
 * for agenda items; with the last reminder the organiser gets the agenda items and, for a
 * signaaloverleg, a draft built from the signals since the previous one.
 *
 * node-cron wakes the bot every minute; what is due is worked out from the plan each time,
 * and every message goes through the outbox under a key per meeting, start time, reminder
 * and recipient. So a tick after a restart or a clock jump sends what was missed (saying it
 * is late) and never repeats what was sent.
 */
import cron, { type ScheduledTask } from "node-cron";
import { errorFields, type Logger } from "../core/logger.ts";
import type { Observer } from "../core/observer.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { type OutboundMessage, splitKey, type Target, targetKey } from "../model/delivery.ts";
import type { Meeting } from "../model/meetings.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { Network } from "../network/network.ts";
import type { Signals } from "../signals/flow.ts";
import type { MeetingPlan } from "./plan.ts";
import { daysBefore, formatDay, formatWhen, ZONE } from "./time.ts";

export interface RemindersDeps {
  ports: Pick<StoragePorts, "meetings" | "people">;
  logger: Logger;
  outbox: Outbox;
  network: Network;
  plan: MeetingPlan;
  signals: Signals;
  /** Days before a meeting that a reminder goes out; default 7 and 1. */
  days?: number[];
  now?: () => number;
  /** Counts reminders queued, on time or late, for the metrics. */
  observer?: Observer;
}

/** A reminder more than this late says so. */
const LATE_MS = 15 * 60 * 1000;

export class Reminders {
  private readonly deps: RemindersDeps;
  private task: ScheduledTask | undefined;
  private running: Promise<void> | undefined;

  constructor(deps: RemindersDeps) {
    this.deps = deps;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private get days(): number[] {
    return [...(this.deps.days ?? [7, 1])].sort((a, b) => b - a);
  }

  /** Catches up at once, then checks every minute. */
  async start(): Promise<void> {
    await this.tick();
    this.task = cron.schedule("* * * * *", () => this.tick(), { timezone: ZONE, noOverlap: true });
  }

  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
  }

  /** Queues every reminder that is due and not yet sent. */
  tick(): Promise<void> {
    // One tick at a time: a slow store write must not let two ticks queue the same work.
    this.running = (this.running ?? Promise.resolve()).then(() => this.run());
    return this.running;
  }

  private async run(): Promise<void> {
    const now = this.now();
    for (const m of await this.deps.ports.meetings.list(null)) {
      if (m.status !== "planned" || m.start <= now) continue;
      const due = this.days.filter((d) => daysBefore(m.start, d) <= now);
      if (due.length === 0) continue;
      // Only the closest reminder that is due: after downtime, one message rather than two.
      const days = Math.min(...due);
      const dueAt = daysBefore(m.start, days);
      try {
        await this.remind(m, days, dueAt, now - dueAt > LATE_MS);
        if (days === Math.min(...this.days)) await this.agendaToOrganiser(m);
      } catch (e) {
        this.deps.logger.error("reminder failed", { meeting: m.id, ...errorFields(e) });
      }
    }
  }

  private async remind(m: Meeting, days: number, dueAt: number, late: boolean): Promise<void> {
    const { plan, network, outbox } = this.deps;
    const o = plan.overleg(m.overleg);
    const deadline = daysBefore(m.start, Math.min(...this.days));
    const agendaCall =
      o?.agendaCall !== false && days > Math.min(...this.days)
        ? `\nLever agendapunten aan vóór ${formatDay(deadline)}: /overleg agenda ${m.id} <punt>.`
        : "";
    const lateNote = late
      ? `\n(Later dan gepland: deze herinnering had ${formatWhen(dueAt)} moeten komen.)`
      : "";
    const message: OutboundMessage = {
      text: `*Herinnering:* ${plan.describe(m)}.${agendaCall}${lateNote}`,
      template: {
        name: "convenantbot_overleg_herinnering",
        language: "nl",
        params: [
          o?.name ?? m.overleg,
          `${formatWhen(m.start)}${m.place ? `, ${m.place}` : ""}`,
          formatDay(deadline),
          m.id,
        ],
      },
    };
    const batch = `reminder:${m.id}:${m.start}:${days}`;
    const targets = await network.recipients(m.region, m.wijk);
    const { queued } = await outbox.enqueue(
      { id: batch, kind: "reminder", region: m.region, wijk: m.wijk, createdAt: this.now() },
      targets.map((target) => ({ key: `${batch}:${targetKey(target)}`, target, message })),
    );
    if (queued > 0) this.deps.observer?.reminders?.(queued, late);
    if (queued > 0)
      this.deps.logger.info("reminder queued", { meeting: m.id, days, recipients: queued, late });
  }

  /** The organiser's direct accounts the bot can write to, or the conversation they planned in. */
  private async organiserTargets(m: Meeting): Promise<Target[]> {
    const person = await this.deps.ports.people.byId(m.organiser);
    const out: Target[] = [];
    for (const a of person?.accounts ?? []) {
      const [platform, id] = splitKey(a);
      if (this.deps.outbox.can(platform, "directByAccount")) out.push({ platform, conversation: id });
    }
    // Else the conversation they planned in, to them alone: a plan made before targets were
    // always private may name a group, which the agenda must never reach.
    if (out.length === 0 && m.plannedIn?.onlyFor && this.deps.outbox.platforms.includes(m.plannedIn.platform))
      out.push(m.plannedIn);
    else if (out.length === 0)
      this.deps.logger.warn("agenda has no private route to the organiser", { meeting: m.id });
    return out;
  }

  private async agendaToOrganiser(m: Meeting): Promise<void> {
    const { plan, signals, ports, outbox } = this.deps;
    const o = plan.overleg(m.overleg);
    const lines = [`*Agenda-input voor ${plan.describe(m)}*`];
    lines.push(
      m.agenda.length
        ? `Agendapunten (${m.agenda.length}):\n${m.agenda.map((a) => `- ${a.text} (${a.from})`).join("\n")}`
        : "Er zijn geen agendapunten via de bot binnengekomen.",
    );
    if (o?.type === "signaaloverleg") {
      const previous = (await ports.meetings.list(m.region))
        .filter(
          (x) => x.overleg === m.overleg && x.status === "planned" && x.start < m.start && x.id !== m.id,
        )
        .sort((a, b) => b.start - a.start)[0];
      lines.push(
        `*Ontwerp-agenda uit de anonieme signalen* (sinds ${previous ? `het vorige signaaloverleg, ${formatDay(previous.start)}` : "de laatste 12 weken"}):\n${await signals.agendaDraft(m.region, previous ? new Date(previous.start) : null)}`,
      );
    }
    const batch = `agenda:${m.id}:${m.start}`;
    await outbox.enqueue(
      { id: batch, kind: "agenda", region: m.region, wijk: m.wijk, createdAt: this.now() },
      (await this.organiserTargets(m)).map((target) => ({
        key: `${batch}:${targetKey(target)}`,
        target,
        message: { text: lines.join("\n") },
      })),
    );
  }

  /** Tells the invited that a meeting moved or was cancelled. */
  async changed(m: Meeting, what: "planned" | "moved" | "cancelled"): Promise<void> {
    if (what === "planned") return;
    const { plan, network, outbox } = this.deps;
    const text =
      what === "moved"
        ? `*Verplaatst:* ${plan.describe(m)}.`
        : `*Geannuleerd:* ${plan.describe(m)} gaat niet door.`;
    const batch = `notice:${m.id}:${m.sequence}`;
    await outbox.enqueue(
      { id: batch, kind: "reminder", region: m.region, wijk: m.wijk, createdAt: this.now() },
      (await network.recipients(m.region, m.wijk)).map((target) => ({
        key: `${batch}:${targetKey(target)}`,
        target,
        message: {
          text,
          template: {
            name: "convenantbot_overleg_wijziging",
            language: "nl",
            params: [
              plan.overleg(m.overleg)?.name ?? m.overleg,
              what === "moved"
                ? `verplaatst naar ${formatWhen(m.start)}${m.place ? `, ${m.place}` : ""}`
                : `afgelast; het stond op ${formatWhen(m.start)}`,
              m.id,
            ],
          },
        },
      })),
    );
    // New reminders for the new date follow from the next tick.
    if (what === "moved") await this.tick();
  }
}
