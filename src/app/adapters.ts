/**
 * Building each platform's adapter for the composition root (src/app.ts): the web chat in its
 * configured mode, Slack, Teams and WhatsApp from their credentials; running one is in
 * server/platforms.ts.
 */
import { createSlackAdapter } from "../../adapters/slack/index.ts";
import { createTeamsAdapter } from "../../adapters/teams/index.ts";
import type { TeamsReference } from "../../adapters/teams/outbound.ts";
import { createWebAdapter } from "../../adapters/web/index.ts";
import { createWhatsAppAdapter } from "../../adapters/whatsapp/index.ts";
import type { Bot } from "../bot/bot.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../core/logger.ts";
import { ROSTER_ROLES } from "../core/roster.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import type { StoragePorts } from "../model/ports.ts";
import type { ManagedGroups } from "../network/groups.ts";
import type { SignInLinks } from "../people/signin.ts";
import { type Platforms, run } from "../server/platforms.ts";

/** What building a platform's adapter needs, and where the running adapter goes. */
export interface Startup extends Platforms {
  config: Config;
  bot: Bot;
  logger: Logger;
  ports: StoragePorts;
}

/** The web chat in the configured mode, unless it is off; the log says which. */
export function startWeb(
  { config, bot, logger, ports, readiness, outbox, mount, adapters }: Startup,
  knowledge: KnowledgeBase,
  signIn: SignInLinks,
): void {
  const { env } = config;
  const webMode = config.web.mode;
  if (webMode !== "off") {
    const ready = readiness.starting("web");
    const web = createWebAdapter({
      mode: webMode,
      bot,
      regions: knowledge.vocabulary.regions,
      roles: ROSTER_ROLES,
      logger,
      person: (id) => ports.people.byId(id),
      signIn,
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    });
    mount(...web.routes);
    outbox.addChannel(web.channel, web.capabilities);
    adapters.push("web");
    ready.started();
  }
  logger.info(`web chat: ${webMode}`, {
    ...(webMode === "demo" ? { note: "fictional demo people, reachable from this machine only" } : {}),
    ...(webMode === "signin" ? { note: "people sign in with a link from /webchat" } : {}),
  });
}

export async function startSlack(s: Startup): Promise<void> {
  const { config, bot, logger } = s;
  const { env } = config;
  const slack = createSlackAdapter({
    signingSecret: env.SLACK_SIGNING_SECRET as string,
    botToken: env.SLACK_BOT_TOKEN as string,
    ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
    bot,
    logger,
  });
  await run(s, "slack", slack);
}

export async function startTeams(s: Startup, teamsToken: (() => string) | undefined): Promise<void> {
  const { config, bot, logger, ports } = s;
  const { env } = config;
  const teams = createTeamsAdapter({
    ...(env.TEAMS_CLIENT_ID ? { clientId: env.TEAMS_CLIENT_ID } : {}),
    ...(env.TEAMS_CLIENT_SECRET ? { clientSecret: env.TEAMS_CLIENT_SECRET } : {}),
    ...(env.TEAMS_TENANT_ID ? { tenantId: env.TEAMS_TENANT_ID } : {}),
    allowUnauthenticated: config.teams.unauthenticated,
    serviceUrls: config.teams.serviceUrls,
    ...(env.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: env.TEAMS_OPENID_METADATA_URL } : {}),
    ...(env.TEAMS_TOKEN_ISSUER ? { tokenIssuer: env.TEAMS_TOKEN_ISSUER } : {}),
    ...(teamsToken ? { token: teamsToken } : {}),
    reference: async (id) =>
      (await ports.conversations.get(`teams:${id}`))?.reference as TeamsReference | undefined,
    bot,
    logger,
  });
  await run(s, "teams", teams);
  if (config.teams.unauthenticated)
    logger.warn("teams: token validation is OFF (TEAMS_ALLOW_UNAUTHENTICATED=true); for local trials only");
}

export async function startWhatsApp(s: Startup, groups: ManagedGroups): Promise<void> {
  const { config, bot, logger } = s;
  const { env } = config;
  const whatsapp = createWhatsAppAdapter({
    appSecret: env.WHATSAPP_APP_SECRET as string,
    verifyToken: env.WHATSAPP_VERIFY_TOKEN as string,
    accessToken: env.WHATSAPP_ACCESS_TOKEN as string,
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID as string,
    ...(env.WHATSAPP_API_URL ? { apiUrl: env.WHATSAPP_API_URL } : {}),
    bot,
    groups,
    logger,
  });
  groups.useAdmin(whatsapp.groupAdmin);
  await run(s, "whatsapp", whatsapp);
}
