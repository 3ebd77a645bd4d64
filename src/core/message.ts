/** The message model lives in the kernel; this path keeps older imports working. */
export * from "../kernel/message.ts";
