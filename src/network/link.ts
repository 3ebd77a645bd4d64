/**
 * /koppel: linking a conversation to a region (and wijk). A linked conversation receives the
 * region's trend alerts, reminders and meeting changes, so joining that network takes the
 * roster: a group is linked by the gemeente or an admin of that region (a national admin for
 * any), a direct chat by a member of that region. Anyone else may still set the region their
 * own questions are about, which joins nothing.
 */
import type { ChatFeature } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { actsFor, hasRole } from "../core/roster.ts";
import type { Language } from "../engine/language.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";

export interface LinkDeps {
  ports: Pick<StoragePorts, "conversations" | "users">;
  /** The roster person who sent the message, if any. */
  person: Person | undefined;
  knowledge: KnowledgeBase;
  logger: Logger;
  /** The clock (ms), for the day a conversation is linked. */
  now?: () => number;
}

const key = (platform: string, id: string) => `${platform}:${id}`;
const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });

export async function link(
  message: IncomingMessage,
  args: string,
  lang: Language,
  deps: LinkDeps,
): Promise<Reply> {
  const { ports, knowledge, logger, person } = deps;
  const direct = message.conversation.kind === "direct";
  const refuse = (reason: string, text: string) => {
    logger.info("koppel refused", { platform: message.sender.platform, reason });
    return privately(text);
  };
  if (!direct && !hasRole(person, ["admin", "gemeente"]))
    return refuse(
      person ? "role" : "unknown user",
      msg(lang, person ? "link.groupRole" : "link.groupNotMember"),
    );

  const words = normalize(args);
  const names = (r: { id: string; name: string; aliases: string[] }) => [r.id, r.name, ...r.aliases];
  const region = knowledge.vocabulary.regions.find((r) =>
    names(r).some((a) => words.startsWith(normalize(a))),
  );
  if (!region) {
    const ids = knowledge.vocabulary.regions.map((r) => r.id).join(", ");
    return privately(msg(lang, "link.whichRegion", { ids }));
  }
  const rest = words
    .slice(normalize(names(region).find((a) => words.startsWith(normalize(a))) ?? "").length)
    .trim();
  const regionData = knowledge.regions.find((r) => r.id === region.id);
  let wijk: { id: string; name: string } | undefined;
  if (rest) {
    wijk = regionData?.wijken.find((w) => [w.id, w.name, ...w.aliases].some((a) => normalize(a) === rest));
    if (!wijk) {
      const known = regionData?.wijken.map((w) => w.name).join(", ");
      return privately(
        known
          ? msg(lang, "link.unknownWijk", { wijk: rest, region: region.name, names: known })
          : msg(lang, "link.noWijken", { region: region.name, id: region.id }),
      );
    }
  }

  const convKey = key(message.conversation.platform, message.conversation.id);
  const conversation = await ports.conversations.get(convKey);
  const current = conversation?.region;
  if (!direct) {
    // A gemeente acts for its own region: it can neither link a group to another region nor
    // take over a group that another region linked.
    const other = [region.id, current].find((r) => r && !actsFor(person, r));
    if (other) {
      const name = knowledge.vocabulary.regions.find((r) => r.id === other)?.name ?? other;
      return refuse("other region", msg(lang, "link.otherRegion", { region: name }));
    }
  }
  const member = actsFor(person, region.id);
  const where = wijk ? msg(lang, "link.where", { region: region.name, wijk: wijk.name }) : region.name;
  const linked = { region: region.id, wijk: wijk?.id ?? null };
  const today = new Date(deps.now?.() ?? Date.now()).toISOString().slice(0, 10);
  if (direct) {
    // The region of the user's own questions; the network reaches only roster members.
    await ports.users.patch(key(message.sender.platform, message.sender.id), linked);
    // A direct conversation the bot can post into (Teams keeps a reference) joins the
    // network only for a member of the region.
    if (conversation)
      await ports.conversations.patch(convKey, member ? linked : { region: null, wijk: null });
  } else {
    await ports.conversations.patch(convKey, {
      ...linked,
      ...(person ? { linkedBy: person.id } : {}),
      linkedOn: today,
    });
  }
  logger.info("conversation linked", {
    platform: message.conversation.platform,
    region: region.id,
    wijk: wijk?.id ?? null,
    direct,
    network: direct ? member : true,
  });
  if (direct && !member) return privately(msg(lang, "link.directNotMember", { where, region: region.name }));
  return {
    text: direct
      ? msg(lang, "link.direct", { where })
      : msg(lang, "link.group", { where, region: region.name }),
    visibility: "public",
  };
}

/** /koppel: links a group chat, or a person's own chat, to a region or wijk. */
export function linkFeature(deps: Omit<LinkDeps, "person">): ChatFeature {
  return {
    id: "link",
    commands: { koppel: (c) => link(c.message, c.args, c.lang, { ...deps, person: c.person }) },
  };
}
