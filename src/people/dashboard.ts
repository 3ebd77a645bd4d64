/**
 * The coordinator's dashboard under /beheer: the people of the region, the invitations and
 * the audit log, for the gemeente and admins of a region (and, read-only, its police).
 * Signing in needs no password: `/beheer` in any chat sends the person a private one-time
 * link (10 minutes, once); opening it starts a session bound to that person, in an http-only,
 * same-site cookie scoped to /beheer. Every page and change reads the person's roles from the
 * roster again, and every change carries the session's CSRF token. Pages are rendered on the
 * server as plain HTML: nothing to build, readable on a phone.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatFeature } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import { hasRole, type RosterRole } from "../core/roster.ts";
import { type Route, readBody } from "../kernel/http.ts";
import type { KnowledgeBase, RegionKnowledge } from "../knowledge/schema.ts";
import type { AuditEntry, Invitation, Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { Invitations } from "./invitations.ts";
import { createSignInLinks } from "./signin.ts";

export interface DashboardDeps {
  ports: Pick<StoragePorts, "people" | "invitations" | "audit" | "state" | "feedback">;
  knowledge: KnowledgeBase;
  invitations: Invitations;
  logger: Logger;
  /** The address people open the bot at (links, the Secure cookie flag for https). */
  publicUrl: string;
  now?: () => number;
}

const COOKIE = "convenantbot_beheer";
const SESSION = "beheer-session";
const SESSION_MS = 8 * 60 * 60 * 1000;
const READERS: RosterRole[] = ["gemeente", "admin", "politie"];
const WRITERS: RosterRole[] = ["gemeente", "admin"];

