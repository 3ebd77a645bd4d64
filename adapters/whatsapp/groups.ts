/**
 * WhatsApp's Groups API as the kernel's GroupAdmin and GroupEvents. A group holds at most 8
 * participants besides the business; it takes text, media and templates, never interactive
 * messages. Its events arrive in the webhook fields group_lifecycle_update,
 * group_participants_update and group_status_update, as entries of `value.groups`.
 */
import type { GroupAdmin, GroupEvent } from "../../src/kernel/groups.ts";
import type { WhatsAppClient } from "./client.ts";
import type { GroupUpdate } from "./webhook.ts";

export const MAX_GROUP_MEMBERS = 8;

/** A WhatsApp group id, as opposed to a phone number (digits only). */
export const isGroupId = (id: string) => !/^\d+$/.test(id);

export function createGroupAdmin(client: WhatsAppClient): GroupAdmin {
  return {
    platform: "whatsapp",
    maxMembers: MAX_GROUP_MEMBERS,
    create: async (subject, description) => ({
      requestId: await client.createGroup(subject, description, true),
    }),
    approve: (group, joinRequest) => client.joinRequests(group, [joinRequest], true),
    reject: (group, joinRequest) => client.joinRequests(group, [joinRequest], false),
    remove: (group, member) => client.removeParticipants(group, [member]),
  };
}

/** The events one webhook entry stands for (a join or leave may name several people). */
export function groupEvents(u: GroupUpdate): GroupEvent[] {
  const group = u.group_id ?? "";
  const base = { platform: "whatsapp" as const, group };
  const id = (...parts: Array<string | undefined>) => [u.type, group, ...parts, u.timestamp ?? ""].join(":");
  const failure = u.errors?.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
  switch (u.type) {
    case "group_create":
      return [
        failure || !group
          ? {
              ...base,
              id: id(u.request_id),
              kind: "create-failed",
              ...(u.request_id ? { requestId: u.request_id } : {}),
              reason: failure || "no group id",
            }
          : {
              ...base,
              id: id(u.request_id),
              kind: "created",
              ...(u.request_id ? { requestId: u.request_id } : {}),
              ...(u.invite_link ? { inviteLink: u.invite_link } : {}),
              ...(u.subject ? { subject: u.subject } : {}),
            },
      ];
    case "group_delete":
      return failure ? [] : [{ ...base, id: id(), kind: "deleted" }];
    case "group_join_request_created":
    case "group_join_request_revoked":
      return u.wa_id && u.join_request_id
        ? [
            {
              ...base,
              id: id(u.join_request_id),
              kind: u.type === "group_join_request_created" ? "join-request" : "join-cancelled",
              member: u.wa_id,
              joinRequest: u.join_request_id,
            },
          ]
        : [];
    case "group_participants_add":
      return (u.added_participants ?? []).map((p) => ({
        ...base,
        id: id(p.wa_id),
        kind: "joined",
        member: p.wa_id,
      }));
    case "group_participants_remove":
      // Someone who left is named by `initiated_by: participant`; the business removed the others.
      return (u.removed_participants ?? []).map((p) => ({
        ...base,
        id: id(p.wa_id),
        kind: u.initiated_by === "participant" ? "left" : "removed",
        member: p.wa_id,
        ...(u.initiated_by ? { reason: u.initiated_by } : {}),
      }));
    case "group_suspend":
      return [{ ...base, id: id(), kind: "suspended" }];
    case "group_suspend_cleared":
      return [{ ...base, id: id(), kind: "suspension-cleared" }];
    default:
      return [];
  }
}
