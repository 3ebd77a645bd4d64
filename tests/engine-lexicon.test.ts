import { describe, expect, it } from "vitest";
import { normalize } from "../src/engine/text.ts";
import { realEngine } from "./helpers.ts";

const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

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
  it("answers a second part that opens with a preposition: '..., en voor hoe lang geldt het?'", () => {
    const a = ask("wat is de opzegtermijn van het convenant, en voor hoe lang geldt het?", "almere");
    expect(a.answer).toMatch(/zes maanden/);
    expect(a.answer).toMatch(/vier jaar/);
  });
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

  it("reads 'wat is het doel ervan?' after a first part as the purpose of the meeting that part names", () => {
    const a = ask(
      "directeur van een sbo-school in almere: hoe vaak is er overleg tussen de so- en sbo-scholen, politie en gemeente, en wat is het doel ervan?",
    );
    expect(a.answer).toContain("tenminste driemaal per jaar");
    expect(a.answer).toMatch(/trends en ontwikkelingen/);
  });

  it("asks back two attributes of a meeting the question does not name, or of two meetings", () => {
    for (const [q, region] of [
      ["how often do we meet and who chairs?", "zoetermeer"],
      ["hoe vaak komen die bijeenkomsten samen en wat wordt er besproken?", "almere"],
      [
        "hoe vaak zijn de overleggen van de werkgroep en het spreekuur en wie organiseert ze?",
        "west-friesland",
      ],
      [
        "wanneer is het eerstvolgende signaaloverleg op het bonaventura college? wil het ff in mn agenda zetten",
        "leiden",
      ],
    ] as const)
      expect(ask(q, region).answered, q).toBe(false);
    // A second part with a word no fact knows is not read as the meeting's purpose.
    expect(
      ask("hoe vaak is de ambtelijke werkgroep en wat gebeurt er met de notulen?", "west-friesland").answer,
    ).not.toMatch(/Signalen delen/);
  });

  it("answers two attributes of one meeting when neither part is clear on its own", () => {
    const b = ask(
      "im the wijkagent for palenstein. what does their neighbourhood plan say about how often those get-togethers happen and what gets discussed?",
      "zoetermeer",
    );
    expect(b.answer).toContain("several times a year");
    expect(b.answer).toMatch(/steps partners take together/);
  });

  it("answers how often a meeting is and what it does, also when the second part says little", () => {
    const a = ask(
      "hoe vaak komt de kerngroep schoolveiligheid in almere bij elkaar en wat doen ze met de uitkomsten?",
    );
    expect(a.answer).toContain("viermaal per jaar");
    expect(a.answer).toContain("informeren hun besturen");
    const b = ask("hoe vaak is de ambtelijke werkgroep in westfriesland en wat bereiden ze daar voor?");
    expect(b.answer).toContain("iedere twee maanden");
    expect(b.answer).toMatch(/bestuurlijk veiligheidsoverleg voorbereiden/);
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
    // The covenant's words for each, also under an English answer.
    const en = ask(
      "what's the difference between an incident, a trend and an ontwikkeling in the leiden signaaloverleg?",
    );
    expect(en.answer).toMatch(
      /In the covenant's words \(Dutch\): “Incident: Een acute of plotselinge gebeurtenis[^”]*” “Trend: Een herhaaldelijk patroon[^”]*” “Ontwikkeling: Verandering in de samenleving/,
    );
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

describe("a covenant that runs out", () => {
  it("answers with its term when the question says 'this year', and still refuses this year's figures", () => {
    const a = ask("ons po convenant in zoetermeer loopt toch eind dit jaar gewoon af?", "zoetermeer");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("elke 2 jaar");
    expect(ask("the almere covenant expires in 2027 or not?", "almere").sources[0]?.covenant).toBe("almere");
    expect(ask("hoeveel incidenten waren er dit jaar?", "zoetermeer").answered).toBe(false);
    // A fire alarm that goes off is no covenant running out; whether it already happened, or
    // another plan's renewal this year, is no question of its term.
    expect(ask("het brandalarm loopt af, wat nu?", "leiden").answered).toBe(false);
    expect(ask("is het convenant dit jaar al verlengd?", "almere").answered).toBe(false);
    expect(ask("was the covenant renewed last year?", "leiden").answered).toBe(false);
    expect(ask("wordt het jaarplan dit jaar verlengd?", "alphen-aan-den-rijn").answered).toBe(false);
    expect(ask("stoppen we dit jaar met de whatsappgroep?", "zoetermeer").answered).toBe(false);
  });
});

describe("taking part", () => {
  it("asks who signed when someone 'is aangesloten' or 'doet mee', whatever else is named", () => {
    expect(ask("is participe aangesloten?", "alphen-aan-den-rijn").unit).toBe(
      "alphen-aan-den-rijn/meta-signatories",
    );
    expect(ask("who is taking part?", "alphen-aan-den-rijn").unit).toBe(
      "alphen-aan-den-rijn/meta-signatories",
    );
  });

  it("in a school's team is no signing of the covenant", () => {
    const a = ask("mag de wijkagent meedoen in ons ondersteuningsteam? mbo in leiden", "leiden");
    expect(a.answer).toContain("ondersteuningsteam");
    expect(a.answer).not.toMatch(/Ondertekend|Ondertekening/);
    expect(ask("doet het om mee aan het convenant?", "leiden").answer).toMatch(/OM/);
  });
});

describe("British and American school words", () => {
  it("reads British and American school words as the covenants' roles and meetings", () => {
    expect(
      ask("whats the online drop-in session thing in west friesland, who organises it and how often?").answer,
    ).toMatch(/Digitaal spreekuur/);
    expect(
      ask("can the police join our student support team at a leiden secondary?", "leiden").answer,
    ).toMatch(/ondersteuningsteam/i);
    expect(
      ask("tabor college here, we'd like a safety scan of the school. can halt do that, and is it free?")
        .answer,
    ).toMatch(/schoolveiligheidsanalyse|school safety analysis/i);
  });
});

describe("who pays", () => {
  it("answers who pays for trainings from Zoetermeer's subsidy article, and refuses who pays for anything else", () => {
    const a = ask("wie betaalt een anti-pesttraining voor ons team?", "zoetermeer");
    expect(a.answered).toBe(true);
    expect(a.answer.split("\n")[0]).toMatch(/subsidieert de gemeente training/);
    expect(ask("who pays for an anti-bullying training for our team?", "zoetermeer").answer).toMatch(
      /subsidises training/,
    );
    for (const q of ["wie betaalt de bus naar de training?", "who pays for the school trip?"])
      expect(ask(q, "zoetermeer").answered, q).toBe(false);
    expect(ask("who pays for an anti-bullying training for our team?", "almere").answered).toBe(false);
  });
});

describe("everyday phrases read only where they mean what the lexicon says, as a fortieth review tried", () => {
  it("keeps names asked for, 'cannot access', 'does the municipality cover' and a plan for next week apart", () => {
    // "met naam" asks for the names, not about personal data.
    expect(ask("wie tekende namens de politie, met naam", "alphen-aan-den-rijn").answer).toMatch(
      /Nieumeijer/,
    );
    // "kan niet bij het verslag": cannot see it, no stand-in.
    expect(
      ask(
        "de wijkagent kan niet bij het verslag van het veilige school overleg, mag hij dat inzien?",
        "leiden",
      ).answered,
    ).toBe(false);
    // "does the municipality cover ...": a question of scope, not of subsidy.
    expect(ask("does the municipality cover Enkhuizen and Opmeer too?", "west-friesland").answer).not.toMatch(
      /subsid/i,
    );
    // Something planned for next week, then a question of who: answered, no date asked.
    const a = ask(
      "volgende week staat de evaluatie gepland, wie organiseert die eigenlijk?",
      "west-friesland",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/regie van de gemeente/);
    // A pupil named in a meeting is a question of personal data.
    expect(
      ask("in the signaaloverleg can I bring up a pupil by name if I'm really worried about him?", "leiden")
        .answer,
    ).toMatch(/anoniem|anonymous|personal data|persoonsgegevens/i);
  });

  it("says a break-in's report is the school's own only where the school is the injured party", () => {
    const a = ask(
      "laptops were stolen from a teacher's home, does the school file the report itself?",
      "alphen-aan-den-rijn",
    );
    expect(a.answer.split("\n")[0]).toMatch(/^When the school itself is the injured party/);
  });
});

describe("today's words read narrowly, as a forty-second review tried", () => {
  it("keeps a locked schoolyard, 'his parents', a pupil's penalty and leaving the covenant apart", () => {
    expect(ask("voor hoe lang is het schoolplein afgesloten na een incident?", "leiden").answer).not.toMatch(
      /stilzwijgend|verlengd/,
    );
    expect(
      ask("een leerling heeft een mes bij zich, melden we dat bij de politie en bij zijn ouders?", "almere")
        .answer,
    ).not.toMatch(/beschikbaar aan ouders/);
    expect(
      ask("wat is de straf als een leerling spijbelt, wordt hij naar halt gestuurd?", "west-friesland")
        .answer,
    ).toMatch(/Halt/);
    expect(
      ask("what are the consequences if a partner wants to leave the covenant?", "almere").answer,
    ).toMatch(/six months|zes maanden/);
  });
});

describe("chat words that name no subject", () => {
  it("do not turn a question the covenant answers into 'the covenants say nothing about ...'", () => {
    const a = ask("who counts as a convenantpartner here, newbie question", "leiden");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Regionaal Bureau Leerrecht");
    expect(a.answer).not.toContain("newbie");
  });

  it("read 'vlgs' as 'volgens'", () => {
    const a = ask(
      "leerling vertelt over huiselijk geweld thuis, moet ik vlgs ons convenant naar veilig thuis",
      "west-friesland",
    );
    expect(a.answer.split("\n")[0]).toBe("Daarover zegt het convenant niets.");
  });

  it("read an English contraction typed without its apostrophe as the one with it", () => {
    const typed = ask(
      "can the police ask us about a students background when theyre deciding on his punishment",
      "west-friesland",
    );
    const written = ask(
      "can the police ask us about a student's background when they're deciding on his punishment",
      "west-friesland",
    );
    expect(typed.answer).toBe(written.answer);
    expect(typed.answer).not.toContain("theyre");
    // "thats", "whats", "theres": no word the covenants do not know.
    const q =
      "groups of our pupils causing trouble at the winkelcentrum after school, thats not school grounds so who handles it";
    expect(ask(q, "zoetermeer").answer).toBe(ask(q.replace("thats", "that's"), "zoetermeer").answer);
    expect(ask(q, "zoetermeer").answer).not.toMatch(/thats/);
  });

  it("reads remembering and 'hooguit' as chat, not as a subject the covenants lack", () => {
    expect(
      ask("is our covenant still valid, nobody remembers it ever being renewed", "west-friesland").answer,
    ).not.toMatch(/nothing specific/);
    // (Review 65: "wont" is Dutch chat for "woont" as often as English; the reply stays Dutch.)
    expect(ask("waar wont de wijkagent", "zoetermeer").language).toBe("nl");
  });
});

describe("incidents in everyday words", () => {
  it("reads hatred of a group said in class as extreme statements", () => {
    const a = ask(
      "leerling doet extreme uitspraken over joden in de les, wat moeten we als school hebben",
      "west-friesland",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/extreme uitingen/);
    // Vaping is no subject of the covenants: not read as drugs.
    expect(
      ask("is vaping a reportable offence under the wf handelingsprotocol?", "west-friesland").answered,
    ).toBe(false);
  });
});
