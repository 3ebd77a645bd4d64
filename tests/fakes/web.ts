/**
 * A browser-like client of the web chat API: it keeps the session cookie the page sets and
 * sends JSON with the page's own Origin, as the page's fetch calls do.
 */
export interface WebClient {
  /** The session cookie's value (secret; tests check it is never stored or logged). */
  token: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  /** Sends a chat message and returns the reply text ("" when none). */
  say(text: string, opts?: { role?: string; region?: string | null; id?: string }): Promise<string>;
}

let counter = 0;

/** Opens the page (demo mode sets a session cookie), or uses a cookie from a sign-in. */
export async function webClient(base: string, cookie?: string): Promise<WebClient> {
  let jar = cookie;
  if (!jar) {
    const res = await fetch(`${base}/`);
    jar = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }
  const origin = new URL(base).origin;
  const headers = () => ({ cookie: jar ?? "", origin });
  const client: WebClient = {
    token: (jar ?? "").split("=")[1] ?? "",
    post: (path, body, extra = {}) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers(), ...extra },
        body: JSON.stringify(body),
      }),
    get: (path) => fetch(`${base}${path}`, { headers: headers() }),
    async say(text, opts = {}) {
      const res = await client.post("/api/web/messages", {
        id: opts.id ?? `m${++counter}`,
        ...(opts.role ? { role: opts.role } : {}),
        region: opts.region === undefined ? "zoetermeer" : opts.region,
        text,
      });
      const data = (await res.json()) as { reply?: { text: string } | null; error?: string };
      return data.reply?.text ?? data.error ?? "";
    },
  };
  return client;
}
