/**
 * The one HTTP server of the running app with its own routes (/readyz, and /metrics when it
 * has a token), listening before the other parts start; each part's routes are mounted as it
 * starts. Where whoever reaches the bot is trusted, every route answers this machine only.
 */
import type { Logger } from "../core/logger.ts";
import { thisMachineOnly } from "../kernel/http.ts";
import { type HttpServer, type Route, startHttpServer } from "./http.ts";
import type { Metrics } from "./metrics.ts";
import type { Readiness } from "./readiness.ts";

export interface ListenOptions {
  port: number;
  host: string;
  logger: Logger;
  readiness: Readiness;
  metrics: Metrics;
  /** Bearer token for GET /metrics; without it there is no /metrics. */
  metricsToken: string | undefined;
  /** Every route refuses requests from elsewhere (the demo web chat, a Teams trial). */
  localOnly: boolean;
}

export interface Listening {
  http: HttpServer;
  /** Adds routes to the running server. */
  mount: (...added: Route[]) => void;
}

export async function listen(o: ListenOptions): Promise<Listening> {
  const routes: Route[] = [];
  const mount = (...added: Route[]) => {
    routes.push(...(o.localOnly ? added.map(thisMachineOnly) : added));
  };
  mount(o.readiness.route());
  if (o.metricsToken) mount(o.metrics.route(o.metricsToken));
  const http = await startHttpServer(routes, o.port, o.host, o.logger, {
    onAnswered: (a) => o.metrics.request(a.route, a.method, a.status, a.ms),
  });
  return { http, mount };
}
