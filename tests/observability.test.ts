/**
 * What an operator sees: /metrics in Prometheus format behind its token, /readyz naming what
 * is not ready, and one log line per request with its route, status and duration and nothing
 * a person typed or a link carried.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryLogger } from "../src/core/logger.ts";
import { isoWeek } from "../src/model/signals.ts";
import { startHttpServer } from "../src/server/http.ts";
import type { StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { slackEnv } from "./fakes/env.ts";
import { startFakeSlack } from "./fakes/slack.ts";
import { type WebClient, webClient } from "./fakes/web.ts";

const TOKEN = "metrics-token-for-tests-0123456789";
const MONTHS =
  "januari februari maart april mei juni juli augustus september oktober november december".split(" ");

/** A signal as the store keeps it, in a given ISO week. */
const storedSignal = (week: string) => ({
  id: `s-${week}-${Math.random()}`,
  code: "ABCD-EFGH",
  kind: "trend" as const,
  theme: "wapens" as const,
  region: "zoetermeer",
  wijk: null,
  school: null,
  week,
  text: "vapen bij de bushalte",
  questions: [],
});

/** The value of one series in a Prometheus text exposition, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics", () => {
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let web: WebClient;
  const metrics = async () => {
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  beforeAll(async () => {
    t = await startTestApp(
      { METRICS_TOKEN: TOKEN },
      {
        seed: (d: StoreData) => {
          // Two signals from a year ago, one from this week.
          const old = isoWeek(new Date(Date.now() - 365 * 24 * 60 * 60 * 1000));
          d.signals.push(storedSignal(old), storedSignal(old), storedSignal(isoWeek(new Date())));
        },
      },
    );
    web = await webClient(t.url);
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it("asks for the token, and compares it", async () => {
    const none = await fetch(`${t.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(await metrics()).toContain("# TYPE convenantbot_http_requests_total counter");
  });

  it("counts requests per route template, never the path with its token", async () => {
    await fetch(`${t.url}/calendar/zoetermeer.ics?token=not-the-secret-token`);
    await fetch(`${t.url}/calendar/utrecht.ics`);
    await fetch(`${t.url}/login/some-sign-in-token-value-123456`);
    await fetch(`${t.url}/nowhere/at-all`);
    const text = await metrics();
    expect(
      sample(text, 'convenantbot_http_requests_total{route="/calendar/*",method="GET",status="403"}'),
    ).toBe(1);
    expect(
      sample(text, 'convenantbot_http_requests_total{route="/calendar/*",method="GET",status="404"}'),
    ).toBe(1);
    expect(
      sample(text, 'convenantbot_http_requests_total{route="(unmatched)",method="GET",status="404"}'),
    ).toBe(1);
    expect(text).toMatch(
      /convenantbot_http_request_duration_seconds_bucket\{le="0.05",route="\/calendar\/\*"/,
    );
    expect(text).not.toMatch(/not-the-secret-token|some-sign-in-token|nowhere|utrecht/);
  });

  it("counts answers by outcome, outbox deliveries, reminders, signals up to last week and store writes", async () => {
    expect(await web.say("hoe vaak is het bestuurlijk overleg?", { role: "guest" })).toBeTruthy();
    await web.say("wie is de wijkagent voor da vinci?", { role: "guest", region: null });
    await web.say("wat wordt het weer morgen?", { role: "guest" });
    // A meeting in three days: its 7-day reminder is due now, and late.
    const d = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const when = `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()} 15:00`;
    expect(
      await web.say(`/overleg plan bestuurlijk overleg ${when} stadhuis`, { role: "gemeente" }),
    ).toContain("Gepland");
    await t.app.reminders.tick();
    await t.app.outbox.idle();
    const text = await metrics();
    expect(sample(text, 'convenantbot_answers_total{outcome="answered",platform="web"}')).toBe(1);
    expect(sample(text, 'convenantbot_answers_total{outcome="asked_back",platform="web"}')).toBe(1);
    expect(sample(text, 'convenantbot_answers_total{outcome="not_known",platform="web"}')).toBe(1);
    expect(sample(text, 'convenantbot_reminders_total{late="true"}')).toBeGreaterThan(0);
    expect(sample(text, 'convenantbot_reminders_total{late="false"}')).toBe(0);
    expect(
      sample(text, 'convenantbot_outbox_deliveries_total{platform="web",outcome="sent"}'),
    ).toBeGreaterThan(0);
    expect(sample(text, 'convenantbot_outbox_queue_depth{platform="web"}')).toBe(0);
    // This week's signal is not counted yet: a scrape must not tell when a report came in.
    expect(sample(text, "convenantbot_signals_stored")).toBe(2);
    expect(sample(text, "convenantbot_store_write_duration_seconds_count")).toBeGreaterThan(0);
    expect(text).toContain("process_resident_memory_bytes");
    // No message text, person or conversation in any label.
    expect(text).not.toMatch(/weer morgen|da vinci|stadhuis|demo-|web-/i);
  });

  it("is not there without METRICS_TOKEN, and refuses a short token", async () => {
    const plain = await startTestApp();
    try {
      expect(
        (await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status,
      ).toBe(404);
    } finally {
      await plain.app.close();
    }
    await expect(startTestApp({ METRICS_TOKEN: "short" })).rejects.toThrow(
      /METRICS_TOKEN is invalid: use at least 16 random characters/,
    );
  });
});

describe("GET /readyz", () => {
  it("is ready with a writable store and every adapter started", async () => {
    const t = await startTestApp();
    try {
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ready", parts: { store: "ok", web: "ok" } });
    } finally {
      await t.app.close();
    }
  });

  it("says which part is not ready: the store once another process took its lock", async () => {
    const dir = mkdtempSync(join(tmpdir(), "convenantbot-ready-"));
    const t = await startTestApp({}, { dataDir: dir });
    try {
      expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
      // The lock is gone (another process removed it to take over): nothing may be written.
      rmSync(join(dir, "convenantbot.json.lock"), { recursive: true, force: true });
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as {
        status: string;
        notReady: string[];
        parts: Record<string, string>;
      };
      expect(body.status).toBe("not ready");
      expect(body.notReady).toEqual([
        "store: another process has taken the store's lock; nothing more is written",
      ]);
      expect(body.parts.web).toBe("ok");
      expect(JSON.stringify(body)).not.toContain(dir);
      // Liveness is another question: the process still answers.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.app.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says an adapter is starting while it starts, with /healthz answering already", async () => {
    const slack = await startFakeSlack();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    // Slack's auth.test takes its time: the adapter is not started until it answers.
    slack.intercept = async (req) => {
      if (req.path.includes("auth.test")) await held;
      return undefined;
    };
    const port = await freePort();
    const starting = startTestApp({ ...slackEnv(slack), PORT: String(port), WEB_CHAT: "signin" });
    try {
      const url = `http://127.0.0.1:${port}`;
      let res: Response | undefined;
      for (let i = 0; i < 100 && !res; i++) {
        res = await fetch(`${url}/readyz`).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 50));
      }
      if (!res) throw new Error("the server did not listen while Slack was starting");
      expect(res.status).toBe(503);
      expect(((await res.json()) as { notReady: string[] }).notReady).toEqual(["slack: starting"]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      release();
      const t = await starting;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await t.app.close();
    } finally {
      release();
      await slack.close();
    }
  });
});

describe("the request log", () => {
  it("has one line per request with route, status and duration, and no text, token or query", async () => {
    const t = await startTestApp();
    try {
      const web = await webClient(t.url);
      await web.say("/signaal al weken vapen bij de bushalte in Seghwaert", { role: "directeur" });
      await fetch(`${t.url}/calendar/zoetermeer.ics?token=secret-calendar-token`);
      await fetch(`${t.url}/login/secret-sign-in-token-abcdefghij`);
      await fetch(`${t.url}/healthz`);
      const requests = t.logger.lines.filter((l) => l.msg === "request");
      expect(requests.map((l) => [l.level, l.fields?.method, l.fields?.route, l.fields?.status])).toEqual([
        ["info", "GET", "/", 200],
        ["info", "POST", "/api/web/messages", 200],
        ["info", "GET", "/calendar/*", 403],
        ["info", "GET", "/login/*", 404],
        // Probes are logged at debug level, so that they do not drown the rest.
        ["debug", "GET", "/healthz", 200],
      ]);
      for (const l of requests) expect(typeof l.fields?.ms).toBe("number");
      const all = JSON.stringify(t.logger.lines);
      expect(all).not.toMatch(/vapen bij de bushalte|secret-calendar-token|secret-sign-in-token|Seghwaert/);
      expect(all).not.toContain(web.token);
    } finally {
      await t.app.close();
    }
  });

  it("logs a failing request as an error with its stack, and answers 500", async () => {
    const logger = createMemoryLogger();
    const http = await startHttpServer(
      [
        {
          method: "GET",
          path: "/boom/*",
          handle: () => {
            throw new Error("something broke");
          },
        },
      ],
      0,
      "127.0.0.1",
      logger,
    );
    try {
      const res = await fetch(`http://127.0.0.1:${http.port}/boom/private-id?token=x`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: "internal error" });
      await new Promise((r) => setTimeout(r, 20));
      const failed = logger.lines.find((l) => l.msg === "request failed");
      expect(failed?.level).toBe("error");
      expect(failed?.fields?.route).toBe("/boom/*");
      expect(failed?.fields?.error).toBe("something broke");
      expect(String(failed?.fields?.stack)).toMatch(/Error: something broke\n\s+at /);
      expect(logger.lines.find((l) => l.msg === "request")?.fields).toMatchObject({
        route: "/boom/*",
        status: 500,
      });
      expect(JSON.stringify(logger.lines)).not.toContain("private-id");
    } finally {
      await http.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
