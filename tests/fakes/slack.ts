/** A fake Slack Web API (and response_url endpoint) plus helpers that sign requests like Slack. */
import { createHmac } from "node:crypto";
import { type FakeApi, startFakeApi } from "./server.ts";

export const SLACK_SECRET = "test-signing-secret";
export const BOT_USER = "UBOT0001";

export function startFakeSlack(): Promise<FakeApi> {
  let posted = 0;
  return startFakeApi((req) => {
    const method = req.path.replace(/^\/api\//, "").split("?")[0];
    if (method === "auth.test")
      return {
        body: { ok: true, user_id: BOT_USER, bot_id: "BBOT0001", team_id: "T1", user: "convenantbot" },
      };
    if (method === "chat.postMessage") {
      const channel = String((req.body as { channel?: string }).channel ?? "C1");
      return { body: { ok: true, channel, ts: `1700000000.${String(++posted).padStart(6, "0")}` } };
    }
    if (method === "chat.delete") return { body: { ok: true } };
    if (method === "chat.postEphemeral") return { body: { ok: true, message_ts: "1700000000.000200" } };
    if (req.path.startsWith("/respond/")) return { body: { ok: true } };
    return { status: 404, body: { ok: false, error: "unknown_method" } };
  });
}

export function slackSignature(body: string, timestamp: number, secret = SLACK_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** POSTs a body to the bot's /slack/events with Slack's signature headers. */
export async function postSlack(
  base: string,
  body: string,
  contentType: string,
  opts: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${base}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": slackSignature(body, ts, opts.secret),
      ...opts.headers,
    },
    body,
  });
}

export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: "x",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1700000000,
    event,
  });
}

export function commandBody(
  command: string,
  text: string,
  responseUrl: string,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: "x",
    team_id: "T1",
    channel_id: "C1",
    channel_name: "schoolveiligheid",
    user_id: "U0DIRECT",
    user_name: "directeur",
    command,
    text,
    response_url: responseUrl,
    trigger_id: `trig-${Math.random().toString(36).slice(2)}`,
    api_app_id: "A1",
    ...extra,
  }).toString();
}

/** A click on one of the bot's buttons, as Slack posts it (the `payload` of a form). */
export function blockActions(o: {
  user: string;
  channel: string;
  responseUrl: string;
  actionId: string;
  value: string;
}): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: o.user },
    channel: { id: o.channel },
    team: { id: "T1" },
    api_app_id: "A1",
    token: "x",
    container: { type: "message" },
    trigger_id: "t1",
    response_url: o.responseUrl,
    actions: [
      { type: "button", action_id: o.actionId, block_id: "feedback", value: o.value, action_ts: "4.1" },
    ],
  };
}

let responses = 0;

/** A slash command from a Slack user; the text of the bot's answer through its response_url. */
export async function slashCommand(
  base: string,
  slack: FakeApi,
  command: string,
  text: string,
  user: string,
  channel = "CNETWERK",
): Promise<string> {
  const respond = `slash${++responses}`;
  await postSlack(
    base,
    commandBody(command, text, `${slack.url}/respond/${respond}`, { user_id: user, channel_id: channel }),
    "application/x-www-form-urlencoded",
  );
  return ((await slack.waitFor((c) => c.path === `/respond/${respond}`)).body as { text: string }).text;
}
