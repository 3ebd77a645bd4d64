/**
 * Vragen and Wijzigingen: what people asked that the bot could not answer well and how its
 * answers were rated (texts as kept, redacted, without who asked or where), and the audit log
 * of people, roles and contacts with a CSV export.
 */
import type { Route } from "../kernel/http.ts";
import type { RegionKnowledge } from "../knowledge/schema.ts";
import type { AuditEntry } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { day, esc, type Shell, sendCsv, table } from "./shell.ts";

export interface RecordsPageDeps {
  ports: Pick<StoragePorts, "people" | "audit" | "feedback">;
  now: () => number;
}

const DAY = 24 * 60 * 60 * 1000;

const ACTIONS: Record<AuditEntry["action"], string> = {
  invited: "uitgenodigd",
  joined: "aangemeld",
  "account-linked": "account gekoppeld",
  revoked: "uitnodiging ingetrokken",
  "role-removed": "rol afgenomen",
  "contact-added": "contact toegevoegd",
  "contact-changed": "contact gewijzigd",
  "contact-removed": "contact verwijderd",
  "contact-confirmed": "contact bevestigd",
  "contact-imported": "contacten geïmporteerd",
};

export function recordsRoutes(shell: Shell, deps: RecordsPageDeps): Route[] {
  const { ports, now } = deps;

  const auditRows = async (region: RegionKnowledge) => {
    const people = await ports.people.all();
    const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? id;
    return (await ports.audit.list(region.id, now() - 730 * DAY)).reverse().map((e) => ({
      when: day(e.at),
      who: nameOf(e.by),
      action: e.action,
      label: ACTIONS[e.action] ?? e.action,
      subject: nameOf(e.subject),
      change: [
        e.before ? `voor: ${JSON.stringify(e.before)}` : "",
        e.after ? `na: ${JSON.stringify(e.after)}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    }));
  };

  return [
    {
      method: "GET",
      path: "/beheer/vragen",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const since = new Date(now() - 90 * DAY).toISOString().slice(0, 10);
        const all = await ports.feedback.since(since);
        const kept = all.filter((f) => f.question).reverse();
        const rated = all.filter((f) => f.helpful !== undefined);
        const byIntent = new Map<string, { yes: number; no: number }>();
        for (const f of rated) {
          const k = f.intent || "overig";
          const c = byIntent.get(k) ?? { yes: 0, no: 0 };
          if (f.helpful) c.yes++;
          else c.no++;
          byIntent.set(k, c);
        }
        const reason = {
          "not-in-covenants": "niet in de convenanten",
          "asked-back": "teruggevraagd",
          "no-contact": "niet in het contactoverzicht",
          "sample-contact": "alleen voorbeeldgegevens in het contactoverzicht",
          "no-date": "datum niet in de convenanten of de planning",
          "not-helpful": "niet nuttig",
        } as const;
        shell.page(
          res,
          200,
          "Vragen en beoordelingen",
          `<p class="muted">De laatste 90 dagen, van alle regio's: zonder wie het vroeg of in welk gesprek, persoonsgegevens weggelaten. Probeer een vraag opnieuw in de <a href="/beheer/kennisbank">kennisbank</a>.</p>
<section aria-labelledby="kept"><h3 id="kept">Vragen om van te leren (${kept.length})</h3>
${table(
  "audit",
  ["Datum", "Vraag", "Waarom bewaard", "Platform"],
  kept
    .slice(0, 200)
    .map((f) => [esc(f.on), esc(f.question), esc(f.reason ? reason[f.reason] : ""), esc(f.platform)]),
)}</section>
<section aria-labelledby="ratings"><h3 id="ratings">Beoordelingen van antwoorden (${rated.length})</h3>
${table(
  "",
  ["Soort vraag", "Nuttig", "Niet nuttig"],
  [...byIntent].map(([k, c]) => [esc(k), String(c.yes), String(c.no)]),
)}</section>`,
          { ctx, path: "/beheer/vragen" },
        );
      },
    },
    {
      method: "GET",
      path: "/beheer/audit",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const rows = await auditRows(ctx.region);
        shell.page(
          res,
          200,
          "Wijzigingen",
          `<p class="muted">Elke wijziging van mensen, rollen en contacten in ${esc(ctx.region.name)}, de laatste twee jaar. <a href="/beheer/audit.csv" download>Exporteer als CSV</a></p>
<section>${table(
            "audit",
            ["Wanneer", "Wie", "Wat", "Wie of welke uitnodiging", "Verandering"],
            rows.map((r) => [esc(r.when), esc(r.who), esc(r.label), esc(r.subject), esc(r.change)]),
            "Nog geen wijzigingen.",
          )}</section>`,
          { ctx, path: "/beheer/audit" },
        );
      },
    },
    {
      method: "GET",
      path: "/beheer/audit.csv",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        sendCsv(
          res,
          "wijzigingen.csv",
          ["wanneer", "wie", "wat", "onderwerp", "verandering"],
          (await auditRows(ctx.region)).map((r) => [r.when, r.who, r.action, r.subject, r.change]),
        );
      },
    },
  ];
}
