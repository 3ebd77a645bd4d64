/**
 * The coordinator's dashboard in headless Chromium: the gemeente gets a sign-in link from the
 * bot through the Slack fake, opens it, sees the people of its region, invites a director who
 * joins through the WhatsApp fake, revokes an invitation, reads the changes and signs out.
 * Refused: someone without the role, a used link, a session cookie that is gone, and a form
 * whose CSRF token is not the session's. Screenshots at laptop and phone width go to
 * tests/.artifacts.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoWeek } from "../src/model/signals.ts";
import type { StoreData } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { launchBrowser } from "./browser.ts";
import { slackEnv, whatsappEnv } from "./fakes/env.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { metaJson, postWhatsApp, startFakeGraph, textWebhook, WA_PHONE_ID } from "./fakes/whatsapp.ts";

const artifacts = join(import.meta.dirname, ".artifacts");

/** The text of each cell of a table's body, row by row. */
async function cellsOf(table: Locator): Promise<string[][]> {
  const rows = table.locator("tbody tr");
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push(await rows.nth(i).locator("td").allTextContents());
  return out;
}

const DAY = 24 * 60 * 60 * 1000;
/** Signals over the last weeks: De Touwladder often enough to be named, De Spelevaert once. */
const seededSignals = (): StoreData["signals"] =>
  Array.from({ length: 14 }, (_, i) => ({
    id: `s${i}`,
    code: `ABCD-EF${String(i).padStart(2, "0")}`,
    kind: i % 3 === 0 ? ("trend" as const) : ("incident" as const),
    theme: i % 2 === 0 ? ("overlast" as const) : ("vuurwerk" as const),
    region: "zoetermeer",
    wijk: "buytenwegh",
    school: i < 4 ? "touwladder" : i === 4 ? "spelevaert" : null,
    week: isoWeek(new Date(Date.now() - (i % 7) * 7 * DAY)),
    text: `Signaal nummer ${i} bij het winkelcentrum`,
    questions: [],
  }));

const seed = (d: StoreData) => {
  d.conversations["slack:CNETWERK"] = {
    region: "zoetermeer",
    wijk: null,
    linkedBy: "gem",
    linkedOn: "2026-11-01",
  };
  d.signals.push(...seededSignals());
  d.meetings.push({
    id: "M4KX",
    region: "zoetermeer",
    wijk: "buytenwegh",
    overleg: "zoetermeer/wijk-buytenwegh",
    start: Date.now() + 20 * DAY,
    durationMinutes: 90,
    place: "Stadhuis",
    organiser: "gem",
    status: "planned",
    sequence: 0,
    agenda: [{ from: "Directeur De Buut", text: "Fietsenstalling na schooltijd", on: "2026-12-01" }],
  });
  d.people.push(
    {
      id: "gem",
      name: "Gemeente Zoetermeer",
      roles: ["gemeente"],
      region: "zoetermeer",
      accounts: ["slack:UGEM"],
    },
    {
      id: "dir-buut",
      name: "Directeur De Buut",
      roles: ["directeur"],
      region: "zoetermeer",
      school: "buut",
      accounts: ["slack:UDIR", "whatsapp:31611111111"],
    },
    {
      id: "agent",
      name: "Wijkagent Rokkeveen",
      roles: ["politie"],
      region: "zoetermeer",
      accounts: ["slack:UPOL"],
    },
  );
};

