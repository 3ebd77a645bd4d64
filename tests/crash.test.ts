/**
 * A process killed mid-broadcast: the bot runs as its own process (`convenantbot serve`) with
 * a file store, starts a trend alert to 120 Slack channels, and is killed with SIGKILL while
 * sending. Started again on the same data directory, it sends what was left, and no channel
 * gets the alert twice; what was in flight at the kill is reported as uncertain, not resent.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyData } from "../src/storage/store.ts";
import type { FakeApi } from "./fakes/server.ts";
import { commandBody, postSlack, startFakeSlack } from "./fakes/slack.ts";

const CHANNELS = 120;
const root = join(import.meta.dirname, "..");

function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(root, "bin", "convenantbot.js"), "serve"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error(`bot did not start: ${buffer}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = buffer.match(/"msg":"convenantbot listening","url":"(http:\/\/[^"]+)"/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: (m[1] as string).replace(/\/$/, "") });
      }
    });
    child.on("exit", (code) => reject(new Error(`bot exited with ${code}: ${buffer}`)));
  });
}

describe("a process killed mid-broadcast", () => {
  let slack: FakeApi;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    // Slack answers each post after 30 ms, so a broadcast is still going when the kill comes.
    slack.intercept = async () => {
      await new Promise((r) => setTimeout(r, 30));
      return undefined;
    };
    dir = mkdtempSync(join(tmpdir(), "convenantbot-crash-"));
    const data = emptyData();
    for (let i = 0; i < CHANNELS; i++)
      data.conversations[`slack:C${String(i).padStart(4, "0")}`] = { region: "zoetermeer", wijk: null };
    writeFileSync(join(dir, "convenantbot.json"), JSON.stringify(data));
    const roster = join(dir, "roster.yaml");
    writeFileSync(
      roster,
      "people:\n  - id: gem\n    name: Gemeente Zoetermeer\n    roles: [gemeente]\n    region: zoetermeer\n    accounts: [slack:UGEM]\n",
    );
    env = {
      PORT: "0",
      HOST: "127.0.0.1",
      STORE: "file",
      DATA_DIR: dir,
      ROSTER_FILE: roster,
      LOG_LEVEL: "info",
      SLACK_SIGNING_SECRET: "test-signing-secret",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: `${slack.url}/api/`,
    };
  });
  afterAll(async () => {
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resumes after a restart and sends no alert twice", { timeout: 90_000 }, async () => {
    const first = await start(env);
    const trend = (text: string, respond: string) =>
      postSlack(
        first.url,
        commandBody("/trend", text, `${slack.url}/respond/${respond}`, {
          user_id: "UGEM",
          channel_id: "CGEMEENTE",
        }),
        "application/x-www-form-urlencoded",
      );
    expect((await trend("vuurwerk bij scholen na schooltijd", "k0")).status).toBe(200);
    await slack.waitFor((c) => c.path === "/respond/k0");
    expect((await trend("ja", "k1")).status).toBe(200);
    const posts = () => slack.calls.filter((c) => c.path.endsWith("chat.postMessage"));
    await expect.poll(() => posts().length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(30);
    first.child.kill("SIGKILL");
    await new Promise((r) => first.child.once("exit", r));
    const atKill = posts().length;
    expect(atKill).toBeLessThan(CHANNELS);

    const second = await start(env);
    try {
      const report = await slack.waitFor(
        (c) =>
          c.path.endsWith("chat.postEphemeral") &&
          String((c.body as { text?: string }).text).includes("Afleverrapport"),
        60_000,
      );
      const channels = posts().map((c) => (c.body as { channel: string }).channel);
      const counts = new Map<string, number>();
      for (const ch of channels) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
      expect(counts.size).toBe(CHANNELS);
      const text = String((report.body as { text: string }).text);
      const uncertain = Number(text.match(/(\d+) onzeker/)?.[1] ?? 0);
      const sent = Number(text.match(/: (\d+) verstuurd/)?.[1]);
      expect(sent + uncertain).toBe(CHANNELS);
      expect(uncertain).toBeLessThanOrEqual(10);
      expect(text).toContain("0 mislukt, 0 nog onderweg");
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((r) => second.child.once("exit", r));
    }
  });
});
