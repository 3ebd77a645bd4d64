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

  it("refuses unauthenticated Teams requests in production", () => {
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true" }).teams).toMatchObject({
      enabled: true,
      unauthenticated: true,
    });
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: "true", NODE_ENV: "production" })).toThrow(
      /refused when NODE_ENV=production/,
    );
  });
});
