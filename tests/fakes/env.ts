/** The environment that points each platform adapter at its local fake, with the fakes' credentials. */
import type { FakeApi } from "./server.ts";
import { SLACK_SECRET, startFakeSlack } from "./slack.ts";
import { type FakeBotFramework, startFakeBotFramework, TEAMS_APP_ID } from "./teams.ts";
import { startFakeGraph, WA_PHONE_ID, WA_SECRET, WA_VERIFY } from "./whatsapp.ts";

export function slackEnv(slack: { url: string }): Record<string, string> {
  return {
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_API_URL: `${slack.url}/api/`,
  };
}

export function whatsappEnv(graph: { url: string }): Record<string, string> {
  return {
    WHATSAPP_APP_SECRET: WA_SECRET,
    WHATSAPP_VERIFY_TOKEN: WA_VERIFY,
    WHATSAPP_ACCESS_TOKEN: "test-access-token",
    WHATSAPP_PHONE_NUMBER_ID: WA_PHONE_ID,
    WHATSAPP_API_URL: graph.url,
  };
}

export function teamsEnv(bf: { openIdMetadataUrl: string; serviceUrl: string }): Record<string, string> {
  return {
    // The fake Bot Framework is the only service URL the bot may send to.
    TEAMS_SERVICE_URLS: bf.serviceUrl,
    TEAMS_CLIENT_ID: TEAMS_APP_ID,
    TEAMS_CLIENT_SECRET: "secret",
    TEAMS_TENANT_ID: "tenant-1",
    TEAMS_OPENID_METADATA_URL: bf.openIdMetadataUrl,
  };
}

/** Fakes of all three platforms, the environment that points the bot at them, and the outbound Teams token. */
export interface PlatformFakes {
  slack: FakeApi;
  graph: FakeApi;
  bf: FakeBotFramework;
  env: Record<string, string>;
  teamsToken: () => string;
  close(): Promise<void>;
}

export async function startPlatformFakes(): Promise<PlatformFakes> {
  const slack = await startFakeSlack();
  const graph = await startFakeGraph();
  const bf = await startFakeBotFramework();
  const outbound = bf.sign({ aud: "https://api.botframework.com" });
  return {
    slack,
    graph,
    bf,
    env: { ...slackEnv(slack), ...whatsappEnv(graph), ...teamsEnv(bf) },
    teamsToken: () => outbound,
    close: async () => {
      await Promise.all([slack.close(), graph.close(), bf.close()]);
    },
  };
}
