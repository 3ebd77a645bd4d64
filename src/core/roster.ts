/** The roster: platform accounts to people and their roles, seeded from config/roster.yaml. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ConvenantbotError } from "../errors.ts";
import { formatPath } from "../knowledge/loader.ts";
import type { Person, Store } from "../storage/store.ts";
import type { Logger } from "./logger.ts";
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
      accounts: z.array(z.string().regex(/^(slack|teams|whatsapp|cli):.+$/, "use <platform>:<user id>")),
    }),
  ),
});

export function defaultRosterFile(): string {
  return join(import.meta.dirname, "..", "..", "config", "roster.yaml");
}

/** The fictional people of the demo web chat. */
export function demoRosterFile(): string {
  return join(import.meta.dirname, "..", "..", "config", "demo-roster.yaml");
}

/** A fictional demo person (older stores marked them only by their demo web account). */
export const isDemoPerson = (p: Person) =>
  p.demo === true || p.accounts.some((a) => a.startsWith("web:demo-"));

/**
 * Demo people live only in demo mode: they are added to the store there, and removed from a
 * store that runs in any other mode, so that nobody can act as one on a real network.
 */
export async function applyDemoPeople(
  store: Store,
  demo: boolean,
  demoPeople: Person[],
  logger: Logger,
): Promise<void> {
  if (demo) {
    const missing = demoPeople.filter((p) => !store.data.people.some((q) => q.id === p.id));
    if (missing.length === 0) return;
    await store.update((d) => {
      d.people.push(...missing.map((p) => ({ ...structuredClone(p), demo: true })));
    });
    return;
  }
  const removed = store.data.people.filter(isDemoPerson).length;
  if (removed === 0) return;
  await store.update((d) => {
    d.people = d.people.filter((p) => !isDemoPerson(p));
  });
  logger.warn("demo people removed from the store: the web chat is not in demo mode", { removed });
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

/**
 * The person behind a platform account. On the web chat the adapter itself names the person
 * (the signed-in person's id, or the demo person the demo page chose), never the browser.
 */
export function findPerson(store: Store, platform: Platform, userId: string): Person | undefined {
  if (platform === "web") return store.data.people.find((p) => p.id === userId);
  const account = `${platform}:${userId}`;
  return store.data.people.find((p) => p.accounts.includes(account));
}

export function hasRole(person: Person | undefined, roles: readonly RosterRole[]): boolean {
  return !!person && person.roles.some((r) => (roles as readonly string[]).includes(r));
}

/**
 * Whether a person acts for a region: a national admin (an admin without a region) for
 * every region, anyone else for their own.
 */
export function actsFor(person: Person | undefined, region: string): boolean {
  if (!person) return false;
  if (person.roles.includes("admin") && !person.region) return true;
  return person.region === region;
}
