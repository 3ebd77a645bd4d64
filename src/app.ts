/**
 * The composition root, the one place that knows every part: `assembleCore` puts the
 * platform-neutral parts together (engine, signals, outbox, network, meeting plan, reminders
 * and the bot over them; tests use it alone), and `startApp` reads configuration, loads the
 * knowledge base, opens the storage, and starts one HTTP server with the web chat and every
 * platform adapter whose credentials are set. The features' mutual needs (the plan asks the
 * network who is invited, the reminders hear of plan changes, the outbox's report is written
 * by the network) are wired here as callbacks, so no feature imports another's assembly.
 */

import { createHmac } from "node:crypto";
import { createSlackAdapter } from "../adapters/slack/index.ts";
import { createTeamsAdapter } from "../adapters/teams/index.ts";
import type { TeamsReference } from "../adapters/teams/outbound.ts";
import { createWebAdapter } from "../adapters/web/index.ts";
import { createWhatsAppAdapter } from "../adapters/whatsapp/index.ts";
import { type Bot, createBot } from "./bot/bot.ts";
import { forgetOldQuestions } from "./bot/questions.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./core/logger.ts";
import type { Observer } from "./core/observer.ts";
import {
  applyDemoPeople,
  defaultRosterFile,
  demoRosterFile,
  ROSTER_ROLES,
  readRoster,
  seedRoster,
} from "./core/roster.ts";
import { pruneUsers } from "./core/users.ts";
import { createDashboard } from "./dashboard/index.ts";
import { Outbox } from "./delivery/outbox.ts";
import { createEngine, type Engine } from "./engine/engine.ts";
import { thisMachineOnly } from "./kernel/http.ts";
import { defaultKnowledgeDir, loadKnowledge } from "./knowledge/loader.ts";
import type { KnowledgeBase } from "./knowledge/schema.ts";
import { calendarRoute } from "./meetings/calendar.ts";
import { MeetingPlan } from "./meetings/plan.ts";
import { Reminders } from "./meetings/reminders.ts";
import type { StoragePorts } from "./model/ports.ts";
import { ManagedGroups } from "./network/groups.ts";
import { linkFeature } from "./network/link.ts";
import { Network } from "./network/network.ts";
import { reportText } from "./network/report.ts";
import { ContactCheck } from "./people/confirm.ts";
import { askWithContacts } from "./people/contacts.ts";
import { Invitations } from "./people/invitations.ts";
import { createSignInLinks } from "./people/signin.ts";
import { type WebChatAccess, webchatFeature } from "./people/webchat.ts";
import { type HttpServer, type Route, startHttpServer } from "./server/http.ts";
import { Metrics } from "./server/metrics.ts";
import { Readiness } from "./server/readiness.ts";
import { Signals } from "./signals/flow.ts";
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

