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
