/**
 * Signing in to the web chat with the one-time link the bot sent privately, and signing out.
 * Opening the link only shows a button; pressing it uses up the link and starts a session
 * bound to the person the link was made for.
 */
import { type Route, readBody, sendText } from "../../src/kernel/http.ts";
import type { Logger } from "../../src/kernel/logger.ts";
import { apiSession, type SignedInPerson } from "./api.ts";
import type { Guard } from "./guard.ts";
import { expiredPage, html, loginPage } from "./pages.ts";
import type { Sessions } from "./sessions.ts";

export interface SignInDeps {
  mode: "demo" | "signin";
  logger: Logger;
  guard: Guard;
  sessions: Sessions;
  /** One-time sign-in links: the person a token was made for, using it up. */
  signIn: { redeem(token: string): Promise<string | undefined> };
  /** The roster person with this id: a link for anyone else signs nobody in. */
  person: (personId: string) => Promise<SignedInPerson | undefined>;
}

export function signInRoutes(deps: SignInDeps): Route[] {
  const { mode, logger, guard, sessions } = deps;
  return [
    {
      method: "GET",
      path: "/login/*",
      handle: (req, res) => {
        const token = (req.url ?? "").split("?")[0]?.slice("/login/".length) ?? "";
        if (mode !== "signin" || !/^[\w-]{20,64}$/.test(token)) return html(res, 404, expiredPage);
        // Opening the link only shows a button: link previews in chat apps fetch the page too,
        // and must not use up the link.
        html(res, 200, loginPage(token));
      },
    },
    {
      method: "POST",
      path: "/login",
      handle: async (req, res) => {
        const problem = guard.check(req, { json: false });
        if (problem) return sendText(res, problem.status, problem.error);
        const token = new URLSearchParams((await readBody(req, 4096)).toString("utf8")).get("token") ?? "";
        const personId = mode === "signin" && token ? await deps.signIn.redeem(token) : undefined;
        if (!personId || !(await deps.person(personId))) {
          logger.warn("web chat: sign-in link refused (unknown, used or expired)");
          return html(res, 400, expiredPage);
        }
        const session = sessions.create(personId);
        logger.info("web chat: signed in");
        res.writeHead(303, { location: "/", "set-cookie": sessions.cookie(session), "content-length": 0 });
        res.end();
      },
    },
    {
      method: "POST",
      path: "/api/web/logout",
      handle: (req, res) => {
        const session = apiSession(deps, req, res, true);
        if (!session) return;
        sessions.end(session);
        res.writeHead(204, { "set-cookie": sessions.clearCookie() });
        res.end();
      },
    },
  ];
}