interface Session {
  personId: string;
  csrf: string;
  expiresAt: number;
}

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
const day = (at: number) =>
  new Date(at).toLocaleString("nl-NL", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  });
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
header{background:#154273;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header h1{font-size:1.1rem;margin:0;flex:1}
header a{color:#fff}
nav a{margin-right:1rem}
main{padding:1rem;max-width:60rem;margin:auto}
section{background:#fff;border:1px solid #d0d5dd;border-radius:6px;padding:1rem;margin-bottom:1rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem;border-bottom:1px solid #e4e7ec;vertical-align:top}
th{font-size:.85rem;color:#475467}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
input,select{font:inherit;padding:.4rem;border:1px solid #98a2b3;border-radius:4px;width:100%;max-width:24rem;box-sizing:border-box}
button{font:inherit;padding:.45rem .9rem;border-radius:4px;border:1px solid #154273;background:#154273;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#154273}
.code{font:700 1.4rem monospace;letter-spacing:.1em;background:#fef3c7;padding:.3rem .6rem;border-radius:4px}
.muted{color:#475467}
.error{color:#b42318;font-weight:600}
@media (max-width:40rem){.people :is(th,td):nth-child(4),.invites :is(th,td):nth-child(1),.audit :is(th,td):nth-child(n+4){display:none}}
`;

export function createDashboard(deps: DashboardDeps): { routes: Route[]; feature: ChatFeature } {
  const now = deps.now ?? (() => Date.now());
  const { ports } = deps;
  const links = createSignInLinks(ports.state, now, 10 * 60 * 1000, "beheer-sign-in");
  const base = deps.publicUrl.replace(/\/$/, "");
  const secure = base.startsWith("https://");

  const page = (
    res: ServerResponse,
    status: number,
    title: string,
    body: string,
    person?: Person,
    csrf?: string,
  ) => {
    const signedIn = person
      ? `<nav aria-label="Beheer"><a href="/beheer/mensen">Mensen</a><a href="/beheer/contacten">Contacten</a><a href="/beheer/vragen">Vragen</a><a href="/beheer/audit">Wijzigingen</a></nav>
         <form method="post" action="/beheer/uitloggen"><input type="hidden" name="csrf" value="${esc(csrf)}">
         <button class="secondary" type="submit">Uitloggen</button></form>`
      : "";
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} · Convenantbot beheer</title>
<style>${STYLE}</style></head><body><header><h1>Convenantbot beheer${person ? ` · ${esc(person.name)}` : ""}</h1>${signedIn}</header>
<main><h2>${esc(title)}</h2>${body}</main></body></html>`;
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
    });
    res.end(html);
  };

  const cookieOf = (req: IncomingMessage) =>
    (req.headers.cookie ?? "")
      .split(";")
      .map((c) => c.trim().split("="))
      .find(([k]) => k === COOKIE)?.[1];

  /** The session and its person, with the roles the roster gives them now; else a refusal is sent. */
  async function signedIn(
    req: IncomingMessage,
    res: ServerResponse,
    roles: RosterRole[],
  ): Promise<{ session: Session; person: Person; region: RegionKnowledge } | undefined> {
    const token = cookieOf(req);
    const session = token ? await ports.state.get<Session>(SESSION, hash(token), now()) : undefined;
    const person = session ? await ports.people.byId(session.personId) : undefined;
    const region = deps.knowledge.regions.find((r) => r.id === person?.region);
    if (!session || !person) {
      page(
        res,
        401,
        "Niet ingelogd",
        `<p>Vraag de bot in je chat om <strong>/beheer</strong>: je krijgt privé een inloglink.</p>`,
      );
      return undefined;
    }
    if (!hasRole(person, roles) || !region) {
      deps.logger.warn("dashboard refused: role", {});
      page(
        res,
        403,
        "Geen toegang",
        "<p>Dit deel van het beheer is voor de gemeente en beheerders van een regio.</p>",
      );
      return undefined;
    }
    return { session, person, region };
  }

  /** A change: the form's CSRF token must be the session's. */
  async function form(req: IncomingMessage, res: ServerResponse) {
    const ctx = await signedIn(req, res, WRITERS);
    if (!ctx) return undefined;
    const fields = new URLSearchParams((await readBody(req, 16 * 1024)).toString("utf8"));
    const sent = Buffer.from(fields.get("csrf") ?? "");
    const expected = Buffer.from(ctx.session.csrf);
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      deps.logger.warn("dashboard refused: csrf", {});
      page(res, 403, "Geweigerd", "<p>Dit formulier hoort niet bij je sessie. Open de pagina opnieuw.</p>");
      return undefined;
    }
    return { ...ctx, fields };
  }

  const redirect = (res: ServerResponse, to: string, cookie?: string) => {
    res.writeHead(303, { location: to, "content-length": 0, ...(cookie ? { "set-cookie": cookie } : {}) });
    res.end();
  };

  const invitationState = (i: Invitation) =>
    i.revokedAt !== undefined
      ? `ingetrokken ${day(i.revokedAt)}`
      : i.usedAt !== undefined
        ? `aangemeld ${day(i.usedAt)}`
        : i.expiresAt <= now()
          ? "verlopen"
          : `open tot ${day(i.expiresAt)}`;

  async function peoplePage(
    res: ServerResponse,
    ctx: { session: Session; person: Person; region: RegionKnowledge },
    notice = "",
  ) {
    const { region, person, session } = ctx;
    const people = (await ports.people.all()).filter((p) => p.region === region.id && !p.demo);
    const schoolName = (id?: string) => region.schools.find((s) => s.id === id)?.name ?? "";
    const platforms = (p: Person) => [...new Set(p.accounts.map((a) => a.split(":")[0]))].join(", ");
    const invitations = (await ports.invitations.list(region.id)).filter((i) => i.kind === "person");
    const canWrite = hasRole(person, WRITERS);
    const csrf = esc(session.csrf);
    const body = `${notice}
<section aria-labelledby="people"><h3 id="people">Mensen in ${esc(region.name)} (${people.length})</h3>
<table class="people"><thead><tr><th scope="col">Naam</th><th scope="col">Rollen</th><th scope="col">School</th><th scope="col">Platforms</th></tr></thead><tbody>
${people.map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.roles.join(", "))}</td><td>${esc(schoolName(p.school))}</td><td>${esc(platforms(p))}</td></tr>`).join("\n")}
</tbody></table></section>
${
  canWrite
    ? `<section aria-labelledby="invite"><h3 id="invite">Iemand uitnodigen</h3>
<form method="post" action="/beheer/uitnodigen"><input type="hidden" name="csrf" value="${csrf}">
<label for="rol">Rol</label><select id="rol" name="rol"><option value="directeur">Directeur</option><option value="wijkagent">Wijkagent</option><option value="jongerenwerker">Jongerenwerker</option><option value="leerplicht">Leerplicht</option><option value="halt">Halt</option><option value="ggd">GGD</option><option value="partner">Partner</option><option value="gemeente">Gemeente</option></select>
<label for="plek">School of wijk</label><input id="plek" name="plek" list="plekken" autocomplete="off" placeholder="bijvoorbeeld Klimboom of Buytenwegh">
<datalist id="plekken">${[...region.schools.map((s) => s.name), ...region.wijken.map((w) => w.name)].map((n) => `<option value="${esc(n)}">`).join("")}</datalist>
<p><button type="submit">Maak uitnodiging</button></p></form></section>`
    : ""
}
<section aria-labelledby="invitations"><h3 id="invitations">Uitnodigingen</h3>
${
  invitations.length === 0
    ? `<p class="muted">Nog geen uitnodigingen.</p>`
    : `<table class="invites"><thead><tr><th scope="col">Id</th><th scope="col">Voor</th><th scope="col">Stand</th><th scope="col"><span class="muted">Actie</span></th></tr></thead><tbody>
${invitations
  .map(
    (i) =>
      `<tr><td>${esc(i.id)}</td><td>${esc(i.name)}</td><td>${esc(invitationState(i))}</td><td>${
        canWrite && i.revokedAt === undefined
          ? `<form method="post" action="/beheer/intrekken"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="id" value="${esc(i.id)}"><button class="secondary" type="submit" aria-label="Trek uitnodiging ${esc(i.id)} in">Intrekken</button></form>`
          : ""
      }</td></tr>`,
  )
  .join("\n")}</tbody></table>`
}</section>`;
    page(res, 200, "Mensen en uitnodigingen", body, person, session.csrf);
  }

  const auditRows = async (region: RegionKnowledge) => {
    const people = await ports.people.all();
    const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? id;
    return (await ports.audit.list(region.id, now() - 730 * 24 * 60 * 60 * 1000))
      .reverse()
      .map((e: AuditEntry) => ({
        when: day(e.at),
        who: nameOf(e.by),
        action: e.action,
        subject: nameOf(e.subject),
        change: [
          e.before ? `voor: ${JSON.stringify(e.before)}` : "",
          e.after ? `na: ${JSON.stringify(e.after)}` : "",
        ]
          .filter(Boolean)
          .join("; "),
      }));
  };

  const routes: Route[] = [
    {
      method: "GET",
      path: "/beheer",
      handle: (_req, res) => redirect(res, "/beheer/mensen"),
    },
    {
      // The link itself changes nothing: a link preview that fetches it does not use it up.
      method: "GET",
      path: "/beheer/login/*",
      handle: (req, res) => {
        const token = (req.url ?? "").split("?")[0]?.slice("/beheer/login/".length) ?? "";
        page(
          res,
          200,
          "Inloggen",
          `<form method="post" action="/beheer/login"><input type="hidden" name="token" value="${esc(token)}">
<p>Deze link werkt één keer en tien minuten lang.</p><p><button type="submit">Open het beheer</button></p></form>`,
        );
      },
    },
    {
      method: "POST",
      path: "/beheer/login",
      handle: async (req, res) => {
        const token = new URLSearchParams((await readBody(req, 4096)).toString("utf8")).get("token") ?? "";
        const personId = token ? await links.redeem(token) : undefined;
        const person = personId ? await ports.people.byId(personId) : undefined;
        if (!person || !hasRole(person, READERS)) {
          deps.logger.warn("dashboard sign-in refused (unknown, used or expired link, or no role)", {});
          return page(
            res,
            400,
            "Link verlopen",
            "<p>Deze link is al gebruikt of verlopen. Vraag de bot opnieuw om <strong>/beheer</strong>.</p>",
          );
        }
        const sessionToken = randomBytes(32).toString("base64url");
        const session: Session = {
          personId: person.id,
          csrf: randomBytes(24).toString("base64url"),
          expiresAt: now() + SESSION_MS,
        };
        await ports.state.set(SESSION, hash(sessionToken), session, session.expiresAt);
        deps.logger.info("dashboard: signed in", {});
        redirect(
          res,
          "/beheer/mensen",
          `${COOKIE}=${sessionToken}; Path=/beheer; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure ? "; Secure" : ""}`,
        );
      },
    },
    {
      method: "GET",
      path: "/beheer/mensen",
      handle: async (req, res) => {
        const ctx = await signedIn(req, res, READERS);
        if (ctx) await peoplePage(res, ctx);
      },
    },
    {
      method: "POST",
      path: "/beheer/uitnodigen",
      handle: async (req, res) => {
        const ctx = await form(req, res);
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
        await peoplePage(res, ctx, notice);
      },
    },
    {
      method: "POST",
      path: "/beheer/intrekken",
      handle: async (req, res) => {
        const ctx = await form(req, res);
        if (!ctx) return;
        const reply = await deps.invitations.revoke(ctx.region, ctx.fields.get("id") ?? "", ctx.person, "nl");
        await peoplePage(res, ctx, `<p role="status">${esc(reply.text)}</p>`);
      },
    },
    {
      // Who answers name for each role: people who joined for it, then the contact list of the
      // knowledge base; the longest unconfirmed first.
      method: "GET",
      path: "/beheer/contacten",
      handle: async (req, res) => {
        const ctx = await signedIn(req, res, READERS);
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
        page(
          res,
          200,
          "Contacten",
          `<p class="muted">Wie de bot noemt als iemand vraagt wie een rol heeft; wie zich aanmeldde met een uitnodiging gaat voor de contactlijst. Langst niet bevestigd bovenaan.</p>
<section><table class="audit"><thead><tr><th scope="col">Rol</th><th scope="col">Voor</th><th scope="col">Naam</th><th scope="col">Laatst bevestigd</th><th scope="col">Bron</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${esc(r.role)}</td><td>${esc(r.where)}</td><td>${esc(r.name)}</td><td>${esc(r.since)}</td><td>${esc(r.from)}</td></tr>`).join("\n")}
</tbody></table></section>`,
          ctx.person,
          ctx.session.csrf,
        );
      },
    },
    {
      // What people asked that the bot could not answer well, and how its answers were rated:
      // the texts as kept (redacted, no sender, no conversation), dates only.
      method: "GET",
      path: "/beheer/vragen",
      handle: async (req, res) => {
        const ctx = await signedIn(req, res, READERS);
        if (!ctx) return;
        const since = new Date(now() - 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
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
          "not-helpful": "niet nuttig",
        } as const;
        page(
          res,
          200,
          "Vragen en beoordelingen",
          `<p class="muted">De laatste 90 dagen, van alle regio's: zonder wie het vroeg of in welk gesprek, persoonsgegevens weggelaten.</p>
<section aria-labelledby="kept"><h3 id="kept">Vragen om van te leren (${kept.length})</h3>
${
  kept.length === 0
    ? `<p class="muted">Geen.</p>`
    : `<table class="audit"><thead><tr><th scope="col">Datum</th><th scope="col">Vraag</th><th scope="col">Waarom bewaard</th><th scope="col">Platform</th></tr></thead><tbody>
${kept
  .slice(0, 200)
  .map(
    (f) =>
      `<tr><td>${esc(f.on)}</td><td>${esc(f.question)}</td><td>${esc(f.reason ? reason[f.reason] : "")}</td><td>${esc(f.platform)}</td></tr>`,
  )
  .join("\n")}</tbody></table>`
}</section>
<section aria-labelledby="ratings"><h3 id="ratings">Beoordelingen van antwoorden (${rated.length})</h3>
<table><thead><tr><th scope="col">Soort vraag</th><th scope="col">Nuttig</th><th scope="col">Niet nuttig</th></tr></thead><tbody>
${[...byIntent].map(([k, c]) => `<tr><td>${esc(k)}</td><td>${c.yes}</td><td>${c.no}</td></tr>`).join("\n")}
</tbody></table></section>`,
          ctx.person,
          ctx.session.csrf,
        );
      },
    },
    {
      method: "GET",
      path: "/beheer/audit",
      handle: async (req, res) => {
        const ctx = await signedIn(req, res, READERS);
        if (!ctx) return;
        const rows = await auditRows(ctx.region);
        page(
          res,
          200,
          "Wijzigingen",
          `<p><a href="/beheer/audit.csv" download>Exporteer als CSV</a></p>
<section><table class="audit"><thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Wat</th><th scope="col">Wie of welke uitnodiging</th><th scope="col">Verandering</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${esc(r.when)}</td><td>${esc(r.who)}</td><td>${esc(r.action)}</td><td>${esc(r.subject)}</td><td>${esc(r.change)}</td></tr>`).join("\n")}
</tbody></table></section>`,
          ctx.person,
          ctx.session.csrf,
        );
      },
    },
    {
      method: "GET",
      path: "/beheer/audit.csv",
      handle: async (req, res) => {
        const ctx = await signedIn(req, res, READERS);
        if (!ctx) return;
        // Cells that a spreadsheet would read as a formula are quoted with a leading apostrophe.
        const cell = (v: string) => `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
        const csv = [
          "wanneer,wie,wat,onderwerp,verandering",
          ...(await auditRows(ctx.region)).map((r) =>
            [r.when, r.who, r.action, r.subject, r.change].map(cell).join(","),
          ),
        ].join("\r\n");
        res.writeHead(200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": 'attachment; filename="wijzigingen.csv"',
          "cache-control": "no-store",
        });
        res.end(csv);
      },
    },
    {
      method: "POST",
      path: "/beheer/uitloggen",
      handle: async (req, res) => {
        const token = cookieOf(req);
        if (token) await ports.state.delete(SESSION, hash(token));
        redirect(
          res,
          "/beheer/mensen",
          `${COOKIE}=; Path=/beheer; HttpOnly; SameSite=Strict; Max-Age=0${secure ? "; Secure" : ""}`,
        );
      },
    },
  ];

  const feature: ChatFeature = {
    id: "dashboard",
    commands: {
      beheer: async ({ person, lang }) => {
        if (!person || !hasRole(person, READERS) || !person.region)
          return { text: msg(lang, "dashboard.noRole"), visibility: "ephemeral" };
        const { token } = await links.create(person.id);
        return {
          text: msg(lang, "dashboard.link", { url: `${base}/beheer/login/${token}` }),
          visibility: "ephemeral",
        };
      },
    },
  };
  return { routes, feature };
}
