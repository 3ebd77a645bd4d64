/**
 * Microsoft Teams adapter on the Teams SDK (@microsoft/teams.apps). The SDK validates each
 * request's JWT and routes activities; this adapter plugs the SDK's /api/messages handler into
 * the project's one HTTP server through the SDK's own IHttpServerAdapter seam, translates
 * activities into core messages, answers with Adaptive Cards and keeps conversation
 * references so the bot can post proactively later.
 */

import type { CloudEnvironment, TokenProvider } from "@microsoft/teams.api";
import { PUBLIC, withOverrides } from "@microsoft/teams.api";
import { App, type HttpRouteHandler, type IHttpServerAdapter } from "@microsoft/teams.apps";
import type { ILogger } from "@microsoft/teams.common";
import { adapter } from "../../src/kernel/adapter.ts";
import { notFromThisMachine, type Route, readBody, sendJson } from "../../src/kernel/http.ts";
import { errorFields, type Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot, Conversation, IncomingMessage, Reply } from "../../src/kernel/message.ts";
import { activityProblem } from "./activity.ts";
import { toActivity } from "./cards.ts";
import { createTeamsChannel, sendToPerson, serviceUrlAllowed, type TeamsReference } from "./outbound.ts";

export interface TeamsAdapterConfig {
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /** Local trials only: skip token validation (refused in production by the configuration). */
  allowUnauthenticated?: boolean;
  /** Overrides the OpenID metadata URL (and token issuer) used to validate inbound tokens. */
  openIdMetadataUrl?: string;
  tokenIssuer?: string;
  /** Acquires outbound tokens; the SDK uses the client secret when absent. */
  token?: TokenProvider;
  /** Service URL prefixes the bot sends to (replies and proactive posts); nothing else is followed. */
  serviceUrls: readonly string[];
  /** The stored reference of a conversation, for proactive posts. */
  reference?: (conversationId: string) => Promise<TeamsReference | undefined>;
  bot: Bot;
  logger: Logger;
}

/**
 * The SDK's logger interface over the project's logger. The SDK's messages name request
 * URLs (with conversation ids) and carry request and response bodies (message text, also of
 * anonymous signals): none of that is logged, only that the SDK reported something, with
 * the HTTP status and the kind of error where there is one.
 */
/**
 * What may be logged about a failed request to Teams: its HTTP status and the error's kind.
 * The SDK's errors carry the request URL (with the conversation id) and both bodies.
 */
function httpFailure(m: unknown[]): { status?: number; kind?: string } {
  const status = m
    .map((x) => {
      const e = x as { status?: unknown; response?: { status?: unknown } } | undefined;
      const v = e?.response?.status ?? e?.status;
      return typeof v === "number" ? v : undefined;
    })
    .find((v) => v !== undefined);
  const kind = m.find((x): x is Error => x instanceof Error)?.name;
  return { ...(status !== undefined ? { status } : {}), ...(kind ? { kind } : {}) };
}

function teamsLogger(logger: Logger, name = "teams"): ILogger {
  const at =
    (log: Logger["info"]) =>
    (...m: unknown[]) =>
      log(`${name}: reported by the Teams SDK`, httpFailure(m));
  return {
    // The SDK's debug and trace output contains whole activities, message text included.
    debug: () => {},
    trace: () => {},
    info: at(logger.debug),
    warn: at(logger.warn),
    error: at(logger.error),
    log: (level, ...m) =>
      at(level === "error" ? logger.error : level === "warn" ? logger.warn : logger.debug)(...m),
    child: (child) => teamsLogger(logger, `${name}.${child}`),
  };
}

/** Receives the SDK's route registrations so the project's HTTP server can call them. */
class RouteCapture implements IHttpServerAdapter {
  handler: HttpRouteHandler | undefined;
  registerRoute(_method: "POST", path: string, handler: HttpRouteHandler): void {
    if (path === "/api/messages") this.handler = handler;
  }
}

interface ActivityLike {
  id?: string;
  text?: string;
  value?: unknown;
  serviceUrl?: string;
  from?: { id?: string; aadObjectId?: string; name?: string };
  recipient?: { id?: string };
  conversation?: { id?: string; conversationType?: string; tenantId?: string };
  entities?: Array<{ type?: string; mentioned?: { id?: string } }>;
  channelData?: { tenant?: { id?: string } };
}

