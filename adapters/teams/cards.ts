/** Renders a core Reply as a Teams Adaptive Card: the answer, its sources, feedback buttons. */
import type { Reply } from "../../src/kernel/message.ts";

const CITATION = /^(Bron|Bronnen|Source|Sources): /;

export function toAdaptiveCard(reply: Reply): Record<string, unknown> {
  const lines = reply.text.split("\n");
  const body = lines.filter((l) => !CITATION.test(l) || !reply.answer).join("\n\n");
  const citation = reply.answer ? lines.find((l) => CITATION.test(l)) : undefined;
  const card: Record<string, unknown> = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: body, wrap: true },
      ...(citation
        ? [
            {
              type: "TextBlock",
              text: citation,
              wrap: true,
              isSubtle: true,
              size: "Small",
              spacing: "Medium",
            },
          ]
        : []),
    ],
  };
  if (reply.buttons?.length) {
    card.actions = reply.buttons.map((b) => ({
      type: "Action.Submit",
      title: b.label,
      data: { convenantbot: b.value },
    }));
  }
  return card;
}

export function toActivity(reply: Reply): Record<string, unknown> {
  return {
    type: "message",
    text: reply.text,
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: toAdaptiveCard(reply) }],
  };
}
