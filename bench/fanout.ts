/**
 * Benchmark of a broadcast: the time to fan out one trend alert to 1,000 conversations
 * across Slack, Teams and WhatsApp, through the real adapters and SDKs, against local fakes
 * that enforce each platform's rate limits (answering 429 beyond them), next to the
 * theoretical minimum those limits allow. Run with `npm run bench:fanout`. Prints figures for
 * the lowdb file with one instance, and PostgreSQL with one and with three instances (the
 * alert confirmed on another instance than the one it was typed on). `--only lowdb` or
 * `--only postgres` runs one backend; BENCH_STORE=memory uses the in-memory store for lowdb.
 */

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { StoragePorts } from "../src/model/ports.ts";
import { createPostgresPorts } from "../src/storage/postgres/index.ts";
import { Store } from "../src/storage/store.ts";
import { slackEnv, teamsEnv, whatsappEnv } from "../tests/fakes/env.ts";
import type { FakeApi, Recorded } from "../tests/fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "../tests/fakes/slack.ts";
import { startFakeBotFramework } from "../tests/fakes/teams.ts";
import { startFakeGraph } from "../tests/fakes/whatsapp.ts";
import { startPostgres } from "../tests/pg.ts";

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
const minimum = Math.max(
  SPLIT.slack / LIMITS.slack.perSecond,
  SPLIT.teams / LIMITS.teams.perSecond,
  SPLIT.whatsapp / LIMITS.whatsapp.perSecond,
);
console.log(
  `fan-out of one alert to ${SPLIT.slack + SPLIT.teams + SPLIT.whatsapp} conversations (Slack ${SPLIT.slack}, Teams ${SPLIT.teams}, WhatsApp ${SPLIT.whatsapp})`,
);
console.log(
  `limits enforced by the fakes: Slack ${LIMITS.slack.perSecond}/s and 1/s per channel; Teams ${LIMITS.teams.perSecond}/s and 7/s per conversation; WhatsApp ${LIMITS.whatsapp.perSecond}/s; theoretical minimum ${minimum.toFixed(2)} s`,
);

const wa = (i: number) => `3160${String(i).padStart(7, "0")}`;
/** The gemeente, 667 linked Slack and Teams conversations and 333 directors on WhatsApp. */
async function seed(ports: StoragePorts, run: number): Promise<void> {
  await ports.people.put({
    id: "gem",
    name: "Gemeente Zoetermeer",
    roles: ["gemeente"],
    region: "zoetermeer",
    accounts: ["slack:UGEM"],
  });
  for (let i = 0; i < SPLIT.slack; i++)
    await ports.conversations.patch(`slack:C${run}-${i}`, { region: "zoetermeer", wijk: null });
  for (let i = 0; i < SPLIT.teams; i++)
    await ports.conversations.patch(`teams:19:c${run}-${i}@thread`, {
      region: "zoetermeer",
      wijk: null,
      reference: { serviceUrl: bf.serviceUrl, conversationId: `19:c${run}-${i}@thread` },
    });
  // Alerts reach WhatsApp users who are in the roster of the region.
  for (let i = 0; i < SPLIT.whatsapp; i++) {
    await ports.people.put({
      id: `wa${i}`,
      name: `Directeur ${i}`,
      roles: ["directeur"],
      region: "zoetermeer",
      accounts: [`whatsapp:${wa(i)}`],
    });
    await ports.users.patch(`whatsapp:${wa(i)}`, {
      region: "zoetermeer",
      wijk: null,
      lastMessageAt: Date.now(),
    });
  }
}

const env = (extra: Record<string, string>) =>
  loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    STORE: "memory",
    LOG_LEVEL: "warn",
    SIGNAL_KEY: "the-key-every-instance-of-this-benchmark-shares",
    ...slackEnv(slack),
    ...whatsappEnv(graph),
    ...teamsEnv(bf),
    ...extra,
  });

