/**
 * Browser sessions of the web chat, kept in memory and named by an http-only cookie. A demo
 * session is a visitor of the local demo; a signed-in session belongs to a roster person.
 * Each session has its own conversation and its own rate limit, so one visitor cannot use
 * up another's or read another's messages.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const COOKIE = "convenantbot_session";

export interface WebSession {
  /** The cookie value: secret, never stored or logged. */
  token: string;
  /** This browser's conversation with the bot (replies and reports go here). */
  conversationId: string;
  /** The signed-in person; absent in the demo. */
  personId?: string;
  expiresAt: number;
  /** Times of recent messages and clicks, for the rate limit. */
  recent: number[];
}

export interface SessionOptions {
  ttlMs: number;
  /** Messages and clicks per minute per session (and per signed-in person across sessions). */
  perMinute: number;
  secureCookie: boolean;
  now?: () => number;
}

const MAX_SESSIONS = 10_000;

export function createSessions(opts: SessionOptions) {
  const now = opts.now ?? Date.now;
  const sessions = new Map<string, WebSession>();
  const perPerson = new Map<string, number[]>();

  const prune = () => {
    const t = now();
    for (const [k, s] of sessions) if (s.expiresAt <= t) sessions.delete(k);
    // The oldest go first when a flood of new sessions would fill memory.
    while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  };

  const within = (times: number[]) => times.filter((x) => now() - x < 60_000);

  return {
    create(personId?: string): WebSession {
      prune();
      const s: WebSession = {
        token: randomBytes(24).toString("base64url"),
        conversationId: `web-${randomBytes(9).toString("base64url")}`,
        ...(personId ? { personId } : {}),
        expiresAt: now() + opts.ttlMs,
        recent: [],
      };
      sessions.set(s.token, s);
      return s;
    },
    /** The session named by the request's cookie, if it is current. */
    of(req: IncomingMessage): WebSession | undefined {
      const cookie = req.headers.cookie ?? "";
      const token = cookie
        .split(";")
        .map((c) => c.trim().split("="))
        .find(([k]) => k === COOKIE)?.[1];
      const s = token ? sessions.get(token) : undefined;
      if (!s || s.expiresAt <= now()) return undefined;
      return s;
    },
    /** Whether the person has a current session. */
    signedIn(personId: string): boolean {
      const t = now();
      for (const s of sessions.values()) if (s.personId === personId && s.expiresAt > t) return true;
      return false;
    },
    end(s: WebSession): void {
      sessions.delete(s.token);
    },
    /** Counts one message or click; false when the session (or its person) is over the limit. */
    allow(s: WebSession): boolean {
      s.recent = within(s.recent);
      const person = s.personId ? within(perPerson.get(s.personId) ?? []) : [];
      if (s.recent.length >= opts.perMinute || person.length >= opts.perMinute) return false;
      s.recent.push(now());
      if (s.personId) perPerson.set(s.personId, [...person, now()]);
      return true;
    },
    cookie(s: WebSession): string {
      const maxAge = Math.max(0, Math.floor((s.expiresAt - now()) / 1000));
      return `${COOKIE}=${s.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${opts.secureCookie ? "; Secure" : ""}`;
    },
    clearCookie(): string {
      return `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${opts.secureCookie ? "; Secure" : ""}`;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
