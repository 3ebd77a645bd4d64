/**
 * Groups the bot manages itself (WhatsApp's Groups API): the business creates an invite-only
 * group, people ask to join through its link, and the bot decides who gets in. The adapter
 * reports what happens to a group as GroupEvents and offers a GroupAdmin to act on it; the
 * features decide, against the roster.
 */
import type { Platform } from "./message.ts";

export interface GroupEvent {
  platform: Platform;
  /** The platform's event id (or a key made of its fields), to handle a redelivery once. */
  id: string;
  /** The platform's group id. */
  group: string;
  kind:
    | "created"
    | "create-failed"
    | "join-request"
    | "join-cancelled"
    | "joined"
    | "left"
    | "removed"
    | "suspended"
    | "suspension-cleared"
    | "deleted";
  /** For "created" and "create-failed": the id the create request returned. */
  requestId?: string;
  inviteLink?: string;
  subject?: string;
  /** The member concerned (a phone number on WhatsApp). */
  member?: string;
  /** For "join-request": the request to approve or reject. */
  joinRequest?: string;
  /** Why it failed, or who removed a member ("business"). */
  reason?: string;
}

export interface GroupAdmin {
  platform: Platform;
  /** The most members a group can hold (WhatsApp: 8), the bot's own number not counted. */
  maxMembers: number;
  /** Starts creating a group; a "created" event with the same request id follows. */
  create(subject: string, description: string): Promise<{ requestId: string }>;
  approve(group: string, joinRequest: string): Promise<void>;
  reject(group: string, joinRequest: string): Promise<void>;
  remove(group: string, member: string): Promise<void>;
}

/** What an adapter hands group events to. */
export interface GroupEventHandler {
  groupEvent(event: GroupEvent): Promise<void>;
}
