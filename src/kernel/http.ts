/** An HTTP route an adapter or feature mounts on the one server. */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Route {
  method: "GET" | "POST";
  /** An exact path, or a prefix ending in "/*" ("/calendar/*"). */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** Largest request body any route accepts: chat messages and webhooks are a few kB. */
export const MAX_BODY_BYTES = 256 * 1024;

export class PayloadTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new PayloadTooLargeError(`body of ${declared} bytes exceeds ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(`body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(data),
  });
  res.end(data);
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain; charset=utf-8",
): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Whether a host name is this machine (loopback). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}

/**
 * Whether a request came through a proxy, or is addressed to a name other than this machine.
 * Modes that trust whoever can reach them (the demo web chat, a Teams trial) answer neither:
 * a proxy on the same machine would otherwise publish them.
 */
export function notFromThisMachine(req: IncomingMessage): boolean {
  const h = req.headers;
  if (h.forwarded !== undefined || h["x-real-ip"] !== undefined) return true;
  if (Object.keys(h).some((name) => name.startsWith("x-forwarded-"))) return true;
  const host = h.host ?? "";
  return !URL.canParse(`http://${host}`) || !isLoopback(new URL(`http://${host}`).hostname);
}

/**
 * The route, answering only requests made on this machine: for the modes that trust whoever
 * reaches them, every route refuses a request through a proxy or to another host name.
 */
export function thisMachineOnly(route: Route): Route {
  return {
    ...route,
    handle: (req, res) =>
      notFromThisMachine(req)
        ? sendJson(res, 403, {
            error:
              "The demo web chat or Teams trial on this server answers only on this machine, never through a proxy or under another host name.",
          })
        : route.handle(req, res),
  };
}
