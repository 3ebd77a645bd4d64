/** Runs `convenantbot serve` as its own process, for tests of what the process does as a whole. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export interface Served {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stderr so far (its JSON log lines). */
  log(): string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

export function serve(env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, [join(root, "bin", "convenantbot.js"), "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", STORE: "memory", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let buffer = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start: ${buffer}`)), 30_000);
    const check = () => {
      const m = buffer.match(/"msg":"convenantbot listening","url":"(http:\/\/[^"]+)"/);
      if (!m) return;
      clearTimeout(timer);
      child.stderr?.off("data", check);
      resolve({ child, url: (m[1] as string).replace(/\/$/, ""), log: () => buffer, exited });
    };
    child.stderr?.on("data", check);
    void exited.then((code) => reject(new Error(`bot exited with ${code}: ${buffer}`)));
  });
}
