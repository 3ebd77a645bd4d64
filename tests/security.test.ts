/**
 * Nobody can act as someone they are not. Each attack below was tried against a
 * production-like start (NODE_ENV=production, listening on every address, Slack, Teams and
 * WhatsApp configured against local fakes); each is refused, and the fakes receive nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { wallTime } from "../src/meetings/time.ts";
import { Store } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { type PlatformFakes, startPlatformFakes } from "./fakes/env.ts";
import { seed } from "./fakes/seed.ts";
import { type FakeApi, type Recorded, settle, startFakeApi } from "./fakes/server.ts";
import { blockActions, commandBody, postSlack } from "./fakes/slack.ts";
import { type FakeBotFramework, messageActivity, postTeams, startFakeBotFramework } from "./fakes/teams.ts";
import { webClient } from "./fakes/web.ts";
import { buttonWebhook, metaJson, postWhatsApp, textWebhook } from "./fakes/whatsapp.ts";

/** A request addressed to another host name (fetch cannot set Host): a proxy or DNS rebinding. */
function requestAs(url: string, host: string, body?: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: body === undefined ? "GET" : "POST",
        headers: { host, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe("a production-like start", () => {
  let fakes: PlatformFakes;
  let slack: FakeApi;
  let graph: FakeApi;
  let bf: FakeBotFramework;
  let t: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    fakes = await startPlatformFakes();
    ({ slack, graph, bf } = fakes);
    t = await startTestApp(
      { NODE_ENV: "production", HOST: "0.0.0.0", ...fakes.env },
      { teamsToken: fakes.teamsToken, seed },
    );
  });
  afterAll(async () => {
    await t.app.close();
    await fakes.close();
  });
  beforeEach(() => {
    for (const f of [slack, graph, bf]) f.calls.length = 0;
  });

  const outbound = () => [
    ...slack.calls.filter((c) => c.path.startsWith("/api/chat.")),
    ...graph.calls.filter((c) => c.path.endsWith("/messages")),
    ...bf.calls.filter((c) => c.method === "POST" && c.path.includes("/v3/conversations")),
  ];
  const slackCommand = async (command: string, text: string, user: string, channel = "CZOETERMEER") => {
    const respond = `r${Math.random().toString(36).slice(2)}`;
    const res = await postSlack(
      t.url,
      commandBody(command, text, `${slack.url}/respond/${respond}`, {
        user_id: user,
        channel_id: channel,
        ...(channel.startsWith("D") ? { channel_name: "directmessage" } : {}),
      }),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    const r = await slack.waitFor((c) => c.path === `/respond/${respond}`);
    return {
      text: String((r.body as { text?: string }).text),
      type: (r.body as { response_type?: string }).response_type,
    };
  };

  it("signs the web chat in instead of trusting the role the browser sends", async () => {
    expect(t.app.adapters).toContain("web");
    // The demo person is gone from a store that is not in demo mode, and that was logged.
    expect(t.store.data.people.map((p) => p.id)).not.toContain("demo-gemeente");
    expect(t.logger.lines.some((l) => l.msg.includes("demo people removed"))).toBe(true);
    const anonymous = await fetch(`${t.url}/api/web/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: t.url },
      body: JSON.stringify({ id: "1", role: "gemeente", region: "zoetermeer", text: "/trend vapen" }),
    });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toContain("/webchat");
    const inbox = await fetch(`${t.url}/api/web/inbox?ids=demo-gemeente&role=gemeente`, {
      headers: { origin: t.url },
    });
    expect(inbox.status).toBe(401);
    // A forged session cookie is no better.
    const forged = await webClient(t.url, "convenantbot_session=guessed-token-value-000000");
    expect(await forged.say("/signaal export csv", { role: "admin" })).toContain("niet ingelogd");
    const page = await (await fetch(`${t.url}/`)).text();
    expect(page).toContain("Stuur <code>/webchat</code>");
    await settle();
    expect(outbound()).toEqual([]);
  });

  it("signs a roster person in through a one-time link sent privately, and never anyone else", async () => {
    const refused = await slackCommand("/webchat", "", "UNOBODY", "DNOBODY");
    expect(refused.text).toContain("je staat nog niet in het deelnemersoverzicht");
    expect(refused.text).not.toContain("/login/");

    const sent = await slackCommand("/webchat", "", "UGEM", "CZOETERMEER");
    expect(sent.type).toBe("ephemeral");
    const link = sent.text.match(/http:\/\/\S+\/login\/([\w-]+)/);
    expect(link).not.toBeNull();
    const token = link?.[1] as string;
    // Opening the link (or a chat app's preview of it) only shows a button.
    expect((await fetch(`${t.url}/login/${token}`)).status).toBe(200);
    const login = (origin: string) =>
      fetch(`${t.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
        body: new URLSearchParams({ token }).toString(),
      });
    // Another site cannot sign the coordinator in with a link it obtained.
    expect((await login("https://evil.example")).status).toBe(403);
    const res = await login(t.url);
    expect(res.status).toBe(303);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const web = await webClient(t.url, cookie.split(";")[0]);
    const settings = (await (await web.get("/api/web/settings")).json()) as {
      person?: unknown;
      roles?: unknown;
    };
    expect(settings.person).toEqual({
      name: "Gemeente Zoetermeer",
      roles: ["gemeente"],
      region: "zoetermeer",
    });
    expect(settings.roles).toBeUndefined();
    // The role the browser claims is ignored: the session is the coordinator's own.
    expect(await web.say("/trend vapen bij de bushalte", { role: "admin" })).toContain("Voorbeeld");
    // A link works once.
    expect((await login(t.url)).status).toBe(400);
    expect((await web.post("/api/web/logout", {})).status).toBe(204);
    expect(await web.say("hallo")).toContain("niet ingelogd");
  });

  it("refuses cross-site requests, other content types and foreign host names", async () => {
    const web = await webClient(t.url);
    const form = await fetch(`${t.url}/api/web/messages`, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      body: JSON.stringify({ id: "1", role: "gemeente", region: "zoetermeer", text: "/trend x" }),
    });
    expect(form.status).toBe(403);
    const plain = await web.post(
      "/api/web/messages",
      { id: "1", region: null, text: "hoi" },
      { "content-type": "text/plain" },
    );
    expect(plain.status).toBe(415);
    const urlencoded = await web.post(
      "/api/web/messages",
      {},
      { "content-type": "application/x-www-form-urlencoded" },
    );
    expect(urlencoded.status).toBe(415);
    const noOrigin = await fetch(`${t.url}/api/web/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(noOrigin.status).toBe(403);
    // DNS rebinding: a page on another name that resolves here (fetch cannot set Host).
    expect((await requestAs(`${t.url}/api/web/settings`, "evil.example")).status).toBe(421);
    // Signed in, the web chat does answer behind the reverse proxy the README describes.
    const proxied = await fetch(`${t.url}/`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(proxied.status).toBe(200);
    await settle();
    expect(outbound()).toEqual([]);
  });

  /** A web chat session of the Zoetermeer gemeente, signed in through a link sent in a Slack DM. */
  const signIn = async () => {
    const sent = await slackCommand("/webchat", "", "UGEM", "DGEM");
    const token = sent.text.match(/\/login\/([\w-]+)/)?.[1] as string;
    const res = await fetch(`${t.url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: t.url },
      body: new URLSearchParams({ token }).toString(),
    });
    return webClient(t.url, (res.headers.get("set-cookie") ?? "").split(";")[0]);
  };

  it("sends a web chat delivery report to the person's own inbox, also after they signed in again", async () => {
    const first = await signIn();
    expect(await first.say("/trend let op: vuurwerk bij het winkelcentrum")).toContain("Voorbeeld");
    expect(await first.say("/trend ja")).toContain("wordt verstuurd");
    expect((await first.post("/api/web/logout", {})).status).toBe(204);
    const again = await signIn();
    const outsider = await webClient(t.url);
    const reports = async (c: Awaited<ReturnType<typeof webClient>>) => {
      const inbox = (await (await c.get("/api/web/inbox?after=0")).json()) as {
        messages?: Array<{ text: string }>;
      };
      return (inbox.messages ?? []).filter((m) => m.text.includes("Afleverrapport"));
    };
    await expect.poll(async () => (await reports(again)).length, { timeout: 15_000 }).toBe(1);
    expect(await reports(outsider)).toEqual([]);
  });

  it("lets only roster members of a region join its network", async () => {
    // An outsider's Slack DM, WhatsApp number and Teams personal chat try to subscribe.
    const dm = await slackCommand("/koppel", "zoetermeer", "UOUTSIDER", "DOUTSIDER");
    expect(dm.text).toContain("Netwerkberichten (trendmeldingen, herinneringen) krijgen alleen deelnemers");
    await postWhatsApp(t.url, metaJson(textWebhook("31677777777", "koppel zoetermeer", "wamid.koppel-out")));
    await graph.waitFor((c) => c.raw.includes("alleen deelnemers"));
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    await postTeams(t.url, messageActivity(bf.serviceUrl, "koppel zoetermeer", "act-koppel-out"), token());
    await bf.waitFor((c) => c.raw.includes("alleen deelnemers"));
    // A group can be linked only by the gemeente of that region.
    expect((await slackCommand("/koppel", "zoetermeer", "UOUTSIDER", "CNEW")).text).toContain(
      "Je staat nog niet in het deelnemersoverzicht",
    );
    // A channel that calls itself "directmessage" is still a channel: only D... ids are direct.
    const disguised = await postSlack(
      t.url,
      commandBody("/koppel", "zoetermeer", `${slack.url}/respond/disguised`, {
        user_id: "UOUTSIDER",
        channel_id: "CDISGUISED",
        channel_name: "directmessage",
      }),
      "application/x-www-form-urlencoded",
    );
    expect(disguised.status).toBe(200);
    expect(
      String(((await slack.waitFor((c) => c.path === "/respond/disguised")).body as { text: string }).text),
    ).toContain("Je staat nog niet in het deelnemersoverzicht");
    expect(t.store.data.conversations["slack:CDISGUISED"]?.region ?? null).toBeNull();
    expect((await slackCommand("/koppel", "leiden", "ULEI", "CZOETERMEER")).text).toContain(
      "alleen gesprekken van je eigen regio",
    );
    expect((await slackCommand("/koppel", "zoetermeer", "ULEI", "CNEW2")).text).toContain(
      "alleen gesprekken van je eigen regio",
    );
    expect(t.store.data.conversations["slack:CZOETERMEER"]?.region).toBe("zoetermeer");
    expect(t.store.data.conversations["slack:CNEW2"]).toBeUndefined();
    // The calendar's secret link is for members only.
    const calendar = await slackCommand("/overleg", "kalender", "UOUTSIDER", "DOUTSIDER");
    expect(calendar.text).toContain("De kalenderlink is voor deelnemers");
    expect(calendar.text).not.toContain("token=");

    // A trend alert reaches the linked channel and the members, none of the outsiders.
    for (const f of [slack, graph, bf]) f.calls.length = 0;
    expect((await slackCommand("/trend", "vapen bij de bushalte", "UGEM")).text).toContain("Voorbeeld");
    await slackCommand("/trend", "ja", "UGEM");
    await slack.waitFor((c) => c.path.endsWith("chat.postMessage"));
    await t.app.outbox.idle();
    const reached = outbound().map((c) => JSON.stringify(c.body) + c.path);
    expect(reached.some((r) => r.includes("CZOETERMEER"))).toBe(true);
    expect(reached.some((r) => r.includes("31611111111"))).toBe(true);
    expect(reached.join("\n")).not.toMatch(/DOUTSIDER|UOUTSIDER|31677777777|a:personal-1/);
  });

  it("keeps a Teams reply meant for one person out of the channel", async () => {
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    const activity = messageActivity(bf.serviceUrl, "/overleg kalender", "act-private-1", {
      conversationType: "channel",
      mention: true,
    });
    expect((await postTeams(t.url, activity, token())).status).toBeLessThan(300);
    const created = await bf.waitFor((c) => c.method === "POST" && /\/v3\/conversations\/?$/.test(c.path));
    expect(created.body).toMatchObject({ members: [{ id: "29:user-1" }], tenantId: "tenant-1" });
    const personal = await bf.waitFor((c) =>
      decodeURIComponent(c.path).includes("a:personal-29:user-1/activities"),
    );
    expect(JSON.stringify(personal.body)).toContain("kalenderlink is voor deelnemers");
    const channel = await bf.waitFor((c) =>
      decodeURIComponent(c.path).includes("19:channel-1@thread.tacv2/activities"),
    );
    expect(JSON.stringify(channel.body)).toContain("Ik heb je een persoonlijk bericht gestuurd");
    expect(JSON.stringify(channel.body)).not.toContain("kalender");
  });

  it("keeps the reply to a Teams button click meant for one person out of the channel", async () => {
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    const click = messageActivity(bf.serviceUrl, "", "act-click-private", {
      conversationType: "channel",
      value: { convenantbot: "feedback:yes:topic:zoetermeer" },
    });
    expect((await postTeams(t.url, click, token())).status).toBeLessThan(300);
    const personal = await bf.waitFor(
      (c) =>
        decodeURIComponent(c.path).includes("a:personal-29:user-1/activities") && c.raw.includes("Dank je"),
    );
    expect(personal).toBeDefined();
    const inChannel = bf.calls.filter(
      (c) =>
        decodeURIComponent(c.path).includes("19:channel-1@thread.tacv2/activities") &&
        c.raw.includes("Dank je"),
    );
    expect(inChannel).toEqual([]);
  });

  it("handles a redelivered button click once", async () => {
    const before = t.store.data.feedback.length;
    const click = metaJson(
      buttonWebhook("31611111111", "feedback:no:topic:zoetermeer", "Niet nuttig", "wamid.CLICK-1"),
    );
    for (let i = 0; i < 3; i++) expect((await postWhatsApp(t.url, click)).status).toBe(200);
    await graph.waitFor((c) => c.raw.includes("Dank je"));
    await new Promise((r) => setTimeout(r, 300));
    expect(t.store.data.feedback.length).toBe(before + 1);
    expect(graph.calls.filter((c) => c.raw.includes("Dank je"))).toHaveLength(1);
  });

  it("handles a retried Slack button click once", async () => {
    const before = t.store.data.feedback.length;
    const click = (retry: number) => {
      const payload = blockActions({
        user: "UDIR",
        channel: "DDIR",
        responseUrl: `${slack.url}/respond/retried-click`,
        actionId: "feedback-no",
        value: "feedback:no:topic:zoetermeer",
      });
      return postSlack(
        t.url,
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
        retry
          ? { headers: { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" } }
          : {},
      );
    };
    for (let i = 0; i < 3; i++) expect((await click(i)).status).toBe(200);
    await slack.waitFor((c) => c.path === "/respond/retried-click");
    await settle(300);
    expect(t.store.data.feedback.length).toBe(before + 1);
    expect(slack.calls.filter((c) => c.path === "/respond/retried-click")).toHaveLength(1);
  });

  it("logs a failed Teams send without the conversation or the message", async () => {
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    bf.intercept = (req) =>
      req.method === "POST" && decodeURIComponent(req.path).includes("a:personal-1/activities")
        ? { status: 500, body: { error: { code: "ServiceError", message: "a:personal-1 failed" } } }
        : undefined;
    const from = t.logger.lines.length;
    try {
      const text = "signaal al weken vapen bij de bushalte in Seghwaert";
      await postTeams(t.url, messageActivity(bf.serviceUrl, text, "act-log-1"), token());
      await expect.poll(() => t.logger.lines.slice(from).some((l) => l.level === "error")).toBe(true);
    } finally {
      bf.intercept = undefined;
    }
    const logged = JSON.stringify(t.logger.lines.slice(from));
    expect(logged).not.toContain("personal-1");
    expect(logged).not.toContain("vapen");
    expect(logged).not.toContain("aad-user-1");
  });

  it("logs a failed private Teams reply without the conversation, the person or the message", async () => {
    const token = () => bf.sign({ serviceurl: bf.serviceUrl });
    // The 1:1 chat cannot be created; the error echoes what the request carried.
    bf.intercept = (req) =>
      req.method === "POST" && /\/v3\/conversations\/?$/.test(req.path)
        ? { status: 500, body: { error: { code: "ServiceError", message: `${req.raw} 29:user-1` } } }
        : undefined;
    const from = t.logger.lines.length;
    try {
      const activity = messageActivity(bf.serviceUrl, "/overleg kalender", "act-private-fail", {
        conversationType: "channel",
        mention: true,
      });
      expect((await postTeams(t.url, activity, token())).status).toBeLessThan(300);
      await expect
        .poll(() => t.logger.lines.slice(from).some((l) => l.msg.includes("private reply")))
        .toBe(true);
    } finally {
      bf.intercept = undefined;
    }
    const lines = t.logger.lines.slice(from);
    expect(lines.find((l) => l.msg.includes("private reply"))?.fields).toMatchObject({ status: 500 });
    const logged = JSON.stringify(lines);
    for (const secret of ["29:user-1", "channel-1", "kalenderlink", "aad-user-1", "tenant-1"])
      expect(logged).not.toContain(secret);
  });

  /** The Teams user of the fake activities as a gemeente of Zoetermeer, who writes in the linked channel. */
  const teamsGemeente = async () => {
    await t.store.update((d) => {
      if (d.people.some((p) => p.id === "gem-teams")) return;
      d.people.push({
        id: "gem-teams",
        name: "Gemeente Zoetermeer (Teams)",
        roles: ["gemeente"],
        region: "zoetermeer",
        accounts: ["teams:aad-user-1"],
      });
    });
    return (text: string, id: string) =>
      postTeams(
        t.url,
        messageActivity(bf.serviceUrl, text, id, { conversationType: "channel", mention: true }),
        bf.sign({ serviceurl: bf.serviceUrl }),
      );
  };

  it("sends a Teams gemeente's delivery report to them alone, never into the channel", async () => {
    const inChannel = await teamsGemeente();
    expect((await inChannel("trend let op: vapen bij de bushalte", "act-trend-1")).status).toBeLessThan(300);
    expect((await inChannel("trend ja", "act-trend-2")).status).toBeLessThan(300);
    const report = await bf.waitFor((c) => c.method === "POST" && c.raw.includes("Afleverrapport"), 15_000);
    expect(decodeURIComponent(report.path)).toContain("a:personal-29:user-1/activities");
    const intoChannel = bf.calls.filter(
      (c) =>
        decodeURIComponent(c.path).includes("19:channel-1@thread.tacv2/activities") &&
        c.raw.includes("Afleverrapport"),
    );
    expect(intoChannel).toEqual([]);
  });

  it("sends the agenda of a meeting planned in a Teams channel to its organiser alone", async () => {
    const inChannel = await teamsGemeente();
    // Tomorrow, a little less than a day ahead: the last reminder and the agenda are due.
    const w = wallTime(Date.now() + 20 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const when = `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:00`;
    expect((await inChannel(`/overleg plan bestuurlijk overleg ${when} stadhuis`, "act-plan-1")).status).toBe(
      200,
    );
    await bf.waitFor((c) => c.raw.includes("Gepland"));
    const id = t.store.data.meetings.find((m) => m.organiser === "gem-teams")?.id as string;
    expect(id).toBeDefined();
    expect(
      (await inChannel(`/overleg agenda ${id} vuurwerk bij het winkelcentrum`, "act-plan-2")).status,
    ).toBe(200);
    await bf.waitFor((c) => c.raw.includes("Dank je. Je agendapunt"));
    await t.app.reminders.tick();
    await t.app.outbox.idle();
    const agenda = await bf.waitFor((c) => c.method === "POST" && c.raw.includes("Agenda-input"), 15_000);
    expect(decodeURIComponent(agenda.path)).toContain("a:personal-29:user-1/activities");
    expect(agenda.raw).toContain("vuurwerk bij het winkelcentrum");
    const intoChannel = bf.calls.filter(
      (c) =>
        decodeURIComponent(c.path).includes("19:channel-1@thread.tacv2/activities") &&
        /Agenda-input|winkelcentrum/.test(c.raw),
    );
    expect(intoChannel).toEqual([]);
  });

  it("never sends a delivery report into a group, even for a batch whose report target names one", async () => {
    // As a batch stored before report targets were always for one person.
    const id = "old-batch-into-group";
    await t.app.outbox.enqueue(
      {
        id,
        kind: "trend",
        region: "zoetermeer",
        wijk: null,
        createdAt: Date.now(),
        reportTo: { platform: "slack", conversation: "CZOETERMEER" },
      },
      [
        {
          key: `${id}:1`,
          target: { platform: "slack", conversation: "CBUYTENWEGH" },
          message: { text: "let op" },
        },
      ],
    );
    await t.app.outbox.idle();
    await settle(200);
    await t.app.outbox.idle();
    const said = (text: string) => slack.calls.filter((c) => JSON.stringify(c.body ?? "").includes(text));
    expect(said("let op")).toHaveLength(1);
    expect(said("Afleverrapport")).toEqual([]);
    expect(t.logger.lines.some((l) => l.msg === "delivery report has no private route")).toBe(true);
  });

  it("does not follow an activity to a service URL outside the allow-list", async () => {
    const foreign = await startFakeApi(() => ({ body: { id: "x" } }));
    try {
      const res = await postTeams(
        t.url,
        messageActivity(`${foreign.url}/teams/`, "hoe vaak is het signaaloverleg?", "act-ssrf"),
        bf.sign({ serviceurl: `${foreign.url}/teams/` }),
      );
      expect(res.status).toBe(403);
      await settle();
      expect(foreign.calls).toEqual([]);
      expect(t.store.data.conversations["teams:a:personal-1"]?.reference).not.toMatchObject({
        serviceUrl: `${foreign.url}/teams/`,
      });
    } finally {
      await foreign.close();
    }
  });

  it("previews a broadcast, and limits broadcasts per person per hour", async () => {
    const posts = () => slack.calls.filter((c: Recorded) => c.path.endsWith("chat.postMessage"));
    const sent = await slackCommand("/deel", "vanmiddag vuurwerk bij het winkelcentrum", "UDIR", "DDIR");
    expect(sent.text).toMatch(/Voorbeeld\* van je bericht voor wijk Buytenwegh, naar 1 gesprek \(Slack 1\)/);
    await settle(100);
    expect(posts()).toEqual([]);
    // "nee" sends nothing, and nothing is left to confirm.
    expect((await slackCommand("/deel", "nee", "UDIR", "DDIR")).text).toBe("Niet verstuurd.");
    expect((await slackCommand("/deel", "ja", "UDIR", "DDIR")).text).toContain("Er staat geen bericht klaar");
    expect(posts()).toEqual([]);
    // Five an hour (BROADCASTS_PER_HOUR's default); the sixth is refused.
    for (let i = 1; i <= 5; i++) {
      await slackCommand("/deel", `bericht ${i} over vuurwerk`, "UDIR", "DDIR");
      expect((await slackCommand("/deel", "ja", "UDIR", "DDIR")).text).toContain("wordt verstuurd");
    }
    expect((await slackCommand("/deel", "bericht 6 over vuurwerk", "UDIR", "DDIR")).text).toContain(
      "al 5 berichten aan het netwerk verstuurd",
    );
    await t.app.outbox.idle();
    expect(posts().filter((c) => (c.body as { channel?: string }).channel === "CBUYTENWEGH")).toHaveLength(5);
  });
  it("keeps one hourly broadcast limit for a signed-in person, however many sessions they open", async () => {
    const a = await signIn();
    const b = await signIn();
    // The first session sends until the person's limit is reached (earlier tests sent some).
    let refused = "";
    for (let i = 0; i < 6 && !refused; i++) {
      const preview = await a.say(`/trend let op: vuurwerk bij winkelcentrum ${i}`);
      if (preview.includes("al 5 berichten")) refused = preview;
      else expect(await a.say("/trend ja")).toContain("wordt verstuurd");
    }
    expect(refused).toContain("al 5 berichten aan het netwerk verstuurd");
    // A session opened with another link is the same person, with the same limit.
    expect(await b.say("/trend let op: vuurwerk bij winkelcentrum")).toContain("al 5 berichten");
  });
});

describe("the demo web chat", () => {
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.app.close();
  });

  it("gives every visitor their own rate limits, so a flood cannot crowd out a reporter", async () => {
    const flooder = await webClient(t.url);
    const reporter = await webClient(t.url);
    const signal = "/signaal al weken vapen bij de bushalte in Seghwaert";
    for (let i = 0; i < 10; i++)
      expect(await flooder.say(signal, { role: "directeur" })).toContain("anoniem vastgelegd");
    expect(await flooder.say(signal, { role: "directeur" })).toContain("al veel signalen gemeld");
    // Same demo role, another session: its own limit.
    expect(await reporter.say(signal, { role: "directeur" })).toContain("anoniem vastgelegd");
    // And a per-session limit on messages of any kind.
    let status = 200;
    for (let i = 0; i < 20 && status === 200; i++)
      status = (
        await flooder.post("/api/web/messages", { id: `f${i}`, role: "guest", region: null, text: "hoi" })
      ).status;
    expect(status).toBe(429);
    expect((await reporter.post("/api/web/messages", { id: "r1", region: null, text: "hoi" })).status).toBe(
      200,
    );
  });

  it("answers only on this machine: never through a proxy, even one on the same machine", async () => {
    const origin = t.url;
    const through = async (headers: Record<string, string>, path = "/api/web/messages") => {
      const post = path.startsWith("/api/");
      const res = await fetch(`${t.url}${path}`, {
        method: post ? "POST" : "GET",
        headers: { "content-type": "application/json", origin, ...headers },
        ...(post
          ? { body: JSON.stringify({ id: "p1", role: "gemeente", region: null, text: "/trend x" }) }
          : {}),
      });
      return { status: res.status, body: await res.text() };
    };
    const proxies: Array<Record<string, string>> = [
      { "x-forwarded-for": "203.0.113.9" },
      { forwarded: "for=203.0.113.9;proto=https" },
      { "x-forwarded-host": "bot.zoetermeer.nl" },
      { "x-real-ip": "203.0.113.9" },
    ];
    for (const headers of proxies) {
      const r = await through(headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.body).toContain("only on this machine");
      // Nothing else on the server answers through it either.
      for (const path of ["/", "/web/page.js", "/calendar/zoetermeer.ics", "/readyz"])
        expect((await through(headers, path)).status, path).toBe(403);
    }
    // A proxy that strips those headers still passes on the name it was reached by.
    const named = await requestAs(`${t.url}/`, "bot.zoetermeer.nl");
    expect(named.status).toBe(403);
    expect(named.body).toContain("only on this machine");
  });

  it("keeps each visitor's broadcast preview their own: another tab can neither send nor withdraw it", async () => {
    const a = await webClient(t.url);
    const b = await webClient(t.url);
    const res = await a.post("/api/web/messages", {
      id: "a-trend",
      role: "gemeente",
      region: null,
      text: "/trend let op: vapen bij de bushalte",
    });
    const preview = (await res.json()) as { reply: { text: string; buttons: Array<{ value: string }> } };
    expect(preview.reply.text).toContain("Voorbeeld");
    const send = preview.reply.buttons.find((x) => x.value.startsWith("netwerk:verstuur:"))?.value as string;
    // B is the same demo gemeente in another tab.
    expect(await b.say("/trend ja", { role: "gemeente" })).toContain("Er staat geen bericht klaar");
    const clicked = (await (await b.post("/api/web/clicks", { role: "gemeente", value: send })).json()) as {
      reply: { text: string };
    };
    expect(clicked.reply.text).toContain("niet van jou");
    expect(await a.say("/trend ja", { role: "gemeente" })).toMatch(/wordt verstuurd|verstuurd/);
    expect(await b.say("/trend intrekken", { role: "gemeente" })).toContain("geen bericht om in te trekken");
  });

  it("shows each visitor only their own messages", async () => {
    const a = await webClient(t.url);
    const b = await webClient(t.url);
    expect(await a.say("/signaal al weken vapen bij de bushalte in Seghwaert", { role: "guest" })).toContain(
      "anoniem vastgelegd",
    );
    // B cannot read A's inbox by naming ids: the server decides what a session reads.
    const inbox = (await (await b.get("/api/web/inbox?ids=demo-gemeente,web-anything&after=0")).json()) as {
      messages: unknown[];
    };
    expect(inbox.messages).toEqual([]);
  });
});

describe("Teams trial mode", () => {
  it("does not post to a service URL that an unsigned activity names", async () => {
    const bf = await startFakeBotFramework();
    const foreign = await startFakeApi(() => ({ body: { id: "x" } }));
    const t = await startTestApp(
      { NODE_ENV: "test", TEAMS_ALLOW_UNAUTHENTICATED: "true", TEAMS_SERVICE_URLS: bf.serviceUrl },
      { teamsToken: () => bf.sign({ aud: "https://api.botframework.com" }) },
    );
    try {
      const unsigned = messageActivity(
        `${foreign.url}/teams/`,
        "hoe vaak is het signaaloverleg?",
        "act-trial",
      );
      expect((await postTeams(t.url, unsigned, undefined)).status).toBe(403);
      // The same activity with the allowed service URL is answered there.
      const allowed = messageActivity(bf.serviceUrl, "hoe vaak is het signaaloverleg?", "act-trial-2");
      expect((await postTeams(t.url, allowed, undefined)).status).toBeLessThan(300);
      await bf.waitFor((c) => c.path.includes("/activities"));
      expect(foreign.calls).toEqual([]);
      // A proxy on the same machine does not publish the trial.
      const proxied = await fetch(`${t.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body: JSON.stringify(messageActivity(bf.serviceUrl, "hoe vaak?", "act-trial-3")),
      });
      expect(proxied.status).toBe(403);
      const named = await requestAs(
        `${t.url}/api/messages`,
        "bot.zoetermeer.nl",
        messageActivity(bf.serviceUrl, "hoe vaak?", "act-trial-4"),
      );
      expect(named.status).toBe(403);
      for (const path of ["/calendar/zoetermeer.ics", "/readyz"]) {
        const res = await fetch(`${t.url}${path}`, { headers: { "x-forwarded-for": "203.0.113.9" } });
        expect(res.status, path).toBe(403);
        expect(await res.text()).toContain("only on this machine");
      }
    } finally {
      await t.app.close();
      await Promise.all([bf.close(), foreign.close()]);
    }
  });
});

describe("a demo or trial where others could reach it", () => {
  const serve = (env: Record<string, string>) => {
    const r = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "..", "bin", "convenantbot.js"), "serve"],
      {
        encoding: "utf8",
        env: { ...process.env, STORE: "memory", PORT: "0", HOST: "127.0.0.1", ...env },
        timeout: 30_000,
      },
    );
    return { code: r.status, err: r.stderr.trim().split("\n").at(-1) };
  };

  it("refuses to start, saying why, behind a public address or beside a platform", () => {
    const proxied = { PUBLIC_URL: "https://bot.zoetermeer.nl" };
    expect(serve({ WEB_CHAT: "demo", ...proxied })).toEqual({
      code: 1,
      err: "WEB_CHAT=demo is refused with PUBLIC_URL=https://bot.zoetermeer.nl: the demo is not published through a proxy. Use WEB_CHAT=signin with a platform.",
    });
    expect(serve({ WEB_CHAT: "demo", SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "t" })).toEqual({
      code: 1,
      err: "WEB_CHAT=demo is refused while Slack, Teams or WhatsApp is configured: demo roles must never reach a real network. Use WEB_CHAT=signin.",
    });
    const trial = { TEAMS_ALLOW_UNAUTHENTICATED: "true", NODE_ENV: "test", WEB_CHAT: "off" };
    expect(serve({ ...trial, ...proxied })).toEqual({
      code: 1,
      err: "TEAMS_ALLOW_UNAUTHENTICATED=true is refused with PUBLIC_URL=https://bot.zoetermeer.nl: a trial is not published through a proxy.",
    });
    expect(
      serve({
        ...trial,
        WHATSAPP_APP_SECRET: "s",
        WHATSAPP_VERIFY_TOKEN: "v",
        WHATSAPP_ACCESS_TOKEN: "a",
        WHATSAPP_PHONE_NUMBER_ID: "1",
      }).code,
    ).toBe(1);
  });
});

describe("a copy of the store", () => {
  /** Logs a signal in the demo web chat, and returns the store as it is on disk afterwards. */
  const afterSignal = async (env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "convenantbot-signal-key-"));
    const t = await startTestApp({ WEB_CHAT: "demo", ...env }, { dataDir: dir });
    try {
      const web = await webClient(t.url);
      expect(
        await web.say("/signaal al weken vapen bij de bushalte in Seghwaert", { role: "directeur" }),
      ).toContain("anoniem vastgelegd");
    } finally {
      await t.app.close();
    }
    const { data, raw } = Store.peek(dir);
    rmSync(dir, { recursive: true, force: true });
    return { data, raw };
  };

  it("holds no key to the hashes of signal messages when SIGNAL_KEY is set, and its own key otherwise", async () => {
    const secret = "the-signal-key-of-this-deployment-0123456789";
    const keyed = await afterSignal({ SIGNAL_KEY: secret });
    expect(Object.keys(keyed.data.seenSignals).length).toBeGreaterThan(0);
    expect(keyed.data.keys?.["signal-messages"]).toBeUndefined();
    expect(keyed.raw).not.toContain(secret);
    // Without SIGNAL_KEY the store keeps a random key of its own: the fallback.
    const fallback = await afterSignal({});
    expect(Object.keys(fallback.data.seenSignals).length).toBeGreaterThan(0);
    expect(fallback.data.keys?.["signal-messages"]).toEqual(expect.any(String));
  });
});

describe("every response", () => {
  it("carries the security headers, and HEAD answers like GET", async () => {
    const t = await startTestApp();
    try {
      for (const path of [
        "/",
        "/web/page.js",
        "/api/web/settings",
        "/healthz",
        "/nowhere",
        "/calendar/zoetermeer.ics",
      ]) {
        const res = await fetch(`${t.url}${path}`);
        expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
        expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        expect(res.headers.get("referrer-policy")).toBe("same-origin");
      }
      for (const path of ["/", "/web/page.css", "/healthz"]) {
        const get = await fetch(`${t.url}${path}`);
        const head = await fetch(`${t.url}${path}`, { method: "HEAD" });
        expect(head.status).toBe(get.status);
        expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
        expect(await head.text()).toBe("");
      }
    } finally {
      await t.app.close();
    }
  });
});
