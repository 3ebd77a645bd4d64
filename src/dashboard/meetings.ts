/**
 * Overleggen: per overleg of the covenant, the year's meetings against its rhythm (planned,
 * missing, outside its round), the reminders each meeting got and its agenda items.
 */

import type { Route } from "../kernel/http.ts";
import { checkOverleg, requiredPerYear } from "../meetings/rhythm.ts";
import { wallTime } from "../meetings/time.ts";
import type { Meeting } from "../model/meetings.ts";
import type { StoragePorts } from "../model/ports.ts";
import { date, esc, type Shell, table } from "./shell.ts";

export interface MeetingsPageDeps {
  ports: Pick<StoragePorts, "meetings" | "outbox" | "people">;
  now: () => number;
}

export function meetingsRoutes(shell: Shell, deps: MeetingsPageDeps): Route[] {
  const { ports, now } = deps;
  return [
    {
      method: "GET",
      path: "/beheer/overleggen",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const { region } = ctx;
        const thisYear = wallTime(now()).year;
        const asked = Number(new URL(req.url ?? "/", "http://x").searchParams.get("jaar"));
        const year = Number.isInteger(asked) && Math.abs(asked - thisYear) <= 5 ? asked : thisYear;
        const meetings = (await ports.meetings.list(region.id)).filter(
          (m) => wallTime(m.start).year === year,
        );
        const people = await ports.people.all();
        const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "onbekend";
        const wijkName = (id: string | null) => region.wijken.find((w) => w.id === id)?.name ?? "";

        // Reminders: batches "reminder:<meeting>:<start>:<days>", counted by outcome.
        const reminders = new Map<string, string[]>();
        const yearStart = Date.UTC(year - 1, 11, 1);
        for (const b of await ports.outbox.batchesSince(yearStart)) {
          if (b.kind !== "reminder" || b.region !== region.id) continue;
          const [, meeting, start, days] = b.id.split(":");
          const deliveries = await ports.outbox.deliveries(b.id);
          const sent = deliveries.filter((d) => d.status === "sent").length;
          const failed = deliveries.filter((d) => d.status === "failed" || d.status === "uncertain").length;
          const list = reminders.get(`${meeting}:${start}`) ?? [];
          list.push(
            `${days} ${days === "1" ? "dag" : "dagen"} vooraf: ${sent} verstuurd${failed ? `, ${failed} mislukt` : ""}`,
          );
          reminders.set(`${meeting}:${start}`, list);
        }

        const row = (m: Meeting) => [
          `${esc(date(m.start))}${m.status === "cancelled" ? ' <span class="tag bad">geannuleerd</span>' : ""}`,
          esc([m.place, wijkName(m.wijk)].filter(Boolean).join(", ")),
          esc(nameOf(m.organiser)),
          esc((reminders.get(`${m.id}:${m.start}`) ?? []).sort().reverse().join("; ") || "nog geen"),
          m.agenda.length === 0
            ? "geen"
            : `<details><summary>${m.agenda.length} ${m.agenda.length === 1 ? "punt" : "punten"}</summary><ul>${m.agenda
                .map(
                  (a) => `<li>${esc(a.text)} <span class="muted">(${esc(a.from)}, ${esc(a.on)})</span></li>`,
                )
                .join("")}</ul></details>`,
        ];

        /** A phrase as a sentence: one full stop at the end. */
        const sentence = (t: string) => `${t.replace(/[.\s]+$/, "")}.`;
        const refsOf = (ids: string[]) =>
          ids
            .map((id) => region.covenant.provisions.find((p) => p.id === id)?.ref ?? id.split("/").pop())
            .join(", ");
        let behind = 0;
        const sections = region.overleggen.map((o) => {
          const own = meetings.filter((m) => m.overleg === o.id);
          const warnings = checkOverleg(o, meetings, year);
          const required = requiredPerYear(o);
          const planned = own.filter((m) => m.status === "planned").length;
          const status =
            warnings.length > 0
              ? warnings.map((w) => `<p class="warn">${esc(w)}</p>`).join("")
              : required !== undefined
                ? `<p class="ok">Op schema: ${planned} gepland, het convenant vraagt er minstens ${required}.</p>`
                : `<p class="muted">${planned} gepland; het convenant noemt geen vast aantal per jaar.</p>`;
          behind += warnings.length > 0 ? 1 : 0;
          return `<section aria-labelledby="o-${esc(o.id)}"><h3 id="o-${esc(o.id)}">${esc(o.name)}</h3>
<p>Ritme volgens het convenant: ${esc(sentence(o.rhythm.text.nl))}${o.organiser ? ` Organisator: ${esc(sentence(o.organiser.nl))}` : ""} <span class="muted">(${esc(refsOf(o.refs))})</span></p>
${status}
${table("meetings", ["Datum", "Plek", "Organisator", "Herinneringen", "Agenda"], own.map(row), `Nog niets gepland in ${year}.`)}</section>`;
        });
        const years = [thisYear - 1, thisYear, thisYear + 1]
          .map((y) =>
            y === year
              ? `<strong aria-current="page">${y}</strong>`
              : `<a href="/beheer/overleggen?jaar=${y}">${y}</a>`,
          )
          .join(" · ");
        shell.page(
          res,
          200,
          `Overleggen ${year}`,
          `<p class="muted">Het overlegplan van ${esc(region.name)} naast het ritme van het convenant. Plannen en verzetten gaat in de chat met <strong>/overleg</strong>. Jaar: ${years}</p>
<p class="${behind > 0 ? "warn" : "ok"}" role="status">${
            behind > 0
              ? `${behind} van de ${region.overleggen.length} overleggen ${behind === 1 ? "loopt" : "lopen"} in ${year} achter op het ritme van het convenant.`
              : `Alle ${region.overleggen.length} overleggen liggen in ${year} op het ritme van het convenant.`
          }</p>
${sections.join("\n")}`,
          { ctx, path: "/beheer/overleggen" },
        );
      },
    },
  ];
}
