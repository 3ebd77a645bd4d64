/**
 * Groups the bot manages for a wijk or region network (WhatsApp's Groups API): `/groep maak`
 * creates an invite-only group with join approval, whose link goes privately to the roster's
 * people of that network; a join request is approved for a person of that network and refused
 * for anyone else (the gemeente is told, privately); leaves and removals update the network;
 * `/groep leden` lists the members by name and role, `/groep verwijder <naam>` removes one;
 * the platform's member limit is enforced before the platform refuses. `/groep uitleg` gives
 * the message a gemeente pastes into an old ad-hoc group to move its members over.
 */
import type { ChatFeature, CommandContext } from "../core/commands.ts";
import type { Logger } from "../core/logger.ts";
import type { Reply } from "../core/message.ts";
import { hasRole } from "../core/roster.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { directTarget } from "../delivery/private.ts";
import { normalize } from "../engine/text.ts";
import { targetKey } from "../kernel/delivery.ts";
import type { GroupAdmin, GroupEvent, GroupEventHandler } from "../kernel/groups.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import type { ConversationRecord, ManagedGroup, Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";

export interface GroupsDeps {
  ports: Pick<StoragePorts, "people" | "conversations" | "state" | "events">;
  knowledge: KnowledgeBase;
  outbox: Pick<Outbox, "enqueue" | "can">;
  /** The platform's group administration; absent while WhatsApp is not configured. */
  admin?: GroupAdmin;
  logger: Logger;
  now?: () => number;
}

const CREATING = "group-create";
const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });
/** The last four digits of a number: enough for the gemeente to recognise it, no more. */
const tail = (number: string) => `…${number.slice(-4)}`;

interface Creating {
  region: string;
  wijk: string | null;
  by: string;
  subject: string;
}

export class ManagedGroups implements GroupEventHandler {
  private readonly deps: GroupsDeps;

  constructor(deps: GroupsDeps) {
    this.deps = deps;
  }

