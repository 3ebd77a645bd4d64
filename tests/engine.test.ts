import { describe, expect, it } from "vitest";
import { quoteFor } from "../src/engine/compose/quote.ts";
import { EntityIndex } from "../src/engine/entities.ts";
import { detectLanguage } from "../src/engine/language.ts";
import { rhythmOf } from "../src/engine/rhythm.ts";
import { normalize, tokenize } from "../src/engine/text.ts";
import { ConvenantbotError } from "../src/errors.ts";
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

describe("the covenant's own words", () => {
  it("stand under a single-fact answer, at most 55 words of them", () => {
    const a = ask("moeten we het handelingsprotocol van de gemeente helemaal 1 op 1 volgen?", "leiden");
    const line = a.answer.split("\n").find((l) => l.startsWith("Letterlijk: “"));
    expect(line).toContain("Het handelingsprotocol is een handreiking vanuit gemeente Leiden");
    expect(line?.split(/\s+/).length).toBeLessThanOrEqual(60);
    const en = ask("do we have to follow the handelingsprotocol exactly?", "leiden");
    expect(en.answer).toContain("In the covenant's words (Dutch): “");
  });

  it("stand under a two-fact answer too, shorter and once when both facts come from one passage", () => {
    const a = ask("How often is the Veilige School Overleg in Leiden and who organises it?");
    const line = a.answer.split("\n").find((l) => l.startsWith("In the covenant's words (Dutch): “"));
    expect(line).toContain("Minstens één keer per jaar komen, onder regie van de gemeente");
    expect(line?.match(/“/g)).toHaveLength(1);
    expect(line?.split(/\s+/).length).toBeLessThanOrEqual(44);
  });
});

describe("the school levels a covenant is for", () => {
  it("name the covenant, not a fact in it", () => {
    const a = ask("wanneer is het convenant in alphen aan den rijn voor vo en mbo getekend?");
    expect(a.answer.split("\n")[0]).toBe(
      "Ondertekening: Overeengekomen in Alphen aan den Rijn op 16 november 2022.",
    );
  });
});

describe("everyday words in the plural", () => {
  it("stand for the covenant's words as the singular does", () => {
    const a = ask("mogen we de kastjes van leerlingen zomaar openmaken?", "alphen-aan-den-rijn");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/bergvakken \(kluisjes\) te openen/);
  });
});

describe("everyday phrases of small words", () => {
  it("are evidence only where the lexicon marks them as saying what is asked", () => {
    // "tot wanneer", "let us know", "neemt het over", "what kind of" are chat, not a subject.
    const until = ask("tot wanneer geldt de leerplicht?", "leiden");
    expect(until.answered && /2026/.test(until.answer)).toBe(false);
    expect(ask("wie neemt het over als de politie op school komt?", "leiden").answer).not.toMatch(
      /laat zich vervangen/,
    );
    expect(ask("what kind of help can Halt give?", "west-friesland").answer).toMatch(/^Halt:/);
    // "year old" keeps its own word: the age rule answers.
    expect(ask("does the police contact tell parents about an 18-year-old?", "almere").answer).toMatch(
      /^Not for adults/,
    );
    // Signing "namens" someone asks who signed only with "wie".
    expect(ask("is het wijkplan Seghwaert namens de politie getekend?", "zoetermeer").answer).not.toMatch(
      /heeft het convenant ondertekend/,
    );
    // An age is no count: "hoeveel kinderen?" is not answered by "kinderen van 4-13 jaar".
    expect(ask("hoeveel kinderen registreren we?", "zoetermeer").answered).toBe(false);
    // A stand-in for a teacher is no stand-in at a meeting.
    expect(ask("moet de school een vervanger regelen als de mentor ziek is?", "leiden").answer).not.toMatch(
      /Veilige School Overleg/,
    );
  });
});

describe("who takes part, asked in chat words", () => {
  it("reads 'wie zit erin' as the participants of a meeting named, not of a school's team", () => {
    expect(ask("ambtelijke werkgroep wf wie zit erin en wat doet die", "west-friesland").answer).toMatch(
      /gemeenten, scholen en politie/,
    );
  });
});

describe("one attribute asked of two meetings", () => {
  it("is answered for each meeting named", () => {
    const a = ask("hoe vaak is het bestuurlijk overleg in wf? en de ambtelijke werkgroep?", "west-friesland");
    expect(a.answer).toMatch(/Ambtelijke werkgroep: iedere twee maanden/);
    expect(a.answer).toMatch(/Bestuurlijk veiligheidsoverleg: tweemaal per jaar/);
    // Not a rule paired by its number, nor one of many wijk meetings as "the" one.
    const b = ask("geldt hetzelfde voor het signaaloverleg als voor het veilige school overleg?", "leiden");
    expect(b.answer).not.toMatch(
      /Geen persoonsgegevens delen[\s\S]*laat hij zich vervangen|laat hij zich vervangen[\s\S]*Geen persoonsgegevens/,
    );
  });
});

describe("a question for a number", () => {
  it("is only answered by a number of what was counted", () => {
    const a = ask("hoeveel wijkagenten werken er eigenlijk in de leyens?", "zoetermeer");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/vier basisscholen/);
    expect(ask("hoeveel scholen doen mee in de leyens?", "zoetermeer").answer).toMatch(
      /^Het wijkplan De Leyens \(Zoetermeer\) noemt 4 scholen/,
    );
    // "Hoeveel signaaloverleggen per jaar?" asks how often, whatever kind of meeting it names.
    expect(ask("hoeveel signaaloverleggen per jaar?", "leiden").answer).toMatch(/vijf keer per jaar/);
    expect(ask("how many signal meetings a year?", "leiden").answer).toMatch(/five times a year/);
    // A length counts for a term that has one: "een opzegtermijn van zes maanden".
    expect(
      ask(
        "stel een schoolbestuur wil uit het almeerse convenant stappen, hoeveel opzegtermijn zit daar op?",
        "almere",
      ).answer,
    ).toMatch(/opzegtermijn van zes maanden/);
  });
});

describe("a question that asks two things", () => {
  it("is answered by one fact when the part it cannot place on its own is near the fact the other part asks for", () => {
    const q =
      "geeft Halt in Alphen les over jongeren die hun pinpas uitlenen? en houden ze ook spreekuur op school?";
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(
      /^Halt geeft op scholen voorlichting .* preventieve spreekuren .* geldezels/,
    );
    // Asked alone, the unplaced part is still not guessed at.
    expect(ask("geeft Halt in Alphen les over jongeren die hun pinpas uitlenen?").answered).toBe(false);
  });
});

describe("terms the covenant defines, named as alternatives", () => {
  it("are answered with each one's definition", () => {
    const a = ask("is dat voor het signaaloverleg een incident, trend of ontwikkeling?", "leiden");
    expect(a.answered).toBe(true);
    expect(
      a.answer
        .split("\n")
        .slice(0, 3)
        .map((l) => l.split(":")[0]),
    ).toEqual(["Incident", "Trend", "Ontwikkeling"]);
    const b = ask("wat is het verschil tussen een trend en een ontwikkeling?");
    expect(
      b.answer
        .split("\n")
        .slice(0, 2)
        .map((l) => l.split(":")[0]),
    ).toEqual(["Trend", "Ontwikkeling"]);
  });

  it("are not when they only stand next to each other", () => {
    const a = ask("moet een incident in het signaaloverleg besproken worden?", "leiden");
    expect(a.answer.split("\n")[0]).not.toMatch(/^Incident:/);
    expect(a.answer).not.toMatch(/^Signaaloverleg: Een structureel overleg/);
  });
});

