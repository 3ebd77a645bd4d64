/** Renders a core Reply as Slack Block Kit: the answer, its sources as context, feedback buttons. */
import type { types } from "@slack/bolt";
import type { Reply } from "../../src/kernel/message.ts";

type KnownBlock = types.KnownBlock;

const CITATION = /^(Bron|Bronnen|Source|Sources): /;

/** Slack's mrkdwn needs &, < and > escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export function toBlocks(reply: Reply): { text: string; blocks: KnownBlock[] } {
  const lines = reply.text.split("\n");
  const body = lines.filter((l) => !CITATION.test(l) || !reply.answer).join("\n");
  // Slack limits a section's text to 3,000 characters.
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(body).slice(0, 2900) } },
  ];
  const sources = reply.answer?.sources ?? [];
  if (sources.length > 0) {
    const cited = lines.find((l) => CITATION.test(l)) ?? "";
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `📖 ${escapeMrkdwn(cited).slice(0, 2900)}` }],
    });
  }
  if (reply.buttons?.length) {
    blocks.push({
      type: "actions",
      block_id: "actions",
      elements: reply.buttons.map((b) => ({
        type: "button",
        action_id: b.id,
        text: { type: "plain_text", text: b.label, emoji: true },
        value: b.value,
      })),
    });
  }
  return { text: reply.text.slice(0, 3000), blocks };
}
