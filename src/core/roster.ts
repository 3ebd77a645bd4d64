/** The roster: platform accounts to people and their roles, seeded from config/roster.yaml. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ConvenantbotError } from "../errors.ts";
import { formatPath } from "../knowledge/loader.ts";
import type { Person, Store } from "../storage/store.ts";
import type { Platform } from "./message.ts";

export const ROSTER_ROLES = ["directeur", "gemeente", "politie", "partner", "admin"] as const;
export type RosterRole = (typeof ROSTER_ROLES)[number];

const rosterSchema = z.strictObject({
  people: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      roles: z.array(z.enum(ROSTER_ROLES)).min(1),
      region: z.string().optional(),
      school: z.string().optional(),
      accounts: z.array(z.string().regex(/^(slack|teams|whatsapp|web|cli):.+$/, "use <platform>:<user id>")),
    }),
  ),
});

export function defaultRosterFile(): string {
  return join(import.meta.dirname, "..", "..", "config", "roster.yaml");
}

/** Reads and validates a roster file. */
export function readRoster(file: string): Person[] {
  if (!existsSync(file)) return [];
  const result = rosterSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success) {
    const i = result.error.issues[0];
    throw new ConvenantbotError(
      `${file}${i ? ` at ${formatPath(i.path)}: ${i.message}` : ""}`,
      "config_invalid",
    );
  }
  return result.data.people;
}

/** Seeds the store's roster from the file when the store has none yet. */
export async function seedRoster(store: Store, people: Person[]): Promise<void> {
  if (store.data.people.length > 0 || people.length === 0) return;
  await store.update((d) => {
    d.people = structuredClone(people);
  });
}

export function findPerson(store: Store, platform: Platform, userId: string): Person | undefined {
  const account = `${platform}:${userId}`;
  return store.data.people.find((p) => p.accounts.includes(account));
}

export function hasRole(person: Person | undefined, roles: readonly RosterRole[]): boolean {
  return !!person && person.roles.some((r) => (roles as readonly string[]).includes(r));
}
