/**
 * The composition root: reads configuration, loads the knowledge base, opens the store, and
 * starts one HTTP server with the web chat and every platform adapter whose credentials are set.
 */
import { createHmac } from "node:crypto";
import { createSlackAdapter } from "../adapters/slack/index.ts";
import { createTeamsAdapter } from "../adapters/teams/index.ts";
import type { TeamsReference } from "../adapters/teams/outbound.ts";
import { createWebAdapter } from "../adapters/web/index.ts";
import { createWhatsAppAdapter } from "../adapters/whatsapp/index.ts";
import type { Config } from "./config.ts";
import { assembleCore, type Core } from "./core/assemble.ts";
import type { Logger } from "./core/logger.ts";
import { forgetOldQuestions } from "./core/questions.ts";
import {
  applyDemoPeople,
  defaultRosterFile,
  demoRosterFile,
  ROSTER_ROLES,
  readRoster,
  seedRoster,
} from "./core/roster.ts";
import { pruneUsers } from "./core/users.ts";
import { thisMachineOnly } from "./kernel/http.ts";
import { defaultKnowledgeDir, loadKnowledge } from "./knowledge/loader.ts";
import type { KnowledgeBase } from "./knowledge/schema.ts";
import { calendarRoute } from "./meetings/calendar.ts";
import { createSignInLinks } from "./people/signin.ts";
import { type HttpServer, type Route, startHttpServer } from "./server/http.ts";
import { Metrics } from "./server/metrics.ts";
import { Readiness } from "./server/readiness.ts";
import { lowdbStorage, type OpenStorage, openStorage } from "./storage/open.ts";
import type { Store } from "./storage/store.ts";

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
    await seedRoster(ports.people, readRoster(env.ROSTER_FILE ?? defaultRosterFile()));
    const webMode = config.web.mode;
    await applyDemoPeople(ports.people, webMode === "demo", readRoster(demoRosterFile()), logger);
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const signIn = createSignInLinks();
    const readiness = new Readiness();
    readiness.check("store", () => storage.notWritable());
    let platforms: () => readonly string[] = () => [];
    const metrics = new Metrics({
      depth: () => outbox.depth(),
      platforms: () => platforms(),
      signalWeeks: async () => (await ports.signals.list(null)).map((s) => s.week),
    });
    storage.store?.onWrite((ms) => metrics.storeWrite(ms));
    const { bot, signals, outbox, plan, reminders } = assembleCore({
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
    const retention = setInterval(
      () => {
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
      outbox.addChannel(web.channel);
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
      outbox.addChannel(slack.channel);
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
      outbox.addChannel(teams.channel);
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
        logger,
      });
      const ready = readiness.starting("whatsapp");
      await whatsapp.start();
      ready.started();
      mount(...whatsapp.routes);
      outbox.addChannel(whatsapp.channel);
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
    stops.unshift(
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
