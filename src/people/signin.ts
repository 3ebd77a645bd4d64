/**
 * One-time sign-in links: the bot sends one privately to a person on a platform where they
 * are known (the roster), and opening it starts a browser session bound to that person. The
 * web chat uses them now; the coordinator dashboard will use the same links.
 */
import { createHash, randomBytes } from "node:crypto";
import type { StatePort } from "../model/ports.ts";

export interface SignInLinks {
  /** A new single-use token for the person, valid for `ttlMs`. */
  create(personId: string): Promise<{ token: string; expiresAt: number }>;
  /** The person a token was made for; the token is used up. Undefined when unknown, used or expired. */
  redeem(token: string): Promise<string | undefined>;
}

export const SIGN_IN_TTL_MS = 10 * 60 * 1000;

/**
 * Kept as conversation state under a hash of the token, so that a link the bot made in one
 * instance opens in another, once; a restart of a single process forgets open links, which
 * only means asking the bot for a new one.
 */
export function createSignInLinks(
  state: Pick<StatePort, "set" | "take">,
  now: () => number = Date.now,
  ttlMs = SIGN_IN_TTL_MS,
  /** Links of one use (the web chat, the dashboard) open nothing of another. */
  scope = "sign-in",
): SignInLinks {
  const key = (token: string) => createHash("sha256").update(token).digest("hex");
  return {
    async create(personId) {
      const token = randomBytes(24).toString("base64url");
      const expiresAt = now() + ttlMs;
      await state.set(scope, key(token), personId, expiresAt);
      return { token, expiresAt };
    },
    redeem: (token) => state.take<string>(scope, key(token), now()),
  };
}
