import { describe, expect, it } from "vitest";
import { found } from "./pii-helpers.ts";

describe("text pasted from mail, chat exports, minutes and signatures", () => {
  it("names the speakers of minutes written as initials with a particle, and those beside them", () => {
    expect(
      found(
        "Notulen 7 maart\nJdV: drie meldingen bij de bushalte.\nMB: leerplicht belt moeder.\nActie: wijkagent loopt langs.",
      ),
    ).toEqual(["naam:JdV", "naam:MB"]);
    expect(found("TvdL: so who's taking the case?\nMO: attendance office, I think.")).toEqual([
      "naam:TvdL",
      "naam:MO",
    ]);
    // Organisations and headings that speak stay what they are.
    expect(found("Politie: geen nieuwe meldingen.\nActie: wijkagent loopt langs.")).toEqual([]);
  });

  it("reads a home address whose number was pasted onto the next line", () => {
    expect(found("de moeder woont aan de Schubertsingel\n41 en zegt dat haar zoon wordt bedreigd")).toEqual([
      "adres:Schubertsingel\n41",
    ]);
  });

  it("leaves an organisation's letterhead or signature alone, not a person's", () => {
    expect(
      found(
        "Jongerenwerk Hoorn\nStichting Netwerk\nPostbus 123, 1620 AC Hoorn\njongerenwerk@stichtingnetwerk.nl\nBereikbaar ma t/m vr op 0229 21 44 55",
      ),
    ).toEqual([]);
    expect(
      found(
        "Met vriendelijke groet,\nDirectie en team IKC De Vuurtoren\nKwadrantweg 31 | 1042 AG Amsterdam\n020 611 2244 | info@ikcdevuurtoren.nl",
      ),
    ).toEqual([]);
    expect(
      found(
        "Kind regards,\n\nStudent Care Team\nLeiden Bilingual College\n+31 71 523 8800 | care@lbcollege.nl",
      ),
    ).toEqual([]);
    // A desk's line given after its mailbox and a full stop.
    expect(
      found("The mall office is on the 1st floor, general email beheer@devlinder.nl. Tel 0180-320 100."),
    ).toEqual([]);
    expect(found("Mail Petra: petra.kuiper@gmail.com. Tel 0180-320 100.")).toEqual([
      "naam:Petra",
      "email:petra.kuiper@gmail.com",
      "telefoon:0180-320 100",
    ]);
    // A person's own line in the block stays theirs.
    expect(
      found("Met vriendelijke groet,\nPetra Kuiper\nStichting Netwerk\nPostbus 123\nmobiel 06 1234 5678"),
    ).toEqual(["naam:Petra Kuiper", "telefoon:06 1234 5678"]);
  });

  it("reads a role in an English title as a role, under a sign-off or in a sentence", () => {
    expect(found("Best,\nAttendance Officer\nleerplicht@rbl-hm.nl")).toEqual([]);
    expect(found("Kind regards,\nSafeguarding Lead")).toEqual([]);
    expect(found("Please ask our Data Officer before sharing footage.")).toEqual([]);
    expect(found("Kind regards,\nGrace Officer")).toEqual(["naam:Grace Officer"]);
    expect(found("The officer said that he would come by on Friday.")).toEqual([]);
    // (After a naming word the English word is the name.)
    expect(found("mr smit, the boy is called can and he waits at the shop around 10.")[1]).toMatch(
      /^naam:can/,
    );
  });

  it("leaves desks, meetings and networks in headers and exports alone", () => {
    expect(
      found(
        "Van: Secretariaat <secretariaat@veiligheidshuis-hm.nl>\nAan: Signaaloverleg Leiden VO; Netwerk Jeugd Leiden",
      ),
    ).toEqual([]);
    expect(
      found(
        "[20/03/2024, 12:10] Neighbourhood BOA Centre: <Media omitted>\n[20/03/2024, 12:14] Youth Work Centre: seen",
      ),
    ).toEqual([]);
    expect(found("Aan: Signaaloverleg; Kees Jansen")).toEqual(["naam:Kees Jansen"]);
  });

  it("keeps what a review found the pasted-text rules swallowed", () => {
    // Boards, plans and parties written as initials are no persons, nor the bodies beside them.
    expect(
      found(
        "Notulen 12 maart\nPvA: school stelt plan op voor 1 april\nCvB: akkoord met extra toezicht\nGGD: belt JGZ",
      ),
    ).toEqual([]);
    expect(
      found("Reacties uit de raad:\nPvdA: meer jongerenwerk\nVVD: meer handhaving\nCDA: eerst evaluatie"),
    ).toEqual([]);
    // A list's item, a year, a time, a count or a blank line on the next line is no house number.
    for (const t of [
      "1. Gezin is verhuisd naar Zoetermeer\n2. School meldt verzuim bij leerplicht",
      "verhuisd naar Almere\n2024 nieuwe school gezocht",
      "Leerling woont op de Kanaalweg\n\n3. Afspraken: mentor belt ouders",
      "Het gezin woont op de Lammenschansweg\n3 kinderen, allemaal op onze school.",
      "Jongen woont sinds kort op de Lange Mare\n14:30 gesprek met mentor gepland",
    ])
      expect(found(t).filter((f) => f.startsWith("adres"))).toEqual([]);
    // A signature of a person keeps their line: initials, a title, capitals, a blank line, "direct",
    // a foreign mobile; and a sentence with a website is no letterhead.
    for (const t of [
      "Met vriendelijke groet,\n\nDrs. H. Özdemir\nTeamleider onderbouw\nT 071 512 3456\nwww.sgleiden.nl",
      "Met vriendelijke groet,\n\nLotte de Wit\nZorgcoördinator\n\nT 071 512 4455\nwww.vlietland.nl",
      "Groet,\n\nTjeerd Hoekstra\nwijkagent Leiden-Noord\n071 512 9988 (direct)\nwww.politie.nl",
      "Met vriendelijke groet,\n\nJAN DE VRIES\nMentor 2B\nT 071 512 7788\nwww.stedelijk.nl",
      "Thanks,\n\nDeji Okafor\nDetached Youth Worker\nMob: 07700 900461\nwww.youthleiden.nl",
      "Melder (anoniem) is bereikbaar op 071 512 3456. Zie ook de foto's op www.instagram.com/buurtleiden",
    ])
      expect(found(t).some((f) => f.startsWith("telefoon"))).toBe(true);
    // A person among the addressees stays a person.
    expect(found("Aan: Zorgoverleg VO; R. van Katwijk\nOnderwerp: leerling 2B")).toContain(
      "naam:R. van Katwijk",
    );
    expect(found("Van: Werkgroep Veiligheid, J. van der Hoek\nOnderwerp: terugkoppeling")).toContain(
      "naam:J. van der Hoek",
    );
    // A first name after a role, in lower case, is a person; a verb after it is not.
    expect(found("the police officer grace said she will come to the school on monday")).toContain(
      "naam:grace",
    );
    expect(found("his coach jade says he has not been at training for weeks")[0]).toMatch(/^naam:jade/);
    // A name before "Centre Manager", and one that signs with a role's word, stays a name.
    expect(found("spoke with Sarah Jones centre manager about the boys")).toEqual(["naam:Sarah Jones"]);
    expect(found("Kind regards,\nWill Head")).toEqual(["naam:Will Head"]);
  });

  it("finds gamer tags and user names written without @, in a text about them", () => {
    expect(
      found("two of our Grade 7s, gamer tags SweatyJake09 and Ajaxboy2012, were pulled into a Discord"),
    ).toEqual(["handle:SweatyJake09", "handle:Ajaxboy2012"]);
    expect(found("Snap username of the adult contacting our pupils: big.dawg.1989")).toEqual([
      "handle:big.dawg.1989",
    ]);
    expect(found("Gamer tag van onze leerling: xXNoahFNXx\nHij speelt tot 3 uur.")).toEqual([
      "handle:xXNoahFNXx",
    ]);
    // A class, a group or a year with its number is no account.
    expect(found("Gamer tags are a problem in groep8 and havo4 this year.")).toEqual([]);
    // A name as a type of person: "een echte Karen", "a real Chad".
    expect(found("Een leerling noemde de juf 'een echte Karen'. Het is een meme-term.")).toEqual([]);
    expect(found("Sanne is een echte Sanne, zegt haar mentor.")).toEqual(["naam:Sanne", "naam:Sanne"]);
    // "de juf wil": a verb after the title.
    expect(found("Groep 5 roept het de hele dag door, maar de juf wil graag tips.")).toEqual([]);
  });

  it("keeps what a second review found: households, English surnames, products, bodies, agendas", () => {
    // A household's landline beside an organisation's website or post box is the household's.
    expect(found("Pleegouders: 0229-281234\nwww.jeugdzorg.nl\nPostbus 12")).toEqual(["telefoon:0229-281234"]);
    // A surname that is an English word after a team's letters or in a signature.
    expect(found("De BOA Winter sprak de jongens aan.")).toEqual(["naam:Winter"]);
    expect(found("PC Knight came by.")).toEqual(["naam:Knight"]);
    expect(found("Kind regards,\nMrs Price Attendance Officer")[0]).toMatch(/^naam:Price/);
    // Products, levels and places with a number are no gamer tags.
    for (const t of [
      "Jongens wisselen gebruikersnamen uit via Discord; het gaat vooral om Fortnite Season3 en Warzone2.",
      "Kinderen delen gamer tags; ze kopen V-bucks met de iPhone15 van hun moeder.",
      "Usernames in de bus: kinderen in Bus12 en Lijn5 spelen samen.",
      "Leerlingen uit Leerjaar2 delen usernames met onbekenden.",
    ])
      expect(found(t)).toEqual([]);
    // Universities, parties and bodies in minutes are no persons.
    expect(found("Notulen\nUvA: onderzoek gestart\nHvA: studenten helpen mee\nCJG: geen nieuws")).toEqual([]);
    expect(found("Notulen\nJdV: twee meldingen\nMR: wil advies van de FG\nIB: belt ouders")).toEqual([
      "naam:JdV",
    ]);
    // An agenda's item, a count or an age after a street on the next line is no house number.
    for (const t of [
      "Agenda\n1 Opening\nMoeder is verhuisd naar de Stationsweg\n2 Mededelingen",
      "Moeder woont aan de Dorpsstraat\n2x per week komt de ambulant begeleider",
      "Het gezin woont aan de Kerkweg\n12-jarige broer gaat naar groep 8",
    ])
      expect(found(t).filter((f) => f.startsWith("adres"))).toEqual([]);
    // "aan juf Wil": the first name after a title without its article.
    expect(found("Hij heeft het aan juf Wil verteld.")).toContain("naam:Wil");
  });

  it("reads an incident report: an organisation's address after a person's word, brands of scooters and bags", () => {
    expect(
      found(
        "Ouders kunnen zich aanmelden bij de receptie van Het Baken College, Schoolweg 2, 2711 CW Zoetermeer, tel. 079-3410200.",
      ),
    ).toEqual([]);
    // A home stays a home.
    expect(found("De vader woont bij het Baken College, Schoolweg 2.")).toContain("adres:Schoolweg 2");
    expect(
      found("de gestolen scooter (wit/blauw, Piaggio Zip) en vier brugklassers met Eastpak rugzakken"),
    ).toEqual([]);
    // (Sym is a first name too.)
    expect(found("Sym zit in groep 6 en wordt thuis geslagen.")).toEqual(["naam:Sym"]);
  });

  it("keeps what a third review found: organisations' letters, lists, homes near schools, types of persons", () => {
    // A body's letters after a team's letters, and the household word in a mail's body, not its line.
    expect(found("Graag doorsturen naar de HR Manager van het bestuur.")).toEqual([]);
    expect(
      found(
        "De ouders hebben gisteren gebeld.\n\nMet vriendelijke groet,\n\nVeilig Thuis Kennemerland\nPostbus 10\nT 072 512 3456\nwww.veiligthuis.nl",
      ),
    ).toEqual([]);
    // Gamer tags in a list under their label, and a word with a year.
    expect(found("Gamertags van de betrokken jongens:\n- Shadow2009\n- Sk3erKing\n- Ajaxboy2012")).toEqual([
      "handle:Shadow2009",
      "handle:Sk3erKing",
      "handle:Ajaxboy2012",
    ]);
    expect(found("In de groepsapp Klas2b delen ze gamer tags.")).toEqual([]);
    // A pupil's home after the school's name, and a list's item on the next line.
    expect(found("Leerling 3 vmbo, Het Baken College, Eikenlaan 33 (ouderlijk huis)")).toContain(
      "adres:Eikenlaan 33",
    );
    expect(
      found("1. Moeder woont sinds kort aan de Lindelaan\n2. Vader belt").filter((f) =>
        f.startsWith("adres"),
      ),
    ).toEqual([]);
    // A real person after "een echte", and English roles under a sign-off.
    expect(
      found("Mijn dochter praat veel met een echte Sophie uit Utrecht, die ze via Roblox kent."),
    ).toContain("naam:Sophie");
    expect(found("Thanks for letting us know.\n\nKind regards,\nDeputy Head")).toEqual([]);
    expect(found("Welke juf wil er mee naar het overleg?")).toEqual([]);
  });
});
