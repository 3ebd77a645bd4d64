/**
 * Benchmark of the HTTP path: requests per second and p99 latency to acknowledge a signed
 * Slack slash command and a signed WhatsApp webhook, next to a bare Bolt app that only
 * acknowledges, measured in the same run against local fakes of the platform APIs.
 * Run with `npm run bench:http`. Prints figures; asserts nothing.
 */

import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import autocannon from "autocannon";
import { startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import { Store } from "../src/storage/store.ts";
import { slackEnv, whatsappEnv } from "../tests/fakes/env.ts";
import { commandBody, slackSignature, startFakeSlack } from "../tests/fakes/slack.ts";
import { metaJson, startFakeGraph, textWebhook, WA_SECRET } from "../tests/fakes/whatsapp.ts";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;

async function run(
  title: string,
  url: string,
  body: () => { body: string; headers: Record<string, string> },
) {
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
  const ok = result["2xx"];
  console.log(
    `${title}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (${ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors)`,
  );
  return result;
}

const slackSigned = (responseUrl: string) => () => {
  const body = commandBody("/vraag", "hoe vaak is het signaaloverleg?", responseUrl);
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

let n = 0;
const whatsappSigned = () => {
  const body = metaJson(
    textWebhook(
      `3161${String(n % 1000).padStart(7, "0")}`,
      "hoe vaak is het signaaloverleg?",
      `wamid.bench${++n}`,
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

const slack = await startFakeSlack();
const graph = await startFakeGraph();

// A bare Bolt app that only acknowledges, on its own port, as the baseline.
const bareReceiver = new HTTPReceiver({
  signingSecret: "test-signing-secret",
  endpoints: "/slack/events",
  processBeforeResponse: false,
});
const bare = new App({
  token: "xoxb-test",
  receiver: bareReceiver,
  deferInitialization: true,
  clientOptions: { slackApiUrl: `${slack.url}/api/` },
});
bare.command(/.*/, async ({ ack }) => {
  await ack();
});
await bare.init();
const bareServer = createServer((req, res) => bareReceiver.requestListener(req, res));
await new Promise<void>((r) => bareServer.listen(0, "127.0.0.1", r));
const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

const config = loadConfig({
  PORT: "0",
  STORE: "memory",
  ...slackEnv(slack),
  ...whatsappEnv(graph),
});
const app = await startApp({ config, logger: createMemoryLogger(), store: await Store.memory() });
const base = `http://127.0.0.1:${app.http.port}`;

console.log(`HTTP path, ${CONNECTIONS} connections, ${DURATION} s each, all on 127.0.0.1:`);
const bareResult = await run(
  "bare Bolt app, ack only        ",
  bareUrl,
  slackSigned(`${slack.url}/respond/bare`),
);
const slackResult = await run(
  "Convenantbot /slack/events     ",
  `${base}/slack/events`,
  slackSigned(`${slack.url}/respond/bot`),
);
const waResult = await run("Convenantbot /whatsapp/webhook ", `${base}/whatsapp/webhook`, whatsappSigned);
const ratio = (r: typeof bareResult) => (r.requests.average / bareResult.requests.average).toFixed(2);
console.log(`throughput relative to bare Bolt: Slack ${ratio(slackResult)}x, WhatsApp ${ratio(waResult)}x`);

await app.close();
await new Promise<void>((r) => bareServer.close(() => r()));
await slack.close();
await graph.close();
