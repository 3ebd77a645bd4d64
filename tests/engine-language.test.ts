import { describe, expect, it } from "vitest";
import { EntityIndex } from "../src/engine/entities.ts";
import { detectLanguage } from "../src/engine/language.ts";
import { normalize, tokenize } from "../src/engine/text.ts";
import { realEngine, realKnowledge } from "./helpers.ts";

const index = EntityIndex.fromKnowledge(realKnowledge());
const ids = (q: string) => index.find(q).flatMap((m) => m.entities.map((e) => `${e.kind}:${e.id}`));
const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

describe("normalising chat text", () => {
  it("drops case, diacritics and punctuation and expands chat shortcuts", () => {
    expect(normalize("Wie's de Coördinator vd school?!")).toBe("wie is de coordinator van de school");
    expect(normalize("hoevaak is t overleg")).toBe("hoe vaak is het overleg");
  });
});

describe("resolving entities", () => {
  it("finds schools by alias, without the IKC/KC/Kb prefix and the article", () => {
    expect(ids("wie is de wijkagent voor IKC Klimboom")).toContain("school:klimboom");
    expect(ids("de jacobsvlinder")).toContain("school:jacobsvlinder");
    expect(ids("Kb De Jacobsvlinder")).toContain("school:jacobsvlinder");
    expect(ids("locatie cygnus")).toEqual(["school:oostwijzer"]);
  });

  it("tolerates typos and words typed apart or together", () => {
    expect(ids("klimbom")).toContain("school:klimboom");
    expect(ids("segwaert")).toContain("wijk:seghwaert");
    expect(ids("wijk agent")).toContain("role:wijkagent");
    expect(ids("signaal overleg")).toContain("meeting:signaaloverleg");
    expect(ids("vijfpilaren")).toContain("school:vijf-pilaren");
    // A short word one letter off, after the name's own first word; not after an article alone.
    expect(ids("kc de entre")).toContain("school:entree");
    expect(ids("de entre")).not.toContain("school:entree");
  });

  it("does not match short everyday words by accident", () => {
    expect(ids("ik vond het om 9 uur vervelend")).toEqual([]);
    expect(ids("overleg tussen school en politie")).not.toContain("school:vonk");
  });

  it("reports two equally good readings together", () => {
    const m = index.find("da vinci").find((x) => x.text === "da vinci");
    expect(m?.entities.map((e) => e.region).sort()).toEqual(["leiden", "leiden", "leiden", "zoetermeer"]);
  });
});

describe("detecting the language", () => {
  const lang = (q: string) => detectLanguage(tokenize(normalize(q)));
  it("tells Dutch from English in short chat messages", () => {
    expect(lang("wie is de wijkagent voor IKC Klimboom?")).toBe("nl");
    expect(lang("may I share camera footage with the police?")).toBe("en");
    expect(lang("hoevaak is t signaaloverleg")).toBe("nl");
    expect(lang("who's the wijkagent for passe partout")).toBe("en");
    expect(lang("Klimboom")).toBe("nl");
    // "school" is a word of both languages.
    expect(lang("vaste jongerenwerker per school in wf?")).toBe("nl");
    expect(lang("which school in hoorn")).toBe("en");
    expect(lang("weapon in school bag")).toBe("en");
    // No function word, or as many of each: an English word that is no Dutch one tells.
    expect(lang("auto renewal?")).toBe("en");
    expect(lang("taakaccenthouder meaning")).toBe("en");
    expect(lang("halt almere?")).toBe("nl");
    expect(lang("signaaloverleg leerplicht")).toBe("nl");
    expect(lang("school camera")).toBe("nl");
    // A word written with Dutch accents stays Dutch, read without them.
    for (const q of ["coördinator veiligheid almere?", "conciërge melding"])
      expect(ask(q, "almere").language, q).toBe("nl");
    expect(ask("auto renewal?", "leiden").answer).toMatch(/two years/);
    // Chat shortcuts are written out: "hv vaak" is "hoe vaak".
    expect(ask("kerngroep almree hv vaak", "almere").answer).toMatch(/viermaal per jaar/);
  });
});
