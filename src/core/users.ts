/**
 * The bot keeps a record of a user (a WhatsApp number with its region and the time of its last
 * message) only while it is used: someone without a role in the roster who has not written in
 * 90 days is forgotten.
 */
import type { StoragePorts } from "../model/ports.ts";
import type { Logger } from "./logger.ts";

export const USER_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes the records of inactive users without a role; returns how many. */
export async function pruneUsers(
  ports: Pick<StoragePorts, "people" | "users">,
  logger: Logger,
  now = Date.now(),
): Promise<number> {
  const withRole = new Set(
    (await ports.people.all()).filter((p) => p.roles.length > 0).flatMap((p) => p.accounts),
  );
  const removed = await ports.users.prune(now - USER_RETENTION_DAYS * DAY_MS, withRole);
  if (removed > 0) logger.info("inactive users removed", { count: removed });
  return removed;
}
