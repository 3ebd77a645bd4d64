import { describe, expect, it } from "vitest";
import { articleAsked, inArticle, refsOf } from "../src/engine/articles.ts";
import { realEngine } from "./helpers.ts";

const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

describe("a covenant's articles by number", () => {
  it("reads the number asked and the numbers of each covenant's refs, not a law's article", () => {
    expect(articleAsked("wat staat er in artikel 8 lid 3?")).toMatchObject({ kind: "art", numbers: [8, 3] });
    expect(articleAsked("ff snel, art 6 gaat over?")).toMatchObject({ kind: "art", numbers: [6] });
    expect(articleAsked("what does section 5.2 cover")).toMatchObject({ kind: "art", numbers: [5, 2] });
    expect(articleAsked("staat dat in bijlage II?")).toMatchObject({ kind: "bijlage", numbers: [2] });
    expect(articleAsked("mag dat volgens art. 6 avg?")).toBeUndefined();
    expect(articleAsked("article 19 of the wpg")).toBeUndefined();
    expect(refsOf("art. 6 lid 2")).toEqual([{ kind: "art", numbers: [6, 2] }]);
    expect(refsOf("Bijlage I en § 5.1")).toEqual([
      { kind: "art", numbers: [5, 1] },
      { kind: "bijlage", numbers: [1] },
    ]);
    expect(refsOf("bijlage 2 (art. 4 lid 1 AVG)")).toEqual([{ kind: "bijlage", numbers: [2] }]);
    // Article 2.10 is no part of article 2.1.
    expect(inArticle("art. 2.10", { kind: "art", numbers: [2, 1] })).toBe(false);
    expect(inArticle("art. 2.10", { kind: "art", numbers: [2] })).toBe(true);
  });

  it("tells an article's heading and what its parts say", () => {
    const a = ask("ff snel, art 6 zoetermeer convenant gaat over?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(
      /^Artikel 6 van het Zoetermeerse convenant schoolveiligheid \(PO\) heet “Geldigheid en evaluatie”/,
    );
    expect(a.answer).toMatch(/- art\. 6\.3: Het convenant wordt elke twee jaar/);
    const en = ask("what does section 8 of the alphen covenant cover?");
    expect(en.answer).toMatch(/^Article 8 of .* is headed “Duur van de overeenkomst”/);
    expect(ask("wat staat er in hoofdstuk 5 van het leidse convenant?").answer).toMatch(
      /^§ 5 van het Leids convenant .* heet “Samenwerking en afstemming”[\s\S]*- § 5\.1/,
    );
  });

  it("says so when the covenant has no such article, and answers a question about its content as any other", () => {
    const a = ask("wat staat er in artikel 12 van het almeerse convenant?");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(
      /^Artikel 12: die heeft het Almeerse convenant .* niet; de artikelen lopen tot 11/,
    );
    // A question that asks more of a number is asked as any question: the number may be a law's
    // article the covenant cites, or a sub-article written short ("artikel 8" for 2.8).
    expect(ask("wat zegt artikel 8 over subsidie voor trainingen?", "zoetermeer").answer).not.toMatch(
      /die heeft/,
    );
    // An annex of definitions lists its terms; the last article is known by its heading alone.
    expect(ask("bijlage 2", "zoetermeer").answer).toMatch(/heet “Definities”[\s\S]*- bijlage 2: Convenant:/);
    expect(ask("art 13", "west-friesland").answer).toMatch(/^Artikel 13 .* heet “Ondertekening”/);
    // No annex in the covenant: the schools it covers are no annex of it.
    expect(ask("wat staat er in bijlage 1?", "alphen-aan-den-rijn").answer).not.toMatch(/scholen/);
    // Several articles: each; no region: which covenant.
    expect(ask("art 2 t/m 4", "zoetermeer").answer).toMatch(
      /“De rol van de gemeente”[\s\S]*“De rol van de school”[\s\S]*“De rol van de politie”/,
    );
    // Lids after a lid; a lid the knowledge base does not hold; a question of when is none of these.
    expect(ask("art 6 lid 1 en 2", "zoetermeer").answer).toMatch(/- art\. 6\.1:[\s\S]*- art\. 6\.2:/);
    expect(ask("art 6 lid 4", "almere").answer).toMatch(
      /dat deel vind ik niet .*; wel art\. 6 lid 1, art\. 6 lid 2, art\. 6 lid 3/,
    );
    expect(ask("art 6 om 14:00 of 15:00?", "zoetermeer").answer).not.toMatch(/Artikel 6/);
    expect(ask("art 2 t/m 14", "zoetermeer").answer).not.toMatch(/^Artikel 2 van/);
    const which = ask("wat staat er in artikel 3?");
    expect(which.answered).toBe(false);
    expect(which.answer).toMatch(
      /^Welk convenant bedoel je\?\n1\. Zoetermeer: artikel 3 “De rol van de school”/,
    );
    // More asked than the article: the question's own subject decides.
    expect(ask("in welk artikel staat hoe vaak het signaaloverleg is?", "leiden").answer).not.toMatch(
      /vind ik geen/,
    );
    expect(ask("mag de school volgens art. 6 avg camerabeelden delen?", "almere").answer).not.toMatch(
      /vind ik geen/,
    );
  });

  it("reads an article named with what is asked of it, a section's number on its own, and a single part whole", () => {
    // The article named keeps the answer to its own facts.
    const so = ask("art 5 lid 2 so and sbo meeting, how many times a yr", "almere");
    expect(so.answered).toBe(true);
    expect(so.answer).toMatch(/three times a year/);
    expect(ask("art 3 lid 2 what about the proces-verbaal", "almere").answer).toMatch(/Public Prosecution/);
    // (Not a number the asker is unsure of.)
    expect(articleAsked("5.10 wat staat er over verzuim")).toMatchObject({ kind: "art", numbers: [5, 10] });
    expect(articleAsked("wat zegt 9.2 over info van het om")).toMatchObject({ kind: "art", numbers: [9, 2] });
    expect(articleAsked("wat staat er in 5.12")).toMatchObject({ kind: "art", numbers: [5, 12] });
    expect(articleAsked("de bus komt om 9.30")).toBeUndefined();
    expect(articleAsked("het kost 1.50 euro")).toBeUndefined();
    const missing = ask("wat staat er in 5.12", "west-friesland");
    expect(missing.answered).toBe(false);
    expect(missing.answer).toMatch(/^Artikel 5\.12: dat deel vind ik niet/);
    // One part is said whole, not its first sentence.
    expect(ask("wat staat er in bijlage 3", "zoetermeer").answer).toMatch(
      /proportionaliteit en subsidiariteit/,
    );
    expect(ask("what's in article 4.6", "zoetermeer").answer).toMatch(
      /in the background at preventive checks/,
    );
    // Where a thing is written is said by the provision itself; which wijken have a plan, by the list.
    const om = ask("under what article can the om share info with the school", "west-friesland").answer;
    expect(om).toMatch(/^Only in exceptional cases/);
    expect(om).toMatch(/art\. 9\.2/);
    expect(ask("which wijken have a wijkplan", "zoetermeer").answer).toMatch(
      /^Het Zoetermeerse convenant .* has 9 district plans/,
    );
    expect(ask("bijlage I welke definities staan erin", "leiden").answer).toMatch(
      /Begrippen: AVG, Betrokkene, Convenantpartner, .*Preventie/,
    );
    // "What does it say" asks what the article holds, even one the covenant does not have.
    expect(ask("alphen covenant article 9 what does it say", "alphen-aan-den-rijn").answer).toMatch(
      /^Article 9: .* has none; its articles go up to 8\./,
    );
    // A question of which ground gets no yes or no; one of in which case, the sentence that sets it.
    expect(
      ask(
        "according to annex 3 of the zoetermeer covenant, on what legal ground do the schools process pupil data?",
      ).answer,
    ).not.toMatch(/^No:/);
    expect(
      ask(
        "wat zegt bijlage 3 van het zoetermeerse convenant over wanneer je wel namen mag delen?",
        "zoetermeer",
      ).answer,
    ).toMatch(/Indien er sprake is van een situatie waarin de veiligheid van een kind/);
  });

  it("keeps a sixty-seventh cold review's attacks on the article rules", () => {
    // A wrong article named, or one the asker doubts, does not pick the answer.
    expect(ask("art 7 lid 1 hoe vaak is het overleg met so en sbo", "almere").answer).not.toMatch(
      /^Stedelijke kerngroep/,
    );
    expect(ask("art 10 lid 3 toch? wat is de opzegtermijn", "almere").answer).toMatch(/zes/);
    // A law's article, a time and a word ending in "in" are no article of the covenant.
    for (const text of [
      "wat staat er in 4.1 van de avg over persoonsgegevens",
      "wat zegt artikel 3 politiewet over gegevens verstrekken",
      "meeting begin 9.30?",
      "login 2.3?",
      "the invite says 10.30?",
    ])
      expect(articleAsked(text), text).toBeUndefined();
    // A role's part is no question of where it is written; a named role's article keeps its role.
    expect(ask("what part does halt play", "west-friesland").answer).toMatch(
      /Halt: Carries out Halt penalties/,
    );
    expect(ask("in welk artikel staat wat de wijkagent doet", "zoetermeer").answer).toMatch(/Wijkagent: /);
    // Almere's meetings are no wijkplannen; two lids asked are each said whole.
    expect(ask("which wijken have a po wijkoverleg", "almere").answer).not.toMatch(/district plans/);
    expect(ask("art 6 lid 1 en 2", "almere").answer).toMatch(/eenmaal per maand[\s\S]*de veiligheidsmanager/);
  });
});

describe("someone who cannot come", () => {
  it("offers the stand-in rule only when a meeting is what they cannot get to", () => {
    expect(
      ask("ik kan niet bij het overleg volgende week, wat wordt er van mij verwacht?", "west-friesland")
        .answer,
    ).toMatch(/niet naar een overleg kan komen/);
    for (const q of [
      "Ik kan niet bij de camerabeelden, wat moet ik doen?",
      "De politie kan niet bij het pand, wat nu?",
    ])
      expect(ask(q, "leiden").answer, q).not.toMatch(/vervangen|vervanger/);
  });
});
