/**
 * Benchmark of a broadcast: the time to fan out one trend alert to 1,000 conversations
 * across Slack, Teams and WhatsApp, through the real adapters and SDKs, against local fakes
 * that enforce each platform's rate limits (answering 429 beyond them), next to the
 * theoretical minimum those limits allow. Run with `npm run bench:fanout`. Prints figures.
 */

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import { startApp } from "../src/main.ts";
import { Store } from "../src/storage/store.ts";
import { slackEnv, teamsEnv, whatsappEnv } from "../tests/fakes/env.ts";
import type { FakeApi, Recorded } from "../tests/fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "../tests/fakes/slack.ts";
import { startFakeBotFramework } from "../tests/fakes/teams.ts";
import { startFakeGraph } from "../tests/fakes/whatsapp.ts";

const SPLIT = { slack: 334, teams: 333, whatsapp: 333 };
/** The limits the fakes enforce: per platform per second, and per conversation per second. */
const LIMITS = {
  slack: { perSecond: 20, perConversation: 1 },
  teams: { perSecond: 50, perConversation: 7 },
  whatsapp: { perSecond: 80, perConversation: 1 / 6 },
};

/** Answers 429 to a request that would exceed the platform's or the conversation's rate. */
function enforce(
  fake: FakeApi,
  limits: { perSecond: number; perConversation: number },
  of: (r: Recorded) => string | undefined,
  tooMany: () => { status: number; headers?: Record<string, string>; body: unknown },
) {
  const all: number[] = [];
  const per = new Map<string, number[]>();
  const counts = { ok: 0, limited: 0 };
  fake.intercept = (req) => {
    const conversation = of(req);
    if (!conversation) return undefined;
    const now = performance.now();
    while (all.length && now - (all[0] as number) >= 1000) all.shift();
    const mine = per.get(conversation) ?? [];
    while (mine.length && now - (mine[0] as number) >= 1000 / Math.min(1, limits.perConversation))
      mine.shift();
    const convCap = Math.max(1, Math.floor(limits.perConversation));
    if (all.length >= limits.perSecond || mine.length >= convCap) {
      counts.limited++;
      return tooMany();
    }
    all.push(now);
    mine.push(now);
    per.set(conversation, mine);
    counts.ok++;
    return undefined;
  };
  return counts;
}

const slack = await startFakeSlack();
const graph = await startFakeGraph();
const bf = await startFakeBotFramework();
const outbound = bf.sign({ aud: "https://api.botframework.com" });
// The lowdb file store by default, as in production; BENCH_STORE=memory for the in-memory one.
const dataDir = mkdtempSync(join(tmpdir(), "convenantbot-fanout-"));
const store = process.env.BENCH_STORE === "memory" ? await Store.memory() : await Store.file(dataDir);
await store.update((d) => {
  d.people.push({
    id: "gem",
    name: "Gemeente Zoetermeer",
    roles: ["gemeente"],
    region: "zoetermeer",
    accounts: ["slack:UGEM"],
  });
  for (let i = 0; i < SPLIT.slack; i++) d.conversations[`slack:C${i}`] = { region: "zoetermeer", wijk: null };
  for (let i = 0; i < SPLIT.teams; i++)
    d.conversations[`teams:19:c${i}@thread`] = {
      region: "zoetermeer",
      wijk: null,
      reference: { serviceUrl: bf.serviceUrl, conversationId: `19:c${i}@thread` },
    };
  // Alerts reach WhatsApp users who are in the roster of the region.
  for (let i = 0; i < SPLIT.whatsapp; i++)
    d.people.push({
      id: `wa${i}`,
      name: `Directeur ${i}`,
      roles: ["directeur"],
      region: "zoetermeer",
      accounts: [`whatsapp:3160${String(i).padStart(7, "0")}`],
    });
  for (let i = 0; i < SPLIT.whatsapp; i++)
    d.users[`whatsapp:3160${String(i).padStart(7, "0")}`] = {
      region: "zoetermeer",
      wijk: null,
      lastMessageAt: Date.now(),
    };
});
const counts = {
  slack: enforce(
    slack,
    LIMITS.slack,
    (r) => (r.path.endsWith("chat.postMessage") ? (r.body as { channel: string }).channel : undefined),
    () => ({ status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } }),
  ),
  teams: enforce(
    bf,
    LIMITS.teams,
    (r) => (r.method === "POST" && r.path.includes("/activities") ? r.path : undefined),
    () => ({ status: 429, headers: { "retry-after": "1" }, body: { error: { code: "TooManyRequests" } } }),
  ),
  whatsapp: enforce(
    graph,
    LIMITS.whatsapp,
    (r) => (r.path.endsWith("/messages") ? (r.body as { to: string }).to : undefined),
    () => ({ status: 400, body: { error: { code: 130429, message: "Rate limit hit" } } }),
  ),
};
const config = loadConfig({
  PORT: "0",
  HOST: "127.0.0.1",
  STORE: "memory",
  LOG_LEVEL: "warn",
  ...slackEnv(slack),
  ...whatsappEnv(graph),
  ...teamsEnv(bf),
});
const app = await startApp({ config, logger: createMemoryLogger(), store, teamsToken: () => outbound });
const url = `http://127.0.0.1:${app.http.port}`;

