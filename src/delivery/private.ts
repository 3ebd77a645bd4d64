/** Where something for one person goes when they asked for it in a conversation. */
import { splitKey, type Target } from "../kernel/delivery.ts";
import type { IncomingMessage, Platform } from "../kernel/message.ts";

/**
 * The sender alone, in the conversation they wrote from: every delivery channel shows a
 * target with `onlyFor` to that person only (Slack in place, the others in a one-to-one
 * chat), so a report or an agenda never lands in a group. Undefined when the bot cannot send
 * on that platform (`platforms`, when given).
 */
export function privateTarget(message: IncomingMessage, platforms?: readonly Platform[]): Target | undefined {
  const platform = message.conversation.platform;
  if (platforms && !platforms.includes(platform)) return undefined;
  return {
    platform,
    conversation: message.conversation.id,
    onlyFor: message.sender.address ?? message.sender.id,
  };
}

/**
 * Where the bot can write to a person alone knowing only their accounts: the first account on
 * a platform where an account is also the address of a one-to-one chat (Slack, WhatsApp).
 */
export function directTarget(
  accounts: readonly string[],
  can: (platform: string, capability: "directByAccount") => boolean,
): Target | undefined {
  for (const account of accounts) {
    const [platform, id] = splitKey(account);
    if (can(platform, "directByAccount")) return { platform, conversation: id };
  }
  return undefined;
}
