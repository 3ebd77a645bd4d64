/**
 * What the knowledge base says is not personal: names of schools, boards, wijken, regions and
 * covenant parties, role words, and the public numbers and mailboxes of its contacts; and the
 * names of public figures, named as themselves (what stands around a word: contexts.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import { phoneDigits } from "./lines.ts";
import type { Range } from "./types.ts";

export interface NotPersonal {
  /** Lower-case phrases; where one occurs in a text, nothing in it is a name. */
  phrases: string[];
  /** Role words that, like "leerplichtambtenaar", come before a person's name. */
  roles: Set<string>;
  phones: Set<string>;
  emails: Set<string>;
}

export const NOTHING_KNOWN: NotPersonal = {
  phrases: [],
  roles: new Set(),
  phones: new Set(),
  emails: new Set(),
};

const cache = new WeakMap<KnowledgeBase, NotPersonal>();

/** Public figures named as themselves (data/public-figures.txt), lower case, read once; the people
 * among them are listed before the brands and titles, and a child may be named after one of them. */
const PEOPLE = new Set<string>();
const PUBLIC_FIGURES: string[] = [];
{
  let brands = false;
  for (const line of readFileSync(join(import.meta.dirname, "data", "public-figures.txt"), "utf8").split(
    "\n",
  )) {
    const l = line.trim().toLowerCase();
    if (l.startsWith("# brands and titles")) brands = true;
    if (l.length === 0 || l.startsWith("#")) continue;
    PUBLIC_FIGURES.push(l);
    if (!brands) PEOPLE.add(l);
  }
}

export function notPersonal(kb: KnowledgeBase | undefined): NotPersonal {
  if (!kb) return NOTHING_KNOWN;
  const hit = cache.get(kb);
  if (hit) return hit;
  const phrases = new Set<string>();
  const add = (s: string) => {
    const p = s
      .toLowerCase()
      .replace(/\s*\(.*?\)\s*/g, " ")
      .trim();
    if (p.length >= 4) phrases.add(p);
  };
  for (const r of kb.vocabulary.regions) [r.name, ...r.aliases].forEach(add);
  const roles = new Set<string>();
  for (const r of kb.vocabulary.roles) {
    for (const a of [r.nl, ...r.aliases]) {
      if (r.kind === "organisation") add(a);
      else if (!/\s/.test(a)) roles.add(a.toLowerCase());
    }
  }
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const region of kb.regions) {
    [region.name, ...region.covenant.parties].forEach(add);
    for (const s of region.schools) [s.name, ...s.aliases].forEach(add);
    for (const b of region.boards) [b.name, ...b.aliases].forEach(add);
    for (const w of region.wijken) [w.name, ...w.aliases].forEach(add);
    for (const c of region.contacts) {
      if (c.phone) phones.add(phoneDigits(c.phone).replace(/^\+31/, "0"));
      if (c.email) emails.add(c.email.toLowerCase());
    }
  }
  for (const c of kb.publicContacts) phones.add(phoneDigits(c.phone).replace(/^\+31/, "0"));
  for (const f of PUBLIC_FIGURES) phrases.add(f);
  const known = { phrases: [...phrases].sort((a, b) => b.length - a.length), roles, phones, emails };
  cache.set(kb, known);
  return known;
}

/** Where the known phrases occur in the text, as whole words. */
export function knownRanges(text: string, known: Pick<NotPersonal, "phrases">): Range[] {
  const lower = text.toLowerCase();
  const out: Range[] = [];
  for (const p of known.phrases) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
      // ("Harry Potters", "Albert Heijns": a plural or a possessive is the same name.)
      const end = at + p.length + (/^['’]?s(?![\p{L}\d])/u.exec(lower.slice(at + p.length))?.[0].length ?? 0);
      if (/[\p{L}\d]/u.test(lower[at - 1] ?? "") || /[\p{L}\d]/u.test(lower[end] ?? "")) continue;
      // A public figure's name given to a child: "mijn zoon Willem-Alexander", "Bassie en Adriaan
      // Jansen (groep 6)": a person word before it, or a surname or class after it.
      if (
        PEOPLE.has(p) &&
        (/\b(?:mijn|onze|zoon|dochter|heet|heten|ben|vader|moeder|broer|zus|leerling|my|son|daughter|called)\s*$/i.test(
          text.slice(Math.max(0, at - 20), at),
        ) ||
          /^\s+(?:\p{Lu}|(?:van|de|der|den|ter|ten)\s)|^\s*\((?:groep|klas|\d)|^\s*,\s*\d{1,2}\s*(?:jaar|years?)/u.test(
            text.slice(end),
          ))
      )
        continue;
      out.push({ start: at, end });
    }
  }
  return out;
}

/** Where public figures are named (data/public-figures.txt). */
export function publicFigureRanges(text: string): Range[] {
  return knownRanges(text, { phrases: PUBLIC_FIGURES });
}
