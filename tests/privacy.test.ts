/**
 * Privacy in the logs and the store: a signal's log lines tell its ISO week, not the time of
 * day; users without a role who have not written in 90 days are forgotten; a Teams user whose
 * first contact only logs a signal leaves no conversation reference.
 */
import { describe, expect, it } from "vitest";
import { assembleCore } from "../src/app.ts";
import { createJsonLogger, createMemoryLogger } from "../src/core/logger.ts";
import { pruneUsers } from "../src/core/users.ts";
import { createLowdbPorts } from "../src/storage/lowdb/index.ts";
import { Store } from "../src/storage/store.ts";
import { startTestApp } from "./app.ts";
import { teamsEnv } from "./fakes/env.ts";
import { settle } from "./fakes/server.ts";
import { messageActivity, postTeams, startFakeBotFramework } from "./fakes/teams.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

const DAY = 24 * 60 * 60 * 1000;

describe("privacy", () => {
  it("logs signal events with their ISO week only, other events with the full time", async () => {
    const lines: string[] = [];
    const logger = createJsonLogger("debug", (l) => lines.push(l));
    const store = await Store.memory();
    const { bot } = assembleCore({
      store,
      knowledge: realKnowledge(),
      logger,
      engine: realEngine(),
      now: () => Date.parse("2026-11-23T10:17:42Z"),
    });
    let n = 0;
    const say = (text: string) =>
      bot.handle({
        id: `m${++n}`,
        conversation: { platform: "web", id: "conv-r", kind: "direct" },
        sender: { platform: "web", id: "reporter" },
        text,
        addressed: true,
        region: "zoetermeer",
      });
    await say("/signaal al weken meer vapen bij de bushalte in Seghwaert");
    await say("/signaal er wordt gedreigd met een mes, nu bij de ingang van de school");
    await say("/koppel zoetermeer");
    expect(store.data.signals).toHaveLength(1);
    const parsed = lines.map((l) => JSON.parse(l) as { time: string; msg: string });
    const signalLines = parsed.filter((l) => /^signal/.test(l.msg));
    expect(signalLines.map((l) => l.msg)).toEqual(["signal logged", "signal: emergency answer given"]);
    for (const l of signalLines) expect(l.time).toBe("2026-W48");
    for (const line of lines.filter((l) => /"msg":"signal/.test(l)))
      expect(line).not.toMatch(/\d\d:\d\d|T\d\d/);
    expect(parsed.find((l) => l.msg === "conversation linked")?.time).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/,
    );
  });

  it("forgets users without a role who have not written in 90 days", async () => {
    const now = Date.parse("2026-06-01T12:00:00Z");
    const store = await Store.memory();
    await store.update((d) => {
      d.people.push({ id: "gem", name: "Gemeente", roles: ["gemeente"], accounts: ["whatsapp:31600000001"] });
      d.users["whatsapp:31600000001"] = { region: "leiden", lastMessageAt: now - 200 * DAY };
      d.users["whatsapp:31600000002"] = { region: "almere", lastMessageAt: now - 91 * DAY };
      d.users["whatsapp:31600000003"] = { region: "almere", lastMessageAt: now - 89 * DAY };
      d.users["whatsapp:31600000004"] = { region: "almere" };
    });
    const logger = createMemoryLogger();
    const ports = createLowdbPorts(store);
    expect(await pruneUsers(ports, logger, now)).toBe(2);
    expect(Object.keys(store.data.users).sort()).toEqual(["whatsapp:31600000001", "whatsapp:31600000003"]);
    expect(logger.lines).toEqual([{ level: "info", msg: "inactive users removed", fields: { count: 2 } }]);
    expect(await pruneUsers(ports, logger, now)).toBe(0);
  });

  it("keeps no Teams conversation reference for a first contact that only logs a signal", async () => {
    const bf = await startFakeBotFramework();
    const outbound = bf.sign({ aud: "https://api.botframework.com" });
    const t = await startTestApp(teamsEnv(bf), { teamsToken: () => outbound });
    try {
      const token = () => bf.sign({ serviceurl: bf.serviceUrl });
      const activity = (text: string, id: string) => {
        const a = messageActivity(bf.serviceUrl, text, id);
        return {
          ...a,
          from: { id: "29:reporter", aadObjectId: "aad-reporter", name: "Melder" },
          conversation: { ...a.conversation, id: "a:personal-reporter" },
        };
      };
      const status = await postTeams(
        t.url,
        activity("signaal al weken meer vapen bij de bushalte in Seghwaert", "act-s1"),
        token(),
      );
      expect(status.status).toBe(200);
      await expect.poll(() => t.store.data.signals.length).toBe(1);
      await settle();
      const stored = JSON.stringify(t.store.data);
      for (const id of ["a:personal-reporter", "aad-reporter", "29:reporter", "act-s1"])
        expect(stored).not.toContain(id);
      // A question afterwards is ordinary contact: the reference is kept for proactive messages.
      await postTeams(t.url, activity("hoe vaak is het signaaloverleg?", "act-q1"), token());
      await expect
        .poll(() => t.store.data.conversations["teams:a:personal-reporter"]?.reference)
        .toMatchObject({ conversationId: "a:personal-reporter" });
    } finally {
      await t.app.close();
      await bf.close();
    }
  });
});
