/**
 * GET /readyz: whether this instance can take traffic. It is ready when the store can be
 * written and every configured adapter has started; otherwise 503, naming each part that is
 * not ready and why, in words without secrets or paths. /healthz stays the liveness check: it
 * answers as long as the process does.
 */
import { type Route, sendJson } from "./http.ts";

type Check = () => string | undefined | Promise<string | undefined>;

export class Readiness {
  private readonly checks = new Map<string, Check>();
  private stopping = false;

  /** A part whose readiness is asked each time (the store). */
  check(name: string, check: Check): void {
    this.checks.set(name, check);
  }

  /** A part that starts once: not ready ("starting") until `started()` is called. */
  starting(name: string): { started(): void; failed(reason: string): void } {
    let problem: string | undefined = "starting";
    this.checks.set(name, () => problem);
    return {
      started: () => {
        problem = undefined;
      },
      failed: (reason) => {
        problem = reason;
      },
    };
  }

  /** From now on nothing is ready: the process is shutting down. */
  stop(): void {
    this.stopping = true;
  }

  async state(): Promise<{ ready: boolean; parts: Record<string, string> }> {
    const parts: Record<string, string> = {};
    for (const [name, check] of this.checks) {
      let problem: string | undefined;
      try {
        problem = this.stopping ? "stopping" : await check();
      } catch (e) {
        problem = `check failed: ${(e as Error).message}`;
      }
      parts[name] = problem ?? "ok";
    }
    return { ready: Object.values(parts).every((p) => p === "ok"), parts };
  }

  route(): Route {
    return {
      method: "GET",
      path: "/readyz",
      handle: async (_req, res) => {
        const { ready, parts } = await this.state();
        const notReady = Object.entries(parts).filter(([, p]) => p !== "ok");
        sendJson(res, ready ? 200 : 503, {
          status: ready ? "ready" : "not ready",
          parts,
          ...(ready ? {} : { notReady: notReady.map(([name, why]) => `${name}: ${why}`) }),
        });
      },
    };
  }
}
