/** A fake WhatsApp Cloud (Graph) API, and helpers that sign webhooks like Meta does. */
import { createHmac } from "node:crypto";
import { type FakeApi, startFakeApi } from "./server.ts";

export const WA_SECRET = "test-app-secret";
export const WA_VERIFY = "test-verify-token";
export const WA_PHONE_ID = "1234567890";

/** Meta's timestamp of a message sent now: epoch seconds as a string. */
const now = () => String(Math.floor(Date.now() / 1000));

/**
 * Meta's Graph API as far as the bot uses it: messages (to a number or, with
 * `recipient_type: "group"`, a group), and the Groups API: creating a group (the group id and
 * invite link follow in a webhook, which a test posts with groupWebhook), approving and
 * rejecting join requests, removing participants. Every call needs the access token.
 */
export function startFakeGraph(): Promise<FakeApi> {
  let n = 0;
  let groups = 0;
  return startFakeApi((req) => {
    if (req.headers.authorization !== "Bearer test-access-token")
      return { status: 401, body: { error: { code: 190, message: "Invalid OAuth access token" } } };
    const body = req.body as { messaging_product?: string; recipient_type?: string; to?: string } | undefined;
    if (req.method === "POST" && req.path === `/${WA_PHONE_ID}/groups`) {
      const b = req.body as { subject?: string; description?: string; join_approval_mode?: string };
      if (!b?.subject || b.subject.length > 128 || (b.description ?? "").length > 2048)
        return { status: 400, body: { error: { code: 100, message: "Invalid parameter" } } };
      return { body: { messaging_product: "whatsapp", request_id: `req-${++groups}` } };
    }
    if (/^\/[^/]+\/join_requests$/.test(req.path) && (req.method === "POST" || req.method === "DELETE")) {
      const ids = (req.body as { join_requests?: string[] })?.join_requests;
      if (body?.messaging_product !== "whatsapp" || !Array.isArray(ids) || ids.length === 0)
        return { status: 400, body: { error: { code: 100, message: "Invalid parameter" } } };
      return { body: { messaging_product: "whatsapp", success: true } };
    }
    if (/^\/[^/]+\/participants$/.test(req.path) && req.method === "DELETE") {
      const people = (req.body as { participants?: Array<{ user?: string }> })?.participants;
      if (!Array.isArray(people) || people.some((p) => !p.user))
        return { status: 400, body: { error: { code: 100, message: "Invalid parameter" } } };
      return { body: { messaging_product: "whatsapp", success: true } };
    }
    if (req.method === "POST" && req.path === `/${WA_PHONE_ID}/messages`) {
      // Groups take text, media and templates, never interactive messages.
      if (body?.recipient_type === "group" && (req.body as { type?: string }).type === "interactive")
        return {
          status: 400,
          body: { error: { code: 131009, message: "Interactive messages are not supported in groups" } },
        };
      return {
        body: {
          messaging_product: "whatsapp",
          contacts: [{ wa_id: "x" }],
          messages: [{ id: `wamid.out${++n}` }],
        },
      };
    }
    return { status: 404, body: { error: { code: 100, message: "unknown path" } } };
  });
}

/** Serialises like Meta: JSON with every non-ASCII character escaped as \uXXXX. */
export function metaJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function textWebhook(from: string, text: string, id: string): unknown {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: "WABA1",
        changes: [
          {
            field: "messages",
            value: {
              messaging_product: "whatsapp",
              metadata: { display_phone_number: "31600000000", phone_number_id: WA_PHONE_ID },
              contacts: [{ wa_id: from, profile: { name: "Directeur Jansen" } }],
              messages: [{ from, id, timestamp: now(), type: "text", text: { body: text } }],
            },
          },
        ],
      },
    ],
  };
}

export function buttonWebhook(from: string, buttonId: string, title: string, id: string): unknown {
  const p = textWebhook(from, "", id) as {
    entry: Array<{ changes: Array<{ value: { messages: unknown[] } }> }>;
  };
  const change = p.entry[0]?.changes[0];
  if (change)
    change.value.messages = [
      {
        from,
        id,
        timestamp: now(),
        type: "interactive",
        interactive: { type: "button_reply", button_reply: { id: buttonId, title } },
      },
    ];
  return p;
}

export async function postWhatsApp(base: string, body: string, secret = WA_SECRET): Promise<Response> {
  const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
  return fetch(`${base}/whatsapp/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-signature-256": signature },
    body,
  });
}

/** A Groups API webhook (field group_lifecycle_update, group_participants_update or group_status_update). */
export function groupWebhook(field: string, update: Record<string, unknown>): unknown {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: "WABA1",
        changes: [
          {
            field,
            value: {
              messaging_product: "whatsapp",
              metadata: { display_phone_number: "31600000000", phone_number_id: WA_PHONE_ID },
              groups: [{ timestamp: now(), ...update }],
            },
          },
        ],
      },
    ],
  };
}

/** A text message written in a group the business manages. */
export function groupTextWebhook(group: string, from: string, text: string, id: string): unknown {
  const p = textWebhook(from, text, id) as {
    entry: Array<{ changes: Array<{ value: { messages: Array<Record<string, unknown>> } }> }>;
  };
  const m = p.entry[0]?.changes[0]?.value.messages[0];
  if (m) m.group_id = group;
  return p;
}

/** A tap on a template's quick-reply button: a "button" message carrying the payload. */
export function quickReplyWebhook(from: string, payload: string, text: string, id: string): unknown {
  const p = textWebhook(from, "", id) as {
    entry: Array<{ changes: Array<{ value: { messages: unknown[] } }> }>;
  };
  const change = p.entry[0]?.changes[0];
  if (change)
    change.value.messages = [{ from, id, timestamp: now(), type: "button", button: { payload, text } }];
  return p;
}
