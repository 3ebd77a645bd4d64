import type { Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../src/kernel/logger.ts";

type LogLevel = ReturnType<SlackLogger["getLevel"]>;

/** The Slack SDKs' logger interface over the project's logger. */
export function slackLogger(logger: Logger): SlackLogger {
  let level = "info" as LogLevel;
  return {
    // Bolt's debug output can contain payloads, message text included; it is dropped.
    debug: () => {},
    info: (...m: unknown[]) => logger.info(`slack: ${m.map(String).join(" ")}`),
    warn: (...m: unknown[]) => logger.warn(`slack: ${m.map(String).join(" ")}`),
    error: (...m: unknown[]) => logger.error(`slack: ${m.map(String).join(" ")}`),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
