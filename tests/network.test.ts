/**
 * Trend alerts and network messages, end to end: a signed command comes in through one
 * platform, the fakes of Slack, Teams and WhatsApp record what the bot posts to every linked
 * conversation, and the sender gets the delivery report. The fakes also answer 429s and
 * permanent errors, to show pacing, retries and the report's reasons. Meeting reminders take
 * the same road, and the plan is served as an iCalendar feed.
 */

import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { slackEnv, teamsEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi, Recorded } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { type FakeBotFramework, startFakeBotFramework } from "./fakes/teams.ts";
import { buttonWebhook, metaJson, postWhatsApp, startFakeGraph, textWebhook } from "./fakes/whatsapp.ts";

const HOUR = 60 * 60 * 1000;
interface WaBody {
  to: string;
  type: string;
  template: { name: string; components: Array<{ parameters: Array<{ text: string }> }> };
}

describe("trend alerts and network messages on every platform", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let bf: FakeBotFramework;
  let t: Awaited<ReturnType<typeof startTestApp>>;

  const seed = (d: StoreData) => {
    d.people.push(
      {
        id: "gem",
        name: "Gemeente Zoetermeer",
        roles: ["gemeente"],
        region: "zoetermeer",
        accounts: ["slack:UGEM"],
      },
      {
        id: "dir-klimboom",
        name: "Directeur Klimboom",
        roles: ["directeur"],
        region: "zoetermeer",
        school: "klimboom",
        accounts: ["whatsapp:31611111111"],
      },
      {
        id: "dir-leiden",
        name: "Directeur Leiden",
        roles: ["directeur"],
        region: "leiden",
        accounts: ["whatsapp:31699999999"],
      },
      {
        id: "jw-seghwaert",
        name: "Jongerenwerker Seghwaert",
        roles: ["partner"],
        region: "zoetermeer",
        accounts: ["whatsapp:31622222222"],
      },
      {
        id: "wa-noordhove",
        name: "Wijkagent Noordhove",
        roles: ["politie"],
        region: "zoetermeer",
        accounts: ["whatsapp:31633333333"],
      },
    );
    const teamsRef = (id: string) => ({
      serviceUrl: bf.serviceUrl,
      conversationId: id,
      conversationType: "channel",
    });
    Object.assign(d.conversations, {
      "slack:CSEGHWAERT": { region: "zoetermeer", wijk: "seghwaert" },
      "slack:CBUYTENWEGH": { region: "zoetermeer", wijk: "buytenwegh" },
      "slack:CGONE": { region: "zoetermeer", wijk: null },
      "slack:CLEIDEN": { region: "leiden", wijk: null },
      "teams:19:buytenwegh@thread": {
        region: "zoetermeer",
        wijk: "buytenwegh",
        reference: teamsRef("19:buytenwegh@thread"),
      },
      "teams:19:noordhove@thread": {
        region: "zoetermeer",
        wijk: "noordhove",
        reference: teamsRef("19:noordhove@thread"),
      },
      "web:demo": { region: "zoetermeer", wijk: null },
    });
    Object.assign(d.users, {
      // Wrote to the bot an hour ago: inside WhatsApp's 24-hour window.
      "whatsapp:31622222222": { region: "zoetermeer", wijk: "seghwaert", lastMessageAt: Date.now() - HOUR },
      // Last wrote three days ago: only a template may reach them.
      "whatsapp:31633333333": {
        region: "zoetermeer",
        wijk: "noordhove",
        lastMessageAt: Date.now() - 72 * HOUR,
      },
      // Set their own question region, but is not in the roster: not part of the network.
      "whatsapp:31688888888": { region: "zoetermeer", wijk: "seghwaert", lastMessageAt: Date.now() - HOUR },
    });
  };

  beforeAll(async () => {
    slack = await startFakeSlack();
    graph = await startFakeGraph();
    bf = await startFakeBotFramework();
    const outbound = bf.sign({ aud: "https://api.botframework.com" });
    t = await startTestApp(
      {
        ...slackEnv(slack),
        ...whatsappEnv(graph),
        ...teamsEnv(bf),
      },
      { teamsToken: () => outbound, seed },
    );
  });
  afterAll(async () => {
    await t.app.close();
    await Promise.all([slack.close(), graph.close(), bf.close()]);
  });
  beforeEach(() => {
    for (const f of [slack, graph, bf]) {
      f.calls.length = 0;
      f.intercept = undefined;
    }
  });

  const posts = () => slack.calls.filter((c) => c.path.endsWith("chat.postMessage"));
  const field = (c: Recorded, k: string) => (c.body as Record<string, string>)[k];
  const teamsPosts = () => bf.calls.filter((c) => c.method === "POST" && c.path.includes("/activities"));
  const waMessages = () =>
    graph.calls.filter((c) => c.path.endsWith("/messages")) as Array<Recorded & { body: WaBody }>;
  const report = () =>
    slack.waitFor(
      (c) => c.path.endsWith("chat.postEphemeral") && String(field(c, "text")).includes("Afleverrapport"),
      15_000,
    );

  /** Sends /trend, checks the preview, and confirms it with /trend ja; returns the confirmation. */
  async function trend(text: string, expectPreview?: RegExp) {
    const command = async (args: string, respond: string) => {
      const res = await postSlack(
        t.url,
        commandBody("/trend", args, `${slack.url}/respond/${respond}`, {
          user_id: "UGEM",
          channel_id: "CGEMEENTE",
        }),
        "application/x-www-form-urlencoded",
      );
      expect(res.status).toBe(200);
      return slack.waitFor((c) => c.path === `/respond/${respond}`);
    };
    const preview = await command(text, "t1");
    if (!String(field(preview, "text")).includes("Voorbeeld")) return preview;
    if (expectPreview) expect(field(preview, "text")).toMatch(expectPreview);
    // Nothing goes out before the sender confirms.
    await new Promise((r) => setTimeout(r, 100));
    expect([...posts(), ...teamsPosts(), ...waMessages()]).toEqual([]);
    return command("ja", "t1ja");
  }

  it("/trend reaches every linked conversation of the region on all three platforms, with a report", async () => {
    // One Slack channel has removed the bot; Slack says so for every try.
    slack.intercept = (req) =>
      req.path.endsWith("chat.postMessage") && field(req, "channel") === "CGONE"
        ? { body: { ok: false, error: "channel_not_found" } }
        : undefined;
    const ack = await trend(
      "meer meldingen van vapen bij groep 8; bespreek het in de klas",
      /Voorbeeld\* van je trendmelding voor Zoetermeer, naar 8 gesprekken \(Slack 3, Teams 2, WhatsApp 3\)/,
    );
    expect(field(ack, "text")).toMatch(
      /Trendmelding voor Zoetermeer wordt verstuurd naar 8 gesprekken \(Slack 3, Teams 2, WhatsApp 3\)/,
    );
    const r = await report();
    expect(field(r, "channel")).toBe("CGEMEENTE");
    expect(field(r, "user")).toBe("UGEM");
    expect(field(r, "text")).toContain("8 gesprekken): 7 verstuurd, 1 mislukt, 0 nog onderweg");
    // Recipients are named, never by platform id or phone number.
    expect(field(r, "text")).toContain("Mislukt: Slack-gesprek van Zoetermeer: channel_not_found");
    expect(field(r, "text")).not.toMatch(/CGONE|316\d{8}/);

    expect(
      posts()
        .map((c) => field(c, "channel"))
        .sort(),
    ).toEqual(["CBUYTENWEGH", "CGONE", "CSEGHWAERT"]);
    for (const c of posts())
      expect(field(c, "text")).toContain("*Trendmelding* van Gemeente Zoetermeer voor gemeente Zoetermeer");
    expect(
      teamsPosts()
        .map((c) => decodeURIComponent(c.path))
        .sort(),
    ).toEqual([
      "/teams/v3/conversations/19:buytenwegh@thread/activities",
      "/teams/v3/conversations/19:noordhove@thread/activities",
    ]);
    expect(JSON.stringify(teamsPosts()[0]?.body)).toContain("vapen bij groep 8");

    const wa = waMessages();
    expect(wa.map((m) => m.body.to).sort()).toEqual(["31611111111", "31622222222", "31633333333"]);
    // Inside the 24-hour window: free text. Outside it (and never written): the approved template.
    expect(wa.find((m) => m.body.to === "31622222222")?.body).toMatchObject({ type: "text" });
    const template = wa.find((m) => m.body.to === "31633333333")?.body;
    expect(template).toMatchObject({ type: "template", template: { name: "convenantbot_trendmelding" } });
    expect(template?.template.components[0]?.parameters.map((p) => p.text)).toEqual([
      "Gemeente Zoetermeer",
      "gemeente Zoetermeer",
      "meer meldingen van vapen bij groep 8; bespreek het in de klas",
    ]);
    // Leiden's conversations and people are not Zoetermeer's network; web chats are not addressable.
    expect(JSON.stringify([...slack.calls, ...graph.calls])).not.toMatch(/CLEIDEN|31699999999|31688888888/);
  });

  it("/trend intrekken deletes the alert on Slack and Teams and says where it cannot", async () => {
    await trend("wijk Buytenwegh: let op, de melding over de bushalte klopte niet");
    await report();
    await t.app.outbox.idle();
    const ack = await (async () => {
      await postSlack(
        t.url,
        commandBody("/trend", "intrekken", `${slack.url}/respond/t9`, {
          user_id: "UGEM",
          channel_id: "CGEMEENTE",
        }),
        "application/x-www-form-urlencoded",
      );
      return String(field(await slack.waitFor((c) => c.path === "/respond/t9"), "text"));
    })();
    expect(ack).toContain("Ingetrokken: 2 berichten verwijderd (Slack 1, Teams 1)");
    expect(ack).toContain(
      "Niet in te trekken: WhatsApp 1. WhatsApp laat een bot verstuurde berichten niet verwijderen",
    );
    // The very messages that were posted are deleted: Slack by channel and ts, Teams by activity id.
    const posted = posts().find((c) => field(c, "channel") === "CBUYTENWEGH");
    const deleted = slack.calls.filter((c) => c.path.endsWith("chat.delete"));
    expect(deleted.map((c) => [field(c, "channel"), field(c, "ts")])).toEqual([
      ["CBUYTENWEGH", expect.any(String)],
    ]);
    expect(posted).toBeDefined();
    const teamsDeleted = bf.calls.filter((c) => c.method === "DELETE").map((c) => decodeURIComponent(c.path));
    expect(teamsDeleted).toEqual([
      expect.stringMatching(/\/v3\/conversations\/19:buytenwegh@thread\/activities\/sent-\d+$/),
    ]);
    // Withdrawn once; the second time there is nothing left to withdraw.
    await postSlack(
      t.url,
      commandBody("/trend", "intrekken", `${slack.url}/respond/t10`, {
        user_id: "UGEM",
        channel_id: "CGEMEENTE",
      }),
      "application/x-www-form-urlencoded",
    );
    expect(String(field(await slack.waitFor((c) => c.path === "/respond/t10"), "text"))).toContain(
      "Er is geen bericht om in te trekken",
    );
  });

  it("backs off on 429 from each platform and still delivers everything once", async () => {
    const seen = new Set<string>();
    const once = (key: string) => {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    slack.intercept = (req) =>
      req.path.endsWith("chat.postMessage") && once(`s:${field(req, "channel")}`)
        ? { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } }
        : undefined;
    bf.intercept = (req) =>
      req.path.includes("/activities") && once(`t:${req.path}`)
        ? { status: 429, headers: { "retry-after": "1" }, body: { error: { code: "TooManyRequests" } } }
        : undefined;
    graph.intercept = (req) =>
      req.path.endsWith("/messages") && once("w")
        ? { status: 400, body: { error: { code: 130429, message: "Rate limit hit" } } }
        : undefined;
    const started = Date.now();
    await trend("wijk Buytenwegh: vuurwerk bij het winkelcentrum na schooltijd");
    const r = await report();
    expect(field(r, "text")).toMatch(/wijk Buytenwegh, 3 gesprekken\): 3 verstuurd, 0 mislukt/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const ok = (calls: Recorded[]) => calls.length;
    expect(posts().map((c) => field(c, "channel"))).toEqual(["CBUYTENWEGH", "CBUYTENWEGH"]);
    expect(ok(teamsPosts())).toBe(2);
    // Directeur Klimboom (IKC Klimboom lies in Buytenwegh) is reached once after the 130429.
    expect(waMessages().map((m) => m.body.to)).toEqual(["31611111111", "31611111111"]);
  });

  it("refuses /trend for anyone but the gemeente, and names unknown wijken", async () => {
    await postSlack(
      t.url,
      commandBody("/trend", "vapen", `${slack.url}/respond/t2`, { user_id: "UNOBODY" }),
      "application/x-www-form-urlencoded",
    );
    expect(field(await slack.waitFor((c) => c.path === "/respond/t2"), "text")).toContain(
      "Je staat nog niet in het deelnemersoverzicht",
    );
    const ack = await trend("wijk Atlantis vapen");
    expect(field(ack, "text")).toMatch(/Onbekende wijk .*Wijken in Zoetermeer: .*Seghwaert/);
    expect(posts()).toEqual([]);
  });

  it("/deel from WhatsApp reaches the sender's wijk network on the other platforms, with name and school", async () => {
    const res = await postWhatsApp(
      t.url,
      metaJson(
        textWebhook(
          "31611111111",
          "/deel vanmiddag weer jongeren met vuurwerk bij het winkelcentrum",
          "wamid.deel1",
        ),
      ),
    );
    expect(res.status).toBe(200);
    const preview = await graph.waitFor((c) => JSON.stringify(c.body).includes("Voorbeeld"));
    expect(JSON.stringify(preview.body)).toContain("naar 2 gesprekken (Slack 1, Teams 1)");
    await postWhatsApp(t.url, metaJson(textWebhook("31611111111", "/deel ja", "wamid.deel2")));
    const ack = await graph.waitFor(
      (c) => c.path.endsWith("/messages") && JSON.stringify(c.body).includes("wordt verstuurd"),
    );
    expect(JSON.stringify(ack.body)).toContain(
      "Bericht voor wijk Buytenwegh wordt verstuurd naar 2 gesprekken (Slack 1, Teams 1)",
    );
    const post = await slack.waitFor((c) => c.path.endsWith("chat.postMessage"));
    expect(field(post, "channel")).toBe("CBUYTENWEGH");
    expect(field(post, "text")).toContain("*Directeur Klimboom (IKC Klimboom)* deelt met wijk Buytenwegh:");
    await bf.waitFor((c) => c.path.includes("buytenwegh") && c.path.includes("/activities"));
    // WhatsApp's pair limit (one message per user per 6 s) may hold the report back a little.
    const r = await graph.waitFor((c) => JSON.stringify(c.body).includes("Afleverrapport"), 15_000);
    expect(r.body).toMatchObject({ to: "31611111111", type: "text" });
    expect(teamsPosts()).toHaveLength(1);
  });

  it("holds back a network message with personal data until the sender chooses to send it", async () => {
    await postWhatsApp(
      t.url,
      metaJson(
        textWebhook(
          "31611111111",
          "/deel Jan de Vries uit groep 7 is weer bedreigd, bel 06-12345678",
          "wamid.pii1",
        ),
      ),
    );
    const held = await graph.waitFor((c) => JSON.stringify(c.body).includes("mogelijk persoonsgegevens"));
    const body = held.body as {
      interactive: {
        body: { text: string };
        action: { buttons: Array<{ reply: { id: string; title: string } }> };
      };
    };
    expect(body.interactive.body.text).toContain('"Jan de Vries", "06-12345678"');
    const [send, cancel] = body.interactive.action.buttons.map((b) => b.reply);
    expect([send?.title, cancel?.title]).toEqual(["Toch versturen", "Niet versturen"]);
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toEqual([]);
    await postWhatsApp(
      t.url,
      metaJson(buttonWebhook("31611111111", send?.id as string, "Toch versturen", "wamid.pii2")),
    );
    const post = await slack.waitFor((c) => c.path.endsWith("chat.postMessage"));
    expect(field(post, "text")).toContain("Jan de Vries uit groep 7");
    // The same button again does nothing more.
    await postWhatsApp(
      t.url,
      metaJson(buttonWebhook("31611111111", send?.id as string, "Toch versturen", "wamid.pii3")),
    );
    await graph.waitFor((c) => JSON.stringify(c.body).includes("verlopen of niet van jou"));
    expect(posts()).toHaveLength(1);
  });

  async function slackCommand(command: string, text: string, respond: string) {
    await postSlack(
      t.url,
      commandBody(command, text, `${slack.url}/respond/${respond}`, {
        user_id: "UGEM",
        channel_id: "CGEMEENTE",
      }),
      "application/x-www-form-urlencoded",
    );
    return String(field(await slack.waitFor((c) => c.path === `/respond/${respond}`), "text"));
  }

  it("reminds every linked conversation on all three platforms before a planned meeting", async () => {
    // A meeting a week and a minute from now: the 7-day reminder is due within the minute.
    const at = new Date(Date.now() + 7 * 24 * HOUR - 60_000 + 2 * HOUR);
    const local = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Amsterdam",
      dateStyle: "short",
      timeStyle: "short",
    }).format(at);
    const planned = await slackCommand(
      "/overleg",
      `plan wijkveiligheidsoverleg Noordhove ${local} wijkcentrum`,
      "o1",
    );
    expect(planned).toMatch(
      /^Gepland: Jaarlijks overleg schoolveiligheid Noordhove op .* wijkcentrum \[[A-Z2-9]{4}\]/,
    );
    const id = planned.match(/\[([A-Z2-9]{4})\]/)?.[1];
    // Two hours later (as if the clock had moved on): the 7-day reminder is due.
    const realNow = Date.now;
    Date.now = () => realNow() + 2 * HOUR;
    try {
      await t.app.reminders.tick();
      await t.app.outbox.idle();
    } finally {
      Date.now = realNow;
    }
    await bf.waitFor((c) => c.path.includes("noordhove") && c.raw.includes("Herinnering"));
    const wa = await graph.waitFor((c) =>
      JSON.stringify(c.body).includes("convenantbot_overleg_herinnering"),
    );
    expect((wa.body as WaBody).to).toBe("31633333333");
    expect(JSON.stringify(wa.body)).toContain(id);
    expect(posts().filter((c) => String(field(c, "text")).includes("Herinnering"))).toEqual([]);
  });

  it("serves the plan as an iCalendar feed behind a secret link", async () => {
    const planned = await slackCommand(
      "/overleg",
      "plan bestuurlijk overleg 3 maart 2027 10:00 stadhuis Zoetermeer",
      "o2",
    );
    const id = planned.match(/\[([A-Z2-9]{4})\]/)?.[1];
    const link = (await slackCommand("/overleg", "kalender", "o3")).match(/http:\/\/\S+/)?.[0] as string;
    expect(link).toMatch(/\/calendar\/zoetermeer\.ics\?token=[\w-]{20,}$/);
    const path = link.replace(/^http:\/\/[^/]+/, "");
    const res = await fetch(`${t.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const events = new ICAL.Component(ICAL.parse(await res.text()))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const event = events.find((e) => e.uid === `${id}@convenantbot`);
    expect(event?.summary).toBe("Bestuurlijk overleg en evaluatie");
    expect(event?.location).toBe("stadhuis Zoetermeer");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2027-03-03T09:00:00.000Z");
    expect(event?.description).toContain(`/overleg agenda ${id}`);

    await slackCommand("/overleg", `annuleer ${id}`, "o4");
    const after = new ICAL.Component(ICAL.parse(await (await fetch(`${t.url}${path}`)).text()));
    const cancelled = after
      .getAllSubcomponents("vevent")
      .find((v) => v.getFirstPropertyValue("uid") === `${id}@convenantbot`);
    expect(cancelled?.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(Number(cancelled?.getFirstPropertyValue("sequence"))).toBe(1);

    expect((await fetch(`${t.url}/calendar/zoetermeer.ics`)).status).toBe(403);
    expect((await fetch(`${t.url}/calendar/zoetermeer.ics?token=guess`)).status).toBe(403);
    expect((await fetch(`${t.url}/calendar/atlantis.ics?token=x`)).status).toBe(404);
    // A new link makes the old one stop working.
    const renewed = (await slackCommand("/overleg", "kalender nieuw", "o5")).match(
      /http:\/\/\S+/,
    )?.[0] as string;
    expect(renewed).not.toBe(link);
    expect((await fetch(`${t.url}${path}`)).status).toBe(403);
  });
});
