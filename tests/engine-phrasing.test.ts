import { describe, expect, it } from "vitest";
import { quoteFor } from "../src/engine/compose/quote.ts";
import { rhythmOf } from "../src/engine/rhythm.ts";
import { normalize } from "../src/engine/text.ts";
import { realEngine } from "./helpers.ts";

const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

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
    expect(ask("mag ik camerabeelden delen met de politie?").answer).toMatch(/^Ja, maar/);
    expect(ask("wie mag camerabeelden delen met de politie?").answer).not.toMatch(/^Ja/);
    expect(ask("op welke AVG gronden mag de gemeente gegevens verwerken?", "zoetermeer").answer).toMatch(
      /^Het convenant biedt géén eigen grondslag/,
    );
  });
});

describe("small words and how a thing is handed over", () => {
  it("reads 'waarop', 'daarover' as function words", () => {
    const a = ask("flink incident gehad op school in alphen, wie moeten we daarover inlichten?");
    expect(a.answered).toBe(true);
    // A recording or a camera's image of an attack still gets the emergency number first.
    for (const q of [
      "we zien op de camerabeelden van de ingang een schietpartij bij het hek, wat moeten we doen?",
      "there is a recording of a bomb threat on our voicemail, what do we do?",
    ])
      expect(ask(q).answer, q).toMatch(/^(?:Bij acuut gevaar: bel 112|In acute danger: call 112)/);
    // A file-sharing service is still a subject the covenants leave out.
    expect(
      ask("mogen we dropbox gebruiken voor het incidentenregister?", "west-friesland").answer,
    ).not.toMatch(/^Ja/);
  });
});

describe("a story before the question", () => {
  it("does not let words no fact knows in the story refuse or weaken the question after it", () => {
    const a = ask(
      "mijn team (vso leystede) weet eerlijk gezegd niet goed hoe de meldcode werkt. kan hecht een teamtraining geven en over welke onderwerpen?",
      "leiden",
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/teamtrainingen/);
    const b = ask("a student died suddenly this weekend. can hecht/ggd support our school in leiden?");
    expect(b.answered).toBe(true);
    // A place, a firm or a law written with a capital in the story still counts, and so does the
    // story when the question points back into it.
    expect(ask("Wij zitten in Purmerend. Wie is onze wijkagent?", "west-friesland").answered).toBe(false);
    expect(ask("Onze school staat in Katwijk. Geldt het convenant ook voor ons?", "leiden").answered).toBe(
      false,
    );
    expect(
      ask("A teacher got a speeding ticket on the way to school. Must the school report it?", "almere")
        .answered,
    ).toBe(false);
    // A subject the covenants leave out, asked in the question itself, is still refused.
    expect(
      ask("er was gisteren een ruzie. hoe hoog is de boete voor vapen op het plein?", "leiden").answered,
    ).toBe(false);
    // So is a penalty for a partner who does not keep to an agreement.
    expect(
      ask("what's the penalty if a school never sends anyone to the overleg?", "west-friesland").answered,
    ).toBe(false);
    expect(
      ask("wat is de sanctie als de politie niet terugkoppelt na een melding?", "west-friesland").answered,
    ).toBe(false);
  });
});

describe("a quote that answers back to the sentence before it", () => {
  it("quotes that sentence too: a pupil's name in the signaaloverleg is no personal data, only anonymous", () => {
    const a = ask(
      "mag ik als contactpersoon van school de naam van een leerling inbrengen in het signaaloverleg?",
      "leiden",
    );
    expect(a.answer).toContain("anoniem worden ingebracht");
    expect(a.answer).toContain("geen persoonsgegevens gedeeld");
  });
});

