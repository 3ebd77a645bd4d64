/**
 * Signals logged through every adapter leave no trace of the reporter: the store after the
 * signal differs from the store before it only by the signal, which holds no user,
 * conversation or message id, and no log line written meanwhile names the reporter or
 * repeats the text.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { slackEnv, teamsEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { type FakeBotFramework, messageActivity, postTeams, startFakeBotFramework } from "./fakes/teams.ts";
import { webClient } from "./fakes/web.ts";
import { metaJson, postWhatsApp, startFakeGraph, textWebhook } from "./fakes/whatsapp.ts";

describe("anonymous signals through every adapter", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let bf: FakeBotFramework;
  let dir: string;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let outbound = "";

  beforeAll(async () => {
    slack = await startFakeSlack();
    graph = await startFakeGraph();
    bf = await startFakeBotFramework();
    outbound = bf.sign({ aud: "https://api.botframework.com" });
    dir = mkdtempSync(join(tmpdir(), "convenantbot-signals-"));
    t = await startTestApp(
      {
        LOG_LEVEL: "debug",
        ...slackEnv(slack),
        ...whatsappEnv(graph),
        ...teamsEnv(bf),
      },
      { teamsToken: () => outbound, dataDir: dir },
    );
  });
  afterAll(async () => {
    await t.app.close();
    await Promise.all([slack.close(), graph.close(), bf.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  /** What is on disk: the store file with its journal, as the store reads them. */
  const file = (d = dir) =>
    Store.peek(d).data as unknown as Record<string, unknown> & {
      signals: unknown[];
    };
  // Besides the signal, the store gains only the keyed hash of the message id (against replays).
  const withoutSignals = (d: Record<string, unknown>) =>
    JSON.stringify({ ...d, signals: undefined, seenSignals: undefined, keys: undefined });
  const TEXT = "al weken meer vapen bij de bushalte in Seghwaert";

  /** Sends a normal question first (first contact), then the signal; checks what the signal added. */
  async function check(
    identifiers: string[],
    ask: () => Promise<unknown>,
    signal: () => Promise<unknown>,
    app = t,
    d = dir,
  ) {
    await ask();
    await expect.poll(() => app.store.data.users && Object.keys(file(d)).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const before = file(d);
    const count = before.signals.length;
    const logStart = app.logger.lines.length;
    await signal();
    await expect.poll(() => file(d).signals.length, { timeout: 5_000 }).toBe(count + 1);
    await new Promise((r) => setTimeout(r, 300));
    const after = file(d);
    expect(withoutSignals(after)).toBe(withoutSignals(before));
    const stored = JSON.stringify([after.signals.at(-1), after.seenSignals]);
    const logs = JSON.stringify(app.logger.lines.slice(logStart));
    for (const id of identifiers) {
      expect(stored, id).not.toContain(id);
      expect(logs, id).not.toContain(id);
    }
    expect(logs).not.toContain("vapen bij de bushalte");
    expect(stored).toMatch(/"week":"\d{4}-W\d{2}"/);
    expect(stored).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }

  it("Slack slash command", async () => {
    await check(
      ["U0REPORTER", "C0SECRET", "trig-reporter", "reporter"],
      () =>
        postSlack(
          t.url,
          commandBody("/vraag", "wat is een trend?", `${slack.url}/respond/a1`, {
            user_id: "U0REPORTER",
            channel_id: "C0SECRET",
            user_name: "reporter",
          }),
          "application/x-www-form-urlencoded",
        ),
      () =>
        postSlack(
          t.url,
          commandBody("/signaal", TEXT, `${slack.url}/respond/a2`, {
            user_id: "U0REPORTER",
            channel_id: "C0SECRET",
            user_name: "reporter",
            trigger_id: "trig-reporter",
          }),
          "application/x-www-form-urlencoded",
        ),
    );
    const reply = (await slack.waitFor((c) => c.path === "/respond/a2")).body as {
      response_type: string;
      text: string;
    };
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toMatch(/code is [A-Z2-9]{4}-[A-Z2-9]{4}/);
  });

  it("WhatsApp message", async () => {
    await check(
      ["31699999999", "wamid.SIGNAL", "Directeur Jansen"],
      () => postWhatsApp(t.url, metaJson(textWebhook("31699999999", "wat is een trend?", "wamid.ASK"))),
      () => postWhatsApp(t.url, metaJson(textWebhook("31699999999", `signaal ${TEXT}`, "wamid.SIGNAL"))),
    );
  });

  it("Teams personal chat", async () => {
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    await check(
      ["aad-user-1", "29:user-1", "act-signal"],
      () => postTeams(t.url, messageActivity(bf.serviceUrl, "wat is een trend?", "act-ask"), token()),
      () => postTeams(t.url, messageActivity(bf.serviceUrl, `signaal ${TEXT}`, "act-signal"), token()),
    );
  });

  it("web chat (the demo, which runs only without platforms)", async () => {
    const demoDir = mkdtempSync(join(tmpdir(), "convenantbot-signals-web-"));
    const demo = await startTestApp({ LOG_LEVEL: "debug", WEB_CHAT: "demo" }, { dataDir: demoDir });
    try {
      const web = await webClient(demo.url);
      await check(
        [web.token, "demo-directeur", "web-msg-signal"],
        () => web.say("wat is een trend?", { role: "directeur", id: "web-msg-ask" }),
        () => web.say(`/signaal ${TEXT}`, { role: "directeur", id: "web-msg-signal" }),
        demo,
        demoDir,
      );
    } finally {
      await demo.app.close();
      rmSync(demoDir, { recursive: true, force: true });
    }
  });
});
