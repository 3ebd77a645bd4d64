/**
 * English speakers: the commands' English names (/ask, /signal, /meeting, /share, /link) are
 * answered in English, on the platforms and in the web chat, and store the same as the
 * Dutch ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, count, msg } from "../src/core/i18n.ts";
import { startTestApp } from "./app.ts";
import { slackEnv, startPlatformFakes } from "./fakes/env.ts";
import { seed } from "./fakes/seed.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { messageActivity, postTeams } from "./fakes/teams.ts";
import { webClient } from "./fakes/web.ts";
import { buttonWebhook, metaJson, postWhatsApp, textWebhook, WA_PHONE_ID } from "./fakes/whatsapp.ts";

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

describe("English through the platform adapters", () => {
  let fakes: Awaited<ReturnType<typeof startPlatformFakes>>;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    fakes = await startPlatformFakes();
    t = await startTestApp(fakes.env, { seed, teamsToken: fakes.teamsToken });
  });
  afterAll(async () => {
    await t?.app.close();
    await fakes?.close();
  });

  type WhatsAppSent = {
    to: string;
    text?: { body: string };
    interactive?: {
      body: { text: string };
      action: { buttons?: Array<{ reply: { id: string; title: string } }> };
    };
  };
  let wamid = 0;
  /** Sends a WhatsApp message (or a button click) and returns the bot's next reply to that number. */
  async function whatsapp(from: string, text: string, button?: string): Promise<WhatsAppSent> {
    const { graph } = fakes;
    const replies = () =>
      graph.calls.filter(
        (c) => c.path === `/${WA_PHONE_ID}/messages` && (c.body as WhatsAppSent).to === from,
      );
    const before = replies().length;
    const id = `wamid.EN${++wamid}`;
    const body = button ? buttonWebhook(from, button, text, id) : textWebhook(from, text, id);
    expect((await postWhatsApp(t.url, metaJson(body))).status).toBe(200);
    await expect.poll(() => replies().length).toBeGreaterThan(before);
    return replies()[before]?.body as WhatsAppSent;
  }
  const textOf = (m: WhatsAppSent) => m.text?.body ?? m.interactive?.body.text ?? "";
  const titles = (m: WhatsAppSent) => (m.interactive?.action.buttons ?? []).map((b) => b.reply.title);

  it("WhatsApp: /signal holds personal data, takes 'yes' typed, stays English to the end and stores what /signaal stores", async () => {
    const held = await whatsapp(
      "31677777701",
      "/signal Jan de Vries is bullied at the bus stop in Seghwaert, his mother's number is 06-12345678",
    );
    expect(textOf(held)).toMatch(
      /^I may see personal data \(name, phone number\): "Jan de Vries", "06-12345678"/,
    );
    const kept = textOf(held).split("This is how your report would be kept:")[1] ?? "";
    expect(kept).not.toMatch(/Jan de Vries|06-12345678/);
    expect(titles(held)).toEqual(["Keep this version", "Edit", "Cancel"]);
    // Typed with the Dutch name, in a chat without buttons: the flow stays in English.
    const kind = await whatsapp("31677777701", "signaal yes");
    expect(textOf(kind)).toContain("What kind of signal is it? An incident is a single acute event");
    const saved = await whatsapp("31677777701", "Incident", "signaal:kind:incident");
    expect(textOf(saved)).toMatch(
      /^Thank you\. Your signal has been logged anonymously for the signaaloverleg: incident, bullying, Zoetermeer, Seghwaert, week \d{4}-W\d{2}\.\nYour code is [A-Z2-9]{4}-[A-Z2-9]{4}\. Keep it: with \/signal/,
    );

    const dutch = await whatsapp(
      "31677777702",
      "/signaal Jan de Vries wordt gepest bij de bushalte in Seghwaert, het nummer van zijn moeder is 06-12345678",
    );
    expect(textOf(dutch)).toMatch(/^Ik zie mogelijk persoonsgegevens \(naam, telefoon\)/);
    expect(titles(dutch)).toEqual(["Bewaar deze versie", "Aanpassen", "Annuleren"]);
    expect(textOf(await whatsapp("31677777702", "signaal ja"))).toContain("Wat voor signaal is het?");
    expect(textOf(await whatsapp("31677777702", "Incident", "signaal:kind:incident"))).toMatch(
      /^Dank je\. Je signaal is anoniem vastgelegd voor het signaaloverleg: incident, pesten, Zoetermeer, Seghwaert/,
    );
    const [english, nl] = t.store.data.signals.slice(-2);
    expect({ ...english, id: "", code: "", text: "" }).toEqual({ ...nl, id: "", code: "", text: "" });
    expect(english?.text).not.toMatch(/Jan de Vries|06-12345678/);
  });

  it("WhatsApp: 'no' typed cancels an English report, and the 112 notice comes in English", async () => {
    expect(
      textOf(await whatsapp("31677777703", "signal Piet Jansen from year 8 keeps fighting, call 0612345678")),
    ).toContain("I may see personal data");
    expect(textOf(await whatsapp("31677777703", "signal no"))).toBe("Report cancelled; nothing was kept.");
    const emergency = textOf(
      await whatsapp("31677777703", "/signal a pupil was threatened with a knife today, he is in danger now"),
    );
    expect(emergency).toMatch(/^Is anyone in danger now\? Call 112\./);
    expect(emergency).toContain("A signal is for the signaaloverleg, not for urgent help.");
    expect(emergency).not.toContain("Bel 112");
    // With the Dutch name, a report written in English gets the English flow.
    expect(
      textOf(await whatsapp("31677777704", "/signaal there is more and more vaping at the school gate")),
    ).toBe("Which region?");
    expect(
      textOf(await whatsapp("31677777705", "/signaal er is steeds meer vapen bij het hek van de school")),
    ).toBe("Voor welke regio?");
  });

  /** Sends a Teams personal-chat message and returns the text of the bot's reply. */
  async function teams(text: string, id: string, value?: unknown): Promise<string> {
    const { bf } = fakes;
    const sent = () => bf.calls.filter((c) => c.method === "POST" && c.path.includes("/v3/conversations/"));
    const before = sent().length;
    const activity = messageActivity(bf.serviceUrl, text, id, value ? { value } : {});
    expect((await postTeams(t.url, activity, bf.sign({ serviceurl: bf.serviceUrl }))).status).toBe(200);
    await expect.poll(() => sent().length).toBeGreaterThan(before);
    const body = sent()[before]?.body as {
      text?: string;
      attachments?: Array<{ content: { body: Array<{ text: string }>; actions?: Array<{ title: string }> } }>;
    };
    return [
      body.text ?? "",
      ...(body.attachments ?? []).flatMap((a) => [
        ...a.content.body.map((b) => b.text),
        ...(a.content.actions ?? []).map((x) => x.title),
      ]),
    ].join("\n");
  }

  it("Teams: the English menu words ask, meeting and help answer in English; the thanks for a click too", async () => {
    const answer = await teams("ask hoe vaak is het signaaloverleg in Leiden?", "act-en-1");
    expect(answer).toContain("five times a year");
    expect(answer).toContain("Source: ");
    expect(answer).toContain("👍 Helpful");
    expect(await teams("meeting", "act-en-2")).toContain(
      "Which region? First link this conversation with /link <region> [district].",
    );
    expect(await teams("link zoetermeer", "act-en-6")).toMatch(/^Your questions are now about Zoetermeer/);
    expect(await teams("meeting", "act-en-7")).toContain(
      "No meetings are planned for Zoetermeer yet. According to the covenant:",
    );
    const help = await teams("help en", "act-en-3");
    for (const alias of ["/ask", "/signal", "/meeting", "/share", "/link"]) expect(help).toContain(alias);
    expect(await teams("", "act-en-4", { convenantbot: "feedback:yes:meeting:leiden:en" })).toContain(
      "Thank you for your feedback!",
    );
    expect(await teams("", "act-en-5", { convenantbot: "feedback:yes:meeting:leiden" })).toContain(
      "Dank je voor je reactie!",
    );
    expect(t.store.data.feedback.at(-2)).toMatchObject({
      helpful: true,
      intent: "meeting",
      covenants: ["leiden"],
    });
  });

  let r = 0;
  /** A Slack slash command in the person's direct chat; the text of the bot's answer. */
  async function slack(command: string, text: string, user: string): Promise<string> {
    const url = `${fakes.slack.url}/respond/en-${++r}`;
    await postSlack(
      t.url,
      commandBody(command, text, url, { user_id: user, channel_id: `D${user}` }),
      "application/x-www-form-urlencoded",
    );
    const n = r;
    return String(
      ((await fakes.slack.waitFor((c) => c.path === `/respond/en-${n}`)).body as { text: string }).text,
    );
  }

  it("Slack: the gemeente plans, moves, fills and cancels a meeting with /meeting, in English throughout", async () => {
    expect(await slack("/meeting", "plan signaaloverleg soon", "ULEI")).toMatch(
      /^I find no date\. .* Use \/meeting plan <meeting> <date> <time> \[place\]/,
    );
    const planned = await slack("/meeting", "plan signaaloverleg 2 February 2027 15:00 town hall", "ULEI");
    expect(planned).toMatch(
      /^Planned: Signaaloverleg on Tuesday, 2 February 2027 at 15:00, town hall \[[A-Z2-9]{4}\]\./,
    );
    expect(planned).toContain("No conversation is linked to Leiden yet; link groups with /link");
    expect(planned).toContain("Note:\n- Signaaloverleg: 1 of the 5 rounds planned for 2027");
    const code = planned.match(/\[([A-Z2-9]{4})\]/)?.[1] as string;
    const list = await slack("/meeting", "", "ULEI");
    expect(list).toContain("*Planned meetings Leiden*");
    expect(list).toContain(`- Signaaloverleg on Tuesday, 2 February 2027 at 15:00, town hall [${code}]`);
    expect(list).toContain("Does the plan follow the covenant's rhythm? /meeting check [year].");
    expect(await slack("/meeting", `move ${code} 9 February 2027 10:00`, "ULEI")).toMatch(
      /^Moved: Signaaloverleg on Tuesday, 9 February 2027 at 10:00, town hall/,
    );
    expect(await slack("/meeting", `agenda ${code} vaping near the schools`, "ULEI")).toMatch(
      /^Thank you\. Your agenda item is with Signaaloverleg on Tuesday, 9 February 2027/,
    );
    expect(await slack("/meeting", "check 2027", "ULEI")).toContain(
      "*Plan Leiden 2027 against the covenant*",
    );
    expect(await slack("/meeting", `cancel ${code}`, "ULEI")).toMatch(
      /^Cancelled: Signaaloverleg on Tuesday,/,
    );
    expect(await slack("/meeting", `cancel ${code}`, "ULEI")).toContain("was already cancelled.");
    // The Dutch name stays Dutch.
    expect(await slack("/overleg", "", "ULEI")).toContain("Er staan nog geen overleggen gepland voor Leiden");
    expect(await slack("/meeting", "calendar", "UDIR")).toContain(
      "Subscribe in Outlook or Google Calendar to the meetings of",
    );
  });

  it("Slack: /deel written in English previews in English, and its confirmation and delivery report follow", async () => {
    const preview = await slack("/deel", "the playground fence on the south side is broken again", "UDIR");
    expect(preview).toMatch(
      /^\*Preview\* of your message for wijk Buytenwegh, to 1 conversation \(Slack 1\)/,
    );
    // "/deel ja" confirms; the answer keeps the language of the message it confirms.
    expect(await slack("/deel", "ja", "UDIR")).toMatch(/^Your message for wijk Buytenwegh is being sent/);
    const report = await fakes.slack.waitFor(
      (c) =>
        c.path.endsWith("chat.postEphemeral") &&
        String((c.body as { text?: string }).text).includes("Delivery report"),
      15_000,
    );
    expect((report.body as { text: string }).text).toMatch(
      /^\*Delivery report message to the district\* \(wijk Buytenwegh, 1 conversation\): 1 sent, 0 failed, 0 still on their way\.\nPer platform: Slack 1\/1\./,
    );
    expect(await slack("/share", "report", "UDIR")).toMatch(
      /^\*Delivery report message to the district\* \(wijk Buytenwegh, 1 conversation\): 1 sent, 0 failed/,
    );
    expect(await slack("/deel", "rapport", "UDIR")).toContain("*Delivery report message to the district*");
    // A Dutch message through /deel stays Dutch.
    expect(await slack("/deel", "het hek bij het schoolplein is weer kapot", "UDIR")).toMatch(
      /^\*Voorbeeld\* van je bericht/,
    );
    expect(await slack("/deel", "nee", "UDIR")).toBe("Niet verstuurd.");
  });

  it("Slack: /link and /koppel", async () => {
    expect(await slack("/link", "zoetermeer Seghwaert", "UOTHER")).toMatch(
      /^Your questions are now about Zoetermeer, district Seghwaert\. Network messages/,
    );
    expect(await slack("/link", "nowhere", "UOTHER")).toMatch(
      /^Which region\? Use \/link <region> \[district\]/,
    );
    expect(await slack("/koppel", "zoetermeer Seghwaert", "UOTHER")).toMatch(
      /^Je vragen gaan nu over Zoetermeer, wijk Seghwaert/,
    );
  });
});