describe("a period or an organiser the covenant does not set, and a stand-in", () => {
  it("says the covenants do not give a partner's opening hours, a waiting time or a certificate of conduct", () => {
    for (const [q, region] of [
      ["what are the opening hours of the halt schoolspreekuur", "alphen-aan-den-rijn"],
      ["wat is de wachttijd voor een schoolpedagoog van kwadraad", "alphen-aan-den-rijn"],
      ["do the buurtsportcoaches need a vog to work at our school", "alphen-aan-den-rijn"],
      ["how fast in minutes must police respond after we call", "west-friesland"],
      ["which day of the week is the participe youth worker at the rijnstroom", "alphen-aan-den-rijn"],
      [
        "gemeente leiden: which form do we fill in to escalate a case to the stedelijke jeugdaanpak?",
        "leiden",
      ],
      ["how long can a leiden school keep the data from its incident registration", "leiden"],
    ] as const) {
      const a = ask(q, region);
      expect(a.answered, q).toBe(false);
    }
    // How long camera footage may be kept is general guidance, still given.
    expect(ask("how long can we keep camera footage", "leiden").unit).toBe("guidance/camera-retention");
    // What Halt does at schools is still answered.
    expect(ask("wat doet halt op scholen in alphen", "alphen-aan-den-rijn").answered).toBe(true);
  });

  it("says Zoetermeer sets no notice period when one is asked, and answers how the covenant ends", () => {
    const period = ask("our board wants to leave the covenant. what's the notice period", "zoetermeer");
    expect(period.answered).toBe(false);
    expect(period.answer).toMatch(/No notice period is set/);
    expect(period.answer).toMatch(/ended at any time by agreement/);
    const ending = ask("Can the Zoetermeer covenant be ended before its term is over?", "zoetermeer");
    expect(ending.answered).toBe(true);
    expect(ending.answer).toMatch(/ended at any time by agreement/);
    // A period said away, or a term in another sense, asks whether it can end, which it answers.
    for (const q of [
      "Mogen we zonder opzegtermijn stoppen?",
      "kunnen we zonder een opzegtermijn stoppen?",
      "Can we stop immediately, without a notice period?",
    ])
      expect(ask(q, "zoetermeer").answered).toBe(true);
    expect(
      ask("Wij willen op termijn misschien stoppen met het convenant, kan dat tussentijds?", "zoetermeer")
        .answered,
    ).toBe(true);
    // Alphen sets none either.
    expect(ask("wat is de opzegtermijn in alphen", "alphen-aan-den-rijn").answered).toBe(false);
  });

  it("says the covenant does not name who chairs a meeting, without counting it as an answer", () => {
    const a = ask("who chairs the ambtelijke werkgroep", "west-friesland");
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/^The covenant does not say who organises or chairs the Ambtelijke werkgroep\./);
    // Under it the covenant's words on the werkgroep, not those on the municipality's lead.
    expect(a.answer).toMatch(/Iedere twee maanden de ambtelijke werkgroep/);
    expect(a.answer).not.toMatch(/voert de regie/);
    expect(ask("wie zit de ambtelijke werkgroep voor", "west-friesland").answer).toMatch(
      /^Het convenant zegt niet wie de Ambtelijke werkgroep organiseert/,
    );
    // Almere's kerngroep: its table lists the municipality's project lead among the participants,
    // and nothing says who organises or chairs it.
    const kern = ask("who chairs the kerngroep schoolveiligheid", "almere");
    expect(kern.answered).toBe(false);
    expect(kern.answer).toMatch(
      /^The covenant does not say who organises or chairs the Stedelijke kerngroep/,
    );
    expect(ask("wie organiseert de kerngroep", "almere").answer).toMatch(
      /^Het convenant zegt niet wie de Stedelijke kerngroep schoolveiligheid organiseert/,
    );
    expect(ask("wie zitten er in de kerngroep", "almere").answer).toMatch(/projectleider schoolveiligheid/);
    // Who takes part it does say.
    const who = ask("wie zitten er minimaal in de ambtelijke werkgroep?", "west-friesland");
    expect(who.answered).toBe(true);
    expect(who.answer).toMatch(/gemeenten, scholen en politie/);
  });

  it("does not take a pupil's absence, or the asker's, for a meeting's stand-in", () => {
    for (const region of ["west-friesland", "alphen-aan-den-rijn"])
      expect(ask("Wat doen we bij afwezigheid van een leerling?", region).answer).not.toMatch(/vervanger/);
    expect(ask("Wat gebeurt er met de afspraken als ik er niet ben?", "leiden").answer).not.toMatch(
      /Met de ondertekening vervallen/,
    );
  });

  it("reads a pupil often reported sick as absence through illness, the youth health care's", () => {
    expect(
      ask("leerling heel vaak ziek gemeld wie kan verzuimbegeleiding doen", "alphen-aan-den-rijn").answer,
    ).toMatch(/^JGZ biedt/);
  });

  it("reads a rhythm said of a named meeting as a question how often it is", () => {
    expect(ask("is het signaaloverleg elke maand?", "leiden").answer).toMatch(
      /^Signaaloverleg: vijf keer per jaar/,
    );
    expect(ask("does the kerngroep in almere meet every month", "almere").answer).toMatch(
      /four times a year/,
    );
    expect(ask("is de werkgroep om de maand?", "west-friesland").answer).toMatch(/iedere twee maanden/);
  });

  it("does not read 'every month' in a report of what happens as a question about a meeting", () => {
    expect(
      ask("every month the same kids cause trouble at the bus stop, who do I call?", "leiden").answer,
    ).not.toMatch(/five times a year/);
    expect(ask("do we meet the police every month?", "almere").answer).toMatch(/monthly|once a month/);
    // Nor someone reported sick who is no pupil.
    expect(
      ask("onze contactpersoon meldt zich vaak ziek, wie vervangt hem?", "alphen-aan-den-rijn").answer,
    ).not.toMatch(/JGZ|Youth health/);
  });

  it("reads how short or plain an answer is asked for as no subject, and a subject alone as no yes or no", () => {
    expect(ask("lijstje convenantpartners leiden", "leiden").answer).toMatch(/Regionaal Bureau Leerrecht/);
    expect(
      ask("wat is dat jaarplan nou eigenlijk in gewone woorden, alphen", "alphen-aan-den-rijn").answer,
    ).toMatch(/^De afspraken worden geconcretiseerd in een jaarplan/);
    expect(ask("mogen medewerkers politie informatie doorvertellen", "alphen-aan-den-rijn").answer).toMatch(
      /^Nee: wie politiegegevens inziet/,
    );
    expect(ask("geheimhoudingsplicht alphen", "alphen-aan-den-rijn").answer).toMatch(
      /^Wie politiegegevens inziet of krijgt heeft een geheimhoudingsplicht/,
    );
  });

  it("answers a school's wijk and a second ask about it, and leaves a wijk the covenant does not give open", () => {
    const both = ask("welke wijk ligt ikc klimboom in en wie is de wijkagent", "zoetermeer");
    expect(both.answer).toMatch(/^IKC Klimboom ligt in de wijk Buytenwegh/);
    expect(both.answer).toMatch(/Wijkagent: Verantwoordelijk voor de veiligheid in de wijk/);
    expect(both.answer).toMatch(/art\. 4\.2 \(Wijkagenten\); bijlage 4, wijkplan Buytenwegh/);
    const none = ask("in welke wijk ligt da vinci kagerstraat", "leiden");
    expect(none.answered).toBe(false);
    expect(none.answer).toMatch(/werkt niet met wijken of wijkplannen/);
    expect(none.answer).toMatch(/^Vraag het de contactpersoon van de gemeente Leiden/m);
    // Asked whether it takes part, the covenant it falls under answers.
    expect(ask("doet het Marecollege mee aan het convenant?", "leiden").answered).toBe(true);
  });

  it("reads 'n' between two asks in chat as 'and': each part answered", () => {
    const a = ask("palenstein how often r the meetings n who sets them up", "zoetermeer").answer;
    expect(a).toMatch(/^Bijeenkomsten convenantpartners Palenstein: several times a year\./);
    expect(a).toMatch(/organised or led by the wijkregisseur/);
  });

  it("lists the parties whole, with the school boards a party names in general, and no other list as the parties", () => {
    const zoetermeer = ask("welke partijen doen mee", "zoetermeer").answer;
    expect(zoetermeer).toMatch(
      /^Partijen bij het convenant: gemeente Zoetermeer .*; Politie Basisteam Zoetermeer/,
    );
    expect(zoetermeer.split("\n")[0]).toMatch(
      /OPOZ, Unicoz Onderwijsgroep, .*Resonans speciaal onderwijs\.$/,
    );
    expect(ask("which parties signed", "west-friesland").answer).toMatch(
      /^Parties to the covenant: gemeenten Drechterland/,
    );
    // Where schools sign beside their boards, the boards alone are not added as the list.
    expect(ask("which parties signed", "leiden").answer).not.toMatch(
      /Stichting Confessioneel Onderwijs Leiden/,
    );
    // A review's attacks: the partners in a wijk or a meeting are no list of the parties.
    expect(ask("lijst partners in de wijk rokkeveen", "zoetermeer").answer).toMatch(
      /^Wijkregisseur, wijkagent en zeven basisscholen/,
    );
    expect(ask("list of partners in the signaaloverleg", "leiden").answer).not.toMatch(/^Parties/);
  });

  it("sets two roles side by side by each one's summary, and not two things that are no roles", () => {
    const both = ask("wat is het verschil tussen wijkregisseur en wijkagent", "zoetermeer").answer;
    expect(both).toMatch(/^Wijkregisseur: Contactpersoon van het wijkteam/);
    expect(both).toMatch(/\nWijkagent: Verantwoordelijk voor de veiligheid in de wijk/);
    expect(
      ask("is the schoolagent the same as a jongerenwerker in alphen", "alphen-aan-den-rijn").answer,
    ).toMatch(/^School police officer .*\nYouth worker:/);
    expect(
      ask("verschil tussen maatregelen van school en die van de politie of om, alphen", "alphen-aan-den-rijn")
        .answer,
    ).not.toMatch(/^School: /);
  });

  it("claims no silence of the covenant for its steps or rules where it does speak of the subject", () => {
    // (Alphen names bullying: "covenant steps for bullying" is no question the covenant leaves open.)
    expect(ask("covenant steps for bullying", "alphen-aan-den-rijn").answer).not.toMatch(/says nothing/);
    expect(ask("staat er iets in over pesten", "alphen-aan-den-rijn").answer).not.toMatch(
      /zegt het convenant niets/,
    );
  });

  it("reads 'om' opening a question before an English word of asking about it as the Openbaar Ministerie", () => {
    expect(ask("om info about a student's crime wf how do we get it", "west-friesland").answer).toMatch(
      /^Only in exceptional cases: on request the prosecutor gives relevant information/,
    );
    // Not the Dutch "om" in a mixed sentence, nor before a time.
    expect(normalize("what can we do om pesten te voorkomen")).not.toMatch(/openbaar ministerie/);
    expect(normalize("afspraak do om 9 uur")).not.toMatch(/openbaar ministerie/);
  });

  it("keeps a sixty-ninth review's attacks on the session's engine rules", () => {
    // A phrase that asks how plainly is no subject; its words alone are ("gewond", "kort en intensief").
    expect(ask("leerling gewond op het schoolplein wat nu", "zoetermeer").answer).toMatch(/^Over "gewond"/);
    expect(ask("welke partij begeleidt jongeren kort en intensief", "alphen-aan-den-rijn").answer).toMatch(
      /^Jeugdpreventieteam \(JPT\)/,
    );
    // A longer yes/no question keeps its "Ja:", and says its sentence once.
    const yes = ask("krijgt elke school een eigen jongerenwerker", "west-friesland").answer.split("\n");
    expect(yes[0]).toBe("Ja: per school is een jongerenwerker aangewezen als contactpersoon.");
    expect(yes[1]).not.toMatch(/^Per school is een jongerenwerker aangewezen/);
    // A school's type asked with its wijk: both; "which area" is no wijk asked.
    expect(
      ask("which district is de vuurtoren in and what kind of school is it", "zoetermeer").answer,
    ).toMatch(
      /^SBO De Vuurtoren is a special primary \(SBO\) school\.\nSBO De Vuurtoren is in the Oosterheem district/,
    );
    expect(ask("which area does tabor college belong to", "west-friesland").answered).toBe(true);
    // "Is X the same as Y" that one fact answers: that fact.
    expect(
      ask("is the school's contact person the same as the safety coordinator", "west-friesland").answer,
    ).toMatch(/^Yes: the school appoints a safety coordinator/);
  });

  it("keeps a seventieth review's attacks: words that are subjects, partners of a place, roles of a meeting", () => {
    // "uitleg" and "short" are subjects ("uitleg aan ouders", "short-term"), not how to answer.
    expect(ask("wie geeft uitleg aan ouders over het convenant", "almere").answer).not.toMatch(/^Halt/);
    expect(ask("is the JPT support short-term", "alphen-aan-den-rijn").answer).toMatch(
      /Youth prevention team|Jeugdpreventieteam/,
    );
    // The partners of a wijk are its own.
    expect(ask("wie zijn de partners in Seghwaert", "zoetermeer").answer).not.toMatch(
      /^Partijen bij het convenant/,
    );
    // A question back keeps each fact's yes or no.
    expect(
      ask("wat is het verschil tussen wijkregisseur en wijkagent bij het signaaloverleg", "zoetermeer")
        .intent,
    ).not.toBe("role");
  });
});

