/**
 * Messages the bot sends on its own initiative into Slack (alerts, reminders, reports).
 * A WebClient of its own with the SDK's retries off and rate-limited calls rejected: the
 * outbox paces, persists and retries, so a 429 must come back to it rather than pause the
 * SDK's in-memory queue.
 */
import { ErrorCode, WebClient } from "@slack/web-api";
import type { DeliveryChannel, SendOutcome } from "../../src/kernel/delivery.ts";
import type { Logger } from "../../src/kernel/logger.ts";
import { toBlocks } from "./blocks.ts";
import { slackLogger } from "./logger.ts";

/** Slack errors that no retry will mend: the bot is not (or no longer) in the conversation. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "user_not_in_channel",
  "invalid_auth",
  "restricted_action",
]);

export function createSlackChannel(config: {
  botToken: string;
  apiUrl?: string;
  logger: Logger;
}): DeliveryChannel {
  const client = new WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger: slackLogger(config.logger),
  });
  return {
    platform: "slack",
    // Slack: about one message per second per channel, short bursts allowed; its
    // workspace-wide limit is unpublished, so the bot keeps itself to 20 per second.
    limits: { perSecond: 20, perTargetPerSecond: 1, concurrency: 10 },
    async send(target, message): Promise<SendOutcome> {
      try {
        // With buttons: the same blocks as a reply's, so a click comes back the same way.
        const blocks = message.buttons?.length
          ? toBlocks({ text: message.text, buttons: message.buttons, visibility: "public" }).blocks
          : undefined;
        if (target.onlyFor)
          await client.chat.postEphemeral({
            channel: target.conversation,
            user: target.onlyFor,
            text: message.text,
            ...(blocks ? { blocks } : {}),
          });
        else {
          const posted = await client.chat.postMessage({
            channel: target.conversation,
            text: message.text,
            ...(blocks ? { blocks } : {}),
          });
          return posted.ts ? { status: "sent", ref: posted.ts } : { status: "sent" };
        }
        return { status: "sent" };
      } catch (e) {
        const err = e as {
          code?: string;
          retryAfter?: number;
          data?: { error?: string };
          statusCode?: number;
        };
        if (err.code === ErrorCode.RateLimitedError)
          return {
            status: "retry",
            afterMs: (err.retryAfter ?? 1) * 1000,
            scope: "target",
            reason: "rate limited (429)",
          };
        if (err.code === ErrorCode.PlatformError) {
          const reason = err.data?.error ?? "platform error";
          return PERMANENT.has(reason)
            ? { status: "failed", reason }
            : { status: "retry", afterMs: 5_000, scope: "target", reason };
        }
        return { status: "retry", afterMs: 5_000, scope: "target", reason: (e as Error).message };
      }
    },
    async retract(target, ref) {
      await client.chat.delete({ channel: target.conversation, ts: ref });
    },
  };
}
