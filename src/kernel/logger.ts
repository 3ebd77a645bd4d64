/** The logger the core and adapters are given; nothing in library code prints by itself. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

type Level = "debug" | "info" | "warn" | "error";

/** The fields that describe an error in a log line: its message and stack. */
export function errorFields(e: unknown): { error: string; stack?: string } {
  if (e instanceof Error) return e.stack ? { error: e.message, stack: e.stack } : { error: e.message };
  return { error: String(e) };
}
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON line per event on the given stream (stderr by default), stamped with the time
 * unless the fields bring a `time` of their own (a coarser one: see `withTime`).
 */
export function createJsonLogger(
  level: Level = "info",
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const log = (l: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[l] < ORDER[level]) return;
    const { time, ...rest } = fields ?? {};
    write(`${JSON.stringify({ time: time ?? new Date().toISOString(), level: l, msg, ...rest })}\n`);
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A logger that keeps its lines in memory, for tests that assert on what was logged. */
export function createMemoryLogger(): Logger & {
  lines: Array<{ level: Level; msg: string; fields?: Record<string, unknown> }>;
} {
  const lines: Array<{ level: Level; msg: string; fields?: Record<string, unknown> }> = [];
  const log = (level: Level) => (msg: string, fields?: Record<string, unknown>) => {
    lines.push(fields ? { level, msg, fields } : { level, msg });
  };
  return { lines, debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/**
 * A logger whose lines carry `time()` instead of the moment they are written: events that
 * must not tell when someone did something (a signal: only its ISO week) log through it.
 */
export function withTime(logger: Logger, time: () => string): Logger {
  const at = (log: Logger["info"]) => (msg: string, fields?: Record<string, unknown>) =>
    log(msg, { ...fields, time: time() });
  return { debug: at(logger.debug), info: at(logger.info), warn: at(logger.warn), error: at(logger.error) };
}
