import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "./app.ts";
import { adapterContract } from "./contract.ts";
import { settle } from "./fakes/server.ts";
import {
  type FakeBotFramework,
  messageActivity,
  postTeams,
  startFakeBotFramework,
  TEAMS_APP_ID,
} from "./fakes/teams.ts";

/** The token the bot presents to the Connector: a JWT, as the SDK reads its expiry. */
let outbound = "";

async function setup() {
  const bf = await startFakeBotFramework();
  outbound = bf.sign({ aud: "https://api.botframework.com" });
  const t = await startTestApp(
    {
      TEAMS_CLIENT_ID: TEAMS_APP_ID,
      TEAMS_CLIENT_SECRET: "secret",
      TEAMS_TENANT_ID: "tenant-1",
      TEAMS_OPENID_METADATA_URL: bf.openIdMetadataUrl,
      TEAMS_SERVICE_URLS: bf.serviceUrl,
    },
    { teamsToken: () => outbound },
  );
  return { bf, t };
}

type SentActivity = {
  text?: string;
  attachments?: Array<{
    contentType: string;
    content: {
      body: Array<{ text: string }>;
      actions?: Array<{ title: string; data: { convenantbot: string } }>;
    };
  }>;
};
const sent = (bf: FakeBotFramework) =>
  bf.calls.filter((c) => c.method === "POST" && c.path.includes("/v3/conversations/"));
const textOf = (a: SentActivity) =>
  [a.text ?? "", ...(a.attachments ?? []).flatMap((x) => x.content.body.map((b) => b.text))].join("\n");

adapterContract("teams", async () => {
  const { bf, t } = await setup();
  const token = () => bf.sign({ serviceurl: bf.serviceUrl });
  return {
    ask: async (text, id) =>
      (await postTeams(t.url, messageActivity(bf.serviceUrl, text, id), token())).status,
    askForged: async (text, id) =>
      (
        await postTeams(
          t.url,
          messageActivity(bf.serviceUrl, text, id),
          bf.sign({ serviceurl: bf.serviceUrl }, bf.foreignKey),
        )
      ).status,
    sent: () => sent(bf).map((c) => textOf(c.body as SentActivity)),
    // Mentioned in a channel: the reply goes to a one-to-one chat created for the sender.
    askPrivately: async (text, id) =>
      (
        await postTeams(
          t.url,
          messageActivity(bf.serviceUrl, text, id, { conversationType: "channel", mention: true }),
          token(),
        )
      ).status,
    visibility: () => {
      const calls = sent(bf);
      const personal = (c: (typeof calls)[number]) =>
        decodeURIComponent(c.path).includes("/a:personal-29:user-1/");
      const text = (c: (typeof calls)[number]) => textOf(c.body as SentActivity);
      return {
        shared: calls.filter((c) => !personal(c)).map(text),
        toSender: calls.filter(personal).map(text),
      };
    },
    close: async () => {
      await t.app.close();
      await bf.close();
    },
  };
});

describe("teams adapter", () => {
  let bf: FakeBotFramework;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    ({ bf, t } = await setup());
  });
  afterAll(async () => {
    await t.app.close();
    await bf.close();
  });
  const token = (claims: Record<string, unknown> = {}) => bf.sign({ serviceurl: bf.serviceUrl, ...claims });

  it("answers a personal chat with an Adaptive Card, through the service URL, with the bot's token", async () => {
    expect(
      (
        await postTeams(
          t.url,
          messageActivity(bf.serviceUrl, "hoe vaak komt het signaaloverleg in Leiden bij elkaar?", "act-1"),
          token(),
        )
      ).status,
    ).toBe(200);
    const call = await bf.waitFor(
      (c) => (c.method === "POST" && c.path.includes("a%3Apersonal-1")) || c.path.includes("a:personal-1"),
    );
    expect(call.headers.authorization).toBe(`Bearer ${outbound}`);
    const activity = call.body as SentActivity;
    const card = activity.attachments?.[0];
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card?.content.body[0]?.text).toContain("vijf keer per jaar");
    expect(card?.content.body[1]?.text).toMatch(/^Bron: /);
    expect(card?.content.actions?.map((a) => a.title)).toEqual(["👍 Nuttig", "👎 Niet nuttig"]);
  });

  it("stores the conversation reference for proactive messages", () => {
    expect(t.store.data.conversations["teams:a:personal-1"]?.reference).toMatchObject({
      serviceUrl: bf.serviceUrl,
      conversationId: "a:personal-1",
      tenantId: "tenant-1",
    });
  });

  it("answers in a channel only when mentioned, with the mention removed", async () => {
    const before = sent(bf).length;
    await postTeams(
      t.url,
      messageActivity(bf.serviceUrl, "hoe vaak is het signaaloverleg?", "act-2", {
        conversationType: "channel",
      }),
      token(),
    );
    await settle();
    expect(sent(bf).length).toBe(before);
    await postTeams(
      t.url,
      messageActivity(bf.serviceUrl, "hoe vaak is het signaaloverleg?", "act-3", {
        conversationType: "channel",
        mention: true,
      }),
      token(),
    );
    await expect.poll(() => sent(bf).length).toBe(before + 1);
    expect(textOf(sent(bf).at(-1)?.body as SentActivity)).toContain("vijf keer per jaar");
  });

  it("handles commands from the command menu as bare words", async () => {
    const before = sent(bf).length;
    await postTeams(t.url, messageActivity(bf.serviceUrl, "help", "act-4"), token());
    await expect.poll(() => sent(bf).length).toBe(before + 1);
    expect(textOf(sent(bf).at(-1)?.body as SentActivity)).toContain("/contact <rol> <school of wijk>");
  });

  it("records a click on an Adaptive Card button", async () => {
    await postTeams(
      t.url,
      messageActivity(bf.serviceUrl, "", "act-5", {
        value: { convenantbot: "feedback:yes:contact:zoetermeer" },
      }),
      token(),
    );
    await expect.poll(() => t.store.data.feedback.length).toBe(1);
    expect(t.store.data.feedback[0]).toMatchObject({ platform: "teams", helpful: true, intent: "contact" });
  });

  it("refuses missing, expired, foreign-key and wrong-audience tokens with 401", async () => {
    const before = sent(bf).length;
    const a = messageActivity(bf.serviceUrl, "hoe vaak is het signaaloverleg?", "act-6");
    expect((await postTeams(t.url, a, undefined)).status).toBe(401);
    expect(
      (
        await postTeams(
          t.url,
          a,
          token({ exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200 }),
        )
      ).status,
    ).toBe(401);
    expect((await postTeams(t.url, a, bf.sign({ serviceurl: bf.serviceUrl }, bf.foreignKey))).status).toBe(
      401,
    );
    expect((await postTeams(t.url, a, token({ aud: "someone-else" }))).status).toBe(401);
    expect((await postTeams(t.url, a, token({ serviceurl: "https://evil.example/" }))).status).toBe(401);
    await settle();
    expect(sent(bf).length).toBe(before);
  });

  it("rejects malformed and oversized bodies", async () => {
    expect((await postTeams(t.url, "{not json", token())).status).toBe(400);
    expect((await postTeams(t.url, JSON.stringify({ hello: 1 }), token())).status).toBe(400);
    expect(
      (await postTeams(t.url, JSON.stringify({ type: "message", text: "x".repeat(300_000) }), token()))
        .status,
    ).toBe(413);
  });
});
