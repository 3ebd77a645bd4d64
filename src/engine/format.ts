/** Building blocks of answer texts: language choice, citations, rhythms, contacts. */
import type { Contact, Overleg, Provision, RegionKnowledge } from "../knowledge/schema.ts";
import type { KnowledgeLookup } from "./context.ts";
import type { Language } from "./language.ts";
import type { Source } from "./types.ts";

/** The text with its first letter a capital ("het Leids convenant" at a sentence's start). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function t(lang: Language, nl: string, en: string): string {
  return lang === "nl" ? nl : en;
}

/** "het Leids convenant ... (Leiden)" */
export function covenantName(region: RegionKnowledge): string {
  return `${region.covenant.short} (${region.name})`;
}

export function provisionSource(region: RegionKnowledge, p: Provision): Source {
  return { covenant: region.id, ref: p.ref, title: p.title, id: p.id };
}

export function sourcesOf(kb: KnowledgeLookup, ids: readonly string[]): Source[] {
  const out: Source[] = [];
  for (const id of ids) {
    const found = kb.provisions.get(id);
    if (found) out.push(provisionSource(found.region, found.provision));
  }
  return out;
}

/** The citation line: "Bron: <covenant> (<region>), <ref> (<title>)." grouped per covenant. */
export function citation(kb: KnowledgeLookup, sources: readonly Source[], lang: Language): string {
  const byCovenant = new Map<string, string[]>();
  for (const s of sources) {
    const list = byCovenant.get(s.covenant) ?? [];
    // A ref such as "§ 5.1 Overlegstructuur - Signaaloverleg" already says what it is.
    const part =
      s.covenant === "guidance"
        ? `${s.title} (${s.ref})`
        : s.ref.length > 24
          ? s.ref
          : `${s.ref} (${s.title})`;
    if (!list.includes(part)) list.push(part);
    byCovenant.set(s.covenant, list);
  }
  const parts: string[] = [];
  for (const [cov, refs] of byCovenant) {
    if (cov === "guidance")
      parts.push(`${t(lang, "algemene richtlijn", "general guidance")}: ${refs.join("; ")}`);
    else parts.push(`${covenantName(kb.region(cov))}, ${refs.join("; ")}`);
  }
  const label = parts.length > 1 ? t(lang, "Bronnen", "Sources") : t(lang, "Bron", "Source");
  return `${label}: ${parts.join(" | ")}.`;
}

const WEEKS = { nl: "weken", en: "weeks" };

/** The rhythm as a sentence fragment in the answer language. */
export function rhythmText(o: Overleg, lang: Language): string {
  const r = o.rhythm;
  let s = r.text[lang];
  if (r.windowWeeks && !s.includes(String(r.windowWeeks)) && !s.includes("drie") && !s.includes("three")) {
    s += ` (${t(lang, "binnen", "within")} ${r.windowWeeks} ${WEEKS[lang]})`;
  }
  return s;
}

const dates = new Map<string, string>();

/** "1 oktober 2026"; toLocaleDateString is slow, and the contact dates are few. */
function formatDate(iso: string, lang: Language): string {
  const key = `${lang}|${iso}`;
  let s = dates.get(key);
  if (s === undefined) {
    s = formatDateOnce(iso, lang);
    if (dates.size < 10_000) dates.set(key, s);
  }
  return s;
}

/** Formats a date in both languages once, so the first contact line does not wait for the
 * date formats to load (see Engine.prepare). */
export function prepareDates(): void {
  for (const lang of ["nl", "en"] as const) formatDateOnce("2026-01-01", lang);
}

function formatDateOnce(iso: string, lang: Language): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  });
}

/** "Naam, 079 ..., mail@... (laatst bevestigd op 1 oktober 2026; voorbeeldgegevens)" */
export function contactLine(c: Contact, lang: Language, sample: boolean): string {
  const reach = [c.phone, c.email].filter(Boolean).join(", ");
  const checked = `${t(lang, "laatst bevestigd op", "last confirmed on")} ${formatDate(c.verified, lang)}`;
  const demo = sample ? `; ${t(lang, "fictieve voorbeeldgegevens", "fictional sample data")}` : "";
  return `${c.name}${reach ? `, ${reach}` : ""} (${checked}${demo})`;
}

export function contactSource(region: RegionKnowledge, lang: Language): Source {
  return {
    covenant: region.id,
    ref: t(lang, "contactoverzicht", "contact list"),
    title: t(lang, `Contactoverzicht gemeente ${region.name}`, `Municipal contact list ${region.name}`),
  };
}

/** Joins phrases as "a, b en c". */
export function list(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t(lang, "en", "and")} ${items[items.length - 1]}`;
}
