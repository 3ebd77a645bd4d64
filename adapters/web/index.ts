/**
 * The local web chat: a page on localhost to talk to the bot without any platform account,
 * choosing a region and a demo role. It is the default when no platform is configured.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Bot } from "../../src/core/bot.ts";
import type { Logger } from "../../src/core/logger.ts";
import type { IncomingMessage, Reply } from "../../src/core/message.ts";
import { ROSTER_ROLES } from "../../src/core/roster.ts";
import type { DeliveryChannel } from "../../src/delivery/model.ts";
import type { KnowledgeBase } from "../../src/knowledge/schema.ts";
import { type Route, readBody, sendJson, sendText } from "../../src/server/http.ts";

export interface WebAdapterConfig {
  bot: Bot;
  knowledge: KnowledgeBase;
  logger: Logger;
}

const messageSchema = z.strictObject({
  id: z.string().min(1).max(100),
  conversationId: z.string().min(1).max(100),
  role: z.enum([...ROSTER_ROLES, "guest"]),
  region: z.string().nullable(),
  text: z.string().max(10_000),
});
const clickSchema = z.strictObject({
  conversationId: z.string().min(1).max(100),
  role: z.enum([...ROSTER_ROLES, "guest"]),
  value: z.string().max(500),
});

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

async function parseJson<T>(
  body: Buffer,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
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
}
const INBOX_SIZE = 200;

export function createWebAdapter(config: WebAdapterConfig): {
  name: "web";
  routes: Route[];
  channel: DeliveryChannel;
} {
  const { bot, knowledge, logger } = config;
  const dir = import.meta.dirname;
  const page = readFileSync(join(dir, "page.html"), "utf8");
  const script = readFileSync(join(dir, "page.js"), "utf8");
  const style = readFileSync(join(dir, "page.css"), "utf8");
  const settings = {
    regions: knowledge.vocabulary.regions.map((r) => ({ id: r.id, name: r.name })),
    roles: [...ROSTER_ROLES, "guest"],
  };
  // The web chat has no push: the page asks for new messages every few seconds.
  const inbox: InboxItem[] = [];
  let seq = 0;
  const channel: DeliveryChannel = {
    platform: "web",
    limits: { perSecond: 100, perTargetPerSecond: 100, concurrency: 10 },
    async send(target, message) {
      inbox.push({ seq: ++seq, to: target.conversation, text: message.text });
      if (inbox.length > INBOX_SIZE) inbox.splice(0, inbox.length - INBOX_SIZE);
      return { status: "sent" };
    },
  };
  const routes: Route[] = [
    {
      method: "GET",
      path: "/api/web/inbox",
      handle: (req, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const ids = new Set((url.searchParams.get("ids") ?? "").split(",").filter(Boolean).slice(0, 5));
        const after = Number(url.searchParams.get("after") ?? 0) || 0;
        sendJson(res, 200, {
          last: seq,
          messages: inbox
            .filter((m) => m.seq > after && ids.has(m.to))
            .map(({ seq, text }) => ({ seq, text })),
        });
      },
    },
    { method: "GET", path: "/", handle: (_req, res) => sendText(res, 200, page, "text/html; charset=utf-8") },
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
    { method: "GET", path: "/api/web/settings", handle: (_req, res) => sendJson(res, 200, settings) },
    {
      method: "POST",
      path: "/api/web/messages",
      handle: async (req, res) => {
        const parsed = await parseJson(await readBody(req), messageSchema);
        if (!parsed.ok) {
          logger.warn("web chat: bad request", { error: parsed.error });
          sendJson(res, 400, { error: parsed.error });
          return;
        }
        const m = parsed.value;
        if (m.region !== null && !settings.regions.some((r) => r.id === m.region)) {
          sendJson(res, 400, { error: `Unknown region '${m.region}'.` });
          return;
        }
        const message: IncomingMessage = {
          id: m.id,
          conversation: { platform: "web", id: m.conversationId, kind: "direct" },
          sender: { platform: "web", id: `demo-${m.role}` },
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
        const parsed = await parseJson(await readBody(req), clickSchema);
        if (!parsed.ok) {
          sendJson(res, 400, { error: parsed.error });
          return;
        }
        const c = parsed.value;
        const reply = await bot.click({
          id: "web-click",
          conversation: { platform: "web", id: c.conversationId, kind: "direct" },
          sender: { platform: "web", id: `demo-${c.role}` },
          value: c.value,
        });
        sendJson(res, 200, { reply: reply ? renderReply(reply) : null });
      },
    },
  ];
  return { name: "web", routes, channel };
}
