/** The roster: platform accounts to people and their roles, seeded from config/roster.yaml. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ConvenantbotError } from "../errors.ts";
import { formatPath } from "../knowledge/loader.ts";
import type { Person } from "../model/people.ts";
import type { PeoplePort } from "../model/ports.ts";
import type { Logger } from "./logger.ts";

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
  people: PeoplePort,
  demo: boolean,
  demoPeople: Person[],
  logger: Logger,
): Promise<void> {
  const present = await people.all();
  if (demo) {
    for (const p of demoPeople)
      if (!present.some((q) => q.id === p.id)) await people.put({ ...structuredClone(p), demo: true });
    return;
  }
  const demos = present.filter(isDemoPerson);
  const removed = demos.length;
  if (removed === 0) return;
  for (const p of demos) await people.remove(p.id);
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

/**
 * Seeds the store's roster from the file when the store has none yet. After that the store is
 * the source of truth (people join by invitation); a file that differs from it is logged,
 * with how many people differ, and changes nothing.
 */
export async function seedRoster(store: PeoplePort, people: Person[], logger?: Logger): Promise<void> {
  const stored = await store.all();
  if (stored.length === 0) {
    for (const p of people) await store.put(structuredClone(p));
    return;
  }
  const same = (a: Person, b: Person) =>
    JSON.stringify({ ...a, accounts: [...a.accounts].sort() }) ===
    JSON.stringify({ ...b, accounts: [...b.accounts].sort() });
  const differ = people.filter((p) => {
    const s = stored.find((x) => x.id === p.id);
    return !s || !same(s, p);
  }).length;
  if (differ > 0)
    logger?.warn("the roster file differs from the store; the store is used (people join with /uitnodigen)", {
      differ,
    });
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

type Lang = "nl" | "en";

/**
 * Who acts, for previews, limits and withdrawals: the person, and in the demo web chat (where
 * several browser tabs share one fictional person) the tab's session too, so that one tab
 * can neither confirm nor withdraw what another prepared.
 */
export type Acting = Person & { acting?: string; lang?: Lang };
export const actor = (p: Person): string => (p as Acting).acting ?? p.id;
/** The language the person gave this command in (English for /share). */
export const langOf = (p: Person | undefined): Lang | undefined => (p as Acting | undefined)?.lang;

/**
 * The person as they act in this message: with the session where one account has several,
 * and the language they used.
 */
export function acting(
  person: Person | undefined,
  session: string | undefined,
  lang?: Lang,
): Person | undefined {
  if (!person || (!session && lang !== "en")) return person;
  return {
    ...person,
    ...(session ? { acting: `${person.id}#${session}` } : {}),
    ...(lang === "en" ? { lang } : {}),
  } as Acting;
}
