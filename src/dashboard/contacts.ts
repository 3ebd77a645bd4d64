/**
 * Contacten: who the bot names when someone asks who holds a role, per role and place: people
 * who joined for it by invitation before the knowledge base's contact list; the longest
 * unconfirmed first.
 */
import type { Route } from "../kernel/http.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { StoragePorts } from "../model/ports.ts";
import { esc, type Shell, table } from "./shell.ts";

export interface ContactsPageDeps {
  ports: Pick<StoragePorts, "people">;
  knowledge: KnowledgeBase;
  now: () => number;
}

export function contactsRoutes(shell: Shell, deps: ContactsPageDeps): Route[] {
  const { ports } = deps;
  return [
    {
      method: "GET",
      path: "/beheer/contacten",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const { region } = ctx;
        const place = (school?: string, wijk?: string) =>
          region.schools.find((s) => s.id === school)?.name ??
          region.wijken.find((w) => w.id === wijk)?.name ??
          region.name;
        const roleName = (id: string) => deps.knowledge.vocabulary.roles.find((r) => r.id === id)?.nl ?? id;
        const rows = [
          ...(await ports.people.all())
            .filter((p) => p.region === region.id && p.contact && !p.demo)
            .map((p) => ({
              role: roleName(p.contact?.role ?? ""),
              where: place(p.contact?.school, p.contact?.wijk),
              name: p.name,
              since: p.contact?.since ?? "",
              from: "aangemeld via uitnodiging",
            })),
          ...region.contacts.map((c) => ({
            role: roleName(c.role),
            where: place(c.school, c.wijk),
            name: c.name,
            since: c.verified,
            from: region.contactsAreSample ? "contactlijst (fictieve voorbeelden)" : "contactlijst",
          })),
        ].sort((a, b) => a.since.localeCompare(b.since));
        shell.page(
          res,
          200,
          "Contacten",
          `<p class="muted">Wie de bot noemt als iemand vraagt wie een rol heeft; wie zich aanmeldde met een uitnodiging gaat voor de contactlijst. Langst niet bevestigd bovenaan.</p>
<section>${table(
            "audit",
            ["Rol", "Voor", "Naam", "Laatst bevestigd", "Bron"],
            rows.map((r) => [esc(r.role), esc(r.where), esc(r.name), esc(r.since), esc(r.from)]),
          )}</section>`,
          { ctx, path: "/beheer/contacten" },
        );
      },
    },
  ];
}
