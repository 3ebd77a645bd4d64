/**
 * The composition root, the one place that knows every part: `assembleCore` puts the
 * platform-neutral parts together (engine, signals, outbox, network, meeting plan, reminders
 * and the bot over them; tests use it alone), and `startApp` reads configuration, loads the
 * knowledge base, opens the storage, and starts one HTTP server with the web chat and every
 * platform adapter whose credentials are set. The features' mutual needs (the plan asks the
 * network who is invited, the reminders hear of plan changes, the outbox's report is written
 * by the network) are wired here as callbacks, so no feature imports another's assembly.
 * Building each platform's adapter is in app/adapters.ts, running one in server/platforms.ts,
 * the server's own routes in server/listen.ts, and the daily pruning in retention.ts.
 */

import { type Startup, startSlack, startTeams, startWeb, startWhatsApp } from "./app/adapters.ts";
import { type Bot, createBot } from "./bot/bot.ts";
import type { Config } from "./config.ts";
import { errorFields, type Logger } from "./core/logger.ts";
import type { Observer } from "./core/observer.ts";
import { applyDemoPeople, defaultRosterFile, demoRosterFile, readRoster, seedRoster } from "./core/roster.ts";
import { createDashboard } from "./dashboard/index.ts";
import { Outbox } from "./delivery/outbox.ts";
import { createEngine, type Engine } from "./engine/engine.ts";
import { defaultKnowledgeDir, loadKnowledge } from "./knowledge/loader.ts";
import type { KnowledgeBase } from "./knowledge/schema.ts";
import { calendarRoute } from "./meetings/calendar.ts";
import { MeetingPlan } from "./meetings/plan.ts";
import { Reminders } from "./meetings/reminders.ts";
import type { StoragePorts } from "./model/ports.ts";
import { ManagedGroups } from "./network/groups.ts";
import { linkFeature } from "./network/link.ts";
import { Network } from "./network/network.ts";
import { sendReport } from "./network/report.ts";
import { ContactCheck } from "./people/confirm.ts";
import { askWithContacts } from "./people/contacts.ts";
import { Invitations } from "./people/invitations.ts";
import { createSignInLinks } from "./people/signin.ts";
import { type WebChatAccess, webchatFeature } from "./people/webchat.ts";
import { startRetention } from "./retention.ts";
import type { HttpServer, Route } from "./server/http.ts";
import { listen } from "./server/listen.ts";
import { Metrics } from "./server/metrics.ts";
import { logNotRunning } from "./server/platforms.ts";
import { Readiness } from "./server/readiness.ts";
import { Signals } from "./signals/flow.ts";
import { signalKeys } from "./signals/keys.ts";
import { prepareDetector } from "./signals/pii.ts";
import { createLowdbPorts } from "./storage/lowdb/index.ts";
import { lowdbStorage, type OpenStorage, openStorage } from "./storage/open.ts";
import type { Store } from "./storage/store.ts";

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
  /** Asks contacts every few months whether they still hold their role. */
  contactCheck: ContactCheck;
  /** The WhatsApp groups of wijk networks, which the bot manages. */
  groups: ManagedGroups;
  /** The storage ports the features run on. */
  ports: StoragePorts;
  /** The coordinator dashboard's pages (/beheer). */
  dashboard: Route[];
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
    onBatchDone: (report) => sendReport(report, { outbox, knowledge, ports, logger, now }),
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
  const invitations = new Invitations({ ports, knowledge, logger, now });
  const contactCheck = new ContactCheck({ ports, knowledge, outbox, logger, now });
  const groups = new ManagedGroups({ ports, knowledge, outbox, logger, now });
  const dashboard = createDashboard({
    ports,
    knowledge,
    invitations,
    ask: (question, region) => askWithContacts(engine, ports.people, question, { region }),
    contactState: (person) => contactCheck.state(person),
    logger,
    publicUrl: o.publicUrl ?? "http://localhost:3978",
    now,
  });
  const bot = createBot({
    nativeCommands: (platform) => outbox.can(platform, "nativeCommands"),
    engine,
    now,
    ports,
    logger,
    plan,
    // Each feature answers its own commands and buttons; the router dispatches by the list.
    features: [
      linkFeature({ ports, knowledge, logger, now }),
      webchatFeature(o.webChat),
      network.feature,
      plan.feature,
      signals.feature,
      invitations.feature,
      contactCheck.feature,
      groups.feature,
      dashboard.feature,
    ],
    ...(o.observer ? { observer: o.observer } : {}),
  });
  return {
    bot,
    engine,
    signals,
    outbox,
    network,
    plan,
    reminders,
    contactCheck,
    groups,
    ports,
    dashboard: dashboard.routes,
  };
}

