/**
 * The server process as a whole: an error that escapes every handler is logged with its
 * stack and does not end the process; a signed Slack body that made Bolt throw outside its
 * handlers gets a 400 while the server keeps answering; a process that stood still long
 * enough for another to take the store stops without writing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackEnv } from "./fakes/env.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";
import { type Served, serve } from "./serve.ts";

const root = join(import.meta.dirname, "..");

describe("the server process", () => {
  it("logs an unhandled rejection and an uncaught exception with their stacks and keeps running", () => {
    const script = `
      import { createJsonLogger } from "./src/core/logger.ts";
      import { guardProcess } from "./src/server/guard.ts";
      guardProcess(createJsonLogger("info"));
      Promise.reject(new Error("nobody awaited this"));
      setTimeout(() => { throw new Error("thrown in a timer"); }, 10);
      setTimeout(() => process.stdout.write("still running"), 100);
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("still running");
    const lines = r.stderr
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        msg: "unhandled promise rejection",
        error: "nobody awaited this",
      }),
      expect.objectContaining({ level: "error", msg: "uncaught exception", error: "thrown in a timer" }),
    ]);
    expect(lines[0].stack).toMatch(/Error: nobody awaited this\n\s+at /);
  });

  describe("with Slack", () => {
    let slack: FakeApi;
    let bot: Served;
    beforeAll(async () => {
      slack = await startFakeSlack();
      bot = await serve(slackEnv(slack));
    });
    afterAll(async () => {
      bot.child.kill("SIGTERM");
      await bot.exited;
      await slack.close();
    });

    it("answers signed null bodies with 400 and keeps answering", async () => {
      expect((await postSlack(bot.url, "null", "application/json")).status).toBe(400);
      expect((await postSlack(bot.url, "payload=null", "application/x-www-form-urlencoded")).status).toBe(
        400,
      );
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const res = await postSlack(
        bot.url,
        commandBody("/vraag", "hoe vaak is het signaaloverleg?", `${slack.url}/respond/p1`),
        "application/x-www-form-urlencoded",
      );
      expect(res.status).toBe(200);
      await slack.waitFor((c) => c.path === "/respond/p1");
      expect(bot.child.exitCode).toBeNull();
      expect(bot.log()).not.toMatch(/"level":"error"/);
    });
  });

  describe("with the store taken over while it stood still", () => {
    let slack: FakeApi;
    let dir: string;
    beforeAll(async () => {
      slack = await startFakeSlack();
      dir = mkdtempSync(join(tmpdir(), "convenantbot-lock-"));
    });
    afterAll(async () => {
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("stops with a logged error and writes nothing more", { timeout: 60_000 }, async () => {
      const env = { ...slackEnv(slack), STORE: "file", DATA_DIR: dir };
      const first = await serve(env);
      const second = { bot: undefined as Served | undefined };
      try {
        // Frozen like a blocked event loop: its lock is not refreshed and goes stale.
        first.child.kill("SIGSTOP");
        second.bot = await serve(env);
        const file = join(dir, "convenantbot.json");
        const command = commandBody(
          "/vraag",
          "hoe vaak is het signaaloverleg?",
          `${slack.url}/respond/frozen`,
          {
            trigger_id: "trig-frozen",
          },
        );
        // Waits in the frozen process's backlog and is handled when it resumes.
        const pending = postSlack(first.url, command, "application/x-www-form-urlencoded").catch(
          () => undefined,
        );
        first.child.kill("SIGCONT");
        expect(await first.exited).toBe(1);
        await pending;
        expect(first.log()).toMatch(
          /"level":"error","msg":"store lock lost: another process has taken the store/,
        );
        // Nothing of the frozen process's request was written (the file may not exist yet).
        const data = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { seenEvents: {} };
        expect(Object.keys(data.seenEvents)).not.toContain("slack:command:trig-frozen");
        // The process that holds the store now goes on as before.
        expect((await fetch(`${second.bot.url}/healthz`)).status).toBe(200);
        const res = await postSlack(
          second.bot.url,
          commandBody("/vraag", "hoe vaak is het signaaloverleg?", `${slack.url}/respond/second`, {
            trigger_id: "trig-second",
          }),
          "application/x-www-form-urlencoded",
        );
        expect(res.status).toBe(200);
        await slack.waitFor((c) => c.path === "/respond/second");
        expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).seenEvents)).toContain(
          "slack:command:trig-second",
        );
      } finally {
        first.child.kill("SIGKILL");
        second.bot?.child.kill("SIGTERM");
        await second.bot?.exited;
      }
    });
  });
});
