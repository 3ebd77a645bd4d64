/** The logger the core and adapters are given; nothing in library code prints by itself. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON line per event on the given stream (stderr by default). */
export function createJsonLogger(
  level: Level = "info",
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const log = (l: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[l] < ORDER[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields })}\n`);
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
