/**
 * A small client for the WhatsApp Cloud API's messages endpoint and its Groups API. Written
 * here rather than taken from whatsapp-api-js because the bot needs only a few message shapes,
 * the group endpoints (which that library does not cover) and a configurable Graph base URL
 * (for a local fake in tests), which that library hard-codes; Meta's own Node SDK is archived.
 */
import type { Logger } from "../../src/kernel/logger.ts";

export const GRAPH_API_URL = "https://graph.facebook.com/v21.0";

export class WhatsAppApiError extends Error {
  readonly status: number;
  readonly code: number | undefined;
  /** The API asked to slow down (HTTP 429, or error 130429 / 131056). */
  readonly rateLimited: boolean;
  constructor(status: number, code: number | undefined, message: string) {
    super(message);
    this.name = "WhatsAppApiError";
    this.status = status;
    this.code = code;
    this.rateLimited = status === 429 || code === 130429 || code === 131056;
  }
}

export interface WhatsAppClientConfig {
  accessToken: string;
  phoneNumberId: string;
  /** WHATSAPP_API_URL; Meta's Graph API when absent. */
  baseUrl?: string;
  logger: Logger;
}

export interface Button {
  id: string;
  title: string;
}

export class WhatsAppClient {
  private readonly config: WhatsAppClientConfig;
  constructor(config: WhatsAppClientConfig) {
    this.config = config;
  }

  /** One Graph API call; an error response becomes a WhatsAppApiError. */
  private async call<T>(
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: Record<string, unknown>,
  ): Promise<T> {
    const base = (this.config.baseUrl ?? GRAPH_API_URL).replace(/\/$/, "");
    const res = await fetch(`${base}/${path}`, {
      method,
      headers: { authorization: `Bearer ${this.config.accessToken}`, "content-type": "application/json" },
      ...(body ? { body: JSON.stringify({ messaging_product: "whatsapp", ...body }) } : {}),
    });
    const json = (await res.json().catch(() => ({}))) as T & { error?: { code?: number; message?: string } };
    if (!res.ok || json.error) {
      throw new WhatsAppApiError(res.status, json.error?.code, json.error?.message ?? `HTTP ${res.status}`);
    }
    return json;
  }

  private async send(payload: Record<string, unknown>): Promise<string | undefined> {
    const body = await this.call<{ messages?: Array<{ id: string }> }>(
      "POST",
      `${this.config.phoneNumberId}/messages`,
      { recipient_type: "individual", ...payload },
    );
    return body.messages?.[0]?.id;
  }

  /** A text message (WhatsApp allows 4,096 characters). */
  sendText(to: string, text: string): Promise<string | undefined> {
    return this.send({ to, type: "text", text: { body: text.slice(0, 4096), preview_url: false } });
  }

  /** A text message into a group the business manages (groups take no interactive messages). */
  sendGroupText(group: string, text: string): Promise<string | undefined> {
    return this.send({
      recipient_type: "group",
      to: group,
      type: "text",
      text: { body: text.slice(0, 4096), preview_url: false },
    });
  }

  /** Starts creating an invite-only group; the group id and link come in a group_lifecycle_update webhook. */
  async createGroup(subject: string, description: string, approvalRequired: boolean): Promise<string> {
    const body = await this.call<{ request_id?: string }>("POST", `${this.config.phoneNumberId}/groups`, {
      subject: subject.slice(0, 128),
      description: description.slice(0, 2048),
      join_approval_mode: approvalRequired ? "approval_required" : "auto_approve",
    });
    if (!body.request_id) throw new WhatsAppApiError(200, undefined, "no request_id in the answer");
    return body.request_id;
  }

  /** Approves (or, with DELETE, rejects) join requests of a group. */
  async joinRequests(group: string, ids: string[], approve: boolean): Promise<void> {
    await this.call(approve ? "POST" : "DELETE", `${encodeURIComponent(group)}/join_requests`, {
      join_requests: ids,
    });
  }

  /** Removes participants from a group. */
  async removeParticipants(group: string, members: string[]): Promise<void> {
    await this.call("DELETE", `${encodeURIComponent(group)}/participants`, {
      participants: members.map((user) => ({ user })),
    });
  }

  /** A message with up to three reply buttons (body at most 1,024 characters, titles 20). */
  sendButtons(to: string, text: string, buttons: Button[]): Promise<string | undefined> {
    return this.send({
      to,
      type: "interactive",
      interactive: {
        type: "button",
        body: { text: text.slice(0, 1024) },
        action: {
          buttons: buttons
            .slice(0, 3)
            .map((b) => ({ type: "reply", reply: { id: b.id.slice(0, 256), title: b.title.slice(0, 20) } })),
        },
      },
    });
  }

  /** A list message: a button that opens up to ten choices (titles 24 characters). */
  sendList(to: string, text: string, label: string, rows: Button[]): Promise<string | undefined> {
    return this.send({
      to,
      type: "interactive",
      interactive: {
        type: "list",
        body: { text: text.slice(0, 1024) },
        action: {
          button: label.slice(0, 20),
          sections: [
            {
              title: label.slice(0, 24),
              rows: rows.slice(0, 10).map((r) => ({ id: r.id.slice(0, 200), title: r.title.slice(0, 24) })),
            },
          ],
        },
      },
    });
  }

  /** An approved template, for messages outside the 24-hour customer-service window. */
  sendTemplate(
    to: string,
    name: string,
    language: string,
    parameters: string[],
    /** Payloads of the template's quick-reply buttons, in order: a tap comes back as a "button" message with it. */
    quickReplies: string[] = [],
  ): Promise<string | undefined> {
    return this.send({
      to,
      type: "template",
      template: {
        name,
        language: { code: language },
        components: [
          { type: "body", parameters: parameters.map((text) => ({ type: "text", text })) },
          ...quickReplies.map((payload, index) => ({
            type: "button",
            sub_type: "quick_reply",
            index: String(index),
            parameters: [{ type: "payload", payload }],
          })),
        ],
      },
    });
  }
}
