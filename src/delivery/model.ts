/**
 * Messages the bot sends on its own initiative (trend alerts, network messages, reminders,
 * delivery reports), as the core describes them. Each platform adapter offers a
 * DeliveryChannel that turns them into its API calls; the outbox paces and persists them.
 */
import type { Platform } from "../core/message.ts";

/** "slack:U123" → ["slack", "U123"]: store keys and roster accounts are platform-prefixed ids. */
export function splitKey(key: string): [Platform, string] {
  const i = key.indexOf(":");
  return [key.slice(0, i) as Platform, key.slice(i + 1)];
}

export interface Target {
  platform: Platform;
  /** The platform's conversation id (Slack channel, Teams conversation, WhatsApp phone number). */
  conversation: string;
  /** Only this user sees it, where the platform allows (Slack ephemeral in a channel). */
  onlyFor?: string;
}

/** One key per recipient: the conversation, and the person when only they see it. */
export function targetKey(t: Target): string {
  return `${t.platform}:${t.conversation}:${t.onlyFor ?? ""}`;
}

export const PLATFORM_NAMES: Record<Platform, string> = {
  slack: "Slack",
  teams: "Teams",
  whatsapp: "WhatsApp",
  web: "webchat",
  cli: "CLI",
};

/** "Slack 3, Teams 2, WhatsApp 3" */
export function perPlatform(targets: Array<{ platform: Platform }>): string {
  const counts = new Map<string, number>();
  for (const t of targets)
    counts.set(PLATFORM_NAMES[t.platform], (counts.get(PLATFORM_NAMES[t.platform]) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
}

export interface OutboundMessage {
  text: string;
  /**
   * The approved WhatsApp template with its parameters, used when the recipient is outside
   * the 24-hour customer-service window (manifest/whatsapp/templates.json).
   */
  template?: { name: string; language: "nl" | "en"; params: string[] };
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

export type DeliveryStatus = "pending" | "sending" | "sent" | "failed" | "uncertain";

export interface Delivery {
  /** Idempotency key: one message per batch (or meeting and reminder) and recipient. */
  key: string;
  batch: string;
  target: Target;
  message: OutboundMessage;
  status: DeliveryStatus;
  attempts: number;
  /** Epoch ms before which it is not tried (pacing after a 429). */
  notBefore: number;
  reason?: string;
  /** The platform's id of the sent message, for deleting it (/trend intrekken). */
  ref?: string;
  /** Epoch ms of the last change. */
  at: number;
  /** The instance that has claimed it, and until when (epoch ms); absent when unclaimed. */
  claimedBy?: string;
  leaseUntil?: number;
}

/** What withdrawing a batch did, per platform. */
export interface RetractReport {
  /** Deleted where they were posted. */
  deleted: Record<string, number>;
  /** Not sent yet, now never sent. */
  stopped: number;
  /** Sent on a platform that cannot delete them (or deleting failed). */
  kept: Record<string, number>;
}

export type BatchKind = "trend" | "deel" | "reminder" | "agenda" | "report";

export interface Batch {
  id: string;
  kind: BatchKind;
  region: string | null;
  wijk: string | null;
  /** Roster id of the person who sent it (never for anonymous signals). */
  by?: string;
  createdAt: number;
  /** Where the delivery report goes when every delivery has an outcome. */
  reportTo?: Target;
  reported?: boolean;
  /** Withdrawn by its sender (/trend intrekken). */
  withdrawn?: boolean;
}

/** Counts of a batch's deliveries, and the reasons of those that failed. */
export interface BatchReport {
  batch: Batch;
  total: number;
  sent: number;
  pending: number;
  failed: Array<{ target: Target; reason: string }>;
  uncertain: number;
  byPlatform: Record<string, { sent: number; pending: number; failed: number; uncertain: number }>;
}
