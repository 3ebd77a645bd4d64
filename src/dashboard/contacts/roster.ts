/**
 * The region's contacts in the roster: adding one or replacing whoever holds that role for
 * that place, dropping one, and what an import would change; every change goes in the audit log.
 */
import { randomBytes } from "node:crypto";
import type { RegionKnowledge } from "../../knowledge/schema.ts";
import type { Person, PersonContact } from "../../model/people.ts";
import type { StoragePorts } from "../../model/ports.ts";
import type { Ctx } from "../shell.ts";
import { type Entry, placeKey } from "./entries.ts";

export interface RosterDeps {
  ports: Pick<StoragePorts, "people" | "audit">;
  now: () => number;
}

export interface Change {
  kind: "nieuw" | "gewijzigd" | "gelijk";
  entry: Entry;
  /** The roster person who holds the role for that place now. */
  holder?: string;
}

const today = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The people of the region's roster who are a contact. */
export const rosterContacts = async (ports: Pick<StoragePorts, "people">, region: RegionKnowledge) =>
  (await ports.people.all()).filter((p) => p.region === region.id && p.contact && !p.demo);

/** Adds the contact, or replaces whoever holds that role for that place in the store. */
export async function put(deps: RosterDeps, ctx: Ctx, entry: Entry, via: "hand" | "import"): Promise<void> {
  const { ports, now } = deps;
  const at = now();
  const holder = (await rosterContacts(ports, ctx.region)).find(
    (p) => p.contact && placeKey(p.contact) === placeKey(entry),
  );
  const contact: PersonContact = {
    role: entry.role,
    ...(entry.school ? { school: entry.school } : {}),
    ...(entry.wijk ? { wijk: entry.wijk } : {}),
    since: today(at),
    confirmed: today(at),
    ...(entry.phone ? { phone: entry.phone } : {}),
    ...(entry.email ? { email: entry.email } : {}),
    addedBy: ctx.person.id,
  };
  if (holder?.contact && holder.name === entry.name && holder.accounts.length === 0) {
    // The same person: new details, same entry.
    await ports.people.put({
      ...holder,
      contact: { ...holder.contact, ...contact, since: holder.contact.since },
    });
  } else {
    if (holder) await dropContact(deps, ctx, holder, "vervangen");
    await ports.people.put({
      id: `contact-${randomBytes(5).toString("hex")}`,
      name: entry.name,
      roles: [],
      region: ctx.region.id,
      accounts: [],
      contact,
    });
  }
  await ports.audit.add({
    at,
    by: ctx.person.id,
    action: holder ? "contact-changed" : "contact-added",
    region: ctx.region.id,
    subject: entry.name,
    ...(holder ? { before: { name: holder.name, ...holder.contact } } : {}),
    after: { name: entry.name, ...contact, via },
  });
}

/** The person stops being the contact; one who only was a contact leaves the roster. */
export async function dropContact(deps: RosterDeps, ctx: Ctx, person: Person, reason: string): Promise<void> {
  const { ports, now } = deps;
  const { contact, ...rest } = person;
  if (person.accounts.length === 0 && person.roles.length === 0) await ports.people.remove(person.id);
  else await ports.people.put(rest);
  await ports.audit.add({
    at: now(),
    by: ctx.person.id,
    action: "contact-removed",
    region: ctx.region.id,
    subject: person.name,
    before: contact,
    after: { reason },
  });
}

/** What applying the entries would change: new, changed or the same as who holds each place now. */
export async function changesOf(
  ports: Pick<StoragePorts, "people">,
  region: RegionKnowledge,
  entries: Entry[],
): Promise<Change[]> {
  const holders = await rosterContacts(ports, region);
  return entries.map((entry) => {
    const holder = holders.find((p) => p.contact && placeKey(p.contact) === placeKey(entry));
    const same =
      holder?.name === entry.name &&
      (holder.contact?.phone ?? "") === (entry.phone ?? "") &&
      (holder.contact?.email ?? "") === (entry.email ?? "");
    return {
      kind: !holder ? "nieuw" : same ? "gelijk" : "gewijzigd",
      entry,
      ...(holder ? { holder: holder.name } : {}),
    };
  });
}
