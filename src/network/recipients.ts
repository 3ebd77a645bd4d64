/**
 * Who a region's (or wijk's) network is: the conversations linked to it, the members who
 * linked their own direct chat, and the roster's people of the region on WhatsApp and in the
 * web chat. Nobody outside the roster is reached.
 */
import { actsFor } from "../core/roster.ts";
import type { Outbox } from "../delivery/outbox.ts";
import type { IncomingMessage } from "../kernel/message.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { splitKey, type Target, targetKey } from "../model/delivery.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";

export interface RecipientDeps {
  ports: Pick<StoragePorts, "people" | "conversations" | "users">;
  knowledge: KnowledgeBase;
  outbox: Pick<Outbox, "reaches" | "can">;
}

/** Every conversation linked to the region (or wijk), and the region's people on WhatsApp. */
export async function networkOf(
  deps: RecipientDeps,
  region: string,
  wijk: string | null,
  except: Target[] = [],
): Promise<Target[]> {
  const { ports } = deps;
  const skip = new Set(except.map(targetKey));
  const out = new Map<string, Target>();
  const add = (t: Target) => {
    const k = targetKey(t);
    if (!skip.has(k)) out.set(k, t);
  };
  // Who is in a group the bot manages that this message reaches is reached there.
  const inGroups = new Set<string>();
  for (const { key, record } of await ports.conversations.linkedTo(region, wijk)) {
    const [platform, conversation] = splitKey(key);
    // Web chats are reached through their people (below), not as conversations.
    if (platform === "web" || platform === "cli") continue;
    if (record.group?.status === "deleted") continue;
    add({ platform, conversation });
    for (const member of record.group?.members ?? []) inGroups.add(`${platform}:${member}`);
  }
  // Members who linked their own direct chat to the region (a Slack user id is also the
  // address of the direct conversation with the bot), and the roster's people of the region
  // on WhatsApp and in the web chat, are part of its network. Nobody else is.
  const schools = deps.knowledge.regions.find((r) => r.id === region)?.schools ?? [];
  const people = await ports.people.all();
  for (const { key } of await ports.users.inRegion(region, wijk)) {
    const [platform, id] = splitKey(key);
    // A user who wrote in a direct chat is reached there, where the account is the address.
    if (!deps.outbox.can(platform, "directByAccount")) continue;
    if (
      !actsFor(
        people.find((p) => p.accounts.includes(key)),
        region,
      )
    )
      continue;
    add({ platform, conversation: id });
  }
  for (const p of people) {
    if (p.region !== region) continue;
    if (wijk && schools.find((s) => s.id === p.school)?.wijk !== wijk) continue;
    for (const target of personalTargets(deps, p, inGroups)) add(target);
  }
  return [...out.values()];
}

/**
 * Where a person is reached one to one: on a platform where the bot is in no group, or where
 * it knows its groups' members and the person is in none that the message reaches (WhatsApp);
 * and the web chat while they have it open.
 */
export function personalTargets(
  deps: RecipientDeps,
  person: Person,
  inGroups: ReadonlySet<string> = new Set(),
): Target[] {
  const out: Target[] = [];
  for (const a of person.accounts) {
    const [platform, id] = splitKey(a);
    if (!deps.outbox.can(platform, "directByAccount")) continue;
    if (
      !deps.outbox.can(platform, "groups") ||
      (deps.outbox.can(platform, "knowsGroupMembers") && !inGroups.has(a))
    )
      out.push({ platform, conversation: id });
  }
  const web: Target = { platform: "web", conversation: person.id };
  if (deps.outbox.reaches(web)) out.push(web);
  return out;
}

/** The sender's own conversations, which a message they send does not go back to. */
export function ownTargets(
  deps: RecipientDeps,
  message: IncomingMessage,
  person: Person | undefined,
): Target[] {
  const own: Target[] = [];
  if (message.conversation.kind === "direct")
    own.push({ platform: message.conversation.platform, conversation: message.conversation.id });
  if (person) own.push(...personalTargets(deps, person));
  return own;
}
