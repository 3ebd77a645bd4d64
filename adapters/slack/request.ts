/**
 * Checks on a Slack request before Bolt sees it. Bolt's receiver assumes that a signed body
 * parses to an object (a signed `null` made it throw outside any handler, which ended the
 * process), and it refuses old timestamps but not ones from the future.
 */
import type { IncomingMessage } from "node:http";
import { HTTPModuleFunctions } from "@slack/bolt";
import { readBody } from "../../src/server/http.ts";

/** How far a request's timestamp may lie ahead of our clock. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type Precheck = { ok: true } | { ok: false; status: 400 | 401; reason: string };

type Buffered = IncomingMessage & { rawBody: Buffer };

export async function precheck(req: IncomingMessage, now = Date.now()): Promise<Precheck> {
  const buffered = req as Buffered;
  // Bolt takes a body that is already read from here instead of the (consumed) stream.
  buffered.rawBody = await readBody(req);
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  if (Number.isFinite(timestamp) && timestamp - now / 1000 > MAX_CLOCK_SKEW_S)
    return { ok: false, status: 401, reason: "timestamp in the future" };
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return { ok: false, status: 400, reason: "malformed body" };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, status: 400, reason: "body is not an object" };
  return { ok: true };
}
