import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildUnits, unmatchedEntries } from "../src/engine/units.ts";
import { KnowledgeError } from "../src/errors.ts";
import { loadKnowledge } from "../src/knowledge/loader.ts";
import { edit, knowledgeCopy, realKnowledge } from "./helpers.ts";

const copies: string[] = [];
function copy(): string {
  const dir = knowledgeCopy();
  copies.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of copies.splice(0)) rmSync(d, { recursive: true, force: true });
});

function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (e) {
    if (e instanceof KnowledgeError) return e;
    throw e;
  }
  throw new Error("expected the knowledge base to be rejected");
}

describe("the shipped knowledge base", () => {
  const kb = realKnowledge();
  const region = (id: string) => kb.regions.find((r) => r.id === id);

  it("has the five regions under their interface ids", () => {
    expect(kb.regions.map((r) => r.id).sort()).toEqual([
      "almere",
      "alphen-aan-den-rijn",
      "leiden",
      "west-friesland",
      "zoetermeer",
    ]);
  });

  it("lists all 51 schools of the Zoetermeer bijlage 1, and only four without a wijkplan", () => {
    const z = region("zoetermeer");
    expect(z?.schools).toHaveLength(51);
    expect(z?.wijken.map((w) => w.name)).toEqual([
      "Buytenwegh",
      "De Leyens",
      "Dorp-Driemanspolder",
      "Meerzicht",
      "Noordhove",
      "Oosterheem",
      "Palenstein",
      "Rokkeveen",
      "Seghwaert",
    ]);
    expect(z?.schools.filter((s) => !s.wijk).map((s) => s.name)).toEqual([
      "SO De Keerkring",
      "RK SBO De Horizon",
      "SO De Zwanenbloem (TOS/DSH)",
      "SO De Tamarinde (CMD)",
    ]);
  });

  it("gives every provision a region-prefixed id and both languages", () => {
    for (const r of kb.regions) {
      expect(r.covenant.provisions.length).toBeGreaterThan(25);
      for (const p of r.covenant.provisions) {
        expect(p.id.startsWith(`${r.id}/`)).toBe(true);
        expect(p.nl.length).toBeGreaterThan(20);
        expect(p.en.length).toBeGreaterThan(20);
      }
    }
  });

  it("has fixed the PDF extraction errors", () => {
    const all = JSON.stringify(kb);
    for (const wrong of ["invioed", "ledere", "creéren", "beinvioed", "voortvioei"])
      expect(all).not.toContain(wrong);
  });

  it("models the meeting rhythms machine-readably", () => {
    const signaal = region("leiden")?.overleggen.find((o) => o.type === "signaaloverleg");
    expect(signaal?.rhythm).toMatchObject({
      count: { min: 5, max: 5 },
      per: { unit: "year", every: 1 },
      windowWeeks: 3,
    });
    const werkgroep = region("west-friesland")?.overleggen.find((o) => o.type === "ambtelijke-werkgroep");
    expect(werkgroep?.rhythm).toMatchObject({ count: { min: 1, max: 1 }, per: { unit: "month", every: 2 } });
    const kerngroep = region("almere")?.overleggen.find((o) => o.type === "kerngroep");
    expect(kerngroep?.rhythm.count).toEqual({ min: 4, max: 4 });
  });

  it("keeps general guidance apart from covenant text, each item with a source", () => {
    expect(kb.guidance.length).toBeGreaterThanOrEqual(17);
    for (const g of kb.guidance) {
      expect(g.id.startsWith("guidance/")).toBe(true);
      expect(g.source.length).toBeGreaterThan(3);
    }
  });

  it("ships clearly fictional sample contacts", () => {
    const z = region("zoetermeer");
    expect(z?.contactsAreSample).toBe(true);
    for (const c of z?.contacts ?? []) expect(c.name).toMatch(/fictief/);
  });
});

