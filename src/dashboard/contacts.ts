/**
 * Contacten: who the bot names when someone asks who holds a role, per role and place, and
 * how current each entry is. People who joined for a role and contacts the gemeente added
 * here (by hand or by importing a contacts.yaml) go before the knowledge base's contact list,
 * in answers at once. Entries whose holder did not answer the bot's half-yearly question
 * within 14 days come first; then the longest unconfirmed.
 *
 * An import shows what it would change before it does: the preview is kept for 30 minutes
 * under a random token bound to the session's person, and "Toepassen" applies exactly that.
 *
 * This module holds the routes; the page and the import's preview are in contacts/page.ts,
 * reading the form and the import in contacts/entries.ts, and the changes to the roster, each
 * with its audit entry, in contacts/roster.ts.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Route } from "../kernel/http.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { ContactState } from "../people/confirm.ts";
import { type Entry, fromForm, fromYaml, place, roleName } from "./contacts/entries.ts";
import { renderContacts, renderImport } from "./contacts/page.ts";
import { type Change, changesOf, dropContact, put } from "./contacts/roster.ts";
import { type Ctx, esc, type Shell } from "./shell.ts";

export interface ContactsPageDeps {
  ports: Pick<StoragePorts, "people" | "audit" | "state">;
  knowledge: KnowledgeBase;
  /** How current a roster contact is (the confirmation cycle). */
  contactState: (person: Person) => ContactState;
  now: () => number;
}

const IMPORT = "beheer-contacts-import";
const IMPORT_MS = 30 * 60 * 1000;
const MAX_IMPORT_BYTES = 200 * 1024;

export function contactsRoutes(shell: Shell, deps: ContactsPageDeps): Route[] {
  const { ports, now, knowledge } = deps;
  const render = (res: ServerResponse, ctx: Ctx, notice = "") =>
    renderContacts(shell, deps, res, ctx, notice);

  return [
    {
      method: "GET",
      path: "/beheer/contacten",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (ctx) await render(res, ctx);
      },
    },
    {
      method: "POST",
      path: "/beheer/contacten/toevoegen",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res);
        if (!ctx) return;
        const entry = fromForm(knowledge, ctx.region, ctx.fields);
        if (typeof entry === "string")
          return render(res, ctx, `<p class="error" role="alert">${esc(entry)}</p>`);
        await put(deps, ctx, entry, "hand");
        await render(
          res,
          ctx,
          `<p role="status" class="ok">${esc(entry.name)} is nu de ${esc(roleName(knowledge, entry.role))} voor ${esc(place(ctx.region, entry))}; de bot noemt ${esc(entry.name)} vanaf nu.</p>`,
        );
      },
    },
    {
      method: "POST",
      path: "/beheer/contacten/verwijderen",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res);
        if (!ctx) return;
        const person = await ports.people.byId(ctx.fields.get("id") ?? "");
        if (!person?.contact || person.region !== ctx.region.id)
          return render(res, ctx, `<p class="error" role="alert">Dat contact bestaat niet (meer).</p>`);
        await dropContact(deps, ctx, person, "verwijderd door de gemeente");
        await render(
          res,
          ctx,
          `<p role="status">${esc(person.name)} wordt niet meer genoemd als ${esc(roleName(knowledge, person.contact.role))}.</p>`,
        );
      },
    },
    {
      method: "POST",
      path: "/beheer/contacten/import",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res, MAX_IMPORT_BYTES);
        if (!ctx) return;
        const parsed = fromYaml(knowledge, ctx.region, ctx.fields.get("yaml") ?? "");
        if (parsed.length > 0 && typeof parsed[0] === "string")
          return render(
            res,
            ctx,
            `<section role="alert"><h3 class="error">De lijst is niet ingelezen</h3><ul>${(parsed as string[]).map((p) => `<li>${esc(p)}</li>`).join("")}</ul><p>Er is niets veranderd.</p></section>`,
          );
        const changes = await changesOf(ports, ctx.region, parsed as Entry[]);
        const token = randomBytes(18).toString("base64url");
        await ports.state.set(IMPORT, token, { person: ctx.person.id, changes }, now() + IMPORT_MS);
        renderImport(shell, knowledge, res, ctx, changes, token);
      },
    },
    {
      method: "POST",
      path: "/beheer/contacten/toepassen",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res);
        if (!ctx) return;
        const held = await ports.state.take<{ person: string; changes: Change[] }>(
          IMPORT,
          ctx.fields.get("import") ?? "",
          now(),
        );
        if (!held || held.person !== ctx.person.id)
          return render(
            res,
            ctx,
            `<p class="error" role="alert">Deze import is verlopen of al toegepast. Plak de lijst opnieuw.</p>`,
          );
        const apply = held.changes.filter((c) => c.kind !== "gelijk");
        for (const c of apply) await put(deps, ctx, c.entry, "import");
        await ports.audit.add({
          at: now(),
          by: ctx.person.id,
          action: "contact-imported",
          region: ctx.region.id,
          subject: "contacts.yaml",
          after: { changed: apply.length, unchanged: held.changes.length - apply.length },
        });
        await render(
          res,
          ctx,
          `<p role="status" class="ok">Import toegepast: ${apply.length} ${apply.length === 1 ? "contact" : "contacten"} bijgewerkt, ${held.changes.length - apply.length} ongewijzigd.</p>`,
        );
      },
    },
  ];
}