export function createTeamsAdapter(config: TeamsAdapterConfig) {
  const { bot, logger } = config;
  const capture = new RouteCapture();
  let cloud: CloudEnvironment | undefined;
  if (config.openIdMetadataUrl) {
    cloud = withOverrides(PUBLIC, {
      openIdMetadataUrl: config.openIdMetadataUrl,
      ...(config.tokenIssuer ? { tokenIssuer: config.tokenIssuer } : {}),
    });
  }
  const app = new App({
    ...(config.clientId ? { clientId: config.clientId } : {}),
    // A given token provider replaces the client secret (tests against a local Bot Framework).
    ...(config.clientSecret && !config.token ? { clientSecret: config.clientSecret } : {}),
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.token ? { token: config.token } : {}),
    ...(cloud ? { cloud } : {}),
    dangerouslyAllowUnauthenticatedRequests: config.allowUnauthenticated === true,
    httpServerAdapter: capture,
    logger: teamsLogger(logger),
    activity: { mentions: { stripText: true } },
  });

  const conversationOf = (a: ActivityLike): Conversation => ({
    platform: "teams",
    id: a.conversation?.id ?? "unknown",
    kind: a.conversation?.conversationType === "personal" ? "direct" : "group",
  });

  /** Keeps what a proactive post needs: the service URL and the conversation. */
  const remember = (a: ActivityLike) =>
    bot.remember(conversationOf(a), {
      serviceUrl: a.serviceUrl,
      conversationId: a.conversation?.id,
      conversationType: a.conversation?.conversationType,
      tenantId: a.conversation?.tenantId ?? a.channelData?.tenant?.id,
      botId: a.recipient?.id,
    });

  app.on("install.add", async ({ activity }) => {
    await remember(activity as ActivityLike);
    logger.info("teams: app installed", {
      conversationType: (activity as ActivityLike).conversation?.conversationType,
    });
  });

  app.on("message", async ({ activity, send }) => {
    const a = activity as ActivityLike;
    await remember(a);
    const sender = {
      platform: "teams" as const,
      id: a.from?.aadObjectId ?? a.from?.id ?? "unknown",
      ...(a.from?.id ? { address: a.from.id } : {}),
      ...(a.from?.name ? { displayName: a.from.name } : {}),
    };
    const conversation = conversationOf(a);
    /**
     * A reply for one person never goes into the channel: it goes to their one-to-one chat,
     * and the channel hears only that it did (or how to get it). Replies to messages and to
     * button clicks alike.
     */
    const deliver = async (reply: Reply) => {
      if (reply.visibility === "public" || conversation.kind === "direct") {
        await send(toActivity(reply) as never);
        return;
      }
      try {
        await sendToPerson(
          app,
          a.serviceUrl as string,
          {
            userId: a.from?.id ?? "",
            ...(a.recipient?.id ? { botId: a.recipient.id } : {}),
            ...((a.conversation?.tenantId ?? a.channelData?.tenant?.id)
              ? { tenantId: (a.conversation?.tenantId ?? a.channelData?.tenant?.id) as string }
              : {}),
          },
          toActivity(reply),
        );
        await send({ type: "message", text: "Ik heb je een persoonlijk bericht gestuurd." } as never);
      } catch (e) {
        logger.warn("teams: private reply could not be delivered", httpFailure([e]));
        await send({
          type: "message",
          text: "Dit antwoord is alleen voor jou, en ik kon je geen persoonlijk bericht sturen. Open een chat met Convenantbot en stel je vraag daar.",
        } as never);
      }
    };
    // A click on an Adaptive Card button arrives as a message with a value and no text.
    const submitted = (a.value as { convenantbot?: unknown } | undefined)?.convenantbot;
    if (typeof submitted === "string") {
      const reply = await bot.click({ id: a.id ?? "", conversation, sender, value: submitted });
      if (reply) await deliver(reply);
      return;
    }
    const mentioned = (a.entities ?? []).some(
      (e) => e.type === "mention" && e.mentioned?.id === a.recipient?.id,
    );
    const message: IncomingMessage = {
      id: a.id ?? `${conversation.id}:${Date.now()}`,
      conversation,
      sender,
      text: (a.text ?? "").trim(),
      addressed: conversation.kind === "direct" || mentioned,
      privateReplies: conversation.kind === "direct",
    };
    const reply = await bot.handle(message);
    if (reply) await deliver(reply);
  });

  app.event("error", ({ error }) => {
    // A failed request to Teams: its status only. Anything else (a fault here): with its stack.
    const http = (error as { response?: unknown } | undefined)?.response !== undefined;
    logger.error("teams: activity failed", http ? httpFailure([error]) : errorFields(error));
  });

  const routes: Route[] = [
    {
      method: "POST",
      path: "/api/messages",
      handle: async (req, res) => {
        const handler = capture.handler;
        if (!handler) {
          sendJson(res, 503, { error: "Teams adapter is not initialised" });
          return;
        }
        // A trial without token checks answers only on this machine, never through a proxy.
        if (config.allowUnauthenticated && notFromThisMachine(req)) {
          logger.warn("teams: trial request from outside this machine refused");
          sendJson(res, 403, { error: "The Teams trial answers only on this machine." });
          return;
        }
        const raw = await readBody(req);
        let body: unknown;
        try {
          body = JSON.parse(raw.toString("utf8"));
        } catch {
          logger.warn("teams: body is not valid JSON");
          sendJson(res, 400, { error: "invalid JSON" });
          return;
        }
        const problem = activityProblem(body);
        if (problem) {
          logger.warn("teams: body is not an activity", { problem });
          sendJson(res, 400, { error: "not an activity" });
          return;
        }
        // Replies go to the activity's service URL with the bot's token: only to the Bot
        // Framework's own addresses, whatever the activity says.
        if (!serviceUrlAllowed((body as { serviceUrl?: string }).serviceUrl, config.serviceUrls)) {
          logger.warn("teams: activity with a service URL outside the allow-list refused");
          sendJson(res, 403, { error: "service URL not allowed" });
          return;
        }
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([, v]) => v !== undefined),
        ) as Record<string, string | string[]>;
        const result = await handler({ body, headers });
        if (result.status === 401) logger.warn("teams: request with an invalid token refused");
        if (result.body === undefined) {
          res.writeHead(result.status);
          res.end();
        } else sendJson(res, result.status, result.body);
      },
    },
  ];

  return adapter({
    name: "teams" as const,
    id: "teams",
    displayName: "Teams",
    capabilities: {
      privateReply: "direct",
      directMessage: true,
      nativeCommands: false,
      buttons: true,
      deleteMessages: true,
      directByAccount: false,
      groups: true,
    },
    routes,
    app,
    /** Proactive messages (alerts, reminders) through the outbox. */
    channel: createTeamsChannel(app, config.reference ?? (async () => undefined), config.serviceUrls),
    start: () => app.initialize(),
    stop: async () => {},
  });
}