describe("the dashboard", () => {
  let slack: FakeApi;
  let graph: FakeApi;
  let browser: Browser;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let n = 0;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    [slack, graph] = await Promise.all([startFakeSlack(), startFakeGraph()]);
    t = await startTestApp({ ...slackEnv(slack), ...whatsappEnv(graph) }, { seed });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t.app.close();
    await Promise.all([slack.close(), graph.close()]);
  });

  /** The bot's private reply to /beheer from a Slack user. */
  async function beheer(user: string): Promise<string> {
    const respond = `b${++n}`;
    await postSlack(
      t.url,
      commandBody("/beheer", "", `${slack.url}/respond/${respond}`, {
        user_id: user,
        channel_id: "CNETWERK",
      }),
      "application/x-www-form-urlencoded",
    );
    const reply = await slack.waitFor((c) => c.path === `/respond/${respond}`);
    const body = reply.body as { text: string; response_type: string };
    expect(body.response_type).toBe("ephemeral");
    return body.text;
  }
  const linkIn = (text: string) =>
    (text.match(/http:\/\/localhost:\d+(\/beheer\/login\/[\w-]+)/)?.[1] ?? "") as string;

  it("lets the gemeente sign in with a link from the bot, invite a director who joins, revoke, and sign out", async () => {
    const link = linkIn(await beheer("UGEM"));
    expect(link).toMatch(/^\/beheer\/login\//);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${t.url}${link}`);
    await page.getByRole("button", { name: "Open het beheer" }).click();
    await page.waitForURL(`${t.url}/beheer/mensen`);
    await expect.poll(() => page.getByRole("heading", { name: "Mensen in Zoetermeer (3)" }).count()).toBe(1);
    const rows = page.locator("section").first().locator("tbody tr");
    const cells: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      cells.push(await rows.nth(i).locator("td").allTextContents());
    expect(cells).toContainEqual(["Directeur De Buut", "directeur", "De Buut", "slack, whatsapp"]);
    await page.screenshot({ path: join(artifacts, "beheer-mensen.png"), fullPage: true });

    await page.getByLabel("Rol").selectOption("directeur");
    await page.getByLabel("School of wijk").fill("Klimboom");
    await page.getByRole("button", { name: "Maak uitnodiging" }).click();
    const status = page.getByRole("status");
    await expect
      .poll(() => status.first().textContent())
      .toMatch(/Uitnodiging [0-9A-F]{6} voor Directeur IKC Klimboom/);
    const code = ((await page.locator(".code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.screenshot({ path: join(artifacts, "beheer-uitnodiging.png"), fullPage: true });

    // The invitee joins from WhatsApp with the code the page showed once.
    await postWhatsApp(t.url, metaJson(textWebhook("31677788899", `aanmelden ${code}`, "wamid.DASH1")));
    const welcome = await graph.waitFor(
      (c) => c.path === `/${WA_PHONE_ID}/messages` && (c.body as { to: string }).to === "31677788899",
    );
    expect(JSON.stringify(welcome.body)).toContain("Welkom, Directeur IKC Klimboom");
    await page.goto(`${t.url}/beheer/mensen`);
    await expect.poll(() => page.getByRole("heading", { name: "Mensen in Zoetermeer (4)" }).count()).toBe(1);
    const invitation = (await cellsOf(page.locator("table").last())).find(
      (r) => r[1] === "Directeur IKC Klimboom",
    );
    expect(invitation?.[2]).toMatch(/^aangemeld /);

    // Revoking the used invitation takes the role away at once.
    await page
      .getByRole("button", { name: /^Trek uitnodiging [0-9A-F]{6} in$/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toMatch(/is ingetrokken en Directeur IKC Klimboom heeft de rol directeur niet meer/);
    expect(t.store.data.people.some((p) => p.accounts.includes("whatsapp:31677788899"))).toBe(false);

    // The contacts answers name, the longest unconfirmed first.
    await page.getByRole("link", { name: "Contacten" }).click();
    const contacts = await cellsOf(page.locator("table").first());
    const seghwaert = contacts.find((r) => r[2]?.startsWith("Demo Wijkagent Seghwaert (fictief)"));
    expect(seghwaert?.slice(1, 5)).toEqual([
      "Seghwaert",
      "Demo Wijkagent Seghwaert (fictief)0900 000 0201, wijkagent.seghwaert@example.org",
      "1 okt 2026",
      "uit het bestandcontactlijst (fictieve voorbeelden)",
    ]);
    await page.screenshot({ path: join(artifacts, "beheer-contacten.png"), fullPage: true });

    // Questions the bot could not answer, kept without who asked.
    await postWhatsApp(
      t.url,
      metaJson(textWebhook("31611111111", "hoeveel parkeerplaatsen heeft het stadhuis?", "wamid.DASH2")),
    );
    await graph.waitFor((c) => JSON.stringify(c.body).includes("31611111111"));
    await page.getByRole("link", { name: "Vragen" }).click();
    await expect
      .poll(async () => cellsOf(page.locator("table").first()))
      .toContainEqual([
        new Date().toISOString().slice(0, 10),
        "hoeveel parkeerplaatsen heeft het stadhuis?",
        "niet in de convenanten",
        "whatsapp",
      ]);
    expect(await page.content()).not.toMatch(/31611111111|Directeur De Buut/);
    await page.screenshot({ path: join(artifacts, "beheer-vragen.png"), fullPage: true });

    await page.goto(`${t.url}/beheer/audit`);
    const audit = await page.locator("tbody").textContent();
    for (const action of ["uitgenodigd", "aangemeld", "uitnodiging ingetrokken", "rol afgenomen"])
      expect(audit).toContain(action);
    expect(audit).not.toContain(code);
    await page.screenshot({ path: join(artifacts, "beheer-wijzigingen.png"), fullPage: true });
    const csv = await page.request.get(`${t.url}/beheer/audit.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(
      /^wanneer,wie,wat,onderwerp,verandering\r\n".*","Gemeente Zoetermeer","role-removed"/,
    );

    // On a phone the same page stays readable.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.url}/beheer/mensen`);
    await page.screenshot({ path: join(artifacts, "beheer-mensen-telefoon.png"), fullPage: true });
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Niet ingelogd" }).count()).toBe(1);
    await context.close();
  });

  /** A signed-in browser page for the Slack user, at laptop width. */
  async function signIn(user: string, width = 1280) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${t.url}${linkIn(await beheer(user))}`);
    await page.getByRole("button", { name: "Open het beheer" }).click();
    await page.waitForURL(`${t.url}/beheer/mensen`);
    return { context, page };
  }

  it("shows the meeting plan against the rhythm, a broadcast's delivery, signal charts and the knowledge base", async () => {
    // A trend alert from the gemeente reaches the linked channel; the page shows its delivery.
    const command = async (args: string, respond: string) => {
      await postSlack(
        t.url,
        commandBody("/trend", args, `${slack.url}/respond/${respond}`, {
          user_id: "UGEM",
          channel_id: "DGEM",
        }),
        "application/x-www-form-urlencoded",
      );
      return slack.waitFor((c) => c.path === `/respond/${respond}`);
    };
    expect(
      JSON.stringify((await command("Let op: vuurwerk bij de scholen in Buytenwegh", "tr1")).body),
    ).toContain("Voorbeeld");
    await command("ja", "tr2");
    await slack.waitFor(
      (c) => c.path === "/api/chat.postMessage" && JSON.stringify(c.body).includes("vuurwerk bij de scholen"),
    );

    const { context, page } = await signIn("UGEM");
    await page.getByRole("link", { name: "Overleggen" }).click();
    const year = new Date(Date.now() + 20 * DAY).getFullYear();
    const buytenwegh = page.locator("section", {
      has: page.getByRole("heading", { name: "Overleg scholen en wijkveiligheidspartners Buytenwegh" }),
    });
    await expect.poll(() => buytenwegh.count()).toBe(1);
    expect(await buytenwegh.textContent()).toMatch(/Ritme volgens het convenant/);
    const meeting = (await cellsOf(buytenwegh.locator("table")))[0] ?? [];
    expect(meeting[1]).toBe("Stadhuis, Buytenwegh");
    expect(meeting[2]).toBe("Gemeente Zoetermeer");
    expect(meeting[4]).toContain("1 punt");
    // An overleg with nothing planned this year is flagged against its rhythm.
    if (year === new Date().getFullYear())
      expect(await page.locator(".warn").allTextContents()).toContainEqual(
        expect.stringMatching(/gepland|ronde/i),
      );
    await page.screenshot({ path: join(artifacts, "beheer-overleggen.png"), fullPage: true });

    await page.getByRole("link", { name: "Berichten" }).click();
    const alert = page.locator("section", { hasText: "Trendmelding van" }).first();
    await expect.poll(() => alert.textContent()).toContain("vuurwerk bij de scholen in Buytenwegh");
    // The channel and the director's WhatsApp, named as people know them.
    expect(await alert.textContent()).toContain("2 verstuurd van 2");
    await alert.getByText("Per gesprek").click();
    expect(await cellsOf(alert.locator("table"))).toEqual([
      ["Slack-gesprek van Zoetermeer, gekoppeld door Gemeente Zoetermeer", "Slack", "verstuurd", ""],
      ["Directeur De Buut (WhatsApp)", "WhatsApp", "verstuurd", ""],
    ]);
    expect(await alert.textContent()).not.toMatch(/CNETWERK|31611111111|\*Trendmelding\*/);
    await page.screenshot({ path: join(artifacts, "beheer-berichten.png"), fullPage: true });

    await page.getByRole("link", { name: "Signalen" }).click();
    await expect
      .poll(() => page.getByRole("heading", { name: "Signalen per week, per thema" }).count())
      .toBe(1);
    // Chart.js drew both charts from the page's numbers.
    await expect.poll(() => page.evaluate("document.querySelectorAll('canvas[data-chart]').length")).toBe(2);
    await expect
      .poll(() =>
        page.evaluate(
          "[...document.querySelectorAll('canvas[data-chart]')].every((c) => window.Chart && window.Chart.getChart(c))",
        ),
      )
      .toBe(true);
    const where = await page
      .locator("section", { has: page.getByRole("heading", { name: "Waar" }) })
      .textContent();
    expect(where).toContain("KC De Touwladder");
    expect(where).not.toContain("Spelevaert");
    await page.screenshot({ path: join(artifacts, "beheer-signalen.png"), fullPage: true });
    const csv = await page.request.get(`${t.url}/beheer/signalen.csv?weken=26`);
    const csvText = await csv.text();
    expect(csvText.split("\n")).toHaveLength(15);
    expect(csvText).not.toContain("Spelevaert");

    await page.getByRole("link", { name: "Kennisbank" }).click();
    await page
      .getByLabel("Stel een vraag zoals iemand in de chat dat zou doen")
      .fill("wie is de wijkagent voor Seghwaert?");
    await page.getByRole("button", { name: "Vraag" }).click();
    const tried = page.getByRole("status");
    await expect.poll(() => tried.textContent()).toContain("Demo Wijkagent Seghwaert (fictief)");
    expect(await page.locator("details summary").allTextContents()).toContainEqual(
      expect.stringMatching(/^Artikelen \(\d+\)$/),
    );
    await page.screenshot({ path: join(artifacts, "beheer-kennisbank.png"), fullPage: true });
    const kept = t.store.data.feedback.filter((f) => f.question?.includes("Seghwaert"));
    expect(kept).toEqual([]);

    for (const [path, name] of [
      ["/beheer/overleggen", "overleggen"],
      ["/beheer/signalen", "signalen"],
      ["/beheer/kennisbank?vraag=hoe+vaak+is+het+overleg+in+Buytenwegh%3F", "kennisbank"],
    ]) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${t.url}${path}`);
      await page.screenshot({ path: join(artifacts, `beheer-${name}-telefoon.png`), fullPage: true });
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    }
    await context.close();

    // The police read the plan, not the signals.
    const police = await signIn("UPOL");
    expect(await police.page.getByRole("link", { name: "Signalen" }).count()).toBe(0);
    const refused = await police.page.request.get(`${t.url}/beheer/signalen`);
    expect(refused.status()).toBe(403);
    expect((await police.page.request.get(`${t.url}/beheer/signalen.csv`)).status()).toBe(403);
    await police.context.close();
  });

  it("refuses a person without the role, a used link, no session and a forged CSRF token", async () => {
    expect(await beheer("UDIR")).toBe(
      "Het beheer is voor de gemeente, beheerders en de politie van een regio.",
    );
    const link = linkIn(await beheer("UGEM"));
    const token = link.split("/").at(-1) as string;
    const login = () =>
      fetch(`${t.url}/beheer/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }).toString(),
      });
    const first = await login();
    expect(first.status).toBe(303);
    expect((await login()).status).toBe(400);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict/);

    expect((await fetch(`${t.url}/beheer/mensen`)).status).toBe(401);
    const invitations = t.store.data.invitations.length;
    const forged = await fetch(`${t.url}/beheer/uitnodigen`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({
        csrf: "not-the-token-of-this-session",
        rol: "directeur",
        plek: "Klimboom",
      }).toString(),
    });
    expect(forged.status).toBe(403);
    expect(t.store.data.invitations).toHaveLength(invitations);

    // The police read, but do not change.
    const police = linkIn(await beheer("UPOL"))
      .split("/")
      .at(-1) as string;
    const opened = await fetch(`${t.url}/beheer/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: police }).toString(),
    });
    const policeCookie = (opened.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const people = await fetch(`${t.url}/beheer/mensen`, { headers: { cookie: policeCookie } });
    expect(people.status).toBe(200);
    expect(await people.text()).not.toContain("Maak uitnodiging");
    const tried = await fetch(`${t.url}/beheer/uitnodigen`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: policeCookie },
      body: new URLSearchParams({ csrf: "x", rol: "directeur", plek: "Klimboom" }).toString(),
    });
    expect(tried.status).toBe(403);
  });
});
