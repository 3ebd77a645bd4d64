/**
 * Kennisbank: what the bot knows of the region, as the knowledge files hold it (the covenant's
 * articles and definitions, the overleggen, roles, schools and wijken), and a "probeer een
 * vraag" box that shows the answer the bot would give and its sources. A question tried here
 * is not kept and not counted.
 */
import type { Answer } from "../engine/types.ts";
import type { Route } from "../kernel/http.ts";
import type { RegionKnowledge } from "../knowledge/schema.ts";
import { esc, type Shell, table } from "./shell.ts";

export interface KnowledgePageDeps {
  /** The bot's answer to a question in a region, with the roster's contacts; nothing is kept. */
  ask: (question: string, region: string) => Promise<Answer>;
  /** The name of a region, for a source. */
  regionName: (id: string) => string | undefined;
}

const MAX_QUESTION = 500;

function browse(region: RegionKnowledge): string {
  const c = region.covenant;
  const wijkName = (id?: string | null) => region.wijken.find((w) => w.id === id)?.name ?? "";
  const details = (title: string, count: number, body: string, open = false) =>
    `<details${open ? " open" : ""}><summary><strong>${esc(title)}</strong> (${count})</summary>${body}</details>`;
  return `<section aria-labelledby="covenant"><h3 id="covenant">${esc(c.title)}</h3>
<p>${esc(c.dates.signedText.nl)}. Partijen: ${esc(c.parties.join(", "))}.</p>
${details(
  "Artikelen",
  c.provisions.length,
  table(
    "",
    ["Artikel", "Wat er staat"],
    c.provisions.map((p) => [esc(p.ref), `<strong>${esc(p.title)}</strong><br>${esc(p.nl)}`]),
  ),
)}
${details(
  "Begrippen",
  c.definitions.length,
  table(
    "",
    ["Begrip", "Betekenis", "Bron"],
    c.definitions.map((d) => [esc(d.term), esc(d.nl), esc(d.ref)]),
  ),
)}
${details(
  "Overleggen",
  region.overleggen.length,
  table(
    "",
    ["Overleg", "Ritme", "Wie", "Waarvoor"],
    region.overleggen.map((o) => [
      `${esc(o.name)}<br><span class="muted">${esc(o.refs.join(", "))}</span>`,
      esc(o.rhythm.text.nl),
      esc(
        [o.organiser ? `organisator: ${o.organiser.nl}` : "", o.participants.nl.join(", ")]
          .filter(Boolean)
          .join("; "),
      ),
      esc(o.purpose.nl),
    ]),
  ),
)}
${details(
  "Rollen",
  region.roles.length,
  table(
    "",
    ["Rol", "Wat het convenant zegt", "Bron"],
    region.roles.map((r) => [esc(r.role), esc(r.nl), esc(r.refs.join(", "))]),
  ),
)}
${details(
  "Scholen",
  region.schools.length,
  table(
    "",
    ["School", "Soort", "Wijk"],
    region.schools.map((s) => [esc(s.name), esc(s.type), esc(wijkName(s.wijk))]),
  ),
)}
${details(
  "Wijken",
  region.wijken.length,
  table(
    "",
    ["Wijk", "Partners", "Afspraken"],
    region.wijken.map((w) => [esc(w.name), esc(w.partners.join(", ")), esc(w.agreements.nl.join(" "))]),
  ),
)}
<p class="muted">Bron: de bestanden in <code>knowledge/${esc(region.id)}/</code>, opgesteld uit ${esc(c.source)}. Vragen over wie een rol nu heeft beantwoordt de bot uit <a href="/beheer/contacten">Contacten</a>.</p></section>`;
}

export function knowledgeRoutes(shell: Shell, deps: KnowledgePageDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/beheer/kennisbank",
      handle: async (req, res) => {
        const ctx = await shell.signedIn(req, res);
        if (!ctx) return;
        const question = (new URL(req.url ?? "/", "http://x").searchParams.get("vraag") ?? "")
          .trim()
          .slice(0, MAX_QUESTION);
        let tried = "";
        if (question) {
          const answer = await deps.ask(question, ctx.region.id);
          const verdict = answer.answered
            ? `<p class="ok">Beantwoord uit ${answer.sources.length === 1 ? "deze bron" : "deze bronnen"}:</p>`
            : answer.options
              ? `<p class="warn">De bot vraagt terug welke bedoeld is.</p>`
              : `<p class="warn">De bot weet het niet uit de convenanten en zegt wie je het kunt vragen.</p>`;
          tried = `<section role="status" aria-labelledby="tried"><h3 id="tried">Antwoord van de bot</h3>
<p class="muted">Vraag: ${esc(question)}</p>
<div class="answer">${esc(answer.answer)}</div>
${verdict}
${
  answer.sources.length > 0
    ? `<ul>${answer.sources.map((s) => `<li>${esc(s.covenant === "guidance" ? "Algemene richtlijn" : (deps.regionName(s.covenant) ?? s.covenant))}, ${esc(s.ref)}: ${esc(s.title)}</li>`).join("")}</ul>`
    : ""
}</section>`;
        }
        shell.page(
          res,
          200,
          `Kennisbank ${ctx.region.name}`,
          `<section aria-labelledby="try"><h3 id="try">Probeer een vraag</h3>
<form method="get" action="/beheer/kennisbank"><label for="vraag">Stel een vraag zoals iemand in de chat dat zou doen</label>
<div class="row"><input id="vraag" name="vraag" maxlength="${MAX_QUESTION}" value="${esc(question)}" placeholder="wie is de wijkagent voor ...?"><div><button type="submit">Vraag</button></div></div></form>
<p class="muted">Een vraag die je hier probeert wordt niet bewaard.</p></section>
${tried}
${browse(ctx.region)}`,
          { ctx, path: "/beheer/kennisbank" },
        );
      },
    },
  ];
}
