/**
 * WhatsApp Business adapter on the Cloud API: one-to-one chats, and the groups the business
 * manages through the Groups API (a bot cannot sit in ordinary WhatsApp groups). In a group
 * the bot answers when its number is mentioned or a message starts with a command word;
 * groups take no buttons, so options are numbered and a reply with the number picks one; a
 * reply for one person goes to their one-to-one chat, never into the group. The webhook is
 * acknowledged at once and answered afterwards.
 */

import { adapter } from "../../src/kernel/adapter.ts";
import type { GroupEventHandler } from "../../src/kernel/groups.ts";
import { type Route, readBody, sendJson, sendText } from "../../src/kernel/http.ts";
import { errorFields, type Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot, ReplyButton } from "../../src/kernel/message.ts";
import { BOT_BUTTON_VALUE, REDELIVERY_WINDOW_MS, type Reply } from "../../src/kernel/message.ts";
import { WhatsAppApiError, WhatsAppClient } from "./client.ts";
import { createGroupAdmin, groupEvents } from "./groups.ts";
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
  /** Receives what happens to the groups the business manages. */
  groups?: GroupEventHandler;
  logger: Logger;
}

/** How long a numbered question in a group can be answered with just its number. */
const CHOICE_MS = 10 * 60 * 1000;
const MAX_PENDING_CHOICES = 1000;

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
  // The options of the last question back in each group, so "2" picks the second. Kept in
  // this process only: a number that reaches another instance is read as ordinary chatter.
  const choices = new Map<string, { buttons: ReplyButton[]; at: number }>();

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

  /** A reply in a group: public ones there (options numbered), one for one person in their own chat. */
  async function deliverInGroup(group: string, from: string, reply: Reply, business: string): Promise<void> {
    if (reply.visibility === "ephemeral") {
      try {
        await deliver(from, reply);
        await client.sendGroupText(group, "Ik heb je een persoonlijk bericht gestuurd.");
      } catch (e) {
        // Outside the 24-hour window a free-form message to one person is refused.
        logger.warn("whatsapp: private reply from a group not delivered", {
          ...(e instanceof WhatsAppApiError ? { status: e.status, code: e.code } : {}),
        });
        await client.sendGroupText(
          group,
          `Mijn antwoord is alleen voor jou, maar ik kan je nog niet privé schrijven. Stuur me eerst een bericht in een eigen chat: https://wa.me/${business}`,
        );
      }
      return;
    }
    const options = (reply.buttons ?? []).filter((b) => b.value.startsWith("vraag:"));
    let text = toWhatsAppText(reply);
    if (options.length > 0) {
      if (choices.size >= MAX_PENDING_CHOICES) choices.clear();
      choices.set(group, { buttons: options, at: Date.now() });
      const numbers = options.map((_, i) => String(i + 1));
      text += `\nAntwoord met ${numbers.slice(0, -1).join(", ")}${numbers.length > 1 ? " of " : ""}${numbers.at(-1)}.`;
    }
    await client.sendGroupText(group, text);
  }

  async function handleMessage(
    m: WhatsAppMessage,
    name: string | undefined,
    business: string,
  ): Promise<void> {
    const group = m.group_id;
    const conversation = group
      ? { platform: "whatsapp" as const, id: group, kind: "group" as const }
      : { platform: "whatsapp" as const, id: m.from, kind: "direct" as const };
    const sender = { platform: "whatsapp" as const, id: m.from, ...(name ? { displayName: name } : {}) };
    if (group) {
      const raw = m.text?.body ?? m.button?.text ?? "";
      // "2" after a numbered question back in this group picks that option.
      const open = choices.get(group);
      const picked =
        open && Date.now() - open.at < CHOICE_MS ? open.buttons[Number(raw.trim()) - 1] : undefined;
      if (picked && /^\s*\d\s*$/.test(raw)) {
        choices.delete(group);
        const reply = await bot.click({ id: m.id, conversation, sender, value: picked.value });
        if (reply) await deliverInGroup(group, m.from, reply, business);
        return;
      }
      const mention = business ? new RegExp(`@\\+?${business}\\b`, "g") : undefined;
      const addressed = mention ? mention.test(raw) : false;
      const text = mention ? raw.replace(mention, "").trim() : raw;
      const reply = await bot.handle({
        id: m.id,
        conversation,
        sender,
        text,
        addressed,
        commandWordsAddress: true,
      });
      if (reply) await deliverInGroup(group, m.from, reply, business);
      return;
    }
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
            const business = (change.value.metadata?.display_phone_number ?? "").replace(/\D/g, "");
            for (const m of change.value.messages ?? []) {
              const why = untimely(m.timestamp, REDELIVERY_WINDOW_MS);
              if (why) logger.warn("whatsapp: message ignored", { reason: why });
              else track(handleMessage(m, names.get(m.from), business));
            }
            for (const update of change.value.groups ?? []) {
              const why = untimely(update.timestamp, REDELIVERY_WINDOW_MS);
              if (why) logger.warn("whatsapp: group update ignored", { reason: why, type: update.type });
              else if (!config.groups)
                logger.warn("whatsapp: group update without a handler", { type: update.type });
              else for (const event of groupEvents(update)) track(config.groups.groupEvent(event));
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
      // Groups the business creates through the Groups API, whose members the bot knows.
      groups: true,
      knowsGroupMembers: true,
    },
    routes,
    client,
    /** Creates groups and decides who joins (the groups feature, against the roster). */
    groupAdmin: createGroupAdmin(client),
    /** Proactive messages (alerts, reminders) through the outbox. */
    channel: createWhatsAppChannel(client),
    start: async () => {},
    /** Waits for answers still being sent. */
    stop: async () => {
      await Promise.all([...pending]);
    },
  });
}
