/** A fake WhatsApp Cloud (Graph) API, and helpers that sign webhooks like Meta does. */
import { createHmac } from "node:crypto";
import { type FakeApi, startFakeApi } from "./server.ts";

export const WA_SECRET = "test-app-secret";
export const WA_VERIFY = "test-verify-token";
export const WA_PHONE_ID = "1234567890";

/** Meta's timestamp of a message sent now: epoch seconds as a string. */
const now = () => String(Math.floor(Date.now() / 1000));

export function startFakeGraph(): Promise<FakeApi> {
  let n = 0;
  return startFakeApi((req) => {
    if (req.method === "POST" && req.path === `/${WA_PHONE_ID}/messages`) {
      if (req.headers.authorization !== "Bearer test-access-token")
        return { status: 401, body: { error: { code: 190, message: "Invalid OAuth access token" } } };
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
