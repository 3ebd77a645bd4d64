import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "./app.ts";
import { launchBrowser } from "./browser.ts";
import { adapterContract } from "./contract.ts";
import { commandBody, postSlack, SLACK_SECRET, startFakeSlack } from "./fakes/slack.ts";
import { webClient } from "./fakes/web.ts";

adapterContract("web", async () => {
  const t = await startTestApp();
  const me = await webClient(t.url);
  const other = await webClient(t.url);
  const replies: string[] = [];
  const send = async (client: typeof me, text: string, id: string) => {
    const res = await client.post("/api/web/messages", { id, role: "directeur", region: null, text });
    const data = (await res.json()) as { reply?: { text: string } | null };
    if (data.reply) replies.push(data.reply.text);
    return res.status;
  };
  const seenByOther = async () =>
    (
      (await (await other.get("/api/web/inbox?role=directeur&after=0")).json()) as {
        messages: Array<{ text: string }>;
      }
    ).messages.map((m) => m.text);
  let shared: string[] = [];
  return {
    ask: (text, id) => send(me, text, id),
    // Another site's page posting to the API with the visitor's cookie.
    askForged: async (text, id) =>
      (await me.post("/api/web/messages", { id, region: null, text }, { origin: "https://evil.example" }))
        .status,
    forgedStatus: 403,
    sent: () => [...replies],
    askPrivately: async (text, id) => {
      const status = await send(me, text, id);
      shared = await seenByOther();
      return status;
    },
    visibility: () => ({ shared: [...shared], toSender: [...replies] }),
    close: () => t.app.close(),
  };
});

