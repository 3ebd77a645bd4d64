/**
 * Generates a national-scale knowledge base for the benchmark: ~340 municipalities, each with
 * a copy of one of the five real covenants (renamed), ~26 schools spread over a few wijken,
 * and overleggen, written as YAML files so that loading is measured for real.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";

const WORDS = (
  "eik beuk linde wilg berk esdoorn kastanje hazelaar vlier meidoorn lijster merel mees specht uil valk reiger zwaluw " +
  "kievit grutto ooievaar zon maan ster komeet planeet regenboog wolk bron beek rivier meer duin heide polder akker " +
  "weide molen brug toren poort haven kompas anker zeil vlot kano roos tulp narcis iris klaproos zonnebloem lavendel " +
  "klimop vlinder libel bij hommel mier kever egel vos das otter bever hert haas konijn eekhoorn pad kikker salamander " +
  "parel robijn saffier smaragd kristal diamant goud zilver koper tin mozaiek palet penseel pen boek atlas globe " +
  "lantaarn kaars vuur water wind aarde horizon kim dageraad schemer lente zomer herfst winter regen sneeuw hagel " +
  "dauw mist storm bries golf branding strand kust eiland schip vloot kapitein piloot ontdekker reiziger pionier"
).split(" ");
const PREFIX = ["", "De ", "Het ", "IKC ", "KC ", "Kb De ", "OBS De ", "CBS Het "];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Writes the generated knowledge base into `dir` and returns the number of schools. */
export function writeNationalKnowledge(
  real: KnowledgeBase,
  dir: string,
  municipalities = 340,
  schoolsPer = 26,
): number {
  const regions: Array<{ id: string; name: string; aliases: string[] }> = [];
  let schoolCount = 0;
  const used = new Set<string>();
  let w = 0;
  const nextName = () => {
    for (;;) {
      const a = WORDS[w % WORDS.length] as string;
      const b = WORDS[Math.floor(w / WORDS.length) % WORDS.length] as string;
      w += 7;
      const name = `${cap(a)}${b}`;
      if (!used.has(name) && a !== b) {
        used.add(name);
        return name;
      }
    }
  };
  for (let m = 0; m < municipalities; m++) {
    const template = real.regions[m % real.regions.length];
    if (!template) throw new Error("no template region");
    const id = `gemeente-${String(m + 1).padStart(3, "0")}`;
    const name = `Gemeente ${nextName()}`;
    regions.push({ id, name, aliases: [name.toLowerCase()] });
    const rdir = join(dir, id);
    mkdirSync(rdir, { recursive: true });
    const rename = <T>(v: T): T => JSON.parse(JSON.stringify(v).replaceAll(`${template.id}/`, `${id}/`));
    const covenant = rename({ ...template.covenant, id, short: `het convenant van ${name}` });
    writeFileSync(join(rdir, "covenant.yaml"), stringify(covenant));
    const wijken = Array.from({ length: 5 }, (_, i) => ({
      id: `wijk-${i + 1}`,
      name: `${nextName()}wijk`,
      aliases: [] as string[],
      ref: "bijlage 4",
      partners: ["Wijkregisseur", "Wijkagent"],
      agreements: { nl: ["Eén keer per jaar overleg."], en: ["A meeting once a year."] },
      focus: { nl: ["Preventie."], en: ["Prevention."] },
    }));
    for (const wk of wijken) wk.aliases.push(wk.name.toLowerCase());
    const schools = Array.from({ length: schoolsPer }, (_, i) => {
      const base = nextName();
      const full = `${PREFIX[i % PREFIX.length]}${base}`;
      return {
        id: `s${i + 1}`,
        name: full,
        type: "PO",
        wijk: wijken[i % wijken.length]?.id ?? null,
        aliases: [base.toLowerCase()],
      };
    });
    schoolCount += schools.length;
    writeFileSync(
      join(rdir, "schools.yaml"),
      stringify({ source: { ref: "bijlage 1" }, schools, boards: [] }),
    );
    writeFileSync(join(rdir, "wijken.yaml"), stringify({ wijken }));
    writeFileSync(
      join(rdir, "overleggen.yaml"),
      stringify({ overleggen: rename(template.overleggen.filter((o) => !o.wijk)) }),
    );
    writeFileSync(
      join(rdir, "roles.yaml"),
      stringify({ whoToAsk: template.whoToAsk, roles: rename(template.roles) }),
    );
    const contacts = wijken.slice(0, 2).map((wk) => ({
      role: "wijkagent",
      wijk: wk.id,
      name: `Agent ${wk.name}`,
      phone: "0900 000 0000",
      email: "agent@example.org",
      verified: "2026-10-01",
    }));
    writeFileSync(join(rdir, "units.yaml"), stringify({ units: rename(template.units) }));
    writeFileSync(join(rdir, "contacts.yaml"), stringify({ sample: true, contacts }));
  }
  mkdirSync(join(dir, "guidance"), { recursive: true });
  writeFileSync(
    join(dir, "guidance", "guidance.yaml"),
    stringify({ items: real.guidance, publicContacts: real.publicContacts }),
  );
  writeFileSync(join(dir, "vocabulary.yaml"), stringify({ ...real.vocabulary, regions }));
  writeFileSync(join(dir, "lexicon.yaml"), stringify(real.lexicon));
  writeFileSync(join(dir, "guidance", "units.yaml"), stringify({ units: real.guidanceUnits }));
  return schoolCount;
}