describe("short words typed before a meeting's name", () => {
  it("reads 'vo overleg' as no 'po overleg' or 'vso overleg': a short word is not corrected", () => {
    const a = ask("who else can join that monthly vo overleg with the police contact", "almere");
    expect(a.answer).toMatch(/Laagdrempelig overleg school en politie \(VO, MBO, HBO\)/);
    expect(a.answer).not.toMatch(/primair onderwijs/);
    // Typed apart, a meeting's own name is still found ("po overleg", "wijk agent").
    expect(ask("wie zitten er in het po overleg", "almere").answer).toMatch(/Passend Onderwijs/);
  });
});

describe("a meeting asked for as a whole", () => {
  it("answers 'wat is het veilige school overleg' with what it is for and how often, not a question back", () => {
    const a = ask("wat is het veilige school overleg", "leiden");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(
      /^Veilige School Overleg: Knelpunten bespreken[^\n]*\nVeilige School Overleg: minstens één keer per jaar/,
    );
    expect(ask("what is the kerngroep", "almere").answer).toMatch(/four times a year/);
    // With who is asking first, the same.
    expect(ask("stedelijk gymnasium leiden here, whats the bestuurlijk overleg onderwijs").answer).toMatch(
      /Bestuurlijk overleg onderwijs: yearly/,
    );
    // An attribute asked is still answered alone.
    expect(ask("wie zit het veilige school overleg voor", "leiden").answer).not.toMatch(
      /^Veilige School Overleg: Knelpunten/,
    );
  });
});