/** Sends the alert on the first instance, confirms it on the last, waits for the report. */
async function alert(apps: RunningApp[], run: number): Promise<number> {
  const urls = apps.map((a) => `http://127.0.0.1:${a.http.port}`);
  const started = performance.now();
  await postSlack(
    urls[0] as string,
    commandBody("/trend", "meer meldingen van vapen bij groep 8", `${slack.url}/respond/r${run}a`, {
      user_id: "UGEM",
    }),
    "application/x-www-form-urlencoded",
  );
  await slack.waitFor((c) => c.path === `/respond/r${run}a`, 10_000);
  // The gemeente sees a preview first and confirms it.
  await postSlack(
    urls.at(-1) as string,
    commandBody("/trend", "ja", `${slack.url}/respond/r${run}b`, { user_id: "UGEM" }),
    "application/x-www-form-urlencoded",
  );
  await slack.waitFor((c) => c.path === `/respond/r${run}b`, 10_000);
  await slack.waitFor(
    (c) =>
      c.path.endsWith("chat.postEphemeral") &&
      String((c.body as { text?: string }).text).includes(`Afleverrapport`) &&
      !reported.has(c),
    600_000,
  );
  return (performance.now() - started) / 1000;
}
const reported = new Set<Recorded>();
const markReported = () => {
  for (const c of slack.calls) if (c.path.endsWith("chat.postEphemeral")) reported.add(c);
};

function line(label: string, seconds: number, sent: number | undefined, bytes: string): void {
  const limited = counts.slack.limited + counts.teams.limited + counts.whatsapp.limited;
  console.log(
    `${label}: ${seconds.toFixed(2)} s to the delivery report (${(seconds / minimum).toFixed(2)}x the minimum); sent ${sent} of 1000; 429s so far ${limited}; written ${bytes}`,
  );
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

if (only !== "postgres") {
  // The lowdb file store by default, as in production; BENCH_STORE=memory for the in-memory one.
  const dataDir = mkdtempSync(join(tmpdir(), "convenantbot-fanout-"));
  const store = process.env.BENCH_STORE === "memory" ? await Store.memory() : await Store.file(dataDir);
  const app = await startApp({
    config: env({}),
    logger: createMemoryLogger(),
    store,
    teamsToken: () => outbound,
  });
  await seed(app.storage.ports, 0);
  const bytesBefore = store.bytesWritten;
  const seconds = await alert([app], 0);
  const batch = store.data.batches.find((b) => b.kind === "trend")?.id ?? "";
  const report = await app.outbox.report(batch);
  line(
    `lowdb (${store.location === "memory" ? "memory" : "file"}), 1 instance`,
    seconds,
    report?.sent,
    `${((store.bytesWritten - bytesBefore) / 1e6).toFixed(1)} MB to the store file (document ${(statSync(store.location, { throwIfNoEntry: false })?.size ?? 0) / 1000} kB)`,
  );
  markReported();
  await app.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (only !== "lowdb") {
  const postgres = await startPostgres();
  try {
    for (const [run, n] of [
      [1, 1],
      [2, 3],
    ] as const) {
      const url = await postgres.database();
      const apps: RunningApp[] = [];
      for (let i = 0; i < n; i++)
        apps.push(
          await startApp({
            config: env({ DATABASE_URL: url }),
            logger: createMemoryLogger(),
            teamsToken: () => outbound,
          }),
        );
      await seed(apps[0]?.storage.ports as StoragePorts, run);
      // Bytes of write-ahead log: what PostgreSQL writes for the change, before checkpoints.
      const ports = await createPostgresPorts(url);
      const wal = async () =>
        Number(
          (await ports.pool.query<{ lsn: string }>("SELECT pg_current_wal_lsn() - '0/0' AS lsn")).rows[0]
            ?.lsn,
        );
      const walBefore = await wal();
      const seconds = await alert(apps, run);
      const walBytes = (await wal()) - walBefore;
      const batch = (await ports.outbox.batchesBy("trend", "gem")).at(-1)?.id ?? "";
      const report = await apps[0]?.outbox.report(batch);
      line(
        `PostgreSQL, ${n} instance${n > 1 ? "s" : ""}`,
        seconds,
        report?.sent,
        `${(walBytes / 1e6).toFixed(1)} MB of write-ahead log`,
      );
      markReported();
      await ports.close();
      for (const a of apps) await a.close();
    }
  } finally {
    await postgres.stop();
  }
}
await Promise.all([slack.close(), graph.close(), bf.close()]);
