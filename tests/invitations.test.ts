/**
 * Joining a network by invitation, end to end through the real adapters: the gemeente makes a
 * code with /uitnodigen in Slack, the director joins with it from WhatsApp, links a Slack
 * account with a second code, and loses the role at once when the invitation is revoked. The
 * attacks are here too: a reused, revoked, expired or guessed code, an invitation made by
 * someone without the role, and a code kept in plain text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assembleCore } from "../src/app.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { IncomingMessage, Reply } from "../src/core/message.ts";
import { Store, type StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { metaJson, postWhatsApp, startFakeGraph, textWebhook, WA_PHONE_ID } from "./fakes/whatsapp.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

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
      id: "dir-x",
      name: "Directeur X",
      roles: ["directeur"],
      region: "zoetermeer",
      accounts: ["slack:UDIR"],
    },
  );
};

describe("invitations through Slack and WhatsApp", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let n = 0;

  beforeAll(async () => {
    [slack, graph] = await Promise.all([startFakeSlack(), startFakeGraph()]);
    t = await startTestApp({ ...slackEnv(slack), ...whatsappEnv(graph) }, { seed });
  });
  afterAll(async () => {
    await t.app.close();
    await Promise.all([slack.close(), graph.close()]);
  });
  beforeEach(() => {
    slack.calls.length = 0;
    graph.calls.length = 0;
  });

  /** A slash command in a Slack channel; the reply the bot posts to its response_url. */
  async function slash(command: string, text: string, user: string): Promise<{ text: string; type: string }> {
    const respond = `r${++n}`;
    const res = await postSlack(
      t.url,
      commandBody(command, text, `${slack.url}/respond/${respond}`, {
        user_id: user,
        channel_id: "CNETWERK",
      }),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    const reply = await slack.waitFor((c) => c.path === `/respond/${respond}`);
    const body = reply.body as { text: string; response_type: string };
    return { text: body.text, type: body.response_type };
  }

  /** A WhatsApp message from a number; the bot's reply to it. */
  async function whatsapp(from: string, text: string): Promise<string> {
    const before = graph.calls.length;
    expect((await postWhatsApp(t.url, metaJson(textWebhook(from, text, `wamid.INV${++n}`)))).status).toBe(
      200,
    );
    const reply = await graph.waitFor(
      (c) =>
        graph.calls.indexOf(c) >= before &&
        c.path === `/${WA_PHONE_ID}/messages` &&
        (c.body as { to: string }).to === from,
    );
    const b = reply.body as { text?: { body: string }; interactive?: { body: { text: string } } };
    return b.text?.body ?? b.interactive?.body.text ?? "";
  }

  const codeIn = (text: string) => text.match(/Code: ([A-Z2-9]{4}-[A-Z2-9]{4})/)?.[1] as string;

  it("lets the gemeente invite a director, who joins from WhatsApp and is known at once", async () => {
    const made = await slash("/uitnodigen", "directeur Klimboom", "UGEM");
    // The code is shown to the gemeente alone, never in the channel.
    expect(made.type).toBe("ephemeral");
    expect(made.text).toMatch(
      /^Uitnodiging [0-9A-F]{6} voor Directeur IKC Klimboom \(Zoetermeer\), geldig tot /,
    );
    const code = codeIn(made.text);
    expect(code).toBeTruthy();
    // Before joining, the number is nobody: /webchat is for members.
    expect(await whatsapp("31655500001", "webchat")).not.toMatch(/inloglink/);

    expect(await whatsapp("31655500001", `aanmelden ${code.toLowerCase().replace("-", " ")}`)).toBe(
      "Welkom, Directeur IKC Klimboom: je bent aangemeld als directeur in IKC Klimboom, Zoetermeer. /help laat zien wat je kunt.",
    );
    const joined = t.store.data.people.find((p) => p.accounts.includes("whatsapp:31655500001"));
    expect(joined).toMatchObject({ roles: ["directeur"], region: "zoetermeer", school: "klimboom" });
    // Only a hash of the code is kept.
    expect(JSON.stringify(t.store.data)).not.toContain(code);
    expect(JSON.stringify(t.store.data)).not.toContain(code.replace("-", ""));

    // A code works once.
    expect(await whatsapp("31655500002", `aanmelden ${code}`)).toMatch(/^Deze code is onbekend, al gebruikt/);
    expect(t.store.data.people.some((p) => p.accounts.includes("whatsapp:31655500002"))).toBe(false);

    // The audit log has who invited, and who joined with which role; no code.
    const audit = t.store.data.audit.map((e) => [e.action, e.by]);
    expect(audit).toEqual([
      ["invited", "gem"],
      ["joined", joined?.id],
    ]);

    const list = await slash("/uitnodigen", "lijst", "UGEM");
    expect(list.text).toMatch(
      /Uitnodigingen in Zoetermeer:\n[0-9A-F]{6} · Directeur IKC Klimboom · aangemeld op /,
    );
  });

  it("links a second account with a code from /aanmelden, and revoking takes the role everywhere at once", async () => {
    const made = await slash("/uitnodigen", "wijkagent Buytenwegh", "UGEM");
    const id = made.text.match(/^Uitnodiging ([0-9A-F]{6})/)?.[1] as string;
    expect(await whatsapp("31655500003", `/aanmelden ${codeIn(made.text)}`)).toMatch(
      /^Welkom, Wijkagent Buytenwegh: je bent aangemeld als politie in Buytenwegh, Zoetermeer\./,
    );
    const linkCode = (await whatsapp("31655500003", "aanmelden")).match(
      /([A-Z2-9]{4}-[A-Z2-9]{4})/,
    )?.[1] as string;
    expect(linkCode).toBeTruthy();
    expect((await slash("/join", linkCode, "UAGENT")).text).toBe(
      "This account is now linked to Wijkagent Buytenwegh; the bot knows you here with the same roles.",
    );
    const agent = t.store.data.people.find((p) => p.name === "Wijkagent Buytenwegh");
    expect(agent?.accounts.sort()).toEqual(["slack:UAGENT", "whatsapp:31655500003"]);

    expect((await slash("/uitnodigen", `intrekken ${id}`, "UGEM")).text).toBe(
      `Uitnodiging ${id} is ingetrokken en Wijkagent Buytenwegh heeft de rol politie niet meer, op elk platform.`,
    );
    expect(t.store.data.people.some((p) => p.name === "Wijkagent Buytenwegh")).toBe(false);
    // Neither account is known any more: the roster is read on every message.
    expect((await slash("/webchat", "", "UAGENT")).text).not.toMatch(/inloglink/);
    expect(await whatsapp("31655500003", "aanmelden")).toMatch(/^Stuur \/aanmelden gevolgd door de code/);
    expect(t.store.data.audit.map((e) => e.action).slice(-2)).toEqual(["revoked", "role-removed"]);
  });

  it("names a wijkagent who joined by invitation when someone asks who the wijkagent is, at once", async () => {
    // The knowledge base has no wijkagent for Buytenwegh: before, the bot says so.
    expect((await slash("/vraag", "wie is de wijkagent voor de Klimboom?", "UDIR")).text).toContain(
      "De wijkagent voor Buytenwegh staat nog niet in het contactoverzicht van de gemeente.",
    );
    const made = await slash("/uitnodigen", "wijkagent Buytenwegh", "UGEM");
    // A name is only letters: nothing a platform would read as a mention or a link.
    expect(await whatsapp("31655500010", `aanmelden ${codeIn(made.text)} Jan de Wit <!channel>`)).toMatch(
      /^Welkom, Jan de Wit: je bent aangemeld als politie in Buytenwegh, Zoetermeer\./,
    );
    const today = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    const answer = (await slash("/vraag", "wie is de wijkagent voor de Klimboom?", "UDIR")).text;
    expect(answer).toContain(`De wijkagent voor Buytenwegh is Jan de Wit (laatst bevestigd op ${today}).`);
    expect(answer).not.toContain("fictieve voorbeeldgegevens");
    expect((await slash("/contact", "wijkagent Buytenwegh", "UDIR")).text).toContain("is Jan de Wit");
    // Revoked: the answer no longer names him.
    const id = made.text.match(/^Uitnodiging ([0-9A-F]{6})/)?.[1] as string;
    await slash("/uitnodigen", `intrekken ${id}`, "UGEM");
    expect((await slash("/vraag", "wie is de wijkagent voor de Klimboom?", "UDIR")).text).not.toContain(
      "Jan de Wit",
    );
  });

  it("refuses invitations from anyone but the gemeente, and codes that are revoked or guessed", async () => {
    expect((await slash("/uitnodigen", "directeur Klimboom", "UDIR")).text).toBe(
      "Uitnodigen kan alleen de gemeente of een beheerder van de regio.",
    );
    expect((await slash("/uitnodigen", "directeur Atlantis", "UGEM")).text).toBe(
      'Ik ken geen school of wijk "Atlantis" in Zoetermeer.',
    );
    const made = await slash("/uitnodigen", "directeur Klimboom", "UGEM");
    const id = made.text.match(/^Uitnodiging ([0-9A-F]{6})/)?.[1] as string;
    expect((await slash("/uitnodigen", `intrekken ${id}`, "UGEM")).text).toBe(
      `Uitnodiging ${id} voor Directeur IKC Klimboom is ingetrokken; de code werkt niet meer.`,
    );
    expect(await whatsapp("31655500004", `aanmelden ${codeIn(made.text)}`)).toMatch(/^Deze code is onbekend/);
    // Guessing: ten tries an hour, then not even a right code is looked at.
    for (let i = 0; i < 10; i++)
      expect(await whatsapp("31655500005", "aanmelden AAAA-AAAA")).toMatch(/^Deze code is onbekend/);
    const fresh = await slash("/uitnodigen", "directeur Klimboom", "UGEM");
    expect(await whatsapp("31655500005", `aanmelden ${codeIn(fresh.text)}`)).toBe(
      "Te veel pogingen; probeer het over een uur opnieuw.",
    );
    expect(t.store.data.people.some((p) => p.accounts.includes("whatsapp:31655500005"))).toBe(false);
  });
});