describe("review 71: general guidance where a covenant is silent, and meetings in short", () => {
  it("keeps a two-part question's covenant answer beside the guidance, and offers one guidance once for two regions", () => {
    const two = ask(
      "wie is de contactpersoon van de politie en wat zijn de stappen van de meldcode?",
      "west-friesland",
    );
    expect(two.answer).toMatch(/^Contactpersoon convenant:/);
    expect(two.answer).toMatch(/Meldcode huiselijk geweld/);
    const both = ask("meldcode in leiden en west-friesland, wat zijn de stappen?");
    expect(both.answer.match(/Meldcode huiselijk geweld en kindermishandeling/g) ?? []).toHaveLength(1);
    // Without its yes, the guidance's opening has no "Maar" left in front.
    expect(ask("wie mag camerabeelden delen met de politie?").answer).toMatch(/^De veiligste weg is/);
  });

  it("does not take one wijk's meeting for 'the' wijk meeting, and reads 'wat houdt ... in'", () => {
    expect(ask("wat is het wijkveiligheidsoverleg", "zoetermeer").answered).toBe(false);
    expect(ask("what are the district meetings", "zoetermeer").answered).toBe(false);
    expect(ask("wat houdt het veilige school overleg in", "leiden").answer).toMatch(
      /minstens één keer per jaar/,
    );
  });
});

describe("review 72: the law asked, and a meeting named beside another subject", () => {
  it("answers the law with its guidance and a subject of a meeting as that subject", () => {
    expect(ask("wat zegt de AVG over camerabeelden?", "leiden").answered).toBe(true);
    expect(ask("wat is de evaluatie in het veilige school overleg?", "leiden").answer).toMatch(/Evaluatie/);
  });
});
