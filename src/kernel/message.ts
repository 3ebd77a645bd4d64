/**
 * The platform-neutral message model. Adapters translate a platform's events into an
 * IncomingMessage at the edge and render a Reply back; the features never see a platform type.
 */

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
  /**
   * How the platform reaches this person one to one, where that is not `id`: on Teams the
   * bot's own id for the user (29:...), with which a one-to-one chat can be created wherever
   * the app is installed; `id` is the Entra object id the roster names.
   */
  address?: string;
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
  /**
   * In this group a message that starts with a command word addresses the bot ("vraag ...",
   * "/overleg"), as in a WhatsApp group where a mention is cumbersome; other chatter does not.
   */
  commandWordsAddress?: boolean;
}

/** A follow-up button under a reply. `value` is what the platform sends back when it is clicked. */
export interface ReplyButton {
  id: string;
  label: string;
  value: string;
}

/** Where a statement in an answer comes from: covenant (region id) and article. */
export interface Citation {
  covenant: string;
  /** The article or section, as the covenant numbers it ("art. 2 lid 7"). */
  ref: string;
  title: string;
  id?: string;
}

/** What a reply that answers a question says about the answer, for adapters to render. */
export interface AnswerInfo {
  /** false when the knowledge base does not answer it (or a choice is needed first). */
  answered: boolean;
  language: "nl" | "en";
  sources: Citation[];
  /** When two or more readings are plausible: the options to choose from. */
  options?: string[];
}

export interface Reply {
  /**
   * The body: plain chat text (Markdown-light: *bold* and line breaks only), without the
   * citation when `citation` is given.
   */
  text: string;
  /** The source line ("Bron: ..."), which platforms with structure show apart from the body. */
  citation?: string;
  /** Whom to ask or what to do next, after the source. */
  nextStep?: string;
  /** The answer behind the reply, when it answers a question: sources and options. */
  answer?: AnswerInfo;
  buttons?: ReplyButton[];
  /** Only the sender sees it (Slack ephemeral, Teams/WhatsApp: the direct conversation). */
  visibility: "public" | "ephemeral";
}

/** The whole reply as one plain text, for platforms that show no structure (WhatsApp, CLI). */
export function plainText(reply: Reply): string {
  return [reply.text, reply.citation, reply.nextStep].filter(Boolean).join("\n");
}

/** Values of the bot's own buttons: a click with such a value goes to Bot.click. */
export const BOT_BUTTON_VALUE = /^(feedback|signaal|netwerk|vraag|contact):/;

/** What a button click reports back to the core. */
export interface ButtonClick {
  /**
   * The platform's id of this click (a WhatsApp message id, a Slack action_ts, a Teams
   * activity id): a second delivery of the same id is ignored. Empty where clicks are never
   * redelivered (the web chat).
   */
  id: string;
  conversation: Conversation;
  sender: Sender;
  value: string;
}

/** What every adapter hands messages and button clicks to: the bot, behind this contract. */
export interface ChatHandler {
  /** The reply to a message, or null when the bot stays silent (not addressed, own message, redelivery). */
  handle(message: IncomingMessage): Promise<Reply | null>;
  /** Handles a click on one of the bot's buttons; the reply confirms it to the clicker. */
  click(click: ButtonClick): Promise<Reply | null>;
  /** Keeps the platform's reference to a conversation, to post into it later (Teams). */
  remember(conversation: Conversation, reference: unknown): Promise<void>;
}

/**
 * How long a platform may redeliver a message: WhatsApp retries an unacknowledged webhook for
 * up to 7 days. Handled ids are remembered that long, and older messages are refused.
 */
export const REDELIVERY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
