/**
 * The web chat, in one of two modes. The demo (loopback only) lets the page choose a region
 * and a fictional demo person, to try the bot without any platform account. Signed in, a
 * roster person opens a one-time link the bot sent them privately, and the session carries
 * their own roles; the browser never says who it is.
 */
import { readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { z } from "zod";
import type { PlatformAdapter } from "../../src/kernel/adapter.ts";
import type { DeliveryChannel } from "../../src/kernel/delivery.ts";
import { type Route, readBody, sendJson, sendText } from "../../src/kernel/http.ts";
import type { Logger } from "../../src/kernel/logger.ts";
import type {
  ChatHandler as Bot,
  IncomingMessage,
  Reply,
  ReplyButton,
  Sender,
} from "../../src/kernel/message.ts";
import { createGuard } from "./guard.ts";
import { createSessions, type WebSession } from "./sessions.ts";

/** What the page shows of a signed-in person. */
export interface SignedInPerson {
  name: string;
  roles: readonly string[];
  region?: string | undefined;
}

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

/** What the page sends: a message, or a click on a button. */
function schemas(roles: readonly string[]) {
  const role = z
    .string()
    .refine((r) => roles.includes(r), { message: "unknown role" })
    .optional();
  return {
    message: z.strictObject({
      id: z.string().min(1).max(100),
      role,
      region: z.string().nullable(),
      text: z.string().max(10_000),
    }),
    click: z.strictObject({ role, value: z.string().max(500) }),
  };
}

/** What the page needs to render a reply. */
export function renderReply(reply: Reply) {
  return {
    text: reply.text,
    answered: reply.answer?.answered ?? null,
    sources: reply.answer?.sources ?? [],
    options: reply.answer?.options ?? [],
    buttons: reply.buttons ?? [],
    visibility: reply.visibility,
  };
}

function parseJson<T>(
  body: Buffer,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString("utf8"));
  } catch {
    return { ok: false, error: "The request body is not valid JSON." };
  }
  const r = schema.safeParse(raw);
  return r.success
    ? { ok: true, value: r.data }
    : {
        ok: false,
        error: `Invalid request: ${r.error.issues[0]?.path.join(".")} ${r.error.issues[0]?.message}`,
      };
}

/** Messages the bot sent to a web chat on its own (alerts, reminders, reports), kept in memory. */
interface InboxItem {
  seq: number;
  to: string;
  text: string;
  buttons?: ReplyButton[];
}
const INBOX_SIZE = 500;
const SESSION_TTL = { demo: 24 * 60 * 60 * 1000, signin: 8 * 60 * 60 * 1000 };

