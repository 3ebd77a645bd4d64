/**
 * Puts the platform-neutral parts together: engine, signals, outbox, network, meeting plan,
 * reminders and the bot over them. The composition root adds the adapters and the server;
 * tests use this alone.
 */
import { Outbox } from "../delivery/outbox.ts";
import { createEngine, type Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { MeetingPlan } from "../meetings/plan.ts";
import { Reminders } from "../meetings/reminders.ts";
import { Network } from "../network/network.ts";
import { reportText } from "../network/report.ts";
import type { WebChatAccess } from "../people/webchat.ts";
import { Signals } from "../signals/flow.ts";
import { createLowdbPorts } from "../storage/lowdb/index.ts";
import type { StoragePorts } from "../storage/ports.ts";
import type { Store } from "../storage/store.ts";
import { type Bot, createBot } from "./bot.ts";
import type { Logger } from "./logger.ts";
import type { Observer } from "./observer.ts";

export interface CoreOptions {
  /** A lowdb store that this process alone owns (tests): the ports over it, when none are given. */
  store?: Store;
  ports?: StoragePorts;
  /** This process alone uses the store (the lowdb file under its lock); default: when no ports are given. */
  exclusive?: boolean;
  knowledge: KnowledgeBase;
  logger: Logger;
  engine?: Engine;
  retentionMonths?: number;
  /** Base URL for calendar and sign-in links. */
  publicUrl?: string;
  /** How people reach the web chat (for /webchat). */
  webChat?: WebChatAccess;
  /** The key of the hashes of senders in the signal flow (from SIGNAL_KEY; never stored). */
  signalKey?: string;
  /** The key of the hashes of /signaal message ids (from SIGNAL_KEY, or kept by the store). */
  messageKey?: string;
  /** How long an instance holds a delivery it claimed (ms). */
  leaseMs?: number;
  /** /trend and /deel messages one person may send per hour. */
  broadcastsPerHour?: number;
  now?: () => number;
  /** Receives counts for the metrics (answers, deliveries, reminders). */
  observer?: Observer;
}

export interface Core {
  bot: Bot;
  engine: Engine;
  signals: Signals;
  outbox: Outbox;
  network: Network;
  plan: MeetingPlan;
  reminders: Reminders;
  /** The storage ports the features run on. */
  ports: StoragePorts;
}

export function assembleCore(o: CoreOptions): Core {
  const { knowledge, logger } = o;
  const now = o.now ?? (() => Date.now());
  const engine = o.engine ?? createEngine(knowledge);
  if (!o.ports && !o.store) throw new Error("assembleCore needs storage ports or a store");
  const ports = o.ports ?? createLowdbPorts(o.store as Store);
  const signals = new Signals({
    ports,
    ...(o.signalKey ? { secret: o.signalKey } : {}),
    ...(o.messageKey ? { messageKey: o.messageKey } : {}),
    knowledge,
    logger,
    retentionMonths: o.retentionMonths ?? 24,
    now: () => new Date(now()),
  });
  const outbox: Outbox = new Outbox({
    ports,
    exclusive: o.exclusive ?? !o.ports,
    ...(o.leaseMs ? { leaseMs: o.leaseMs } : {}),
    logger,
    ...(o.observer ? { observer: o.observer } : {}),
    now,
    // When every delivery of an alert has an outcome, its sender gets the report.
    onBatchDone: async (report) => {
      const to = report.batch.reportTo;
      if (!to || report.batch.kind === "report") return;
      // A batch stored before report targets were always for one person may name a group.
      if (!to.onlyFor) {
        logger.warn("delivery report has no private route", { platform: to.platform });
        return;
      }
      const id = `${report.batch.id}:report`;
      await outbox.enqueue(
        { id, kind: "report", region: report.batch.region, wijk: report.batch.wijk, createdAt: now() },
        [
          {
            key: id,
            target: to,
            message: { text: await reportText(report, knowledge, ports, report.batch.lang) },
          },
        ],
      );
    },
  });
  const network = new Network({ ports, knowledge, logger, outbox, perHour: o.broadcastsPerHour ?? 5, now });
  let reminders: Reminders | undefined;
  const plan = new MeetingPlan({
    ports,
    knowledge,
    logger,
    publicUrl: o.publicUrl ?? "http://localhost:3978",
    now,
    invited: (region, wijk) => network.recipients(region, wijk),
    changed: (meeting, what) => reminders?.changed(meeting, what) ?? Promise.resolve(),
  });
  reminders = new Reminders({
    ports,
    logger,
    outbox,
    network,
    plan,
    signals,
    now,
    ...(o.observer ? { observer: o.observer } : {}),
  });
  const bot = createBot({
    engine,
    knowledge,
    ports,
    logger,
    signals,
    network,
    plan,
    ...(o.webChat ? { webChat: o.webChat } : {}),
    ...(o.observer ? { observer: o.observer } : {}),
  });
  return { bot, engine, signals, outbox, network, plan, reminders, ports };
}
