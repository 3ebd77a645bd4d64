/**
 * A recording fake of a platform's HTTP API on 127.0.0.1: every request is kept (method, path,
 * headers, parsed body) so tests assert on what the bot sent; responses come from a handler.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  raw: string;
}

export type FakeResponse = { status?: number; headers?: Record<string, string>; body: unknown };
export type FakeHandler = (req: Recorded) => FakeResponse | Promise<FakeResponse>;

export interface FakeApi {
  url: string;
  calls: Recorded[];
  /** Answers a request instead of the fake's handler when it returns a response (429s, errors). */
  intercept: ((req: Recorded) => FakeResponse | undefined | Promise<FakeResponse | undefined>) | undefined;
  /** Resolves when a call matching the predicate has been recorded. */
  waitFor(predicate: (r: Recorded) => boolean, timeoutMs?: number): Promise<Recorded>;
  close(): Promise<void>;
}

function parse(raw: string, type: string | undefined): unknown {
  if (!raw) return undefined;
  if (type?.includes("application/json")) return JSON.parse(raw);
  if (type?.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export async function startFakeApi(handler: FakeHandler): Promise<FakeApi> {
  const calls: Recorded[] = [];
  const waiters: Array<{ predicate: (r: Recorded) => boolean; resolve: (r: Recorded) => void }> = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const recorded: Recorded = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
      body: parse(raw, req.headers["content-type"]),
      raw,
    };
    calls.push(recorded);
    for (const w of [...waiters]) {
      if (w.predicate(recorded)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(recorded);
      }
    }
    const r = (await api.intercept?.(recorded)) ?? (await handler(recorded));
    const body = typeof r.body === "string" ? r.body : JSON.stringify(r.body);
    res.writeHead(r.status ?? 200, { "content-type": "application/json", ...r.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api: FakeApi = {
    url,
    calls,
    intercept: undefined,
    waitFor(predicate, timeoutMs = 5_000) {
      const found = calls.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("timed out waiting for an API call")), timeoutMs);
        waiters.push({
          predicate,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}

/** Waits a little so that a call that should NOT happen has had its chance. */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
