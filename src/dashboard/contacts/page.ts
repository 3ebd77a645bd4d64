/**
 * The Contacten page: every contact of the region, the roster's and the knowledge base's,
 * those who did not answer the half-yearly question first, with the forms to add, replace and
 * import contacts; and the preview of an import.
 */
import type { ServerResponse } from "node:http";
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import type { Person, PersonContact } from "../../model/people.ts";
import type { StoragePorts } from "../../model/ports.ts";
import type { ContactState } from "../../people/confirm.ts";
import { type Ctx, date, esc, isoDay, type Shell, table } from "../shell.ts";
import { place, roleName } from "./entries.ts";
import { type Change, rosterContacts } from "./roster.ts";

export interface PageDeps {
  ports: Pick<StoragePorts, "people">;
  knowledge: KnowledgeBase;
  /** How current a roster contact is (the confirmation cycle). */
  contactState: (person: Person) => ContactState;
}

const stateText = (s: ContactState) =>
  s.kind === "overdue"
    ? `<span class="bad">geen antwoord sinds ${esc(date(s.at))}</span>`
    : s.kind === "asked"
      ? `gevraagd op ${esc(date(s.at))}`
      : s.kind === "unreachable"
        ? `<span class="muted">niet te vragen: geen account op een platform van de bot</span>`
        : `volgende vraag ${esc(isoDay(s.until))}`;

export async function renderContacts(
  shell: Shell,
  deps: PageDeps,
  res: ServerResponse,
  ctx: Ctx,
  notice = "",
): Promise<void> {
  const { knowledge } = deps;
  const { region } = ctx;
  const rows = [
    ...(await rosterContacts(deps.ports, region)).map((p) => {
      const c = p.contact as PersonContact;
      const state = deps.contactState(p);
      return {
        order: state.kind === "overdue" ? 0 : 1,
        role: roleName(knowledge, c.role),
        where: place(region, c),
        name: p.name,
        reach: [c.phone, c.email].filter(Boolean).join(", "),
        confirmed: c.confirmed ?? c.since,
        state: stateText(state),
        from: c.addedBy ? "toegevoegd door de gemeente" : "aangemeld via uitnodiging",
        id: p.id,
      };
    }),
    ...region.contacts.map((c) => ({
      order: 1,
      role: roleName(knowledge, c.role),
      where: place(region, c),
      name: c.name,
      reach: [c.phone, c.email].filter(Boolean).join(", "),
      confirmed: c.verified,
      state: `<span class="muted">uit het bestand</span>`,
      from: region.contactsAreSample ? "contactlijst (fictieve voorbeelden)" : "contactlijst",
      id: "",
    })),
  ].sort((a, b) => a.order - b.order || a.confirmed.localeCompare(b.confirmed));
  const overdue = rows.filter((r) => r.order === 0).length;
  const roles = (kind: "role" | "organisation") =>
    knowledge.vocabulary.roles
      .filter((r) => r.kind === kind)
      .sort((a, b) => a.nl.localeCompare(b.nl))
      .map(
        (r) => `<option value="${esc(r.id)}"${r.id === "wijkagent" ? " selected" : ""}>${esc(r.nl)}</option>`,
      )
      .join("");
  const places = [...region.schools.map((s) => s.name), ...region.wijken.map((w) => w.name), region.name];
  const body = `${notice}
<p class="muted">Wie de bot noemt als iemand vraagt wie een rol heeft. Wie zich aanmeldde met een uitnodiging of hier is toegevoegd gaat voor de contactlijst van de kennisbank, meteen. Elke ${region.confirmEveryMonths} maanden vraagt de bot elk contact met een chat-account of het de rol nog heeft; zonder antwoord binnen 14 dagen staat het contact hier bovenaan.</p>
${overdue > 0 ? `<p class="warn" role="status">${overdue} ${overdue === 1 ? "contact gaf" : "contacten gaven"} binnen 14 dagen geen antwoord. Vraag het na of vervang ${overdue === 1 ? "het" : "ze"}.</p>` : ""}
<section>${table(
    "contacts",
    ["Rol", "Voor", "Naam", "Laatst bevestigd", "Stand", ""],
    rows.map((r) => [
      esc(r.role),
      esc(r.where),
      `${esc(r.name)}${r.reach ? `<br><small class="muted">${esc(r.reach)}</small>` : ""}`,
      esc(isoDay(r.confirmed)),
      `${r.state}<br><small class="muted">${esc(r.from)}</small>`,
      ctx.canWrite && r.id
        ? `<form method="post" action="/beheer/contacten/verwijderen">${shell.csrfField(ctx)}<input type="hidden" name="id" value="${esc(r.id)}"><button class="secondary" type="submit" aria-label="Verwijder ${esc(r.name)} als ${esc(r.role)}">Verwijderen</button></form>`
        : "",
    ]),
  )}</section>
${
  ctx.canWrite
    ? `<section aria-labelledby="add"><h3 id="add">Contact toevoegen of vervangen</h3>
<p class="muted">Heeft iemand die rol voor die plek al in de bot, dan vervangt dit contact die persoon als contact. Wie zelf met de bot praat kun je beter uitnodigen (Mensen): dan vraagt de bot het later ook zelf na.</p>
<form method="post" action="/beheer/contacten/toevoegen">${shell.csrfField(ctx)}
<label for="c-rol">Rol</label><select id="c-rol" name="rol"><optgroup label="Functies">${roles("role")}</optgroup><optgroup label="Organisaties">${roles("organisation")}</optgroup></select>
<label for="c-plek">Voor (school, wijk of ${esc(region.name)})</label><input id="c-plek" name="plek" list="c-plekken" autocomplete="off" required>
<datalist id="c-plekken">${places.map((n) => `<option value="${esc(n)}">`).join("")}</datalist>
<label for="c-naam">Naam</label><input id="c-naam" name="naam" autocomplete="off" required>
<label for="c-tel">Telefoon (werk)</label><input id="c-tel" name="telefoon" type="tel" autocomplete="off">
<label for="c-mail">E-mail (werk)</label><input id="c-mail" name="email" type="email" autocomplete="off">
<p><button type="submit">Opslaan</button></p></form></section>
<section aria-labelledby="import"><h3 id="import">Contactlijst importeren</h3>
<p class="muted">Plak de inhoud van een <code>contacts.yaml</code> (het formaat van <code>knowledge/${esc(region.id)}/contacts.yaml</code>). Je ziet eerst wat er verandert; er gebeurt niets voor je op Toepassen drukt. Contacten die niet in de lijst staan blijven.</p>
<form method="post" action="/beheer/contacten/import">${shell.csrfField(ctx)}
<label for="yaml">contacts.yaml</label><textarea id="yaml" name="yaml" spellcheck="false" required></textarea>
<p><button type="submit">Bekijk wat er verandert</button></p></form></section>`
    : ""
}`;
  shell.page(res, 200, "Contacten", body, { ctx, path: "/beheer/contacten" });
}

