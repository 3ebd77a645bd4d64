/**
 * The fake platform APIs of `npm run bench:http`, in a process of their own: Slack's Web API
 * and response_url endpoint, and WhatsApp's Graph API. Prints their URLs as one JSON line;
 * GET /__count on the Slack fake answers how many replies each response_url path prefix got.
 */
import { startFakeSlack } from "../../tests/fakes/slack.ts";
import { startFakeGraph } from "../../tests/fakes/whatsapp.ts";

const slack = await startFakeSlack();
const graph = await startFakeGraph();
const replies = new Map<string, number>();
slack.intercept = (req) => {
  if (req.path === "/__count") return { body: Object.fromEntries(replies) };
  const m = req.path.match(/^\/respond\/([^/]+)\//);
  if (m) replies.set(m[1] as string, (replies.get(m[1] as string) ?? 0) + 1);
  // The recording would grow with every request of the run; nothing reads it here.
  slack.calls.length = 0;
  return undefined;
};
graph.intercept = () => {
  graph.calls.length = 0;
  return undefined;
};
process.stdout.write(`${JSON.stringify({ slack: slack.url, graph: graph.url })}\n`);
process.on("SIGTERM", () => void Promise.all([slack.close(), graph.close()]).then(() => process.exit(0)));
