/**
 * The meeting plan and its reminders: planning in chat, the rhythm check, the next meeting in
 * answers, reminders at the right wall-clock time across daylight-saving changes, catch-up
 * after downtime, exactly once across restarts and clock jumps, and the agenda to the
 * organiser. Sends are recorded by a delivery channel that keeps what it is given.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assembleCore } from "../src/app.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { Reply } from "../src/core/message.ts";
import type { Capabilities } from "../src/kernel/adapter.ts";
import type { DeliveryChannel, OutboundMessage, Target } from "../src/model/delivery.ts";
import { Store, type StoreData } from "../src/storage/store.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

interface Sent {
  target: Target;
  message: OutboundMessage;
  windowOpen: boolean;
}

/** What the recording channels' platforms declare, apart from reaching people. */
const CAPABILITIES: Capabilities = {
  privateReply: "direct",
  directMessage: true,
  nativeCommands: false,
  buttons: true,
  deleteMessages: false,
  directByAccount: false,
  groups: false,
};

function recordingChannel(platform: "slack" | "whatsapp", sent: Sent[]): DeliveryChannel {
  return {
    platform,
    limits: { perSecond: 1000, perTargetPerSecond: 1000, concurrency: 20 },
    async send(target, message, { windowOpen }) {
      sent.push({ target, message, windowOpen });
      return { status: "sent" };
    },
  };
}

const seed = (d: StoreData) => {
  d.people.push(
    {
      id: "gem",
      name: "Gemeente Leiden",
      roles: ["gemeente"],
      region: "leiden",
      accounts: ["slack:UGEM"],
    },
    {
      id: "dir",
      name: "Directeur Leiden",
      roles: ["directeur"],
      region: "leiden",
      accounts: [],
    },
    {
      id: "wijkagent-leiden",
      name: "Wijkagent Leiden",
      roles: ["politie"],
      region: "leiden",
      accounts: ["whatsapp:31655555555"],
    },
  );
  Object.assign(d.conversations, {
    "slack:CLEIDEN1": { region: "leiden", wijk: null },
    "slack:CLEIDEN2": { region: "leiden", wijk: null },
    "slack:CZOETERMEER": { region: "zoetermeer", wijk: null },
  });
  d.users["whatsapp:31655555555"] = { region: "leiden", wijk: null };
};

let clock = Date.parse("2026-11-23T10:00:00Z");
const dirs: string[] = [];

async function core(store?: Store) {
  const s = store ?? (await Store.memory());
  if (!store) await s.update(seed);
  const logger = createMemoryLogger();
  const sent: Sent[] = [];
  const c = assembleCore({
    store: s,
    knowledge: realKnowledge(),
    logger,
    engine: realEngine(),
    now: () => clock,
  });
  c.outbox.addChannel(recordingChannel("slack", sent), {
    ...CAPABILITIES,
    directByAccount: true,
    groups: true,
  });
  c.outbox.addChannel(recordingChannel("whatsapp", sent), {
    ...CAPABILITIES,
    directByAccount: true,
    groups: false,
  });
  await c.outbox.start();
  let n = 0;
  const say = async (text: string, who = "gem") =>
    (await c.bot.handle({
      id: `m${++n}-${Math.random()}`,
      conversation: { platform: "web", id: `conv-${who}`, kind: "direct" },
      sender: { platform: "web", id: who },
      text,
      addressed: true,
    })) as Reply;
  const settle = async () => {
    await c.reminders.tick();
    await c.outbox.idle();
  };
  return { ...c, store: s, logger, sent, say, settle, close: () => c.outbox.stop() };
}