describe("web chat", () => {
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.app.close();
  });

  it("shows the cited answer to a typed question", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 800 } });
    await page.goto(`${t.url}/`);
    await page.getByLabel("Je vraag").fill("wie is de wijkagent voor IKC Klimboom?");
    await page.getByRole("button", { name: "Verstuur" }).click();
    const answer = page.locator(".msg.bot").last();
    await expect.poll(() => answer.textContent()).toContain("IKC Klimboom ligt in de wijk Buytenwegh");
    await expect
      .poll(() => answer.locator(".source").allTextContents())
      .toContain("Zoetermeer · bijlage 4, wijkplan Buytenwegh");
    // The wijkagent is not on file: the question is kept for the coordinator, with no sender.
    expect(t.store.data.feedback).toContainEqual(
      expect.objectContaining({ question: "wie is de wijkagent voor IKC Klimboom?", reason: "no-contact" }),
    );
    await page.screenshot({ path: "tests/.artifacts/web-chat.png", fullPage: false });
    await page.close();
  });

  it("answers for the chosen region and records a feedback click", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    await page.locator("#region option[value=leiden]").waitFor({ state: "attached" });
    await page.selectOption("#region", "leiden");
    await page.getByLabel("Je vraag").fill("hoe lang loopt het convenant?");
    await page.keyboard.press("Enter");
    const answer = page.locator(".msg.bot").last();
    await expect.poll(() => answer.textContent()).toContain("stilzwijgend verlengd, telkens voor twee jaar");
    await answer.getByRole("button", { name: "👍 Nuttig" }).click();
    await expect.poll(() => page.locator(".msg.bot").last().textContent()).toContain("Dank je");
    // The ratings; questions kept unanswered (the Klimboom look-up before) are kept apart.
    expect(t.store.data.feedback.filter((f) => f.helpful !== undefined)).toEqual([
      expect.objectContaining({ platform: "web", helpful: true, covenants: ["leiden"] }),
    ]);
    await page.close();
  });

  it("delivers a trend alert from the gemeente to a director's open chat, and the report to the sender", async () => {
    const director = await browser.newPage({ viewport: { width: 420, height: 800 } });
    await director.goto(`${t.url}/`);
    await director.locator("#role").selectOption("directeur");
    const gemeente = await browser.newPage();
    await gemeente.goto(`${t.url}/`);
    await gemeente.locator("#role").selectOption("gemeente");
    // Let both pages start polling before the alert goes out.
    await new Promise((r) => setTimeout(r, 500));
    await gemeente.getByLabel("Je vraag").fill("/trend meer vapen bij groep 8; bespreek het in de klas");
    await gemeente.keyboard.press("Enter");
    // First a preview with the number of conversations; nothing goes out before "Versturen".
    const preview = gemeente.locator(".msg.bot").nth(1);
    await expect
      .poll(() => preview.textContent())
      .toContain("Voorbeeld van je trendmelding voor Zoetermeer, naar");
    await preview.getByRole("button", { name: "Versturen", exact: true }).click();
    await expect
      .poll(() => gemeente.locator(".msg.bot").nth(2).textContent())
      .toContain("Trendmelding voor Zoetermeer wordt verstuurd naar");
    const alert = director.locator(".msg.bot.pushed").last();
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toContain(
        "Trendmelding van Demo Coördinator Gemeente (fictief) voor gemeente Zoetermeer:\nmeer vapen bij groep 8",
      );
    expect(await alert.locator("strong").textContent()).toBe("Trendmelding");
    await expect
      .poll(() => gemeente.locator(".msg.bot.pushed").last().textContent(), { timeout: 10_000 })
      .toContain("Afleverrapport trendmelding");
    await director.screenshot({ path: join(import.meta.dirname, ".artifacts", "alert.png") });
    await director.close();
    await gemeente.close();
  });

  it("tells a director that only the gemeente sends trend alerts", async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    await page.getByLabel("Je vraag").fill("/trend vapen neemt toe");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".msg.bot").last().textContent())
      .toContain("Alleen de gemeente kan een trendmelding versturen");
    await page.close();
  });

  it("rejects malformed requests with a clear message", async () => {
    const web = await webClient(t.url);
    const send = (body: string) =>
      fetch(`${t.url}/api/web/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: t.url,
          cookie: `convenantbot_session=${web.token}`,
        },
        body,
      });
    const bad = await send("{not json");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "The request body is not valid JSON." });
    expect((await send("x".repeat(300_000))).status).toBe(413);
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe("signed-in web chat", () => {
  it("opens with a link from the bot, shows who is signed in, and signs out", async () => {
    const slack = await startFakeSlack();
    const t = await startTestApp(
      {
        SLACK_SIGNING_SECRET: SLACK_SECRET,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_API_URL: `${slack.url}/api/`,
      },
      {
        seed: (d) => {
          d.people.push({
            id: "gem",
            name: "Coördinator Zoetermeer",
            roles: ["gemeente"],
            region: "zoetermeer",
            accounts: ["slack:UGEM"],
          });
          d.conversations["slack:CZOETERMEER"] = { region: "zoetermeer", wijk: null };
        },
      },
    );
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 420, height: 800 } });
      await page.goto(`${t.url}/`);
      await expect.poll(() => page.textContent("body")).toContain("Stuur /webchat aan de bot");
      await postSlack(
        t.url,
        commandBody("/webchat", "", `${slack.url}/respond/w1`, {
          user_id: "UGEM",
          channel_id: "DGEM",
          channel_name: "directmessage",
        }),
        "application/x-www-form-urlencoded",
      );
      const sent = await slack.waitFor((c) => c.path === "/respond/w1");
      const path = String((sent.body as { text: string }).text).match(/\/login\/[\w-]+/)?.[0] as string;
      await page.goto(`${t.url}${path}`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect.poll(() => page.locator("#me").textContent()).toBe("Coördinator Zoetermeer (gemeente)");
      expect(await page.locator("#role").isVisible()).toBe(false);
      await page.getByLabel("Je vraag").fill("/trend vapen bij de bushalte");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator(".msg.bot").last().textContent())
        .toContain("Voorbeeld van je trendmelding");
      await page.screenshot({ path: join(import.meta.dirname, ".artifacts", "web-signed-in.png") });
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await expect.poll(() => page.textContent("body")).toContain("Stuur /webchat aan de bot");
      // The link worked once.
      await page.goto(`${t.url}${path}`);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect.poll(() => page.textContent("body")).toContain("Deze link werkt niet meer");
    } finally {
      await browser.close();
      await t.app.close();
      await slack.close();
    }
  });
});
