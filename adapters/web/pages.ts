/**
 * How the web chat sends an HTML page, and the pages of signing in: the button behind a sign-in
 * link, and what a link that no longer works says.
 */
import type { ServerResponse } from "node:http";

export const html = (
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(body);
};

const shell = (title: string, body: string) => `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="/web/page.css">
</head>
<body class="signin">
  <main class="card">${body}</main>
</body>
</html>
`;

export const loginPage = (token: string) =>
  shell(
    "Inloggen - Convenantbot",
    `<h1>Inloggen op de webchat</h1>
    <p>Je opent de webchat van Convenantbot met de link die de bot je stuurde.</p>
    <form method="post" action="/login">
      <input type="hidden" name="token" value="${token}">
      <button type="submit">Inloggen</button>
    </form>`,
  );

export const expiredPage = shell(
  "Link verlopen - Convenantbot",
  `<h1>Deze link werkt niet meer</h1>
  <p>Een inloglink werkt één keer en 10 minuten lang. Stuur <code>/webchat</code> aan de bot in Slack, Teams of WhatsApp voor een nieuwe.</p>`,
);
