/**
 * The chat API the page calls: its settings (the mode, the regions, who is signed in), the
 * inbox it reads, and the messages and button clicks it sends, each checked with zod and
 * answered with what the page needs to render the reply. Every request passes the guard and
 * must carry a session.
 */
import type { ServerResponse } from "node:http";
import { z } from "zod";
import { type Route, readBody, sendJson } from "../../src/kernel/http.ts";
import type { Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot, IncomingMessage, Reply, Sender } from "../../src/kernel/message.ts";
import type { Guard } from "./guard.ts";
import type { WebInbox } from "./outbound.ts";
import type { Sessions, WebSession } from "./sessions.ts";

/** What the page shows of a signed-in person. */
export interface SignedInPerson {
  name: string;
  roles: readonly string[];
  region?: string | undefined;
}

/** What the API's requests need: the session check, and what answers them. */
export interface ApiDeps {
  mode: "demo" | "signin";
  bot: Bot;
  logger: Logger;
  guard: Guard;
  sessions: Sessions;
  inbox: WebInbox;
  /** The regions the demo's picker offers. */
  regions: ReadonlyArray<{ id: string; name: string }>;
  /** The roles a demo person may have: the roster's roles and "guest". */
  demoRoles: readonly string[];
  /** The roster person with this id (signed-in sessions): what the page shows of them. */
  person: (personId: string) => Promise<SignedInPerson | undefined>;
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

const refuse = (res: ServerResponse, status: number, error: string) => sendJson(res, status, { error });

/** The session of an API request, or a refusal already sent. */
export function apiSession(
  { guard, sessions, mode, logger }: Pick<ApiDeps, "guard" | "sessions" | "mode" | "logger">,
  req: Parameters<Route["handle"]>[0],
  res: ServerResponse,
  json: boolean,
): WebSession | undefined {
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
}

export function apiRoutes(deps: ApiDeps): Route[] {
  const { bot, logger, mode, sessions, inbox, regions, demoRoles } = deps;
  const { message: messageSchema, click: clickSchema } = schemas(demoRoles);

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

  return [
    {
      method: "GET",
      path: "/api/web/settings",
      handle: async (req, res) => {
        const session = apiSession(deps, req, res, false);
        if (!session) return;
        const person = session.personId ? await deps.person(session.personId) : undefined;
        sendJson(res, 200, {
          mode,
          regions,
          ...(mode === "demo" ? { roles: demoRoles } : {}),
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
        const session = apiSession(deps, req, res, false);
        if (!session) return;
        const url = new URL(req.url ?? "/", "http://localhost");
        const role = url.searchParams.get("role") ?? "guest";
        const after = Number(url.searchParams.get("after") ?? 0) || 0;
        // A session reads its own conversation and the person it speaks as, nothing else.
        const own = new Set([session.conversationId]);
        if (session.personId) own.add(session.personId);
        else if (demoRoles.includes(role)) own.add(`demo-${role}`);
        sendJson(res, 200, { last: inbox.last(), messages: inbox.read(after, own) });
      },
    },
    {
      method: "POST",
      path: "/api/web/messages",
      handle: async (req, res) => {
        const session = apiSession(deps, req, res, true);
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
        const session = apiSession(deps, req, res, true);
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
}
