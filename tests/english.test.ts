/**
 * English speakers: the commands' English names (/ask, /signal, /meeting, /share, /link) are
 * answered in English, on the platforms and in the web chat, and store the same as the
 * Dutch ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, count, msg } from "../src/core/i18n.ts";
import { startTestApp } from "./app.ts";
import { slackEnv } from "./fakes/env.ts";
import { seed } from "./fakes/seed.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { webClient } from "./fakes/web.ts";

describe("the message catalogue", () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has every message in Dutch and English, with the same parameters", () => {
    expect(catalogue().length).toBeGreaterThan(100);
    for (const [id, { nl, en }] of catalogue()) {
      expect(nl.trim(), id).not.toBe("");
      expect(en.trim(), id).not.toBe("");
      expect([...new Set(names(en))], id).toEqual([...new Set(names(nl))]);
    }
  });

  it("fills in parameters once, Dutch unless English is asked, and counts with the right noun", () => {
    expect(msg(undefined, "signal.unknownCode", { code: "AB12-CD34" })).toBe(
      "Ik ken geen signaal met code AB12-CD34. Controleer de code.",
    );
    expect(msg("en", "signal.tooLong", { length: 2001 })).toBe(
      "Your report is too long (2001 characters, at most 2000). Please shorten it.",
    );
    // A parameter that itself looks like a placeholder is left as it is.
    expect(msg("en", "command.unknown", { name: "{name}" })).toBe(
      "Unknown command /{name}. Type /help to see what I can do.",
    );
    expect([count("nl", 1, "conversation"), count("nl", 3, "message")]).toEqual(["1 gesprek", "3 berichten"]);
    expect([count("en", 1, "message"), count("en", 2, "conversation")]).toEqual([
      "1 message",
      "2 conversations",
    ]);
  });
});

describe("English command names in the web chat", () => {
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.app.close();
  });

  const click = async (web: Awaited<ReturnType<typeof webClient>>, value: string) =>
    (
      (await (await web.post("/api/web/clicks", { role: "directeur", value })).json()) as {
        reply: { text: string; buttons: Array<{ label: string; value: string }> };
      }
    ).reply;

  it("/signal runs the whole flow in English and stores what /signaal stores", async () => {
    const web = await webClient(t.url);
    const res = await web.post("/api/web/messages", {
      id: "en-1",
      role: "directeur",
      region: "zoetermeer",
      text: "/signal more and more vaping at the bus stop for weeks",
    });
    const asked = (
      (await res.json()) as { reply: { text: string; buttons: Array<{ label: string; value: string }> } }
    ).reply;
    expect(asked.text).toContain("Which district");
    expect(asked.buttons.map((b) => b.label)).toContain("Whole municipality");
    const saved = await click(web, "signaal:wijk:seghwaert");
    expect(saved.text).toContain("Your signal has been logged anonymously for the signaaloverleg");
    expect(saved.text).toMatch(/Your code is [A-Z2-9]{4}-[A-Z2-9]{4}\. Keep it: with \/signal/);
    expect(saved.text).not.toMatch(/Dank je|Je code/);

    const dutch = await webClient(t.url);
    expect(
      await dutch.say("/signaal al weken steeds meer vapen bij de bushalte in Seghwaert", {
        role: "directeur",
      }),
    ).toContain("anoniem vastgelegd");
    const [english, nl] = t.store.data.signals.slice(-2);
    expect({ ...english, id: "", code: "", text: "" }).toEqual({ ...nl, id: "", code: "", text: "" });
  });

  it("/signal with personal data holds it back in English, with English buttons", async () => {
    const web = await webClient(t.url);
    const res = await web.post("/api/web/messages", {
      id: "en-2",
      role: "directeur",
      region: "zoetermeer",
      text: "/signal Jan de Vries from year 6 is bullied in Seghwaert, his mother's number is 06-12345678",
    });
    const reply = ((await res.json()) as { reply: { text: string; buttons: Array<{ label: string }> } })
      .reply;
    expect(reply.text).toContain("I may see personal data");
    const kept = reply.text.split("This is how your report would be kept:")[1] ?? "";
    expect(kept).toContain("Seghwaert");
    expect(kept).not.toMatch(/06-12345678|Jan de Vries/);
    expect(reply.buttons.map((b) => b.label)).toEqual(["Keep this version", "Edit", "Cancel"]);
  });

  it("/meeting answers in English, also the covenant's rhythm when nothing is planned", async () => {
    const web = await webClient(t.url);
    const text = await web.say("/meeting", { role: "directeur" });
    expect(text).toContain("No meetings are planned for Zoetermeer yet. According to the covenant:");
    expect(text).toContain("/meeting agenda <code> <item>");
    expect(text).not.toContain("Er staan nog geen");
    expect(await web.say("/overleg", { role: "directeur" })).toContain(
      "Er staan nog geen overleggen gepland",
    );
  });

  it("/ask answers with its source, and an empty /ask says how to use it", async () => {
    const web = await webClient(t.url);
    expect(
      await web.say("/ask how often does the signaaloverleg meet in Leiden?", { role: "guest" }),
    ).toMatch(/Source|Bron/);
    expect(await web.say("/ask", { role: "guest" })).toBe("Use /ask <your question>.");
    const help = await web.say("/help en", { role: "guest" });
    expect(help).toContain("/signal <description>");
    expect(help).toContain("/meeting - planned meetings");
    expect(await web.say("/help", { role: "guest" })).toContain("(in English: /help en)");
  });
});

describe("English slash commands on Slack", () => {
  let slack: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp(slackEnv(slack));
  });
  afterAll(async () => {
    await t?.app.close();
    await slack?.close();
  });

  it("/signal in a direct message starts the English flow; /meeting lists in English", async () => {
    const respond = async (command: string, text: string, r: string) => {
      await postSlack(
        t.url,
        commandBody(command, text, `${slack.url}/respond/${r}`, { user_id: "UEN", channel_id: "DEN" }),
        "application/x-www-form-urlencoded",
      );
      return String(((await slack.waitFor((c) => c.path === `/respond/${r}`)).body as { text: string }).text);
    };
    expect(await respond("/signal", "", "en1")).toContain("What kind of signal is it?");
    expect(await respond("/link", "zoetermeer", "en2")).toBeTruthy();
    expect(await respond("/meeting", "", "en3")).toContain("According to the covenant");
  });
});

describe("/share in English", () => {
  let slack: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp(slackEnv(slack), { seed });
  });
  afterAll(async () => {
    await t?.app.close();
    await slack?.close();
  });

  it("previews, sends and withdraws in English; the Dutch name stays Dutch", async () => {
    let n = 0;
    const command = async (name: string, text: string) => {
      const r = `share${++n}`;
      await postSlack(
        t.url,
        commandBody(name, text, `${slack.url}/respond/${r}`, { user_id: "UDIR", channel_id: "DDIR" }),
        "application/x-www-form-urlencoded",
      );
      return String(((await slack.waitFor((c) => c.path === `/respond/${r}`)).body as { text: string }).text);
    };
    const preview = await command("/share", "the playground fence on the south side is broken again");
    expect(preview).toMatch(/\*Preview\* of your message for wijk Buytenwegh, to 1 conversation \(Slack 1\)/);
    expect(preview).toContain("/share yes");
    expect(await command("/share", "yes")).toMatch(
      /Your message for wijk Buytenwegh is being sent to 1 conversation/,
    );
    await slack.waitFor((c) => c.path.endsWith("chat.postMessage") && c.raw.includes("CBUYTENWEGH"));
    await t.app.outbox.idle();
    expect(await command("/share", "withdraw")).toMatch(/^Withdrawn: 1 message deleted \(Slack 1\)/);
    expect(await command("/deel", "intrekken")).toContain("Er is geen bericht om in te trekken");
  });
});
