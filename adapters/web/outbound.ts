/**
 * Messages the bot sends to a web chat on its own (alerts, reminders, reports). The web chat
 * has no push: they wait in an inbox in memory, which the page reads every few seconds.
 */
import type { DeliveryChannel } from "../../src/kernel/delivery.ts";
import type { ReplyButton } from "../../src/kernel/message.ts";
import type { Sessions } from "./sessions.ts";

/** Messages the bot sent to a web chat on its own (alerts, reminders, reports), kept in memory. */
interface InboxItem {
  seq: number;
  to: string;
  text: string;
  buttons?: ReplyButton[];
}
const INBOX_SIZE = 500;

export interface WebInbox {
  /** Delivers into the inbox. */
  channel: DeliveryChannel;
  /** The number of the newest message in the inbox. */
  last(): number;
  /** The messages after number `after` that went to one of `own`. */
  read(after: number, own: Set<string>): Array<{ seq: number; text: string; buttons: ReplyButton[] }>;
}

export function createInbox(mode: "demo" | "signin", sessions: Pick<Sessions, "signedIn">): WebInbox {
  // The web chat has no push: the page asks for new messages every few seconds.
  const inbox: InboxItem[] = [];
  let seq = 0;
  const channel: DeliveryChannel = {
    platform: "web",
    limits: { perSecond: 100, perTargetPerSecond: 100, concurrency: 10 },
    async send(target, message) {
      // For one signed-in person: their own inbox, which each of their sessions reads (a
      // report or agenda arrives after the session it was asked in may have ended). In the
      // demo the person is shared by every tab, so it stays in the asking tab's conversation.
      const to = mode === "signin" && target.onlyFor ? target.onlyFor : target.conversation;
      inbox.push({
        seq: ++seq,
        to,
        text: message.text,
        ...(message.buttons ? { buttons: message.buttons } : {}),
      });
      if (inbox.length > INBOX_SIZE) inbox.splice(0, inbox.length - INBOX_SIZE);
      return { status: "sent", ref: String(seq) };
    },
    // The demo's people are shared by every demo page; a real person only while signed in.
    reachable: (conversation) =>
      mode === "demo" || sessions.signedIn(conversation) || conversation.startsWith("web-"),
    // A withdrawn message leaves the inbox; a page that already showed it keeps it.
    async retract(_target, ref) {
      const at = inbox.findIndex((m) => String(m.seq) === ref);
      if (at >= 0) inbox.splice(at, 1);
    },
  };
  return {
    channel,
    last: () => seq,
    read: (after, own) =>
      inbox
        .filter((m) => m.seq > after && own.has(m.to))
        .map(({ seq, text, buttons }) => ({ seq, text, buttons: buttons ?? [] })),
  };
}
