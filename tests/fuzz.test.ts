/**
 * Fuzzing every inbound route: random bodies and mutated valid payloads (fields deleted,
 * replaced by other JSON, strings swapped for odd ones), signed where the platform signs, sent
 * to the whole app against local fakes of Slack, Teams and WhatsApp. Whatever arrives, the
 * server answers below 500, nothing escapes as an unhandled error, and /healthz keeps
 * answering. Bounded in runs and time, so it runs in `npm test`; FUZZ_RUNS raises the runs.
 */
import { request } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "./app.ts";
import { type PlatformFakes, startPlatformFakes } from "./fakes/env.ts";
import { seed } from "./fakes/seed.ts";
import { type FakeApi, settle } from "./fakes/server.ts";
import { blockActions, commandBody, eventBody, postSlack } from "./fakes/slack.ts";
import { type FakeBotFramework, messageActivity, postTeams } from "./fakes/teams.ts";
import { webClient } from "./fakes/web.ts";
import { buttonWebhook, metaJson, postWhatsApp, textWebhook } from "./fakes/whatsapp.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Each property stops after this long, however many runs are left (FUZZ_SECONDS). */
const TIME_LIMIT_MS = Number(process.env.FUZZ_SECONDS ?? 4) * 1_000;
const options = { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, endOnFailure: true };

// ---- Mutations of a valid payload ----

type Path = Array<string | number>;

function paths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  const out: Path[] = [];
  for (const [k, v] of Object.entries(value)) {
    const p = [...at, Array.isArray(value) ? Number(k) : k];
    out.push(p, ...paths(v, p));
  }
  return out;
}

interface Mutation {
  at: number;
  kind: "delete" | "replace" | "add";
  value: unknown;
  key: string;
}

function mutate<T>(base: T, mutations: Mutation[]): T {
  const copy = structuredClone(base) as unknown;
  for (const m of mutations) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[m.at % all.length] as Path;
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], copy) as
      | Record<string | number, unknown>
      | unknown[];
    const last = path.at(-1) as string | number;
    if (m.kind === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.kind === "replace")
      (parent as Record<string | number, unknown>)[last] = structuredClone(m.value);
    else {
      const target = (parent as Record<string | number, unknown>)[last];
      if (typeof target === "object" && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)[m.key] = structuredClone(m.value);
    }
  }
  return copy as T;
}

/** Strings that have broken parsers before: empty, huge, markup, commands, odd Unicode. */
const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "null",
    "__proto__",
    "constructor",
    "<at>Convenantbot</at>",
    "<@UBOT0001>",
    "/signaal",
    "/signaal vapen",
    "/trend ja",
    "/overleg plan",
    "/koppel",
    "signaal:theme:vapen",
    "feedback:yes::",
    "netwerk:send",
    "x".repeat(3_000),
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "\u202e\ud83d\ude00\u0301",
    "1e999",
  ),
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, [], {}, 0, -1, 1.5, true, Number.MAX_SAFE_INTEGER),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("delete", "replace", "replace", "add"),
  value: anyValue,
  key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "type", "text", "value")),
});

/** A valid payload with zero to four mutations. */
const mutated = <T>(base: fc.Arbitrary<T>) =>
  fc.tuple(base, fc.array(mutation, { maxLength: 4 })).map(([b, ms]) => mutate(b, ms));

/** What people type: questions, commands with and without arguments, and noise. */
const chatText = fc.oneof(
  fc.constantFrom(
    "hoe vaak is het signaaloverleg?",
    "wie is de wijkagent voor IKC Klimboom?",
    "/help",
    "/vraag wat is een signaal?",
    "/signaal al weken vapen bij de bushalte",
    "/signaal",
    "ja",
    "nee",
    "/trend vapen bij de bushalte",
    "/trend ja",
    "/deel vuurwerk bij het winkelcentrum",
    "/overleg",
    "/overleg plan signaaloverleg volgende week dinsdag 10:00",
    "/overleg kalender",
    "/koppel zoetermeer",
    "/webchat",
    "/contact",
    "/signaal export csv",
  ),
  oddString,
  fc
    .tuple(fc.constantFrom("/vraag ", "/signaal ", "/overleg ", "/koppel ", "/trend ", ""), oddString)
    .map(([a, b]) => a + b),
);

const id = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);

// ---- Sending ----

interface Sent {
  status: number;
}

/** A request with a path and headers fetch would not send (raw bytes, odd methods). */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<Sent | undefined>((resolve) => {
    let req: ReturnType<typeof request>;
    try {
      req = request(`${base}${path.startsWith("/") ? "" : "/"}`, { method, path, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      });
    } catch {
      // Node's client refuses to send this path or header: nothing to test.
      resolve(undefined);
      return;
    }
    req.on("error", () => resolve(undefined));
    req.end(body);
  });
}

