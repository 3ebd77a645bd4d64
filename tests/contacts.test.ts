/**
 * Contacts that stay current, end to end through the Slack and WhatsApp fakes:
 * - the half-yearly question "Ben jij nog de wijkagent voor ...?" with the clock moved on
 *   (fake Date): asked once per cycle, as buttons inside WhatsApp's 24-hour window, as the
 *   approved template with quick replies outside it, as Slack buttons; "Ja" refreshes the
 *   date answers show, "Nee, iemand anders" stops the naming at once and passes the
 *   successor's name to the gemeente, privately; only the person asked can answer; no answer
 *   in 14 days puts the entry first on the dashboard, flagged;
 * - the gemeente adds a contact by hand and imports a contacts.yaml in headless Chromium,
 *   seeing what the import would change before it does; the next answer names them.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { launchBrowser } from "./browser.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi, Recorded } from "./fakes/server.ts";
import { slashCommand, startFakeSlack } from "./fakes/slack.ts";
import {
  buttonWebhook,
  metaJson,
  postWhatsApp,
  quickReplyWebhook,
  startFakeGraph,
  textWebhook,
  WA_PHONE_ID,
} from "./fakes/whatsapp.ts";

const artifacts = join(import.meta.dirname, ".artifacts");

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
      id: "dir",
      name: "Directeur De Buut",
      roles: ["directeur"],
      region: "zoetermeer",
      accounts: ["slack:UDIR"],
    },
    {
      id: "karin",
      name: "Karin Bos",
      roles: ["politie"],
      region: "zoetermeer",
      accounts: ["whatsapp:31622222222"],
      contact: { role: "wijkagent", wijk: "buytenwegh", since: "2026-07-01" },
    },
    {
      id: "youssef",
      name: "Youssef Amrani",
      roles: ["partner"],
      region: "zoetermeer",
      accounts: ["whatsapp:31633333333"],
      contact: { role: "jongerenwerker", wijk: "seghwaert", since: "2026-07-01" },
    },
    {
      id: "els",
      name: "Els Kok",
      roles: ["partner"],
      region: "zoetermeer",
      accounts: ["slack:ULP"],
      contact: { role: "leerplichtambtenaar", since: "2026-07-01" },
    },
  );
};

describe("contacts that stay current", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let n = 0;

  beforeAll(async () => {
    [slack, graph] = await Promise.all([startFakeSlack(), startFakeGraph()]);
    t = await startTestApp({ ...slackEnv(slack), ...whatsappEnv(graph) }, { seed });
  }, 60_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await t.app.close();
    await Promise.all([slack.close(), graph.close()]);
  });

  const slash = (command: string, text: string, user: string) =>
    slashCommand(t.url, slack, command, text, user);

  /** Posts a WhatsApp webhook and returns what the bot sent back to that number. */
  async function whatsapp(from: string, payload: unknown): Promise<string> {
    const before = graph.calls.length;
    expect((await postWhatsApp(t.url, metaJson(payload))).status).toBe(200);
    const sent = await graph.waitFor(
      (c) => graph.calls.indexOf(c) >= before && (c.body as { to?: string }).to === from,
    );
    return JSON.stringify(sent.body);
  }

  const messagesTo = (to: string) =>
    graph.calls.filter((c) => c.path === `/${WA_PHONE_ID}/messages` && (c.body as { to?: string }).to === to);
  const slackPostsTo = (channel: string) =>
    slack.calls.filter(
      (c) => c.path === "/api/chat.postMessage" && (c.body as { channel?: string }).channel === channel,
    );

  it("asks each contact once a cycle, and acts on yes, someone else, and no answer", async () => {
    // Not due yet: six months after July 1 is January 1.
    await t.app.contactCheck.tick();
    await t.app.outbox.idle();
    expect(messagesTo("31622222222")).toEqual([]);

    // Youssef wrote to the bot today: his 24-hour window is open.
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(new Date("2027-01-02T09:00:00Z"));
    await whatsapp("31633333333", textWebhook("31633333333", "hallo", `wamid.C${++n}`));
    await t.app.contactCheck.tick();
    await t.app.outbox.idle();

    // Karin's window is closed: the approved template, with its quick replies.
    const karin = (await graph.waitFor(
      (c) =>
        (c.body as { to?: string; type?: string }).to === "31622222222" &&
        (c.body as { type?: string }).type === "template",
    )) as Recorded;
    const template = (
      karin.body as { template: { name: string; components: Array<Record<string, unknown>> } }
    ).template;
    expect(template.name).toBe("convenantbot_contact_bevestigen");
    expect(JSON.stringify(template.components[0])).toContain('"text":"wijkagent"');
    expect(JSON.stringify(template.components[0])).toContain('"text":"Buytenwegh"');
    expect(template.components.slice(1).map((c) => JSON.stringify(c))).toEqual([
      expect.stringContaining('"payload":"contact:ja:karin"'),
      expect.stringContaining('"payload":"contact:ander:karin"'),
      expect.stringContaining('"payload":"contact:weetniet:karin"'),
    ]);
    // Youssef's is open: the question with three buttons.
    const youssef = await graph.waitFor(
      (c) =>
        (c.body as { to?: string }).to === "31633333333" && JSON.stringify(c.body).includes("Ben jij nog"),
    );
    expect(JSON.stringify(youssef.body)).toContain("Ben jij nog de jongerenwerker voor Seghwaert?");
    expect(JSON.stringify(youssef.body)).toContain('"title":"Nee, iemand anders"');
    // Els on Slack: a direct message with buttons.
    const els = await slack.waitFor(
      (c) => c.path === "/api/chat.postMessage" && (c.body as { channel?: string }).channel === "ULP",
    );
    expect(String((els.body as { text: string }).text)).toContain(
      "Ben jij nog de leerplichtambtenaar / consulent leerrecht voor Zoetermeer?",
    );
    expect(String((els.body as { blocks?: string }).blocks)).toContain("contact:ja:els");

    // Asked once a cycle, however often the check runs.
    await t.app.contactCheck.tick();
    await t.app.outbox.idle();
    expect(messagesTo("31622222222")).toHaveLength(1);
    expect(slackPostsTo("ULP")).toHaveLength(1);

    // Only the person asked can answer.
    expect(
      await whatsapp("31633333333", buttonWebhook("31633333333", "contact:ja:karin", "Ja", `wamid.C${++n}`)),
    ).toContain("Deze vraag was voor iemand anders");
    expect(t.store.data.people.find((p) => p.id === "karin")?.contact?.confirmed).toBeUndefined();

    // Yes: confirmed today, and answers say so.
    expect(
      await whatsapp(
        "31633333333",
        buttonWebhook("31633333333", "contact:ja:youssef", "Ja", `wamid.C${++n}`),
      ),
    ).toContain("Dank je, bevestigd");
    expect(t.store.data.people.find((p) => p.id === "youssef")?.contact).toMatchObject({
      confirmed: "2027-01-02",
    });
    expect(await slash("/vraag", "wie is de jongerenwerker in Seghwaert?", "UDIR")).toContain(
      "Youssef Amrani (laatst bevestigd op 2 januari 2027)",
    );

    // Someone else now: Karin is no longer named, at once; her successor's name goes to the gemeente.
    expect(await slash("/vraag", "wie is de wijkagent voor Buytenwegh?", "UDIR")).toContain("Karin Bos");
    expect(
      await whatsapp(
        "31622222222",
        quickReplyWebhook("31622222222", "contact:ander:karin", "Nee, iemand anders", `wamid.C${++n}`),
      ),
    ).toContain("Wie is het nu?");
    expect(await slash("/vraag", "wie is de wijkagent voor Buytenwegh?", "UDIR")).not.toContain("Karin Bos");
    expect(
      await whatsapp("31622222222", textWebhook("31622222222", "Pieter Jansen", `wamid.C${++n}`)),
    ).toContain("doorgegeven aan de gemeente");
    const told = await slack.waitFor(
      (c) => c.path === "/api/chat.postMessage" && (c.body as { channel?: string }).channel === "UGEM",
    );
    expect((told.body as { text: string }).text).toContain(
      "Karin Bos meldt: de wijkagent voor Buytenwegh is nu Pieter Jansen. Nodig diegene uit met /uitnodigen wijkagent Buytenwegh",
    );
    // The next message from Karin is a question again.
    expect(
      await whatsapp("31622222222", textWebhook("31622222222", "Pieter Jansen", `wamid.C${++n}`)),
    ).not.toContain("doorgegeven");
    expect(t.store.data.audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["contact-confirmed", "contact-removed"]),
    );

    // Els does not answer: after 14 days the dashboard puts her first, flagged.
    vi.setSystemTime(new Date("2027-01-17T09:00:00Z"));
    const link = (await slash("/beheer", "", "UGEM")).match(/\/beheer\/login\/[\w-]+/)?.[0] as string;
    const login = await fetch(`${t.url}/beheer/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: link.split("/").at(-1) as string }).toString(),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const page = await (await fetch(`${t.url}/beheer/contacten`, { headers: { cookie } })).text();
    expect(page).toContain("1 contact gaf binnen 14 dagen geen antwoord");
    const firstRow = page.match(/<tbody>\s*<tr>(.*?)<\/tr>/s)?.[1] ?? "";
    expect(firstRow).toContain("Els Kok");
    expect(firstRow).toContain("geen antwoord sinds za 2 jan 2027");
    expect(page).not.toContain("Karin Bos");
  });
});

describe("contacts the gemeente keeps on the dashboard", () => {
  let slack: FakeApi;
  let browser: Browser;
  let t: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    slack = await startFakeSlack();
    t = await startTestApp(slackEnv(slack), { seed });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t.app.close();
    await slack.close();
  });

  const slash = (command: string, text: string, user: string) =>
    slashCommand(t.url, slack, command, text, user);

  it("adds a contact by hand and imports a list after showing what changes; answers use them at once", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const link = (await slash("/beheer", "", "UGEM")).match(/\/beheer\/login\/[\w-]+/)?.[0] as string;
    await page.goto(`${t.url}${link}`);
    await page.getByRole("button", { name: "Open het beheer" }).click();
    await page.getByRole("link", { name: "Contacten" }).click();

    expect(await slash("/vraag", "wie is de wijkagent voor Rokkeveen?", "UDIR")).not.toContain(
      "Anouk Verbeek",
    );
    await page.getByLabel("Rol").selectOption("wijkagent");
    await page.getByLabel(/^Voor/).fill("Rokkeveen");
    await page.getByLabel("Naam").fill("Anouk Verbeek");
    await page.getByLabel("Telefoon (werk)").fill("06 1234 5678");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Anouk Verbeek is nu de wijkagent voor Rokkeveen");
    const today = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    expect(await slash("/vraag", "wie is de wijkagent voor Rokkeveen?", "UDIR")).toContain(
      `Anouk Verbeek, 06 1234 5678 (laatst bevestigd op ${today})`,
    );
    // A hand-added contact has no chat account: she is not among the people who use the bot.
    await page.getByRole("link", { name: "Mensen" }).click();
    expect(await page.locator("table").first().textContent()).not.toContain("Anouk Verbeek");
    await page.getByRole("link", { name: "Contacten" }).click();

    // A broken list changes nothing and says why.
    await page.getByLabel("contacts.yaml").fill("contacts:\n  - role: wijkagent\n    wijk: nergens\n");
    await page.getByRole("button", { name: "Bekijk wat er verandert" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("sample");

    const yaml = [
      "sample: false",
      "contacts:",
      "  - role: wijkagent",
      "    wijk: rokkeveen",
      '    name: "Anouk Verbeek"',
      '    phone: "079 346 8000"',
      "    verified: 2026-12-01",
      "  - role: jongerenwerker",
      "    wijk: palenstein",
      '    name: "Sem de Graaf"',
      "    email: sem.degraaf@example.org",
      "    verified: 2026-12-01",
    ].join("\n");
    await page.getByLabel("contacts.yaml").fill(yaml);
    await page.getByRole("button", { name: "Bekijk wat er verandert" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("1 nieuw, 1 gewijzigd, 0 ongewijzigd. Nog niets veranderd.");
    await page.screenshot({ path: join(artifacts, "beheer-contacten-import.png"), fullPage: true });
    // Nothing changed before "Toepassen".
    expect(await slash("/vraag", "wie is de jongerenwerker in Palenstein?", "UDIR")).not.toContain(
      "Sem de Graaf",
    );
    await page.getByRole("button", { name: "Toepassen" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Import toegepast: 2 contacten bijgewerkt, 0 ongewijzigd.");
    expect(await slash("/vraag", "wie is de jongerenwerker in Palenstein?", "UDIR")).toContain(
      "Sem de Graaf",
    );
    expect(await slash("/vraag", "wie is de wijkagent voor Rokkeveen?", "UDIR")).toContain(
      "Anouk Verbeek, 079 346 8000",
    );
    await page.screenshot({ path: join(artifacts, "beheer-contacten-bijgewerkt.png"), fullPage: true });

    // Removing one: the answer no longer names her.
    await page.getByRole("button", { name: "Verwijder Anouk Verbeek als wijkagent" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Anouk Verbeek wordt niet meer genoemd als wijkagent");
    expect(await slash("/vraag", "wie is de wijkagent voor Rokkeveen?", "UDIR")).not.toContain(
      "Anouk Verbeek",
    );
    const actions = t.store.data.audit.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["contact-added", "contact-changed", "contact-imported", "contact-removed"]),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.url}/beheer/contacten`);
    await page.screenshot({ path: join(artifacts, "beheer-contacten-telefoon.png"), fullPage: true });
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
  });
});