/** What an import would change, with "Toepassen" for exactly that and "Annuleren". */
export function renderImport(
  shell: Shell,
  knowledge: KnowledgeBase,
  res: ServerResponse,
  ctx: Ctx,
  changes: Change[],
  token: string,
): void {
  const counts = (k: Change["kind"]) => changes.filter((c) => c.kind === k).length;
  shell.page(
    res,
    200,
    "Import bekijken",
    `<p role="status">${counts("nieuw")} nieuw, ${counts("gewijzigd")} gewijzigd, ${counts("gelijk")} ongewijzigd. Nog niets veranderd.</p>
<section>${table(
      "",
      ["Wat", "Rol", "Voor", "Naam", "Bereikbaar", "Nu"],
      changes.map((c) => [
        c.kind === "gelijk" ? esc(c.kind) : `<strong>${esc(c.kind)}</strong>`,
        esc(roleName(knowledge, c.entry.role)),
        esc(place(ctx.region, c.entry)),
        esc(c.entry.name),
        esc([c.entry.phone, c.entry.email].filter(Boolean).join(", ")),
        esc(c.holder ?? ""),
      ]),
      "De lijst bevat geen contacten.",
    )}</section>
<div class="row"><form method="post" action="/beheer/contacten/toepassen">${shell.csrfField(ctx)}<input type="hidden" name="import" value="${esc(token)}"><button type="submit">Toepassen</button></form>
<form method="get" action="/beheer/contacten"><button class="secondary" type="submit">Annuleren</button></form></div>`,
    { ctx, path: "/beheer/contacten" },
  );
}
