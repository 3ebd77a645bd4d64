/** The errors live in the kernel; this path keeps older imports working. */
export * from "./kernel/errors.ts";
