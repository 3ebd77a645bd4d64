/**
 * Benchmark of the HTTP path, with the bot, the load generator and the fake platforms in
 * separate processes: requests per second and p50/p99 latency of a signed Slack slash command
 * that the bot acks and answers through its response_url, against a bare Bolt app that acks
 * and posts one fixed reply the same way (the least any answering bot does), measured in the
 * same run; and of a signed WhatsApp webhook. The bot runs as `convenantbot serve` on the
 * lowdb file and on PostgreSQL. This process is the load generator (autocannon).
 * Run with `npm run bench:http` (`-- --only lowdb|postgres`, BENCH_SECONDS). Prints figures.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { slackEnv, whatsappEnv } from "../tests/fakes/env.ts";
import { commandBody, slackSignature } from "../tests/fakes/slack.ts";
import { metaJson, textWebhook, WA_SECRET } from "../tests/fakes/whatsapp.ts";
import { startPostgres } from "../tests/pg.ts";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const root = join(import.meta.dirname, "..");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const children: ChildProcess[] = [];
const stopAll = () => {
  for (const c of children) c.kill("SIGKILL");
};
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

/** Starts a child process and resolves with its first line of output. */
function start(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) =>
      resolve({ child, line }),
    );
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Starts `convenantbot serve` and waits until /readyz says it is ready. */
async function startBot(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "bin", "convenantbot.js"), "serve"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      WEB_CHAT: "off",
      LOG_LEVEL: process.env.BENCH_LOG ?? "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the bot did not get ready in 60 s");
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

async function load(
  url: string,
  body: () => { body: string; headers: Record<string, string> },
): Promise<Figures & { ok: number; bad: number }> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (req) => {
          const b = body();
          return { ...req, body: b.body, headers: { ...req.headers, ...b.headers } };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    bad: result.non2xx + result.errors,
  };
}

/** Signed slash commands whose replies go to /respond/<run>/... on the Slack fake. */
const slackCommands = (slackUrl: string, run: string) => {
  let n = 0;
  return () => {
    const body = commandBody(
      "/vraag",
      "hoe vaak is het signaaloverleg in Leiden?",
      `${slackUrl}/respond/${run}/${++n}`,
    );
    const ts = Math.floor(Date.now() / 1000);
    return {
      body,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": slackSignature(body, ts),
      },
    };
  };
};

let wamid = 0;
const whatsappMessages = () => {
  const body = metaJson(
    textWebhook(
      `3161${String(wamid % 1000).padStart(7, "0")}`,
      "hoe vaak is het signaaloverleg in Leiden?",
      `wamid.bench${++wamid}`,
    ),
  );
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": `sha256=${createHmac("sha256", WA_SECRET).update(body).digest("hex")}`,
    },
  };
};

const fakes = await start([join(import.meta.dirname, "http", "fakes.ts")]);
const urls = JSON.parse(fakes.line) as { slack: string; graph: string };
/** Replies the Slack fake received for a run: once there are as many as requests acked, or none came for 3 s. */
async function replies(run: string, acked: number): Promise<number> {
  let last = -1;
  let since = Date.now();
  for (;;) {
    const counts = (await (await fetch(`${urls.slack}/__count`)).json()) as Record<string, number>;
    const now = counts[run] ?? 0;
    if (now >= acked) return now;
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since > 3_000) return now;
    await new Promise((r) => setTimeout(r, 250));
  }
}
const show = (title: string, f: Figures, extra = "") =>
  console.log(
    `${title.padEnd(44)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(4)} ms${extra}`,
  );

console.log(
  `HTTP path: ${CONNECTIONS} connections, ${DURATION} s each; bot, load generator and fakes in separate processes on 127.0.0.1`,
);
const bareProcess = await start([join(import.meta.dirname, "http", "bare.ts")], {
  SLACK_API_URL: `${urls.slack}/api/`,
});
const bare = await load(
  `http://127.0.0.1:${bareProcess.line}/slack/events`,
  slackCommands(urls.slack, "bare"),
);
const bareReplies = await replies("bare", bare.ok);
show(
  "bare Bolt app: ack + one reply via response_url",
  bare,
  `   (${bare.ok} acked, ${bareReplies} replies)`,
);
await stop(bareProcess.child);

const backends: Array<{
  name: string;
  env: () => Promise<Record<string, string>>;
  done?: () => Promise<void>;
}> = [];
if (only !== "postgres") {
  const dir = mkdtempSync(join(tmpdir(), "convenantbot-http-"));
  backends.push({
    name: "lowdb file",
    env: async () => ({ DATA_DIR: dir, STORE: "file" }),
    done: async () => rmSync(dir, { recursive: true, force: true }),
  });
}
let postgres: Awaited<ReturnType<typeof startPostgres>> | undefined;
if (only !== "lowdb") {
  backends.push({
    name: "PostgreSQL",
    env: async () => {
      postgres ??= await startPostgres();
      return { DATABASE_URL: await postgres.database(), SIGNAL_KEY: "the-key-of-this-benchmark-0123456789" };
    },
  });
}
try {
  for (const backend of backends) {
    const bot = await startBot({
      ...slackEnv({ url: urls.slack }),
      ...whatsappEnv({ url: urls.graph }),
      ...(await backend.env()),
    });
    const run = backend.name === "PostgreSQL" ? "pg" : "lowdb";
    const slack = await load(`${bot.base}/slack/events`, slackCommands(urls.slack, run));
    const answered = await replies(run, slack.ok);
    const ratio = (slack.rps / bare.rps).toFixed(2);
    show(
      `Convenantbot /slack/events, ${backend.name}`,
      slack,
      `   (${slack.ok} acked, ${answered} answers; ${ratio}x bare Bolt)`,
    );
    const wa = await load(`${bot.base}/whatsapp/webhook`, whatsappMessages);
    show(`Convenantbot /whatsapp/webhook, ${backend.name}`, wa, `   (${wa.ok} acked, ${wa.bad} refused)`);
    await stop(bot.child);
    await backend.done?.();
  }
} finally {
  await postgres?.stop();
  await stop(fakes.child);
}
