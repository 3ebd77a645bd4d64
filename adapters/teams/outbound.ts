/**
 * Messages the bot posts into Teams on its own initiative, through the conversation
 * references stored when the app was installed or first spoken to. Each reference keeps its
 * own service URL, so the SDK's API client is scoped to it for every post.
 */
import type { App } from "@microsoft/teams.apps";
import type { DeliveryChannel, SendOutcome } from "../../src/kernel/delivery.ts";
import { toActivity } from "./cards.ts";

export interface TeamsReference {
  serviceUrl?: string;
  conversationId?: string;
  tenantId?: string;
  botId?: string;
}

/**
 * Whether a service URL is one the bot may send to: same origin as an allowed prefix and
 * under its path. Compared as URLs, so "https://smba.trafficmanager.net.example/" is not
 * taken for "https://smba.trafficmanager.net/".
 */
export function serviceUrlAllowed(serviceUrl: string | undefined, allowed: readonly string[]): boolean {
  if (!serviceUrl || !URL.canParse(serviceUrl)) return false;
  const u = new URL(serviceUrl);
  return allowed.some((prefix) => {
    const p = new URL(prefix);
    const path = p.pathname.endsWith("/") ? p.pathname : `${p.pathname}/`;
    return u.origin === p.origin && `${u.pathname.replace(/\/?$/, "/")}`.startsWith(path);
  });
}

/**
 * Sends a reply that only one person may see into a one-to-one chat with them, created
 * through the Connector when needed: Teams has no generally available way to show a message
 * to one member inside a channel or group chat.
 */
export async function sendToPerson(
  app: App,
  serviceUrl: string,
  to: { userId: string; botId?: string; tenantId?: string },
  activity: Record<string, unknown>,
): Promise<void> {
  const api = app.api.clone({ serviceUrl: serviceUrl.replace(/\/+$/, "") });
  const conversation = await api.conversations.create({
    isGroup: false,
    ...(to.botId ? { bot: { id: to.botId } } : {}),
    members: [{ id: to.userId, name: "", role: "user" }],
    ...(to.tenantId ? { tenantId: to.tenantId, channelData: { tenant: { id: to.tenantId } } } : {}),
  });
  await api.conversations.activities(conversation.id).create(activity as never);
}

/** Statuses the Bot Framework asks to retry (its rate-limit guidance names 412, 502 and 504 too). */
const TRANSIENT = new Set([412, 429, 500, 502, 503, 504]);

export function createTeamsChannel(
  app: App,
  reference: (conversationId: string) => Promise<TeamsReference | undefined>,
  serviceUrls: readonly string[],
): DeliveryChannel {
  return {
    platform: "teams",
    // Teams: 50 requests per second per app and tenant; 7 per second into one conversation.
    limits: { perSecond: 50, perTargetPerSecond: 7, concurrency: 16 },
    async send(target, message): Promise<SendOutcome> {
      const ref = await reference(target.conversation);
      if (!ref?.serviceUrl)
        return { status: "failed", reason: "no conversation reference (the app was never installed here)" };
      if (!serviceUrlAllowed(ref.serviceUrl, serviceUrls))
        return {
          status: "failed",
          reason: "the conversation's service URL is not an allowed Bot Framework address",
        };
      try {
        // For one person only: their one-to-one chat, never the channel it was asked from.
        if (target.onlyFor) {
          await sendToPerson(
            app,
            ref.serviceUrl,
            {
              userId: target.onlyFor,
              ...(ref.botId ? { botId: ref.botId } : {}),
              ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
            },
            toActivity({
              text: message.text,
              visibility: "ephemeral",
              ...(message.buttons ? { buttons: message.buttons } : {}),
            }),
          );
          return { status: "sent" };
        }
        const api = app.api.clone({ serviceUrl: ref.serviceUrl.replace(/\/+$/, "") });
        const posted = await api.conversations.activities(target.conversation).create(
          toActivity({
            text: message.text,
            visibility: "public",
            ...(message.buttons ? { buttons: message.buttons } : {}),
          }) as never,
        );
        return posted?.id ? { status: "sent", ref: posted.id } : { status: "sent" };
      } catch (e) {
        const res = (e as { response?: { status?: number; headers?: Record<string, string> } }).response;
        const status = res?.status;
        if (status && TRANSIENT.has(status)) {
          const retryAfter = Number(res?.headers?.["retry-after"]);
          return {
            status: "retry",
            afterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 2_000,
            scope: "target",
            reason: status === 429 ? "rate limited (429)" : `HTTP ${status}`,
          };
        }
        if (status === 403 || status === 404)
          return { status: "failed", reason: `bot removed from the conversation (HTTP ${status})` };
        return status
          ? { status: "failed", reason: `HTTP ${status}` }
          : { status: "retry", afterMs: 5_000, scope: "target", reason: (e as Error).message };
      }
    },
    async retract(target, ref) {
      const serviceUrl = (await reference(target.conversation))?.serviceUrl;
      if (!serviceUrl || !serviceUrlAllowed(serviceUrl, serviceUrls))
        throw new Error("no allowed service URL");
      await app.api
        .clone({ serviceUrl: serviceUrl.replace(/\/+$/, "") })
        .conversations.activities(target.conversation)
        .delete(ref);
    },
  };
}
