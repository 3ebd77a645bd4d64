/**
 * The ports in memory (tests, trials): the lowdb document ports over lowdb's Memory adapter,
 * so memory and the file behave the same by construction. Values are copied in and out, as a
 * database would.
 */

import type { StoragePorts } from "../../model/ports.ts";
import { createLowdbPorts } from "../lowdb/index.ts";
import { Store } from "../store.ts";

export async function createMemoryPorts(): Promise<StoragePorts> {
  return createLowdbPorts(await Store.memory());
}
