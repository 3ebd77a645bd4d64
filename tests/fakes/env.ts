/** The environment that points each platform adapter at its local fake, with the fakes' credentials. */
import { SLACK_SECRET } from "./slack.ts";
import { TEAMS_APP_ID } from "./teams.ts";
import { WA_PHONE_ID, WA_SECRET, WA_VERIFY } from "./whatsapp.ts";

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
