import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("what is no person: words, titles, brands, storms and characters", () => {
  it("leaves English words, rooms, saints and sentence openers alone", () => {
    expect(
      found("The skate park will be lit until 23.00 during the summer. Youth work and the BOAs agree."),
    ).toEqual([]);
    expect(found("Parents asked about cameras. Answer: footage is deleted after four weeks.")).toEqual([]);
    expect(found("Locatie: Stadhuisplein 1, zaal Storm. Koffie staat klaar.")).toEqual([]);
    expect(found("Het Sint Antonius ziekenhuis heeft de jongen onderzocht.")).toEqual([]);
    expect(found("Hoop dat de wijkagent vrijdag tijd heeft.")).toEqual([]);
    expect(found("Gemeld bij de inspectie en leerplicht. Gesprek met ouders op 14-11.")).toEqual([]);
    expect(found("Willem de Zwijgerlaan: jongens met bivakmuts gezien.")).toEqual([]);
    expect(found("De jongerenwerkers van Netwerk zijn deze zomer actief.")).toEqual([]);
    expect(found("Groepen als '4Life' plaatsen drillrapclips.")).toEqual([]);
    expect(
      found("Het telefoonnummer van de receptie van onze school (079-3421100) wordt misbruikt."),
    ).toEqual([]);
    expect(found("De gemeente is bereikbaar via 14 079 of 079-3468000 (receptie stadhuis).")).toEqual([]);
    expect(found("Jeugdpreventieteam spreekuur: ma/wo/vr 09.00-12.00, tel. 0172-465100.")).toEqual([]);
  });

  it("leaves organisations, brands and English title case alone", () => {
    expect(found("Straatcoaches van Stichting Streetcornerwork lopen extra rondes.")).toEqual([]);
    expect(found("Volgende keer graag Jumbo Foodmarket uitnodigen.")).toEqual([]);
    expect(found("Kindly note that the Safeguarding Lead will be away until Monday.")).toEqual([]);
    expect(found("The Anti-Bullying Week starts on Monday.")).toEqual([]);
    expect(found("Thanks everyone, I'll add it to the agenda.")).toEqual([]);
    expect(found("De camera is gerepareerd door Securitas.")).toEqual([]);
    expect(found("Tel Ilias' vader nog even")).toEqual(["naam:Ilias"]);
    expect(found("Pieters Fietsen aan de Kerkstraat kijkt de remmen na.")).toEqual([]);
    expect(found("Thursday's Pyjama Day raises money for the food bank.")).toEqual([]);
  });

  it("leaves a quoted title of a thing and names given to things alone, not a pupil's name in quotes", () => {
    expect(found("Nieuwe smaak 'Jade Mint' van een onbekend vapemerk wordt verkocht via Snapchat.")).toEqual(
      [],
    );
    expect(found("The 'Sweet Caroline' chant at the tournament turned into name-calling.")).toEqual([]);
    expect(found("Jade, Ruby and Sapphire are the house names in our primary school.")).toEqual([]);
    expect(found("Bo en Mees zijn de nieuwe klassenknuffels van groep 3.")).toEqual([]);
    expect(found("De jongens noemen elkaar in de app 'Yonas T' en zitten in de ISK.")).toEqual([
      "naam:Yonas T",
    ]);
    expect(found("Sem en Daan zijn de jongens die steeds worden genoemd.")).toEqual([
      "naam:Sem",
      "naam:Daan",
    ]);
  });

  it("leaves dates in a school calendar, placeholders, named things and public birthdays alone", () => {
    expect(found("Autumn half term 21–25 Oct, Christmas 23 Dec–3 Jan, May holiday 28 Apr–9 May.")).toEqual(
      [],
    );
    expect(found("Gebruik 'leerling A' en 'leerling B' in plaats van namen.")).toEqual([]);
    expect(found("Leerling R. (2 vmbo) heeft een vuurwerkbom meegenomen.")).toEqual(["naam:R."]);
    expect(found("Ruby and Jade classes finish at 12:00; the Amber plan starts in September.")).toEqual([]);
    expect(found("Kees, het nieuwe spel van de GGD, wordt in de brugklas gespeeld.")).toEqual([]);
    expect(found("Kees, de nieuwe conciërge, heeft het gezien.")).toEqual(["naam:Kees"]);
    expect(found("Please update the file for Mr Hendriks' class.")).toEqual(["naam:Hendriks"]);
    expect(
      found("Koning Willem-Alexander (geboren 27 april 1967) viert zijn verjaardag in Doetinchem."),
    ).toEqual([]);
    expect(found("Several Muslim, Hindu and Christian students asked for a quiet room.")).toEqual([]);
    expect(found("Bel gerust de receptie van het Minkema (030-2289100).")).toEqual([]);
    expect(found("Stichting Jong Centrum is bereikbaar via 0229-287400 of info@jongcentrum.nl.")).toEqual([]);
    expect(found("Payment to Stichting Veilig Online, IBAN NL20INGB0001234567, reference SO-112.")).toEqual(
      [],
    );
    expect(found("Onze algemene mailbox is signalen.utrecht@halt.nl.")).toEqual([]);
    expect(found("Joy ride or theft? Three scooters were found in the canal.")).toEqual([]);
    expect(found("Bas is bereikbaar op school, Do en haar broertje ook.")).toEqual(["naam:Bas", "naam:Do"]);
  });

  it("leaves places abroad, feasts and newcomer services alone; finds what someone is called even when it names a place", () => {
    expect(
      found(
        "Students from Kabul, Aleppo and Kharkiv celebrate Newroz and Enkutatash; Nidos and the COA come to the ISK on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      found(
        "Verslag: aanwezig COA, VluchtelingenWerk, Nidos en leerplicht. Families uit Jemen en Koerdistan.",
      ),
    ).toEqual([]);
    has("er deelt een jongen die zich 'Tokyo' noemt briefjes uit", "Tokyo");
    has("they call him 'Kabul' in the group chat", "Kabul");
    has("Gesprek met mevrouw Cortina over de fiets", "Cortina");
  });

  it("reads 'Storm verwacht', 'Storm trekt ... over' as the weather, not a pupil", () => {
    expect(found("Storm verwacht vanavond dus de avondronde gaat niet door.")).toEqual([]);
    expect(found("Hoop dat de BSO open is. Storm trekt rond 14u over volgens KNMI.")).toEqual([]);
    has("Storm trekt zich terug uit de klas en wil niet praten.", "Storm");
  });

  it("leaves a room or door named after someone, a region with a point of the compass and the English 'I' alone", () => {
    for (const text of [
      "The meeting is on 4/3 at 10:00 in the Mandela room.",
      "Bike racks are available at the Willem Alexander entrance.",
      "Police Brabant-Zuid-Oost have checked and there is no such incident.",
    ])
      expect(found(text)).toEqual([]);
    expect(found("I told the Jansen family about it")).toEqual(["naam:Jansen"]);
    has("Sanne Bakker-West uit 3B", "Sanne Bakker-West");
  });

  it("leaves month ranges, a market's date, opening hours and a storm's date alone", () => {
    expect(found("Koningsdag vrijmarkt 27 april: kramen op het Marktplein.")).toEqual([]);
    expect(
      found("Openingstijden:\nJumbo Rijnsburgstraat 8-22u\nStreets with incidents (Jan-Jun): Bergselaan"),
    ).toEqual([]);
    expect(found("School closures: storm Henk (Jan 2024) closed 6 buildings for a day.")).toEqual([]);
    has("Hij woont op de Dorpsstraat 27 sinds april.", "Dorpsstraat 27");
    has("Info: 071-5123456 (moeder van Sem)", "071-5123456");
  });

  it("leaves codes, months, marked schools, shops, countries and a firm's account alone", () => {
    expect(found("Our class (course code LS-210-A) visits the Peace Palace.")).toEqual([]);
    expect(found("Fietsslot artikelnummer XK-450-T met korting.")).toEqual([]);
    expect(found("Registration is open until 31 May. Questions to the office.")).toEqual([]);
    expect(found("Sterre der Zee (bs) meldt een man die foto's maakt.")).toEqual([]);
    expect(found("Supermarkt Dirk aan het Marktplein meldt winkeldiefstal.")).toEqual([]);
    expect(found("Parents from the Brazilian community asked for a Portuguese translation.")).toEqual([]);
    expect(found("Kim Jong-un memes are going around.")).toEqual([]);
    expect(found("Te betalen op NL33ASNB9917850055 t.n.v. Beveiligingsdienst Rijnland B.V.")).toEqual([]);
    expect(found("Filiaalmanager vraagt om meer toezicht in de pauze.")).toEqual([]);
    expect(found("Students need ID; the coach leaves from the Stadhouderslaan side at 8:30.")).toEqual([]);
    expect(found("Bezoekadres Centrum voor Jeugd en Gezin: Stationsplein 4, 2712 AA Zoetermeer.")).toEqual(
      [],
    );
    // A pupil called Storm, Mei or Dirk is still a name.
    expect(found("Storm heeft vandaag een stoel gegooid.")).toEqual(["naam:Storm"]);
    expect(found("Dirk uit groep 8 werd opgewacht.")).toEqual(["naam:Dirk"]);
  });

  it("leaves where a service works, an organisation's camel-case account and a meeting's date alone", () => {
    expect(
      found(
        "Aanwezig: politie Zaanstreek en Jongerenwerk Zaanstad. Het jongerenwerk van Cumulus heeft een inloop.",
      ),
    ).toEqual([]);
    expect(found("follow official updates from @PolitieRotterdam and @GemeenteRotterdam")).toEqual([]);
    // A company named as the modifier of a noun, there and everywhere else in the text.
    expect(
      found(
        "Signal from Qbuzz for the overleg. Qbuzz will place stewards. Book via the Qbuzz customer service.",
      ),
    ).toEqual([]);
    expect(found("drug testing is available at the Jellinek stand")).toEqual([]);
    // A nickname in quotes right after a word for a person.
    has("he and his mate 'Skinny' were dealing at the tram stop", "Skinny");
    expect(found("a girl 'crying' in the hall")).toEqual([]);
    // A name in lower case before a date of birth's word; a holiday is nobody.
    has("in de bijlage: roos de jong geb 03-04-2012, groep 8", "roos de jong", "03-04-2012");
    expect(found("de leerling is ziek, RET says the bus runs till New Year")).toEqual([]);
    // A street in "-vliet", a mobile typed against a name, and a storey after an ordinal.
    has("eigenaar woont op de boergoensevliet 17", "boergoensevliet 17");
    has("dringend: bel mama van sem, Joyce0624857361, ze weet het", "Joyce", "0624857361");
    expect(found("Fire in the bin at the 2nd Floor toilets. Ordernummer AB0624857361.")).toEqual([]);
    // A place after a town's adjective; a first name before a surname stays a person.
    expect(found("Mededeling wijkteam Leidsche Rijn voor alle scholen")).toEqual([]);
    expect(found("Elise Rijn belde gisteren")).toEqual(["naam:Elise Rijn"]);
    expect(found("the Jansen kids were there, Jansen said")).toEqual(["naam:Jansen", "naam:Jansen"]);
    expect(found("Punt 3: volgende vergadering 15 mei, zelfde tijd en plaats.")).toEqual([]);
    // A year and a school level after a count is no postcode; after a house number with a town, it is.
    expect(found("Per jaar: 2022 po 41 / vo 118, 2023 po 51 / vo 130.")).toEqual([]);
    expect(found("ze woont op de Kerkstraat 12, 2023 PO Haarlem")).toEqual([
      "adres:Kerkstraat 12",
      "postcode:2023 PO",
    ]);
    // ... while a person after a role, a pupil's account and a home stay found.
    expect(found("jongerenwerk Ahmed en wijkagent Jansen belden")).toEqual(["naam:Ahmed", "naam:Jansen"]);
    expect(found("@politiekind stuurde berichten")).toEqual(["handle:@politiekind"]);
    expect(found("ze woont op de Kerkstraat 15 sinds mei")).toEqual(["adres:Kerkstraat 15"]);
  });

  it("leaves a storm the weather names, a shop named by its trade and a PTA's account alone", () => {
    expect(found("Storm Darragh damaged the bike sheds on Saturday.")).toEqual([]);
    expect(found("Punt 2: Bakker Bart aan het plein meldt groepjes jongeren.")).toEqual([]);
    expect(found("Roos & Bloem, de bloemist op de hoek, sponsort onze moestuin!")).toEqual([]);
    expect(
      found("Donations welcome on NL91 RABO 1972 1748 69, t.n.v. PTA International School Eindhoven."),
    ).toEqual([]);
    // A pupil with the same name, without the weather, is a pupil.
    expect(found("Storm Darragh zat vandaag weer te schelden in de klas")).toEqual(["naam:Storm Darragh"]);
  });

  it("leaves storms, centres, groups, shops, apps and videos named after a person alone", () => {
    expect(found("Storm Ciarán heeft het hek van het schoolplein omgeblazen.")).toEqual([]);
    expect(
      found(
        "The youth team moves to Community Centre De Storm. Their general line stays the same: 010-498 77 00.",
      ),
    ).toEqual([]);
    expect(found("Een groep jongeren die elkaar 'De Storm' noemen, filmt vechtpartijen.")).toEqual([]);
    expect(found("Bloemenzaak Bloem & Blad aan de Kerkstraat meldt opnieuw een inbraak.")).toEqual([]);
    expect(found("Students are using the Wizz app to meet strangers.")).toEqual([]);
    expect(found("Het lijkt alsof 'Slecht Nieuws'-filmpjes door brugklassers worden gedeeld.")).toEqual([]);
    expect(found("The summer fair is at 12 Market Street on Saturday.")).toEqual([]);
  });

  it("leaves brands named as brands, a school's official account, a tunnel, a list of letters and Secret Santa alone", () => {
    expect(found("grappen over 'Smartwhip' en 'Frosty', merknamen van lachgascilinders")).toEqual([]);
    expect(found("the school's official Instagram is @stedelijkgymnasium_official. We never DM.")).toEqual(
      [],
    );
    expect(
      found("Bikes were stolen near the Beatrixtunnel. Take metro line D or E. Extra staff will help."),
    ).toEqual([]);
    expect(found("Secret Santa budget: 15 euro. Voorbeeldfoto's staan op het intranet.")).toEqual([]);
    expect(found("Signaal jongerenwerk Zwolle-Zuid: meer meldingen over messen.")).toEqual([]);
    expect(found("Een leerling heeft opeens dure spullen (Canada Goose-jas, AirPods Max).")).toEqual([]);
  });

  it("tells a first name that is an ordinary word from the word", () => {
    expect(found("Storm heeft een stoel gegooid")).toEqual(["naam:Storm"]);
    expect(found("Door de storm ligt er een boom op het fietspad")).toEqual([]);
    expect(found("Max 3 leerlingen tegelijk in de gang")).toEqual([]);
    expect(found("we hebben gesproken met Bo en haar vader")).toEqual(["naam:Bo"]);
  });

  it("leaves public data, places, shops, subjects and event dates alone", () => {
    for (const text of [
      "Vechtpartij bij de Albert Heijn en achter de Lidl, leerlingen van het Erasmus College",
      "Docent Engels en de mentor zagen het op Magister",
      "Meisje naar het Juliana Kinderziekenhuis, hangplek bij de Anne Frankstraat",
      "Bel 112 of de politie op 0900-8844, mail info@school.nl",
      "Het gemeentehuis, Stadhuisplein 1, is gesloten. Ouderbijdrage op NL20KNAB0255443322 t.n.v. Stichting OBS De Regenboog",
      "Bij de Parkweg 3 jongens met bivakmutsen",
      "Overleg op 14-05 om 15.30, vechtpartij op 12-03-2026, do 12 dec spreekuur",
      "Cijfers 2025 VO laten meer verzuim zien",
      "jongeren uit Rokkeveen en Palenstein hebben ruzie",
      "Het wijkteam zit op Marktplein 4 en is bereikbaar op 030-2345678",
      "Bel de school op 020-1234567 voor een afspraak",
      "Onze bereikbaarheid verandert: 070-3456789 op werkdagen",
      "Het IBAN van de stichting is NL91ABNA0417164300",
      "Dader: Onbekend. Getuigen: Twee docenten zagen het",
      "Naar Amersfoort, de mentor weet het",
      "Gemeente Almere, Stadhuisplein 1, 1315 HR Almere",
      "Wijkteam Noord, Kerkstraat 10, 030-1234567",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("leaves pets, puppets and game characters alone, and keeps the children beside them", () => {
    expect(found("The class mascot is a puppet called Hoop, the kids chose the name.")).toEqual([]);
    expect(found("Op de kinderboerderij zijn twee konijnen (Snuffie en Bolletje) doodgeschopt.")).toEqual([]);
    expect(found("Favoriete brawlers: Shelly, Colt en Leon.")).toEqual([]);
    expect(found("The new Fortnite season with the Peely and Jonesy skins came out Friday.")).toEqual([]);
    has("een jongen genaamd Sem schopte de konijnen", "Sem");
    has("zijn hond Max en zijn broer Sem waren erbij", "Sem");
  });

  it("leaves housing corporations and care and welfare organisations alone, not a person beside them", () => {
    expect(found("Contact met woningcorporatie Mitros over de hangplek in de portiek.")).toEqual([]);
    expect(found("Samenwerking met Lucertis verloopt goed; wachttijd 9 weken.")).toEqual([]);
    expect(found("voorlichting groep 8 door Jellinek / Victas in april")).toEqual([]);
    has("Fatma van Dock belde over Sem Victas.", "Fatma", "Sem Victas");
    has("Jan Mitros woont daar.", "Jan Mitros");
  });

  it("reads a role that signs for a team in capitals as no person, and keeps a name after a role", () => {
    expect(found("Met vriendelijke groet,\nTeamleider OKT Noord")).toEqual([]);
    has("Met vriendelijke groet,\nTeamleider Jan Bakker", "Jan Bakker");
    has("Groet,\nWijkagent Pietersen", "Pietersen");
    has("Groet,\nZorgcoördinator Bakker", "Bakker");
  });

  it("leaves the quoted names of servers, networks, comics and lesson packages alone, not a person's", () => {
    expect(found("Discord server 'Techclub Oost' has 3 moderators from the community centre.")).toEqual([]);
    expect(found("de Discord-server 'Zoetermeer Esports' heeft 1.200 leden")).toEqual([]);
    expect(found("Ik zoek de versie met het stripverhaal 'Dennis de Oplichter'.")).toEqual([]);
    has("hij heet 'Kevin' en zit in 2b", "Kevin");
    has("In de groepsapp gaat een filmpje rond van 'Bolle' challenge: hij eet 10 pepers.", "Bolle");
  });
});
