/**
 * The delivery report a sender sees: sent, failed and why, pending, per platform. Recipients
 * are named as people know them (a person's name, the wijk a group is linked to), never by
 * phone number or platform id. It goes to the sender alone once every delivery of their
 * message has an outcome.
 */
import { count, type Lang, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { Platform } from "../core/message.ts";
import type { Outbox } from "../delivery/outbox.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { type BatchReport, PLATFORM_NAMES, type Target } from "../model/delivery.ts";
import type { StoragePorts } from "../model/ports.ts";

type Names = Pick<StoragePorts, "people" | "conversations">;

/** How a recipient is named in a report. */
export async function describeTarget(
  target: Target,
  names: Names,
  knowledge: KnowledgeBase,
  lang?: Lang,
): Promise<string> {
  const platform = PLATFORM_NAMES[target.platform];
  const person =
    target.platform === "web"
      ? await names.people.byId(target.conversation)
      : await names.people.byAccount(`${target.platform}:${target.conversation}`);
  if (person) return `${person.name} (${platform})`;
  const conv = await names.conversations.get(`${target.platform}:${target.conversation}`);
  const region = knowledge.regions.find((r) => r.id === conv?.region);
  const wijk = region?.wijken.find((w) => w.id === conv?.wijk);
  const where = wijk ? `wijk ${wijk.name}` : region?.name;
  const by = conv?.linkedBy ? (await names.people.byId(conv.linkedBy))?.name : undefined;
  if (where)
    return by
      ? msg(lang, "report.conversationBy", { platform, where, by })
      : msg(lang, "report.conversation", { platform, where });
  return msg(lang, "report.outsideRoster", { platform });
}

export async function reportText(
  report: BatchReport,
  knowledge: KnowledgeBase,
  names: Names,
  lang?: Lang,
): Promise<string> {
  const { batch } = report;
  const label = msg(
    lang,
    batch.kind === "trend"
      ? "report.label.trend"
      : batch.kind === "deel"
        ? "report.label.deel"
        : "report.label.other",
  );
  const region = knowledge.regions.find((r) => r.id === batch.region);
  const wijk = region?.wijken.find((w) => w.id === batch.wijk);
  const lines = [
    msg(lang, "report.title", {
      label,
      where: wijk ? `wijk ${wijk.name}` : (region?.name ?? ""),
      count: count(lang, report.total, "conversation"),
      sent: report.sent,
      failed: report.failed.length,
      pending: report.pending,
      uncertain: report.uncertain ? msg(lang, "report.uncertain", { uncertain: report.uncertain }) : "",
    }),
    msg(lang, "report.perPlatform", {
      list: Object.entries(report.byPlatform)
        .map(
          ([p, c]) =>
            `${PLATFORM_NAMES[p as Platform] ?? p} ${c.sent}/${c.sent + c.pending + c.failed + c.uncertain}`,
        )
        .join(", "),
    }),
  ];
  for (const f of report.failed.slice(0, 10))
    lines.push(
      msg(lang, "report.failed", {
        target: await describeTarget(f.target, names, knowledge, lang),
        reason: f.reason,
      }),
    );
  if (report.failed.length > 10)
    lines.push(msg(lang, "report.moreFailed", { more: report.failed.length - 10 }));
  return lines.join("\n");
}

/** Queues the report of a finished batch for its sender (the outbox's onBatchDone). */
export async function sendReport(
  report: BatchReport,
  deps: {
    outbox: Pick<Outbox, "enqueue">;
    knowledge: KnowledgeBase;
    ports: Names;
    logger: Logger;
    now: () => number;
  },
): Promise<void> {
  const { outbox, knowledge, ports, logger, now } = deps;
  const to = report.batch.reportTo;
  if (!to || report.batch.kind === "report") return;
  // A batch stored before report targets were always for one person may name a group.
  if (!to.onlyFor) {
    logger.warn("delivery report has no private route", { platform: to.platform });
    return;
  }
  const id = `${report.batch.id}:report`;
  await outbox.enqueue(
    { id, kind: "report", region: report.batch.region, wijk: report.batch.wijk, createdAt: now() },
    [
      {
        key: id,
        target: to,
        message: { text: await reportText(report, knowledge, ports, report.batch.lang) },
      },
    ],
  );
}
