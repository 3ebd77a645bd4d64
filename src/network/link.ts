/**
 * /koppel: linking a conversation to a region (and wijk). A linked conversation receives the
 * region's trend alerts, reminders and meeting changes, so joining that network takes the
 * roster: a group is linked by the gemeente or an admin of that region (a national admin for
 * any), a direct chat by a member of that region. Anyone else may still set the region their
 * own questions are about, which joins nothing.
 */
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { actsFor, hasRole } from "../core/roster.ts";
import type { Language } from "../engine/language.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { StoragePorts } from "../storage/ports.ts";
import type { Person } from "../storage/store.ts";

export interface LinkDeps {
  ports: Pick<StoragePorts, "conversations" | "users">;
  /** The roster person who sent the message, if any. */
  person: Person | undefined;
  knowledge: KnowledgeBase;
  logger: Logger;
}

const t = (lang: Language, nl: string, en: string) => (lang === "nl" ? nl : en);
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
      person
        ? t(
            lang,
            "Alleen een beheerder of de gemeente kan een groep koppelen aan een regio.",
            "Only an admin or the municipality can link a group to a region.",
          )
        : t(
            lang,
            "Je staat nog niet in het deelnemersoverzicht, dus je kunt deze groep niet koppelen. Vraag de beheerder of de gemeente om je toe te voegen.",
            "You are not in the participants list yet, so you cannot link this group. Ask the admin or the municipality to add you.",
          ),
    );

  const words = normalize(args);
  const names = (r: { id: string; name: string; aliases: string[] }) => [r.id, r.name, ...r.aliases];
  const region = knowledge.vocabulary.regions.find((r) =>
    names(r).some((a) => words.startsWith(normalize(a))),
  );
  if (!region) {
    const ids = knowledge.vocabulary.regions.map((r) => r.id).join(", ");
    return privately(
      t(
        lang,
        `Welke regio? Gebruik /koppel <regio> [wijk], met een van: ${ids}.`,
        `Which region? Use /koppel <region> [district], with one of: ${ids}.`,
      ),
    );
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
          ? t(
              lang,
              `Onbekende wijk "${rest}" in ${region.name}. Wijken: ${known}.`,
              `Unknown district "${rest}" in ${region.name}. Districts: ${known}.`,
            )
          : t(
              lang,
              `${region.name} werkt niet met wijken; gebruik /koppel ${region.id}.`,
              `${region.name} does not use districts; use /koppel ${region.id}.`,
            ),
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
      return refuse(
        "other region",
        t(
          lang,
          `Je kunt alleen gesprekken van je eigen regio koppelen; ${name} is dat niet. Vraag de gemeente van ${name}.`,
          `You can only link conversations of your own region; ${name} is not. Ask the municipality of ${name}.`,
        ),
      );
    }
  }
  const member = actsFor(person, region.id);
  const where = wijk ? `${region.name}, ${t(lang, "wijk", "district")} ${wijk.name}` : region.name;
  const linked = { region: region.id, wijk: wijk?.id ?? null };
  const today = new Date().toISOString().slice(0, 10);
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
  if (direct && !member)
    return privately(
      t(
        lang,
        `Je vragen gaan nu over ${where}. Netwerkberichten (trendmeldingen, herinneringen) krijgen alleen deelnemers van ${region.name}; vraag de gemeente je toe te voegen.`,
        `Your questions are now about ${where}. Network messages (trend alerts, reminders) go to members of ${region.name} only; ask the municipality to add you.`,
      ),
    );
  return {
    text: direct
      ? t(
          lang,
          `Je vragen gaan nu over ${where}, en je krijgt hier de netwerkberichten van ${where}.`,
          `Your questions are now about ${where}, and you get the network messages of ${where} here.`,
        )
      : t(
          lang,
          `Dit gesprek is gekoppeld aan ${where}. Vragen zonder regio gaan voortaan over ${region.name}.`,
          `This conversation is now linked to ${where}. Questions without a region are now about ${region.name}.`,
        ),
    visibility: "public",
  };
}