describe("the loader's errors", () => {
  it("names file, path and problem for a schema error", () => {
    const dir = copy();
    edit(
      dir,
      "zoetermeer/schools.yaml",
      "    type: PO\n    wijk: buytenwegh",
      "    type: XX\n    wijk: buytenwegh",
    );
    const e = loadError(dir);
    expect(e.issues[0]).toMatchObject({ file: join("zoetermeer", "schools.yaml"), path: "schools[1].type" });
    expect(e.message).toMatch(/zoetermeer\/schools\.yaml at schools\[1\]\.type/);
  });

  it("reports a wijk that does not exist", () => {
    const dir = copy();
    edit(dir, "zoetermeer/schools.yaml", "wijk: buytenwegh", "wijk: buitenland");
    const e = loadError(dir);
    expect(e.issues).toContainEqual(
      expect.objectContaining({
        path: "schools[1].wijk",
        message: expect.stringMatching(/unknown wijk 'buitenland'/),
      }),
    );
  });

  it("reports a provision reference that does not exist", () => {
    const dir = copy();
    edit(dir, "leiden/overleggen.yaml", "leiden/5.1-signaaloverleg", "leiden/5.9-nergens");
    expect(loadError(dir).issues).toContainEqual(
      expect.objectContaining({
        file: join("leiden", "overleggen.yaml"),
        message: "unknown provision 'leiden/5.9-nergens'",
      }),
    );
  });

  it("reports YAML syntax errors with the file", () => {
    const dir = copy();
    writeFileSync(join(dir, "almere", "roles.yaml"), "whoToAsk: [unclosed\n");
    const e = loadError(dir);
    expect(e.issues[0]?.file).toBe(join("almere", "roles.yaml"));
    expect(e.issues[0]?.message).toMatch(/YAML syntax/);
  });

  it("reports a missing required file and an unknown region folder", () => {
    const dir = copy();
    rmSync(join(dir, "almere", "covenant.yaml"));
    mkdirSync(join(dir, "utrecht"));
    writeFileSync(join(dir, "utrecht", "covenant.yaml"), "id: utrecht\n");
    const e = loadError(dir);
    expect(e.issues).toContainEqual(
      expect.objectContaining({ file: join("almere", "covenant.yaml"), message: "file is missing" }),
    );
    expect(e.issues).toContainEqual(
      expect.objectContaining({ file: "utrecht", message: expect.stringMatching(/not a region/) }),
    );
  });

  it("rejects a contact with an invalid e-mail address and a topic that is not in the vocabulary", () => {
    const dir = copy();
    edit(dir, "zoetermeer/contacts.yaml", "wijkregisseur.buytenwegh@example.org", "not-an-email");
    const e = loadError(dir);
    expect(e.issues).toContainEqual(
      expect.objectContaining({ file: join("zoetermeer", "contacts.yaml"), path: "contacts[0].email" }),
    );
    const dir2 = copy();
    edit(dir2, "almere/covenant.yaml", "topics: [kluisjes]", "topics: [kluisjez]");
    expect(loadError(dir2).issues).toContainEqual(
      expect.objectContaining({ message: "unknown topic 'kluisjez'" }),
    );
    // A covenant that speaks of a guidance subject names guidance that exists.
    const dir3 = copy();
    edit(dir3, "almere/covenant.yaml", "guidance/meldcode,", "guidance/meldkode,");
    expect(loadError(dir3).issues).toContainEqual(
      expect.objectContaining({
        file: join("almere", "covenant.yaml"),
        message: "unknown guidance 'guidance/meldkode'",
      }),
    );
  });
});

describe("units and lexicon", () => {
  it("gives every paraphrase in units.yaml a unit to belong to", () => {
    expect(unmatchedEntries(realKnowledge())).toEqual([]);
  });

  it("makes every fact a unit with a source and text in both languages", () => {
    const units = buildUnits(realKnowledge());
    expect(units.length).toBeGreaterThan(500);
    for (const u of units) {
      expect(u.text.nl.length, u.id).toBeGreaterThan(0);
      expect(u.text.en.length, u.id).toBeGreaterThan(0);
      expect(u.source.ref.length, u.id).toBeGreaterThan(0);
    }
    // Each attribute of an overleg is its own unit.
    const signaal = units.filter((u) => u.id.startsWith("leiden/signaaloverleg#")).map((u) => u.attribute);
    expect(signaal).toEqual(expect.arrayContaining(["frequency", "organiser", "participants", "purpose"]));
  });
});
