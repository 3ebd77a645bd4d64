/**
 * What happens to a managed group, as the platform reports it: once created, its invite link
 * goes privately to the roster's people of its network; a join request is approved for a
 * person of that network, refused for anyone else (the gemeente is told, privately) and
 * refused while the group is full (the person and the gemeente are told); joins, leaves and
 * removals update its members; a suspension and its end are recorded and told to the gemeente.
 */

import { targetKey } from "../../kernel/delivery.ts";
import type { GroupEvent } from "../../kernel/groups.ts";
import type { RegionKnowledge } from "../../knowledge/schema.ts";
import type { ConversationRecord, ManagedGroup } from "../../model/people.ts";
import { CREATING, type Creating, type GroupsContext, tail } from "./context.ts";

/** What happened to a group, as the platform reported it. */
export async function groupEvent(shared: GroupsContext, event: GroupEvent): Promise<void> {
  const { ports, logger } = shared.deps;
  if (!(await ports.events.first(`${event.platform}:group:${event.id}`, Date.now()))) return;
  const key = `${event.platform}:${event.group}`;
  if (event.kind === "created" || event.kind === "create-failed") return created(shared, event);
  const record = await ports.conversations.get(key);
  const g = record?.group;
  const region = shared.region(record?.region);
  if (!record || !g || !region) {
    logger.warn("groups: event for a group the bot does not manage", { kind: event.kind });
    if (event.kind === "join-request" && event.joinRequest)
      await shared.deps.admin?.reject(event.group, event.joinRequest).catch(() => undefined);
    return;
  }
  const save = (change: Partial<ManagedGroup>) =>
    ports.conversations.patch(key, { group: { ...g, ...change } });
  const where = shared.where(region, record.wijk);
  switch (event.kind) {
    case "join-request":
      return joinRequest(shared, event, record, g, region);
    case "joined":
      if (event.member && !g.members.includes(event.member))
        await save({ members: [...g.members, event.member] });
      return;
    case "left":
    case "removed":
      if (event.member) await save({ members: g.members.filter((m) => m !== event.member) });
      return;
    case "suspended":
      await save({ status: "suspended" });
      logger.warn("groups: group suspended by the platform", { region: region.id });
      await shared.tell(
        await shared.gemeente(region.id),
        `WhatsApp heeft de groep ${g.subject} geschorst. Berichten van de bot (herinneringen, meldingen) komen er niet aan tot de schorsing is opgeheven; ze staan als mislukt in het afleverrapport.`,
        region.id,
        record.wijk,
        event.id,
      );
      return;
    case "suspension-cleared":
      await save({ status: "active" });
      await shared.tell(
        await shared.gemeente(region.id),
        `De schorsing van de groep ${g.subject} is opgeheven; de bot stuurt er weer berichten heen.`,
        region.id,
        record.wijk,
        event.id,
      );
      return;
    case "deleted":
      await save({ status: "deleted", members: [] });
      logger.info("groups: group deleted", { region: region.id, where });
      return;
    default:
      return;
  }
}

