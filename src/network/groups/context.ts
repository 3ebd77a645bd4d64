/**
 * What the group commands and the group events share: the dependencies, the networks the
 * groups belong to (who belongs, by which account on the group's platform), the group linked
 * to a region or wijk, and telling people privately.
 */
import type { Logger } from "../../core/logger.ts";
import type { Reply } from "../../core/message.ts";
import { hasRole } from "../../core/roster.ts";
import type { Outbox } from "../../delivery/outbox.ts";
import { directTarget } from "../../delivery/private.ts";
import { normalize } from "../../engine/text.ts";
import { targetKey } from "../../kernel/delivery.ts";
import type { GroupAdmin } from "../../kernel/groups.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../../knowledge/schema.ts";
import type { Person } from "../../model/people.ts";
import type { StoragePorts } from "../../model/ports.ts";

export interface GroupsDeps {
  ports: Pick<StoragePorts, "people" | "conversations" | "state" | "events">;
  knowledge: KnowledgeBase;
  outbox: Pick<Outbox, "enqueue" | "can">;
  /** The platform's group administration; absent while WhatsApp is not configured. */
  admin?: GroupAdmin;
  logger: Logger;
  now?: () => number;
}

export const CREATING = "group-create";
export const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });
/** The last four digits of a number: enough for the gemeente to recognise it, no more. */
export const tail = (number: string) => `…${number.slice(-4)}`;

export interface Creating {
  region: string;
  wijk: string | null;
  by: string;
  subject: string;
}

export class GroupsContext {
  readonly deps: GroupsDeps;

  constructor(deps: GroupsDeps) {
    this.deps = deps;
  }

  now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  get platform(): string {
    return this.deps.admin?.platform ?? "whatsapp";
  }

  region(id?: string | null): RegionKnowledge | undefined {
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

  account(person: Person): string | undefined {
    return person.accounts.find((a) => a.startsWith(`${this.platform}:`))?.slice(this.platform.length + 1);
  }

  async groupOf(region: string, wijk: string | null) {
    return (await this.deps.ports.conversations.linkedTo(region, wijk)).find(
      (c) =>
        c.key.startsWith(`${this.platform}:`) &&
        c.record.group &&
        c.record.group.status !== "deleted" &&
        c.record.wijk === wijk,
    );
  }

  where(region: RegionKnowledge, wijk: string | null): string {
    return region.wijken.find((w) => w.id === wijk)?.name ?? region.name;
  }

  /** Tells people privately, through the outbox, on a platform where the bot can write to them. */
  async tell(people: Person[], text: string, region: string, wijk: string | null, key: string) {
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

  async gemeente(region: string): Promise<Person[]> {
    return (await this.deps.ports.people.all()).filter(
      (p) => p.region === region && hasRole(p, ["gemeente"]) && !p.demo,
    );
  }

  findWijk(region: RegionKnowledge, words: string): Wijk | undefined {
    const want = normalize(words);
    return region.wijken.find((w) => [w.id, w.name, ...w.aliases].some((a) => normalize(a) === want));
  }
}
