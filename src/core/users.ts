/**
 * The bot keeps a record of a user (a WhatsApp number with its region and the time of its last
 * message) only while it is used: someone without a role in the roster who has not written in
 * 90 days is forgotten.
 */
import type { Store } from "../storage/store.ts";
import type { Logger } from "./logger.ts";

export const USER_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes the records of inactive users without a role; returns how many. */
export async function pruneUsers(store: Store, logger: Logger, now = Date.now()): Promise<number> {
  const withRole = new Set(store.data.people.filter((p) => p.roles.length > 0).flatMap((p) => p.accounts));
  const cutoff = now - USER_RETENTION_DAYS * DAY_MS;
  const stale = Object.entries(store.data.users)
    .filter(([account, user]) => !withRole.has(account) && (user.lastMessageAt ?? 0) < cutoff)
    .map(([account]) => account);
  if (stale.length === 0) return 0;
  await store.update((d) => {
    for (const account of stale) delete d.users[account];
  });
  logger.info("inactive users removed", { count: stale.length });
  return stale.length;
}