async function created(shared: GroupsContext, event: GroupEvent): Promise<void> {
  const { ports, logger } = shared.deps;
  const creating = event.requestId
    ? await ports.state.take<Creating>(CREATING, event.requestId, shared.now())
    : undefined;
  if (!creating) {
    logger.warn("groups: created group without a request of ours", { kind: event.kind });
    return;
  }
  const region = shared.region(creating.region) as RegionKnowledge;
  const by = await ports.people.byId(creating.by);
  if (event.kind === "create-failed") {
    logger.error("groups: the platform could not create the group", { reason: event.reason });
    if (by)
      await shared.tell(
        [by],
        `WhatsApp kon de groep ${creating.subject} niet maken (${event.reason}). Probeer /groep maak later opnieuw.`,
        region.id,
        creating.wijk,
        event.id,
      );
    return;
  }
  const group: ManagedGroup = {
    subject: event.subject ?? creating.subject,
    ...(event.inviteLink ? { inviteLink: event.inviteLink } : {}),
    status: "active",
    members: [],
    createdAt: shared.now(),
  };
  const record: Partial<ConversationRecord> = {
    region: region.id,
    wijk: creating.wijk,
    linkedBy: creating.by,
    linkedOn: new Date(shared.now()).toISOString().slice(0, 10),
    group,
  };
  await ports.conversations.patch(`${event.platform}:${event.group}`, record);
  const network = (await ports.people.all()).filter((p) => shared.belongs(p, region, creating.wijk));
  const invited = network.filter((p) => shared.account(p));
  if (event.inviteLink) {
    const batch = `group-invite:${event.group}`;
    await shared.deps.outbox.enqueue(
      { id: batch, kind: "report", region: region.id, wijk: creating.wijk, createdAt: shared.now() },
      invited.map((p) => {
        const target = { platform: event.platform, conversation: shared.account(p) as string };
        return {
          key: `${batch}:${targetKey(target)}`,
          target,
          message: {
            text: `Je bent uitgenodigd voor de WhatsApp-groep "${group.subject}" van je netwerk schoolveiligheid. Word lid via ${event.inviteLink} ; de bot laat je toe omdat je in het rooster staat. Deel de link niet: wie niet in het rooster staat, wordt niet toegelaten.`,
            template: {
              name: "convenantbot_groep_uitnodiging",
              language: "nl" as const,
              params: [group.subject, event.inviteLink as string],
            },
          },
        };
      }),
    );
  }
  const missing = network.filter((p) => !shared.account(p)).map((p) => p.name);
  if (by)
    await shared.tell(
      [by],
      `De groep ${group.subject} is aangemaakt. De uitnodigingslink ging privé naar: ${invited.map((p) => p.name).join(", ") || "niemand"}.${missing.length > 0 ? ` Zonder WhatsApp-nummer in het rooster, dus niet uitgenodigd: ${missing.join(", ")}.` : ""} Zie /groep leden.`,
      region.id,
      creating.wijk,
      event.id,
    );
  logger.info("groups: group created", { region: region.id, invited: invited.length });
}

async function joinRequest(
  shared: GroupsContext,
  event: GroupEvent,
  record: ConversationRecord,
  g: ManagedGroup,
  region: RegionKnowledge,
): Promise<void> {
  const admin = shared.deps.admin;
  if (!admin || !event.member || !event.joinRequest) return;
  const person = await shared.deps.ports.people.byAccount(`${event.platform}:${event.member}`);
  const ok = person && shared.belongs(person, region, record.wijk);
  if (ok && g.members.length >= admin.maxMembers) {
    await admin.reject(event.group, event.joinRequest);
    await shared.tell(
      [person, ...(await shared.gemeente(region.id))],
      `${person.name} vroeg om lid te worden van ${g.subject}, maar de groep is vol: WhatsApp staat ${admin.maxMembers} deelnemers toe. Maak plaats met /groep verwijder <naam>, daarna kan ${person.name} het opnieuw vragen met de link.`,
      region.id,
      record.wijk,
      event.id,
    );
    return;
  }
  if (ok) {
    await admin.approve(event.group, event.joinRequest);
    shared.deps.logger.info("groups: join request approved", { region: region.id });
    return;
  }
  await admin.reject(event.group, event.joinRequest);
  shared.deps.logger.warn("groups: join request refused (not in the network's roster)", {
    region: region.id,
  });
  await shared.tell(
    await shared.gemeente(region.id),
    `Iemand die niet in het rooster van dit netwerk staat (nummer ${tail(event.member)}) vroeg om lid te worden van ${g.subject}; de bot heeft dat geweigerd. Hoort diegene erbij? Nodig hem of haar uit met /uitnodigen en stuur daarna de link opnieuw.`,
    region.id,
    record.wijk,
    event.id,
  );
}