afterEach(() => {
  clock = Date.parse("2026-11-23T10:00:00Z");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const code = (r: Reply) => r.text.match(/\[([A-Z2-9]{4})\]/)?.[1] as string;

describe("the meeting plan", () => {
  it("is planned, listed and checked against the covenant's rhythm", async () => {
    const c = await core();
    const r = await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis, kamer 3");
    expect(r.text).toMatch(
      /^Gepland: Signaaloverleg op dinsdag 2 februari 2027 om 15:00, stadhuis, kamer 3 \[[A-Z2-9]{4}\]\./,
    );
    expect(r.text).toContain("Signaaloverleg: 1 van de 5 rondes gepland voor 2027");
    expect(r.text).toContain(
      "Uitgenodigd: 3 gesprekken van Leiden (Slack 2, WhatsApp 1); zij krijgen 7 dagen en 1 dag vooraf een herinnering",
    );
    for (const d of [
      "6 april 2027 15:00",
      "1 juni 2027 15:00",
      "14 september 2027 15:00",
      "9 november 2027 15:00",
    ])
      await c.say(`/overleg plan signaaloverleg ${d}`);
    // Within three weeks of the first round: the same round, no warning.
    expect(
      (await c.say("/overleg plan signaaloverleg 16 februari 2027 10:00 school De Regenboog")).text,
    ).not.toContain("Let op");
    const late = await c.say("/overleg plan signaaloverleg 25 februari 2027 10:00");
    expect(late.text).toContain(
      "Signaaloverleg: donderdag 25 februari valt buiten de periode van 3 weken van de ronde die dinsdag 2 februari begint.",
    );
    const list = await c.say("/overleg", "dir");
    expect(list.text).toContain(
      "*Geplande overleggen Leiden*\n- Signaaloverleg op dinsdag 2 februari 2027 om 15:00",
    );
    expect(list.text).not.toContain("Let op");
    await c.close();
  });

  it("gives the covenant's rhythm and who plans it when nothing is planned yet", async () => {
    const c = await core();
    const r = await c.say("/overleg", "dir");
    expect(r.text).toContain("Er staan nog geen overleggen gepland voor Leiden. Volgens het convenant:");
    expect(r.text).toMatch(/\*Signaaloverleg\*: .*vijf keer per jaar/);
    expect(r.text).toContain("De gemeente zet ze in de planning met /overleg plan");
    await c.close();
  });

  it("understands relative dates and says the full date back", async () => {
    clock = Date.parse("2026-11-23T10:00:00Z"); // a Monday
    const c = await core();
    expect((await c.say("/overleg plan signaaloverleg volgende week dinsdag 15:00 stadhuis")).text).toMatch(
      /^Gepland: Signaaloverleg op dinsdag 1 december 2026 om 15:00, stadhuis \[/,
    );
    expect((await c.say("/overleg plan signaaloverleg over twee weken om 10 uur stadhuis")).text).toMatch(
      /^Gepland: Signaaloverleg op maandag 7 december 2026 om 10:00, stadhuis \[/,
    );
    expect((await c.say("/overleg plan signaaloverleg volgende week dinsdag stadhuis")).text).toContain(
      "Ik vind geen tijd",
    );
    await c.close();
  });

  it("lets only the gemeente plan, and anyone in the roster send agenda items", async () => {
    const c = await core();
    expect((await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00", "dir")).text).toContain(
      "Alleen de gemeente (de organisator) plant",
    );
    const planned = await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00");
    const id = code(planned);
    expect((await c.say(`/overleg agenda ${id} vapen bij de bushalte`, "dir")).text).toContain(
      "Dank je. Je agendapunt staat bij",
    );
    expect((await c.say(`/overleg agenda ZZZZ iets`, "dir")).text).toContain("Noem de code uit /overleg");
    expect((await c.say("/overleg plan kerngroep 2 februari 2027 15:00")).text).toContain(
      "Welk overleg? In Leiden:",
    );
    expect((await c.say("/overleg plan signaaloverleg binnenkort")).text).toContain("Ik vind geen datum");
    expect((await c.say("/overleg plan signaaloverleg morgen")).text).toContain("Ik vind geen tijd");
    expect((await c.say("/overleg plan signaaloverleg 2 februari 2020 15:00")).text).toContain(
      "in het verleden",
    );
    await c.close();
  });

  it("answers 'wanneer is het volgende signaaloverleg?' from the plan, with the covenant's rhythm and source", async () => {
    const c = await core();
    await c.say("/overleg plan signaaloverleg 6 april 2027 15:00 stadhuis");
    await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis");
    const r = await c.say("wanneer is het volgende signaaloverleg?", "dir");
    expect(r.text).toMatch(
      /Volgens de planning: Signaaloverleg op dinsdag 2 februari 2027 om 15:00, stadhuis \[[A-Z2-9]{4}\]\.\nBron:/,
    );
    expect(r.text).toContain("vijf keer per jaar");
    expect(r.text).not.toContain("staat niet in het convenant");
    expect(r.answer?.answered).toBe(true);
    await c.close();
  });

  it("says the date is not in the covenant when nothing is planned, with the rhythm it does give", async () => {
    const c = await core();
    const r = await c.say("wanneer is het volgende signaaloverleg?", "dir");
    expect(r.text).toMatch(
      /^De datum van de volgende staat niet in het convenant\. Wat het wel zegt:\nSignaaloverleg: vijf keer per jaar/,
    );
    expect(r.answer?.answered).toBe(false);
    await c.close();
  });
});

describe("reminders", () => {
  it("go out 7 days and 1 day before at the same wall-clock time, across the autumn and spring clock changes", async () => {
    const c = await core();
    clock = Date.parse("2027-10-01T10:00:00Z");
    // Summer time ends on 31 October 2027: a week before 15:00 on 2 November is 15:00 summer time (13:00 UTC).
    const autumn = code(await c.say("/overleg plan signaaloverleg 2 november 2027 15:00 stadhuis"));
    // Summer time starts on 28 March 2027: a week before 10:00 on 1 April is 10:00 winter time (09:00 UTC).
    clock = Date.parse("2027-03-01T10:00:00Z");
    const spring = code(await c.say("/overleg plan signaaloverleg 1 april 2027 10:00 stadhuis"));

    clock = Date.parse("2027-03-25T08:59:00Z");
    await c.settle();
    expect(c.sent).toEqual([]);
    clock = Date.parse("2027-03-25T09:00:00Z");
    await c.settle();
    expect(c.sent.map((s) => s.target.conversation).sort()).toEqual(["31655555555", "CLEIDEN1", "CLEIDEN2"]);
    const text = c.sent[0]?.message.text ?? "";
    expect(text).toContain(
      `*Herinnering:* Signaaloverleg op donderdag 1 april 2027 om 10:00, stadhuis [${spring}].`,
    );
    expect(text).toContain(
      `Lever agendapunten aan vóór woensdag 31 maart: /overleg agenda ${spring} <punt>.`,
    );
    expect(text).not.toContain("Later dan gepland");
    // WhatsApp user outside the 24-hour window: the template, with the meeting code.
    const wa = c.sent.find((s) => s.target.platform === "whatsapp");
    expect(wa?.windowOpen).toBe(false);
    expect(wa?.message.template?.params).toEqual([
      "Signaaloverleg",
      "donderdag 1 april 2027 om 10:00, stadhuis",
      "woensdag 31 maart",
      spring,
    ]);

    c.sent.length = 0;
    clock = Date.parse("2027-10-26T12:59:00Z");
    await c.settle();
    expect(c.sent).toEqual([]);
    clock = Date.parse("2027-10-26T13:00:00Z");
    await c.settle();
    expect(c.sent).toHaveLength(3);
    expect(c.sent[0]?.message.text).toContain(`dinsdag 2 november 2027 om 15:00, stadhuis [${autumn}]`);
    // The day before, 15:00 winter time is 14:00 UTC.
    c.sent.length = 0;
    clock = Date.parse("2027-11-01T13:59:00Z");
    await c.settle();
    expect(c.sent).toEqual([]);
    clock = Date.parse("2027-11-01T14:00:00Z");
    await c.settle();
    expect(c.sent.filter((s) => s.message.text.startsWith("*Herinnering:*"))).toHaveLength(3);
    await c.close();
  });

  it("catch up after downtime once, saying they are late, and are never sent twice across restarts and clock jumps", async () => {
    const dir = mkdtempSync(join(tmpdir(), "convenantbot-reminders-"));
    dirs.push(dir);
    let store = await Store.file(dir);
    await store.update(seed);
    let c = await core(store);
    clock = Date.parse("2027-01-10T10:00:00Z");
    const id = code(await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis"));
    await c.close();
    await store.close();

    // The bot was down from 10 January until 4 days before the meeting: the 7-day reminder
    // was missed. On start it sends one reminder, the latest due, and says it is late.
    clock = Date.parse("2027-01-29T09:00:00Z");
    store = await Store.file(dir);
    c = await core(store);
    await c.reminders.start();
    await c.outbox.idle();
    expect(c.sent).toHaveLength(3);
    expect(c.sent[0]?.message.text).toContain(
      "(Later dan gepland: deze herinnering had dinsdag 26 januari 2027 om 15:00 moeten komen.)",
    );
    await c.reminders.stop();
    await c.close();
    await store.close();

    // Restart, and the clock jumps back an hour and forward again: nothing is repeated.
    for (const at of ["2027-01-29T09:05:00Z", "2027-01-29T08:05:00Z", "2027-01-29T10:00:00Z"]) {
      clock = Date.parse(at);
      store = await Store.file(dir);
      c = await core(store);
      const before = statSync(join(dir, "convenantbot.json")).mtimeMs;
      await new Promise((r) => setTimeout(r, 20));
      await c.settle();
      expect(c.sent, at).toEqual([]);
      // A tick with nothing new to send writes nothing.
      expect(statSync(join(dir, "convenantbot.json")).mtimeMs, at).toBe(before);
      await c.close();
      await store.close();
    }

    // The day before: the last reminder, and the organiser gets the agenda.
    clock = Date.parse("2027-02-01T14:00:00Z");
    store = await Store.file(dir);
    c = await core(store);
    await c.say(`/overleg agenda ${id} vapen bij de bushalte`, "dir");
    await c.settle();
    const organiser = c.sent.find((s) => s.target.conversation === "UGEM");
    expect(organiser?.message.text).toContain(
      `*Agenda-input voor Signaaloverleg op dinsdag 2 februari 2027 om 15:00, stadhuis [${id}]*`,
    );
    expect(organiser?.message.text).toContain("- vapen bij de bushalte (Directeur Leiden)");
    expect(organiser?.message.text).toContain(
      "*Ontwerp-agenda uit de anonieme signalen* (sinds de laatste 12 weken)",
    );
    expect(c.sent.filter((s) => s.message.text.startsWith("*Herinnering:*"))).toHaveLength(3);
    await c.close();
    await store.close();
  });

  it("tell the invited when a meeting moves or is cancelled, and remind for the new date", async () => {
    const c = await core();
    clock = Date.parse("2027-01-10T10:00:00Z");
    const id = code(await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis"));
    clock = Date.parse("2027-01-27T10:00:00Z");
    await c.settle();
    expect(c.sent).toHaveLength(3);
    c.sent.length = 0;
    const moved = await c.say(`/overleg verplaats ${id} 4 februari 2027 15:00`);
    expect(moved.text).toContain(
      `Verplaatst: Signaaloverleg op donderdag 4 februari 2027 om 15:00, stadhuis [${id}].`,
    );
    await c.settle();
    expect(c.sent.filter((s) => s.message.text.startsWith("*Verplaatst:*"))).toHaveLength(3);
    // The 7-day reminder for 4 February (due 28 January) follows when it is due.
    clock = Date.parse("2027-01-28T14:00:00Z");
    await c.settle();
    expect(
      c.sent.filter(
        (s) => s.message.text.includes("4 februari 2027") && s.message.text.startsWith("*Herinnering:*"),
      ),
    ).toHaveLength(3);
    c.sent.length = 0;
    await c.say(`/overleg annuleer ${id}`);
    await c.settle();
    expect(c.sent.map((s) => s.message.text)).toEqual(
      Array(3).fill(
        `*Geannuleerd:* Signaaloverleg op donderdag 4 februari 2027 om 15:00, stadhuis [${id}] gaat niet door.`,
      ),
    );
    clock = Date.parse("2027-02-03T14:00:00Z");
    c.sent.length = 0;
    await c.settle();
    expect(c.sent).toEqual([]);
    await c.close();
  });
});

describe("the outbox", () => {
  it("forgets finished deliveries after 90 days, but not what is still pending", async () => {
    const c = await core();
    clock = Date.parse("2027-01-10T10:00:00Z");
    await c.say("/overleg plan signaaloverleg 2 februari 2027 15:00");
    clock = Date.parse("2027-01-27T10:00:00Z");
    await c.settle();
    // Three conversations (web chats are not addressed: no web channel here).
    expect(c.store.data.deliveries.map((d) => d.status).sort()).toEqual(["sent", "sent", "sent"]);
    expect(await c.outbox.prune(90, clock + 89 * 86_400_000)).toBe(0);
    expect(await c.outbox.prune(90, clock + 91 * 86_400_000)).toBe(3);
    expect(c.store.data.deliveries).toEqual([]);
    expect(c.store.data.batches).toEqual([]);
    await c.close();
  });
});

describe("the reminder scheduler", () => {
  it("ticks every minute with node-cron", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    try {
      vi.setSystemTime(new Date("2027-01-10T10:00:00Z"));
      const c = await core();
      const tick = vi.spyOn(c.reminders, "tick");
      await c.reminders.start();
      expect(tick).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(3 * 60_000);
      expect(tick.mock.calls.length).toBeGreaterThanOrEqual(3);
      await c.reminders.stop();
      await c.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
