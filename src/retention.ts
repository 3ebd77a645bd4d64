/**
 * What the bot keeps, for how long: signals past their retention period, deliveries, users and
 * questions past theirs, invitations and the audit log are pruned when the app starts and then
 * once a day.
 */
import { forgetOldQuestions } from "./bot/questions.ts";
import type { Logger } from "./core/logger.ts";
import { pruneUsers } from "./core/users.ts";
import type { Outbox } from "./delivery/outbox.ts";
import type { StoragePorts } from "./model/ports.ts";
import type { Signals } from "./signals/flow.ts";

export interface RetentionDeps {
  ports: StoragePorts;
  signals: Pick<Signals, "applyRetention">;
  outbox: Pick<Outbox, "prune">;
  logger: Logger;
  /** How long questions the bot could not answer are kept, in days (QUESTION_LOG_DAYS). */
  questionLogDays: number;
}

/** Invitations go 90 days after they were used or ran out; the audit log after two years. */
async function pruneInvitations(ports: StoragePorts): Promise<void> {
  const day = 24 * 60 * 60 * 1000;
  await ports.invitations.prune(Date.now() - 90 * day);
  await ports.audit.prune(Date.now() - 730 * day);
}

/** Prunes now and then every day; returns what stops the daily pruning. */
export async function startRetention({
  ports,
  signals,
  outbox,
  logger,
  questionLogDays,
}: RetentionDeps): Promise<() => Promise<void>> {
  await signals.applyRetention();
  await outbox.prune();
  await pruneUsers(ports, logger);
  await forgetOldQuestions(ports.feedback, questionLogDays, Date.now());
  await pruneInvitations(ports);
  const retention = setInterval(
    () => {
      void pruneInvitations(ports);
      void signals.applyRetention();
      void outbox.prune();
      void pruneUsers(ports, logger);
      void forgetOldQuestions(ports.feedback, questionLogDays, Date.now());
    },
    24 * 60 * 60 * 1000,
  );
  retention.unref();
  return async () => clearInterval(retention);
}