describe("an invitation's validity", () => {
  it("is taken only in a private chat, and ends after 14 days", async () => {
    let now = Date.UTC(2026, 11, 1, 9);
    const core = assembleCore({
      store: await Store.memory(),
      knowledge: realKnowledge(),
      logger: createMemoryLogger(),
      engine: realEngine(),
      now: () => now,
    });
    await core.ports.people.put({
      id: "gem",
      name: "Gemeente Leiden",
      roles: ["gemeente"],
      region: "leiden",
      accounts: ["whatsapp:31600000001"],
    });
    let m = 0;
    const say = async (from: string, text: string) =>
      (
        (await core.bot.handle({
          id: `m${++m}`,
          conversation: { platform: "whatsapp", id: from, kind: "direct" },
          sender: { platform: "whatsapp", id: from },
          text,
          addressed: true,
        } satisfies IncomingMessage)) as Reply
      ).text;
    const made = await say("31600000001", "uitnodigen partner");
    expect(made).toMatch(/voor Partner Leiden \(Leiden\), geldig tot 15 december 2026\./);
    const code = made.match(/Code: (\S+)/)?.[1] as string;
    // Typed in a group, a code is not taken: everyone there sees it.
    const inGroup = (await core.bot.handle({
      id: `m${++m}`,
      conversation: { platform: "teams", id: "19:netwerk@thread", kind: "group" },
      sender: { platform: "teams", id: "aad-new" },
      text: `aanmelden ${code}`,
      addressed: true,
    })) as Reply;
    expect(inGroup.text).toMatch(/^Stuur je code in een persoonlijk gesprek met de bot/);
    expect(inGroup.visibility).toBe("ephemeral");
    now += 14 * 24 * 60 * 60 * 1000 + 1;
    expect(await say("31600000002", `aanmelden ${code}`)).toMatch(
      /^Deze code is onbekend, al gebruikt, ingetrokken of verlopen/,
    );
    expect(await say("31600000001", "uitnodigen lijst")).toMatch(/· Partner Leiden · verlopen$/);
  });
});
