/**
 * The bot in WhatsApp groups it manages (the Groups API), end to end through the Graph fake:
 * `/groep maak` creates an invite-only group with join approval; the invite link goes
 * privately to the roster's people of that wijk; join requests are approved for them and
 * refused for anyone else (the gemeente is told); a question in the group is answered there,
 * chatter is not; `/signaal` typed in the group is moved to a one-to-one chat and nothing of it
 * is kept; an alert and a reminder reach the group once across a restart, its members are not
 * also written one to one; a member leaving, one removed, the 8-member limit, and a suspension
 * that makes deliveries fail with the reason. The adapter contract runs for a WhatsApp group.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { adapterContract } from "./contract.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import { type FakeApi, type Recorded, settle } from "./fakes/server.ts";
import { slashCommand, startFakeSlack } from "./fakes/slack.ts";
import {
  groupTextWebhook,
  groupWebhook,
  metaJson,
  postWhatsApp,
  startFakeGraph,
  WA_PHONE_ID,
} from "./fakes/whatsapp.ts";

type Sent = {
  to: string;
  type: string;
  recipient_type?: string;
  text?: { body: string };
  template?: unknown;
};
const messages = (graph: FakeApi) =>
  graph.calls.filter((c) => c.path === `/${WA_PHONE_ID}/messages`).map((c) => c.body as Sent);
const textOf = (m: Sent) => m.text?.body ?? JSON.stringify(m.template ?? "");
const GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAz";

adapterContract("whatsapp group", async () => {
  const graph = await startFakeGraph();
  const t = await startTestApp(whatsappEnv(graph), {
    seed: (d) => {
      d.conversations[`whatsapp:${GROUP}`] = {
        region: "leiden",
        wijk: null,
        group: {
          subject: "Schoolveiligheid Leiden",
          status: "active",
          members: ["31611111111"],
          createdAt: 0,
        },
      };
    },
  });
  const inGroup = (m: Sent) => m.recipient_type === "group" && m.to === GROUP;
  return {
    // In a group the bot answers when its number is mentioned.
    ask: async (text, id) =>
      (
        await postWhatsApp(
          t.url,
          metaJson(groupTextWebhook(GROUP, "31611111111", `@31600000000 ${text}`, id)),
        )
      ).status,
    askForged: async (text, id) =>
      (
        await postWhatsApp(
          t.url,
          metaJson(groupTextWebhook(GROUP, "31611111111", `@31600000000 ${text}`, id)),
          "wrong-secret",
        )
      ).status,
    sent: () => messages(graph).map(textOf),
    askPrivately: async (text, id) =>
      (await postWhatsApp(t.url, metaJson(groupTextWebhook(GROUP, "31622222222", text, id)))).status,
    visibility: () => ({
      shared: messages(graph).filter(inGroup).map(textOf),
      toSender: messages(graph)
        .filter((m) => m.to === "31622222222")
        .map(textOf),
    }),
    close: async () => {
      await t.app.close();
      await graph.close();
    },
  };
});

const DAY = 24 * 60 * 60 * 1000;
const seed = (d: StoreData) => {
  d.people.push(
    {
      id: "gem",
      name: "Gemeente Zoetermeer",
      roles: ["gemeente"],
      region: "zoetermeer",
      accounts: ["slack:UGEM", "whatsapp:31610000000"],
    },
    {
      id: "klimboom",
      name: "Directeur Klimboom",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "klimboom",
      accounts: ["whatsapp:31611111111"],
    },
    {
      id: "watersnip",
      name: "Directeur Watersnip",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "watersnip",
      accounts: ["whatsapp:31612222222"],
    },
    {
      id: "agent",
      name: "Wijkagent Buytenwegh",
      roles: ["politie"],
      region: "zoetermeer",
      accounts: ["whatsapp:31613333333"],
      contact: { role: "wijkagent", wijk: "buytenwegh", since: "2026-11-01" },
    },
    {
      id: "buut",
      name: "Directeur De Buut",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "buut",
      accounts: ["whatsapp:31614444444"],
    },
    {
      id: "pilaren",
      name: "Directeur Vijf Pilaren",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "vijf-pilaren",
      accounts: ["slack:UVP"],
    },
  );
};

describe("WhatsApp groups the bot manages", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let dir: string;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let n = 0;
  const env = () => ({ ...slackEnv(slack), ...whatsappEnv(graph) });

  beforeAll(async () => {
    [slack, graph] = await Promise.all([startFakeSlack(), startFakeGraph()]);
    dir = mkdtempSync(join(tmpdir(), "groups-"));
    t = await startTestApp(env(), { dataDir: dir, seed });
  }, 60_000);
  afterAll(async () => {
    await t.app.close();
    await Promise.all([slack.close(), graph.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const slash = (command: string, text: string) => slashCommand(t.url, slack, command, text, "UGEM", "DGEM");
  const webhook = async (payload: unknown) =>
    expect((await postWhatsApp(t.url, metaJson(payload))).status).toBe(200);
  /** The gemeente's Slack direct messages from the bot. */
  const toGemeente = () =>
    slack.calls
      .filter(
        (c) => c.path === "/api/chat.postMessage" && (c.body as { channel?: string }).channel === "UGEM",
      )
      .map((c) => String((c.body as { text: string }).text));
  const toGroup = () => messages(graph).filter((m) => m.recipient_type === "group" && m.to === GROUP);
  const calls = (method: string, path: string) =>
    graph.calls.filter((c: Recorded) => c.method === method && c.path === path);

  it("creates the group, invites the wijk's people privately, and admits only them", async () => {
    expect(await slash("/groep", "maak Buytenwegh")).toContain(
      'WhatsApp maakt de groep "Schoolveiligheid Buytenwegh" aan',
    );
    const created = await graph.waitFor((c) => c.path === `/${WA_PHONE_ID}/groups`);
    expect(created.body).toMatchObject({
      messaging_product: "whatsapp",
      subject: "Schoolveiligheid Buytenwegh",
      join_approval_mode: "approval_required",
    });
    expect((created.body as { description: string }).description).toMatch(/bel 112.*Geen namen/);
    // A second group for the same wijk is refused while the first is being made... once made.
    await webhook(
      groupWebhook("group_lifecycle_update", {
        group_id: GROUP,
        type: "group_create",
        request_id: "req-1",
        subject: "Schoolveiligheid Buytenwegh",
        invite_link: "https://chat.whatsapp.com/INVITE1",
        join_approval_mode: "approval_required",
      }),
    );
    await expect
      .poll(() => toGemeente().join("\n"))
      .toContain("De groep Schoolveiligheid Buytenwegh is aangemaakt");
    expect(toGemeente().join("\n")).toContain(
      "Zonder WhatsApp-nummer in het rooster, dus niet uitgenodigd: Directeur Vijf Pilaren",
    );
    // The link went one to one to the wijk's people on WhatsApp (a template: their windows are closed), never into a group.
    await expect
      .poll(() =>
        messages(graph)
          .filter((m) => JSON.stringify(m).includes("INVITE1"))
          .map((m) => m.to)
          .sort(),
      )
      .toEqual(["31610000000", "31611111111", "31612222222", "31613333333"]);
    expect(
      messages(graph)
        .filter((m) => JSON.stringify(m).includes("INVITE1"))
        .every((m) => m.recipient_type !== "group"),
    ).toBe(true);
    expect(messages(graph).some((m) => m.to === "31614444444")).toBe(false);
    expect(await slash("/groep", "maak Buytenwegh")).toContain("Buytenwegh heeft al een groep");

    // Join requests: a person of the wijk is approved, a stranger and someone of another wijk refused.
    for (const [wa, id] of [
      ["31611111111", "jr-1"],
      ["31699998888", "jr-2"],
      ["31614444444", "jr-3"],
      ["31613333333", "jr-4"],
    ])
      await webhook(
        groupWebhook("group_participants_update", {
          group_id: GROUP,
          type: "group_join_request_created",
          join_request_id: id,
          wa_id: wa,
        }),
      );
    const path = `/${GROUP}/join_requests`;
    await expect.poll(() => calls("POST", path).length + calls("DELETE", path).length).toBe(4);
    expect(
      calls("POST", path)
        .flatMap((c) => (c.body as { join_requests: string[] }).join_requests)
        .sort(),
    ).toEqual(["jr-1", "jr-4"]);
    expect(
      calls("DELETE", path)
        .flatMap((c) => (c.body as { join_requests: string[] }).join_requests)
        .sort(),
    ).toEqual(["jr-2", "jr-3"]);
    await expect.poll(() => toGemeente().join("\n")).toContain("(nummer …8888) vroeg om lid te worden");
    expect(toGemeente().join("\n")).not.toContain("31699998888");

    await webhook(
      groupWebhook("group_participants_update", {
        group_id: GROUP,
        type: "group_participants_add",
        added_participants: [{ wa_id: "31611111111" }, { wa_id: "31613333333" }],
      }),
    );
    await expect.poll(() => slash("/groep", "leden")).toContain("2 van de 8 plaatsen");
    const members = await slash("/groep", "leden");
    expect(members).toContain("- Directeur Klimboom (directeur, IKC Klimboom)");
    expect(members).toContain("- Wijkagent Buytenwegh (politie)");
  });

  it("answers in the group when addressed, ignores chatter, and takes a signal one to one", async () => {
    const before = toGroup().length;
    await webhook(groupTextWebhook(GROUP, "31611111111", "goedemorgen allemaal, fijne dag", `wamid.G${++n}`));
    await webhook(
      groupTextWebhook(GROUP, "31611111111", "vraag wie is de wijkagent voor Buytenwegh?", `wamid.G${++n}`),
    );
    await expect.poll(() => toGroup().length).toBe(before + 1);
    expect(textOf(toGroup().at(-1) as Sent)).toContain("Wijkagent Buytenwegh");
    await webhook(
      groupTextWebhook(
        GROUP,
        "31613333333",
        "@31600000000 hoe vaak is het overleg in Buytenwegh?",
        `wamid.G${++n}`,
      ),
    );
    await expect.poll(() => toGroup().length).toBe(before + 2);
    expect(textOf(toGroup().at(-1) as Sent)).toMatch(/één keer per jaar/);
    await settle(300);
    expect(toGroup()).toHaveLength(before + 2);
    // Groups take no buttons: nothing interactive went to the group.
    expect(toGroup().every((m) => m.type === "text")).toBe(true);

    const signal = "er hangen elke middag jongeren bij het hek van de Klimboom";
    await webhook(groupTextWebhook(GROUP, "31612222222", `/signaal ${signal}`, `wamid.G${++n}`));
    await expect
      .poll(() =>
        messages(graph)
          .filter((m) => m.to === "31612222222" && m.type === "text")
          .map(textOf)
          .join("\n"),
      )
      .toContain("Meld een signaal in een persoonlijke chat met mij");
    await expect
      .poll(() => textOf(toGroup().at(-1) as Sent))
      .toBe("Ik heb je een persoonlijk bericht gestuurd.");
    expect(toGroup().map(textOf).join("\n")).not.toContain("jongeren");
    expect(t.store.data.signals).toEqual([]);
    expect(readFileSync(join(dir, "convenantbot.json"), "utf8")).not.toContain("jongeren bij het hek");
  });

  it("delivers an alert and a reminder to the group once across a restart, not also one to one to its members", async () => {
    expect(await slash("/trend", "wijk Buytenwegh let op: meer vuurwerk bij de scholen")).toContain(
      "Voorbeeld",
    );
    await slash("/trend", "ja");
    // A meeting of the wijk in three days: its seven-day reminder is due.
    await t.store.update((d) => {
      d.meetings.push({
        id: "BW26",
        region: "zoetermeer",
        wijk: "buytenwegh",
        overleg: "zoetermeer/wijk-buytenwegh",
        start: Date.now() + 3 * DAY,
        durationMinutes: 90,
        place: "Stadhuis",
        organiser: "gem",
        status: "planned",
        sequence: 0,
        agenda: [],
      });
    });
    await t.app.reminders.tick();
    await t.app.outbox.idle();
    const alerts = () => toGroup().filter((m) => textOf(m).includes("meer vuurwerk"));
    const reminders = () => toGroup().filter((m) => textOf(m).includes("Herinnering"));
    await expect.poll(() => alerts().length).toBe(1);
    await expect.poll(() => reminders().length).toBe(1);
    // Members are reached in the group; the director who did not join, one to one.
    const oneToOne = (to: string) =>
      messages(graph).filter((m) => m.to === to && JSON.stringify(m).includes("meer vuurwerk"));
    expect(oneToOne("31611111111")).toEqual([]);
    expect(oneToOne("31613333333")).toEqual([]);
    expect(oneToOne("31612222222")).toHaveLength(1);
    // The report counts the group as one conversation.
    expect(await slash("/trend", "rapport")).toContain("WhatsApp 2/2");

    await t.app.close();
    t = await startTestApp(env(), { dataDir: dir });
    await t.app.reminders.tick();
    await t.app.outbox.idle();
    await settle(500);
    expect(alerts()).toHaveLength(1);
    expect(reminders()).toHaveLength(1);
  });

  it("follows leaves and removals, enforces the member limit, and reports a suspended group", async () => {
    await webhook(
      groupWebhook("group_participants_update", {
        group_id: GROUP,
        type: "group_participants_remove",
        initiated_by: "participant",
        removed_participants: [{ wa_id: "31613333333" }],
      }),
    );
    await expect.poll(() => slash("/groep", "leden")).toContain("1 van de 8 plaatsen");
    expect(await slash("/groep", "verwijder klimboom")).toBe(
      "Directeur Klimboom wordt uit Schoolveiligheid Buytenwegh verwijderd.",
    );
    const removed = await graph.waitFor((c) => c.method === "DELETE" && c.path === `/${GROUP}/participants`);
    expect(removed.body).toMatchObject({
      messaging_product: "whatsapp",
      participants: [{ user: "31611111111" }],
    });

    // Eight members: a ninth person of the network is refused before WhatsApp would.
    await webhook(
      groupWebhook("group_participants_update", {
        group_id: GROUP,
        type: "group_participants_add",
        added_participants: Array.from({ length: 7 }, (_, i) => ({ wa_id: `3162000000${i}` })),
      }),
    );
    await expect.poll(() => slash("/groep", "leden")).toContain("8 van de 8 plaatsen");
    await webhook(
      groupWebhook("group_participants_update", {
        group_id: GROUP,
        type: "group_join_request_created",
        join_request_id: "jr-full",
        wa_id: "31612222222",
      }),
    );
    await expect
      .poll(() =>
        calls("DELETE", `/${GROUP}/join_requests`).some((c) => JSON.stringify(c.body).includes("jr-full")),
      )
      .toBe(true);
    await expect
      .poll(() => toGemeente().join("\n"))
      .toContain("maar de groep is vol: WhatsApp staat 8 deelnemers toe");

    // Suspended: the gemeente is told, and a delivery there fails with the reason.
    await webhook(groupWebhook("group_status_update", { group_id: GROUP, type: "group_suspend" }));
    await expect
      .poll(() => toGemeente().join("\n"))
      .toContain("WhatsApp heeft de groep Schoolveiligheid Buytenwegh geschorst");
    graph.intercept = (req) =>
      (req.body as Sent | undefined)?.to === GROUP
        ? { status: 400, body: { error: { code: 131063, message: "Group is suspended" } } }
        : undefined;
    expect(await slash("/trend", "Buytenwegh tweede melding over de fietsen")).toContain("Voorbeeld");
    await slash("/trend", "ja");
    await t.app.outbox.idle();
    await expect.poll(() => slash("/trend", "rapport")).toMatch(/mislukt.*Group is suspended/s);
    graph.intercept = undefined;
  });
});
