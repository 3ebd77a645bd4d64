import { describe, expect, it } from "vitest";
import { findPersonalData, redact } from "../../src/signals/pii.ts";
import { found, has, knowledge } from "./pii-helpers.ts";

describe("personal data: numbers, plates, addresses and dates", () => {
  it("reads nicknames in quotes, written-out and compact birth dates, families with a building's ending", () => {
    expect(found("Jongen wordt door hen 'Skinny' genoemd.")).toEqual(["naam:Skinny"]);
    expect(found("Uw zoon (geboren op vijf juni 2010) is afwezig.")).toEqual([
      "geboortedatum:vijf juni 2010",
    ]);
    expect(found("aangetroffen als bijrijder (geb. 20090317)")).toEqual(["geboortedatum:20090317"]);
    expect(found("heb het doorgegeven aan meneer Veldhuis maar hij is ziek")).toEqual(["naam:Veldhuis"]);
    expect(found("op naam van een onbekende, S. Verkerk.")).toEqual(["naam:S. Verkerk"]);
    expect(found("Pilot schoolagent Stevenshof\n6. Rondvraag")).toEqual([]);
    expect(
      found("energy drinks (Monster, Red Bull) bought at the shop across the road, on Mondays and Fridays"),
    ).toEqual([]);
    expect(found("Terugbetaling naar NL57 BNGH 0285 1234 56 o.v.v. subsidienummer")).toEqual([]);
  });

  it("reads a date after a name as its birth date, a plate a few words after 'kenteken', a quoted account", () => {
    expect(found("Aanmelding groep 1: Sanne de Wit, 2021-05-09, start na de zomer.")).toEqual([
      "naam:Sanne de Wit",
      "geboortedatum:2021-05-09",
    ]);
    expect(found("kenteken was iets als 56 rgz 1, zwarte audi")).toEqual(["kenteken:56 rgz 1"]);
    expect(found("op Snap zet hij filmpjes als 'mhcrosser'.")).toEqual(["handle:mhcrosser"]);
    expect(found("woont bij oma op de Grote Oost 41.")).toEqual(["adres:Grote Oost 41"]);
  });

  it("finds a writer introducing themselves, a signature with a number, a foreign account, a birth date after its cue", () => {
    expect(found("Hi, this is Sean from the pastoral team.")).toEqual(["naam:Sean"]);
    expect(found("This is Leiden from above.")).toEqual([]);
    expect(found("vragen kunnen naar mijn collega. - Ruud 06-12345678")).toEqual([
      "naam:Ruud",
      "telefoon:06-12345678",
    ]);
    expect(found("Mum's bank account: BE15 9078 6666 1760.")).toEqual(["iban:BE15 9078 6666 1760"]);
    // A foundation's account named before or after it is no one's; a metro line's letter is no initial.
    expect(
      found("please transfer to Stichting OBS De Regenboog, NL91 ABNA 0417 1643 00, mentioning 6B."),
    ).toEqual([]);
    expect(
      found("due 1 Sept to NL98 ABNA 0567 2210 40 (Stichting Reizen Het Baken), reference BER24"),
    ).toEqual([]);
    expect(found("Parkeren P+R Kralingse Zoom, metro B.")).toEqual([]);
    expect(found("Geboortedatum zus: 17 sept 2013.")).toEqual(["geboortedatum:17 sept 2013"]);
    expect(found("Geboren 03 03 2010 in Kabul.")).toEqual(["geboortedatum:03 03 2010"]);
    expect(found("leerplicht: huisbezoek gedaan op Heemraadsplein huisnr 33")).toEqual([
      "adres:Heemraadsplein huisnr 33",
    ]);
  });

  it("finds foreign accounts with a bank code or a digit short, a month as a child's name, a starred birth date", () => {
    expect(found("Haar Roemeense rekening: RO68BTRL3615344879913896.")).toEqual([
      "iban:RO68BTRL3615344879913896",
    ]);
    // One digit short for Portugal, but its check digits hold: still someone's account.
    expect(found("Graag terug op PT27 6438 2852 8769 8370 3686.")).toEqual([
      "iban:PT27 6438 2852 8769 8370 3686",
    ]);
    expect(found("Meneer Jansen (vader van Mei uit groep 3) belde.")).toEqual(["naam:Jansen", "naam:Mei"]);
    expect(found("De toets van mei is verschoven.")).toEqual([]);
    expect(found("Overdracht: Sanne (*05-09-2012) had een veiligheidsplan.")).toEqual([
      "naam:Sanne",
      "geboortedatum:05-09-2012",
    ]);
  });

  it("finds an address in the English order, with 'van' and 'nr', or right after a person's name", () => {
    expect(found("they hang out at the flat at 17b vondelstraat every afternoon")).toEqual([
      "adres:17b vondelstraat",
    ]);
    expect(found("nieuw adres moeder: Laan van Meerdervoort nr 312, 2517 AB den haag")).toEqual([
      "adres:Laan van Meerdervoort nr 312",
      "postcode:2517 AB",
    ]);
    expect(found("Klacht van mevr. Jansen, Blaak 14: afval in de tuin.")).toEqual([
      "naam:Jansen",
      "adres:Blaak 14",
    ]);
    expect(found("Leerling Fatima, Havo 3, wordt gepest.")).toEqual(["naam:Fatima"]);
    expect(found("on snap he's called gui.santos.nl and posts fights")).toEqual(["handle:gui.santos.nl"]);
    expect(found("op tiktok heet hij lilmo")).toEqual(["handle:lilmo"]);
  });

  it("finds the room where a family lives in a shelter, hotel or camping; not a school's room or a range", () => {
    has(
      "We live in the AZC on Willem Dreeslaan, unit C, room 12, so he walks with the other kids.",
      "room 12",
    );
    has("Hij woont met de neef in Hotel De Sterrenberg, kamer 23.", "kamer 23");
    has("the family lives in a caravan at camping De Vlinderhoeven, plaats 37.", "plaats 37");
    expect(found("Students from the AZC: the Chromebook help desk is in room 0.11.")).toEqual([]);
    expect(found("Noodopvang Sporthal De Waterkant: Kamer 1 t/m 8 zijn slaapzalen.")).toEqual([]);
    expect(found("The meeting about the hotel shelter is in room 12 of the town hall.")).toEqual([]);
  });

  it("reads the date a newcomer's papers give, and a month and year after 'born', as a date of birth", () => {
    expect(found("gesprek met de leerling (ISK 2, papieren zeggen 01-01-2010)")).toEqual([
      "geboortedatum:01-01-2010",
    ]);
    expect(found("(ISK 1, papers say 1-1-2010, he says he is about 16)")).toEqual(["geboortedatum:1-1-2010"]);
    has("de oudste (born maart 2011) komt niet meer", "maart 2011");
    expect(found("de evaluatie in maart 2025 en de nieuwe ronde in april 2026")).toEqual([]);
  });

  it("finds a Belgian plate where plates are spoken of, and a plate after 'plates'", () => {
    expect(found("One of the men drove a black Audi with Belgian plates, 1-ABC-234.")).toEqual([
      "kenteken:1-ABC-234",
    ]);
    expect(found("artikel 1-ABC-234 is uitverkocht")).toEqual([]);
  });

  it("finds a number and a plate spelled into a voice message", () => {
    expect(found("telefoon: nul zes - 17 - 28 - 39 - 40. Thank you")).toEqual([
      "telefoon:nul zes - 17 - 28 - 39 - 40",
    ]);
    expect(found("bel me op nul zes 12345678")).toEqual(["telefoon:nul zes 12345678"]);
    expect(found("hij rijdt op een zwarte scooter kenteken f k s nul negen d ik weet het niet")).toEqual([
      "kenteken:f k s nul negen d",
    ]);
    expect(
      found("er waren nul incidenten in 2024 en 2025; the plate was a b c and then some numbers"),
    ).toEqual([]);
  });

  it("finds a mobile number said aloud in any grouping, Dutch or English, and a plate spelled in English", () => {
    for (const [text, span] of [
      [
        "bel me op nul zes twaalf vierendertig zesenvijftig achtenzeventig",
        "nul zes twaalf vierendertig zesenvijftig achtenzeventig",
      ],
      [
        "call me back on zero six one two three four five six seven eight",
        "zero six one two three four five six seven eight",
      ],
      ["bel haar op nul zes: 12 34 56 78", "nul zes: 12 34 56 78"],
      [
        "his mum: oh six, two one, eight eight, three four, five six",
        "oh six, two one, eight eight, three four, five six",
      ],
    ])
      expect(found(text as string)).toEqual([`telefoon:${span}`]);
    expect(found("plate was g k l two one s, a white van")).toEqual(["kenteken:g k l two one s"]);
    expect(found("oh, and one more thing: two kids were there")).toEqual([]);
  });

  it("finds an account that ends in an underscore", () => {
    has("a nude photo was forwarded by jp.santos_ to the group", "jp.santos_");
  });

  it("finds an account after 'username' written without a colon", () => {
    expect(found("an adult on Discord (username darkknight.nl) asked him for photos")).toEqual([
      "handle:darkknight.nl",
    ]);
  });

  it("finds a name typed in lower case after an introduction, and a birth date written out before 'geboren'", () => {
    expect(found("hey it's mia (year 10). the account spreading rumours is fake")).toEqual(["naam:mia"]);
    expect(found("hoi ik ben sanne uit 2b")).toEqual(["naam:sanne"]);
    expect(found("it's fine, ik ben bang")).toEqual([]);
    expect(found("mijn dochter Lisa is op 18 april 2011 geboren")).toEqual([
      "naam:Lisa",
      "geboortedatum:18 april 2011",
    ]);
  });

  it("finds an address in the English order, a birth date in English and an account on a finsta", () => {
    expect(found("Home address on file: 27 Zeestraat, 3011 AB Rotterdam.")).toEqual([
      "adres:27 Zeestraat",
      "postcode:3011 AB",
    ]);
    expect(found("Het kantoor zit op 12 Stationsplein, 2312 AJ Leiden.")).toEqual([]);
    expect(found("Date of birth: 14 August 2010")).toEqual(["geboortedatum:14 August 2010"]);
    expect(found("He has been posting knife pics on his finsta 'clarkeyy.drill'.")).toEqual([
      "handle:clarkeyy.drill",
    ]);
    expect(found("Die 'Tiko' uit de Vogelwijk staat vaak bij de uitgang.")).toEqual(["naam:Tiko"]);
  });

  it("finds a resident's address and a neighbour's name, and a name written with an accent", () => {
    expect(found("Politie: bewoner van de Kamperfoeliestraat 18 meldt blowende leerlingen.")).toEqual([
      "adres:Kamperfoeliestraat 18",
    ]);
    expect(found("Buurtbewoner Piet de Graaf belt bijna dagelijks.")).toEqual(["naam:Piet de Graaf"]);
    expect(found("Een meisje (Chloé, groep 6) wordt lastiggevallen.")).toEqual(["naam:Chloé"]);
    // A count after a street stays a count, whoever reports it.
    expect(found("Buurtbewoner via de wijkagent: op de Amstelveenseweg 3 keer jongens gezien.")).toEqual([]);
  });

  it("keeps a person personal next to the words the exceptions for things, shops and accounts read", () => {
    const cases: Array<[string, string[]]> = [
      ["Het nummer van Tim de Vries is 06-12345678.", ["naam:Tim de Vries", "telefoon:06-12345678"]],
      ["Hij kreeg een appje 'ik maak je af' van Kevin Bakker.", ["naam:Kevin Bakker"]],
      ["De dader heet 'Kevin Bakker'.", ["naam:Kevin Bakker"]],
      ["Ik stuurde het door naar 'Jayden Bakker'.", ["naam:Jayden Bakker"]],
      ["Her son Jack Hall was bullied at the bus stop.", ["naam:Jack Hall"]],
      ["Het kluisje Daan is leeg", ["naam:Daan"]],
      ["locker Kevin was opened by staff", ["naam:Kevin"]],
      [
        "We kregen eerder hulp van Stichting Leergeld. Giften voor mijn zoon zijn welkom op NL91ABNA0417164300.",
        ["iban:NL91ABNA0417164300"],
      ],
      [
        "De vereniging zamelt in: donaties kunnen naar NL91ABNA0417164300 t.n.v. fam. Yilmaz",
        ["iban:NL91ABNA0417164300", "naam:Yilmaz"],
      ],
      ["zijn insta is @zorgeloos_x", ["handle:@zorgeloos_x"]],
      ["haar insta is @teamjayden", ["handle:@teamjayden"]],
      ["Mail info@obs.nl of bel juf Sanne thuis: 0229 252200", ["naam:Sanne", "telefoon:0229 252200"]],
      [
        "Stuur je klacht naar klachten@gemeente.nl en bel mevrouw De Vries op 071 5161234",
        ["naam:De Vries", "telefoon:071 5161234"],
      ],
      ["de slager Jansen sloeg mijn zoon", ["naam:Jansen"]],
      ["Hoofdagt. Jansen belde over Tim", ["naam:Jansen", "naam:Tim"]],
      ["hoi mevrouw van dijk, kunt u bellen", ["naam:van dijk"]],
      ["meneer de vries belde", ["naam:de vries"]],
    ];
    for (const [text, expected] of cases) expect(found(text), text).toEqual(expected);
    // A date-of-birth column ends with its table: a meeting's date after it stays a date.
    expect(
      found(
        "naam – geboortedatum – klas\nYilmaz, Tim – 2011-09-23 – 2C\nBakker, Sem – 23-9-11 – 1A\n\nOverleg op 12-10-2025.",
      ),
    ).toEqual(["naam:Yilmaz", "naam:Tim", "geboortedatum:2011-09-23", "naam:Sem", "geboortedatum:23-9-11"]);
  });

  it("finds a staff member's own 088 line and a surname in brackets with a class", () => {
    expect(found("Graag contact via mijn directe nummer 088-3551209.")).toEqual(["telefoon:088-3551209"]);
    expect(found("Bel de GGD via 088-3551209.")).toEqual([]);
    expect(found("die vader van Sem (de Boer, 3A) stond weer te schreeuwen")).toEqual([
      "naam:Sem",
      "naam:de Boer",
    ]);
  });

  it("finds a surname in lower case after a title, an officer's surname and a date-of-birth column", () => {
    expect(found("hi ms jansen, its me again")).toEqual(["naam:jansen"]);
    expect(found("hoi mevrouw bakker, kunt u bellen")).toEqual(["naam:bakker"]);
    expect(found("Youth officer here (Sgt. Van Leeuwen).")).toEqual(["naam:Van Leeuwen"]);
    expect(found("naam – geboortedatum – klas\nYilmaz, Tim – 2011-09-23 – 2C")).toEqual([
      "naam:Yilmaz",
      "naam:Tim",
      "geboortedatum:2011-09-23",
    ]);
    // A planning's dates are no dates of birth.
    expect(found("datum; onderwerp\n2025-09-23; overleg")).toEqual([]);
  });

  it("finds what someone is called, a team leader's direct line and a plate named in lower case", () => {
    expect(
      found(
        "The lad who sells nos canisters drives a red car. Driver looks about 20, girls call him Stormy.",
      ),
    ).toEqual(["naam:Stormy"]);
    expect(found("Contact: Mr Peters, team leader, direct line 010-4129 837.")).toEqual([
      "naam:Peters",
      "telefoon:010-4129 837",
    ]);
    // A team's landline with its opening hours stays the team's.
    expect(found("Jeugdpreventieteam spreekuur: ma/wo 9-12, tel. 0172-123456")).toEqual([]);
    expect(found("a red Peugeot 208, plate j 413 tk. Driver looks about 20")).toEqual(["kenteken:j 413 tk"]);
  });

  it("keeps persons personal beside characters, labels, order numbers, pets and accounts", () => {
    expect(found("Groet,\nDe Vries")).toEqual(["naam:De Vries"]);
    expect(found("het gesprek met B. Jansen over de vleugel")).toEqual(["naam:B. Jansen"]);
    expect(found("klantnummer 123, bel mij op 06-12345678")).toEqual(["telefoon:06-12345678"]);
    expect(found("de hond van Ahmed beet een kind")).toEqual(["naam:Ahmed"]);
    expect(found("volg ons op insta, maar @jayden_x zegt dat hij komt")).toEqual(["handle:@jayden_x"]);
    expect(found("de auto's 12-ABC-3 en 45-XYZ-6 stonden er")).toEqual([
      "kenteken:12-ABC-3",
      "kenteken:45-XYZ-6",
    ]);
    expect(found("Giften voor de behandeling van mijn zoon: NL61TRIO9889286583 (Ilse Ward)")).toEqual([
      "iban:NL61TRIO9889286583",
      "naam:Ilse Ward",
    ]);
  });

  it("finds a lower-case postcode in the sentence of an address, and a date written beside a BSN", () => {
    expect(found("adres volgens parnassys: pootstraat 19 zwart, 2613 pl delft.")).toEqual([
      "adres:pootstraat 19",
      "postcode:2613 pl",
    ]);
    expect(found("Dorpsstraat 3 keer, 2000 en meer")).toEqual([]);
    expect(found("Voor de verwijsindex: Ayla Yilmaz, 1994 nee sorry 2012-03-17, BSN 123456782.")).toEqual([
      "naam:Ayla Yilmaz",
      "geboortedatum:2012-03-17",
      "bsn:123456782",
    ]);
    expect(found("Op 2024-03-17 is het BSN-register aangepast.")).toEqual([]);
  });

  it("keeps a person's number personal when an organisation opens the sentence", () => {
    expect(found("Het wijkteam heeft vader gesproken, hij is bereikbaar op 0612345678.")).toEqual([
      "telefoon:0612345678",
    ]);
    expect(found("jeugdteam: gesproken met oma, tel 079-3456789")).toEqual(["telefoon:079-3456789"]);
    expect(found("het jeugdteam belde de moeder op 06-12345678")).toEqual(["telefoon:06-12345678"]);
  });

  it("finds the reporter's own sign-off and number", () => {
    expect(found("Scooters op het fietspad. mvg Henk 0612345678")).toEqual([
      "naam:Henk",
      "telefoon:0612345678",
    ]);
    expect(found("ouders maken zich zorgen. groetjes jolanda")).toEqual(["naam:jolanda"]);
    expect(found("Scooters op het fietspad. Gr. Fenna")).toEqual(["naam:Fenna"]);
    expect(found("vriendelijke groet, r. jansen")).toEqual(["naam:r. jansen"]);
  });

  it("finds numbers, plates, addresses and dates in every common spelling", () => {
    expect(found("bel (06) 123 456 78 of +31 (0)6 1234 5678 of 06.55.44.33.22")).toEqual([
      "telefoon:(06) 123 456 78",
      "telefoon:+31 (0)6 1234 5678",
      "telefoon:06.55.44.33.22",
    ]);
    expect(found("kenteken rb-47-lt, later gv613k en HG 427 T")).toEqual([
      "kenteken:rb-47-lt",
      "kenteken:gv613k",
      "kenteken:HG 427 T",
    ]);
    expect(found("adres is amerikaweg 210, 2717ax en hij slaapt op Kerkstraat nr 12")).toEqual([
      "adres:amerikaweg 210",
      "postcode:2717ax",
      "adres:Kerkstraat nr 12",
    ]);
    expect(found("jongen geboren 2013-05-14, zus geb 03-04-15, broertje geboren op 30-11-2025")).toEqual([
      "geboortedatum:2013-05-14",
      "geboortedatum:03-04-15",
      "geboortedatum:30-11-2025",
    ]);
    expect(found("BSN 1234.56.782 en insta: kevin.b2011")).toEqual(["bsn:1234.56.782", "handle:kevin.b2011"]);
    // With dashes after its cue; a reference with dashes is none.
    expect(found("Gegevens voor de crisisdienst: BSN 981-642-676.")).toEqual(["bsn:981-642-676"]);
    expect(found("ref 123-456-789 for the order")).toEqual([]);
    // A case number with dashes that passes the eleven-test is no BSN; a cue right before it is.
    expect(found("mutatie 2024-05-102 is aangemaakt")).toEqual([]);
    expect(found("bsn nog niet bekend, zaaknr 2024-06-118")).toEqual([]);
    expect(found("bsn nr.123-456-782 graag")).toEqual(["bsn:123-456-782"]);
    // A team's mobile is the team's; right after someone's full name it is that person's work phone.
    expect(found("Kamp Zeeland: 06-12345678 (kampmobiel)")).toEqual([]);
    expect(found("Jongerenwerk Oost, 06-12345678 (dienstmobiel)")).toEqual([]);
    // What the BSN is for may stand between; another document named, or an ISBN, is no BSN.
    expect(found("bsn moeder t.b.v. de melding bij Veilig Thuis: 123-456-782")).toEqual(["bsn:123-456-782"]);
    expect(found("BSN: zie brief DUO 2023-11-042, die ligt bij de administratie")).toEqual([]);
    expect(found("ISBN 978 90 4102 1234")).toEqual([]);
    expect(found("Wijkagent Seghwaert: Jan de Wit, 06-19 87 25 43 (dienstmobiel).")).toEqual([
      "naam:Jan de Wit",
      "telefoon:06-19 87 25 43",
    ]);
  });

  it("finds what a child says it is called, a second number after a slash, and leaves line-ups of artists alone", () => {
    has(
      "my name is storm and im in groep 6. a girl called bloem de jong keeps pushing me and saying she will bring her big brother dirk.",
      "storm",
      "bloem",
      "jong",
      "dirk",
    );
    has("ze noemt mij 'varkie'. ik wil niet dat mama het weet", "varkie");
    has("telefoon: 06-12345678 / 06 1935 7702 – opmerking", "06-12345678", "06 1935 7702");
    expect(found("zijn broer is ziek en a boy called again")).toEqual([]);
    expect(found("Line-up: Snelle, Bizzey en Kris Kross Amsterdam.")).toEqual([]);
    expect(found("Expect covers of Central Cee, Stormzy and Frenna at the open mic night.")).toEqual([]);
    expect(found("teksten van Snelle, Kraantje Pappie en Frenna geanalyseerd")).toEqual([]);
    // ... but pupils listed together stay pupils, whoever they listen to.
    has("Jayden, Sem en Noah luisteren naar Snelle.", "Jayden", "Sem", "Noah");
  });

  it("finds a house number apart from its street, birthdays, British homes and mobiles", () => {
    has("Ze woont op de Kerkstraat, nummer 14.", "nummer 14");
    has("Ze wonen op nummer 14 van de Kerkstraat.", "nummer 14");
    has("Het gezin woont in de Kerkstraat (nr 14, bovenwoning).", "nr 14");
    has("Hij woont in de Lindelaan. Huisnummer 8.", "Huisnummer 8");
    has("Ze wonen aan de Parallelweg; het huis is nummer 56.", "nummer 56");
    has("Thuisadres: Molenweg, nr 112", "nr 112");
    has("His birthday is 3rd of June 2011.", "3rd of June 2011");
    has("De dader is van 2008 en zit nu op het mbo.", "2008");
    has("Sem (°12-05-2013) zit in groep 7.", "12-05-2013");
    has("Ze is jarig op 14 mei en wordt dan 13.", "14 mei");
    has("He is staying with his aunt: 14 Mill Lane, Reading RG1 2AB", "14 Mill Lane", "RG1 2AB");
    has("Incident form\nName of pupil: Liam Murphy\nParent contact: 07700 900123", "07700 900123");
    has("Forwarded:\nFrom: +44 7700 900461\n'tell ur brother he owes 300'", "+44 7700 900461");
    has("He rang from 07700 900123 last night, very aggressive.", "07700 900123");
    has("Dad: 07700 900123", "07700 900123");
    expect(found("Rijschool Bakker geeft les bij de school; het was gekocht bij Leen Bakker.")).toEqual([]);
    expect(found("Tandartspraktijk Visser en Kinderopvang Smit zitten naast de school.")).toEqual([]);
    has("New pupil in 6A, Sam (born on the 5th of May 2012), told his teacher.", "5th of May 2012");
    // ... and leaves a school's birthday, a bus stop, a class's mailbox alone.
    expect(found("De school is jarig op 1 september: 50 jaar!")).toEqual([]);
    expect(found("De bus stopt in de Kerkstraat, nummer 14 van de lijn.")).toEqual([]);
    expect(found("Bezoekadres Buikslotermeerplein 2000, inloop ma t/m do 9-12u.")).toEqual([]);
    expect(found("Spreekuur jongerenwerk elke dinsdag in JC De Hoop, Maasboulevard 100.")).toEqual([]);
    // (A number's opening bracket stays in the text.)
    expect(
      redact(
        "Opa belde gisteren (0172-423400) over zijn kleinzoon.",
        findPersonalData("Opa belde gisteren (0172-423400) over zijn kleinzoon.", { knowledge }),
      ),
    ).toContain("(");
    expect(found("Onze nieuwe mailadressen: groep7@obsdeklimop.nl en groep8b@obsdeklimop.nl")).toEqual([]);
  });

  it("reads a date after 'DOB is' or 'geboortedatum is' as a date of birth", () => {
    has("His DOB for the form is 14.05.2010.", "14.05.2010");
    has("Zijn geboortedatum is 3-4-2012", "3-4-2012");
  });

  it("finds an account after 'tiktok is' at a sentence's end and after 'volg me op snap,'; leaves organisations' accounts alone", () => {
    has("his tiktok is levigoed. just flagging.", "levigoed");
    has("ze zeggen volg me op snap, dikkeyusi. een van hen", "dikkeyusi");
    expect(found("I found @politierotterdam on Instagram.")).toEqual([]);
    expect(found("live via @gemeentezoetermeer en @politie_zoetermeer")).toEqual([]);
    expect(found("The school's TikTok (@kjc_official) video about sports day got 120k views.")).toEqual([]);
    // (Pupils say "our" too: "our public Instagram (@3b.tea.spill)" is theirs.)
    has("our public Instagram (@3b.tea.spill) is full of gossip", "@3b.tea.spill");
    has("his account @gemeentejayden posts fights", "@gemeentejayden");
  });
  it("finds a mobile whose prefix alone is masked, not one whose digits are", () => {
    has("Contact moeder: xx-41927358 (06 weggelaten ivm privacy)", "41927358");
    has("Her number shows as +** 6 5812 0944 in the group (I starred out the country code).", "5812 0944");
    expect(found("Contact moeder: 06-xxxxxxxx, bellen via de mentor.")).toEqual([]);
    expect(found("Nummer van vader: 06-48 xx xx xx (rest weggelaten).")).toEqual([]);
    expect(found("Zaak XX-20240118 is doorgezet naar het veiligheidshuis.")).toEqual([]);
  });

  it("finds a WhatsApp link's number, a date of birth in the English order or in brackets after its word, a plate after a comma", () => {
    expect(found("stuur de foto's naar wa.me/31612345678 voor 50 euro")).toEqual(["telefoon:31612345678"]);
    expect(found("New pupil, date of birth April 2nd, 2012, from Ghent.")).toContain(
      "geboortedatum:April 2nd, 2012",
    );
    expect(found("Ze zette haar geboortedatum in haar bio (4 mei 2011), nu krijgt ze berichten.")).toContain(
      "geboortedatum:4 mei 2011",
    );
    expect(found("A van with a Polish plate, WGM 58214, waited at the gate.")).toContain(
      "kenteken:WGM 58214",
    );
    expect(found("Eén van hen noemt zich Spike en rijdt een scooter.")).toContain("naam:Spike");
    // Not an event's date, a registration number, or a word in lower case.
    expect(found("The fair is on April 2nd, 2025 at the school.")).toEqual([]);
    expect(found("KvK 12345678 is the registration of the vape shop.")).toEqual([]);
    expect(found("hij noemt zich slim maar is het niet")).toEqual([]);
  });

  it("reads the dates listed after a name under words for several people's dates of birth", () => {
    expect(
      found("Dates of birth for the youth camp insurance: [naam] 07-10-2011, [naam] 19-01-2013."),
    ).toEqual(["geboortedatum:07-10-2011", "geboortedatum:19-01-2013"]);
    expect(
      found("Trip to Iceland - still need passports + DOB for:\n[naam] 2009-04-12\n[naam] 2008-11-30"),
    ).toEqual(["geboortedatum:2009-04-12", "geboortedatum:2008-11-30"]);
    // A deadline under the same words is no one's birthday.
    expect(found("Dates of birth for the trip: deadline Friday 12-05-2026")).toEqual([]);
    expect(found("DOB for: passports must be in by 12-05-2026")).toEqual([]);
  });
});