  /** The platform's group administration, once its adapter runs. */
  useAdmin(admin: GroupAdmin): void {
    this.deps.admin = admin;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private get platform(): string {
    return this.deps.admin?.platform ?? "whatsapp";
  }

  private region(id?: string | null): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Whether the person belongs to the network of the region, or of one wijk of it. */
  belongs(person: Person, region: RegionKnowledge, wijk: string | null): boolean {
    if (person.region !== region.id || person.demo) return false;
    if (!wijk || hasRole(person, ["gemeente", "admin"])) return true;
    const schoolWijk = (id?: string) => region.schools.find((s) => s.id === id)?.wijk;
    return (
      schoolWijk(person.school) === wijk ||
      person.contact?.wijk === wijk ||
      schoolWijk(person.contact?.school) === wijk
    );
  }

  private account(person: Person): string | undefined {
    return person.accounts.find((a) => a.startsWith(`${this.platform}:`))?.slice(this.platform.length + 1);
  }

  private async groupOf(region: string, wijk: string | null) {
    return (await this.deps.ports.conversations.linkedTo(region, wijk)).find(
      (c) =>
        c.key.startsWith(`${this.platform}:`) &&
        c.record.group &&
        c.record.group.status !== "deleted" &&
        c.record.wijk === wijk,
    );
  }

  private where(region: RegionKnowledge, wijk: string | null): string {
    return region.wijken.find((w) => w.id === wijk)?.name ?? region.name;
  }

  /** Tells people privately, through the outbox, on a platform where the bot can write to them. */
  private async tell(people: Person[], text: string, region: string, wijk: string | null, key: string) {
    const targets = people.flatMap((p) => {
      const t = directTarget(p.accounts, (platform, c) => this.deps.outbox.can(platform, c));
      return t ? [t] : [];
    });
    if (targets.length === 0) {
      this.deps.logger.warn("groups: nobody to tell", { region });
      return;
    }
    const batch = `group-note:${key}`;
    await this.deps.outbox.enqueue(
      { id: batch, kind: "report", region, wijk, createdAt: this.now() },
      targets.map((target) => ({ key: `${batch}:${targetKey(target)}`, target, message: { text } })),
    );
  }

  private async gemeente(region: string): Promise<Person[]> {
    return (await this.deps.ports.people.all()).filter(
      (p) => p.region === region && hasRole(p, ["gemeente"]) && !p.demo,
    );
  }

  private findWijk(region: RegionKnowledge, words: string): Wijk | undefined {
    const want = normalize(words);
    return region.wijken.find((w) => [w.id, w.name, ...w.aliases].some((a) => normalize(a) === want));
  }

  /** `/groep maak [wijk]` */
  private async make(ctx: CommandContext, words: string): Promise<Reply> {
    const { person } = ctx;
    const region = this.region(person?.region);
    if (!person || !region || !hasRole(person, ["gemeente", "admin"]))
      return privately("Een groep maken kan alleen de gemeente of een beheerder van een regio.");
    if (!this.deps.admin)
      return privately(
        "WhatsApp is op deze server niet ingesteld: er kan geen WhatsApp-groep gemaakt worden.",
      );
    const wijk = words ? this.findWijk(region, words) : undefined;
    if (words && !wijk)
      return privately(
        `"${words}" is geen wijk van ${region.name}. Wijken: ${region.wijken.map((w) => w.name).join(", ")}.`,
      );
    const wijkId = wijk?.id ?? null;
    const existing = await this.groupOf(region.id, wijkId);
    if (existing)
      return privately(
        `${this.where(region, wijkId)} heeft al een groep: ${existing.record.group?.subject}. Zie /groep leden.`,
      );
    const subject = `Schoolveiligheid ${this.where(region, wijkId)}`;
    const description = [
      `Het netwerk schoolveiligheid van ${this.where(region, wijkId)}: scholen, gemeente, wijkagent en partners (${region.covenant.short}).`,
      "De bot beantwoordt vragen over het convenant als je hem noemt of begint met een opdracht, zoals 'vraag wie is de wijkagent?'.",
      "Niet voor noodgevallen: bel 112. Geen namen of andere persoonsgegevens van leerlingen of ouders in deze groep; een signaal meld je anoniem in een eigen chat met de bot (/signaal).",
    ].join(" ");
    try {
      const { requestId } = await this.deps.admin.create(subject, description);
      await this.deps.ports.state.set<Creating>(
        CREATING,
        requestId,
        { region: region.id, wijk: wijkId, by: person.id, subject },
        this.now() + 24 * 60 * 60 * 1000,
      );
    } catch (e) {
      this.deps.logger.error("groups: create failed", { region: region.id, error: (e as Error).message });
      return privately(
        `WhatsApp kon de groep niet maken: ${(e as Error).message}. Probeer het later opnieuw.`,
      );
    }
    const invited = (await this.deps.ports.people.all()).filter(
      (p) => this.belongs(p, region, wijkId) && this.account(p),
    );
    return privately(
      `WhatsApp maakt de groep "${subject}" aan. Zodra die er is, stuur ik de uitnodigingslink privé naar ${invited.length} ${invited.length === 1 ? "persoon" : "mensen"} van het netwerk met WhatsApp in het rooster; wie daarna vraagt om lid te worden, laat ik toe als die in het rooster bij dit netwerk hoort. Een groep heeft plaats voor ${this.deps.admin.maxMembers} deelnemers.`,
    );
  }

  /** `/groep leden [wijk]` */
  private async members(ctx: CommandContext, words: string): Promise<Reply> {
    const region = this.region(ctx.person?.region);
    if (!ctx.person || !region || !hasRole(ctx.person, ["gemeente", "admin", "politie"]))
      return privately("De ledenlijst is voor de gemeente, beheerders en de politie van een regio.");
    const wijk = words ? (this.findWijk(region, words)?.id ?? null) : null;
    const groups = (await this.deps.ports.conversations.linkedTo(region.id, null)).filter(
      (c) => c.record.group && c.record.group.status !== "deleted" && (!words || c.record.wijk === wijk),
    );
    if (groups.length === 0) return privately("Er is (nog) geen groep. Maak er een met /groep maak <wijk>.");
    const people = await this.deps.ports.people.all();
    const lines = groups.map(({ record }) => {
      const g = record.group as ManagedGroup;
      const names = g.members.map((m) => {
        const p = people.find((x) => x.accounts.includes(`${this.platform}:${m}`));
        const school = region.schools.find((s) => s.id === p?.school)?.name;
        return p
          ? `- ${p.name} (${[...p.roles, school].filter(Boolean).join(", ")})`
          : `- niet in het rooster (${tail(m)})`;
      });
      const state = g.status === "suspended" ? " — geschorst door WhatsApp" : "";
      return `*${g.subject}*: ${g.members.length} van de ${this.deps.admin?.maxMembers ?? 8} plaatsen${state}\n${names.join("\n") || "- nog niemand"}`;
    });
    return privately(lines.join("\n\n"));
  }

  /** `/groep verwijder <naam>` */
  private async remove(ctx: CommandContext, name: string): Promise<Reply> {
    const region = this.region(ctx.person?.region);
    if (!ctx.person || !region || !hasRole(ctx.person, ["gemeente", "admin"]))
      return privately("Iemand uit een groep verwijderen kan alleen de gemeente of een beheerder.");
    if (!name) return privately("Wie? Stuur /groep verwijder <naam>, zoals /groep leden die noemt.");
    const people = await this.deps.ports.people.all();
    for (const { key, record } of await this.deps.ports.conversations.linkedTo(region.id, null)) {
      const g = record.group;
      if (!g || g.status === "deleted") continue;
      const member = g.members.find((m) => {
        const p = people.find((x) => x.accounts.includes(`${this.platform}:${m}`));
        return p && normalize(p.name).includes(normalize(name));
      });
      if (!member) continue;
      await this.deps.admin?.remove(key.slice(this.platform.length + 1), member);
      this.deps.logger.info("groups: member removed", { region: region.id });
      const who = people.find((x) => x.accounts.includes(`${this.platform}:${member}`))?.name ?? name;
      return privately(`${who} wordt uit ${g.subject} verwijderd.`);
    }
    return privately(`Niemand met de naam "${name}" zit in een groep van ${region.name}. Zie /groep leden.`);
  }

  /** `/groep uitleg [wijk]`: what the gemeente pastes into an old ad-hoc group. */
  private async explain(ctx: CommandContext, words: string): Promise<Reply> {
    const region = this.region(ctx.person?.region ?? ctx.region);
    const wijk = region && words ? this.findWijk(region, words) : undefined;
    const where = wijk?.name ?? region?.name ?? "de wijk";
    return privately(
      [
        "Plak dit bericht in de oude groep:",
        "",
        `We stappen over naar de groep "Schoolveiligheid ${where}", beheerd door de gemeente met de Convenantbot. Wie in het rooster van het netwerk staat, krijgt de uitnodigingslink privé van de bot; wie die niet kreeg, vraagt de gemeente om een uitnodiging (/aanmelden met de code). In de nieuwe groep beantwoordt de bot vragen over het convenant ("vraag wie is de wijkagent?"), komen de herinneringen voor het overleg en de meldingen van de gemeente. Deel er geen namen of andere persoonsgegevens van leerlingen of ouders; een signaal meld je anoniem in een eigen chat met de bot (/signaal). Bij nood: 112. Deze oude groep gebruiken we daarna niet meer.`,
      ].join("\n"),
    );
  }

  readonly feature: ChatFeature = {
    id: "groups",
    commands: {
      groep: async (ctx) => {
        const [verb = "", ...rest] = ctx.args.trim().split(/\s+/);
        const words = rest.join(" ").trim();
        switch (normalize(verb)) {
          case "maak":
          case "create":
            return this.make(ctx, words);
          case "leden":
          case "members":
            return this.members(ctx, words);
          case "verwijder":
          case "remove":
            return this.remove(ctx, words);
          case "uitleg":
          case "explain":
            return this.explain(ctx, words);
          default:
            return privately(
              "Gebruik: /groep maak <wijk> (een WhatsApp-groep voor het netwerk van een wijk), /groep leden, /groep verwijder <naam>, /groep uitleg (een bericht voor de oude groep).",
            );
        }
      },
    },
  };

  /** What happened to a group, as the platform reported it. */
  async groupEvent(event: GroupEvent): Promise<void> {
    const { ports, logger } = this.deps;
    if (!(await ports.events.first(`${event.platform}:group:${event.id}`, Date.now()))) return;
    const key = `${event.platform}:${event.group}`;
    if (event.kind === "created" || event.kind === "create-failed") return this.created(event);
    const record = await ports.conversations.get(key);
    const g = record?.group;
    const region = this.region(record?.region);
    if (!record || !g || !region) {
      logger.warn("groups: event for a group the bot does not manage", { kind: event.kind });
      if (event.kind === "join-request" && event.joinRequest)
        await this.deps.admin?.reject(event.group, event.joinRequest).catch(() => undefined);
      return;
    }
    const save = (change: Partial<ManagedGroup>) =>
      ports.conversations.patch(key, { group: { ...g, ...change } });
    const where = this.where(region, record.wijk);
    switch (event.kind) {
      case "join-request":
        return this.joinRequest(event, record, g, region);
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
        await this.tell(
          await this.gemeente(region.id),
          `WhatsApp heeft de groep ${g.subject} geschorst. Berichten van de bot (herinneringen, meldingen) komen er niet aan tot de schorsing is opgeheven; ze staan als mislukt in het afleverrapport.`,
          region.id,
          record.wijk,
          event.id,
        );
        return;
      case "suspension-cleared":
        await save({ status: "active" });
        await this.tell(
          await this.gemeente(region.id),
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

  private async created(event: GroupEvent): Promise<void> {
    const { ports, logger } = this.deps;
    const creating = event.requestId
      ? await ports.state.take<Creating>(CREATING, event.requestId, this.now())
      : undefined;
    if (!creating) {
      logger.warn("groups: created group without a request of ours", { kind: event.kind });
      return;
    }
    const region = this.region(creating.region) as RegionKnowledge;
    const by = await ports.people.byId(creating.by);
    if (event.kind === "create-failed") {
      logger.error("groups: the platform could not create the group", { reason: event.reason });
      if (by)
        await this.tell(
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
      createdAt: this.now(),
    };
    const record: Partial<ConversationRecord> = {
      region: region.id,
      wijk: creating.wijk,
      linkedBy: creating.by,
      linkedOn: new Date(this.now()).toISOString().slice(0, 10),
      group,
    };
    await ports.conversations.patch(`${event.platform}:${event.group}`, record);
    const network = (await ports.people.all()).filter((p) => this.belongs(p, region, creating.wijk));
    const invited = network.filter((p) => this.account(p));
    if (event.inviteLink) {
      const batch = `group-invite:${event.group}`;
      await this.deps.outbox.enqueue(
        { id: batch, kind: "report", region: region.id, wijk: creating.wijk, createdAt: this.now() },
        invited.map((p) => {
          const target = { platform: event.platform, conversation: this.account(p) as string };
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
    const missing = network.filter((p) => !this.account(p)).map((p) => p.name);
    if (by)
      await this.tell(
        [by],
        `De groep ${group.subject} is aangemaakt. De uitnodigingslink ging privé naar: ${invited.map((p) => p.name).join(", ") || "niemand"}.${missing.length > 0 ? ` Zonder WhatsApp-nummer in het rooster, dus niet uitgenodigd: ${missing.join(", ")}.` : ""} Zie /groep leden.`,
        region.id,
        creating.wijk,
        event.id,
      );
    logger.info("groups: group created", { region: region.id, invited: invited.length });
  }

  private async joinRequest(
    event: GroupEvent,
    record: ConversationRecord,
    g: ManagedGroup,
    region: RegionKnowledge,
  ): Promise<void> {
    const admin = this.deps.admin;
    if (!admin || !event.member || !event.joinRequest) return;
    const person = await this.deps.ports.people.byAccount(`${event.platform}:${event.member}`);
    const ok = person && this.belongs(person, region, record.wijk);
    if (ok && g.members.length >= admin.maxMembers) {
      await admin.reject(event.group, event.joinRequest);
      await this.tell(
        [person, ...(await this.gemeente(region.id))],
        `${person.name} vroeg om lid te worden van ${g.subject}, maar de groep is vol: WhatsApp staat ${admin.maxMembers} deelnemers toe. Maak plaats met /groep verwijder <naam>, daarna kan ${person.name} het opnieuw vragen met de link.`,
        region.id,
        record.wijk,
        event.id,
      );
      return;
    }
    if (ok) {
      await admin.approve(event.group, event.joinRequest);
      this.deps.logger.info("groups: join request approved", { region: region.id });
      return;
    }
    await admin.reject(event.group, event.joinRequest);
    this.deps.logger.warn("groups: join request refused (not in the network's roster)", {
      region: region.id,
    });
    await this.tell(
      await this.gemeente(region.id),
      `Iemand die niet in het rooster van dit netwerk staat (nummer ${tail(event.member)}) vroeg om lid te worden van ${g.subject}; de bot heeft dat geweigerd. Hoort diegene erbij? Nodig hem of haar uit met /uitnodigen en stuur daarna de link opnieuw.`,
      region.id,
      record.wijk,
      event.id,
    );
  }
}
