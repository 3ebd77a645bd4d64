/**
 * A confirmed /trend or /deel message in the outbox: queued for every conversation of its
 * network with the delivery report going to its sender alone, withdrawn on request where the
 * platform allows it, and its last delivery report on request.
 */
import { randomUUID } from "node:crypto";
import { count, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Platform, Reply } from "../core/message.ts";
import { actor, langOf } from "../core/roster.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { privateTarget } from "../delivery/private.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import {
  type OutboundMessage,
  PLATFORM_NAMES,
  perPlatform,
  type Target,
  targetKey,
} from "../model/delivery.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { cmd, type Kind } from "./compose.ts";
import { reportText } from "./report.ts";

export interface SendingDeps {
  ports: Pick<StoragePorts, "outbox" | "people" | "conversations">;
  knowledge: KnowledgeBase;
  logger: Logger;
  outbox: Pick<Outbox, "enqueue" | "platforms" | "retract" | "report">;
}

/** A message its sender confirmed, and where it goes. */
export interface Confirmed {
  kind: Kind;
  person: Person;
  message: IncomingMessage;
  region: RegionKnowledge;
  wijk: Wijk | null;
  outbound: OutboundMessage;
  label: string;
}

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
/** How long after sending a message can still be withdrawn. */
const WITHDRAW_MS = 15 * 60 * 1000;

/** Where the sender's report goes: to them alone, never into a group. */
function reportTarget(deps: SendingDeps, message: IncomingMessage): Target | undefined {
  return privateTarget(message, deps.outbox.platforms);
}

/** Queues the message for every target, and tells its sender where the report will come. */
export async function queue(
  deps: SendingDeps,
  { kind, person, message, region, wijk, outbound, label }: Confirmed,
  where: string,
  targets: Target[],
  now: () => number,
): Promise<Reply> {
  const id = randomUUID();
  const reportTo = reportTarget(deps, message);
  // Never into a group instead: the sender is told below to ask for the report.
  if (!reportTo)
    deps.logger.warn("delivery report has no private route", {
      platform: message.conversation.platform,
    });
  await deps.outbox.enqueue(
    {
      id,
      kind,
      region: region.id,
      wijk: wijk?.id ?? null,
      by: actor(person),
      createdAt: now(),
      ...(reportTo ? { reportTo } : {}),
      // The delivery report comes in the sender's language.
      ...(langOf(person) === "en" ? { lang: "en" as const } : {}),
    },
    targets.map((target) => ({ key: `${id}:${targetKey(target)}`, target, message: outbound })),
  );
  deps.logger.info(`${kind} queued`, {
    region: region.id,
    wijk: wijk?.id ?? null,
    recipients: targets.length,
  });
  const lang = langOf(person);
  const sending = msg(lang, "broadcast.sending", {
    label: lang === "en" ? label.toLowerCase() : label.charAt(0).toUpperCase() + label.slice(1),
    where,
    count: count(lang, targets.length, "conversation"),
    platforms: perPlatform(targets),
  });
  const command = cmd(kind, person);
  return ephemeral(
    `${sending} ${msg(lang, reportTo ? "broadcast.reportHere" : "broadcast.reportAsk", { command })}`,
  );
}

/** "/trend intrekken": deletes the person's last message where the platform allows it. */
export async function withdraw(
  deps: SendingDeps,
  kind: Kind,
  person: Person,
  now: () => number,
): Promise<Reply> {
  const batch = (await deps.ports.outbox.batchesBy(kind, actor(person))).at(-1);
  const lang = langOf(person);
  if (!batch || batch.withdrawn)
    return ephemeral(msg(lang, "broadcast.nothingToWithdraw", { command: cmd(kind, person) }));
  if (now() - batch.createdAt > WITHDRAW_MS) return ephemeral(msg(lang, "broadcast.tooLate"));
  // Withdrawing marks the batch withdrawn in the store: a second /trend intrekken finds nothing.
  const r = await deps.outbox.retract(batch.id);
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([p, n]) => `${PLATFORM_NAMES[p as Platform] ?? p} ${n}`)
      .join(", ");
  const deleted = Object.values(r.deleted).reduce((a, b) => a + b, 0);
  const lines = [
    msg(lang, "broadcast.withdrawn", {
      count: count(lang, deleted, "message"),
      platforms: deleted ? ` (${list(r.deleted)})` : "",
      stopped: r.stopped ? msg(lang, "broadcast.stopped", { stopped: r.stopped }) : "",
    }),
  ];
  if (Object.keys(r.kept).length)
    lines.push(
      msg(lang, "broadcast.kept", {
        platforms: list(r.kept),
        whatsapp: r.kept.whatsapp ? msg(lang, "broadcast.keptWhatsApp") : "",
        command: cmd(kind, person),
      }),
    );
  return ephemeral(lines.join("\n"));
}

/** "/trend rapport": the delivery report of the person's last message. */
export async function lastReport(deps: SendingDeps, person: Person, kind: Kind): Promise<Reply> {
  const batch = (await deps.ports.outbox.batchesBy(kind, actor(person))).at(-1);
  const report = batch && (await deps.outbox.report(batch.id));
  if (!report) return ephemeral(msg(langOf(person), "broadcast.nothingSent", { command: cmd(kind, person) }));
  // In the language asked in, else in that of the message it reports on.
  const lang = langOf(person) ?? batch.lang;
  return ephemeral(await reportText(report, deps.knowledge, deps.ports, lang));
}
