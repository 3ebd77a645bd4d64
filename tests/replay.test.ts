/**
 * Replays: a signed message that is years old or from the future is not acted on, and a
 * /signaal message delivered again after a restart stores no second signal, while the store
 * keeps nothing that links the reporter to it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import { type FakeApi, settle } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { metaJson, postWhatsApp, startFakeGraph, textWebhook } from "./fakes/whatsapp.ts";

/** A WhatsApp text message whose timestamp lies `offsetS` seconds from now. */
function at(offsetS: number, from: string, text: string, id: string): string {
  const payload = textWebhook(from, text, id) as {
    entry: Array<{ changes: Array<{ value: { messages: Array<{ timestamp: string }> } }> }>;
  };
  const m = payload.entry[0]?.changes[0]?.value.messages[0];
  if (m) m.timestamp = String(Math.floor(Date.now() / 1000) + offsetS);
  return metaJson(payload);
}

const SIGNAL = "signaal al weken meer vapen bij de bushalte in Seghwaert";

describe("replays", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let dir: string;
  beforeAll(async () => {
    slack = await startFakeSlack();
    graph = await startFakeGraph();
    dir = mkdtempSync(join(tmpdir(), "convenantbot-replay-"));
  });
  afterAll(async () => {
    await Promise.all([slack.close(), graph.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
  const start = () => startTestApp({ ...slackEnv(slack), ...whatsappEnv(graph) }, { dataDir: dir });
  /** Signals on disk: the store file with its journal, as the store reads them. */
  const signals = () => Store.peek(dir).data.signals.length;
  const sentTo = (to: string) =>
    graph.calls.filter((c) => c.path.endsWith("/messages") && (c.body as { to?: string }).to === to).length;

  it("ignores a signed WhatsApp message that is years old, or more than five minutes ahead", async () => {
    const t = await start();
    try {
      const years = 3 * 365 * 24 * 3600;
      expect(
        (await postWhatsApp(t.url, at(-years, "31611110001", "hoe vaak is het signaaloverleg?", "wamid.OLD")))
          .status,
      ).toBe(200);
      expect(
        (await postWhatsApp(t.url, at(600, "31611110002", "hoe vaak is het signaaloverleg?", "wamid.FUTURE")))
          .status,
      ).toBe(200);
      expect((await postWhatsApp(t.url, at(-years, "31611110003", SIGNAL, "wamid.OLDSIGNAL"))).status).toBe(
        200,
      );
      await settle();
      expect(sentTo("31611110001") + sentTo("31611110002") + sentTo("31611110003")).toBe(0);
      expect(t.store.data.seenEvents["whatsapp:wamid.OLD"]).toBeUndefined();
      expect(t.store.data.signals).toHaveLength(0);
      const reasons = t.logger.lines
        .filter((l) => l.msg === "whatsapp: message ignored")
        .map((l) => l.fields?.reason);
      expect(reasons).toEqual([
        "older than the redelivery window",
        "timestamp in the future",
        "older than the redelivery window",
      ]);
      // A phone whose clock is a minute ahead is answered.
      await postWhatsApp(t.url, at(60, "31611110004", "hoe vaak is het signaaloverleg?", "wamid.SKEW"));
      await expect.poll(() => sentTo("31611110004")).toBeGreaterThan(0);
    } finally {
      await t.app.close();
    }
  });

  it("stores no second signal when a /signaal message is delivered again after a restart", async () => {
    const whatsapp = at(0, "31622220001", SIGNAL, "wamid.SIGNAL1");
    const command = commandBody("/signaal", SIGNAL.replace("signaal ", ""), `${slack.url}/respond/s1`, {
      trigger_id: "trig-signal-1",
    });
    const first = await start();
    try {
      await postWhatsApp(first.url, whatsapp);
      await expect.poll(signals).toBe(1);
      await postSlack(first.url, command, "application/x-www-form-urlencoded");
      await expect.poll(signals).toBe(2);
      // Delivered again to the same process.
      await postWhatsApp(first.url, whatsapp);
      await settle();
      expect(signals()).toBe(2);
    } finally {
      await first.app.close();
    }
    const repliesBefore = sentTo("31622220001");
    const second = await start();
    try {
      expect((await postWhatsApp(second.url, whatsapp)).status).toBe(200);
      expect((await postSlack(second.url, command, "application/x-www-form-urlencoded")).status).toBe(200);
      await settle(500);
      expect(signals()).toBe(2);
      expect(sentTo("31622220001")).toBe(repliesBefore);
      const stored = Store.peek(dir).raw;
      for (const id of ["wamid.SIGNAL1", "31622220001", "trig-signal-1", "U0DIRECT"])
        expect(stored).not.toContain(id);
    } finally {
      await second.app.close();
    }
  });
});
