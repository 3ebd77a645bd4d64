import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";

describe("configuration", () => {
  it("enables an adapter only when all its credentials are set, naming what is missing", () => {
    const c = loadConfig({ SLACK_SIGNING_SECRET: "s", WHATSAPP_APP_SECRET: "a", WHATSAPP_VERIFY_TOKEN: "v" });
    expect(c.slack).toEqual({ enabled: false, missing: ["SLACK_BOT_TOKEN"] });
    expect(c.whatsapp.missing).toEqual(["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"]);
    expect(c.teams.enabled).toBe(false);
    expect(loadConfig({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "t" }).slack.enabled).toBe(true);
  });

  it("defaults to port 3978, a file store under ./data and localhost", () => {
    expect(loadConfig({}).env).toMatchObject({
      PORT: 3978,
      STORE: "file",
      DATA_DIR: "./data",
      HOST: "127.0.0.1",
    });
  });

  it("names the variable that is invalid", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ SLACK_API_URL: "not a url" })).toThrow(/SLACK_API_URL/);
  });

  it("allows unauthenticated Teams trials only in development or test, on loopback", () => {
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", NODE_ENV: "development" }).teams).toMatchObject({
      enabled: true,
      unauthenticated: true,
    });
    for (const NODE_ENV of [undefined, "production", "Production", "prod", "staging"])
      expect(() =>
        loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", ...(NODE_ENV ? { NODE_ENV } : {}) }),
      ).toThrow(/refused unless NODE_ENV is development or test/);
    expect(() =>
      loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", NODE_ENV: "test", HOST: "0.0.0.0", WEB_CHAT: "off" }),
    ).toThrow(/loopback address only/);
  });

  it("replies to Microsoft's Bot Framework service URLs only, unless others are configured", () => {
    expect(loadConfig({}).teams.serviceUrls).toContain("https://smba.trafficmanager.net/");
    expect(
      loadConfig({ TEAMS_SERVICE_URLS: "http://127.0.0.1:9/teams/, https://x.example/" }).teams.serviceUrls,
    ).toEqual(["http://127.0.0.1:9/teams/", "https://x.example/"]);
    expect(() => loadConfig({ TEAMS_SERVICE_URLS: "nonsense" })).toThrow(/TEAMS_SERVICE_URLS/);
  });

  it("takes SIGNAL_KEY only when it is long enough", () => {
    expect(() => loadConfig({ SIGNAL_KEY: "short" })).toThrow(/SIGNAL_KEY is invalid: must be at least 32/);
    expect(loadConfig({ SIGNAL_KEY: "x".repeat(32) }).env.SIGNAL_KEY).toHaveLength(32);
  });

  it("runs a Teams trial alone, on this machine, and never behind a public address", () => {
    const trial = { TEAMS_ALLOW_UNAUTHENTICATED: "true", NODE_ENV: "test", WEB_CHAT: "off" };
    expect(loadConfig(trial).teams.unauthenticated).toBe(true);
    expect(() => loadConfig({ ...trial, PUBLIC_URL: "https://bot.leiden.nl" })).toThrow(
      /refused with PUBLIC_URL=https:\/\/bot.leiden.nl/,
    );
    expect(() => loadConfig({ ...trial, SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "t" })).toThrow(
      /never beside a real network/,
    );
    expect(() => loadConfig({ ...trial, TEAMS_CLIENT_ID: "app", TEAMS_CLIENT_SECRET: "s" })).toThrow(
      /refused next to Teams credentials/,
    );
  });

  it("runs the demo web chat only on loopback, and needs a platform to sign people in", () => {
    const slack = { SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "t" };
    expect(loadConfig({}).web.mode).toBe("demo");
    expect(loadConfig({ ...slack }).web.mode).toBe("signin");
    expect(loadConfig({ ...slack, HOST: "0.0.0.0" }).web.mode).toBe("signin");
    // Demo roles never beside a real network, and never published through a proxy.
    expect(() => loadConfig({ ...slack, WEB_CHAT: "demo" })).toThrow(
      /refused while Slack, Teams or WhatsApp/,
    );
    expect(() => loadConfig({ WEB_CHAT: "demo", PUBLIC_URL: "https://bot.zoetermeer.nl" })).toThrow(
      /WEB_CHAT=demo is refused with PUBLIC_URL=https:\/\/bot.zoetermeer.nl/,
    );
    expect(loadConfig({ WEB_CHAT: "demo", PUBLIC_URL: "http://localhost:3978" }).web.mode).toBe("demo");
    expect(loadConfig({ HOST: "0.0.0.0", WEB_CHAT: "off" }).web.mode).toBe("off");
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/demo web chat runs on loopback only/);
    expect(() => loadConfig({ HOST: "0.0.0.0", WEB_CHAT: "demo" })).toThrow(
      /WEB_CHAT=demo is refused on HOST=0.0.0.0/,
    );
    expect(() => loadConfig({ WEB_CHAT: "signin" })).toThrow(/needs a platform/);
    expect(() => loadConfig({ WEB_CHAT: "maybe" })).toThrow(/WEB_CHAT/);
  });
});
