/**
 * One-time sign-in links: the bot sends one privately to a person on a platform where they
 * are known (the roster), and opening it starts a browser session bound to that person. The
 * web chat uses them now; the coordinator dashboard will use the same links.
 */
import { randomBytes } from "node:crypto";

export interface SignInLinks {
  /** A new single-use token for the person, valid for `ttlMs`. */
  create(personId: string): { token: string; expiresAt: number };
  /** The person a token was made for; the token is used up. Undefined when unknown, used or expired. */
  redeem(token: string): string | undefined;
}

export const SIGN_IN_TTL_MS = 10 * 60 * 1000;

/** In memory: a restart invalidates open links, which only means asking the bot for a new one. */
export function createSignInLinks(now: () => number = Date.now, ttlMs = SIGN_IN_TTL_MS): SignInLinks {
  const open = new Map<string, { personId: string; expiresAt: number }>();
  const prune = () => {
    const t = now();
    for (const [k, v] of open) if (v.expiresAt <= t) open.delete(k);
  };
  return {
    create(personId) {
      prune();
      const token = randomBytes(24).toString("base64url");
      const expiresAt = now() + ttlMs;
      open.set(token, { personId, expiresAt });
      return { token, expiresAt };
    },
    redeem(token) {
      const link = open.get(token);
      open.delete(token);
      if (!link || link.expiresAt <= now()) return undefined;
      return link.personId;
    },
  };
}
