/**
 * Berichten: the trend alerts and /deel messages of the region, each with its delivery status
 * per conversation, named as people know them (never a phone number or platform id).
 */
import type { Route } from "../kernel/http.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import { type Delivery, type DeliveryStatus, PLATFORM_NAMES } from "../model/delivery.ts";
import type { StoragePorts } from "../model/ports.ts";
import { describeTarget } from "../network/report.ts";
import { day, esc, type Shell, table } from "./shell.ts";

export interface BroadcastsPageDeps {
  ports: Pick<StoragePorts, "outbox" | "people" | "conversations">;
  knowledge: KnowledgeBase;
  now: () => number;
}

const DAYS = 90;
const STATUS: Record<DeliveryStatus, string> = {
  pending: "wacht",
  sending: "wordt verstuurd",
  sent: "verstuurd",
  failed: "mislukt",
  uncertain: "onzeker",
};
const KIND = { trend: "Trendmelding", deel: "Netwerkbericht" } as const;

export function broadcastsRoutes(shell: Shell, deps: BroadcastsPageDeps): Route[] {
  const { ports, now } = deps;
  return [
    {
      method: "GET",
      path: "/beheer/berichten",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const { region } = ctx;
        const people = await ports.people.all();
        const batches = (await ports.outbox.batchesSince(now() - DAYS * 24 * 60 * 60 * 1000))
          .filter((b) => (b.kind === "trend" || b.kind === "deel") && b.region === region.id)
          .sort((a, b) => b.createdAt - a.createdAt);
        const sections: string[] = [];
        for (const b of batches) {
          const deliveries = await ports.outbox.deliveries(b.id);
          const countOf = (s: DeliveryStatus[]) => deliveries.filter((d) => s.includes(d.status)).length;
          const sent = countOf(["sent"]);
          const failed = countOf(["failed"]);
          const uncertain = countOf(["uncertain"]);
          const waiting = countOf(["pending", "sending"]);
          const wijk = region.wijken.find((w) => w.id === b.wijk);
          const by = people.find((p) => p.id === b.by?.split("#")[0])?.name ?? "onbekend";
          // Chat's *bold* as plain words.
          const text = (deliveries[0]?.message.text ?? "").replace(/\*([^*\n]+)\*/g, "$1");
          const rows = await Promise.all(
            deliveries.map(async (d: Delivery) => [
              esc(await describeTarget(d.target, ports, deps.knowledge)),
              esc(PLATFORM_NAMES[d.target.platform]),
              `<span class="${d.status === "sent" ? "ok" : d.status === "pending" || d.status === "sending" ? "" : "bad"}">${esc(STATUS[d.status])}</span>`,
              esc(d.reason ?? ""),
            ]),
          );
          sections.push(`<section aria-labelledby="b-${esc(b.id)}"><h3 id="b-${esc(b.id)}">${KIND[b.kind as keyof typeof KIND]} van ${esc(day(b.createdAt))}${b.withdrawn ? ' <span class="tag bad">ingetrokken</span>' : ""}</h3>
<p class="muted">Door ${esc(by)}, aan ${esc(wijk ? `wijk ${wijk.name}` : region.name)}.</p>
<blockquote>${esc(text.length > 400 ? `${text.slice(0, 400)}…` : text)}</blockquote>
<p><span class="ok">${sent} verstuurd</span>${failed ? `, <span class="bad">${failed} mislukt</span>` : ""}${uncertain ? `, <span class="bad">${uncertain} onzeker</span>` : ""}${waiting ? `, ${waiting} wacht` : ""} van ${deliveries.length}.</p>
<details${failed + uncertain > 0 ? " open" : ""}><summary>Per gesprek</summary>${table("deliveries", ["Gesprek", "Platform", "Stand", "Reden"], rows)}</details></section>`);
        }
        shell.page(
          res,
          200,
          "Berichten",
          `<p class="muted">Trendmeldingen (<strong>/trend</strong>) en netwerkberichten (<strong>/deel</strong>) van de laatste ${DAYS} dagen in ${esc(region.name)}, met per gesprek of ze aankwamen. "Onzeker": het versturen werd onderbroken en het platform kan niet zeggen of het aankwam; het wordt niet nog eens verstuurd.</p>
${sections.join("\n") || `<section><p class="muted">Geen berichten in de laatste ${DAYS} dagen.</p></section>`}`,
          { ctx, path: "/beheer/berichten" },
        );
      },
    },
  ];
}
