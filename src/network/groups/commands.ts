/**
 * The /groep commands: `maak` creates a wijk's or region's group, `leden` lists its members by
 * name and role, `verwijder` removes one, and `uitleg` gives the message a gemeente pastes into
 * an old ad-hoc group to move its members over.
 */
import type { CommandContext } from "../../core/commands.ts";
import type { Reply } from "../../core/message.ts";
import { hasRole } from "../../core/roster.ts";
import { normalize } from "../../engine/text.ts";
import type { ManagedGroup } from "../../model/people.ts";
import { CREATING, type Creating, type GroupsContext, privately, tail } from "./context.ts";

/** `/groep <verb> [words]`: the verb in Dutch or English. */
export async function groupCommand(shared: GroupsContext, ctx: CommandContext): Promise<Reply> {
  const [verb = "", ...rest] = ctx.args.trim().split(/\s+/);
  const words = rest.join(" ").trim();
  switch (normalize(verb)) {
    case "maak":
    case "create":
      return make(shared, ctx, words);
    case "leden":
    case "members":
      return members(shared, ctx, words);
    case "verwijder":
    case "remove":
      return remove(shared, ctx, words);
    case "uitleg":
    case "explain":
      return explain(shared, ctx, words);
    default:
      return privately(
        "Gebruik: /groep maak <wijk> (een WhatsApp-groep voor het netwerk van een wijk), /groep leden, /groep verwijder <naam>, /groep uitleg (een bericht voor de oude groep).",
      );
  }
}

/** `/groep maak [wijk]` */
async function make(shared: GroupsContext, ctx: CommandContext, words: string): Promise<Reply> {
  const { person } = ctx;
  const region = shared.region(person?.region);
  if (!person || !region || !hasRole(person, ["gemeente", "admin"]))
    return privately("Een groep maken kan alleen de gemeente of een beheerder van een regio.");
  if (!shared.deps.admin)
    return privately("WhatsApp is op deze server niet ingesteld: er kan geen WhatsApp-groep gemaakt worden.");
  const wijk = words ? shared.findWijk(region, words) : undefined;
  if (words && !wijk)
    return privately(
      `"${words}" is geen wijk van ${region.name}. Wijken: ${region.wijken.map((w) => w.name).join(", ")}.`,
    );
  const wijkId = wijk?.id ?? null;
  const existing = await shared.groupOf(region.id, wijkId);
  if (existing)
    return privately(
      `${shared.where(region, wijkId)} heeft al een groep: ${existing.record.group?.subject}. Zie /groep leden.`,
    );
  const subject = `Schoolveiligheid ${shared.where(region, wijkId)}`;
  const description = [
    `Het netwerk schoolveiligheid van ${shared.where(region, wijkId)}: scholen, gemeente, wijkagent en partners (${region.covenant.short}).`,
    "De bot beantwoordt vragen over het convenant als je hem noemt of begint met een opdracht, zoals 'vraag wie is de wijkagent?'.",
    "Niet voor noodgevallen: bel 112. Geen namen of andere persoonsgegevens van leerlingen of ouders in deze groep; een signaal meld je anoniem in een eigen chat met de bot (/signaal).",
  ].join(" ");
  try {
    const { requestId } = await shared.deps.admin.create(subject, description);
    await shared.deps.ports.state.set<Creating>(
      CREATING,
      requestId,
      { region: region.id, wijk: wijkId, by: person.id, subject },
      shared.now() + 24 * 60 * 60 * 1000,
    );
  } catch (e) {
    shared.deps.logger.error("groups: create failed", { region: region.id, error: (e as Error).message });
    return privately(`WhatsApp kon de groep niet maken: ${(e as Error).message}. Probeer het later opnieuw.`);
  }
  const invited = (await shared.deps.ports.people.all()).filter(
    (p) => shared.belongs(p, region, wijkId) && shared.account(p),
  );
  return privately(
    `WhatsApp maakt de groep "${subject}" aan. Zodra die er is, stuur ik de uitnodigingslink privé naar ${invited.length} ${invited.length === 1 ? "persoon" : "mensen"} van het netwerk met WhatsApp in het rooster; wie daarna vraagt om lid te worden, laat ik toe als die in het rooster bij dit netwerk hoort. Een groep heeft plaats voor ${shared.deps.admin.maxMembers} deelnemers.`,
  );
}

