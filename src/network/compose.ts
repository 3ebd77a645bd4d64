/**
 * What a /trend or /deel message is: its kind and the command's name as its sender types it,
 * the wijk its text may start with, the checks on its text, and the text and WhatsApp
 * template it goes out as.
 */
import { msg } from "../core/i18n.ts";
import type { Reply } from "../core/message.ts";
import { langOf } from "../core/roster.ts";
import { normalize } from "../engine/text.ts";
import type { RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import type { OutboundMessage } from "../model/delivery.ts";
import type { Person } from "../model/people.ts";

export type Kind = "trend" | "deel";

/** The command as the person typed it: /share for /deel in English. */
export const cmd = (kind: Kind, p: Person | undefined) =>
  langOf(p) === "en" && kind === "deel" ? "share" : kind;

const MAX_TEXT = 1000;

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
/** WhatsApp template parameters may not hold line breaks, tabs or long runs of spaces. */
const templateParam = (s: string) => s.replace(/\s+/g, " ").trim();

/** The wijk a text starts with ("Noordhove: ..."), and the text after it; the longest name wins. */
export function wijkAtStart(region: RegionKnowledge, text: string): { wijk: Wijk; rest: string } | undefined {
  const words = text.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = normalize(words.slice(0, n).join(" "));
    const wijk = region.wijken.find((w) => [w.id, w.name, ...w.aliases].some((a) => normalize(a) === head));
    if (wijk)
      return {
        wijk,
        rest: words
          .slice(n)
          .join(" ")
          .replace(/^[:,-]\s*/, ""),
      };
  }
  return undefined;
}

export function checkText(text: string, usage: string, person?: Person): Reply | undefined {
  if (!text) return ephemeral(msg(langOf(person), "broadcast.empty", { usage }));
  if (text.length > MAX_TEXT)
    return ephemeral(msg(langOf(person), "broadcast.tooLong", { length: text.length, max: MAX_TEXT }));
  return undefined;
}

/** /trend: the gemeente's alert to a wijk, or to the whole gemeente. */
export function trendMessage(person: Person, where: string, text: string): OutboundMessage {
  return {
    text: `*Trendmelding* van ${person.name} voor ${where}:\n${text}`,
    template: {
      name: "convenantbot_trendmelding",
      language: "nl",
      params: [templateParam(person.name), where, templateParam(text)],
    },
  };
}

/** /deel: a member's message to their wijk network. */
export function shareMessage(from: string, wijk: Wijk, args: string): OutboundMessage {
  return {
    text: `*${from}* deelt met wijk ${wijk.name}:\n${args.trim()}`,
    template: {
      name: "convenantbot_netwerkbericht",
      language: "nl",
      params: [templateParam(from), `wijk ${wijk.name}`, templateParam(args)],
    },
  };
}
