/**
 * WhatsApp Business adapter on the Cloud API. A bot cannot sit in ordinary WhatsApp groups,
 * so every conversation is one to one; the core keeps each user's region (/koppel). The
 * webhook is acknowledged at once and answered afterwards.
 */

import { adapter } from "../../src/kernel/adapter.ts";
import { type Route, readBody, sendJson, sendText } from "../../src/kernel/http.ts";
import { errorFields, type Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot } from "../../src/kernel/message.ts";
import { BOT_BUTTON_VALUE, REDELIVERY_WINDOW_MS, type Reply } from "../../src/kernel/message.ts";
import { WhatsAppApiError, WhatsAppClient } from "./client.ts";
import { createWhatsAppChannel } from "./outbound.ts";
import { untimely, validSignature, type WhatsAppMessage, webhookSchema } from "./webhook.ts";

export interface WhatsAppAdapterConfig {
  appSecret: string;
  verifyToken: string;
  accessToken: string;
  phoneNumberId: string;
  /** WHATSAPP_API_URL: the Graph API base URL, a local fake in tests. */
  apiUrl?: string;
  bot: Bot;
  logger: Logger;
}

/** WhatsApp shows plain text: the answer text as the core wrote it. */
export function toWhatsAppText(reply: Reply): string {
  return reply.text;
}

export function createWhatsAppAdapter(config: WhatsAppAdapterConfig) {
  const { bot, logger } = config;
  const client = new WhatsAppClient({
    accessToken: config.accessToken,
    phoneNumberId: config.phoneNumberId,
    ...(config.apiUrl ? { baseUrl: config.apiUrl } : {}),
    logger,
  });
  const pending = new Set<Promise<void>>();

  async function deliver(to: string, reply: Reply): Promise<void> {
    const text = toWhatsAppText(reply);
    const buttons = (reply.buttons ?? []).map((b) => ({ id: b.value, title: b.label }));
    if (buttons.length > 3) {
      // More than three choices (themes, wijken): WhatsApp shows them as a list.
      if (text.length > 1024) await client.sendText(to, text);
      await client.sendList(to, text.length > 1024 ? "Kies:" : text, "Kies", buttons);
    } else if (buttons.length > 0 && text.length <= 1024) {
      await client.sendButtons(to, text, buttons);
    } else {
      await client.sendText(to, text);
      if (buttons.length > 0)
        await client.sendButtons(
          to,
          reply.answer?.language === "en" ? "Was this helpful?" : "Was dit nuttig?",
          buttons,
        );
    }
  }

  async function handleMessage(m: WhatsAppMessage, name: string | undefined): Promise<void> {
    const conversation = { platform: "whatsapp" as const, id: m.from, kind: "direct" as const };
    const sender = { platform: "whatsapp" as const, id: m.from, ...(name ? { displayName: name } : {}) };
    const clicked = m.interactive?.button_reply ?? m.interactive?.list_reply;
    // A tap on an interactive button carries its id; on a template's quick reply, its payload.
    const value = clicked?.id ?? m.button?.payload;
    if (value && BOT_BUTTON_VALUE.test(value)) {
      const reply = await bot.click({ id: m.id, conversation, sender, value });
      if (reply) await deliver(m.from, reply);
      return;
    }
    const text = m.text?.body ?? clicked?.title ?? m.button?.text;
    if (text === undefined) {
      logger.info("whatsapp: unsupported message type", { type: m.type });
      await client.sendText(
        m.from,
        "Ik kan alleen tekstberichten lezen. Stel je vraag in een tekstbericht. (I can only read text messages.)",
      );
      return;
    }
    const reply = await bot.handle({
      id: m.id,
      conversation,
      sender,
      text,
      addressed: true,
      privateReplies: true,
    });
    if (reply) await deliver(m.from, reply);
  }

  function track(p: Promise<void>): void {
    const wrapped = p
      .catch((e: unknown) => {
        const api =
          e instanceof WhatsAppApiError ? { status: e.status, code: e.code, rateLimited: e.rateLimited } : {};
        logger.error("whatsapp: handling a message failed", { ...errorFields(e), ...api });
      })
      .finally(() => pending.delete(wrapped));
    pending.add(wrapped);
  }

  const routes: Route[] = [
    {
      method: "GET",
      path: "/whatsapp/webhook",
      handle: (req, res) => {
        const q = new URL(req.url ?? "/", "http://localhost").searchParams;
        if (q.get("hub.mode") === "subscribe" && q.get("hub.verify_token") === config.verifyToken) {
          sendText(res, 200, q.get("hub.challenge") ?? "");
        } else {
          logger.warn("whatsapp: webhook verification refused");
          sendText(res, 403, "verification failed");
        }
      },
    },
    {
      method: "POST",
      path: "/whatsapp/webhook",
      handle: async (req, res) => {
        const raw = await readBody(req);
        const signature = req.headers["x-hub-signature-256"];
        if (!validSignature(raw, Array.isArray(signature) ? signature[0] : signature, config.appSecret)) {
          logger.warn("whatsapp: request with an invalid signature refused");
          sendJson(res, 401, { error: "invalid signature" });
          return;
        }
        let json: unknown;
        try {
          json = JSON.parse(raw.toString("utf8"));
        } catch {
          logger.warn("whatsapp: body is not valid JSON");
          sendJson(res, 400, { error: "invalid JSON" });
          return;
        }
        const parsed = webhookSchema.safeParse(json);
        if (!parsed.success) {
          logger.warn("whatsapp: unexpected payload", {
            issue: parsed.error.issues[0]?.message,
            path: parsed.error.issues[0]?.path.join("."),
          });
          sendJson(res, 400, { error: "unexpected payload" });
          return;
        }
        // Acknowledge at once: Meta redelivers when the webhook is slow; answers follow.
        sendJson(res, 200, { ok: true });
        for (const entry of parsed.data.entry) {
          for (const change of entry.changes) {
            const names = new Map((change.value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
            for (const m of change.value.messages ?? []) {
              const why = untimely(m.timestamp, REDELIVERY_WINDOW_MS);
              if (why) logger.warn("whatsapp: message ignored", { reason: why });
              else track(handleMessage(m, names.get(m.from)));
            }
          }
        }
      },
    },
  ];

  return adapter({
    name: "whatsapp" as const,
    id: "whatsapp",
    displayName: "WhatsApp",
    capabilities: {
      privateReply: "direct",
      directMessage: true,
      nativeCommands: false,
      buttons: true,
      freeTextWindowHours: 24,
      deleteMessages: false,
      directByAccount: true,
      groups: false,
    },
    routes,
    client,
    /** Proactive messages (alerts, reminders) through the outbox. */
    channel: createWhatsAppChannel(client),
    start: async () => {},
    /** Waits for answers still being sent. */
    stop: async () => {
      await Promise.all([...pending]);
    },
  });
}
