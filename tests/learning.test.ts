/**
 * Learning from use: questions the bot did not answer from the covenants, asked back, or that
 * were rated "niet nuttig" are kept (redacted text, date, unit; no sender, no conversation),
 * forgotten after QUESTION_LOG_DAYS, exported as YAML; signal texts never enter the log. A
 * question back offers numbered buttons that answer with the chosen unit.
 */

import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assembleCore } from "../src/app.ts";
import { exportQuestions, forgetOldQuestions } from "../src/bot/questions.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { Reply } from "../src/core/message.ts";
import { createLowdbPorts } from "../src/storage/lowdb/index.ts";
import { Store } from "../src/storage/store.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

const NOW = Date.parse("2026-12-05T10:00:00Z");

async function bot() {
  const store = await Store.memory();
  await store.update((d) => {
    d.conversations["web:c1"] = { region: "leiden", wijk: null };
  });
  const c = assembleCore({
    store,
    knowledge: realKnowledge(),
    logger: createMemoryLogger(),
    engine: realEngine(),
    now: () => NOW,
  });
  let n = 0;
  const say = async (text: string) =>
    (await c.bot.handle({
      id: `m${++n}`,
      conversation: { platform: "web", id: "c1", kind: "group" },
      sender: { platform: "web", id: "someone" },
      text,
      addressed: true,
    })) as Reply;
  const click = async (value: string) =>
    (await c.bot.click({
      id: "",
      conversation: { platform: "web", id: "c1", kind: "group" },
      sender: { platform: "web", id: "someone" },
      value,
    })) as Reply;
  return { store, say, click, ports: createLowdbPorts(store) };
}

describe("learning from use", () => {
  it("keeps a question the covenants do not answer: text and date, no sender or conversation", async () => {
    const b = await bot();
    await b.say("wat wordt het weer morgen?");
    const kept = b.store.data.feedback.at(-1);
    expect(kept).toMatchObject({
      on: "2026-12-05",
      question: "wat wordt het weer morgen?",
      reason: "not-in-covenants",
    });
    expect(JSON.stringify(kept)).not.toMatch(/someone|c1/);
    expect(kept?.helpful).toBeUndefined();
  });

  it("keeps a question that was answered with a question back, with the closest unit", async () => {
    const b = await bot();
    const r = await b.say("hoe vaak per jaar overleggen SO en SBO scholen met politie in Almere");
    if (r.answer?.answered) return;
    expect(b.store.data.feedback.at(-1)).toMatchObject({ reason: "asked-back" });
    expect(r.buttons?.map((x) => x.label)).toEqual(r.answer?.options?.map((_, i) => String(i + 1)));
    const chosen = await b.click(r.buttons?.[0]?.value as string);
    expect(chosen.answer?.answered).toBe(true);
    expect(chosen.text).toMatch(/Bron/);
  });

  it("keeps the question behind a 'niet nuttig' rating, redacted of personal data", async () => {
    const b = await bot();
    const r = await b.say("hoe vaak is het signaaloverleg? vraag van Jan de Vries, 06-12345678");
    const no = r.buttons?.find((x) => x.id === "feedback-no");
    expect(no?.value).toMatch(/^feedback:no:/);
    await b.click(no?.value as string);
    const kept = b.store.data.feedback.at(-1);
    expect(kept).toMatchObject({ helpful: false, reason: "not-helpful", on: "2026-12-05" });
    expect(kept?.question).toMatch(/signaaloverleg/);
    expect(kept?.question).not.toMatch(/12345678/);
  });

  it("never keeps the text of a signal", async () => {
    const b = await bot();
    await b.say("/signaal veel vapes bij de fietsenstalling van de school");
    expect(JSON.stringify(b.store.data.feedback)).not.toMatch(/vapes|fietsenstalling/);
  });

  it("exports the kept questions as YAML and forgets their text after the retention", async () => {
    const b = await bot();
    await b.say("wat wordt het weer morgen?");
    const yaml = parse(await exportQuestions(b.ports.feedback, 90, NOW)) as { items: Array<{ q: string }> };
    expect(yaml.items.map((i) => i.q)).toContain("wat wordt het weer morgen?");
    await forgetOldQuestions(b.ports.feedback, 90, NOW + 91 * 24 * 60 * 60 * 1000);
    expect(JSON.stringify(b.store.data.feedback)).not.toMatch(/weer morgen/);
  });
});
