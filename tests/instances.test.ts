/**
 * Three bot processes on one PostgreSQL, each request going to the next instance in turn, as
 * behind a round-robin load balancer. One instance is killed (SIGKILL) in the middle of a
 * 1,000-conversation alert: every conversation is reached once or reported uncertain, never
 * twice; reminders due at start and while it is down go out once each; an event delivered to two instances
 * is answered once; a signal flow whose messages reach different instances completes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createPostgresPorts } from "../src/storage/postgres/index.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi, Recorded } from "./fakes/server.ts";
import { commandBody, eventBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import {
  buttonWebhook,
  metaJson,
  postWhatsApp,
  startFakeGraph,
  textWebhook,
  WA_PHONE_ID,
} from "./fakes/whatsapp.ts";
import { usePostgres } from "./pg.ts";
import { type Served, serve } from "./serve.ts";

const database = usePostgres();
const DIRECTORS = 1_000;
const phone = (i: number) => `3162${String(i).padStart(7, "0")}`;
const DAY = 24 * 60 * 60 * 1000;

interface WhatsAppSent {
  to: string;
  text?: { body: string };
  interactive?: { body: { text: string } };
}

describe("three instances on one PostgreSQL", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let dir: string;
  let url: string;
  const instances: Served[] = [];
  const alive = new Set<number>();
  let turn = 0;
  /** The next live instance, in turn. */
  const next = () => {
    const live = [...alive];
    return instances[live[turn++ % live.length] as number] as Served;
  };
  const field = (c: Recorded, name: string) => (c.body as Record<string, unknown>)[name];
  const waTo = (to: string) =>
    graph.calls.filter((c) => c.path === `/${WA_PHONE_ID}/messages` && (c.body as WhatsAppSent).to === to);

  beforeAll(async () => {
    [slack, graph] = await Promise.all([startFakeSlack(), startFakeGraph()]);
    url = await database();
    dir = mkdtempSync(join(tmpdir(), "convenantbot-instances-"));
    // The roster file seeds the empty database: the gemeente and 1,000 directors on WhatsApp.
    const roster = join(dir, "roster.yaml");
    writeFileSync(
      roster,
      stringify({
        people: [
          {
            id: "gem",
            name: "Gemeente Zoetermeer",
            roles: ["gemeente"],
            region: "zoetermeer",
            accounts: ["slack:UGEM"],
          },
          {
            id: "gem-leiden",
            name: "Gemeente Leiden",
            roles: ["gemeente"],
            region: "leiden",
            accounts: ["slack:UGEMLEIDEN"],
          },
          ...Array.from({ length: DIRECTORS }, (_, i) => ({
            id: `dir-${i}`,
            name: `Directeur ${i}`,
            roles: ["directeur"],
            region: "zoetermeer",
            accounts: [`whatsapp:${phone(i)}`],
          })),
        ],
      }),
    );
    // Leiden's signaaloverleg starts a day and 75 seconds from now: its 1-day reminder falls due
    // while one instance is down.
    const ports = await createPostgresPorts(url);
    await ports.conversations.patch("slack:CLEIDEN", {
      region: "leiden",
      wijk: null,
      linkedBy: "gem-leiden",
    });
    await ports.meetings.put({
      id: "m-leiden",
      region: "leiden",
      wijk: null,
      overleg: "leiden/signaaloverleg",
      start: Date.now() + DAY + 75_000,
      durationMinutes: 90,
      place: "stadhuis",
      organiser: "gem-leiden",
      status: "planned",
      sequence: 0,
      agenda: [],
    });
    await ports.close();
    const env = {
      ...slackEnv(slack),
      ...whatsappEnv(graph),
      DATABASE_URL: url,
      SIGNAL_KEY: "the-key-every-instance-of-this-deployment-shares",
      ROSTER_FILE: roster,
      WEB_CHAT: "signin",
      OUTBOX_LEASE_SECONDS: "5",
    };
    instances.push(...(await Promise.all([serve(env), serve(env), serve(env)])));
    for (const i of instances.keys()) alive.add(i);
  }, 120_000);

  afterAll(async () => {
    for (const i of instances) i.child.kill("SIGKILL");
    await Promise.all([slack?.close(), graph?.close()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs on PostgreSQL from DATABASE_URL, naming the database without its password", () => {
    const password = new URL(url).password;
    for (const i of instances) {
      expect(i.log()).toMatch(/"store":"postgresql:\/\/127\.0\.0\.1:\d+\/cb_[0-9a-f]+"/);
      if (password) expect(i.log()).not.toContain(password);
    }
  });

  it("answers a Slack event delivered to two instances once", async () => {
    const body = eventBody(
      {
        type: "app_mention",
        user: "UGEM",
        channel: "CASK",
        ts: "1700000001.000100",
        text: "<@UBOT0001> hoe vaak is het signaaloverleg in Leiden?",
      },
      "EvTWICE",
    );
    const [a, b] = await Promise.all([
      postSlack(instances[0]?.url as string, body, "application/json"),
      postSlack(instances[1]?.url as string, body, "application/json"),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await slack.waitFor((c) => c.path.endsWith("chat.postMessage") && field(c, "channel") === "CASK");
    await new Promise((r) => setTimeout(r, 1_000));
    const answers = slack.calls.filter(
      (c) => c.path.endsWith("chat.postMessage") && field(c, "channel") === "CASK",
    );
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0]?.body)).toMatch(/vijf keer per jaar|5 keer per jaar/i);
  });

  it("completes a signal flow whose messages reach a different instance each time", async () => {
    const from = "31677700001";
    let n = 0;
    const say = async (text: string, button?: string) => {
      const before = waTo(from).length;
      const id = `wamid.HOP${++n}`;
      const body = button ? buttonWebhook(from, button, text, id) : textWebhook(from, text, id);
      expect((await postWhatsApp(next().url, metaJson(body))).status).toBe(200);
      await expect.poll(() => waTo(from).length, { timeout: 10_000 }).toBeGreaterThan(before);
      const sent = waTo(from)[before]?.body as WhatsAppSent;
      return sent.text?.body ?? sent.interactive?.body.text ?? "";
    };
    expect(
      await say(
        "/signaal Jan de Vries wordt gepest bij de bushalte in Seghwaert, zijn moeder belt 06-12345678",
      ),
    ).toMatch(/^Ik zie mogelijk persoonsgegevens/);
    expect(await say("signaal ja")).toContain("Wat voor signaal is het?");
    expect(await say("Incident", "signaal:kind:incident")).toMatch(
      /^Dank je\. Je signaal is anoniem vastgelegd/,
    );
    const ports = await createPostgresPorts(url);
    try {
      const signals = await ports.signals.list("zoetermeer");
      expect(signals).toHaveLength(1);
      expect(JSON.stringify(signals)).not.toMatch(/Jan de Vries|06-12345678|31677700001/);
    } finally {
      await ports.close();
    }
  });

  it("opens a web chat sign-in link on another instance than the one that sent it, once", async () => {
    const respond = `${slack.url}/respond/web1`;
    const res = await postSlack(
      instances[0]?.url as string,
      commandBody("/webchat", "", respond, { user_id: "UGEM", channel_id: "DGEM" }),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    const sent = String(field(await slack.waitFor((c) => c.path === "/respond/web1"), "text"));
    const token = sent.match(/\/login\/([\w-]+)/)?.[1] as string;
    expect(token).toBeTruthy();
    const login = (base: string) =>
      fetch(`${base}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
        body: new URLSearchParams({ token }).toString(),
      });
    const opened = await login(instances[1]?.url as string);
    expect(opened.status).toBe(303);
    expect(opened.headers.get("set-cookie")).toMatch(/^convenantbot_session=/);
    // Used up for every instance.
    expect((await login(instances[2]?.url as string)).status).toBe(400);
    expect((await login(instances[1]?.url as string)).status).toBe(400);
  });

  it("reaches 1,000 conversations once with an instance killed midway, and sends a reminder due meanwhile once", async () => {
    const command = async (args: string, respond: string) => {
      const res = await postSlack(
        next().url,
        commandBody("/trend", args, `${slack.url}/respond/${respond}`, {
          user_id: "UGEM",
          channel_id: "CGEMEENTE",
        }),
        "application/x-www-form-urlencoded",
      );
      expect(res.status).toBe(200);
      return field(await slack.waitFor((c) => c.path === `/respond/${respond}`), "text");
    };
    const alerts = () =>
      graph.calls.filter(
        (c) => c.path === `/${WA_PHONE_ID}/messages` && (c.body as WhatsAppSent).to.startsWith("3162"),
      );
    expect(await command("meer meldingen van vapen bij groep 8; bespreek het in de klas", "p1")).toMatch(
      /Voorbeeld\* van je trendmelding voor Zoetermeer, naar 1000 gesprekken/,
    );
    // The confirmation reaches another instance than the preview did.
    expect(await command("ja", "p2")).toMatch(/wordt verstuurd naar 1000 gesprekken/);
    await expect.poll(() => alerts().length, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(300);
    instances[2]?.child.kill("SIGKILL");
    alive.delete(2);

    const report = await slack.waitFor(
      (c) => c.path.endsWith("chat.postEphemeral") && String(field(c, "text")).includes("Afleverrapport"),
      90_000,
    );
    expect(field(report, "user")).toBe("UGEM");
    const text = String(field(report, "text"));
    const counts = text.match(
      /\(.*1000 gesprekken\): (\d+) verstuurd, (\d+) mislukt, (\d+) nog onderweg(?:, (\d+) onzeker)?/,
    );
    expect(counts, text).not.toBeNull();
    const [sent, failed, pending, uncertain] = (counts as RegExpMatchArray)
      .slice(1)
      .map((x) => Number(x ?? 0)) as [number, number, number, number];
    expect(failed).toBe(0);
    expect(pending).toBe(0);
    expect(sent + uncertain).toBe(DIRECTORS);

    // Never twice; and every director has the alert, unless it is one of the uncertain ones.
    const to = alerts().map((c) => (c.body as WhatsAppSent).to);
    expect(new Set(to).size).toBe(to.length);
    expect(to.length).toBeGreaterThanOrEqual(DIRECTORS - uncertain);
    expect(to.length).toBeLessThanOrEqual(DIRECTORS);

    // Leiden's 7-day reminder was due when the three instances started: it went out once, late.
    // Its 1-day reminder falls due while the third instance is down: the two left send it once.
    const leiden = () =>
      slack.calls.filter((c) => c.path.endsWith("chat.postMessage") && field(c, "channel") === "CLEIDEN");
    await slack.waitFor(
      (c) =>
        c.path.endsWith("chat.postMessage") &&
        field(c, "channel") === "CLEIDEN" &&
        !String(field(c, "text")).includes("Later dan gepland"),
      120_000,
    );
    await new Promise((r) => setTimeout(r, 2_000));
    const texts = leiden().map((c) => String(field(c, "text")));
    expect(texts).toHaveLength(2);
    expect(
      texts.filter((t) => t.startsWith("*Herinnering:*") && t.includes("Later dan gepland")),
    ).toHaveLength(1);
    expect(
      texts.filter((t) => t.startsWith("*Herinnering:*") && !t.includes("Later dan gepland")),
    ).toHaveLength(1);
  }, 240_000);
});
