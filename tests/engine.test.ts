import { describe, expect, it } from "vitest";
import { ConvenantbotError } from "../src/errors.ts";
import { realEngine } from "./helpers.ts";

const ask = (q: string, region: string | null = null) => realEngine().ask(q, { region });

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

  it("does not count a name asked for and not known as answered, nor a contact line with nothing else", () => {
    const a = ask("wijkagent naam bona ventura", "leiden");
    expect(a.answer).toMatch(/staat nog niet in het contactoverzicht/);
    expect(a.answered).toBe(false);
    // Names shared, or what a name stands for, ask no person.
    expect(ask("mogen we namen delen met de jongerenwerker", "almere").intent).not.toBe("contact");
    const b = ask("officier van justitie contactpersoon", "almere");
    expect(b.answer.split("\n")[0]).toMatch(/staat nog niet in het contactoverzicht/);
    expect(b.answered).toBe(false);
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
    // A look-up with how to answer and why after it stays a look-up.
    expect(ask("who is the current wijkregisseur for rokkeveen? name pls, need to invite them").intent).toBe(
      "contact",
    );
    const who = ask("wie organiseert het stadsdeeloverleg? naam en 06 graag, moet hem mailen", "almere");
    expect(who.answer).toMatch(/^De convenanten noemen de rol, niet wie die nu vervult/);
    expect(who.answered).toBe(false);
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

  it("reads 'ik wil haar ff mailen' after a question as why it is asked: a person is looked up", () => {
    const a = ask("wie is de wijkregisseur van seghwaert? ik wil haar ff mailen", "zoetermeer");
    expect(a.answer).toMatch(/^De wijkregisseur voor Seghwaert is /);
    const b = ask("who is the wijkagent for seghwaert? i want to call him", "zoetermeer");
    expect(b.answer).toMatch(/^The community police officer for Seghwaert is /);
  });

  it("quotes the age limit when a pupil's age is told", () => {
    for (const q of [
      "leerling van 17 in leiden betrapt met drugs, moeten we dan ook de ouders bellen?",
      "leiden, student is 17 and got into trouble. do we still have to involve the parents?",
    ])
      expect(ask(q).answer, q).toMatch(/16-jarigen en ouder/);
  });

  it("quotes a list whole when the question asks what must at least be in it", () => {
    const a = ask(
      "wat moet er minimaal in de paragraaf veiligheid van het schoolreglement staan?",
      "alphen-aan-den-rijn",
    );
    expect(a.answer).toMatch(
      /Letterlijk: “[^”]*vertrouwenspersonen[^”]*bergvakken en dergelijke te openen\.”/,
    );
    const b = ask("what do we have to tell parents about the covenant at minimum? hoorn", "west-friesland");
    expect(b.answer).toMatch(/In the covenant's words \(Dutch\): “[^”]*pooierboys/);
    // Asked for one item, the quote stays short.
    expect(ask("mag de school in alphen de kluisjes openen?", "alphen-aan-den-rijn").answer).not.toMatch(
      /vertrouwenspersonen zijn aangesteld/,
    );
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
    // The school's own report is answered with its condition, never a bare "Ja".
    expect(
      ask("mag de school zelf beslissen om geen aangifte te doen?", "alphen-aan-den-rijn").answer,
    ).toMatch(/^Is de school zelf benadeelde, dan doet zij altijd aangifte/);
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
      ["welke rol heeft halt? onze leerlingen komen deels uit alkmaar", "west-friesland"],
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

  it("says a school has no wijk rather than guessing, and counts that as no answer", () => {
    const a = ask("in welke wijk ligt SO De Keerkring?");
    expect(a.answered).toBe(false);
    expect(a.unanswered).toBe("not-in-covenants");
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

  it("says the covenant names no rhythm when a fact without one would answer 'how often'", () => {
    const a = ask(
      "alphen: hoe vaak moet een school met de schoolwijkagenten om tafel?",
      "alphen-aan-den-rijn",
    );
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe("Hoe vaak staat niet in het convenant.");
    expect(a.answer).toMatch(
      /Wel zegt het convenant: De school heeft actief contact met de schoolwijkagenten/,
    );
    expect(a.answer).toMatch(/art\. 2\.7/);
    // A fact that gives a rhythm in any words answers ("tweejaarlijks", "telkens één schooljaar",
    // "altijd"); so does each part of a question that asks more; a question back stays one.
    expect(ask("hoe vaak wordt het westfriese convenant geëvalueerd?", "west-friesland").answer).toMatch(
      /Tweejaarlijks/,
    );
    expect(ask("how often is the covenant renewed?", "west-friesland").answer).toMatch(
      /one school year at a time/,
    );
    const aangifte = ask("Hoe vaak doet de school aangifte?", "alphen-aan-den-rijn");
    expect(aangifte.answer).not.toMatch(/Hoe vaak staat niet/);
    expect(aangifte.answer).toMatch(/altijd aangifte/);
    const both = ask("how often is there an evaluation meeting under the alphen covenant, who organises it?");
    expect(both.answered).toBe(true);
    expect(both.answer).toMatch(/yearly/);
    expect(both.answer).toMatch(/municipality/);
    const met = ask(
      "pedagogische conciërge hier, hoe vaak is dat overleg met de politie waar ik bij mag aanschuiven?",
    );
    expect(met.answer).toMatch(/eenmaal per maand/);
  });

  it("does not pass general guidance off as the covenant's word when the covenant is asked", () => {
    const a = ask("meldcode stappen volgens ons westfriese convenant", "west-friesland");
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe("Daarover zegt het convenant niets.");
    expect(a.answer).toMatch(/Algemene richtlijn: Meldcode/);
    expect(a.answer).toMatch(/privacyfunctionaris \(FG\)/);
    const en = ask("according to the covenant, how long may we keep camera footage?", "leiden");
    expect(en.answered).toBe(false);
    expect(en.answer.split("\n")[0]).toBe("The covenant says nothing about that.");
    expect(en.answer).toMatch(/General guidance: Keeping camera footage/);
    // Where the covenant asked speaks of the subject itself, it is never called silent on it:
    // Leiden's covenant names the meldcode.
    for (const [q, region] of [
      ["Volgens het convenant, moeten we de meldcode volgen?", "leiden"],
      ["Welke wet geldt volgens het convenant voor politiegegevens?", "west-friesland"],
      [
        "Volgens het convenant, moeten we aangifte doen bij mishandeling van een leraar?",
        "alphen-aan-den-rijn",
      ],
      ["Volgens het convenant, wie mag de camerabeelden bekijken?", "zoetermeer"],
      ["According to the covenant, when does the Free and Safe Education Act come into force?", "leiden"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(/zegt het convenant niets|covenant says nothing/);
    // Nor is a region of the covenant or its partners a question what it says.
    expect(ask("Is de meldcode in de convenantregio verplicht?", "leiden").answer).not.toMatch(
      /zegt het convenant niets/,
    );
    // "does the covenant say" asks the same.
    expect(
      ask(
        "does the covenant say we have to follow the meldcode and report to veilig thuis",
        "alphen-aan-den-rijn",
      ).answer,
    ).toMatch(/^The covenant says nothing about that\./);
    // A fact of the covenant that comes well below the guidance (Almere's introduction, Zoetermeer's
    // article on reporting a crime) does not make the guidance the covenant's word; where one comes
    // near, the covenant is not called silent: it is shown, with its article, before the guidance.
    const silent = ask(
      "does the almere covenant say anything about the wet vrij en veilig onderwijs",
      "almere",
    );
    expect(silent.answered).toBe(false);
    expect(silent.answer).toMatch(/^The covenant says nothing about that\.\nGeneral guidance: Bill on free/);
    const near = ask(
      "does the zoetermeer covenant say we have to report serious incidents to the onderwijsinspectie",
      "zoetermeer",
    );
    expect(near.answered).toBe(false);
    expect(near.answer).toMatch(
      /^The covenant does not say this in so many words\.\nClosest in the covenant is Inleiding/,
    );
    expect(near.answer).toMatch(/\nGeneral guidance: Bill on free/);
    // (Review 65: Almere's covenant does speak of the police and the school; it is not called silent.)
    expect(
      ask("volgens het convenant mag de politie informatie over een leerling aan school geven?", "almere")
        .answer,
    ).not.toMatch(/zegt het convenant niets/);
    // Asked without a region, the guidance answers. Asked in a region whose covenant does not speak
    // of the subject, the covenant is called silent even where the question does not name it, and
    // the guidance is shown as such (without a yes that may be another subject's: review 72).
    // Asked what the law says, the guidance answers. What the covenant says still answers.
    expect(ask("wat zegt de wet over camerabeelden aan de politie geven?", "leiden").answered).toBe(true);
    expect(ask("mag ik camerabeelden delen met de politie?").answered).toBe(true);
    const camera = ask("mag ik camerabeelden delen met de politie?", "leiden");
    expect(camera.answered).toBe(false);
    expect(camera.answer).toMatch(
      /^Daarover zegt het convenant niets\.\nAlgemene richtlijn: Camerabeelden aan de politie geven/,
    );
    expect(ask("wie mag de camerabeelden bekijken?", "zoetermeer").answered).toBe(true);
    expect(ask("hoe vaak is het signaaloverleg volgens het convenant?", "leiden").answer).toMatch(
      /vijf keer per jaar/,
    );
    expect(
      ask("mogen we volgens het convenant persoonsgegevens uitwisselen?", "alphen-aan-den-rijn").answer,
    ).toMatch(/^Nee, niet op basis van dit convenant/);
  });

  it("says a meeting named by its own name is another region's, with the region's own meetings", () => {
    const a = ask("hebben wij ook een signaaloverleg?", "almere");
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe(
      "Het Almeerse convenant Veiligheid op scholen kent geen signaaloverleg; dat overleg staat in het Leids convenant Veiligheid in en om het onderwijs (Leiden).",
    );
    expect(a.answer).toMatch(/De overleggen in Almere: Bestuurlijk overleg, Stedelijke kerngroep/);
    expect(ask("is there a digitaal spreekuur here?", "zoetermeer").answer).toMatch(
      /^The covenant of Zoetermeer has no digital consultation hour; that meeting is in the covenant of West-Friesland\./,
    );
    // The region's own meeting answers; words that describe a meeting name none of another region.
    expect(ask("hoe vaak is het signaaloverleg?", "leiden").answer).toMatch(/vijf keer per jaar/);
    expect(ask("hoe vaak is het overleg met de politie?", "leiden").answer).not.toMatch(/kent geen/);
    // A cold review's attacks: a description of a meeting, a role or a subject asked about in it.
    for (const [q, region] of [
      ["hoe vaak is er overleg school en politie in Seghwaert?", "zoetermeer"],
      ["hoe vaak is het beleidsmatig overleg?", "leiden"],
      ["wat doet de wijkagent in het signaaloverleg?", "almere"],
      ["mogen we camerabeelden laten zien in het signaaloverleg?", "almere"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(/kent geen|has no/);
    // Wijkplannen are Zoetermeer's alone.
    expect(ask("do we have a wijkplan for our stadsdeel", "almere").answer).toMatch(
      /^The covenant of Almere has no district plans \(wijkplannen\); those are in the covenant of Zoetermeer\./,
    );
    expect(ask("wat staat er in het wijkplan van noordhove?", "zoetermeer").answered).toBe(true);
    // "in charge of" and "the point of" alone ask no meeting's organiser or purpose.
    expect(ask("who is in charge of privacy at our school?", "leiden").answer).not.toMatch(
      /organised or led/,
    );
  });

  it("says an organisation the region's covenant does not name is not its partner, and whose it is", () => {
    const a = ask("wat doet halt in ons convenant", "leiden");
    expect(a.answered).toBe(false);
    expect(a.answer.split("\n")[0]).toBe(
      "Het Leids convenant Veiligheid in en om het onderwijs noemt Halt niet als partner; Halt staat wel in het convenant van Zoetermeer, Alphen aan den Rijn, West-Friesland.",
    );
    expect(ask("what does the ggd do in this covenant", "west-friesland").answer).toMatch(
      /^The covenant of West-Friesland does not name public health service \(GGD \/ Hecht\) as a partner/,
    );
    // A partner the covenant has, or names anywhere, answers as before; so does asking to bring one in.
    expect(ask("wat doet halt?", "west-friesland").answered).toBe(true);
    expect(ask("wat doet het OM", "almere").answer).toMatch(/proces-verbaal/);
    expect(ask("kan halt erbij komen", "almere").answer).toMatch(/andere organisaties/);
    expect(ask("wat doet halt bij ons eigenlijk", "almere").answer).toMatch(/noemt Halt niet als partner/);
    // ... also when asked how often or when it does something, as the verb's subject, meetings and all.
    expect(ask("hoe vaak komt halt op onze scholen voorlichting geven", "almere").answer).toMatch(
      /noemt Halt niet als partner/,
    );
    expect(ask("when does the ggd join the school safety meetings", "almere").answer).toMatch(
      /does not name public health service/,
    );
    // ... after an opening that says who asks, and of the covenant named with its adjective.
    expect(
      ask("jgz verpleegkundige hier: wat doet de ggd in het westfriese convenant", "west-friesland").answer,
    ).toMatch(/noemt GGD \/ Hecht niet als partner/);
    expect(ask("hoe vaak komt halt op onze scholen voorlichting geven", "zoetermeer").answer).not.toMatch(
      /niet als partner/,
    );
    // A cold review's attacks: the organisation is not what is asked about, or its word means
    // something else, or a role the covenant has does its work.
    for (const [q, region] of [
      ["how do we halt the vandalism", "leiden"],
      ["een kind is niet veilig thuis, wat nu", "almere"],
      ["wat doen we bij signalen van kindermishandeling, moeten we veilig thuis bellen?", "almere"],
      ["wat doet veilig thuis", "west-friesland"],
      ["samenwerking hecht houden met de wijkagent", "zoetermeer"],
      ["wat doet het rbl", "west-friesland"],
      ["wanneer moet de school veilig thuis bellen", "almere"],
      ["how often does the police visit our school", "leiden"],
    ] as const)
      expect(ask(q, region).answer, q).not.toMatch(/niet als partner|as a partner/);
    // Nor do signs of something or a drawing name who signed.
    expect(ask("are there also signs of radicalisation", "leiden").answer).not.toMatch(/signed the covenant/);
    expect(ask("er is ook getekend op de muur van de gymzaal", "zoetermeer").answered).toBe(false);
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

describe("preparing ahead", () => {
  it("builds its typo indexes before the first question, and answers the same as without", async () => {
    const { createEngine } = await import("../src/engine/engine.ts");
    const { loadKnowledge } = await import("../src/knowledge/loader.ts");
    const questions = [
      "moeten agendapunten vooraf worden aangeleverd voor het signaaloverleg",
      "wie is de wijkagnet voor ikc de klimboom",
      "who is the contact person for the signaaloverleg in leiden",
    ];
    const cold = createEngine(loadKnowledge());
    const prepared = createEngine(loadKnowledge());
    await prepared.prepare();
    await prepared.prepare();
    for (const q of questions) expect(prepared.ask(q).answer, q).toBe(cold.ask(q).answer);
  });
});