describe("a question only one fact comes near", () => {
  it("is asked back with that fact, not called absent from the covenants", () => {
    const a = ask("tot welke leeftijd betrekken we ouders bij een incident?", "leiden");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain("staat niet in de convenanten");
    expect(a.answer.split("\n").slice(0, 2)).toEqual([
      "Ik weet niet zeker of ik je vraag goed begrijp. Bedoel je dit?",
      expect.stringMatching(/^1\. De school handhaaft haar regels, betrekt ouders \(niet bij 16\+\)/),
    ]);
  });

  it("is offered, not called absent, when the question also holds a word the knowledge base does not know", () => {
    const a = ask(
      "gaat het zoetermeerse schoolveiligheidsconvenant na twee jaar vanzelf door of moet er eerst iets afgevinkt worden?",
      "zoetermeer",
    );
    expect(a.answered).toBe(false);
    expect(a.unanswered).toBe("asked-back");
    expect(a.answer).not.toContain("staat niet in de convenanten");
  });

  it("asking an age, is not answered by a fact without one", () => {
    const a = ask(
      "vanaf welke leeftijd kan een kind van de basisschool een Halt-straf krijgen?",
      "zoetermeer",
    );
    expect(a.answered).toBe(false);
  });
});

describe("a WAS-team", () => {
  it("is a team Wijk en Agent Samen, and 'was' elsewhere stays a verb", () => {
    expect(normalize("wat zijn die WAS-teams?")).toBe("wat zijn die wijk en agent samen teams");
    expect(normalize("het was druk")).toBe("het was druk");
    const a = ask("wat zijn die WAS-teams waar de wijkagent het over heeft?", "zoetermeer");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toContain("Wijk en Agent Samen");
  });
});

describe("a school's board", () => {
  it("is named with the school, as the covenant's signatures list it", () => {
    expect(ask("doet het Marecollege mee aan het convenant?", "leiden").answer.split("\n")[0]).toBe(
      "Marecollege valt onder het Leids convenant Veiligheid in en om het onderwijs (Leiden), via het bestuur Stichting Vrijescholen Zuidwest Nederland.",
    );
  });
});

describe("the OM", () => {
  it("is the Openbaar Ministerie when written in capitals, and 'om' stays a preposition", () => {
    expect(normalize("Wat doet het OM?")).toBe("wat doet het openbaar ministerie");
    expect(normalize("waar gaat het om")).toBe("waar gaat het om");
    // The written-out words of an abbreviation do not make an English question Dutch.
    expect(ask("what are WAS-teams?").language).toBe("en");
    // In English "the om" is the OM, however it is typed.
    expect(normalize("can we get info from the om")).toBe("can we get info from the openbaar ministerie");
    // The OM's duties are offered first, where "om" alone left nothing to search for.
    const a = ask("wat doet het OM volgens ons convenant?", "leiden");
    expect(a.answer).not.toContain("staat niet in de convenanten");
    expect(a.answer).toMatch(
      /^(Bedoel je een van deze\?\n1\. )?(Het OM is verantwoordelijk|Openbaar Ministerie \(OM\): Verantwoordelijk) voor opsporing en vervolging/,
    );
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
    // Chat shortcuts are written out: "hv vaak" is "hoe vaak".
    expect(ask("kerngroep almree hv vaak", "almere").answer).toMatch(/viermaal per jaar/);
  });
});

