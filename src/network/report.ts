/**
 * The delivery report a sender sees: sent, failed and why, pending, per platform. Recipients
 * are named as people know them (a person's name, the wijk a group is linked to), never by
 * phone number or platform id.
 */
import type { Platform } from "../core/message.ts";
import { type BatchReport, PLATFORM_NAMES, type Target } from "../delivery/model.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { StoragePorts } from "../storage/ports.ts";

type Names = Pick<StoragePorts, "people" | "conversations">;

/** How a recipient is named in a report. */
export async function describeTarget(
  target: Target,
  names: Names,
  knowledge: KnowledgeBase,
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
  if (where) return `${platform}-gesprek van ${where}${by ? `, gekoppeld door ${by}` : ""}`;
  return `een ${platform}-gesprek buiten het deelnemersoverzicht`;
}

export async function reportText(
  report: BatchReport,
  knowledge: KnowledgeBase,
  names: Names,
): Promise<string> {
  const { batch } = report;
  const label =
    batch.kind === "trend" ? "trendmelding" : batch.kind === "deel" ? "bericht aan de wijk" : "bericht";
  const region = knowledge.regions.find((r) => r.id === batch.region);
  const wijk = region?.wijken.find((w) => w.id === batch.wijk);
  const lines = [
    `*Afleverrapport ${label}* (${wijk ? `wijk ${wijk.name}` : (region?.name ?? "")}, ${report.total} ${report.total === 1 ? "gesprek" : "gesprekken"}): ` +
      `${report.sent} verstuurd, ${report.failed.length} mislukt, ${report.pending} nog onderweg` +
      (report.uncertain
        ? `, ${report.uncertain} onzeker (de bot stopte tijdens het versturen; niet opnieuw verstuurd)`
        : "") +
      ".",
    `Per platform: ${Object.entries(report.byPlatform)
      .map(
        ([p, c]) =>
          `${PLATFORM_NAMES[p as Platform] ?? p} ${c.sent}/${c.sent + c.pending + c.failed + c.uncertain}`,
      )
      .join(", ")}.`,
  ];
  for (const f of report.failed.slice(0, 10))
    lines.push(`Mislukt: ${await describeTarget(f.target, names, knowledge)}: ${f.reason}`);
  if (report.failed.length > 10) lines.push(`... en nog ${report.failed.length - 10} mislukt.`);
  return lines.join("\n");
}
