import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "./app.ts";
import { adapterContract } from "./contract.ts";
import type { FakeApi } from "./fakes/server.ts";
import { settle } from "./fakes/server.ts";
import { BOT_USER, blockActions, commandBody, eventBody, postSlack, startFakeSlack } from "./fakes/slack.ts";

async function setup() {
  const slack = await startFakeSlack();
  const t = await startTestApp({
    SLACK_SIGNING_SECRET: "test-signing-secret",
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_API_URL: `${slack.url}/api/`,
  });
  return { slack, t };
}

const posted = (slack: FakeApi) =>
  slack.calls
    .filter((c) => c.path.startsWith("/api/chat.post") || c.path.startsWith("/respond/"))
    .map((c) => {
      const b = c.body as { text?: string; blocks?: unknown };
      return `${b.text ?? ""}\n${JSON.stringify(b.blocks ?? "")}`;
    });

adapterContract("slack", async () => {
  const { slack, t } = await setup();
  const mention = (text: string, id: string) =>
    eventBody(
      {
        type: "app_mention",
        user: "U0DIRECT",
        text: `<@${BOT_USER}> ${text}`,
        ts: "1.1",
        channel: "C1",
        event_ts: "1.1",
      },
      id,
    );
  return {
    ask: async (text, id) => (await postSlack(t.url, mention(text, id), "application/json")).status,
    askForged: async (text, id) =>
      (await postSlack(t.url, mention(text, id), "application/json", { secret: "wrong-secret" })).status,
    sent: () => posted(slack),
    // A slash command in a channel: the reply is ephemeral, seen by the sender only.
    askPrivately: async (text, id) =>
      (
        await postSlack(
          t.url,
          commandBody(text.split(" ")[0] as string, "", `${slack.url}/respond/${id}`, { channel_id: "C1" }),
          "application/x-www-form-urlencoded",
        )
      ).status,
    visibility: () => {
      const calls = slack.calls.filter(
        (c) => c.path.startsWith("/api/chat.post") || c.path.startsWith("/respond/"),
      );
      const isPrivate = (c: (typeof calls)[number]) =>
        c.path.endsWith("chat.postEphemeral") ||
        (c.body as { response_type?: string }).response_type === "ephemeral";
      const text = (c: (typeof calls)[number]) => String((c.body as { text?: string }).text ?? "");
      return {
        shared: calls.filter((c) => !isPrivate(c)).map(text),
        toSender: calls.filter(isPrivate).map(text),
      };
    },
    close: async () => {
      await t.app.close();
      await slack.close();
    },
  };
});

