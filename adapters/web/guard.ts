/**
 * Requests to the web chat must come from its own pages: the Host is this server's (no DNS
 * rebinding), a POST carries an Origin of the same site (no cross-site forms or scripts), and
 * the API reads JSON only, which a cross-site form cannot send without the browser asking first.
 */
import type { IncomingMessage } from "node:http";
import { isLoopback, notFromThisMachine } from "../../src/kernel/http.ts";

export interface Guard {
  /** Why the request is refused (an HTTP status and a message), or undefined when it may pass. */
  check(req: IncomingMessage, opts: { json: boolean }): { status: number; error: string } | undefined;
}

/**
 * In demo mode, where the browser chooses who it is, only requests made on this machine pass:
 * a loopback Host and no proxy headers.
 */
export function createGuard(publicUrl: string | undefined, mode: "demo" | "signin" = "signin"): Guard {
  const publicOrigin = publicUrl ? new URL(publicUrl) : undefined;
  const hostAllowed = (host: string) => {
    if (!URL.canParse(`http://${host}`)) return false;
    const name = new URL(`http://${host}`).hostname;
    return isLoopback(name) || (publicOrigin !== undefined && name === publicOrigin.hostname);
  };
  return {
    check(req, { json }) {
      const host = req.headers.host ?? "";
      if (mode === "demo" && notFromThisMachine(req))
        return {
          status: 403,
          error: "The demo web chat answers only on this machine, never through a proxy.",
        };
      if (!hostAllowed(host))
        return { status: 421, error: "This server does not answer for that host name." };
      const origin = req.headers.origin;
      const unsafe = req.method !== "GET" && req.method !== "HEAD";
      if (unsafe || origin !== undefined) {
        const sameSite =
          origin !== undefined &&
          URL.canParse(origin) &&
          (new URL(origin).host === host || new URL(origin).origin === publicOrigin?.origin);
        if (!sameSite) return { status: 403, error: "Requests from other sites are refused." };
      }
      if (json && unsafe) {
        const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
        if (type !== "application/json") return { status: 415, error: "Send application/json." };
      }
      return undefined;
    },
  };
}
