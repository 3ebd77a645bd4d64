/** "Wie is de wijkagent voor IKC Klimboom?": who holds a role for a school, wijk or region. */
import type { Contact, RegionKnowledge, School, Wijk } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import type { Entity } from "../entities.ts";
import { capitalise, contactLine, contactSource, sourcesOf, t } from "../format.ts";
import { asksPerson, asksWho } from "../intents.ts";
import { normalize } from "../text.ts";
import type { Answer, Source } from "../types.ts";
import { askGemeente, whoToAsk } from "./ask-next.ts";
import { clarifyRegion } from "./clarify.ts";
import { result } from "./result.ts";

function findContact(
  ctx: Ctx,
  region: RegionKnowledge,
  role: string,
  school?: School,
  wijk?: Wijk | null,
): Contact | undefined {
  // Who joined for the role (the roster) goes before the contact list the knowledge base ships.
  const current = (ctx.contacts ?? []).filter((c) => c.region === region.id);
  const forRole = [...current, ...region.contacts].filter((c) => c.role === role);
  return (
    (school && forRole.find((c) => c.school === school.id)) ||
    (wijk && forRole.find((c) => c.wijk === wijk.id)) ||
    forRole.find((c) => !c.school && !c.wijk)
  );
}

export function answerContact(ctx: Ctx, role: Entity): Answer {
  const { kb, q } = ctx;
  const lang = q.lang;
  const schoolEntity = q.schools[0];
  const wijkEntity = q.wijken[0];
  const regionId =
    schoolEntity?.region ?? wijkEntity?.region ?? (q.regions.length === 1 ? q.regions[0] : undefined);
  const roleName = kb.roleLabel(role.id, lang);
  const national = kb.kb.publicContacts.find((c) => c.role === role.id);
  if (national) {
    return result(ctx, {
      intent: "contact",
      facts: [`${national.name}: ${national.phone} (${national.note[lang]}).`],
      sources: [{ covenant: "guidance", ref: national.source, title: national.name }],
      confidence: 0.95,
      regions: [],
    });
  }
  if (!regionId)
    return clarifyRegion(
      ctx,
      t(
        lang,
        `Voor welke school, wijk of regio zoek je de ${roleName}?`,
        `Which school, district or region do you need the ${roleName} for?`,
      ),
    );

  const region = kb.region(regionId);
  const school = schoolEntity ? kb.school(region.id, schoolEntity.id) : undefined;
  const wijkId = wijkEntity?.id ?? school?.wijk ?? null;
  const wijk = wijkId ? kb.wijk(region.id, wijkId) : undefined;
  const roleInfo = region.roles.find((r) => r.role === role.id);
  const sources: Source[] = roleInfo ? sourcesOf(kb, roleInfo.refs.slice(0, 1)) : [];
  const facts: string[] = [];
  const target = school?.name ?? wijk?.name ?? region.name;

  if (school && wijk) {
    facts.push(
      t(
        lang,
        `${school.name} ligt in de wijk ${wijk.name} (${region.name}).`,
        `${school.name} is in the ${wijk.name} district (${region.name}).`,
      ),
    );
    sources.push({ covenant: region.id, ref: wijk.ref, title: `Wijkplan ${wijk.name}` });
  } else if (school && region.wijken.length > 0 && !school.wijk) {
    facts.push(
      t(
        lang,
        `${school.name} staat in bijlage 1, maar geen wijkplan noemt deze school; het convenant koppelt haar dus niet aan een wijk.`,
        `${school.name} is listed in annex 1, but no district plan names it, so the covenant does not link it to a district.`,
      ),
    );
    sources.push({
      covenant: region.id,
      ref: "bijlage 1",
      title: t(lang, "Overzicht basisscholen", "List of schools"),
    });
  }

  const contact = findContact(ctx, region, role.id, school, wijk);
  const fromRoster = !!contact && (ctx.contacts ?? []).includes(contact as Contact & { region: string });
  if (contact) {
    const scope = contact.school ? target : contact.wijk && wijk ? wijk.name : region.name;
    facts.push(
      t(
        lang,
        `De ${roleName} voor ${scope} is ${contactLine(contact, lang, !fromRoster && region.contactsAreSample)}.`,
        `The ${roleName} for ${scope} is ${contactLine(contact, lang, !fromRoster && region.contactsAreSample)}.`,
      ),
    );
    sources.push(contactSource(region, lang));
    // The shipped demo list is shown as such, but nobody real is known yet: not answered.
    const sample = !fromRoster && region.contactsAreSample && asksPerson(ctx.q);
    const answer = result(ctx, { intent: "contact", facts, sources, confidence: 0.95, regions: [region.id] });
    return sample ? kept(answer, "sample-contact") : answer;
  }

  const scopeName = wijk?.name ?? school?.name ?? region.name;
  facts.push(
    t(
      lang,
      `De ${roleName} voor ${scopeName} staat nog niet in het contactoverzicht van de gemeente.`,
      `The ${roleName} for ${scopeName} is not yet in the municipality's contact list.`,
    ),
  );
  // Office holders who signed the covenant (burgemeester, wethouder, teamchef) are named there.
  const signed = signatoriesFor(kb, region, role.id);
  if (signed.length > 0) {
    facts.push(
      t(
        lang,
        `Het convenant is ondertekend door: ${signed.join("; ")}.`,
        `The covenant was signed by: ${signed.join("; ")}.`,
      ),
    );
    sources.push({
      covenant: region.id,
      ref: t(lang, "ondertekening", "signatures"),
      title: t(lang, "Ondertekening", "Signatures"),
    });
  }
  if (roleInfo) facts.push(`${capitalise(roleName)}: ${roleInfo[lang]}`);
  const next =
    school && !school.wijk && region.wijken.length > 0
      ? askOrGemeente(ctx, region)
      : whoToAsk(ctx, region, wijk?.id, role.id);
  // Who holds the role is what was asked: without a contact or a signature it is not answered;
  // nor when nothing but that is said (no duties of the role in this covenant, no wijk).
  // ("wijkagent naam bona ventura": a name asked for is who holds it.)
  const unknown =
    signed.length === 0 &&
    (asksWho(ctx.q) || /\b(?:naam|name)\b/.test(ctx.q.normalized) || facts.length === 1);
  const answer = result(ctx, {
    intent: "contact",
    facts,
    sources,
    next,
    confidence: 0.8,
    regions: [region.id],
  });
  return unknown ? kept(answer, "no-contact") : answer;
}

/** Said, but not counted as answered: the person asked for is not known; kept for the coordinator. */
function kept(answer: Answer, reason: "no-contact" | "sample-contact"): Answer {
  return { ...answer, answered: false, unanswered: reason };
}

function askOrGemeente(ctx: Ctx, region: RegionKnowledge): string {
  return region.whoToAsk.role === "wijkregisseur"
    ? t(ctx.q.lang, `Vraag het de gemeente ${region.name}.`, `Ask the municipality of ${region.name}.`)
    : askGemeente(ctx);
}

/** Signatories whose function names the role ("Burgemeester", "Wethouder onderwijs"). */
function signatoriesFor(kb: Ctx["kb"], region: RegionKnowledge, role: string): string[] {
  const r = kb.kb.vocabulary.roles.find((x) => x.id === role);
  if (!r) return [];
  const names = [r.nl, ...r.aliases].map((a) => normalize(a)).filter((a) => a.length >= 5);
  return region.covenant.signatories
    .filter((s) => {
      const fn = normalize(s.function);
      return names.some((n) => fn.includes(n));
    })
    .map((s) => `${s.name} (${s.function}, ${s.organisation})`);
}
