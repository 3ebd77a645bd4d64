/**
 * The baseline of `npm run bench:http`, in a process of its own: a bare Bolt app that acks a
 * slash command and posts one fixed reply through its response_url, the least any answering
 * bot does. Prints its port.
 */
import { App, HTTPReceiver } from "@slack/bolt";

const receiver = new HTTPReceiver({
  signingSecret: "test-signing-secret",
  endpoints: "/slack/events",
  processBeforeResponse: false,
});
const app = new App({
  token: "xoxb-test",
  receiver,
  deferInitialization: true,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "" },
});
app.command(/.*/, async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: "Het signaaloverleg is vijf keer per jaar." });
});
await app.init();
const server = await receiver.start({ port: 0, host: "127.0.0.1" });
const address = server.address();
process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
process.on("SIGTERM", () => void receiver.stop().then(() => process.exit(0)));
