import { describe, expect, it } from "vitest";
import { normalize } from "../src/engine/text.ts";
import { realEngine } from "./helpers.ts";

const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

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

  it("refers a question about another municipality to that municipality, but not a name or a remark that holds one", () => {
    for (const [q, region] of [
      ["what does lelystad agree with its schools about schoolagenten? want to compare", "almere"],
      ["hoe regelen ze het signaaloverleg in katwijk?", "leiden"],
      ["wie is de wijkagent in purmerend?", null],
    ] as const) {
      const a = ask(q, region);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toMatch(/gemeente van die stad|municipality of that city/);
    }
    // The police unit and the public prosecutor's office the covenants name; where the asker came from; a remark.
    expect(ask("heeft de politie eenheid den haag getekend?", "leiden").answer).toMatch(/Ondertekend door/);
    expect(ask("wie tekende voor politie district alphen gouda?", "alphen-aan-den-rijn").answer).toMatch(
      /Nieumeijer/,
    );
    for (const [q, region] of [
      [
        "ik ben net verhuisd van lelystad naar almere en nu wijkagent hier. hoe vaak is het stadsdeeloverleg?",
        "almere",
      ],
      // Where a pupil comes from, a surname, a town in a name: as a thirty-first review tried.
      [
        "Een leerling van ons uit Lelystad had een mes bij zich op school. Moeten we de politie bellen?",
        "almere",
      ],
      [
        "Juf Hoogeveen wil weten of zij een melding bij Veilig Thuis moet doen bij signalen van huiselijk geweld",
        "zoetermeer",
      ],
      [
        "een leerling die uit Schagen komt spijbelt heel vaak, wanneer moet de leerplichtambtenaar erbij?",
        "west-friesland",
      ],
    ] as const)
      expect(ask(q, region).answered, q).toBe(true);
    // Words of a town apart are no town; where the asker is, is (a remark may say where the asker works).
    expect(ask("Convenant Alphen aan den Rijn: niet helder wie de schoolagent aanwijst?").answer).not.toMatch(
      /gemeente van die stad/,
    );
    for (const q of [
      "wie leidt het signaaloverleg? wij zitten in delft",
      "Heeft de gemeente Den Haag getekend?",
      "wat doet halt? wij zijn een vo school in gouda",
      "Wijkagent Tilburg hier, hoe vaak is het signaaloverleg?",
    ])
      expect(ask(q).answer, q).toMatch(/gemeente van die stad/);
  });

  it("says the contents of a document the covenant only names are not in it", () => {
    for (const [q, region] of [
      ["wat staat er in het jaarplan 2024 van het alphense convenant?", "alphen-aan-den-rijn"],
      ["what does the media policy say about press calls?", "west-friesland"],
    ] as const) {
      const a = ask(q, region);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toMatch(
        /De inhoud daarvan staat niet in het convenant|Its contents are not in the covenant/,
      );
    }
    // What the covenant does say about the document comes with it.
    expect(ask("Wat staat er in het mediabeleid?", "west-friesland").answer).toMatch(
      /Wel zegt het convenant: Partijen stellen na ondertekening een mediabeleid op/,
    );
    // What the covenant says about the document itself is in it.
    expect(ask("wat staat er in het convenant over het mediabeleid?", "west-friesland").answer).toMatch(
      /stellen na ondertekening een mediabeleid op/,
    );
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
    // A name asked for a role the covenants mention in passing: the role's fact, not a name.
    const b = ask("wie is de aandachtsfunctionaris huiselijk geweld bij unicoz? naam graag", "zoetermeer");
    expect(b.answered).toBe(false);
    expect(b.answer.split("\n")[0]).toBe(
      "De convenanten noemen de rol, niet wie die nu vervult. Wat ze zeggen:",
    );
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

  it("answers how often the meeting is in a named wijk with that wijk's meeting, not the covenant's", () => {
    expect(ask("hoe vaak is het overleg in palenstein", "zoetermeer").answer.split("\n")[0]).toBe(
      "Bijeenkomsten convenantpartners Palenstein: meerdere keren per jaar.",
    );
    expect(ask("hoe vaak is het bestuurlijk overleg", "zoetermeer").answer).toMatch(/^Bestuurlijk overleg/);
  });

  it("does not take a count of things for how often something happens", () => {
    const a = ask(
      "wijkagent de leyens: how often is the meeting between me and the schools in my wijk",
      "zoetermeer",
    );
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe("The covenant does not say how often.");
    expect(
      ask("hoe vaak moet de gemeente leiden een integraal veiligheidsplan maken?", "leiden").answer,
    ).toMatch(/eens in de vier jaar/);
  });

  it("says the covenant does not say how long where the facts that come near give no length of time", () => {
    const a = ask("hoe lang blijft de schoolagent op een school", "west-friesland");
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe("Hoe lang staat niet in het convenant.");
    expect(ask("hoe lang loopt het convenant", "almere").answer).toMatch(/^Het convenant geldt vier jaar/);
    expect(ask("how long is the notice period", "leiden").answer).toMatch(/three months/);
  });

  it("keeps what review 60 found: 'hier' in the question, a guess that names the place, a meeting named in a wijk", () => {
    for (const [q, region] of [
      ["wat doet de ggd hier", "almere"],
      ["zit de ggd hier in het convenant", "west-friesland"],
      ["wanneer komt halt", "almere"],
    ] as const)
      expect(ask(q, region).answer, q).toMatch(/niet als partner/);
    expect(ask("what does halt do here", "leiden").answer).toMatch(/does not name Halt as a partner/);
    // (Review 65: a role the covenant names without a unit of its own, a person who signs it, a
    // partner not the subject: none is called unknown to every covenant.)
    for (const [q, region] of [
      ["wat is de rol van de burgemeester", "leiden"],
      ["welke rol heeft de wethouder", "zoetermeer"],
      ["welke rol heeft het samenwerkingsverband", "leiden"],
      ["wat is de rol van de gemeente bij leerplicht", "almere"],
      ["welke rol heeft de wijkagent bij incidenten", "alphen-aan-den-rijn"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(/^Dat staat niet in de convenanten/);
    expect(ask("welke rol heeft de ggd", "leiden").answer).toMatch(/^GGD \/ Hecht:/);
    expect(ask("hoe vaak is het overleg, 2x in oosterheem?").answer).toMatch(
      /^Overleg schoolveiligheid Oosterheem: tweemaal per jaar/,
    );
    expect(ask("wanneer is het signaaloverleg, elke maand in leiden?").answer).toMatch(
      /Signaaloverleg: vijf keer per jaar/,
    );
    expect(ask("how often is the evaluation for schools in oosterheem", "zoetermeer").answer).toMatch(
      /every two years/,
    );
    expect(ask("compared to alphen, does almere have halt", "almere").answered).toBe(false);
    expect(
      ask("netwerkregisseur veiligheid zoetermeer: wie heeft getekend en hoe lang loopt het", "zoetermeer")
        .answer,
    ).toMatch(/^Getekend door/);
    expect(
      ask(
        "jongerenwerker participe hier: wat is de taak en hoe vaak is de jaarlijkse bijeenkomst",
        "alphen-aan-den-rijn",
      ).answer,
    ).toMatch(/^Participe \(jongerenwerk\)/);
    expect(ask("hoeveel wijkplannen zijn er?", "zoetermeer").answer).toMatch(/Negen wijkplannen/);
  });

  it("answers a meeting taken to meet at another rhythm with its rhythm beside what was asked", () => {
    const a = ask("the monthly signaaloverleg at our school, who chairs it", "leiden").answer;
    expect(a.split("\n")[0]).toMatch(/^Signaaloverleg: organised or led by the municipal contact person/);
    expect(a).toMatch(/five times a year/);
    expect(ask("our kerngroep schoolveiligheid meets monthly right, whos in it", "almere").answer).toMatch(
      /four times a year/,
    );
    // (Not said at all, nothing is added.)
    expect(ask("wie zit het signaaloverleg voor", "leiden").answer).not.toMatch(/vijf keer per jaar/);
  });

  it("needs the number of hours or the ages asked for, not any number", () => {
    expect(ask("hoeveel uur van tevoren meldt de politie een aanhouding op school", "leiden").answered).toBe(
      false,
    );
    expect(ask("at what ages does the jgz see the students exactly", "alphen-aan-den-rijn").answered).toBe(
      false,
    );
  });

  it("keeps what review 62 found: a length said as 'one year', a case told after a yes-or-no question, a comparison with a region that lacks it", () => {
    expect(ask("how long can the covenant be extended?", "almere").answer).toMatch(/one year at a time/);
    expect(ask("how long is the jongerenwerk plus coaching?", "alphen-aan-den-rijn").answered).toBe(true);
    expect(ask("moeten we de politie bellen, 1 mes gevonden?", "almere").answer).toMatch(
      /^Ja: bij \(vermoedens van\) bezit/,
    );
    expect(ask("compared to alphen, does almere have kwadraad?").answer).toMatch(
      /^The covenant of Almere does not name Kwadraad/,
    );
    expect(ask("compared to leiden, does zoetermeer have a signaaloverleg?").answer).toMatch(
      /^The covenant of Zoetermeer has no signals meeting/,
    );
    expect(ask("wie zit het jaarlijkse signaaloverleg voor", "leiden").answer).toMatch(/vijf keer per jaar/);
  });

  it("leaves a guess at the answer after the question aside", () => {
    expect(
      ask(
        "what's the notice period if our school board wants to leave the zoetermeer covenant? 6 months like almere?",
        "zoetermeer",
      ).answer.split("\n")[0],
    ).toBe("Notice and ending: No notice period is set.");
    expect(ask("hoe vaak is het signaaloverleg? 4x per jaar?", "leiden").answer.split("\n")[0]).toMatch(
      /^Signaaloverleg: vijf keer per jaar/,
    );
  });

  it("says a coming meeting's date is not in the covenant, however the date is asked for", () => {
    for (const q of [
      "when exactly is the next veilige school overleg in leiden? need the date for my calendar",
      "wanneer precies is het volgende signaaloverleg?",
      "wanneer is de eerstvolgende evaluatie van het convenant gepland?",
    ]) {
      const a = ask(q, "leiden");
      expect(a.answer, q).toMatch(/^(?:De datum van de volgende staat niet|The date of the next one is not)/);
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

  it("puts the covenant's own fact before general guidance that comes nearly as near, when the covenant is asked", () => {
    const a = ask(
      "vanaf welk schooljaar verwacht het leidse convenant dat de wet vrij en veilig onderwijs geldt?",
      "leiden",
    );
    expect(a.unit).toBe("leiden/5.2-evaluatie");
    expect(a.sources.some((s) => s.covenant === "leiden")).toBe(true);
    // Without the covenant named, the guidance on the bill still comes first.
    expect(ask("is de wet vrij en veilig onderwijs al ingegaan?", "almere").unit).toBe(
      "guidance/wet-vrij-en-veilig",
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
