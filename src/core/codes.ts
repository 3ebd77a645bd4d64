/**
 * Short one-time codes people type (signal codes, invitation codes): eight characters in two
 * groups, from an alphabet without look-alikes (no 0/O, 1/I).
 */
import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A new code, "ABCD-EFGH". */
export function newCode(): string {
  const chars = [...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The code as typed ("abcd efgh", "ABCD-EFGH"), or undefined when it is no code. */
export function readCode(text: string): string | undefined {
  const plain = text.toUpperCase().replace(/[\s-]/g, "");
  if (plain.length !== 8 || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/** What is kept of a secret code: its SHA-256. */
export function codeHash(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}
