/**
 * Configuration from the environment, validated with zod. A platform adapter is enabled when
 * all of its credentials are set; a partial set is reported with the names of what is missing.
 */

import { z } from "zod";
import { ConvenantbotError } from "./errors.ts";
import { isLoopback } from "./kernel/http.ts";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));
const url = z
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("127.0.0.1"),
  /** Base URL people reach the bot at, for calendar links (default http://localhost:PORT). */
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default("./data"),
  STORE: z.enum(["file", "memory"]).default("file"),
  /**
   * PostgreSQL (postgres://user:password@host:port/database): when set, the data lives there
   * instead of under DATA_DIR, and several instances may share it.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "must start with postgres:// or postgresql://" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  KNOWLEDGE_DIR: optional,
  ROSTER_FILE: optional,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SIGNAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** How long questions the bot could not answer (or asked back, or were rated "niet nuttig") are kept, in days. */
  QUESTION_LOG_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  NODE_ENV: optional,
  /**
   * The local web chat: "demo" (fictional demo people, chosen in the page; loopback only),
   * "signin" (people sign in through a one-time link the bot sends in a private chat) or "off".
   */
  WEB_CHAT: z.enum(["demo", "signin", "off"]).optional(),
  /**
   * How long an instance holds a delivery it claimed: after this, another instance takes over
   * what a stopped instance had not begun to send, and reports what it was sending as uncertain.
   */
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** How many /trend and /deel messages one person may send per hour. */
  BROADCASTS_PER_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  /** Bearer token for GET /metrics; without it there is no /metrics. */
  /**
   * Key of the hashes kept against replayed /signaal messages. When set, it never enters the
   * store, so a copy of the store alone cannot test a guessed message id against them.
   */
  SIGNAL_KEY: optional.refine((k) => k === undefined || k.length >= 32, {
    message: "must be at least 32 characters",
  }),
  METRICS_TOKEN: optional.refine((t) => t === undefined || t.length >= 16, {
    message: "use at least 16 random characters, for example from `openssl rand -hex 24`",
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_URL: url,
  TEAMS_CLIENT_ID: optional,
  TEAMS_CLIENT_SECRET: optional,
  TEAMS_TENANT_ID: optional,
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(["true", "false", ""]).optional(),
  TEAMS_OPENID_METADATA_URL: url,
  TEAMS_TOKEN_ISSUER: optional,
  /** Service URL prefixes the bot replies to (comma-separated); Microsoft's Bot Framework by default. */
  TEAMS_SERVICE_URLS: optional,
  WHATSAPP_APP_SECRET: optional,
  WHATSAPP_VERIFY_TOKEN: optional,
  WHATSAPP_ACCESS_TOKEN: optional,
  WHATSAPP_PHONE_NUMBER_ID: optional,
  WHATSAPP_API_URL: url,
});

export type Env = z.infer<typeof envSchema>;

export interface PlatformStatus {
  enabled: boolean;
  /** Why it is not enabled: the variables that are missing. */
  missing: string[];
}

export type WebChatMode = "demo" | "signin" | "off";

export interface Config {
  env: Env;
  slack: PlatformStatus;
  teams: PlatformStatus & { unauthenticated: boolean; serviceUrls: string[] };
  whatsapp: PlatformStatus;
  web: { mode: WebChatMode };
}

/**
 * Where Teams conversations live: the Bot Framework's service URLs of Microsoft's public,
 * government and defence clouds. Replies and proactive posts go nowhere else, so an activity
 * cannot make the bot send requests (and its token) to an address of its choosing.
 */
export const MICROSOFT_SERVICE_URLS = [
  "https://smba.trafficmanager.net/",
  "https://smba.infra.gcc.teams.microsoft.com/",
  "https://smba.infra.gov.teams.microsoft.us/",
  "https://smba.infra.dod.teams.microsoft.us/",
];

/** Whether a host name or address only this machine can reach. */
export { isLoopback };

const fail = (message: string) => new ConvenantbotError(message, "config_invalid");

function status(env: Env, names: Array<keyof Env>): PlatformStatus {
  const missing = names.filter((n) => env[n] === undefined).map(String);
  return { enabled: missing.length === 0, missing };
}

