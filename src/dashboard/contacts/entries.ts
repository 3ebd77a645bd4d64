/**
 * A contact as the dashboard's form and a pasted contacts.yaml give it, checked against the
 * region (its roles, schools and wijken), and how a contact's role and place are named.
 */
import { parse } from "yaml";
import { z } from "zod";
import {
  type Contact,
  contactsFileSchema,
  type KnowledgeBase,
  type RegionKnowledge,
} from "../../knowledge/schema.ts";

/** What the form and the import give for one contact. */
export interface Entry {
  role: string;
  school?: string;
  wijk?: string;
  name: string;
  phone?: string;
  email?: string;
}

export const placeKey = (e: { role: string; school?: string | undefined; wijk?: string | undefined }) =>
  `${e.role}/${e.school ?? ""}/${e.wijk ?? ""}`;

/** The name of a role, and of the school, wijk or region a contact is for. */
export const roleName = (knowledge: KnowledgeBase, id: string) =>
  knowledge.vocabulary.roles.find((r) => r.id === id)?.nl ?? id;
export const place = (
  region: RegionKnowledge,
  c: { school?: string | undefined; wijk?: string | undefined },
) =>
  region.schools.find((s) => s.id === c.school)?.name ??
  region.wijken.find((w) => w.id === c.wijk)?.name ??
  region.name;

/** A place typed as a name ("Klimboom", "Buytenwegh") or given as an id. */
function findPlace(region: RegionKnowledge, text: string): { school?: string; wijk?: string } | undefined {
  const t = text.trim().toLowerCase();
  if (!t || t === region.name.toLowerCase() || t === region.id) return {};
  const school = region.schools.find(
    (s) =>
      s.id === t ||
      s.name.toLowerCase() === t ||
      s.aliases.some((a) => a.toLowerCase() === t) ||
      s.name.toLowerCase().endsWith(` ${t}`),
  );
  if (school) return { school: school.id };
  const wijk = region.wijken.find(
    (w) => w.id === t || w.name.toLowerCase() === t || w.aliases.some((a) => a.toLowerCase() === t),
  );
  return wijk ? { wijk: wijk.id } : undefined;
}

/** The form's fields as a contact of the region, or what is wrong with them. */
export function fromForm(
  knowledge: KnowledgeBase,
  region: RegionKnowledge,
  f: URLSearchParams,
): Entry | string {
  const role = f.get("rol") ?? "";
  if (!knowledge.vocabulary.roles.some((r) => r.id === role)) return "Kies een rol uit de lijst.";
  const where = findPlace(region, f.get("plek") ?? "");
  if (!where) return `"${f.get("plek")}" is geen school of wijk van ${region.name}.`;
  const name = (f.get("naam") ?? "").replace(/\s+/g, " ").trim().slice(0, 120);
  if (!name) return "Vul een naam in.";
  const phone = (f.get("telefoon") ?? "").trim().slice(0, 40);
  if (phone && !/^[+\d][\d ()-]{5,}$/.test(phone)) return `"${phone}" is geen telefoonnummer.`;
  const email = (f.get("email") ?? "").trim().slice(0, 200);
  if (email && !z.email().safeParse(email).success) return `"${email}" is geen e-mailadres.`;
  return { role, ...where, name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

/** The contacts of a pasted contacts.yaml, checked against the region; or the problems. */
export function fromYaml(
  knowledge: KnowledgeBase,
  region: RegionKnowledge,
  text: string,
): Entry[] | string[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    return [`Dit is geen geldige YAML: ${(e as Error).message.split("\n")[0]}`];
  }
  const file = contactsFileSchema.safeParse(raw);
  if (!file.success)
    return file.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "bestand"}: ${i.message}`);
  const problems: string[] = [];
  file.data.contacts.forEach((c: Contact, i) => {
    if (!knowledge.vocabulary.roles.some((r) => r.id === c.role))
      problems.push(`contacts.${i}: de rol "${c.role}" bestaat niet.`);
    if (c.school && !region.schools.some((s) => s.id === c.school))
      problems.push(`contacts.${i}: de school "${c.school}" hoort niet bij ${region.name}.`);
    if (c.wijk && !region.wijken.some((w) => w.id === c.wijk))
      problems.push(`contacts.${i}: de wijk "${c.wijk}" hoort niet bij ${region.name}.`);
  });
  if (problems.length > 0) return problems;
  return file.data.contacts.map((c) => ({
    role: c.role,
    ...(c.school ? { school: c.school } : {}),
    ...(c.wijk ? { wijk: c.wijk } : {}),
    name: c.name,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
  }));
}
