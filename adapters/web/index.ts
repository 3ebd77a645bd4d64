/**
 * The web chat, in one of two modes. The demo (loopback only) lets the page choose a region
 * and a fictional demo person, to try the bot without any platform account. Signed in, a
 * roster person opens a one-time link the bot sent them privately, and the session carries
 * their own roles; the browser never says who it is.
 *
 * This module serves the page and puts the adapter together; the chat API the page calls is
 * in api.ts, signing in and out in signin.ts (its pages in pages.ts), and the inbox where the
 * bot's own messages wait for the page in outbound.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlatformAdapter } from "../../src/kernel/adapter.ts";
import type { DeliveryChannel } from "../../src/kernel/delivery.ts";
import { type Route, sendText } from "../../src/kernel/http.ts";
import type { Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot } from "../../src/kernel/message.ts";
import { apiRoutes, type SignedInPerson } from "./api.ts";
import { createGuard } from "./guard.ts";
import { createInbox } from "./outbound.ts";
import { html } from "./pages.ts";
import { createSessions } from "./sessions.ts";
import { signInRoutes } from "./signin.ts";

export { renderReply, type SignedInPerson } from "./api.ts";

export interface WebAdapterConfig {
  mode: "demo" | "signin";
  bot: Bot;
  /** The regions the demo's picker offers. */
  regions: ReadonlyArray<{ id: string; name: string }>;
  /** The roles a demo person may have (the roster's roles); "guest" is added. */
  roles: readonly string[];
  logger: Logger;
  /** The roster person with this id (signed-in sessions): what the page shows of them. */
  person: (personId: string) => Promise<SignedInPerson | undefined>;
  /** One-time sign-in links: the person a token was made for, using it up. */
  signIn: { redeem(token: string): Promise<string | undefined> };
  /** The address people open the bot at; its host is accepted besides loopback. */
  publicUrl?: string;
  /** Messages and clicks per minute per session. */
  perMinute?: number;
}

const SESSION_TTL = { demo: 24 * 60 * 60 * 1000, signin: 8 * 60 * 60 * 1000 };

export function createWebAdapter(
  config: WebAdapterConfig,
): PlatformAdapter & { name: "web"; channel: DeliveryChannel } {
  const { bot, logger, mode } = config;
  const DEMO_ROLES = [...config.roles, "guest"];
  const dir = import.meta.dirname;
  const file = (name: string) => readFileSync(join(dir, name), "utf8");
  const page = file("page.html").replace("{{mode}}", mode);
  const signInPage = file("signin.html");
  const script = file("page.js");
  const style = file("page.css");
  const guard = createGuard(config.publicUrl, mode);
  const sessions = createSessions({
    ttlMs: SESSION_TTL[mode],
    perMinute: config.perMinute ?? 20,
    secureCookie: config.publicUrl?.startsWith("https:") ?? false,
  });
  const regions = config.regions.map((r) => ({ id: r.id, name: r.name }));

  const inbox = createInbox(mode, sessions);

  const routes: Route[] = [
    {
      method: "GET",
      path: "/",
      handle: (req, res) => {
        const problem = guard.check(req, { json: false });
        if (problem) return sendText(res, problem.status, problem.error);
        const session = sessions.of(req);
        if (mode === "signin") return session?.personId ? html(res, 200, page) : html(res, 200, signInPage);
        if (session) return html(res, 200, page);
        return html(res, 200, page, { "set-cookie": sessions.cookie(sessions.create()) });
      },
    },
    {
      method: "GET",
      path: "/web/page.js",
      handle: (_req, res) => sendText(res, 200, script, "text/javascript; charset=utf-8"),
    },
    {
      method: "GET",
      path: "/web/page.css",
      handle: (_req, res) => sendText(res, 200, style, "text/css; charset=utf-8"),
    },
    ...signInRoutes({ mode, logger, guard, sessions, signIn: config.signIn, person: config.person }),
    ...apiRoutes({
      mode,
      bot,
      logger,
      guard,
      sessions,
      inbox,
      regions,
      demoRoles: DEMO_ROLES,
      person: config.person,
    }),
  ];
  return {
    name: "web",
    id: "web",
    displayName: "webchat",
    capabilities: {
      privateReply: "direct",
      directMessage: true,
      nativeCommands: false,
      buttons: true,
      deleteMessages: true,
      directByAccount: false,
      groups: false,
    },
    routes,
    channel: inbox.channel,
    start: async () => {},
    stop: async () => {},
  };
}
