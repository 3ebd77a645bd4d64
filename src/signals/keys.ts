/**
 * The keys of the signal flow's hashes: of the senders of half-finished signals, and of the
 * /signaal message ids seen, so a redelivered message is logged once.
 */
import { createHmac } from "node:crypto";
import type { Logger } from "../core/logger.ts";
import type { KeysPort } from "../model/ports.ts";

export interface SignalKeys {
  /** The key of the hashes of senders (from SIGNAL_KEY; never stored). */
  senderKey: string | undefined;
  /** The key of the hashes of /signaal message ids (from SIGNAL_KEY, or kept by the store). */
  messageKey: string;
}

/** The keys from SIGNAL_KEY (`secret`) when it is set; the store's own message key when not. */
export async function signalKeys(
  secret: string | undefined,
  keys: KeysPort,
  exclusive: boolean,
  logger: Logger,
): Promise<SignalKeys> {
  // SIGNAL_KEY itself keys nothing: each use gets its own key derived from it.
  const signalKey = (purpose: string) =>
    secret ? createHmac("sha256", secret).update(purpose).digest("base64") : undefined;
  const senderKey = signalKey("convenantbot signal senders");
  // Without SIGNAL_KEY the store keeps a random key for the message hashes (a copy of the
  // store then holds the key); the key of sender hashes is never stored, so without it a
  // half-finished signal goes on only in the process that began it.
  let messageKey = signalKey("convenantbot seen signal messages");
  if (messageKey) await keys.forget("signal-messages");
  else messageKey = await keys.get("signal-messages");
  if (!exclusive && !senderKey)
    logger.warn(
      "SIGNAL_KEY is not set: a half-finished /signaal continues only on the instance that began it; set the same SIGNAL_KEY on every instance",
    );
  return { senderKey, messageKey };
}
