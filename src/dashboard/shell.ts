/**
 * What every page of the dashboard shares: the session (an http-only, same-site cookie scoped
 * to /beheer, kept in the state port so any instance serves it), the roles read from the
 * roster again on every request, the CSRF check on every change, and the page layout.
 * Pages are rendered on the server as plain HTML: nothing to build, readable on a phone.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../core/logger.ts";
import { hasRole, type RosterRole } from "../core/roster.ts";
import { readBody } from "../kernel/http.ts";
import type { KnowledgeBase, RegionKnowledge } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { csvCell } from "../signals/report.ts";

export const COOKIE = "convenantbot_beheer";
const SESSION = "beheer-session";
export const SESSION_MS = 8 * 60 * 60 * 1000;
export const READERS: RosterRole[] = ["gemeente", "admin", "politie"];
export const WRITERS: RosterRole[] = ["gemeente", "admin"];

export interface Session {
  personId: string;
  csrf: string;
  expiresAt: number;
}

/** A signed-in request: the session, its person as the roster has them now, and their region. */
export interface Ctx {
  session: Session;
  person: Person;
  region: RegionKnowledge;
  /** The person may change things (gemeente, admin); the police only read. */
  canWrite: boolean;
}

export const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const format = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("nl-NL", { ...options, timeZone: "Europe/Amsterdam" });
const dayTime = format({
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dayOnly = format({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
/** "5 dec 2026 10:12" */
export const day = (at: number) => dayTime.format(at);
/** "za 5 dec 2026" */
export const date = (at: number) => dayOnly.format(at);
/** A YYYY-MM-DD date as people read it: "5 dec 2026". */
export const isoDay = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? format({ day: "numeric", month: "short", year: "numeric" }).format(new Date(`${iso}T12:00:00Z`))
    : iso;

export const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A table with a header row; cells are HTML already escaped by the caller. */
export function table(className: string, head: string[], rows: string[][], empty = "Geen."): string {
  if (rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  return `<div class="scroll"><table class="${className}"><thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join("")}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c, i) => `<td data-label="${esc(head[i] ?? "")}">${c}</td>`).join("")}</tr>`).join("\n")}
</tbody></table></div>`;
}

/** A CSV download (cells a spreadsheet would read as a formula are defused, as in signal exports). */
export function sendCsv(res: ServerResponse, file: string, head: string[], rows: string[][]) {
  const csv = [head.join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\r\n");
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${file}"`,
    "cache-control": "no-store",
  });
  res.end(csv);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
header{background:#154273;color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
header h1{font-size:1.1rem;margin:0;flex:1 1 12rem}
header a{color:#fff}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{padding:1rem;max-width:64rem;margin:auto}
h2{margin-top:0}
section{background:#fff;border:1px solid #d0d5dd;border-radius:6px;padding:1rem;margin-bottom:1rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem;border-bottom:1px solid #e4e7ec;vertical-align:top}
th{font-size:.85rem;color:#475467}
td.n,th.n{text-align:right}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
input,select,textarea{font:inherit;padding:.4rem;border:1px solid #98a2b3;border-radius:4px;width:100%;max-width:28rem;box-sizing:border-box}
textarea{max-width:100%;min-height:10rem;font-family:monospace}
button{font:inherit;padding:.45rem .9rem;border-radius:4px;border:1px solid #154273;background:#154273;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#154273}
:focus-visible{outline:3px solid #f79009;outline-offset:2px}
.code{font:700 1.4rem monospace;letter-spacing:.1em;background:#fef3c7;padding:.3rem .6rem;border-radius:4px}
.muted{color:#475467}
.error{color:#b42318;font-weight:600}
.warn{background:#fef3c7;border-left:4px solid #b54708;padding:.4rem .6rem;margin:.4rem 0}
.ok{color:#067647;font-weight:600}
.bad{color:#b42318;font-weight:600}
.tag{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.85rem;border:1px solid currentColor}
.chart{position:relative;height:18rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}
.row>*{flex:1 1 12rem}
.answer{white-space:pre-wrap;overflow-wrap:anywhere;background:#f0f4f8;border-radius:6px;padding:.75rem}
@media (max-width:40rem){
.scroll :is(table,tbody,tr,td){display:block}
.scroll thead{display:none}
.scroll tr{border-bottom:1px solid #d0d5dd;padding:.4rem 0}
.scroll td{border:0;padding:.1rem .2rem}
.scroll td:empty{display:none}
.scroll td[data-label]:not([data-label=""])::before{content:attr(data-label) ": ";font-weight:600;color:#475467}
}
`;

/** The pages in the navigation; the last field: only for those who may change things. */
const PAGES: Array<[string, string, boolean?]> = [
  ["/beheer/mensen", "Mensen"],
  ["/beheer/contacten", "Contacten"],
  ["/beheer/overleggen", "Overleggen"],
  ["/beheer/berichten", "Berichten"],
  ["/beheer/signalen", "Signalen", true],
  ["/beheer/vragen", "Vragen"],
  ["/beheer/kennisbank", "Kennisbank"],
  ["/beheer/audit", "Wijzigingen"],
];

export interface ShellDeps {
  ports: Pick<StoragePorts, "people" | "state">;
  knowledge: KnowledgeBase;
  logger: Logger;
  secure: boolean;
  now: () => number;
}

export interface PageOptions {
  ctx?: Ctx;
  /** The path of the page, marked in the navigation. */
  path?: string;
  /** Scripts of the dashboard itself (/beheer/static/...), for charts. */
  scripts?: string[];
}

export function createShell(deps: ShellDeps) {
  const { ports, now } = deps;

  function page(res: ServerResponse, status: number, title: string, body: string, options: PageOptions = {}) {
    const { ctx, path, scripts = [] } = options;
    const signedIn = ctx
      ? `<nav aria-label="Beheer">${PAGES.filter(([, , writers]) => !writers || ctx.canWrite)
          .map(
            ([href, label]) => `<a href="${href}"${href === path ? ' aria-current="page"' : ""}>${label}</a>`,
          )
          .join("")}</nav>
         <form method="post" action="/beheer/uitloggen"><input type="hidden" name="csrf" value="${esc(ctx.session.csrf)}">
         <button class="secondary" type="submit">Uitloggen</button></form>`
      : "";
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} · Convenantbot beheer</title>
<style>${STYLE}</style>${scripts.map((s) => `<script src="${esc(s)}" defer></script>`).join("")}</head><body><header><h1>Convenantbot beheer${ctx ? ` · ${esc(ctx.person.name)}` : ""}</h1>${signedIn}</header>
<main><h2>${esc(title)}</h2>${body}</main></body></html>`;
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; ${
        scripts.length > 0 ? "script-src 'self'; " : ""
      }img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
    });
    res.end(html);
  }

  const cookieOf = (req: IncomingMessage) =>
    (req.headers.cookie ?? "")
      .split(";")
      .map((c) => c.trim().split("="))
      .find(([k]) => k === COOKIE)?.[1];

  /** The signed-in person with the roles the roster gives them now; else a refusal is sent. */
  async function signedIn(
    req: IncomingMessage,
    res: ServerResponse,
    roles: RosterRole[] = READERS,
  ): Promise<Ctx | undefined> {
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
    return { session, person, region, canWrite: hasRole(person, WRITERS) };
  }

  /** A change: a writer's session, and the form's CSRF token must be the session's. */
  async function form(
    req: IncomingMessage,
    res: ServerResponse,
    maxBytes = 16 * 1024,
  ): Promise<(Ctx & { fields: URLSearchParams }) | undefined> {
    const ctx = await signedIn(req, res, WRITERS);
    if (!ctx) return undefined;
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBytes);
    } catch {
      deps.logger.warn("dashboard refused: form too large", {});
      page(res, 413, "Te groot", "<p>Dit formulier is te groot. Maak de tekst korter.</p>", { ctx });
      return undefined;
    }
    const fields = new URLSearchParams(raw.toString("utf8"));
    const sent = Buffer.from(fields.get("csrf") ?? "");
    const expected = Buffer.from(ctx.session.csrf);
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      deps.logger.warn("dashboard refused: csrf", {});
      page(res, 403, "Geweigerd", "<p>Dit formulier hoort niet bij je sessie. Open de pagina opnieuw.</p>");
      return undefined;
    }
    return { ...ctx, fields };
  }

  const csrfField = (ctx: Ctx) => `<input type="hidden" name="csrf" value="${esc(ctx.session.csrf)}">`;

  const redirect = (res: ServerResponse, to: string, cookie?: string) => {
    res.writeHead(303, { location: to, "content-length": 0, ...(cookie ? { "set-cookie": cookie } : {}) });
    res.end();
  };

  async function startSession(person: Person): Promise<string> {
    const sessionToken = randomBytes(32).toString("base64url");
    const session: Session = {
      personId: person.id,
      csrf: randomBytes(24).toString("base64url"),
      expiresAt: now() + SESSION_MS,
    };
    await ports.state.set(SESSION, hash(sessionToken), session, session.expiresAt);
    return `${COOKIE}=${sessionToken}; Path=/beheer; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${deps.secure ? "; Secure" : ""}`;
  }

  async function endSession(req: IncomingMessage): Promise<string> {
    const token = cookieOf(req);
    if (token) await ports.state.delete(SESSION, hash(token));
    return `${COOKIE}=; Path=/beheer; HttpOnly; SameSite=Strict; Max-Age=0${deps.secure ? "; Secure" : ""}`;
  }

  return { page, signedIn, form, csrfField, redirect, startSession, endSession };
}

export type Shell = ReturnType<typeof createShell>;
