/**
 * The platform adapters the app runs: each one is started with its readiness reported, its
 * routes mounted on the server, its channel given to the outbox, and its stop kept for when
 * the app closes. A platform without all of its credentials has no adapter; the log says which
 * variables it misses.
 */
import type { Config } from "../config.ts";
import type { Logger } from "../core/logger.ts";
import type { Outbox } from "../delivery/outbox.ts";
import type { PlatformAdapter } from "../kernel/adapter.ts";
import type { DeliveryChannel } from "../kernel/delivery.ts";
import type { Route } from "./http.ts";
import type { Readiness } from "./readiness.ts";

/** Where a running adapter is reported, mounted and kept. */
export interface Platforms {
  readiness: Readiness;
  outbox: Pick<Outbox, "addChannel">;
  /** Adds routes to the server. */
  mount: (...added: Route[]) => void;
  /** Names of the adapters that run. */
  adapters: string[];
  /** What stops when the app closes. */
  stops: Array<() => Promise<void>>;
}

/** Starts a platform's adapter and puts it to work. */
export async function run(
  { readiness, outbox, mount, adapters, stops }: Platforms,
  name: string,
  adapter: PlatformAdapter & { channel: DeliveryChannel },
): Promise<void> {
  const ready = readiness.starting(name);
  await adapter.start();
  ready.started();
  mount(...adapter.routes);
  outbox.addChannel(adapter.channel, adapter.capabilities);
  adapters.push(name);
  stops.push(adapter.stop);
}

/** Logs each platform whose adapter does not run, and the variables it misses. */
export function logNotRunning(config: Config, logger: Logger): void {
  for (const [name, s] of [
    ["slack", config.slack],
    ["teams", config.teams],
    ["whatsapp", config.whatsapp],
  ] as const) {
    if (!s.enabled)
      logger.info(`${name} adapter not running`, {
        reason: `not configured: ${s.missing.join(", ")} not set`,
      });
  }
}
