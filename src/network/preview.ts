/**
 * The preview of a /trend or /deel message: what its sender sees before anything is sent,
 * held until they click "Versturen" or type "/trend ja", or until it expires.
 */
import { randomBytes } from "node:crypto";
import { count, type Lang, msg } from "../core/i18n.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { type Acting, actor, langOf } from "../core/roster.ts";
import { type OutboundMessage, perPlatform, type Target } from "../model/delivery.ts";
import type { Person } from "../model/people.ts";
import type { StatePort } from "../model/ports.ts";
import { findPersonalData } from "../signals/pii.ts";
import { cmd, type Kind } from "./compose.ts";

/**
 * A message shown to its sender as a preview, sent only when they confirm it. Kept as
 * conversation state, so the confirmation may reach another instance than the preview did.
 */
export interface Held {
  by: string;
  kind: Kind;
  lang?: Lang | undefined;
  person: Acting;
  /** Where the command came from (its text left out): for the sender's own chats and report. */
  message: IncomingMessage;
  region: string;
  wijk: string | null;
  outbound: OutboundMessage;
  label: string;
}
const HELD = "broadcast-held";
/** The newest preview of a sender and kind, for "/trend ja" typed instead of the button. */
const NEWEST = "broadcast-newest";
const HOLD_MS = 10 * 60 * 1000;

/**
 * A message to the whole network goes out only after its sender has seen it with the
 * number of conversations it reaches, and said "Versturen". What looks like personal data
 * is pointed out in the same preview: the WhatsApp groups this replaces often carried it.
 */
export async function holdPreview(
  state: StatePort,
  held: Held,
  where: string,
  targets: Target[],
  text: string,
  now: () => number,
): Promise<Reply> {
  const { kind, person, label, outbound } = held;
  const expires = now() + HOLD_MS;
  // A new preview replaces the sender's previous one of the same kind.
  const newest = `${kind}:${held.by}`;
  const previous = await state.get<string>(NEWEST, newest, now());
  if (previous) await state.delete(HELD, previous);
  const id = randomBytes(9).toString("base64url");
  await state.set(HELD, id, held, expires);
  await state.set(NEWEST, newest, id, expires);
  const findings = findPersonalData(text);
  const lang = langOf(person);
  const kinds = [...new Set(findings.map((f) => msg(lang, `pii.${f.kind}`)))].join(", ");
  const found = findings.map((f) => `"${f.text}"`).join(", ");
  const warning = findings.length ? `${msg(lang, "broadcast.personalData", { kinds, found })}\n\n` : "";
  const to = `${count(lang, targets.length, "conversation")} (${perPlatform(targets)})`;
  const preview = {
    label: label.toLowerCase(),
    where,
    count: to,
    text: outbound.text,
    command: cmd(kind, person),
  };
  return {
    text: warning + msg(lang, "broadcast.preview", preview),
    buttons: [
      {
        id: `netwerk:verstuur:${id}`,
        label: msg(lang, findings.length ? "broadcast.button.sendAnyway" : "broadcast.button.send"),
        value: `netwerk:verstuur:${id}`,
      },
      {
        id: `netwerk:annuleer:${id}`,
        label: msg(lang, "broadcast.button.dontSend"),
        value: `netwerk:annuleer:${id}`,
      },
    ],
    visibility: "ephemeral",
  };
}

/** The preview a click under it names, when the one who clicked is its sender. */
export async function takeClicked(
  state: StatePort,
  id: string,
  person: Person | undefined,
  now: () => number,
): Promise<Held | undefined> {
  const waiting = await state.get<Held>(HELD, id, now());
  // Taken, not read: of two clicks reaching two instances, one sends.
  return waiting && person && waiting.by === actor(person)
    ? await state.take<Held>(HELD, id, now())
    : undefined;
}

/** The sender's newest preview of a kind: what "/trend ja" or "/trend nee" answers. */
export async function takeNewest(
  state: StatePort,
  kind: Kind,
  person: Person,
  now: () => number,
): Promise<Held | undefined> {
  const id = await state.take<string>(NEWEST, `${kind}:${actor(person)}`, now());
  return id ? await state.take<Held>(HELD, id, now()) : undefined;
}
