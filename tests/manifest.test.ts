import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assembleCore } from "../src/app.ts";
import {
  COMMANDS,
  ENGLISH_ALIASES,
  parseCommand,
  resolveCommand,
  SLASH_COMMANDS,
} from "../src/core/commands.ts";
import { createMemoryLogger } from "../src/core/logger.ts";
import type { Reply } from "../src/core/message.ts";
import { registry } from "../src/kernel/feature.ts";
import { Store } from "../src/storage/store.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

const root = join(import.meta.dirname, "..", "manifest");

describe("the command registry", () => {
  const reply = async (): Promise<Reply> => ({ text: "", visibility: "ephemeral" });
  it("needs exactly one feature for every command the platforms register, and no other", () => {
    const all = Object.fromEntries(COMMANDS.map((c) => [c, reply]));
    expect(registry(COMMANDS, [{ id: "all", commands: all }]).command("trend")?.feature.id).toBe("all");
    const { trend: _, ...withoutTrend } = all;
    expect(() => registry(COMMANDS, [{ id: "some", commands: withoutTrend }])).toThrow(
      "no feature answers /trend",
    );
    expect(() =>
      registry(COMMANDS, [
        { id: "a", commands: all },
        { id: "b", commands: { deel: reply } },
      ]),
    ).toThrow("/deel is answered by both a and b");
    expect(() => registry(COMMANDS, [{ id: "c", commands: { ...all, rooster: reply } }])).toThrow(
      "c answers /rooster, which is not in the command list",
    );
  });

  it("is complete in the assembled bot: every registered command gets its feature's answer", async () => {
    const { bot } = assembleCore({
      store: await Store.memory(),
      knowledge: realKnowledge(),
      logger: createMemoryLogger(),
      engine: realEngine(),
    });
    let n = 0;
    for (const name of SLASH_COMMANDS) {
      const r = await bot.handle({
        id: `m${++n}`,
        conversation: { platform: "web", id: "c1", kind: "direct" },
        sender: { platform: "web", id: "nobody" },
        text: `/${name}`,
        addressed: true,
      });
      expect(r?.text, name).toBeTruthy();
      expect(r?.text, name).not.toMatch(/onbekend commando|unknown command/i);
    }
  });
});

describe("platform manifests", () => {
  it("Slack: every core command and its English name is a slash command on /slack/events, with the scopes the adapter needs", () => {
    const m = parse(readFileSync(join(root, "slack", "manifest.yaml"), "utf8"));
    const commands = m.features.slash_commands.map((c: { command: string }) => c.command.slice(1));
    expect(commands.sort()).toEqual([...SLASH_COMMANDS].sort());
    for (const c of m.features.slash_commands) expect(c.url).toBe("https://YOUR-HOST/slack/events");
    expect(m.settings.event_subscriptions.bot_events).toEqual([
      "app_mention",
      "message.channels",
      "message.groups",
      "message.im",
    ]);
    expect(m.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "app_mentions:read",
        "channels:history",
        "groups:history",
        "chat:write",
        "commands",
        "im:history",
      ]),
    );
  });

  it("Teams: current schema, the three bot scopes, command list, and icons of the right size", () => {
    const m = JSON.parse(readFileSync(join(root, "teams", "manifest.json"), "utf8"));
    expect(m.manifestVersion).toBe("1.22");
    expect(m.bots[0].scopes).toEqual(["personal", "team", "groupChat"]);
    expect(
      m.bots[0].commandLists.flatMap((l: { commands: Array<{ title: string }> }) =>
        l.commands.map((c) => c.title),
      ),
    ).toContain("contact");
    const size = (f: string) => {
      const b = readFileSync(join(root, "teams", f));
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    expect(size("color.png")).toEqual([192, 192]);
    expect(size("outline.png")).toEqual([32, 32]);
  });

  it("Teams: the command menus hold the registry's commands, at most 10 per scope, with English names in en.json that work typed", () => {
    const m = JSON.parse(readFileSync(join(root, "teams", "manifest.json"), "utf8"));
    const lists = m.bots[0].commandLists as Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
    const inMenus = new Set<string>();
    for (const scope of m.bots[0].scopes as string[]) {
      const inScope = lists.filter((l) => l.scopes.includes(scope)).flatMap((l) => l.commands);
      expect(inScope.length).toBeLessThanOrEqual(10);
      for (const c of inScope) {
        expect(COMMANDS).toContain(c.title);
        inMenus.add(c.title);
      }
    }
    // Teams shows ten per scope: every command is in a menu; /aanmelden in the personal one.
    expect([...inMenus].sort()).toEqual([...COMMANDS].sort());
    const personal = lists.filter((l) => l.scopes.includes("personal")).flatMap((l) => l.commands);
    expect(personal.map((c) => c.title)).toContain("aanmelden");
    expect(m.localizationInfo).toEqual({
      defaultLanguageTag: "nl",
      additionalLanguages: [{ languageTag: "en", file: "en.json" }],
    });
    const en = JSON.parse(readFileSync(join(root, "teams", "en.json"), "utf8")) as Record<string, string>;
    const english = Object.entries(ENGLISH_ALIASES);
    for (const [l, list] of lists.entries())
      for (const [i, c] of list.commands.entries()) {
        const title = en[`bots[0].commandLists[${l}].commands[${i}].title`] as string;
        expect(en[`bots[0].commandLists[${l}].commands[${i}].description`]).toBeTruthy();
        // The English name where the command has one, else its own; Teams sends the title as
        // typed text, so it must work without a slash ("share" does not: it works only as /share).
        const alias = english.find(([, dutch]) => dutch === c.title)?.[0];
        expect(title).toBe(alias && alias !== "share" ? alias : c.title);
        expect(resolveCommand(title)?.name).toBe(c.title);
        expect(parseCommand(`${title} x`, false) ?? parseCommand(title, false)).toMatchObject({
          name: c.title,
        });
      }
  });

  it("WhatsApp: utility templates in Dutch and English with examples for every variable", () => {
    const t = JSON.parse(readFileSync(join(root, "whatsapp", "templates.json"), "utf8")).templates as Array<{
      name: string;
      language: string;
      category: string;
      components: Array<{ type: string; text: string; example?: { body_text: string[][] } }>;
    }>;
    for (const name of new Set(t.map((x) => x.name)))
      expect(
        t
          .filter((x) => x.name === name)
          .map((x) => x.language)
          .sort(),
      ).toEqual(["en", "nl"]);
    for (const x of t) {
      expect(x.category).toBe("UTILITY");
      expect(x.name).toMatch(/^[a-z0-9_]+$/);
      const body = x.components.find((c) => c.type === "BODY");
      const vars = body?.text.match(/\{\{\d+\}\}/g) ?? [];
      expect(body?.example?.body_text[0]).toHaveLength(vars.length);
      // Meta's rules: every variable between fixed words, none at the start or the end, none
      // next to another.
      const fixed = (body?.text ?? "").split(/\{\{\d+\}\}/);
      for (const part of fixed) expect(part, `${x.name} (${x.language}): "${body?.text}"`).toMatch(/\p{L}/u);
      const buttons = x.components.find((c) => c.type === "BUTTONS") as
        | { buttons: Array<{ type: string; text: string }> }
        | undefined;
      for (const b of buttons?.buttons ?? []) expect(b.text.length).toBeLessThanOrEqual(25);
    }
  });
});
