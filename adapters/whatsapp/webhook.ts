/** WhatsApp webhook: verification handshake, signature check over the raw body, payload parsing. */
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** Meta signs the raw body (its JSON escapes non-ASCII as \uXXXX) with the app secret. */
export function validSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from(createHmac("sha256", appSecret).update(rawBody).digest("hex"), "utf8");
  const given = Buffer.from(header.slice("sha256=".length), "utf8");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const messageSchema = z.looseObject({
  from: z.string(),
  id: z.string(),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.looseObject({ id: z.string(), title: z.string() }).optional(),
    })
    .optional(),
  button: z.looseObject({ payload: z.string().optional(), text: z.string() }).optional(),
  /** Set on a message written in a group the business manages. */
  group_id: z.string().optional(),
});

const participantsSchema = z.array(z.looseObject({ wa_id: z.string() })).optional();

/** One entry of `value.groups` in the Groups API webhooks (lifecycle, participants, status). */
const groupUpdateSchema = z.looseObject({
  timestamp: z.string().optional(),
  group_id: z.string().optional(),
  type: z.string(),
  request_id: z.string().optional(),
  subject: z.string().optional(),
  invite_link: z.string().optional(),
  join_request_id: z.string().optional(),
  wa_id: z.string().optional(),
  added_participants: participantsSchema,
  removed_participants: participantsSchema,
  initiated_by: z.string().optional(),
  errors: z
    .array(
      z.looseObject({ code: z.union([z.number(), z.string()]).optional(), message: z.string().optional() }),
    )
    .optional(),
});

export const webhookSchema = z.looseObject({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.looseObject({
      changes: z.array(
        z.looseObject({
          field: z.string(),
          value: z.looseObject({
            metadata: z.looseObject({ display_phone_number: z.string().optional() }).optional(),
            groups: z.array(groupUpdateSchema).optional(),
            contacts: z
              .array(
                z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string() }).optional() }),
              )
              .optional(),
            messages: z.array(messageSchema).optional(),
          }),
        }),
      ),
    }),
  ),
});

export type WhatsAppMessage = z.infer<typeof messageSchema>;
export type GroupUpdate = z.infer<typeof groupUpdateSchema>;
export type WebhookPayload = z.infer<typeof webhookSchema>;

/** How far a message's timestamp may lie ahead of our clock. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Why a message is not to be acted on by its time, or undefined when it is timely: older than
 * the window in which Meta redelivers (a replay; handled ids are not remembered longer), from
 * the future, or without a time.
 */
export function untimely(
  timestamp: string | undefined,
  maxAgeMs: number,
  now = Date.now(),
): string | undefined {
  const at = Number(timestamp) * 1000;
  if (!timestamp || !Number.isFinite(at)) return "no valid timestamp";
  if (now - at > maxAgeMs) return "older than the redelivery window";
  if (at - now > MAX_CLOCK_SKEW_MS) return "timestamp in the future";
  return undefined;
}