const bytesBefore = store.bytesWritten;
const started = performance.now();
await postSlack(
  url,
  commandBody("/trend", "meer meldingen van vapen bij groep 8", `${slack.url}/respond/b1`, {
    user_id: "UGEM",
  }),
  "application/x-www-form-urlencoded",
);
await slack.waitFor((c) => c.path === "/respond/b1", 10_000);
// The gemeente sees a preview first and confirms it.
await postSlack(
  url,
  commandBody("/trend", "ja", `${slack.url}/respond/b2`, { user_id: "UGEM" }),
  "application/x-www-form-urlencoded",
);
await slack.waitFor((c) => c.path === "/respond/b2", 10_000);
await slack.waitFor(
  (c) =>
    c.path.endsWith("chat.postEphemeral") &&
    String((c.body as { text?: string }).text).includes("Afleverrapport"),
  600_000,
);
const seconds = (performance.now() - started) / 1000;
const minimum = Math.max(
  SPLIT.slack / LIMITS.slack.perSecond,
  SPLIT.teams / LIMITS.teams.perSecond,
  SPLIT.whatsapp / LIMITS.whatsapp.perSecond,
);
const report = await app.outbox.report(store.data.batches.find((b) => b.kind === "trend")?.id ?? "");
console.log(
  `fan-out of one alert to ${SPLIT.slack + SPLIT.teams + SPLIT.whatsapp} conversations (Slack ${SPLIT.slack}, Teams ${SPLIT.teams}, WhatsApp ${SPLIT.whatsapp})`,
);
console.log(
  `limits enforced by the fakes: Slack ${LIMITS.slack.perSecond}/s and 1/s per channel; Teams ${LIMITS.teams.perSecond}/s and 7/s per conversation; WhatsApp ${LIMITS.whatsapp.perSecond}/s`,
);
console.log(
  `sent ${report?.sent} of ${report?.total}, failed ${report?.failed.length}; 429s answered: Slack ${counts.slack.limited}, Teams ${counts.teams.limited}, WhatsApp ${counts.whatsapp.limited}`,
);
console.log(
  `time to the delivery report: ${seconds.toFixed(2)} s; theoretical minimum ${minimum.toFixed(2)} s; ratio ${(seconds / minimum).toFixed(2)}x`,
);
console.log(
  `store: ${store.location}; written to disk for the alert: ${(
    (store.bytesWritten - bytesBefore) / 1e6
  ).toFixed(1)} MB (document ${(statSync(store.location, { throwIfNoEntry: false })?.size ?? 0) / 1000} kB)`,
);
await app.close();
await store.close();
rmSync(dataDir, { recursive: true, force: true });
await Promise.all([slack.close(), graph.close(), bf.close()]);
