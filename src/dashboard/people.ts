/** Mensen: the people of the region with roles, school and platforms; invitations to make and revoke. */
import type { ServerResponse } from "node:http";
import type { Route } from "../kernel/http.ts";
import type { Invitation, Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { Invitations } from "../people/invitations.ts";
import { type Ctx, day, esc, type Shell, table } from "./shell.ts";

export interface PeoplePageDeps {
  ports: Pick<StoragePorts, "people" | "invitations">;
  invitations: Invitations;
  now: () => number;
}

const ROLES: Array<[string, string]> = [
  ["directeur", "Directeur"],
  ["wijkagent", "Wijkagent"],
  ["jongerenwerker", "Jongerenwerker"],
  ["leerplicht", "Leerplicht"],
  ["halt", "Halt"],
  ["ggd", "GGD"],
  ["wijkregisseur", "Wijkregisseur"],
  ["partner", "Partner"],
  ["gemeente", "Gemeente"],
];

export function peopleRoutes(shell: Shell, deps: PeoplePageDeps): Route[] {
  const { ports, now } = deps;

  const invitationState = (i: Invitation) =>
    i.revokedAt !== undefined
      ? `ingetrokken ${day(i.revokedAt)}`
      : i.usedAt !== undefined
        ? `aangemeld ${day(i.usedAt)}`
        : i.expiresAt <= now()
          ? "verlopen"
          : `open tot ${day(i.expiresAt)}`;

  async function render(res: ServerResponse, ctx: Ctx, notice = "") {
    const { region } = ctx;
    // Contacts the gemeente added by hand do not use the bot: they are under Contacten.
    const people = (await ports.people.all()).filter(
      (p) => p.region === region.id && !p.demo && (p.accounts.length > 0 || p.roles.length > 0),
    );
    const schoolName = (id?: string) => region.schools.find((s) => s.id === id)?.name ?? "";
    const platforms = (p: Person) => [...new Set(p.accounts.map((a) => a.split(":")[0]))].join(", ");
    const invitations = (await ports.invitations.list(region.id)).filter((i) => i.kind === "person");
    const body = `${notice}
<section aria-labelledby="people"><h3 id="people">Mensen in ${esc(region.name)} (${people.length})</h3>
${table(
  "people",
  ["Naam", "Rollen", "School", "Platforms"],
  people.map((p) => [esc(p.name), esc(p.roles.join(", ")), esc(schoolName(p.school)), esc(platforms(p))]),
  "Nog niemand.",
)}</section>
${
  ctx.canWrite
    ? `<section aria-labelledby="invite"><h3 id="invite">Iemand uitnodigen</h3>
<form method="post" action="/beheer/uitnodigen">${shell.csrfField(ctx)}
<label for="rol">Rol</label><select id="rol" name="rol">${ROLES.map(([v, l]) => `<option value="${v}">${l}</option>`).join("")}</select>
<label for="plek">School of wijk</label><input id="plek" name="plek" list="plekken" autocomplete="off" placeholder="bijvoorbeeld Klimboom of Buytenwegh">
<datalist id="plekken">${[...region.schools.map((s) => s.name), ...region.wijken.map((w) => w.name)].map((n) => `<option value="${esc(n)}">`).join("")}</datalist>
<p><button type="submit">Maak uitnodiging</button></p></form></section>`
    : ""
}
<section aria-labelledby="invitations"><h3 id="invitations">Uitnodigingen</h3>
${table(
  "invites",
  ["Id", "Voor", "Stand", "Actie"],
  invitations.map((i) => [
    esc(i.id),
    esc(i.name),
    esc(invitationState(i)),
    ctx.canWrite && i.revokedAt === undefined
      ? `<form method="post" action="/beheer/intrekken">${shell.csrfField(ctx)}<input type="hidden" name="id" value="${esc(i.id)}"><button class="secondary" type="submit" aria-label="Trek uitnodiging ${esc(i.id)} in">Intrekken</button></form>`
      : "",
  ]),
  "Nog geen uitnodigingen.",
)}</section>`;
    shell.page(res, 200, "Mensen en uitnodigingen", body, { ctx, path: "/beheer/mensen" });
  }

  return [
    {
      method: "GET",
      path: "/beheer/mensen",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (ctx) await render(res, ctx);
      },
    },
    {
      method: "POST",
      path: "/beheer/uitnodigen",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res);
        if (!ctx) return;
        const made = await deps.invitations.make(
          ctx.person,
          ctx.region,
          ctx.fields.get("rol") ?? "",
          ctx.fields.get("plek") ?? "",
          "nl",
        );
        const notice =
          "error" in made
            ? `<p class="error" role="alert">${esc(made.error)}</p>`
            : `<section role="status" aria-labelledby="made"><h3 id="made">Uitnodiging ${esc(made.invitation.id)} voor ${esc(made.invitation.name)}</h3>
<p>Code: <span class="code">${esc(made.code)}</span></p>
<p>Geldig tot ${esc(day(made.invitation.expiresAt))}. Geef de code persoonlijk aan de genodigde (niet in een groep); die stuurt <strong>/aanmelden ${esc(made.code)}</strong> naar de bot op Slack, Teams of WhatsApp. De code wordt niet bewaard en is hierna niet meer te zien.</p></section>`;
        await render(res, ctx, notice);
      },
    },
    {
      method: "POST",
      path: "/beheer/intrekken",
      handle: async (req, res) => {
        const ctx = await shell.form(req, res);
        if (!ctx) return;
        const reply = await deps.invitations.revoke(ctx.region, ctx.fields.get("id") ?? "", ctx.person, "nl");
        await render(res, ctx, `<p role="status">${esc(reply.text)}</p>`);
      },
    },
  ];
}
