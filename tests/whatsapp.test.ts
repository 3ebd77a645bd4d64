import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "./app.ts";
import { adapterContract } from "./contract.ts";
import { type FakeApi, settle } from "./fakes/server.ts";
import {
  buttonWebhook,
  metaJson,
  postWhatsApp,
  startFakeGraph,
  textWebhook,
  WA_PHONE_ID,
  WA_SECRET,
  WA_VERIFY,
} from "./fakes/whatsapp.ts";

const env = (graph: FakeApi) => ({
  WHATSAPP_APP_SECRET: WA_SECRET,
  WHATSAPP_VERIFY_TOKEN: WA_VERIFY,
  WHATSAPP_ACCESS_TOKEN: "test-access-token",
  WHATSAPP_PHONE_NUMBER_ID: WA_PHONE_ID,
  WHATSAPP_API_URL: graph.url,
});

type Sent = {
  to: string;
  type: string;
  text?: { body: string };
  interactive?: {
    body: { text: string };
    action: { buttons: Array<{ reply: { id: string; title: string } }> };
  };
};
const sentMessages = (graph: FakeApi) =>
  graph.calls.filter((c) => c.path === `/${WA_PHONE_ID}/messages`).map((c) => c.body as Sent);
const textOf = (m: Sent) => m.text?.body ?? m.interactive?.body.text ?? "";

adapterContract("whatsapp", async () => {
  const graph = await startFakeGraph();
  const t = await startTestApp(env(graph));
  return {
    ask: async (text, id) =>
      (await postWhatsApp(t.url, metaJson(textWebhook("31611111111", text, id)))).status,
    askForged: async (text, id) =>
      (await postWhatsApp(t.url, metaJson(textWebhook("31611111111", text, id)), "wrong-secret")).status,
    sent: () => sentMessages(graph).map(textOf),
    // WhatsApp has one-to-one chats only: a reply goes to the sender's number and nowhere else.
    askPrivately: async (text, id) =>
      (await postWhatsApp(t.url, metaJson(textWebhook("31622222222", text, id)))).status,
    visibility: () => {
      const sent = sentMessages(graph) as Array<Sent>;
      return {
        shared: sent.filter((m) => m.to !== "31622222222").map(textOf),
        toSender: sent.filter((m) => m.to === "31622222222").map(textOf),
      };
    },
    close: async () => {
      await t.app.close();
      await graph.close();
    },
  };
});

describe("whatsapp adapter", () => {
  let graph: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    graph = await startFakeGraph();
    t = await startTestApp(env(graph));
  });
  afterAll(async () => {
    await t.app.close();
    await graph.close();
  });

  it("answers Meta's verification handshake only with the right token", async () => {
    const ok = await fetch(
      `${t.url}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${WA_VERIFY}&hub.challenge=12345`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("12345");
    const bad = await fetch(
      `${t.url}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=12345`,
    );
    expect(bad.status).toBe(403);
  });

  it("verifies the signature over the unicode-escaped body and answers with buttons", async () => {
    const body = metaJson(
      textWebhook("31622222222", "wat is een coördinator veiligheid in Almere?", "wamid.in1"),
    );
    expect(body).toContain("co\\u00f6rdinator");
    expect((await postWhatsApp(t.url, body)).status).toBe(200);
    const call = await graph.waitFor((c) => (c.body as Sent)?.to === "31622222222");
    expect(call.headers.authorization).toBe("Bearer test-access-token");
    const m = call.body as Sent;
    const text = textOf(m);
    expect(text).toContain("leidinggevende");
    expect(text).toContain("art. 2 lid 1");
    const buttons = sentMessages(graph).filter((x) => x.to === "31622222222" && x.type === "interactive");
    expect(buttons.at(-1)?.interactive?.action.buttons.map((b) => b.reply.title)).toEqual([
      "👍 Nuttig",
      "👎 Niet nuttig",
    ]);
  });

  it("keeps each user's own region after /koppel (WhatsApp is one to one)", async () => {
    await postWhatsApp(t.url, metaJson(textWebhook("31633333333", "koppel leiden", "wamid.in2")));
    const linked = await graph.waitFor((c) => (c.body as Sent)?.to === "31633333333");
    expect(textOf(linked.body as Sent)).toContain("Je vragen gaan nu over Leiden");
    expect(t.store.data.users["whatsapp:31633333333"]).toMatchObject({ region: "leiden" });
    await postWhatsApp(
      t.url,
      metaJson(textWebhook("31633333333", "hoe lang loopt het convenant?", "wamid.in3")),
    );
    await expect
      .poll(() =>
        sentMessages(graph)
          .filter((x) => x.to === "31633333333")
          .map(textOf)
          .join("\n"),
      )
      .toContain("stilzwijgend verlengd, telkens voor twee jaar");
  });

  it("records a feedback button reply", async () => {
    await postWhatsApp(
      t.url,
      metaJson(buttonWebhook("31644444444", "feedback:yes:meeting:leiden", "👍 Nuttig", "wamid.in4")),
    );
    await graph.waitFor((c) => (c.body as Sent)?.to === "31644444444");
    expect(t.store.data.feedback.at(-1)).toMatchObject({
      platform: "whatsapp",
      helpful: true,
      covenants: ["leiden"],
    });
  });

  it("tells the user it reads only text when sent an image", async () => {
    const p = textWebhook("31655555555", "", "wamid.in5") as {
      entry: Array<{ changes: Array<{ value: { messages: unknown[] } }> }>;
    };
    const change = p.entry[0]?.changes[0];
    if (change)
      change.value.messages = [
        {
          from: "31655555555",
          id: "wamid.in5",
          timestamp: String(Math.floor(Date.now() / 1000)),
          type: "image",
          image: { id: "img1" },
        },
      ];
    await postWhatsApp(t.url, metaJson(p));
    const r = await graph.waitFor((c) => (c.body as Sent)?.to === "31655555555");
    expect(textOf(r.body as Sent)).toContain("alleen tekstberichten");
  });

  it("rejects malformed, unexpected and oversized payloads without sending", async () => {
    const before = graph.calls.length;
    expect((await postWhatsApp(t.url, "{not json")).status).toBe(400);
    expect((await postWhatsApp(t.url, JSON.stringify({ object: "page", entry: [] }))).status).toBe(400);
    expect((await postWhatsApp(t.url, JSON.stringify({ pad: "x".repeat(300_000) }))).status).toBe(413);
    expect(
      (
        await fetch(`${t.url}/whatsapp/webhook`, {
          method: "POST",
          body: metaJson(textWebhook("316", "hoi", "w9")),
        })
      ).status,
    ).toBe(401);
    await settle();
    expect(graph.calls.length).toBe(before);
    expect(t.logger.lines.some((l) => l.msg === "whatsapp: request with an invalid signature refused")).toBe(
      true,
    );
  });
});
