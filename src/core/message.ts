/**
 * The platform-neutral message model. Adapters translate a platform's events into an
 * IncomingMessage at the edge and render a Reply back; the core never sees a platform type.
 */
import type { Answer } from "../engine/types.ts";

export type Platform = "slack" | "teams" | "whatsapp" | "web" | "cli";

export interface Conversation {
  platform: Platform;
  /** The platform's id of the channel, group chat or direct conversation. */
  id: string;
  /** A group (channel, group chat) or a direct (1:1, personal) conversation. */
  kind: "group" | "direct";
}

export interface Sender {
  platform: Platform;
  /** The platform's user id (Slack U..., Teams AAD object id, WhatsApp phone number). */
  id: string;
  displayName?: string;
  /**
   * One browser session of an account that several sessions share (the demo web chat's
   * fictional people): drafts and rate limits are kept per session.
   */
  session?: string;
}

export interface IncomingMessage {
  /** The platform's id of this event or message, used to answer a redelivered event once. */
  id: string;
  conversation: Conversation;
  sender: Sender;
  text: string;
  /** The bot was addressed: mentioned, replied to, or sent a command. */
  addressed: boolean;
  /** The message comes from a bot (ours or another); the core never answers it. */
  fromBot?: boolean;
  /** The platform can answer this sender privately here (Slack ephemeral, any direct chat). */
  privateReplies?: boolean;
  /** A region the platform context sets for this message (the web chat's region picker). */
  region?: string | null;
  /** A platform slash command, when the platform delivers commands apart from text. */
  command?: { name: string; args: string };
}

/** A follow-up button under a reply. `value` is what the platform sends back when it is clicked. */
export interface ReplyButton {
  id: string;
  label: string;
  value: string;
}

export interface Reply {
  /** Plain chat text (Markdown-light: *bold* and line breaks only). */
  text: string;
  /** The engine's structured answer, when the reply answers a question: sources and options. */
  answer?: Answer;
  buttons?: ReplyButton[];
  /** Only the sender sees it (Slack ephemeral, Teams/WhatsApp: the direct conversation). */
  visibility: "public" | "ephemeral";
}

/** Values of the bot's own buttons: a click with such a value goes to Bot.click. */
export const BOT_BUTTON_VALUE = /^(feedback|signaal|netwerk):/;

/** What a button click reports back to the core. */
export interface ButtonClick {
  id: string;
  conversation: Conversation;
  sender: Sender;
  value: string;
}
