/**
 * Slack adapter on @slack/bolt: slash commands, app mentions and direct messages arrive at
 * /slack/events through Bolt's HTTPReceiver, which checks the signature over the raw body.
 * Commands are acknowledged at once and answered through respond(); answers are Block Kit.
 */

import { App, HTTPReceiver } from "@slack/bolt";
import { adapter } from "../../src/kernel/adapter.ts";
import { MAX_BODY_BYTES, type Route, sendJson } from "../../src/kernel/http.ts";
import { errorFields, type Logger } from "../../src/kernel/logger.ts";
import type { ChatHandler as Bot, IncomingMessage, Reply } from "../../src/kernel/message.ts";
import { toBlocks } from "./blocks.ts";
import { slackLogger } from "./logger.ts";
import { createSlackChannel } from "./outbound.ts";
import { precheck } from "./request.ts";

export interface SlackAdapterConfig {
  /** SLACK_SIGNING_SECRET */
  signingSecret: string;
  /** SLACK_BOT_TOKEN */
  botToken: string;
  /** SLACK_API_URL: base URL of the Web API (default Slack's); a local fake in tests. */
  apiUrl?: string;
  bot: Bot;
  logger: Logger;
}

function stripMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, "").trim();
}

export function createSlackAdapter(config: SlackAdapterConfig) {
  const { bot, logger } = config;
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: "/slack/events",
    logger: slackLogger(logger),
    bodyLimit: MAX_BODY_BYTES,
    // Acknowledge first, answer after: a slow answer must not miss Slack's 3-second window.
    processBeforeResponse: false,
    unhandledRequestTimeoutMillis: 2_900,
  });
  const app = new App({
    token: config.botToken,
    receiver,
    logger: slackLogger(logger),
    deferInitialization: true,
    clientOptions: config.apiUrl ? { slackApiUrl: config.apiUrl } : {},
  });

  const post = async (channel: string, user: string, reply: Reply, threadTs?: string) => {
    const { text, blocks } = toBlocks(reply);
    if (reply.visibility === "ephemeral")
      await app.client.chat.postEphemeral({ channel, user, text, blocks });
    else
      await app.client.chat.postMessage({
        channel,
        text,
        blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
  };

  // Every command is acknowledged at once, also one the bot does not know (it says so), so
  // that no request waits for Bolt's three-second timeout.
  app.command(/^\/\S+$/, async ({ command, ack, respond }) => {
    await ack();
    const message: IncomingMessage = {
      id: `command:${command.trigger_id}`,
      conversation: {
        platform: "slack",
        id: command.channel_id,
        // Slack names direct-message channel ids with a D; a channel_name can be anything.
        kind: command.channel_id.startsWith("D") ? "direct" : "group",
      },
      sender: { platform: "slack", id: command.user_id, displayName: command.user_name },
      text: command.text ?? "",
      addressed: true,
      privateReplies: true,
      command: { name: command.command, args: command.text ?? "" },
    };
    const reply = await bot.handle(message);
    if (!reply) return;
    const { text, blocks } = toBlocks(reply);
    await respond({
      response_type: reply.visibility === "public" ? "in_channel" : "ephemeral",
      text,
      blocks,
    });
  });

  app.event("app_mention", async ({ event, body }) => {
    const reply = await bot.handle({
      id: `event:${body.event_id}`,
      conversation: { platform: "slack", id: event.channel, kind: "group" },
      sender: { platform: "slack", id: event.user ?? "unknown" },
      text: stripMentions(event.text),
      addressed: true,
      privateReplies: true,
      fromBot: "bot_id" in event && !!event.bot_id,
    });
    if (reply) await post(event.channel, event.user ?? "", reply, event.thread_ts);
  });

  app.message(async ({ message, body, context }) => {
    if ("subtype" in message && message.subtype) return;
    const m = message as {
      user?: string;
      text?: string;
      bot_id?: string;
      channel: string;
      channel_type?: string;
      thread_ts?: string;
      parent_user_id?: string;
    };
    const direct = m.channel_type === "im";
    // In a channel the bot is addressed by a mention (the app_mention event) or by a reply in
    // a thread under one of its own messages; in a direct message always.
    const own = context.botUserId;
    const threadReply = !!m.thread_ts && !!own && m.parent_user_id === own;
    if (!direct && (!threadReply || (m.text ?? "").includes(`<@${own}>`))) return;
    const reply = await bot.handle({
      id: `event:${(body as { event_id: string }).event_id}`,
      conversation: { platform: "slack", id: m.channel, kind: direct ? "direct" : "group" },
      sender: { platform: "slack", id: m.user ?? "unknown" },
      text: stripMentions(m.text ?? ""),
      addressed: true,
      privateReplies: true,
      fromBot: !!m.bot_id,
    });
    if (reply) await post(m.channel, m.user ?? "", reply, direct ? undefined : m.thread_ts);
  });

  // Any button, known or not: the bot ignores a value it does not know, after the ack.
  app.action(/.*/, async ({ ack, body, action, respond }) => {
    await ack();
    const value = "value" in action ? (action.value ?? "") : "";
    const channel = "channel" in body && body.channel ? body.channel.id : "";
    const reply = await bot.click({
      id: "action_ts" in action ? String(action.action_ts) : "",
      // Direct only in a D channel, as for commands: never from a channel's name.
      conversation: { platform: "slack", id: channel, kind: channel.startsWith("D") ? "direct" : "group" },
      sender: { platform: "slack", id: body.user.id },
      value,
    });
    if (reply) await respond({ response_type: "ephemeral", replace_original: false, ...toBlocks(reply) });
  });

  app.error(async (error) => {
    logger.error("slack: handler failed", { ...errorFields(error), code: (error as { code?: string }).code });
  });

  const routes: Route[] = [
    {
      method: "POST",
      path: "/slack/events",
      handle: async (req, res) => {
        const check = await precheck(req);
        if (!check.ok) {
          logger.warn("slack: request refused", { reason: check.reason });
          sendJson(res, check.status, { error: check.reason });
          return;
        }
        receiver.requestListener(req, res);
      },
    },
  ];
  return adapter({
    name: "slack" as const,
    id: "slack",
    displayName: "Slack",
    capabilities: {
      privateReply: "ephemeral",
      directMessage: true,
      nativeCommands: true,
      buttons: true,
      deleteMessages: true,
      directByAccount: true,
      groups: true,
    },
    routes,
    /** Proactive messages (alerts, reminders) through the outbox. */
    channel: createSlackChannel({
      botToken: config.botToken,
      ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
      logger,
    }),
    /** Calls auth.test to learn the bot's own user id. */
    start: () => app.init(),
    stop: async () => {},
  });
}