describe("fuzzing every inbound route", () => {
  let fakes: PlatformFakes;
  let slack: FakeApi;
  let bf: FakeBotFramework;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let demo: Awaited<ReturnType<typeof startTestApp>>;
  const health: Array<{ status: number; ms: number }> = [];
  let polling: NodeJS.Timeout | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    process.on("uncaughtException", onUnhandled);
    fakes = await startPlatformFakes();
    ({ slack, bf } = fakes);
    t = await startTestApp({ WEB_CHAT: "signin", ...fakes.env }, { teamsToken: fakes.teamsToken, seed });
    // The demo web chat runs only without platforms: an app of its own.
    demo = await startTestApp({ WEB_CHAT: "demo" });
    // /healthz is asked every 50 ms for as long as the fuzzing runs.
    const poll = async () => {
      const started = performance.now();
      const status = await fetch(`${t.url}/healthz`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => r.status)
        .catch(() => 0);
      health.push({ status, ms: performance.now() - started });
      polling = setTimeout(() => void poll(), 50);
    };
    void poll();
  });

  afterAll(async () => {
    clearTimeout(polling);
    await t?.app.close();
    await demo?.app.close();
    await fakes?.close();
    process.off("unhandledRejection", onUnhandled);
    process.off("uncaughtException", onUnhandled);
  });

  /** Sends, and expects an answer below 500 within two seconds (Bolt used to hold some for three). */
  const below500 = async (route: string, send: Promise<Sent | Response | undefined>, what: unknown) => {
    const started = performance.now();
    const r = await send;
    const ms = performance.now() - started;
    const label = `${route}: ${JSON.stringify(what)?.slice(0, 500)}`;
    if (r) expect(r.status, label).toBeLessThan(500);
    expect(ms, label).toBeLessThan(2_000);
  };

  it("Slack events: signed, mutated event callbacks", async () => {
    const event = fc.record({
      type: fc.constantFrom("message", "app_mention"),
      channel_type: fc.constantFrom("im", "channel"),
      channel: fc.constantFrom("D1", "CZOETERMEER"),
      user: fc.constantFrom("UGEM", "UDIR", "UNOBODY"),
      text: chatText,
      ts: fc.constant("1700000000.000100"),
    });
    const body = mutated(fc.tuple(event, id).map(([e, i]) => JSON.parse(eventBody(e, `Ev${i}`)) as unknown));
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const json = JSON.stringify(b) ?? "null";
        await below500("slack events", postSlack(t.url, json, "application/json"), b);
      }),
      options,
    );
  });

  it("Slack slash commands: signed, mutated forms", async () => {
    const form = fc
      .record({
        command: fc.constantFrom(
          "/vraag",
          "/signaal",
          "/trend",
          "/overleg",
          "/koppel",
          "/help",
          "/frobnicate",
        ),
        text: chatText,
        user: fc.constantFrom("UGEM", "UDIR", "UNOBODY"),
        channel: fc.constantFrom("D1", "CZOETERMEER", "CNEW"),
      })
      .map(
        (c) =>
          Object.fromEntries(
            new URLSearchParams(
              commandBody(c.command, c.text, `${slack.url}/respond/fuzz`, {
                user_id: c.user,
                channel_id: c.channel,
              }),
            ),
          ) as Record<string, unknown>,
      );
    await fc.assert(
      fc.asyncProperty(mutated(form), async (f) => {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(f ?? {}))
          params.append(k, typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
        await below500(
          "slack commands",
          postSlack(t.url, params.toString(), "application/x-www-form-urlencoded"),
          f,
        );
      }),
      options,
    );
  });

  it("Slack interactions: signed, mutated button clicks", async () => {
    const payload = fc
      .record({
        value: fc.oneof(
          fc.constantFrom("feedback:yes:meeting:leiden", "signaal:theme:vapen", "netwerk:send:x", "signaal:"),
          oddString,
        ),
        actionId: fc.constantFrom("feedback-yes", "feedback-no", "signaal:theme", "netwerk:send", "other"),
      })
      .map(({ value, actionId }) =>
        blockActions({
          user: "UDIR",
          channel: "D1",
          responseUrl: `${slack.url}/respond/fuzz-click`,
          actionId,
          value,
        }),
      );
    await fc.assert(
      fc.asyncProperty(mutated(payload), async (p) => {
        const form = new URLSearchParams({ payload: JSON.stringify(p) ?? "null" }).toString();
        await below500("slack interactions", postSlack(t.url, form, "application/x-www-form-urlencoded"), p);
      }),
      options,
    );
  });

  it("Teams: signed, mutated activities", async () => {
    const activity = fc
      .record({
        text: chatText,
        id: id,
        conversationType: fc.constantFrom("personal", "channel", "groupChat"),
        mention: fc.boolean(),
        value: fc.option(
          fc.oneof(
            fc.record({ convenantbot: fc.oneof(fc.constantFrom("signaal:theme:vapen"), oddString) }),
            anyValue,
          ),
          { nil: undefined },
        ),
        type: fc.constantFrom(
          "message",
          "message",
          "conversationUpdate",
          "invoke",
          "installationUpdate",
          "typing",
        ),
      })
      .map((a) => ({
        ...messageActivity(bf.serviceUrl, a.text, `act-${a.id}`, {
          conversationType: a.conversationType,
          mention: a.mention,
          ...(a.value !== undefined ? { value: a.value } : {}),
        }),
        type: a.type,
      }));
    const token = bf.sign({ serviceurl: bf.serviceUrl });
    await fc.assert(
      fc.asyncProperty(mutated(activity), async (a) => {
        await below500("teams", postTeams(t.url, JSON.stringify(a) ?? "null", token), a);
      }),
      options,
    );
  });

  it("WhatsApp: signed, mutated webhooks, and the verification handshake", async () => {
    const hook = fc
      .record({
        from: fc.constantFrom("31611111111", "31622222222", "31699999999"),
        text: chatText,
        id: id,
        button: fc.option(fc.oneof(fc.constantFrom("signaal:theme:vapen", "feedback:no:x:y"), oddString), {
          nil: undefined,
        }),
      })
      .map(({ from, text, id, button }) =>
        button === undefined
          ? textWebhook(from, text, `wamid.${id}`)
          : buttonWebhook(from, button, text.slice(0, 20), `wamid.${id}`),
      );
    await fc.assert(
      fc.asyncProperty(mutated(hook), async (h) => {
        await below500("whatsapp", postWhatsApp(t.url, metaJson(h)), h);
      }),
      options,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom("hub.mode", "hub.verify_token", "hub.challenge", "x"),
          fc.oneof(oddString, fc.constantFrom("subscribe", "test-verify-token")),
        ),
        async (q) => {
          await below500("whatsapp verify", fetch(`${t.url}/whatsapp/webhook?${new URLSearchParams(q)}`), q);
        },
      ),
      options,
    );
  });

  it("web chat API: mutated messages and clicks in a demo session", async () => {
    const message = fc.record({
      id: id,
      role: fc.constantFrom("gemeente", "directeur", "politie", "guest", "admin"),
      region: fc.constantFrom("zoetermeer", "leiden", null, "utrecht"),
      text: chatText,
    });
    const click = fc.record({
      role: fc.constantFrom("gemeente", "directeur"),
      value: fc.oneof(
        fc.constantFrom("signaal:theme:vapen", "feedback:yes:topic:almere", "netwerk:send"),
        oddString,
      ),
    });
    const call = fc.oneof(
      mutated(message).map((b) => ({ path: "/api/web/messages", body: b as unknown })),
      mutated(click).map((b) => ({ path: "/api/web/clicks", body: b as unknown })),
    );
    await fc.assert(
      fc.asyncProperty(call, async ({ path, body }) => {
        // A new session each time, so the per-session rate limit does not end the run early.
        const web = await webClient(demo.url);
        await below500("web chat", web.post(path, body), body);
      }),
      options,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("/api/web/inbox", "/api/web/settings"), oddString, async (path, q) => {
        const web = await webClient(demo.url);
        await below500(
          "web chat get",
          web.get(`${path}?${new URLSearchParams({ ids: q, role: q, after: q })}`),
          q,
        );
      }),
      options,
    );
  });

  it("calendar, sign-in and unknown paths: odd paths, methods, headers and bodies", async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "calendar",
        "zoetermeer.ics",
        "zoetermeer",
        "buytenwegh.ics",
        "login",
        "api",
        "web",
        "..",
      ),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom("%", "%zz", "%00", "[", "@", "//", "?token=", "#"),
    );
    const req = fc.record({
      method: fc.constantFrom("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"),
      path: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join("/")}`),
      query: fc.option(
        oddString.map((q) => `?token=${q}`),
        { nil: "" },
      ),
      type: fc.constantFrom(
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "",
        "multipart/form-data",
      ),
      body: fc.option(
        fc.oneof(
          oddString,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        { nil: undefined },
      ),
      host: fc.constantFrom("127.0.0.1", "localhost", "evil.example", ""),
    });
    await fc.assert(
      fc.asyncProperty(req, async (r) => {
        const headers: Record<string, string> = { origin: t.url };
        if (r.type) headers["content-type"] = r.type;
        if (r.host) headers.host = r.host;
        const body = r.method === "GET" || r.method === "HEAD" ? undefined : r.body;
        await below500("raw", raw(t.url, r.method, r.path + r.query, headers, body), r);
      }),
      options,
    );
    // Sign-in forms and links with odd tokens.
    await fc.assert(
      fc.asyncProperty(oddString, async (token) => {
        await below500(
          "login",
          raw(
            t.url,
            "POST",
            "/login",
            { "content-type": "application/x-www-form-urlencoded", origin: t.url },
            `token=${encodeURIComponent(token)}`,
          ),
          token,
        );
        await below500("login link", raw(t.url, "GET", `/login/${encodeURIComponent(token)}`, {}), token);
      }),
      options,
    );
  });

  it("unsigned and wrongly signed requests to the platform routes: refused, never 5xx", async () => {
    const route = fc.constantFrom("/slack/events", "/api/messages", "/whatsapp/webhook");
    const headers = fc.dictionary(
      fc.constantFrom(
        "x-slack-signature",
        "x-slack-request-timestamp",
        "x-hub-signature-256",
        "authorization",
        "content-type",
      ),
      fc.oneof(
        oddString,
        fc.constantFrom("v0=00", "sha256=00", "Bearer x.y.z", "Bearer ", "application/json"),
      ),
    );
    const body = fc.oneof(
      oddString,
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ""),
    );
    await fc.assert(
      fc.asyncProperty(route, headers, body, async (path, h, b) => {
        await below500("unsigned", raw(t.url, "POST", path, h, b), { path, h, b });
      }),
      options,
    );
  });

  it("refuses what fuzzing found at once with a 400, where it was a 500 or a three-second wait", async () => {
    const form = "application/x-www-form-urlencoded";
    const event = (change: Record<string, unknown>) =>
      JSON.stringify({
        ...JSON.parse(
          eventBody(
            { type: "message", channel_type: "im", channel: "D1", user: "UDIR", text: "hoi" },
            "EvF1",
          ),
        ),
        ...change,
      });
    const found: Array<[string, Promise<Response>]> = [
      // An event that is a number: Bolt threw before any listener (500).
      ["event 1.5", postSlack(t.url, event({ event: 1.5 }), "application/json")],
      // A workspace id that is a name on Object.prototype: Bolt's client cache found a function (500).
      ["team constructor", postSlack(t.url, event({ team_id: "constructor" }), "application/json")],
      // A response URL that is not a URL (500).
      ["response_url", postSlack(t.url, commandBody("/help", "", "9007199254740991"), form)],
      // A command without its slash, and a click without actions: Bolt held them 3 s, then 404.
      ["command -1", postSlack(t.url, commandBody("-1", "x", `${slack.url}/respond/f1`), form)],
      [
        "no actions",
        postSlack(
          t.url,
          new URLSearchParams({
            payload: JSON.stringify({ type: "block_actions", user: { id: "U1" }, actions: [] }),
          }).toString(),
          form,
        ),
      ],
      // A Teams conversation id with a slash: the reply went to another URL, and the 404 became a 500.
      [
        "teams id with a slash",
        postTeams(
          t.url,
          {
            ...messageActivity(bf.serviceUrl, "hallo", "act-f1"),
            conversation: { id: "+2</rw6n", conversationType: "personal" },
          },
          bf.sign({ serviceurl: bf.serviceUrl }),
        ),
      ],
      // A Teams text that is not a string.
      [
        "teams text 42",
        postTeams(
          t.url,
          { ...messageActivity(bf.serviceUrl, "x", "act-f2"), text: 42 },
          bf.sign({ serviceurl: bf.serviceUrl }),
        ),
      ],
      // A mention entity without `mentioned`: the SDK read its id while stripping the mention (500).
      [
        "teams mention without mentioned",
        postTeams(
          t.url,
          {
            ...messageActivity(bf.serviceUrl, "hallo", "act-f3", { mention: true }),
            entities: [{ type: "mention" }],
          },
          bf.sign({ serviceurl: bf.serviceUrl }),
        ),
      ],
    ];
    for (const [what, sent] of found) {
      const started = performance.now();
      const res = await sent;
      expect(res.status, what).toBe(400);
      expect(performance.now() - started, what).toBeLessThan(1_000);
    }
    // An unknown but well-formed command is answered, not left to time out.
    const unknown = await postSlack(t.url, commandBody("/frobnicate", "", `${slack.url}/respond/f2`), form);
    expect(unknown.status).toBe(200);
    const said = await slack.waitFor((c) => c.path === "/respond/f2");
    expect(JSON.stringify(said.body)).toContain("Onbekend commando /frobnicate");
  });

  it("kept answering /healthz throughout, and nothing escaped as an unhandled error", async () => {
    // Answers sent after the acknowledgement have had their chance to fail.
    await settle();
    expect(health.length).toBeGreaterThan(10);
    expect(health.filter((h) => h.status !== 200)).toEqual([]);
    expect(Math.max(...health.map((h) => h.ms))).toBeLessThan(1_000);
    expect(unhandled).toEqual([]);
    expect(t.logger.lines.filter((l) => l.msg === "request failed")).toEqual([]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
