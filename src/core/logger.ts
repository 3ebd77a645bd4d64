/** The logger lives in the kernel; this path keeps older imports working. */
export * from "../kernel/logger.ts";
