/**
 * Prometheus metrics (prom-client) at GET /metrics, behind a bearer token (METRICS_TOKEN; no
 * token, no route). Counts and durations only: routes by their template (never the path a
 * request used, which can hold a sign-in or calendar token), answers by outcome, the outbox
 * per platform, reminders, store writes. Signals are counted up to the end of the previous
 * ISO week, the finest time the store keeps for them, so that no scrape can date a report.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Platform } from "../core/message.ts";
import type { AnswerOutcome, DeliveryOutcome, Observer } from "../core/observer.ts";
import { isoWeek } from "../model/signals.ts";
import { type Route, sendJson } from "./http.ts";

export interface MetricsSources {
  /** Pending deliveries per platform. */
  depth(): Promise<Record<string, number>>;
  /** The platforms the outbox sends to (a gauge of 0 for each, rather than no series). */
  platforms(): readonly string[];
  /** The ISO weeks of the stored signals. */
  signalWeeks(): Promise<Iterable<string>>;
  now?: () => Date;
}

const seconds = (ms: number) => ms / 1000;

export class Metrics implements Observer {
  readonly registry = new Registry();
  private readonly requests: Counter<"route" | "method" | "status">;
  private readonly latency: Histogram<"route" | "method">;
  private readonly answers: Counter<"outcome" | "platform">;
  private readonly deliveries: Counter<"platform" | "outcome">;
  private readonly reminderCount: Counter<"late">;
  private readonly writes: Histogram;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: "convenantbot_http_requests_total",
      help: "HTTP requests by route template, method and status",
      labelNames: ["route", "method", "status"],
      registers,
    });
    this.latency = new Histogram({
      name: "convenantbot_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route template and method",
      labelNames: ["route", "method"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.answers = new Counter({
      name: "convenantbot_answers_total",
      help: "Questions by outcome: answered, asked_back (a choice is needed first) or not_known",
      labelNames: ["outcome", "platform"],
      registers,
    });
    this.deliveries = new Counter({
      name: "convenantbot_outbox_deliveries_total",
      help: "Outbox delivery tries by platform and outcome (sent, retry, failed)",
      labelNames: ["platform", "outcome"],
      registers,
    });
    new Gauge({
      name: "convenantbot_outbox_queue_depth",
      help: "Deliveries waiting in the outbox, per platform",
      labelNames: ["platform"],
      registers,
      async collect() {
        const depth = await sources.depth();
        this.reset();
        for (const p of new Set([...sources.platforms(), ...Object.keys(depth)]))
          this.set({ platform: p }, depth[p] ?? 0);
      },
    });
    this.reminderCount = new Counter({
      name: "convenantbot_reminders_total",
      help: "Meeting reminders queued for sending, by whether they went out later than planned",
      labelNames: ["late"],
      registers,
    });
    new Gauge({
      name: "convenantbot_signals_stored",
      help: "Signals in the store, counted up to the end of the previous ISO week",
      registers,
      async collect() {
        const current = isoWeek(sources.now?.() ?? new Date());
        let n = 0;
        for (const week of await sources.signalWeeks()) if (week < current) n++;
        this.set(n);
      },
    });
    this.writes = new Histogram({
      name: "convenantbot_store_write_duration_seconds",
      help: "Time to write the store",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    // Series that exist from the start, so that rates work before the first event.
    for (const outcome of ["answered", "asked_back", "not_known"])
      this.answers.inc({ outcome, platform: "web" }, 0);
    for (const late of ["true", "false"]) this.reminderCount.inc({ late }, 0);
  }

  request(route: string, method: string, status: number, ms: number): void {
    this.requests.inc({ route, method, status: String(status) });
    this.latency.observe({ route, method }, seconds(ms));
  }

  storeWrite(ms: number): void {
    this.writes.observe(seconds(ms));
  }

  answer(outcome: AnswerOutcome, platform: Platform): void {
    this.answers.inc({ outcome, platform });
  }

  delivery(platform: Platform, outcome: DeliveryOutcome): void {
    this.deliveries.inc({ platform, outcome });
  }

  reminders(count: number, late: boolean): void {
    this.reminderCount.inc({ late: String(late) }, count);
  }

  /** GET /metrics, for a request that brings `Authorization: Bearer <token>`. */
  route(token: string): Route {
    const expected = createHash("sha256").update(token).digest();
    return {
      method: "GET",
      path: "/metrics",
      handle: async (req, res) => {
        const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
        // Both sides hashed to the same length, so the comparison takes the same time for any token.
        if (!timingSafeEqual(createHash("sha256").update(given).digest(), expected)) {
          res.setHeader("www-authenticate", 'Bearer realm="metrics"');
          sendJson(res, 401, { error: "metrics need Authorization: Bearer <METRICS_TOKEN>" });
          return;
        }
        const body = await this.registry.metrics();
        res.writeHead(200, {
          "content-type": this.registry.contentType,
          "content-length": Buffer.byteLength(body),
          "cache-control": "no-store",
        });
        res.end(body);
      },
    };
  }
}
