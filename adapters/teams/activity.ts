/**
 * The shape of an inbound Teams activity, checked before the Teams SDK and our handlers see
 * it. The SDK reads fields without checking their types, and it puts the conversation id into
 * the URL of the reply: an id with a slash in it sent the reply elsewhere and a text that was
 * not a string ended the handler with an error (500). Only the fields that are read are
 * checked; the rest passes as it came.
 */
import { z } from "zod";

/** Ids go into Bot Framework URLs: no slashes, query or fragment characters, spaces or markup. */
const id = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[^\s/\\?#<>%"]+$/, "not a valid id");
const short = z.string().max(512);

const account = z.looseObject({
  id,
  name: short.optional(),
  aadObjectId: short.optional(),
});

export const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: short.optional(),
  serviceUrl: z.string().min(1).max(2_048),
  channelId: short.optional(),
  timestamp: short.optional(),
  locale: short.optional(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id,
    conversationType: short.optional(),
    tenantId: short.optional(),
  }),
  text: z.string().max(40_000).optional(),
  textFormat: short.optional(),
  entities: z
    .array(
      z
        .looseObject({
          type: short.optional(),
          text: z.string().max(2_000).optional(),
          mentioned: z.looseObject({ id: short.optional(), name: short.optional() }).optional(),
        })
        // The SDK reads `mentioned` of every mention when it strips the bot's name from the text.
        .refine((e) => e.type !== "mention" || e.mentioned !== undefined, "a mention without `mentioned`"),
    )
    .max(100)
    .optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: short.optional() }).optional() }).optional(),
});

export type ActivityShape = z.infer<typeof activitySchema>;

/** Why a body is not an activity this bot can handle, or undefined when it is one. */
export function activityProblem(body: unknown): string | undefined {
  const r = activitySchema.safeParse(body);
  if (r.success) return undefined;
  const issue = r.error.issues[0];
  return `${issue?.path.join(".") || "(root)"}: ${issue?.message}`;
}
