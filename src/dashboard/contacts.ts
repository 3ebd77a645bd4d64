/**
 * Contacten: who the bot names when someone asks who holds a role, per role and place, and
 * how current each entry is. People who joined for a role and contacts the gemeente added
 * here (by hand or by importing a contacts.yaml) go before the knowledge base's contact list,
 * in answers at once. Entries whose holder did not answer the bot's half-yearly question
 * within 14 days come first; then the longest unconfirmed.
 *
 * An import shows what it would change before it does: the preview is kept for 30 minutes
 * under a random token bound to the session's person, and "Toepassen" applies exactly that.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { parse } from "yaml";
import { z } from "zod";
import type { Route } from "../kernel/http.ts";
import {
  type Contact,
  contactsFileSchema,
  type KnowledgeBase,
  type RegionKnowledge,
} from "../knowledge/schema.ts";
import type { Person, PersonContact } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { ContactState } from "../people/confirm.ts";
import { type Ctx, date, esc, isoDay, type Shell, table } from "./shell.ts";

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
const today = (at: number) => new Date(at).toISOString().slice(0, 10);

/** What the form and the import give for one contact. */
interface Entry {
  role: string;
  school?: string;
  wijk?: string;
  name: string;
  phone?: string;
  email?: string;
}

interface Change {
  kind: "nieuw" | "gewijzigd" | "gelijk";
  entry: Entry;
  /** The roster person who holds the role for that place now. */
  holder?: string;
}

const placeKey = (e: { role: string; school?: string | undefined; wijk?: string | undefined }) =>
  `${e.role}/${e.school ?? ""}/${e.wijk ?? ""}`;