export function createWebAdapter(
  config: WebAdapterConfig,
): PlatformAdapter & { name: "web"; channel: DeliveryChannel } {
  const { bot, logger, mode } = config;
  const DEMO_ROLES = [...config.roles, "guest"];
  const { message: messageSchema, click: clickSchema } = schemas(DEMO_ROLES);
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

  // The web chat has no push: the page asks for new messages every few seconds.
  const inbox: InboxItem[] = [];
  let seq = 0;
  const channel: DeliveryChannel = {
    platform: "web",
    limits: { perSecond: 100, perTargetPerSecond: 100, concurrency: 10 },
    async send(target, message) {
      // For one signed-in person: their own inbox, which each of their sessions reads (a
      // report or agenda arrives after the session it was asked in may have ended). In the
      // demo the person is shared by every tab, so it stays in the asking tab's conversation.
      const to = mode === "signin" && target.onlyFor ? target.onlyFor : target.conversation;
      inbox.push({
        seq: ++seq,
        to,
        text: message.text,
        ...(message.buttons ? { buttons: message.buttons } : {}),
      });
      if (inbox.length > INBOX_SIZE) inbox.splice(0, inbox.length - INBOX_SIZE);
      return { status: "sent", ref: String(seq) };
    },
    // The demo's people are shared by every demo page; a real person only while signed in.
    reachable: (conversation) =>
      mode === "demo" || sessions.signedIn(conversation) || conversation.startsWith("web-"),
    // A withdrawn message leaves the inbox; a page that already showed it keeps it.
    async retract(_target, ref) {
      const at = inbox.findIndex((m) => String(m.seq) === ref);
      if (at >= 0) inbox.splice(at, 1);
    },
  };

  const refuse = (res: ServerResponse, status: number, error: string) => sendJson(res, status, { error });

  /** The session of an API request, or a refusal already sent. */
  const apiSession = (req: Parameters<Route["handle"]>[0], res: ServerResponse, json: boolean) => {
    const problem = guard.check(req, { json });
    if (problem) {
      logger.warn("web chat: request refused", { status: problem.status, path: req.url?.split("?")[0] });
      refuse(res, problem.status, problem.error);
      return undefined;
    }
    const session = sessions.of(req);
    if (!session || (mode === "signin" && !session.personId)) {
      refuse(
        res,
        401,
        mode === "signin"
          ? "Je bent niet ingelogd. Stuur /webchat aan de bot in Slack, Teams of WhatsApp voor een inloglink."
          : "Je sessie is verlopen; laad de pagina opnieuw.",
      );
      return undefined;
    }
    return session;
  };

  /** Who the session speaks as: the signed-in person, or the demo person the page chose. */
  const senderOf = (session: WebSession, role: string | undefined): Sender => ({
    platform: "web",
    id: session.personId ?? `demo-${role ?? "guest"}`,
    // Only a demo person is shared by every tab. A signed-in person is one person in all their
    // sessions: one preview, one draft and one hourly limit, however many links they open.
    ...(session.personId ? {} : { session: session.conversationId }),
  });

  const limited = (session: WebSession, res: ServerResponse) => {
    if (sessions.allow(session)) return false;
    logger.warn("web chat: rate limit reached");
    refuse(res, 429, "Je stuurt te veel berichten achter elkaar; wacht een minuut.");
    return true;
  };

  const html = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      ...headers,
    });
    res.end(body);
  };

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
    {
      method: "GET",
      path: "/login/*",
      handle: (req, res) => {
        const token = (req.url ?? "").split("?")[0]?.slice("/login/".length) ?? "";
        if (mode !== "signin" || !/^[\w-]{20,64}$/.test(token)) return html(res, 404, expiredPage);
        // Opening the link only shows a button: link previews in chat apps fetch the page too,
        // and must not use up the link.
        html(res, 200, loginPage(token));
      },
    },
    {
      method: "POST",
      path: "/login",
      handle: async (req, res) => {
        const problem = guard.check(req, { json: false });
        if (problem) return sendText(res, problem.status, problem.error);
        const token = new URLSearchParams((await readBody(req, 4096)).toString("utf8")).get("token") ?? "";
        const personId = mode === "signin" && token ? await config.signIn.redeem(token) : undefined;
        if (!personId || !(await config.person(personId))) {
          logger.warn("web chat: sign-in link refused (unknown, used or expired)");
          return html(res, 400, expiredPage);
        }
        const session = sessions.create(personId);
        logger.info("web chat: signed in");
        res.writeHead(303, { location: "/", "set-cookie": sessions.cookie(session), "content-length": 0 });
        res.end();
      },
    },
    {
      method: "POST",
      path: "/api/web/logout",
      handle: (req, res) => {
        const session = apiSession(req, res, true);
        if (!session) return;
        sessions.end(session);
        res.writeHead(204, { "set-cookie": sessions.clearCookie() });
        res.end();
      },
    },
    {
      method: "GET",
      path: "/api/web/settings",
      handle: async (req, res) => {
        const session = apiSession(req, res, false);
        if (!session) return;
        const person = session.personId ? await config.person(session.personId) : undefined;
        sendJson(res, 200, {
          mode,
          regions,
          ...(mode === "demo" ? { roles: DEMO_ROLES } : {}),
          ...(person
            ? { person: { name: person.name, roles: person.roles, region: person.region ?? null } }
            : {}),
        });
      },
    },
    {
      method: "GET",
      path: "/api/web/inbox",
      handle: (req, res) => {
        const session = apiSession(req, res, false);
        if (!session) return;
        const url = new URL(req.url ?? "/", "http://localhost");
        const role = url.searchParams.get("role") ?? "guest";
        const after = Number(url.searchParams.get("after") ?? 0) || 0;
        // A session reads its own conversation and the person it speaks as, nothing else.
        const own = new Set([session.conversationId]);
        if (session.personId) own.add(session.personId);
        else if (DEMO_ROLES.includes(role)) own.add(`demo-${role}`);
        sendJson(res, 200, {
          last: seq,
          messages: inbox
            .filter((m) => m.seq > after && own.has(m.to))
            .map(({ seq, text, buttons }) => ({ seq, text, buttons: buttons ?? [] })),
        });
      },
    },
    {
      method: "POST",
      path: "/api/web/messages",
      handle: async (req, res) => {
        const session = apiSession(req, res, true);
        if (!session) return;
        const parsed = parseJson(await readBody(req), messageSchema);
        if (!parsed.ok) {
          logger.warn("web chat: bad request", { error: parsed.error });
          return refuse(res, 400, parsed.error);
        }
        const m = parsed.value;
        if (m.region !== null && !regions.some((r) => r.id === m.region))
          return refuse(res, 400, `Unknown region '${m.region}'.`);
        if (limited(session, res)) return;
        const message: IncomingMessage = {
          // Ids are the session's own, so one browser cannot mark another's messages as seen.
          id: `${session.conversationId}:${m.id}`,
          conversation: { platform: "web", id: session.conversationId, kind: "direct" },
          sender: senderOf(session, m.role),
          text: m.text,
          addressed: true,
          privateReplies: true,
          region: m.region,
        };
        const reply = await bot.handle(message);
        sendJson(res, 200, { reply: reply ? renderReply(reply) : null });
      },
    },
    {
      method: "POST",
      path: "/api/web/clicks",
      handle: async (req, res) => {
        const session = apiSession(req, res, true);
        if (!session) return;
        const parsed = parseJson(await readBody(req), clickSchema);
        if (!parsed.ok) return refuse(res, 400, parsed.error);
        if (limited(session, res)) return;
        const reply = await bot.click({
          // The page never sends a click twice: no id, nothing to deduplicate.
          id: "",
          conversation: { platform: "web", id: session.conversationId, kind: "direct" },
          sender: senderOf(session, parsed.value.role),
          value: parsed.value.value,
        });
        sendJson(res, 200, { reply: reply ? renderReply(reply) : null });
      },
    },
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
    channel,
    start: async () => {},
    stop: async () => {},
  };
}

const shell = (title: string, body: string) => `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="/web/page.css">
</head>
<body class="signin">
  <main class="card">${body}</main>
</body>
</html>
`;

const loginPage = (token: string) =>
  shell(
    "Inloggen - Convenantbot",
    `<h1>Inloggen op de webchat</h1>
    <p>Je opent de webchat van Convenantbot met de link die de bot je stuurde.</p>
    <form method="post" action="/login">
      <input type="hidden" name="token" value="${token}">
      <button type="submit">Inloggen</button>
    </form>`,
  );

const expiredPage = shell(
  "Link verlopen - Convenantbot",
  `<h1>Deze link werkt niet meer</h1>
  <p>Een inloglink werkt één keer en 10 minuten lang. Stuur <code>/webchat</code> aan de bot in Slack, Teams of WhatsApp voor een nieuwe.</p>`,
);
