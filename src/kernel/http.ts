/** An HTTP route an adapter or feature mounts on the one server. */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Route {
  method: "GET" | "POST";
  /** An exact path, or a prefix ending in "/*" ("/calendar/*"). */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}
