/**
 * What a platform adapter is to the rest of the bot: routes on the one server, a channel for
 * messages the bot sends on its own, and a declaration of what the platform can do, so the
 * features decide by capability rather than by platform name.
 */
import type { DeliveryChannel } from "./delivery.ts";
import type { Route } from "./http.ts";

export interface Capabilities {
  /**
   * How a reply for one person is shown when the message came from a group:
   * "ephemeral": in the group, visible to that person alone (Slack);
   * "direct": in a one-to-one chat the bot opens or already has (Teams, WhatsApp, web).
   */
  privateReply: "ephemeral" | "direct";
  /** The bot can start a one-to-one conversation with a person on its own. */
  directMessage: boolean;
  /** The platform delivers slash commands apart from text. */
  nativeCommands: boolean;
  /** Replies can carry buttons; without them, options are numbered in the text. */
  buttons: boolean;
  /** Free text only within this many hours after the person last wrote (WhatsApp's 24). */
  freeTextWindowHours?: number;
  /** A sent message can be deleted again (withdrawing an alert). */
  deleteMessages: boolean;
  /**
   * A person's account id is also the address of a one-to-one chat with them (a Slack user
   * id, a WhatsApp number): the bot can write to someone knowing only their account.
   */
  directByAccount: boolean;
  /** The bot takes part in group conversations here; without, a network reaches its people one to one. */
  groups: boolean;
  /**
   * The bot knows who is in each of its groups (it manages them: WhatsApp): a person in a
   * group of a network is reached there, anyone else of the network one to one.
   */
  knowsGroupMembers?: boolean;
}

export interface PlatformAdapter {
  /** The platform id used in keys ("slack"); display names are the adapter's. */
  id: string;
  displayName: string;
  capabilities: Capabilities;
  routes: Route[];
  channel?: DeliveryChannel;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Checks an adapter against the interface and keeps its own extra members' types. */
export function adapter<T extends PlatformAdapter>(a: T): T {
  return a;
}
