/** Starts the whole app on a free port with an in-memory store, for end-to-end tests. */
import { loadConfig } from "../src/config.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import { type RunningApp, startApp } from "../src/main.ts";
import { Store } from "../src/storage/store.ts";

export async function startTestApp(
  env: Record<string, string> = {},
  options: { teamsToken?: () => string } = {},
) {
  const logger = createMemoryLogger();
  const store = await Store.memory();
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", STORE: "memory", ...env });
  const app: RunningApp = await startApp({ config, logger, store, ...options });
  return { app, logger, store, url: `http://127.0.0.1:${app.http.port}` };
}