/** Invitations go 90 days after they were used or ran out; the audit log after two years. */
async function pruneInvitations(ports: StoragePorts): Promise<void> {
  const day = 24 * 60 * 60 * 1000;
  await ports.invitations.prune(Date.now() - 90 * day);
  await ports.audit.prune(Date.now() - 730 * day);
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
  // SIGNAL_KEY itself keys nothing: each use gets its own key derived from it.
  const signalKey = (purpose: string) =>
    env.SIGNAL_KEY ? createHmac("sha256", env.SIGNAL_KEY).update(purpose).digest("base64") : undefined;
  const senderKey = signalKey("convenantbot signal senders");
  let http: HttpServer | undefined;
  try {
    // Without SIGNAL_KEY the store keeps a random key for the message hashes (a copy of the
    // store then holds the key); the key of sender hashes is never stored, so without it a
    // half-finished signal goes on only in the process that began it.
    let messageKey = signalKey("convenantbot seen signal messages");
    if (messageKey) await ports.keys.forget("signal-messages");
    else messageKey = await ports.keys.get("signal-messages");
    if (!storage.exclusive && !senderKey)
      logger.warn(
        "SIGNAL_KEY is not set: a half-finished /signaal continues only on the instance that began it; set the same SIGNAL_KEY on every instance",
      );
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
    const { bot, signals, outbox, plan, reminders, contactCheck, groups, dashboard } = assembleCore({
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
    await signals.applyRetention();
    await outbox.prune();
    await pruneUsers(ports, logger);
    await forgetOldQuestions(ports.feedback, env.QUESTION_LOG_DAYS, Date.now());
    await pruneInvitations(ports);
    const retention = setInterval(
      () => {
        void pruneInvitations(ports);
        void signals.applyRetention();
        void outbox.prune();
        void pruneUsers(ports, logger);
        void forgetOldQuestions(ports.feedback, env.QUESTION_LOG_DAYS, Date.now());
      },
      24 * 60 * 60 * 1000,
    );
    retention.unref();
    platforms = () => outbox.platforms;
    // The demo web chat and a Teams trial trust whoever reaches them: then no route answers a
    // request from elsewhere (through a proxy on this machine, or under another host name).
    const localOnly = webMode === "demo" || config.teams.unauthenticated;
    const routes: Route[] = [];
    const mount = (...added: Route[]) => {
      routes.push(...(localOnly ? added.map(thisMachineOnly) : added));
    };
    mount(readiness.route());
    if (env.METRICS_TOKEN) mount(metrics.route(env.METRICS_TOKEN));
    const adapters: string[] = [];
    const stops: Array<() => Promise<void>> = [async () => clearInterval(retention)];
    // Listening before the adapters start: /healthz answers at once, /readyz says what is still
    // starting, and a port that is taken is reported before anything else is set up.
    http = await startHttpServer(routes, env.PORT, env.HOST, logger, {
      onAnswered: (a) => metrics.request(a.route, a.method, a.status, a.ms),
    });

    mount(calendarRoute(plan, ports, logger));
    mount(...dashboard);
    if (webMode !== "off") {
      const ready = readiness.starting("web");
      const web = createWebAdapter({
        mode: webMode,
        bot,
        regions: knowledge.vocabulary.regions,
        roles: ROSTER_ROLES,
        logger,
        person: (id) => ports.people.byId(id),
        signIn,
        ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
      });
      mount(...web.routes);
      outbox.addChannel(web.channel, web.capabilities);
      adapters.push("web");
      ready.started();
    }
    logger.info(`web chat: ${webMode}`, {
      ...(webMode === "demo" ? { note: "fictional demo people, reachable from this machine only" } : {}),
      ...(webMode === "signin" ? { note: "people sign in with a link from /webchat" } : {}),
    });

    if (config.slack.enabled) {
      const slack = createSlackAdapter({
        signingSecret: env.SLACK_SIGNING_SECRET as string,
        botToken: env.SLACK_BOT_TOKEN as string,
        ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
        bot,
        logger,
      });
      const ready = readiness.starting("slack");
      await slack.start();
      ready.started();
      mount(...slack.routes);
      outbox.addChannel(slack.channel, slack.capabilities);
      adapters.push("slack");
      stops.push(slack.stop);
    }

    if (config.teams.enabled) {
      const teams = createTeamsAdapter({
        ...(env.TEAMS_CLIENT_ID ? { clientId: env.TEAMS_CLIENT_ID } : {}),
        ...(env.TEAMS_CLIENT_SECRET ? { clientSecret: env.TEAMS_CLIENT_SECRET } : {}),
        ...(env.TEAMS_TENANT_ID ? { tenantId: env.TEAMS_TENANT_ID } : {}),
        allowUnauthenticated: config.teams.unauthenticated,
        serviceUrls: config.teams.serviceUrls,
        ...(env.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: env.TEAMS_OPENID_METADATA_URL } : {}),
        ...(env.TEAMS_TOKEN_ISSUER ? { tokenIssuer: env.TEAMS_TOKEN_ISSUER } : {}),
        ...(teamsToken ? { token: teamsToken } : {}),
        reference: async (id) =>
          (await ports.conversations.get(`teams:${id}`))?.reference as TeamsReference | undefined,
        bot,
        logger,
      });
      const ready = readiness.starting("teams");
      await teams.start();
      ready.started();
      mount(...teams.routes);
      outbox.addChannel(teams.channel, teams.capabilities);
      adapters.push("teams");
      stops.push(teams.stop);
      if (config.teams.unauthenticated)
        logger.warn(
          "teams: token validation is OFF (TEAMS_ALLOW_UNAUTHENTICATED=true); for local trials only",
        );
    }

    if (config.whatsapp.enabled) {
      const whatsapp = createWhatsAppAdapter({
        appSecret: env.WHATSAPP_APP_SECRET as string,
        verifyToken: env.WHATSAPP_VERIFY_TOKEN as string,
        accessToken: env.WHATSAPP_ACCESS_TOKEN as string,
        phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID as string,
        ...(env.WHATSAPP_API_URL ? { apiUrl: env.WHATSAPP_API_URL } : {}),
        bot,
        groups,
        logger,
      });
      groups.useAdmin(whatsapp.groupAdmin);
      const ready = readiness.starting("whatsapp");
      await whatsapp.start();
      ready.started();
      mount(...whatsapp.routes);
      outbox.addChannel(whatsapp.channel, whatsapp.capabilities);
      adapters.push("whatsapp");
      stops.push(whatsapp.stop);
    }

    for (const [name, s] of [
      ["slack", config.slack],
      ["teams", config.teams],
      ["whatsapp", config.whatsapp],
    ] as const) {
      if (!s.enabled)
        logger.info(`${name} adapter not running`, {
          reason: `not configured: ${s.missing.join(", ")} not set`,
        });
    }

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
