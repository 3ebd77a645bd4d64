/**
 * Configuration from the environment, validated with zod. A platform adapter is enabled when
 * all of its credentials are set; a partial set is reported with the names of what is missing.
 */
import { z } from "zod";
import { ConvenantbotError } from "./errors.ts";

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
  KNOWLEDGE_DIR: optional,
  ROSTER_FILE: optional,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SIGNAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  NODE_ENV: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_URL: url,
  TEAMS_CLIENT_ID: optional,
  TEAMS_CLIENT_SECRET: optional,
  TEAMS_TENANT_ID: optional,
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(["true", "false", ""]).optional(),
  TEAMS_OPENID_METADATA_URL: url,
  TEAMS_TOKEN_ISSUER: optional,
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

export interface Config {
  env: Env;
  slack: PlatformStatus;
  teams: PlatformStatus & { unauthenticated: boolean };
  whatsapp: PlatformStatus;
}

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
  const unauthenticated = env.TEAMS_ALLOW_UNAUTHENTICATED === "true";
  if (unauthenticated && env.NODE_ENV === "production") {
    throw new ConvenantbotError(
      "TEAMS_ALLOW_UNAUTHENTICATED=true is refused when NODE_ENV=production: Teams requests must be authenticated.",
      "config_invalid",
    );
  }
  const teams = unauthenticated
    ? { enabled: true, missing: [] }
    : status(env, ["TEAMS_CLIENT_ID", "TEAMS_CLIENT_SECRET", "TEAMS_TENANT_ID"]);
  return {
    env,
    slack: status(env, ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"]),
    teams: { ...teams, unauthenticated },
    whatsapp: status(env, [
      "WHATSAPP_APP_SECRET",
      "WHATSAPP_VERIFY_TOKEN",
      "WHATSAPP_ACCESS_TOKEN",
      "WHATSAPP_PHONE_NUMBER_ID",
    ]),
  };
}
