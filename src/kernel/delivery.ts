/**
 * What the bot sends on its own initiative (alerts, reminders, reports) as the features
 * describe it, and the channel each platform adapter offers to send it.
 */
import type { Platform, ReplyButton } from "./message.ts";

/** "slack:U123" → ["slack", "U123"]: store keys and roster accounts are platform-prefixed ids. */
export function splitKey(key: string): [Platform, string] {
  const i = key.indexOf(":");
  return [key.slice(0, i) as Platform, key.slice(i + 1)];
}

export interface Target {
  platform: Platform;
  /** The platform's conversation id (Slack channel, Teams conversation, WhatsApp phone number). */
  conversation: string;
  /**
   * Only this user sees it: Slack shows it in the conversation to them alone; platforms that
   * cannot (Teams, WhatsApp) send it to their one-to-one chat. Every channel honours it.
   */
  onlyFor?: string;
}

/** One key per recipient: the conversation, and the person when only they see it. */
export function targetKey(t: Target): string {
  return `${t.platform}:${t.conversation}:${t.onlyFor ?? ""}`;
}

export interface OutboundMessage {
  text: string;
  /**
   * Buttons under it, as under a reply (a click goes to the feature that owns the value).
   * Only for a message to one person: buttons in a group would let anyone answer.
   */
  buttons?: ReplyButton[];
  /**
   * The approved WhatsApp template with its parameters, used when the recipient is outside
   * the 24-hour customer-service window (manifest/whatsapp/templates.json). `buttons`: the
   * payloads of its quick-reply buttons, in the template's order.
   */
  template?: { name: string; language: "nl" | "en"; params: string[]; buttons?: string[] };
}

export type SendOutcome =
  /** `ref`: the platform's id of the posted message, where it can be deleted later. */
  | { status: "sent"; ref?: string }
  /** Slow down: try again after `afterMs`; `scope` says whether the whole platform must wait. */
  | { status: "retry"; afterMs: number; scope: "target" | "platform"; reason: string }
  | { status: "failed"; reason: string };

export interface Limits {
  /** Messages per second for the whole platform (the bot's share of it). */
  perSecond: number;
  /** Messages per second into one conversation. */
  perTargetPerSecond: number;
  /** Requests in flight at once. */
  concurrency: number;
}

export interface DeliveryChannel {
  platform: Platform;
  limits: Limits;
  /** `windowOpen`: the recipient wrote to the bot in the last 24 hours (WhatsApp). */
  send(target: Target, message: OutboundMessage, context: { windowOpen: boolean }): Promise<SendOutcome>;
  /**
   * Deletes a message sent earlier, by the `ref` its send returned. Absent where the platform
   * cannot delete a message once sent (WhatsApp).
   */
  retract?(target: Target, ref: string): Promise<void>;
  /**
   * Whether a conversation can be reached now. Absent: always. The web chat reaches only
   * people who have it open; there is nobody to deliver to otherwise.
   */
  reachable?(conversation: string): boolean;
}
