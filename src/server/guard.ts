/**
 * Keeps the server up when an error escapes every handler (a library that throws outside its
 * own error handling, a promise nobody awaits): it is logged as an error with its stack, and
 * the server goes on answering. Without this, Node ends the process on the first one.
 */
import { errorFields, type Logger } from "../core/logger.ts";

export { errorFields };

/** Installs the handlers; the function it returns removes them. */
export function guardProcess(logger: Logger, proc: NodeJS.Process = process): () => void {
  const rejected = (reason: unknown) => logger.error("unhandled promise rejection", errorFields(reason));
  const thrown = (error: unknown) => logger.error("uncaught exception", errorFields(error));
  proc.on("unhandledRejection", rejected);
  proc.on("uncaughtException", thrown);
  return () => {
    proc.off("unhandledRejection", rejected);
    proc.off("uncaughtException", thrown);
  };
}
