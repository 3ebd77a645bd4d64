/**
 * A fake Bot Framework for Teams: an OpenID key endpoint with a locally generated RSA key, a
 * Connector API that records the activities the bot sends, and a helper that signs inbound
 * activities with a JWT the way the Bot Framework does.
 */
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { type FakeApi, startFakeApi } from "./server.ts";

export const TEAMS_APP_ID = "00000000-0000-0000-0000-00000000b0t1";
export const TOKEN_ISSUER = "https://api.botframework.com";

export interface FakeBotFramework extends FakeApi {
  openIdMetadataUrl: string;
  serviceUrl: string;
  sign(claims: Record<string, unknown>, key?: KeyObject): string;
  /** A second key the fake does not publish, to forge tokens. */
  foreignKey: KeyObject;
}

const b64url = (v: string | Buffer) => Buffer.from(v).toString("base64url");

export async function startFakeBotFramework(): Promise<FakeBotFramework> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const foreign = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "test-key-1", use: "sig", alg: "RS256" };
  let n = 0;
  const api = await startFakeApi((req) => {
    if (req.method === "GET" && req.path.endsWith("/.well-known/keys")) return { body: { keys: [jwk] } };
    if (req.method === "GET" && req.path.endsWith("/.well-known/openidconfiguration"))
      return { body: { issuer: TOKEN_ISSUER, jwks_uri: "keys" } };
    if (req.method === "POST" && /\/v3\/conversations\/[^/]+\/activities/.test(req.path))
      return { body: { id: `sent-${++n}` } };
    // A new one-to-one conversation with a user (for replies only they may see).
    if (req.method === "POST" && /\/v3\/conversations\/?$/.test(req.path))
      return {
        body: { id: `a:personal-${(req.body as { members?: Array<{ id: string }> }).members?.[0]?.id}` },
      };
    if (req.method === "DELETE" && /\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(req.path))
      return { body: {} };
    return { status: 404, body: { error: "not found" } };
  });
  const sign = (claims: Record<string, unknown>, key: KeyObject = privateKey) => {
    const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "test-key-1" }));
    const now = Math.floor(Date.now() / 1000);
    const payload = b64url(
      JSON.stringify({ iss: TOKEN_ISSUER, aud: TEAMS_APP_ID, nbf: now - 60, exp: now + 3600, ...claims }),
    );
    const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(key);
    return `${header}.${payload}.${b64url(signature)}`;
  };
  // The same object as the fake API, so that setting `intercept` on it takes effect.
  return Object.assign(api, {
    openIdMetadataUrl: `${api.url}/v1/.well-known/openidconfiguration`,
    serviceUrl: `${api.url}/teams/`,
    sign,
    foreignKey: foreign,
  });
}

export function messageActivity(
  serviceUrl: string,
  text: string,
  id: string,
  opts: { conversationType?: string; mention?: boolean; value?: unknown } = {},
) {
  const conversationType = opts.conversationType ?? "personal";
  return {
    type: "message",
    id,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: { id: "29:user-1", aadObjectId: "aad-user-1", name: "Directeur" },
    conversation: {
      id: conversationType === "personal" ? "a:personal-1" : "19:channel-1@thread.tacv2",
      conversationType,
      tenantId: "tenant-1",
    },
    recipient: { id: `28:${TEAMS_APP_ID}`, name: "Convenantbot" },
    text: opts.mention ? `<at>Convenantbot</at> ${text}` : text,
    textFormat: "plain",
    locale: "nl-NL",
    channelData: { tenant: { id: "tenant-1" } },
    entities: opts.mention
      ? [
          {
            type: "mention",
            text: "<at>Convenantbot</at>",
            mentioned: { id: `28:${TEAMS_APP_ID}`, name: "Convenantbot" },
          },
        ]
      : [],
    ...(opts.value !== undefined ? { value: opts.value } : {}),
  };
}

export async function postTeams(
  base: string,
  activity: unknown,
  token: string | undefined,
): Promise<Response> {
  return fetch(`${base}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof activity === "string" ? activity : JSON.stringify(activity),
  });
}