describe("answers", () => {
  it("says what is known when the role is not filled in, and does not count it as answered", () => {
    const a = ask("wie is de wijkagent voor IKC Klimboom?");
    // Who the wijkagent is was asked and is not known: kept for the coordinator, not answered.
    expect(a.answered).toBe(false);
    expect(a.unanswered).toBe("no-contact");
    expect(a.answer).toMatch(/IKC Klimboom ligt in de wijk Buytenwegh/);
    expect(a.answer).toMatch(/wijkagent voor Buytenwegh staat nog niet in het contactoverzicht/);
    expect(a.answer).toMatch(/Vraag het de wijkregisseur/);
    expect(a.sources).toContainEqual({
      covenant: "zoetermeer",
      ref: "bijlage 4, wijkplan Buytenwegh",
      title: "Wijkplan Buytenwegh",
    });
  });

  it("reads 'op dit moment' and 'current' as asking who holds the role, nothing more", () => {
    const a = ask("wie is de schoolagent van RSG Enkhuizen op dit moment", "west-friesland");
    expect(a.answer).toMatch(/staat nog niet in het contactoverzicht/);
    expect(a.answered).toBe(false);
  });

  it("reads the role an opening names as who asks, when the question asks something else", () => {
    const a = ask(
      "veiligheidscoördinator rsg enkhuizen: ik kan niet naar het overleg volgende week, wat moet ik doen?",
      "west-friesland",
    );
    expect(a.answer).toMatch(/^Een contactpersoon die niet naar een overleg kan komen, meldt zich tijdig af/);
    const b = ask(
      "leerplichtambtenaar zoetermeer hier, wat staat er over de rol van de gemeente bij verzuim op de basisschool?",
    );
    expect(b.answered).toBe(true);
    expect(b.answer).toMatch(/verzuim/i);
    const d = ask(
      "contactpersoon wf: ik kan niet naar het overleg, moet ik iemand anders sturen?",
      "west-friesland",
    );
    expect(d.answer).toMatch(/wijst een vervanger aan/);
    // Words that say someone cannot come are evidence of the stand-in rule even when every one
    // of them is a small word ("kan niet naar"): not the meeting's participants.
    const e = ask(
      "ik ben veiligheidscoördinator in leiden en kan niet naar het veilige school overleg, wat nu?",
    );
    expect(e.answer).toMatch(/laat hij zich vervangen/);
    expect(e.answer).not.toMatch(/^Deelnemers/);
    // ... and a small word inside such a phrase does not match a question about going there.
    expect(
      ask("Our school in Zoetermeer reported a theft to the police. Will they tell us what happened with it?")
        .answer,
    ).toMatch(/^Yes, where the law allows, the police tell the school what happens to its police report/);
    // ... and the role stays what is asked when the question names it again.
    const c = ask("veiligheidscoördinator hier, wat doet de veiligheidscoördinator in west-friesland?");
    expect(c.answer).toMatch(/^Veiligheidscoördinator:/);
  });

  it("says a name or number asked for after a question is not in the covenant, and tells what it does say", () => {
    const b = ask("which police officer is the contact for the mbo rijnland location in leiden? need a name");
    expect(b.answer).toMatch(
      /^The covenants name the role, not who holds it now\. What they say:\n.*contact person for every school/,
    );
    expect(b.answered).toBe(false);
    // Without the request, the covenant's fact is the answer ...
    expect(ask("which police officer is the contact for the mbo rijnland location in leiden?").answered).toBe(
      true,
    );
    // ... and a name the covenant holds is offered, not denied.
    // "namens ... getekend" asks for whom, with the covenant's name between.
    expect(ask("wie heeft namens de politie het leidse convenant getekend?").answer).toMatch(
      /^Wendy van de Spijker \(Plv\. Sectorhoofd/,
    );
    expect(ask("alphen convenant signed when?").answer).toMatch(/16 November 2022/);
    const s = ask("who signed the leiden covenant for the police? need a name").answer;
    expect(s).toMatch(/Wendy van de Spijker/);
    expect(s).not.toMatch(/not who holds it/);
  });

  it("refuses the time, the minutes or the link of a meeting, which no covenant holds", () => {
    for (const q of [
      "what time is the meeting of the ambtelijke werkgroep in hoorn?",
      "wie maakt de notulen bij het bestuurlijk veiligheidsoverleg in west-friesland?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).not.toMatch(/Letterlijk|In the covenant's words/);
    }
    // Prices, and what other towns agree, are not in the covenants either.
    for (const [q, region] of [
      ["what does halt charge for a schoolveiligheidsanalyse in enkhuizen? euros", "west-friesland"],
    ] as const)
      expect(ask(q, region).answered, q).toBe(false);
    // ... but when a covenant takes effect is in it.
    expect(ask("what time does the covenant take effect?", "almere").answered).toBe(true);
  });

  it("reads 'need a name' after a question as how to answer it: a person is looked up", () => {
    for (const q of [
      "who is the veiligheidsmanager for almere haven? need a name",
      "Who is currently the veiligheidsmanager for Almere Poort? Need a name and number pls",
    ]) {
      const a = ask(q);
      expect(a.answer, q).toMatch(
        /^The municipal safety manager for Almere is not yet in the municipality's contact list/,
      );
      expect(a.answered, q).toBe(false);
    }
  });

  it("quotes the age limit when a pupil's age is told", () => {
    for (const q of [
      "leerling van 17 in leiden betrapt met drugs, moeten we dan ook de ouders bellen?",
      "leiden, student is 17 and got into trouble. do we still have to involve the parents?",
    ])
      expect(ask(q).answer, q).toMatch(/16-jarigen en ouder/);
  });

  it("quotes the sentence with an asked abbreviation, each asked word counted once, fillers not at all", () => {
    // "avg" has three letters; "volgens" only wraps the question; "politie" is asked once, not
    // three times by a sentence with "politiegegevens" and "Politiewet".
    const a = ask("valt de politie eigenlijk onder de avg volgens het zoetermeerse convenant?", "zoetermeer");
    expect(a.answer).toMatch(/Letterlijk: “.*niet gehouden aan de AVG\./);
    expect(ask("What does RMC stand for in the Alphen covenant?").answer).toMatch(
      /Regionaal Meld- en Coördinatiepunt/,
    );
  });

  it("quotes each region's words in a comparison of two covenants, under one short line each", () => {
    const a = ask("kluisjes openen: mag de school dat zowel in alphen als in west-friesland?");
    const lines = a.answer.split("\n");
    expect(lines[0]).toMatch(/^Alphen aan den Rijn: .*kluisjes mogen open\.$/);
    expect(lines[1]).toMatch(/^West-Friesland: .*kluisjes openen/);
    for (const l of lines.slice(0, 2)) expect(l.split(/\s+/).length, l).toBeLessThanOrEqual(30);
    expect(lines[2]).toMatch(
      /^Letterlijk: Alphen aan den Rijn: “.*bergvakken.*” West-Friesland: “.*kluisjes en dergelijke te \(laten\) openen/,
    );
  });

  it("tells what a partner does for schools, not which schools there are", () => {
    const a = ask("wat doet kwadraad voor scholen in alphen?");
    expect(a.answer).toMatch(/^Kwadraad /);
    expect(a.answer).toMatch(/schoolpedagogen/);
    // ... while a question for the schools still lists them.
    expect(ask("what are the schools in oosterheem?", "zoetermeer").intent).toBe("wijk-schools");
  });

  it("answers with the one fact that comes near when no other comes near at all", () => {
    const a = ask(
      "zijn er in west-friesland afspraken over hoe we met de pers omgaan bij een ernstig incident?",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/mediabeleid/);
    // Two facts near each other are still a question back.
    expect(ask("wat moet ik doen?", "leiden").answered).toBe(false);
  });

  it("does not answer on a weak match that a cold review showed to be wrong", () => {
    // One fact of a wijkplan among others as close, or a "Ja:"/"Nee:" line on a weak match: asked back.
    for (const [q, region] of [
      ["geldt het convenant ook voor het mbo?", "zoetermeer"],
      ["mag de school zelf beslissen om geen aangifte te doen?", "alphen-aan-den-rijn"],
      ["mag de coordinator veiligheid ook een leerkracht zijn zonder leidinggevende functie?", "almere"],
      ["welk programma wordt genoemd in het wijkplan buytenwegh?", "zoetermeer"],
      ["wie heeft het wijkplan rokkeveen opgesteld?", "zoetermeer"],
      ["hoi! wie heeft het wijkplan seghwaert eigenlijk opgesteld?", "zoetermeer"],
      ["staat er iets over grooming in het wijkplan rokkeveen?", "zoetermeer"],
      ["zijn er problemen met agressieve ouders in de leyens?", "zoetermeer"],
      ["is er in meerzicht een gedragscode voor ouders?", "zoetermeer"],
      ["staat er in het wijkplan de leyens iets over meidenvenijn?", "zoetermeer"],
      ["staat er in het wijkplan oosterheem iets over het picasso?", "zoetermeer"],
      ["is er in rokkeveen problemen met agressieve ouders?", "zoetermeer"],
    ] as const)
      expect(ask(q, region).answered, q).toBe(false);
    // A name asked for a school, a department or a law is given, not denied.
    for (const [q, region] of [
      ["bij welke school zijn de ruiten ingegooid in de leyens? naam graag", "zoetermeer"],
      ["welke afdeling van de gemeente almere houdt toezicht? naam graag", "almere"],
      ["welke wet geldt voor de politie bij gegevens? naam graag", "west-friesland"],
      ["welke methodiek gebruikt de jgz in alphen? naam graag", "alphen-aan-den-rijn"],
    ] as const) {
      const a = ask(q, region);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).not.toMatch(/niet wie die nu vervult|not who holds it/);
    }
    // Which schools, however the question leads up to them.
    expect(ask("wat zijn de namen van de scholen in noordhove?", "zoetermeer").answer).toMatch(
      /IKC Noordeinde/,
    );
    expect(ask("what are the names of the schools in seghwaert?", "zoetermeer").answer).toMatch(
      /De Touwladder/,
    );
  });

  it("does not give the covenant's term as how long a meeting or a partner's work lasts", () => {
    for (const [q, region] of [
      ["hoe lang duurt een signaaloverleg?", "leiden"],
      ["hoe lang duurt een halt straf?", "west-friesland"],
      ["hoe lang duurt een stadsdeeloverleg in almere?", "almere"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(/2026-2030|onbepaalde tijd|vier jaar/);
    expect(ask("hoe lang duurt het convenant in leiden?").answer).toMatch(/2026-2030/);
  });

  it("keeps answering what a sixteenth review found refused, and does not answer its weak matches", () => {
    // "in charge for", "press charges for", the minutes as a place for names, a town in the story,
    // a school that wants to leave: none of these is out of scope.
    for (const [q, region] of [
      ["who is in charge for the signaaloverleg?", "leiden"],
      [
        "does the school have to press charges for theft when the school itself is the victim?",
        "alphen-aan-den-rijn",
      ],
      ["mag ik namen van leerlingen in de notulen van het signaaloverleg zetten?", "leiden"],
      ["can we put student names in the minutes of the signals meeting?", "leiden"],
      ["onze leerlingen komen deels uit katwijk. hoe vaak is het signaaloverleg?", "leiden"],
      [
        "ik ben net verhuisd van lelystad naar almere en nu wijkagent hier. hoe vaak is het stadsdeeloverleg?",
        "almere",
      ],
      ["welke rol heeft halt? wij werken ook met halt in alkmaar", "west-friesland"],
      ["hoe lang van tevoren moet een school opzeggen?", "leiden"],
      ["school wil eruit stappen, kan dat?", "zoetermeer"],
      ["who runs the youth work in west-friesland? name please", "west-friesland"],
      ["who provides youth health care for schools in leiden? name pls", "leiden"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(
        /staat niet in de convenanten|do not say|zeggen de convenanten niets|say nothing specific|noemen de rol|name the role/,
      );
    // A weak single match is asked back, not answered.
    for (const [q, region] of [
      ["heeft inzet een website?", "zoetermeer"],
      ["werkt de vijf pilaren ook in het weekend?", "zoetermeer"],
      ["is er in de leyens een whatsapp groep voor directeuren?", "zoetermeer"],
      ["wat is de kader notitie politie en schoolveiligheid?", "leiden"],
      ["what role does the fire brigade play in these school safety covenants?", null],
      ["what role does the ambulance service play in the covenant?", "west-friesland"],
      ["what role does the probation service play in the covenant?", "zoetermeer"],
      ["hey, what role does the school inspectorate play in this covenant?", "leiden"],
      ["what role does the press play in the covenant?", "zoetermeer"],
      ["what role does child protection play in the covenant?", "leiden"],
      ["duurt een training van hecht lang?", "leiden"],
    ] as const)
      expect(ask(q, region).answered, q).toBe(false);
    // What a school keeps track of is its incident register ("bijhouden" is the covenant's "registratie").
    expect(
      ask("drechterland vo: wat moeten we allemaal bijhouden qua registratie?", "west-friesland").answer,
    ).toMatch(/incidentenregister/);
  });

  it("reads 'how many meetings a year' as how often", () => {
    const a = ask(
      "as a contactpersoon in west-friesland, how many meetings a year do i have to attend at minimum?",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/at least twice a year/);
  });

  it("reads 'loopt het door' and 'opnieuw tekenen' as asking about renewal, not about the signing", () => {
    const a = ask("leids convenant: loopt dat automatisch door na 2030 of moet er opnieuw getekend worden?");
    expect(a.answer).toMatch(/stilzwijgend verlengd/);
  });

  it("looks up a person for a part of town named after the town ('almere haven')", () => {
    const a = ask("who is the veiligheidsmanager for almere haven?");
    expect(a.answer).toMatch(
      /^The municipal safety manager for Almere is not yet in the municipality's contact list/,
    );
    expect(a.answered).toBe(false);
  });

  it("reads an age ('17-jarige', '17 year old') as the covenant's age limit", () => {
    const a = ask("moeten wij in leiden de ouders van een 17-jarige altijd erbij halen?");
    expect(a.answer).not.toMatch(/zeggen de convenanten niets specifieks/);
    expect(a.answer).toMatch(/niet bij 16\+/);
  });

  it("reads the point of contact at the police as the police's school officer, not the covenant's contact", () => {
    for (const q of [
      "wie is bij de politie het aanspreekpunt voor onze school in almere?",
      "who is our point of contact at the police in almere",
    ]) {
      const a = ask(q);
      expect(a.answer, q).toMatch(/^(?:De schoolagent|The school police officer) \(/);
      expect(a.answer, q).not.toMatch(/contactpersoon convenant|covenant contact/i);
    }
    expect(ask("wie is de contactpersoon convenant in almere?").answer).toMatch(
      /^De contactpersoon convenant/,
    );
  });

  it("puts 112 first for a fight going on, not for one told as past", () => {
    expect(ask("er is nu een vechtpartij bij het hek, wat moet ik doen?").answer).toMatch(
      /^Bij acuut gevaar: bel 112\./,
    );
    expect(ask("a parent wants to see the video of the fight her son was in. allowed?").answer).not.toMatch(
      /112/,
    );
    expect(
      ask("gisteren was er een vechtpartij bij de school, moeten we aangifte doen?", "zoetermeer").answer,
    ).not.toMatch(/^Bij acuut gevaar/);
  });

  it("reads 'who are these ...?' as what they are, not as a person looked up", () => {
    const a = ask("who are these taakaccenthouders in the zoetermeer covenant?");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/contact list/);
  });

  it("answers what a role does from its duties, even when its name holds the word contact", () => {
    const a = ask("wat doet de contactpersoon van de politie in Almere?");
    expect(a.answered).toBe(true);
    expect(a.unanswered).toBeUndefined();
  });

  it("puts the fact first, then the source, then the next step", () => {
    const lines = ask("wie is de wijkagent voor IKC Klimboom?").answer.split("\n");
    expect(lines[0]).toMatch(/Buytenwegh/);
    const bron = lines.findIndex((l) => l.startsWith("Bron"));
    expect(bron).toBeGreaterThan(0);
    expect(lines.slice(bron + 1).join(" ")).toMatch(/Vraag het/);
  });

  it("shows a filled-in contact with the date it was last checked, marked as sample data", () => {
    const a = ask("wie is de wijkagent van de Triangel");
    expect(a.answer).toMatch(/Demo Wijkagent Seghwaert \(fictief\), 0900 000 0201/);
    expect(a.answer).toMatch(/laatst bevestigd op 1 oktober 2026; fictieve voorbeeldgegevens/);
    // Nobody real is known yet: the demo entry is shown, the question is kept for the coordinator.
    expect(a.answered).toBe(false);
    expect(a.unanswered).toBe("sample-contact");
    expect(ask("wijkagent hofvijver?").unanswered).toBe("sample-contact");
    // A person the gemeente put on the roster is a real answer.
    const real = realEngine().ask("wie is de wijkagent van de Triangel", {
      contacts: [
        {
          region: "zoetermeer",
          role: "wijkagent",
          wijk: "seghwaert",
          name: "Jan de Wit",
          verified: "2026-11-01",
        },
      ],
    });
    expect(real.answer).toMatch(/De wijkagent voor Seghwaert is Jan de Wit/);
    expect(real.answered).toBe(true);
  });

  it("looks up a school's wijk when the school says who is asking", () => {
    expect(ask("met IKC de Tjalk hier, bij welk wijkplan horen wij?").answer.split("\n")[0]).toBe(
      "IKC De Tjalk ligt in de wijk De Leyens (Zoetermeer).",
    );
    expect(ask("directeur van de Buut: in welke wijk liggen wij").answer.split("\n")[0]).toBe(
      "De Buut ligt in de wijk Noordhove (Zoetermeer).",
    );
    // "SO" in the school's own name asks no school type: the wijk comes first.
    const en = ask(
      "Hi, I work at SO De Musketier in Zoetermeer. Which neighbourhood plan covers our school?",
    );
    expect(en.answer.split("\n")[0]).toBe("SO De Musketier is in the Seghwaert district (Zoetermeer).");
  });

  it("says a school has no wijk rather than guessing", () => {
    const a = ask("in welke wijk ligt SO De Keerkring?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/geen enkel wijkplan/);
    expect(a.answer).not.toMatch(/ligt in de wijk/);
  });

  it("answers in the language asked", () => {
    expect(ask("how often is the signaaloverleg held?").answer).toMatch(/five times a year/);
    expect(ask("hoe vaak is het signaaloverleg?").answer).toMatch(/vijf keer per jaar/);
  });

  it("keeps general guidance apart from covenant agreements", () => {
    const a = ask("may I share camera footage with the police?");
    expect(a.answer).toMatch(/General guidance, not a covenant agreement/);
    expect(a.answer).toMatch(/vordering/);
    expect(a.sources.some((s) => s.covenant === "guidance")).toBe(true);
  });

  it("uses the chat's region when the question names none, and the question's when it does", () => {
    expect(ask("hoe lang loopt het convenant?", "almere").regions).toEqual(["almere"]);
    expect(ask("hoe lang loopt het convenant van Leiden?", "almere").regions).toEqual(["leiden"]);
  });

  it("gives each region's answer briefly when the region matters and is unknown", () => {
    const a = ask("hoe lang loopt het convenant?");
    for (const name of ["Zoetermeer", "Alphen aan den Rijn", "Almere", "Leiden", "West-Friesland"])
      expect(a.answer).toContain(name);
  });

  it("asks which one is meant when two schools fit", () => {
    const a = ask("wie is de wijkagent voor da vinci?");
    expect(a.answered).toBe(false);
    expect(a.intent).toBe("clarify");
    expect(a.options).toEqual(
      expect.arrayContaining(["IKC Da Vinci (Zoetermeer)", "Da Vinci College Kagerstraat (Leiden)"]),
    );
  });

  it("does not answer out-of-scope questions and says whom to ask", () => {
    for (const q of [
      "wat wordt het weer morgen?",
      "who is the prime minister?",
      "hoeveel leerlingen heeft IKC Klimboom?",
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.confidence).toBe(0);
    }
    expect(ask("wat wordt het weer morgen?").answer).toMatch(/staat niet in de convenanten/);
    expect(ask("wat wordt het weer morgen?").answer).toMatch(/Vraag het/);
  });

  it("handles empty, oversized and emoji-only input with a message", () => {
    expect(ask("   ").answer).toMatch(/Stel een vraag/);
    const long = ask(`wie is de wijkagent ${"x".repeat(2000)}`);
    expect(long.answered).toBe(false);
    expect(long.answer).toMatch(/te lang/);
    expect(ask("🙂👍").answered).toBe(false);
  });

  it("rejects an unknown region with the list of known ones", () => {
    expect(() => ask("hoe vaak?", "utrecht")).toThrow(ConvenantbotError);
    expect(() => ask("hoe vaak?", "utrecht")).toThrow(
      /zoetermeer, alphen-aan-den-rijn, almere, leiden, west-friesland/,
    );
  });

  it("is deterministic", () => {
    const q = "mag ik camerabeelden delen met de politie?";
    expect(ask(q)).toEqual(ask(q));
  });
});

describe("answers beyond the structured facts", () => {
  it("quotes a wijkplan agreement that matches the question's words", () => {
    const a = ask("is er een whatsapp groep voor directeuren in rokkeveen");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/WhatsApp-groep op voor alle basisschooldirecteuren/);
    expect(a.sources[0]).toMatchObject({ covenant: "zoetermeer", ref: "bijlage 4, wijkplan Rokkeveen" });
  });

  it("says the covenants have nothing specific when the question's subject is unknown to them", () => {
    const a = ask("mag ik een leerling fotograferen voor het dossier");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/^Over "fotograferen" zeggen de convenanten niets specifieks/);
  });

  it("does not answer a question that only shares one word with a topic", () => {
    expect(ask("wat kost een broodje kaas in de kantine").answered).toBe(false);
    expect(ask("wat is het adres van IKC Klimboom").answered).toBe(false);
  });

  it("puts the emergency number first when the question describes acute danger", () => {
    const a = ask("iemand heeft een mes getrokken op het plein");
    expect(a.answer.split("\n")[0]).toBe("Bij acuut gevaar: bel 112.");
  });

  it("gives a national organisation's public number", () => {
    expect(ask("welk nummer heeft Veilig Thuis").answer).toMatch(/Veilig Thuis: 0800-2000/);
  });

  it("names office holders from the signatories when no contact is filled in", () => {
    expect(ask("wie is de burgemeester van leiden").answer).toMatch(
      /Peter Heijkoop \(Burgemeester, gemeente Leiden\)/,
    );
    expect(ask("wie heeft namens de politie getekend in zoetermeer").answer).toMatch(/Dhr\. R\. Storm/);
    expect(ask("wie heeft namens de politie getekend in zoetermeer").answer).not.toMatch(/Bezuijen/);
  });

  it("finds a meeting from its description, or offers it when another overleg fits as well", () => {
    const a = ask("hoe vaak per jaar overleggen SO en SBO scholen met politie in Almere");
    expect(a.answer).toMatch(/Overleg stedelijke voorzieningen \(SO en SBO\): tenminste driemaal per jaar/);
    if (!a.answered) expect(a.choices).toContain("almere/so-sbo-overleg#frequency");
  });

  it("asks back with the closest facts as numbered options when none clearly wins", () => {
    const a = ask("hoe vaak per jaar overleggen SO en SBO scholen met politie in Almere");
    if (a.answered) return;
    expect(a.answer.split("\n")[0]).toMatch(/^Bedoel je/);
    expect(a.answer).toMatch(/^1\. /m);
    expect(a.options?.length).toBe(a.choices?.length);
    expect(a.unanswered).toBe("asked-back");
  });

  it("answers 'in welke wijken ...?' with every wijk whose plan says so", () => {
    const a = ask("in welke wijken hebben de directeuren een whatsappgroep?", "zoetermeer");
    expect(a.answered).toBe(true);
    const lines = a.answer.split("\n");
    expect(lines.some((l) => l.startsWith("Rokkeveen: "))).toBe(true);
    expect(lines.some((l) => l.startsWith("Seghwaert: "))).toBe(true);
  });

  it("reads a part that names nothing ('... en hoe vaak?') with what the part before it named", () => {
    const a = ask("wie organiseert de evaluatie van het convenant en hoe vaak?", "west-friesland");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(
      /^Evaluatie van het convenant: Tweejaarlijks .* onder regie van de gemeente/,
    );
  });

  it("says the covenants name a role, not who holds it now, when asked who holds it now", () => {
    const a = ask(
      "which westfries mayor is currently chairing the bestuurlijk veiligheidsoverleg?",
      "west-friesland",
    );
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe("The covenants name the role, not who holds it now. What they say:");
    expect(a.answer).toMatch(/West-Frisian mayor/);
    // Who chairs it, without "now", is answered.
    expect(ask("who chairs the bestuurlijk veiligheidsoverleg?", "west-friesland").answered).toBe(true);
  });

  it("answers for an organisation in two covenants per covenant, not 'which one do you mean?'", () => {
    const a = ask("Resonans zit in Zoetermeer en in Leiden: hoe lang lopen die convenanten?");
    expect(a.answer).not.toMatch(/^Welke bedoel je/);
    const lines = a.answer.split("\n");
    expect(lines.some((l) => l.startsWith("Zoetermeer: "))).toBe(true);
    expect(lines.some((l) => l.startsWith("Leiden: "))).toBe(true);
  });

  it("reads a sentence that tells after the question as context, not a second question", () => {
    const a = ask(
      "Can the OM share info with us about a pupil who committed an offence? We're a school in Medemblik.",
      "west-friesland",
    );
    expect(a.answer.split("\n")[0]).toMatch(/^Only in exceptional cases/);
    expect(a.answer).not.toMatch(/Parties to the covenant/);
  });

  it("reads a question's language without the words of a school's name, and leaves a reason after it aside", () => {
    const a = ask("which wijk is ikc de waterlelie in? want i wanna read its wijkplan", "zoetermeer");
    expect(a.language).toBe("en");
    expect(a.answer.split("\n")[0]).toBe("IKC De Waterlelie is in the Rokkeveen district (Zoetermeer).");
  });

  it("says a coming meeting's date is not in the covenant, however the date is asked for", () => {
    for (const q of [
      "when exactly is the next veilige school overleg in leiden? need the date for my calendar",
      "wanneer precies is het volgende signaaloverleg?",
    ]) {
      const a = ask(q, "leiden");
      expect(a.answered).toBe(false);
      expect(a.unanswered).toBe("no-date");
    }
  });

  it("reads 'hoe definieert ...' as a definition and 'zo'n' as 'zo een'", () => {
    expect(normalize("wat moet er in zo'n wijkplan staan")).toBe("wat moet er in zo een wijkplan staan");
    const a = ask(
      "hoe definieert het leidse convenant een incident? staat in de bijlage geloof ik",
      "leiden",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/ernstig of stelselmatig/i);
  });

  it("answers the duties of the one role named, not those of a role that mentions it", () => {
    const a = ask("welke rol heeft het jongerenwerk in het westfriese convenant?", "west-friesland");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/^Jongerenwerker: Stichting Netwerk/);
  });

  it("reads 'wie bereidt ... voor?' as who prepares a meeting, not what it prepares", () => {
    const a = ask("wie bereidt het bestuurlijk overleg onderwijs voor in leiden?", "leiden");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(
      /^Bestuurlijk overleg onderwijs: georganiseerd of geleid door gemeente/,
    );
  });

  it("reads what a meeting does as what it is for", () => {
    expect(
      ask("wat doet die ambtelijke werkgroep in west-friesland?", "west-friesland").answer.split("\n")[0],
    ).toMatch(/^Ambtelijke werkgroep: Signalen delen/);
  });

  it("answers the asked attribute of an overleg, not a fixed summary", () => {
    expect(ask("wie zit het signaaloverleg voor?", "leiden").answer.split("\n")[0]).toMatch(
      /gemeentelijke contactpersoon/,
    );
    expect(ask("who takes part in the signaaloverleg?", "leiden").answer.split("\n")[0]).toMatch(
      /police district contact/,
    );
  });

  it("opens with the fact in a short first line, then the source and whom to ask", () => {
    const a = ask("mag ik camerabeelden delen met de politie?");
    const lines = a.answer.split("\n");
    expect(lines[0]?.split(/\s+/).length).toBeLessThanOrEqual(30);
    const bron = lines.findIndex((l) => /^(Bron|Bronnen): /.test(l));
    expect(bron).toBeGreaterThan(0);
    expect(bron).toBeLessThanOrEqual(4);
    expect(lines.slice(bron + 1).join(" ")).toMatch(/Vraag het/);
  });

  it("replies to greetings and requests for help with examples, without claiming an answer", () => {
    const a = ask("help");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/Bijvoorbeeld/);
  });
});

describe("answers on everyday phrasing", () => {
  it("answers 'who signed' with the list, and one signatory only when asked for whom", () => {
    const all = ask("wie heeft het convenant in Leiden ondertekend?");
    expect(all.answered).toBe(true);
    expect(all.answer).toMatch(/burgemeester Heijkoop/);
    expect(ask("wie heeft namens de politie getekend in Leiden?").answer).toMatch(/politie/);
  });

  it("says what a covenant leaves open, with its source, without counting it as an answer", () => {
    const a = ask("wat is de opzegtermijn als wij uit het convenant willen stappen?", "west-friesland");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/noemt geen opzegtermijn/);
    expect(a.sources.map((s) => s.covenant)).toEqual(["west-friesland"]);
  });

  it("reads a role and a place alone as a person looked up", () => {
    expect(ask("wijkagent hofvijver?").answer).toContain("Demo Wijkagent Seghwaert");
  });

  it("does not read an ordinary Dutch word as a typo of a knowledge-base word", () => {
    const a = ask("is er morgen een staking");
    expect(a.answered).toBe(false);
    expect(a.answer).toContain("staking");
  });

  it("finds a meeting by its English name and answers the attribute asked", () => {
    expect(ask("how often does the core group meet?").answer).toMatch(
      /^Stedelijke kerngroep schoolveiligheid: four times a year/,
    );
  });

  it("reads a meeting's article and its own attribute as one fact, not two to choose from", () => {
    const a = ask("SBO director: how often do we meet with police and municipality?", "almere");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/three times a year/);
  });

  it("answers a question with a short addition ('ook de jeugdhulp?') by its first part", () => {
    const a = ask(
      "wie zijn volgens het zoetermeerse convenant nou precies de convenantpartners? ook de jeugdhulp?",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("De gemeente, de politie en alle basisscholen in Zoetermeer");
  });

  it("answers 'how often' when the closest facts give the same rhythm, with the covenant's words", () => {
    const a = ask("how often is the zoetermeer primary school covenant evaluated?", "zoetermeer");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("“Dit convenant wordt elke twee jaar met de convenantpartners geëvalueerd.”");
  });

  it("knows 'een of twee keer per jaar' and 'maximaal tweemaal, tenminste eenmaal' as one range", () => {
    expect(rhythmOf("één of twee keer per jaar")).toBe("1-2/1 jaar");
    expect(rhythmOf("Maximaal tweemaal per jaar, maar tenminste eenmaal per jaar, organiseert")).toBe(
      "1-2/1 jaar",
    );
    const a = ask(
      "hoe vaak nodigt de wijkregisseur in Seghwaert ons uit voor het wijkveiligheidsoverleg?",
      "zoetermeer",
    );
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/één of twee keer per jaar/);
  });

  it("reads 'how often do we meet' from a school as a question about its wijk's meeting", () => {
    const a = ask(
      "hoi, met de directeur van IKC De Baanbreker hier. hoe vaak zitten wij eigenlijk met de wijkagent en de gemeente om tafel over veiligheid?",
      "zoetermeer",
    );
    expect(a.answer.split("\n")[0]).toMatch(/Noordhove: één keer per jaar/);
  });

  it("quotes the sentence of a long article that holds what an English question asked", () => {
    const a = ask(
      "does the West-Friesland covenant say anything about bike and moped checks by the police at school?",
      "west-friesland",
    );
    expect(a.answer).toContain("fiets- /bromfiets controles");
  });

  it("quotes the Dutch beside the English an English question matched, and the part of a long sentence it asked about", () => {
    // The English summary's list item ("money mules") stands beside the Dutch one ("geldezels").
    const mules = ask(
      "does Halt in Alphen aan den Rijn talk to our pupils about money mules?",
      "alphen-aan-den-rijn",
    );
    expect(mules.answer).toMatch(/In the covenant's words \(Dutch\): .*geldezel/);
    // ... and a clause of the summary beside its clause ("fireworks" -> "vuurwerk").
    const fireworks = ask(
      "what must our school in Hoorn tell students and parents about fireworks?",
      "west-friesland",
    );
    expect(fireworks.answer).toMatch(
      /In the covenant's words \(Dutch\): .*wapens en vuurwerk in en om de school/,
    );
    // One item of a long list: the item that holds the lockers.
    const lockers = ask("mogen we in enkhuizen de kluisjes van leerlingen openen?", "west-friesland");
    expect(lockers.answer).toContain("kluisjes en dergelijke te (laten) openen");
    // Who chairs a meeting: the sentence that names its chair, in the covenant's own words for it.
    const chair = ask(
      "who chairs the signaal overleg at our school in leiden - us or the gemeente?",
      "leiden",
    );
    expect(chair.answer).toMatch(
      /In the covenant's words \(Dutch\): .*geleid door de gemeentelijke contactpersoon/,
    );
  });

  it("quotes the sentence a question asks about, marks every cut, and keeps a long sentence's asked words", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `woord${i}`).join(" ");
    const passage = `Eerste zin over iets anders hier. ${filler} en de kluisjes. Laatste zin over iets anders dat volgt.`;
    const q = quoteFor(passage, { asked: "mogen we de kluisjes openen" }, 20);
    expect(q).toMatch(/^\.\.\. .*en de kluisjes\. \.\.\.$/);
    expect(q.split(/\s+/).filter((w) => w !== "...").length).toBe(20);
    // A passage a few words over the limit is quoted whole: a cut would save little.
    const near = Array.from({ length: 14 }, (_, i) => `woord${i}`).join(" ");
    expect(
      quoteFor(`Eerste zin ${near}. Tweede zin over de kluisjes.`, { asked: "kluisjes" }, 20),
    ).not.toMatch(/\.\.\./);
    // A short passage is quoted whole; a gap the passage marks and a cut make one mark.
    expect(quoteFor("Korte zin.", { asked: "iets" })).toBe("Korte zin.");
    // Two sentences that hold what was asked, apart in the passage, are both quoted with a gap.
    const padding = Array.from({ length: 14 }, (_, k) => `woord${k}`).join(" ");
    const apart = `De school mag kluisjes openen. ${padding} eerste. ${padding} tweede. Leerlingen worden bij kluisjes controleren vooraf ingelicht.`;
    const both = quoteFor(apart, { asked: "kluisjes openen controleren" }, 25);
    expect(both).toMatch(/^De school mag kluisjes openen\. \.\.\. /);
    expect(both).toMatch(/Leerlingen worden bij kluisjes controleren vooraf ingelicht\.$/);
    const gapped = `Begin van het artikel met woorden. ${filler}. ... Relevante partners kunnen op elk moment aansluiten bij dit convenant.`;
    expect(quoteFor(gapped, { asked: "partners aansluiten" }, 20)).not.toMatch(/\.\.\.\s*\.\.\./);
  });

  it("quotes a sentence two facts' passages share once", () => {
    const a = ask(
      "kunnen wij als school de gemeente en politie vragen om een apart overleg over één situatie?",
      "zoetermeer",
    );
    expect(a.answer.split("\n").length).toBeGreaterThan(4);
    expect(a.answer.split("kan de andere partners vragen om een overleg").length).toBe(2);
  });

  it("answers the question after a story when the story points to the same fact", () => {
    const a = ask(
      "een leerling in zoetermeer had een mes bij zich. moeten we dan meteen aangifte doen?",
      "zoetermeer",
    );
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/Eerst een melding bij de politie/);
    // Who is asking, then the question.
    const opened = ask(
      "jeugdverpleegkundige alphen: wat biedt de jgz aan leerlingen die vaak verzuimen?",
      "alphen-aan-den-rijn",
    );
    expect(opened.answered).toBe(true);
    expect(opened.answer).toMatch(/verzuim/i);
    // A subject the covenants do not cover still refuses, story or not.
    const drone = ask(
      "er vloog een drone boven het schoolplein in zoetermeer. mogen we de politie bellen?",
      "zoetermeer",
    );
    expect(drone.answered).toBe(false);
  });

  it("reads 'weer' as 'again', not as the weather, and 'which wijkplan does ... fall under' as a school's wijk", () => {
    const renewed = ask(
      "hoe lang duurt het voordat het zoetermeerse convenant weer verlengd wordt?",
      "zoetermeer",
    );
    expect(renewed.answer).not.toMatch(/staat niet in de convenanten/);
    const wijk = ask("which wijkplan does IKC Klimboom fall under?", "zoetermeer");
    expect(wijk.answer.split("\n")[0]).toMatch(/IKC Klimboom is in the \w+ district/);
  });

  it("reads the covenant's own title as naming the covenant, and a cue split by a separable verb", () => {
    const signed = ask("wanneer is het convenant veiligheid op scholen in almere ondertekend?", "almere");
    expect(signed.answer.split("\n")[0]).toContain("14 november 2023");
    const chair = ask("wie zit het signaaloverleg bij ons op school in leiden voor?", "leiden");
    expect(chair.answered).toBe(true);
    expect(chair.answer).toContain(
      "de gemeentelijke contactpersoon vanuit de Stedelijke Jeugdaanpak Leiden, die het overleg leidt",
    );
  });

  it("answers a question whose parts each point to the same fact, quoting the sentence it asked about", () => {
    const a = ask(
      "Can the gemeente Leiden arrange some supervision near our school during breaks? kids hang around in doorways and leave trash",
      "leiden",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("toezicht in pauzes, rondhangen in portieken");
  });

  it("reads 'wanneer heet iets een ...' as a definition and 'ended before its term' as ending it", () => {
    expect(
      ask("wanneer heet iets in het zoetermeerse convenant nou een incident?", "zoetermeer").answer,
    ).toContain("ernstig onveilig");
    expect(ask("Can the Zoetermeer covenant be ended before its term is over?", "zoetermeer").answered).toBe(
      true,
    );
  });

  it("answers whether a covenant is for a kind of school with the schools it is for", () => {
    const a = ask("geldt het convenant in alphen ook voor het mbo?", "alphen-aan-den-rijn");
    expect(a.answer.split("\n")[0]).toContain("V(S)O-scholen en het MBO");
  });

  it("answers a disagreement about the covenant with the way disputes go", () => {
    const a = ask(
      "Stel dat we het als school in Leiden oneens zijn met de gemeente over de afspraken uit het convenant, waar wordt dat dan besproken?",
      "leiden",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("bestuurlijk overleg onderwijs");
  });

  it("reads an abbreviation it does not know as a subject the covenants do not cover", () => {
    const a = ask("hoe vraag ik een VOG aan voor een stagiair?");
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toContain('"VOG"');
  });

  it("keeps a clause after a semicolon, inside brackets or not, readable", () => {
    const a = ask("wie zit het stadsdeeloverleg in almere voor?", "almere");
    const [first, second] = a.answer.split("\n");
    expect(first).toMatch(/georganiseerd of geleid door de veiligheidsmanager van de gemeente\.$/);
    expect(second).toBe("De veiligheidsmanager zit het overleg voor en de locatie van het overleg rouleert.");
  });

  it("answers two attributes of one meeting asked together, leaving out whom the asker names 'besides'", () => {
    const a = ask(
      "new director at de buut in noordhove. how often do the partners in our wijk meet about school safety, and who joins besides us and the wa?",
      "zoetermeer",
    );
    expect(a.answered).toBe(true);
    const [first, second] = a.answer.split("\n");
    expect(first).toMatch(/Noordhove: once a year/);
    expect(second).toMatch(/^Taking part in .*enforcement and youth work/);
  });

  it("reads 'wat wij op de scholen doen' as a question about a task, not for a list of schools", () => {
    const a = ask("jongerenwerker in leiden: wie bepaalt wat wij op de scholen doen?", "leiden");
    expect(a.answer).not.toMatch(/noemt \d+ scholen/);
    expect(a.answer.split("\n")[0]).toMatch(/jongerenwerk/i);
  });

  it("answers what to do when a contact cannot come to a meeting in West-Friesland", () => {
    const a = ask("ik kan niet naar het overleg, moet ik iemand anders sturen?", "west-friesland");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/tijdig afmelden bij verhindering/);
  });

  it("reads a named school's wijkplan as the plan of its wijk", () => {
    const a = ask(
      "Jacobsvlinder zoetermeer. gaan we door met die preventielessen van halt in onze wijk?",
      "zoetermeer",
    );
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/Palenstein/);
  });

  it("reads a part that only asks an attribute ('and who else can join?') with the meeting named before", () => {
    const a = ask(
      "how often does the almere police contact sit down with our staff at a vo school, and who else can join?",
      "almere",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/at least once a month/);
    expect(a.answer).toMatch(/jongerenwerk en de pedagogische/);
  });

  it("reads 'het om' after a verb as the Openbaar Ministerie, and 'waar het om gaat' as a preposition", () => {
    const a = ask(
      "kan het om ons in hoorn vertellen of een leerling een strafbaar feit heeft gepleegd?",
      "west-friesland",
    );
    expect(a.answer.split("\n")[0]).toMatch(/^Alleen in uitzonderlijke gevallen: het OM/);
    expect(normalize("kan het om ons vertellen")).toContain("openbaar ministerie");
    expect(normalize("weet iemand waar het om gaat")).not.toContain("openbaar ministerie");
    expect(normalize("wil het om te weten komen")).not.toContain("openbaar ministerie");
  });

  it("does not name whoever holds a role now when asked for a name and number", () => {
    const a = ask(
      "wie is de gemeentelijke contactpersoon van de stedelijke jeugdaanpak voor het bonaventura college? naam en 06 graag",
      "leiden",
    );
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toMatch(/rol, niet wie/);
  });

  it("tells a plan, not whether it happened since, and does not count that as an answer", () => {
    const a = ask(
      "did the alphen primary schools actually join the covenant in 2023 like they planned?",
      "alphen-aan-den-rijn",
    );
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe(
      "Whether that has happened since is not in the covenant. What it says:",
    );
  });

  it("knows the everyday words for the press, online bullying, a dispute and who signs", () => {
    expect(
      ask(
        "we keep clashing with gemeente leiden on how the covenant should be applied. where does a dispute like that go?",
        "leiden",
      ).answer,
    ).toMatch(/Veilige School Overleg/);
    const fake = ask(
      "leerling in alphen wordt online gepest via nepaccounts. moeten wij de politie erbij halen volgens het convenant?",
      "alphen-aan-den-rijn",
    );
    expect(fake.answered).toBe(true);
    expect(fake.answer).toMatch(/cyberpesten/);
    const signs = ask(
      "wie tekent er namens de politie voor het convenant schoolveiligheid po zoetermeer?",
      "zoetermeer",
    );
    expect(signs.answer).toMatch(/teamchef/i);
  });

  it("answers from the facts the covenants state in passing: a method, earlier agreements, the safety plan", () => {
    expect(ask("welke methodiek gebruikt de jgz in alphen?", "alphen-aan-den-rijn").answer).toMatch(
      /Gezamenlijk Inschatten Zorgbehoefte/,
    );
    expect(ask("gelden onze oude mondelinge afspraken met de wijkagent nog?", "leiden").answer).toMatch(
      /vervallen alle eventuele eerder/,
    );
    expect(ask("welk integraal veiligheidsplan heeft de gemeente leiden?", "leiden").answer).toMatch(
      /eens in de vier jaar/,
    );
  });

  it("does not answer 'ja' when asked whether the police fall under the AVG", () => {
    const a = ask("geldt de avg ook voor de politie als we gegevens uitwisselen?", "zoetermeer");
    const first = a.answer.split("\n")[0] ?? "";
    expect(first).not.toMatch(/^Ja\b/);
    expect(first).toMatch(/niet aan de AVG gehouden/);
  });

  it("reads past a short opening that says who asks in words that are no role", () => {
    const a = ask(
      "beleidsadviseur veiligheid zoetermeer: hoe lang loopt het po convenant en wat gebeurt er daarna?",
      "zoetermeer",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/verlengd/);
    expect(a.answer).not.toMatch(/^Bedoel je/);
  });

  it("does not answer with the asker's own duties when they say they cannot come", () => {
    const a = ask(
      "i'm the new safety coordinator at rsg enkhuizen and i can't make next week's convenant meeting, dentist. what am i supposed to do?",
      "west-friesland",
    );
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/appoints a safety coordinator/);
  });

  it("answers the question after a story that names something the covenants do not cover", () => {
    const a = ask(
      "we loved the halt lessons at de achtsprong last year. does our wijkplan say we keep doing those?",
      "zoetermeer",
    );
    expect(a.answer).not.toMatch(/do not say/);
    expect(
      ask("hoeveel incidenten waren er vorig jaar op de scholen in zoetermeer?", "zoetermeer").answered,
    ).toBe(false);
  });

  it("keeps what an eighteenth review found: a topic before a colon is no asker, and a question about the asker keeps its opening", () => {
    for (const [q, region] of [
      ["new safety coordinator here, does this covenant apply to us?", "alphen-aan-den-rijn"],
      ["primary school head here, does this covenant apply to us?", "alphen-aan-den-rijn"],
      ["directeur basisschool hier, geldt dit convenant ook voor ons?", "almere"],
      ["directeur basisschool hier, geldt dit convenant ook voor ons?", "zoetermeer"],
      ["teamleider mbo hier, geldt dit convenant ook voor ons?", "zoetermeer"],
      ["mbo team leader here: does this covenant apply to us?", "leiden"],
      ["school social worker here: does this covenant apply to us?", "west-friesland"],
      ["intern begeleider: wat is mijn rol?", "zoetermeer"],
      ["veiligheidscoördinator vo: wat is mijn rol?", "zoetermeer"],
      ["zorgcoördinator hier - wat is mijn rol?", "alphen-aan-den-rijn"],
      ["netwerkregisseur veiligheid: wat is mijn rol?", "leiden"],
      ["directeur basisschool hier, wat is mijn rol?", "almere"],
      ["directeur basisschool hier, hoe vaak komen we bij elkaar?", "almere"],
      ["police officer here: how often do we meet?", "leiden"],
      ["primary school head here, who organises it?", "almere"],
      ["directeur basisschool hier, moeten we ouders informeren?", "zoetermeer"],
      ["casus mes in de tas: wie moeten we inlichten?", "west-friesland"],
      ["naaktfoto's rondgestuurd: wie moeten we inlichten?", "west-friesland"],
      ["dringend, vechtpartij op het plein: wie moeten we inlichten?", "west-friesland"],
      ["casus mes in de tas: wanneer schakelen we de politie in?", "alphen-aan-den-rijn"],
    ] as const)
      expect(ask(q, region).answered, q).toBe(false);
    expect(
      ask("what should a school do when it suspects domestic violence at home?", "alphen-aan-den-rijn").unit,
    ).toBe("guidance/meldcode");
    expect(ask("moeten we de veiligheid monitoren?", "west-friesland").unit).toBe(
      "guidance/wet-veiligheid-op-school",
    );
    expect(ask("is het anoniem als we alleen de klas noemen?", "almere").unit).toBe(
      "guidance/anonymous-data",
    );
    expect(ask("kan ik anoniem een tip geven over drugshandel bij school?", "alphen-aan-den-rijn").unit).toBe(
      "guidance/aangifte-melding",
    );
    expect(ask("mag de school aangifte doen voor een leerling?", "west-friesland").unit).toBe(
      "guidance/aangifte-melding",
    );
    expect(
      ask("wat doet een school in almere bij signalen van huiselijk geweld bij een leerling?", "almere").unit,
    ).toBe("guidance/meldcode");
  });

  it("names the police team that is party to the covenant", () => {
    expect(ask("which police team is part of the west-friesland covenant?", "west-friesland").answer).toMatch(
      /basisteam Hoorn/,
    );
  });

  it("keeps camera guidance to questions about cameras", () => {
    const a = ask(
      "Almere: when exactly are partners allowed to share information about a student with each other?",
      "almere",
    );
    const lines = a.answer.split("\n");
    expect(a.answered).toBe(false);
    expect(lines[1]).toMatch(/^1\. Data or information is exchanged only when expressly necessary/);
  });

  it("does not read vapes as drugs: a protocol that names drugs says nothing about vapes", () => {
    const a = ask("wat staat er in het leidse handelingsprotocol over vapes?", "leiden");
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/^Het handelingsprotocol is een handreiking/);
  });

  it("reads 'what is that meeting ... actually for?' as a question about its purpose", () => {
    const a = ask(
      "what's the yearly policy meeting between the school, the gemeente's veiligheidsmanager and the police operationele expert in almere actually for?",
      "almere",
    );
    expect(a.answer.split("\n")[0]).toMatch(/analyse incidents and trends/);
  });

  it("names the police team of a covenant asked with 'doet mee in', and refuses the next meeting's agenda", () => {
    expect(ask("welk politieteam doet mee in het west-friese convenant?", "west-friesland").answer).toMatch(
      /basisteam Hoorn/,
    );
    const a = ask("whats on the agenda for the next wijkveiligheidsoverleg in rokkeveen?", "zoetermeer");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/^The school-safety covenants I know do not say/);
    const hours = ask(
      "hoeveel uur per week zit de jongerenwerker van participe bij ons op school in alphen?",
      "alphen-aan-den-rijn",
    );
    expect(hours.answered).toBe(false);
  });

  it("knows 'how long does it last', partners who 'fall out' and who 'backs me up'", () => {
    expect(ask("how long does the west friesland covenant last?", "west-friesland").answer).toMatch(
      /^Term of the covenant: The covenant is for an indefinite period/,
    );
    expect(ask("which years does the covenant cover", "leiden").answer).toMatch(
      /^Term of the covenant: The covenant \(2026-2030\)/,
    );
    expect(
      ask("if two partners in leiden fall out over the covenant, where does that get sorted?", "leiden")
        .answer,
    ).toMatch(/bestuurlijk overleg onderwijs/);
    expect(
      ask(
        "quick q - in zoetermeer does the wijkagent get backup from colleagues who know a lot about youth?",
        "zoetermeer",
      ).answer,
    ).toMatch(/taakaccenthouders/);
  });

  it("keeps what a twenty-first review found: who represents whom, a school not in the covenant, a parent and a mentor", () => {
    expect(ask("wie vertegenwoordigt de politie bij ons op school?", "west-friesland").answer).not.toMatch(
      /^Deelnemers/,
    );
    expect(ask("doet het Rijnlands Lyceum Oegstgeest mee in het convenant?", "leiden").answer).not.toMatch(
      /^Partijen/,
    );
    expect(ask("what if parents fall out with the mentor?", "leiden").answer).not.toMatch(/^Disputes/);
    // "the other wijkagent": the one on file is not the other one.
    expect(ask("wie is de andere wijkagent in Seghwaert?", "zoetermeer").answer).not.toMatch(
      /^De wijkagent voor Seghwaert is/,
    );
    expect(ask("how long does the notice period last?", "west-friesland").answer).toMatch(
      /^Notice and ending/,
    );
    expect(ask("how long does the integraal veiligheidsplan last?", "leiden").answer).not.toMatch(
      /^Term of the covenant/,
    );
    expect(
      ask("what week in the year is the signaaloverleg at our school usually planned for?", "leiden").answer,
    ).not.toMatch(/^Signaaloverleg: Share signals/);
    expect(ask("op welke dag is het convenant ondertekend?", "alphen-aan-den-rijn").answered).toBe(true);
    expect(
      ask("wie stelt de agenda van het volgende bestuurlijk overleg onderwijs op?", "leiden").answer,
    ).toMatch(/^Bestuurlijk overleg onderwijs: georganiseerd of geleid door/);
    expect(ask("is bullying covered by the covenant?", "leiden").answer).not.toMatch(/^Signing/);
    expect(ask("almere: what does it take to change the covenant?", "almere").answer).not.toMatch(
      /^The covenant runs for four years/,
    );
    expect(
      ask("een gymjuf is geslagen door een ouder, doet de school aangifte?", "zoetermeer").answer,
    ).toMatch(/^Eerst een melding bij de politie/);
  });

  it("lists the covenant's schools when a school asks which other schools are in it", () => {
    const a = ask(
      "tabor college here, which other schools are in the veilige school covenant with us?",
      "west-friesland",
    );
    expect(a.answer).toMatch(/names 6 schools: Atlas College, Martinuscollege/);
    expect(
      ask("wij zijn het atlas college, welke andere scholen doen mee aan het convenant?", "west-friesland")
        .answer,
    ).toMatch(/noemt 6 scholen/);
    // A wijk, a meeting or a town narrows the list: "our district plan" is the wijkplan's schools.
    expect(
      ask("KC De Touwladder here, which other schools are in our district plan?", "zoetermeer").answer,
    ).not.toMatch(/names 51 schools/);
  });
});

describe("answer shape", () => {
  it("opens with ja or nee only when the question asks yes or no", () => {
    expect(ask("mag ik camerabeelden delen met de politie?", "zoetermeer").answer).toMatch(/^Ja, maar/);
    expect(ask("op welke AVG gronden mag de gemeente gegevens verwerken?", "zoetermeer").answer).toMatch(
      /^Het convenant biedt géén eigen grondslag/,
    );
  });
});
