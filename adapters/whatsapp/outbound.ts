/**
 * Messages the bot sends to WhatsApp users on its own initiative. Inside the 24-hour
 * customer-service window free text is allowed; outside it only an approved template
 * (manifest/whatsapp/templates.json).
 */
import type { DeliveryChannel, SendOutcome } from "../../src/kernel/delivery.ts";
import { WhatsAppApiError, type WhatsAppClient } from "./client.ts";
import { isGroupId } from "./groups.ts";

export function createWhatsAppChannel(client: WhatsAppClient): DeliveryChannel {
  return {
    platform: "whatsapp",
    // Cloud API: 80 messages per second per business number by default; to one user about
    // one message every six seconds (error 131056 beyond that).
    limits: { perSecond: 80, perTargetPerSecond: 1 / 6, concurrency: 40 },
    async send(target, message, { windowOpen }): Promise<SendOutcome> {
      // For one person only: their own number, never the group it was asked in.
      const to = target.onlyFor ?? target.conversation;
      try {
        if (isGroupId(to)) {
          // A group takes no buttons or templates; whoever is in it reads the text.
          const ref = await client.sendGroupText(to, message.text);
          return ref ? { status: "sent", ref } : { status: "sent" };
        }
        const buttons = (message.buttons ?? []).map((b) => ({ id: b.value, title: b.label }));
        if (windowOpen && buttons.length > 0 && buttons.length <= 3 && message.text.length <= 1024)
          await client.sendButtons(to, message.text, buttons);
        else if (windowOpen) await client.sendText(to, message.text);
        else if (message.template) {
          const t = message.template;
          await client.sendTemplate(to, t.name, t.language, t.params, t.buttons);
        } else
          return { status: "failed", reason: "outside the 24-hour window and no template for this message" };
        return { status: "sent" };
      } catch (e) {
        if (e instanceof WhatsAppApiError) {
          if (e.rateLimited)
            return {
              status: "retry",
              // 131056 is the limit for one recipient; 130429 and HTTP 429 the number's throughput.
              scope: e.code === 131056 ? "target" : "platform",
              afterMs: e.code === 131056 ? 6_000 : 1_000,
              reason: `rate limited (${e.code ?? e.status})`,
            };
          if (e.status >= 500)
            return { status: "retry", afterMs: 5_000, scope: "target", reason: `HTTP ${e.status}` };
          return { status: "failed", reason: `${e.code ?? e.status}: ${e.message}` };
        }
        return { status: "retry", afterMs: 5_000, scope: "target", reason: (e as Error).message };
      }
    },
  };
}
