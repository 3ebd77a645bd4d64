/**
 * Messages the bot posts into Teams on its own initiative, through the conversation
 * references stored when the app was installed or first spoken to. Each reference keeps its
 * own service URL, so the SDK's API client is scoped to it for every post.
 */
import type { App } from "@microsoft/teams.apps";
import type { DeliveryChannel, SendOutcome } from "../../src/delivery/model.ts";
import { toActivity } from "./cards.ts";

export interface TeamsReference {
  serviceUrl?: string;
  conversationId?: string;
}

/** Statuses the Bot Framework asks to retry (its rate-limit guidance names 412, 502 and 504 too). */
const TRANSIENT = new Set([412, 429, 500, 502, 503, 504]);

export function createTeamsChannel(
  app: App,
  reference: (conversationId: string) => TeamsReference | undefined,
): DeliveryChannel {
  return {
    platform: "teams",
    // Teams: 50 requests per second per app and tenant; 7 per second into one conversation.
    limits: { perSecond: 50, perTargetPerSecond: 7, concurrency: 16 },
    async send(target, message): Promise<SendOutcome> {
      const ref = reference(target.conversation);
      if (!ref?.serviceUrl)
        return { status: "failed", reason: "no conversation reference (the app was never installed here)" };
      try {
        const api = app.api.clone({ serviceUrl: ref.serviceUrl.replace(/\/+$/, "") });
        await api.conversations
          .activities(target.conversation)
          .create(toActivity({ text: message.text, visibility: "public" }) as never);
        return { status: "sent" };
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
  };
}
