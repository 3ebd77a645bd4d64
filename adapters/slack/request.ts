/**
 * Checks on a Slack request before Bolt sees it. Bolt's receiver assumes that a signed body
 * parses to an object whose fields have the types Slack sends (a signed `null`, or an event
 * that is a number, made it throw outside any handler), and it refuses old timestamps but not
 * ones from the future. Bolt tells events, commands and actions apart by which field is
 * present; the shape of each is checked the same way here.
 */
import type { IncomingMessage } from "node:http";
import { HTTPModuleFunctions } from "@slack/bolt";
import { z } from "zod";
import { readBody } from "../../src/kernel/http.ts";

/** How far a request's timestamp may lie ahead of our clock. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type Precheck = { ok: true } | { ok: false; status: 400 | 401; reason: string };

type Buffered = IncomingMessage & { rawBody: Buffer };

const id = z.string().max(255);
const text = z.string().max(40_000);

/** An Events API callback: the fields Bolt and our listeners read, with their types. */
const eventEnvelope = z.looseObject({
  event_id: id.min(1),
  event: z.looseObject({
    type: id.min(1),
    channel: z.union([id, z.looseObject({ id })]).optional(),
    channel_id: id.optional(),
    channel_type: id.optional(),
    item: z.looseObject({ channel: id.optional() }).optional(),
    user: id.optional(),
    bot_id: id.optional(),
    subtype: id.optional(),
    text: text.optional(),
    ts: id.optional(),
    thread_ts: id.optional(),
    parent_user_id: id.optional(),
  }),
});

/** A slash command (a form: every value is a string). */
const command = z.looseObject({
  command: id.regex(/^\/\S+$/, "not a slash command"),
  text: text.optional(),
  channel_id: id,
  channel_name: id.optional(),
  user_id: id,
  user_name: id.optional(),
  trigger_id: id.optional(),
  response_url: z.url().max(2_000).optional(),
});

/** A click on a button (block_actions). */
const actions = z.looseObject({
  type: id,
  user: z.looseObject({ id }),
  channel: z.looseObject({ id }).optional(),
  response_url: z.url().max(2_000).optional(),
  actions: z
    .array(
      z.looseObject({
        action_id: id,
        block_id: id.optional(),
        type: id.optional(),
        value: z.string().max(2_000).optional(),
        action_ts: id.optional(),
      }),
    )
    .min(1)
    .max(25),
});

/**
 * What else Slack sends to this app: the URL check when the app is set up, the certificate
 * check, and the notice that events are being rate limited. The app has no shortcuts, dialogs
 * or menus; Bolt would hold such a request for three seconds and answer 404.
 */
const other = z.union([
  z.looseObject({ type: z.literal("url_verification"), challenge: id }),
  z.looseObject({ type: z.literal("app_rate_limited") }),
  z.looseObject({ ssl_check: id }),
]);

/**
 * Bolt keeps a client per workspace in a plain object keyed by team or enterprise id, so an id
 * such as "constructor" found the object's prototype and failed with a 500. Slack's ids are
 * capitals and digits; every field Bolt takes a team or enterprise id from must be one.
 */
const SLACK_ID = /^[A-Z0-9]{1,64}$/;
const TEAM_KEYS = new Set(["team_id", "enterprise_id", "app_installed_team_id"]);

function badWorkspaceId(value: unknown, depth = 0): string | undefined {
  if (typeof value !== "object" || value === null || depth > 4) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const idField = TEAM_KEYS.has(k) || ((k === "team" || k === "enterprise") && typeof v !== "object");
    if (idField && v !== null && v !== undefined && !(typeof v === "string" && SLACK_ID.test(v))) return k;
    if ((k === "team" || k === "enterprise") && typeof v === "object" && v !== null) {
      const inner = (v as { id?: unknown }).id;
      if (inner !== undefined && inner !== null && !(typeof inner === "string" && SLACK_ID.test(inner)))
        return `${k}.id`;
    }
    const deeper = badWorkspaceId(v, depth + 1);
    if (deeper) return `${k}.${deeper}`;
  }
  return undefined;
}

function shapeOf(body: Record<string, unknown>): z.ZodType {
  if (body.event !== undefined) return eventEnvelope;
  if (body.command !== undefined) return command;
  if (body.actions !== undefined) return actions;
  return other;
}

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
  const workspace = badWorkspaceId(body);
  if (workspace) return { ok: false, status: 400, reason: `unexpected payload at ${workspace}` };
  const shape = shapeOf(body as Record<string, unknown>).safeParse(body);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return { ok: false, status: 400, reason: `unexpected payload at ${issue?.path.join(".") || "(root)"}` };
  }
  return { ok: true };
}