/**
 * @throws ConvenantbotError (config_invalid) naming the variable that is wrong.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new ConvenantbotError(
      `Environment variable ${String(i?.path[0])} is invalid: ${i?.message}`,
      "config_invalid",
    );
  }
  const env = parsed.data;
  const loopback = isLoopback(env.HOST);
  const unauthenticated = env.TEAMS_ALLOW_UNAUTHENTICATED === "true";
  if (unauthenticated && !(env.NODE_ENV === "development" || env.NODE_ENV === "test"))
    throw fail(
      "TEAMS_ALLOW_UNAUTHENTICATED=true is refused unless NODE_ENV is development or test: Teams requests must be authenticated.",
    );
  if (unauthenticated && !loopback)
    throw fail(
      `TEAMS_ALLOW_UNAUTHENTICATED=true is refused on HOST=${env.HOST}: unauthenticated Teams trials run on a loopback address only.`,
    );
  if (unauthenticated && publicElsewhere(env))
    throw fail(
      `TEAMS_ALLOW_UNAUTHENTICATED=true is refused with PUBLIC_URL=${env.PUBLIC_URL}: a trial is not published through a proxy.`,
    );
  if (unauthenticated && (env.TEAMS_CLIENT_ID || env.TEAMS_CLIENT_SECRET || env.TEAMS_TENANT_ID))
    throw fail(
      "TEAMS_ALLOW_UNAUTHENTICATED=true is refused next to Teams credentials (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID): a trial never runs as a real bot.",
    );
  const teams = unauthenticated
    ? { enabled: true, missing: [] }
    : status(env, ["TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"]);
  const serviceUrls = env.TEAMS_SERVICE_URLS
    ? env.TEAMS_SERVICE_URLS.split(",")
        .map((u) => u.trim())
        .filter(Boolean)
    : MICROSOFT_SERVICE_URLS;
  for (const u of serviceUrls)
    if (!URL.canParse(u))
      throw fail(`Environment variable TEAMS_SERVICE_URLS is invalid: "${u}" is not a URL`);
  const slack = status(env, ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"]);
  const whatsapp = status(env, [
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
  ]);
  const platforms = slack.enabled || teams.enabled || whatsapp.enabled;
  if (unauthenticated && (slack.enabled || whatsapp.enabled))
    throw fail(
      "TEAMS_ALLOW_UNAUTHENTICATED=true is refused next to a configured Slack or WhatsApp: a trial runs alone, never beside a real network.",
    );
  return {
    env,
    slack,
    teams: { ...teams, unauthenticated, serviceUrls },
    whatsapp,
    web: { mode: webChatMode(env, loopback, platforms) },
  };
}

/** PUBLIC_URL names a host other than this machine: the server is published through a proxy. */
function publicElsewhere(env: Env): boolean {
  return env.PUBLIC_URL !== undefined && !isLoopback(new URL(env.PUBLIC_URL).hostname);
}

/**
 * The demo web chat lets the browser choose who it is, so it runs only where nobody else can
 * reach it; with a platform configured, the web chat is signed in through the platform or off.
 */
function webChatMode(env: Env, loopback: boolean, platforms: boolean): WebChatMode {
  const mode = env.WEB_CHAT ?? (!platforms && loopback ? "demo" : platforms ? "signin" : undefined);
  if (mode === undefined)
    throw fail(
      `HOST=${env.HOST} is not a loopback address and no platform is configured: the demo web chat runs on loopback only. Set WEB_CHAT=off, or configure Slack, Teams or WhatsApp and use WEB_CHAT=signin.`,
    );
  if (mode === "demo" && !loopback)
    throw fail(
      `WEB_CHAT=demo is refused on HOST=${env.HOST}: in the demo anyone can choose a role, so it listens on a loopback address only (HOST=127.0.0.1).`,
    );
  if (mode === "demo" && platforms)
    throw fail(
      "WEB_CHAT=demo is refused while Slack, Teams or WhatsApp is configured: demo roles must never reach a real network. Use WEB_CHAT=signin.",
    );
  if (mode === "demo" && publicElsewhere(env))
    throw fail(
      `WEB_CHAT=demo is refused with PUBLIC_URL=${env.PUBLIC_URL}: the demo is not published through a proxy. Use WEB_CHAT=signin with a platform.`,
    );
  if (mode === "signin" && !platforms)
    throw fail(
      "WEB_CHAT=signin needs a platform to send sign-in links through: configure Slack, Teams or WhatsApp, or use WEB_CHAT=demo on loopback.",
    );
  return mode;
}
