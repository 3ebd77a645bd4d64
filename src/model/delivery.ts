/**
 * Messages the bot sends on its own initiative (trend alerts, network messages, reminders,
 * delivery reports), as the core describes them. Each platform adapter offers a
 * DeliveryChannel that turns them into its API calls; the outbox paces and persists them.
 */
import type { Platform } from "../kernel/message.ts";

export * from "../kernel/delivery.ts";

import type { OutboundMessage, Target } from "../kernel/delivery.ts";

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

export type BatchKind = "trend" | "deel" | "reminder" | "agenda" | "report" | "contact-check";

export interface Batch {
  id: string;
  kind: BatchKind;
  region: string | null;
  wijk: string | null;
  /**
   * Roster id of the person who sent it (never for anonymous signals); in the demo web chat
   * followed by "#" and the browser session, as each tab acts on its own.
   */
  by?: string;
  createdAt: number;
  /** Where the delivery report goes when every delivery has an outcome. */
  reportTo?: Target;
  reported?: boolean;
  /** Withdrawn by its sender (/trend intrekken). */
  withdrawn?: boolean;
  /** The language of its delivery report, when not Dutch (the sender used English). */
  lang?: "en";
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