export interface RunningApp {
  http: HttpServer;
  /** The lowdb document, when the data is not in PostgreSQL. */
  store?: Store;
  storage: OpenStorage;
  knowledge: KnowledgeBase;
  /** Names of the adapters that run. */
  adapters: string[];
  outbox: Core["outbox"];
  reminders: Core["reminders"];
  contactCheck: Core["contactCheck"];
  metrics: Metrics;
  readiness: Readiness;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** A store to use instead of the configured one (tests). */
  store?: Store;
  /** Acquires Teams outbound tokens instead of the client secret (tests against a fake Bot Framework). */
  teamsToken?: () => string;
}

export async function startApp({
  config,
  logger,
  store: given,
  teamsToken,
}: StartOptions): Promise<RunningApp> {
  const env = config.env;
  const knowledge = loadKnowledge(env.KNOWLEDGE_DIR ?? defaultKnowledgeDir());
  const storage = given ? lowdbStorage(given) : await openStorage(env);
  const { ports } = storage;
  let http: HttpServer | undefined;
  try {
    const { senderKey, messageKey } = await signalKeys(env.SIGNAL_KEY, ports.keys, storage.exclusive, logger);
    await seedRoster(ports.people, readRoster(env.ROSTER_FILE ?? defaultRosterFile()), logger);
    const webMode = config.web.mode;
    await applyDemoPeople(ports.people, webMode === "demo", readRoster(demoRosterFile()), logger);
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const signIn = createSignInLinks(ports.state);
    const readiness = new Readiness();
    readiness.check("store", () => storage.notWritable());
    let platforms: () => readonly string[] = () => [];
    const metrics = new Metrics({
      depth: () => outbox.depth(),
      platforms: () => platforms(),
      signalWeeks: async () => (await ports.signals.list(null)).map((s) => s.week),
    });
    storage.store?.onWrite((ms) => metrics.storeWrite(ms));
    const { bot, engine, signals, outbox, plan, reminders, contactCheck, groups, dashboard } = assembleCore({
      ports,
      exclusive: storage.exclusive,
      observer: metrics,
      knowledge,
      logger,
      retentionMonths: env.SIGNAL_RETENTION_MONTHS,
      ...(senderKey ? { signalKey: senderKey } : {}),
      messageKey,
      broadcastsPerHour: env.BROADCASTS_PER_HOUR,
      leaseMs: env.OUTBOX_LEASE_SECONDS * 1000,
      publicUrl,
      webChat: { mode: webMode, publicUrl, signIn },
    });
    const stopRetention = await startRetention({
      ports,
      signals,
      outbox,
      logger,
      questionLogDays: env.QUESTION_LOG_DAYS,
    });
    platforms = () => outbox.platforms;
    // The demo web chat and a Teams trial trust whoever reaches them: then no route answers a
    // request from elsewhere (through a proxy on this machine, or under another host name).
    const localOnly = webMode === "demo" || config.teams.unauthenticated;
    const adapters: string[] = [];
    const stops: Array<() => Promise<void>> = [stopRetention];
    // Listening before the adapters start: /healthz answers at once, /readyz says what is still
    // starting, and a port that is taken is reported before anything else is set up.
    const server = await listen({
      port: env.PORT,
      host: env.HOST,
      logger,
      readiness,
      metrics,
      metricsToken: env.METRICS_TOKEN,
      localOnly,
    });
    http = server.http;
    const { mount } = server;

    mount(calendarRoute(plan, ports, logger));
    mount(...dashboard);
    const startup: Startup = { config, bot, logger, ports, readiness, outbox, mount, adapters, stops };
    startWeb(startup, knowledge, signIn);
    if (config.slack.enabled) await startSlack(startup);
    if (config.teams.enabled) await startTeams(startup, teamsToken);
    if (config.whatsapp.enabled) await startWhatsApp(startup, groups);

    logNotRunning(config, logger);

    await outbox.start();
    await reminders.start();
    await contactCheck.start();
    stops.unshift(
      () => contactCheck.stop(),
      () => reminders.stop(),
      () => outbox.stop(),
    );
    const listening = http;
    logger.info("convenantbot listening", {
      url: `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${listening.port}/`,
      adapters,
      store: storage.location,
    });
    // The word lists behind typo correction and the personal-data check are read once per
    // process, and the engine's indexes for typo correction built once: now rather than while
    // the first asker or reporter waits.
    setImmediate(() => {
      const t = performance.now();
      prepareDetector();
      const warming = engine.prepare();
      logger.info("word lists read", { ms: Math.round(performance.now() - t) });
      warming.catch((error: unknown) => logger.error("engine warm-up failed", errorFields(error)));
    });
    return {
      http: listening,
      ...(storage.store ? { store: storage.store } : {}),
      storage,
      knowledge,
      adapters,
      outbox,
      reminders,
      contactCheck,
      metrics,
      readiness,
      async close() {
        readiness.stop();
        await listening.close();
        for (const stop of stops) await stop();
        if (!given) await storage.close();
      },
    };
  } catch (e) {
    await http?.close();
    if (!given) await storage.close();
    throw e;
  }
}
