/**
 * One HTTP server for everything: the web chat, each platform's webhook, and /healthz.
 * Adapters contribute routes; the server only dispatches by method and path. Bodies are
 * left unread here, because Slack and WhatsApp verify signatures over the raw bytes.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { errorFields, type Logger } from "../core/logger.ts";
import { ConvenantbotError } from "../errors.ts";

import {
  MAX_BODY_BYTES,
  PayloadTooLargeError,
  type Route,
  readBody,
  sendJson,
  sendText,
} from "../kernel/http.ts";

export { MAX_BODY_BYTES, PayloadTooLargeError, type Route, readBody, sendJson, sendText };

/**
 * Sent with every response, page or API: only the bot's own scripts, styles and requests;
 * never inside a frame; no content sniffing; no referrer to other sites, because sign-in and
 * calendar links carry their secret in the URL ("no-referrer" would also make browsers send
 * `Origin: null` with the sign-in form, which the same-origin check must refuse).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

export interface HttpServer {
  server: Server;
  /** The port it listens on (useful when started on port 0). */
  port: number;
  close(): Promise<void>;
}

/** One answered request, as the request log and the metrics see it. */
export interface Answered {
  /** The route's template ("/calendar/*"), never the path the request used. */
  route: string;
  method: string;
  status: number;
  ms: number;
}

export interface HttpOptions {
  /** Called once for every request when its response is finished (or the client went away). */
  onAnswered?: (a: Answered) => void;
}

/** Probes that orchestrators ask every few seconds: logged at debug level, not info. */
const PROBES = new Set(["/healthz", "/readyz", "/metrics"]);
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

/**
 * Starts listening.
 * @throws ConvenantbotError (port_unavailable) naming the port and PORT when it is taken or not allowed.
 */
export async function startHttpServer(
  routes: Route[],
  port: number,
  host: string,
  logger: Logger,
  options: HttpOptions = {},
): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const started = performance.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    // HEAD is answered as GET; Node leaves the body out.
    const method = req.method === "HEAD" ? "GET" : req.method;
    const at = (r: Route) => (r.path.endsWith("/*") ? path.startsWith(r.path.slice(0, -1)) : r.path === path);
    const route = path === "/healthz" ? undefined : routes.find((r) => at(r) && r.method === method);
    const known = path === "/healthz" ? "/healthz" : (route ?? routes.find(at))?.path;
    const template = known ?? "(unmatched)";
    // One line per request: the route's template, never its path or query (tokens), nor a body.
    let done = false;
    const answered = () => {
      if (done) return;
      done = true;
      const a: Answered = {
        route: template,
        method: METHODS.has(req.method ?? "") ? (req.method as string) : "other",
        status: res.writableFinished ? res.statusCode : 499,
        ms: performance.now() - started,
      };
      (PROBES.has(template) ? logger.debug : logger.info)("request", {
        method: a.method,
        route: a.route,
        status: a.status,
        ms: Math.round(a.ms * 10) / 10,
      });
      options.onAnswered?.(a);
    };
    res.once("finish", answered);
    res.once("close", answered);
    if (path === "/healthz" && method === "GET") {
      sendJson(res, 200, { status: "ok" });
      return;
    }
    if (!route) {
      sendJson(res, known ? 405 : 404, { error: known ? "method not allowed" : "not found" });
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res))
      .catch((e: unknown) => {
        if (e instanceof PayloadTooLargeError) {
          logger.warn("request body too large", { route: template });
          if (!res.headersSent) sendJson(res, 413, { error: "payload too large" });
          return;
        }
        logger.error("request failed", { route: template, ...errorFields(e) });
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
        else res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => reject(listenError(e, port, host)));
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What an operator can do about a port the server cannot listen on, in one sentence. */
function listenError(e: NodeJS.ErrnoException, port: number, host: string): Error {
  const where = `port ${port} on ${host}`;
  if (e.code === "EADDRINUSE")
    return new ConvenantbotError(
      `Cannot listen on ${where}: another process is using it. Stop that process or set PORT to a free port (for example PORT=${port === 3979 ? 3980 : 3979}).`,
      "port_unavailable",
      { cause: e },
    );
  if (e.code === "EACCES")
    return new ConvenantbotError(
      `Cannot listen on ${where}: this user may not use it. Set PORT to a port above 1023 (for example PORT=3978).`,
      "port_unavailable",
      { cause: e },
    );
  if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND")
    return new ConvenantbotError(
      `Cannot listen on ${where}: this machine has no such address. Set HOST to one of its addresses (for example HOST=127.0.0.1).`,
      "port_unavailable",
      { cause: e },
    );
  return e;
}
