/**
 * The coordinator's dashboard under /beheer, for the gemeente and admins of a region (and,
 * read-only, its police): people and invitations, contacts, the meeting plan against the
 * covenant's rhythm, broadcasts with their delivery, signals as charts, questions the bot
 * could not answer, the knowledge base with a "probeer een vraag" box, and the audit log.
 *
 * Signing in needs no password: `/beheer` in any chat sends the person a private one-time
 * link (10 minutes, once); opening it starts a session bound to that person (see shell.ts).
 */
import type { ChatFeature } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import { hasRole } from "../core/roster.ts";
import type { Answer } from "../engine/types.ts";
import { type Route, readBody } from "../kernel/http.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { ContactState } from "../people/confirm.ts";
import type { Invitations } from "../people/invitations.ts";
import { createSignInLinks } from "../people/signin.ts";
import { broadcastsRoutes } from "./broadcasts.ts";
import { contactsRoutes } from "./contacts.ts";
import { knowledgeRoutes } from "./knowledge.ts";
import { meetingsRoutes } from "./meetings.ts";
import { peopleRoutes } from "./people.ts";
import { recordsRoutes } from "./records.ts";
import { createShell, esc, READERS } from "./shell.ts";
import { signalsRoutes } from "./signals.ts";

export interface DashboardDeps {
  ports: Pick<
    StoragePorts,
    | "people"
    | "invitations"
    | "audit"
    | "state"
    | "feedback"
    | "meetings"
    | "outbox"
    | "conversations"
    | "signals"
  >;
  knowledge: KnowledgeBase;
  invitations: Invitations;
  /** How current a roster contact is (the confirmation cycle). */
  contactState: (person: Person) => ContactState;
  /** The bot's answer to a question in a region (the "probeer een vraag" box); nothing is kept. */
  ask: (question: string, region: string) => Promise<Answer>;
  logger: Logger;
  /** The address people open the bot at (links, the Secure cookie flag for https). */
  publicUrl: string;
  now?: () => number;
}

export function createDashboard(deps: DashboardDeps): { routes: Route[]; feature: ChatFeature } {
  const now = deps.now ?? (() => Date.now());
  const { ports } = deps;
  const links = createSignInLinks(ports.state, now, 10 * 60 * 1000, "beheer-sign-in");
  const base = deps.publicUrl.replace(/\/$/, "");
  const shell = createShell({
    ports,
    knowledge: deps.knowledge,
    logger: deps.logger,
    secure: base.startsWith("https://"),
    now,
  });

  const routes: Route[] = [
    { method: "GET", path: "/beheer", handle: (_req, res) => shell.redirect(res, "/beheer/mensen") },
    {
      // The link itself changes nothing: a link preview that fetches it does not use it up.
      method: "GET",
      path: "/beheer/login/*",
      handle: (req, res) => {
        const token = (req.url ?? "").split("?")[0]?.slice("/beheer/login/".length) ?? "";
        shell.page(
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
          return shell.page(
            res,
            400,
            "Link verlopen",
            "<p>Deze link is al gebruikt of verlopen. Vraag de bot opnieuw om <strong>/beheer</strong>.</p>",
          );
        }
        const cookie = await shell.startSession(person);
        deps.logger.info("dashboard: signed in", {});
        shell.redirect(res, "/beheer/mensen", cookie);
      },
    },
    {
      method: "POST",
      path: "/beheer/uitloggen",
      handle: async (req, res) => shell.redirect(res, "/beheer/mensen", await shell.endSession(req)),
    },
    ...peopleRoutes(shell, { ports, invitations: deps.invitations, now }),
    ...contactsRoutes(shell, { ports, knowledge: deps.knowledge, contactState: deps.contactState, now }),
    ...meetingsRoutes(shell, { ports, now }),
    ...broadcastsRoutes(shell, { ports, knowledge: deps.knowledge, now }),
    ...signalsRoutes(shell, { ports, knowledge: deps.knowledge, now }),
    ...recordsRoutes(shell, { ports, now }),
    ...knowledgeRoutes(shell, {
      ask: deps.ask,
      regionName: (id) => deps.knowledge.regions.find((r) => r.id === id)?.covenant.short,
    }),
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
