/** Starts the whole app on a free port, for end-to-end tests: an in-memory store, or a file store in `dataDir`. */

import { type RunningApp, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import { Store, type StoreData } from "../src/storage/store.ts";

export async function startTestApp(
  env: Record<string, string> = {},
  options: { teamsToken?: () => string; dataDir?: string; seed?: (data: StoreData) => void } = {},
) {
  const logger = createMemoryLogger();
  const store = options.dataDir ? await Store.file(options.dataDir) : await Store.memory();
  if (options.seed) await store.update(options.seed);
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", STORE: "memory", ...env });
  const app: RunningApp = await startApp({
    config,
    logger,
    store,
    ...(options.teamsToken ? { teamsToken: options.teamsToken } : {}),
  });
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await store.close();
  };
  return { app, logger, store, url: `http://127.0.0.1:${app.http.port}` };
}