/** `/groep leden [wijk]` */
async function members(shared: GroupsContext, ctx: CommandContext, words: string): Promise<Reply> {
  const region = shared.region(ctx.person?.region);
  if (!ctx.person || !region || !hasRole(ctx.person, ["gemeente", "admin", "politie"]))
    return privately("De ledenlijst is voor de gemeente, beheerders en de politie van een regio.");
  const wijk = words ? (shared.findWijk(region, words)?.id ?? null) : null;
  const groups = (await shared.deps.ports.conversations.linkedTo(region.id, null)).filter(
    (c) => c.record.group && c.record.group.status !== "deleted" && (!words || c.record.wijk === wijk),
  );
  if (groups.length === 0) return privately("Er is (nog) geen groep. Maak er een met /groep maak <wijk>.");
  const people = await shared.deps.ports.people.all();
  const lines = groups.map(({ record }) => {
    const g = record.group as ManagedGroup;
    const names = g.members.map((m) => {
      const p = people.find((x) => x.accounts.includes(`${shared.platform}:${m}`));
      const school = region.schools.find((s) => s.id === p?.school)?.name;
      return p
        ? `- ${p.name} (${[...p.roles, school].filter(Boolean).join(", ")})`
        : `- niet in het rooster (${tail(m)})`;
    });
    const state = g.status === "suspended" ? " — geschorst door WhatsApp" : "";
    return `*${g.subject}*: ${g.members.length} van de ${shared.deps.admin?.maxMembers ?? 8} plaatsen${state}\n${names.join("\n") || "- nog niemand"}`;
  });
  return privately(lines.join("\n\n"));
}

/** `/groep verwijder <naam>` */
async function remove(shared: GroupsContext, ctx: CommandContext, name: string): Promise<Reply> {
  const region = shared.region(ctx.person?.region);
  if (!ctx.person || !region || !hasRole(ctx.person, ["gemeente", "admin"]))
    return privately("Iemand uit een groep verwijderen kan alleen de gemeente of een beheerder.");
  if (!name) return privately("Wie? Stuur /groep verwijder <naam>, zoals /groep leden die noemt.");
  const people = await shared.deps.ports.people.all();
  for (const { key, record } of await shared.deps.ports.conversations.linkedTo(region.id, null)) {
    const g = record.group;
    if (!g || g.status === "deleted") continue;
    const member = g.members.find((m) => {
      const p = people.find((x) => x.accounts.includes(`${shared.platform}:${m}`));
      return p && normalize(p.name).includes(normalize(name));
    });
    if (!member) continue;
    await shared.deps.admin?.remove(key.slice(shared.platform.length + 1), member);
    shared.deps.logger.info("groups: member removed", { region: region.id });
    const who = people.find((x) => x.accounts.includes(`${shared.platform}:${member}`))?.name ?? name;
    return privately(`${who} wordt uit ${g.subject} verwijderd.`);
  }
  return privately(`Niemand met de naam "${name}" zit in een groep van ${region.name}. Zie /groep leden.`);
}

/** `/groep uitleg [wijk]`: what the gemeente pastes into an old ad-hoc group. */
async function explain(shared: GroupsContext, ctx: CommandContext, words: string): Promise<Reply> {
  const region = shared.region(ctx.person?.region ?? ctx.region);
  const wijk = region && words ? shared.findWijk(region, words) : undefined;
  const where = wijk?.name ?? region?.name ?? "de wijk";
  return privately(
    [
      "Plak dit bericht in de oude groep:",
      "",
      `We stappen over naar de groep "Schoolveiligheid ${where}", beheerd door de gemeente met de Convenantbot. Wie in het rooster van het netwerk staat, krijgt de uitnodigingslink privé van de bot; wie die niet kreeg, vraagt de gemeente om een uitnodiging (/aanmelden met de code). In de nieuwe groep beantwoordt de bot vragen over het convenant ("vraag wie is de wijkagent?"), komen de herinneringen voor het overleg en de meldingen van de gemeente. Deel er geen namen of andere persoonsgegevens van leerlingen of ouders; een signaal meld je anoniem in een eigen chat met de bot (/signaal). Bij nood: 112. Deze oude groep gebruiken we daarna niet meer.`,
    ].join("\n"),
  );
}