describe("slack adapter", () => {
  let slack: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ({ slack, t } = await setup());
  });
  afterAll(async () => {
    await t.app.close();
    await slack.close();
  });

  it("calls auth.test at start-up with the bot token", () => {
    const auth = slack.calls.find((c) => c.path.startsWith("/api/auth.test"));
    expect(auth?.headers.authorization).toBe("Bearer xoxb-test");
  });

  it("acknowledges a slash command at once and answers through response_url as Block Kit", async () => {
    const started = Date.now();
    const res = await postSlack(
      t.url,
      commandBody("/vraag", "hoe vaak is het signaaloverleg?", `${slack.url}/respond/r1`),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const call = await slack.waitFor((c) => c.path === "/respond/r1");
    const body = call.body as {
      response_type: string;
      blocks: Array<{
        type: string;
        text?: { text: string };
        elements?: Array<{ text: string; action_id?: string }>;
      }>;
    };
    expect(body.response_type).toBe("in_channel");
    expect(body.blocks[0]?.text?.text).toContain("vijf keer per jaar");
    expect(body.blocks[1]).toMatchObject({ type: "context" });
    expect(body.blocks[1]?.elements?.[0]?.text).toContain("§ 5.1 Overlegstructuur - Signaaloverleg");
    expect(body.blocks[2]?.elements?.map((e) => e.action_id)).toEqual(["feedback-yes", "feedback-no"]);
  });

  it("answers /help privately, and /overleg in a channel not linked to a region asks for one", async () => {
    await postSlack(
      t.url,
      commandBody("/help", "", `${slack.url}/respond/r2`),
      "application/x-www-form-urlencoded",
    );
    const help = (await slack.waitFor((c) => c.path === "/respond/r2")).body as {
      response_type: string;
      text: string;
    };
    expect(help.response_type).toBe("ephemeral");
    expect(help.text).toContain("/koppel <regio> [wijk]");
    await postSlack(
      t.url,
      commandBody("/overleg", "", `${slack.url}/respond/r3`),
      "application/x-www-form-urlencoded",
    );
    const overleg = (await slack.waitFor((c) => c.path === "/respond/r3")).body as { text: string };
    expect(overleg.text).toContain("Over welke regio? Koppel dit gesprek eerst met /koppel");
  });

  it("refuses /koppel for a user who is not in the roster, saying why", async () => {
    await postSlack(
      t.url,
      commandBody("/koppel", "leiden", `${slack.url}/respond/r4`),
      "application/x-www-form-urlencoded",
    );
    const r = (await slack.waitFor((c) => c.path === "/respond/r4")).body as {
      text: string;
      response_type: string;
    };
    expect(r.response_type).toBe("ephemeral");
    expect(r.text).toContain("Je staat nog niet in het deelnemersoverzicht");
    expect(t.store.data.conversations["slack:C1"]).toBeUndefined();
  });

  it("links a channel for a gemeente user, after which questions use that region", async () => {
    await t.store.update((d) => {
      d.people.push({
        id: "g1",
        name: "Gemeente Leiden",
        roles: ["gemeente"],
        region: "leiden",
        accounts: ["slack:U0GEMEENTE"],
      });
    });
    await postSlack(
      t.url,
      commandBody("/koppel", "leiden", `${slack.url}/respond/r5`, {
        user_id: "U0GEMEENTE",
        channel_id: "C9",
      }),
      "application/x-www-form-urlencoded",
    );
    const r = (await slack.waitFor((c) => c.path === "/respond/r5")).body as { text: string };
    expect(r.text).toContain("Dit gesprek is gekoppeld aan Leiden");
    expect(t.store.data.conversations["slack:C9"]).toMatchObject({ region: "leiden", linkedBy: "g1" });
    await postSlack(
      t.url,
      eventBody(
        {
          type: "app_mention",
          user: "U0DIRECT",
          text: `<@${BOT_USER}> hoe lang loopt het convenant?`,
          ts: "2.1",
          channel: "C9",
          event_ts: "2.1",
        },
        "Ev-linked",
      ),
      "application/json",
    );
    const answer = await slack.waitFor(
      (c) => c.path.startsWith("/api/chat.postMessage") && (c.body as { channel: string }).channel === "C9",
    );
    expect((answer.body as { text: string }).text).toContain("stilzwijgend verlengd, telkens voor twee jaar");
  });

  it("answers direct messages but not channel messages without a mention, nor its own", async () => {
    const before = slack.calls.length;
    await postSlack(
      t.url,
      eventBody(
        {
          type: "message",
          channel_type: "channel",
          user: "U0DIRECT",
          text: "hoe vaak is het signaaloverleg?",
          ts: "3.1",
          channel: "C1",
        },
        "Ev-chan",
      ),
      "application/json",
    );
    await postSlack(
      t.url,
      eventBody(
        {
          type: "message",
          channel_type: "im",
          user: BOT_USER,
          bot_id: "BBOT0001",
          text: "hoe vaak?",
          ts: "3.2",
          channel: "D1",
        },
        "Ev-self",
      ),
      "application/json",
    );
    await settle();
    expect(slack.calls.length).toBe(before);
    await postSlack(
      t.url,
      eventBody(
        {
          type: "message",
          channel_type: "im",
          user: "U0DIRECT",
          text: "wat is een trend?",
          ts: "3.3",
          channel: "D1",
        },
        "Ev-dm",
      ),
      "application/json",
    );
    const dm = await slack.waitFor((c) => (c.body as { channel?: string })?.channel === "D1");
    expect((dm.body as { text: string }).text).toContain("herhaaldelijk patroon");
  });

  it("answers a reply in a thread under its own message, in that thread, but not replies under others'", async () => {
    const reply = (id: string, parent: string, text: string) =>
      postSlack(
        t.url,
        eventBody(
          {
            type: "message",
            channel_type: "channel",
            user: "U0DIRECT",
            text,
            ts: `5.${id.length}`,
            thread_ts: "4.1",
            parent_user_id: parent,
            channel: "C7",
          },
          id,
        ),
        "application/json",
      );
    await reply("Ev-thread-other", "U0SOMEONE", "hoe vaak is het signaaloverleg in Leiden?");
    await settle();
    expect(slack.calls.filter((c) => (c.body as { channel?: string })?.channel === "C7")).toEqual([]);
    await reply("Ev-thread-own", BOT_USER, "en hoe vaak is het signaaloverleg in Leiden?");
    const answer = await slack.waitFor(
      (c) => c.path.startsWith("/api/chat.postMessage") && (c.body as { channel: string }).channel === "C7",
    );
    expect(answer.body).toMatchObject({ thread_ts: "4.1" });
    expect((answer.body as { text: string }).text).toContain("vijf keer per jaar");
  });

  it("records a click on 'was dit nuttig?' without the question text", async () => {
    const payload = JSON.stringify(
      blockActions({
        user: "U0DIRECT",
        channel: "C1",
        responseUrl: `${slack.url}/respond/r6`,
        actionId: "feedback-no",
        value: "feedback:no:meeting:leiden",
      }),
    );
    const res = await postSlack(
      t.url,
      new URLSearchParams({ payload }).toString(),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.path === "/respond/r6");
    expect(t.store.data.feedback.at(-1)).toMatchObject({
      platform: "slack",
      helpful: false,
      intent: "meeting",
      covenants: ["leiden"],
    });
  });

  it("refuses signed bodies that are not objects with a 400, and keeps answering", async () => {
    const before = slack.calls.length;
    for (const [body, type] of [
      ["null", "application/json"],
      ["[]", "application/json"],
      ["42", "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["payload=%22x%22", "application/x-www-form-urlencoded"],
    ] as const) {
      const res = await postSlack(t.url, body, type);
      expect(res.status, body).toBe(400);
    }
    await settle();
    expect(slack.calls.length).toBe(before);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const res = await postSlack(
      t.url,
      commandBody("/vraag", "hoe vaak is het signaaloverleg?", `${slack.url}/respond/after-null`),
      "application/x-www-form-urlencoded",
    );
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.path === "/respond/after-null");
  });

  it("refuses a request whose timestamp lies more than five minutes ahead", async () => {
    const body = eventBody(
      {
        type: "app_mention",
        user: "U0DIRECT",
        text: `<@${BOT_USER}> hoi`,
        ts: "6.1",
        channel: "C1",
        event_ts: "6.1",
      },
      "Ev-future",
    );
    const now = Math.floor(Date.now() / 1000);
    const before = slack.calls.length;
    expect((await postSlack(t.url, body, "application/json", { timestamp: now + 600 })).status).toBe(401);
    await settle();
    expect(slack.calls.length).toBe(before);
    expect(t.logger.lines.some((l) => l.fields?.reason === "timestamp in the future")).toBe(true);
    // A clock a minute ahead of ours is still fine.
    expect((await postSlack(t.url, body, "application/json", { timestamp: now + 60 })).status).toBe(200);
    await slack.waitFor((c) => slack.calls.indexOf(c) >= before && c.path.startsWith("/api/chat.post"));
  });

  it("rejects stale, unsigned, malformed and oversized requests without sending", async () => {
    const before = slack.calls.length;
    const body = eventBody(
      {
        type: "app_mention",
        user: "U0DIRECT",
        text: `<@${BOT_USER}> hoi`,
        ts: "5.1",
        channel: "C1",
        event_ts: "5.1",
      },
      "Ev-stale",
    );
    expect(
      (await postSlack(t.url, body, "application/json", { timestamp: Math.floor(Date.now() / 1000) - 600 }))
        .status,
    ).toBe(401);
    expect(
      (
        await fetch(`${t.url}/slack/events`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        })
      ).status,
    ).toBe(401);
    const malformed = await postSlack(t.url, "{not json", "application/json");
    expect(malformed.status).toBe(400);
    const huge = await postSlack(
      t.url,
      JSON.stringify({ type: "event_callback", event: { text: "x".repeat(400_000) } }),
      "application/json",
    );
    expect(huge.status).toBeGreaterThanOrEqual(400);
    await settle();
    expect(slack.calls.length).toBe(before);
    expect(
      t.logger.lines.some((l) => l.level !== "debug" && /signature|verif|stale|parse/i.test(l.msg)),
    ).toBe(true);
  });
});
