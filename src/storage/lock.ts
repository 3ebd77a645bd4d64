/**
 * The store's lock file (proper-lockfile). A live process refreshes its lock every 2 s; a lock
 * left by a process that died stops being refreshed and counts as stale after 10 s. A restart
 * right after a crash therefore waits for that lock to go stale instead of failing, while a
 * second process next to a live one is refused after a few seconds.
 *
 * A process whose event loop stood still for longer than that (a debugger, SIGSTOP, a blocked
 * loop) may find that another process has taken the lock in the meantime. It must then write
 * nothing more: `held()` compares the lock's mtime with the one this process last set, before
 * every write, because proper-lockfile notices only at its next refresh.
 */
import * as fs from "node:fs";
import { statSync } from "node:fs";
import lockfile from "proper-lockfile";

const LOCK_STALE_MS = 10_000;
const LOCK_UPDATE_MS = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StoreLock {
  /** False once another process holds the lock (or it is gone); then nothing may be written. */
  held(): boolean;
  /** Why the lock was lost, once it is. */
  readonly lost: Error | undefined;
  /** Called once when the lock is found lost. */
  onLost(listener: (e: Error) => void): void;
  release(): Promise<void>;
}

export async function lockStore(path: string): Promise<StoreLock> {
  const lockPath = `${path}.lock`;
  const mtime = () => statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs;
  let ours: number | undefined;
  let lost: Error | undefined;
  const listeners: Array<(e: Error) => void> = [];
  const lose = (e: Error) => {
    if (lost) return;
    lost = e;
    for (const l of listeners) l(e);
  };
  // Every refresh goes through utimes; what it set is what `held()` expects to find. It runs
  // synchronously so that no write can fall between the refresh and noting its mtime.
  const watchedFs = {
    ...fs,
    utimes: (p: fs.PathLike, atime: fs.TimeLike, mt: fs.TimeLike, cb: (err: Error | null) => void) => {
      try {
        fs.utimesSync(p, atime, mt);
      } catch (e) {
        cb(e as Error);
        return;
      }
      if (!lost) ours = mtime();
      cb(null);
    },
  };
  const options = {
    lockfilePath: lockPath,
    stale: LOCK_STALE_MS,
    update: LOCK_UPDATE_MS,
    realpath: false,
    fs: watchedFs,
    onCompromised: (e: Error) => lose(e),
  };
  const acquire = async () => {
    const release = await lockfile.lock(path, options);
    ours = mtime();
    return release;
  };
  let release: () => Promise<void>;
  try {
    release = await acquire();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ELOCKED") throw e;
    // Watch the lock for two refresh periods: a live holder refreshes it, a dead one does not.
    const seen = mtime() ?? 0;
    await sleep(2 * LOCK_UPDATE_MS + 200);
    if ((mtime() ?? 0) !== seen) throw e;
    await sleep(Math.max(0, LOCK_STALE_MS - (Date.now() - seen)) + 200);
    release = await acquire();
  }
  return {
    held() {
      if (!lost && mtime() !== ours)
        lose(
          Object.assign(new Error("the lock file was changed by another process"), { code: "ECOMPROMISED" }),
        );
      return !lost;
    },
    get lost() {
      return lost;
    },
    onLost(listener) {
      listeners.push(listener);
      if (lost) listener(lost);
    },
    // A lost lock belongs to someone else now: removing it would let a third process in.
    release: () => (lost ? Promise.resolve() : release()),
  };
}