export function contactsRoutes(shell: Shell, deps: ContactsPageDeps): Route[] {
  const { ports, now, knowledge } = deps;
  const roleName = (id: string) => knowledge.vocabulary.roles.find((r) => r.id === id)?.nl ?? id;
  const place = (region: RegionKnowledge, c: { school?: string | undefined; wijk?: string | undefined }) =>
    region.schools.find((s) => s.id === c.school)?.name ??
    region.wijken.find((w) => w.id === c.wijk)?.name ??
    region.name;
  const rosterContacts = async (region: RegionKnowledge) =>
    (await ports.people.all()).filter((p) => p.region === region.id && p.contact && !p.demo);

  /** A place typed as a name ("Klimboom", "Buytenwegh") or given as an id. */
  function findPlace(region: RegionKnowledge, text: string): { school?: string; wijk?: string } | undefined {
    const t = text.trim().toLowerCase();
    if (!t || t === region.name.toLowerCase() || t === region.id) return {};
    const school = region.schools.find(
      (s) =>
        s.id === t ||
        s.name.toLowerCase() === t ||
        s.aliases.some((a) => a.toLowerCase() === t) ||
        s.name.toLowerCase().endsWith(` ${t}`),
    );
    if (school) return { school: school.id };
    const wijk = region.wijken.find(
      (w) => w.id === t || w.name.toLowerCase() === t || w.aliases.some((a) => a.toLowerCase() === t),
    );
    return wijk ? { wijk: wijk.id } : undefined;
  }

  /** Adds the contact, or replaces whoever holds that role for that place in the store. */
  async function put(ctx: Ctx, entry: Entry, via: "hand" | "import"): Promise<void> {
    const at = now();
    const holder = (await rosterContacts(ctx.region)).find(
      (p) => p.contact && placeKey(p.contact) === placeKey(entry),
    );
    const contact: PersonContact = {
      role: entry.role,
      ...(entry.school ? { school: entry.school } : {}),
      ...(entry.wijk ? { wijk: entry.wijk } : {}),
      since: today(at),
      confirmed: today(at),
      ...(entry.phone ? { phone: entry.phone } : {}),
      ...(entry.email ? { email: entry.email } : {}),
      addedBy: ctx.person.id,
    };
    if (holder?.contact && holder.name === entry.name && holder.accounts.length === 0) {
      // The same person: new details, same entry.
      await ports.people.put({
        ...holder,
        contact: { ...holder.contact, ...contact, since: holder.contact.since },
      });
    } else {
      if (holder) await dropContact(ctx, holder, "vervangen");
      await ports.people.put({
        id: `contact-${randomBytes(5).toString("hex")}`,
        name: entry.name,
        roles: [],
        region: ctx.region.id,
        accounts: [],
        contact,
      });
    }
    await ports.audit.add({
      at,
      by: ctx.person.id,
      action: holder ? "contact-changed" : "contact-added",
      region: ctx.region.id,
      subject: entry.name,
      ...(holder ? { before: { name: holder.name, ...holder.contact } } : {}),
      after: { name: entry.name, ...contact, via },
    });
  }

  /** The person stops being the contact; one who only was a contact leaves the roster. */
  async function dropContact(ctx: Ctx, person: Person, reason: string): Promise<void> {
    const { contact, ...rest } = person;
    if (person.accounts.length === 0 && person.roles.length === 0) await ports.people.remove(person.id);
    else await ports.people.put(rest);
    await ports.audit.add({
      at: now(),
      by: ctx.person.id,
      action: "contact-removed",
      region: ctx.region.id,
      subject: person.name,
      before: contact,
      after: { reason },
    });
  }

  /** The form's fields as a contact of the region, or what is wrong with them. */
  function fromForm(region: RegionKnowledge, f: URLSearchParams): Entry | string {
    const role = f.get("rol") ?? "";
    if (!knowledge.vocabulary.roles.some((r) => r.id === role)) return "Kies een rol uit de lijst.";
    const where = findPlace(region, f.get("plek") ?? "");
    if (!where) return `"${f.get("plek")}" is geen school of wijk van ${region.name}.`;
    const name = (f.get("naam") ?? "").replace(/\s+/g, " ").trim().slice(0, 120);
    if (!name) return "Vul een naam in.";
    const phone = (f.get("telefoon") ?? "").trim().slice(0, 40);
    if (phone && !/^[+\d][\d ()-]{5,}$/.test(phone)) return `"${phone}" is geen telefoonnummer.`;
    const email = (f.get("email") ?? "").trim().slice(0, 200);
    if (email && !z.email().safeParse(email).success) return `"${email}" is geen e-mailadres.`;
    return { role, ...where, name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  }

  /** The contacts of a pasted contacts.yaml, checked against the region; or the problems. */
  function fromYaml(region: RegionKnowledge, text: string): Entry[] | string[] {
    let raw: unknown;
    try {
      raw = parse(text);
    } catch (e) {
      return [`Dit is geen geldige YAML: ${(e as Error).message.split("\n")[0]}`];
    }
    const file = contactsFileSchema.safeParse(raw);
    if (!file.success)
      return file.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "bestand"}: ${i.message}`);
    const problems: string[] = [];
    file.data.contacts.forEach((c: Contact, i) => {
      if (!knowledge.vocabulary.roles.some((r) => r.id === c.role))
        problems.push(`contacts.${i}: de rol "${c.role}" bestaat niet.`);
      if (c.school && !region.schools.some((s) => s.id === c.school))
        problems.push(`contacts.${i}: de school "${c.school}" hoort niet bij ${region.name}.`);
      if (c.wijk && !region.wijken.some((w) => w.id === c.wijk))
        problems.push(`contacts.${i}: de wijk "${c.wijk}" hoort niet bij ${region.name}.`);
    });
    if (problems.length > 0) return problems;
    return file.data.contacts.map((c) => ({
      role: c.role,
      ...(c.school ? { school: c.school } : {}),
      ...(c.wijk ? { wijk: c.wijk } : {}),
      name: c.name,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    }));
  }

  async function changesOf(region: RegionKnowledge, entries: Entry[]): Promise<Change[]> {
    const holders = await rosterContacts(region);
    return entries.map((entry) => {
      const holder = holders.find((p) => p.contact && placeKey(p.contact) === placeKey(entry));
      const same =
        holder?.name === entry.name &&
        (holder.contact?.phone ?? "") === (entry.phone ?? "") &&
        (holder.contact?.email ?? "") === (entry.email ?? "");
      return {
        kind: !holder ? "nieuw" : same ? "gelijk" : "gewijzigd",
        entry,
        ...(holder ? { holder: holder.name } : {}),
      };
    });
  }

  const stateText = (s: ContactState) =>
    s.kind === "overdue"
      ? `<span class="bad">geen antwoord sinds ${esc(date(s.at))}</span>`
      : s.kind === "asked"
        ? `gevraagd op ${esc(date(s.at))}`
        : s.kind === "unreachable"
          ? `<span class="muted">niet te vragen: geen account op een platform van de bot</span>`
          : `volgende vraag ${esc(isoDay(s.until))}`;

  async function render(res: ServerResponse, ctx: Ctx, notice = "") {
    const { region } = ctx;
    const rows = [
      ...(await rosterContacts(region)).map((p) => {
        const c = p.contact as PersonContact;
        const state = deps.contactState(p);
        return {
          order: state.kind === "overdue" ? 0 : 1,
          role: roleName(c.role),
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
        role: roleName(c.role),
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
          (r) =>
            `<option value="${esc(r.id)}"${r.id === "wijkagent" ? " selected" : ""}>${esc(r.nl)}</option>`,
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
        const entry = fromForm(ctx.region, ctx.fields);
        if (typeof entry === "string")
          return render(res, ctx, `<p class="error" role="alert">${esc(entry)}</p>`);
        await put(ctx, entry, "hand");
        await render(
          res,
          ctx,
          `<p role="status" class="ok">${esc(entry.name)} is nu de ${esc(roleName(entry.role))} voor ${esc(place(ctx.region, entry))}; de bot noemt ${esc(entry.name)} vanaf nu.</p>`,
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
        await dropContact(ctx, person, "verwijderd door de gemeente");
        await render(
          res,
          ctx,
          `<p role="status">${esc(person.name)} wordt niet meer genoemd als ${esc(roleName(person.contact.role))}.</p>`,
        );
      },
    },
    {
      method: "POST",
      path: "/beheer/contacten/import",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res, MAX_IMPORT_BYTES);
        if (!ctx) return;
        const parsed = fromYaml(ctx.region, ctx.fields.get("yaml") ?? "");
        if (parsed.length > 0 && typeof parsed[0] === "string")
          return render(
            res,
            ctx,
            `<section role="alert"><h3 class="error">De lijst is niet ingelezen</h3><ul>${(parsed as string[]).map((p) => `<li>${esc(p)}</li>`).join("")}</ul><p>Er is niets veranderd.</p></section>`,
          );
        const changes = await changesOf(ctx.region, parsed as Entry[]);
        const token = randomBytes(18).toString("base64url");
        await ports.state.set(IMPORT, token, { person: ctx.person.id, changes }, now() + IMPORT_MS);
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
              esc(roleName(c.entry.role)),
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
        for (const c of apply) await put(ctx, c.entry, "import");
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
