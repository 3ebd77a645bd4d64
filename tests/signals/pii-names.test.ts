import { describe, expect, it } from "vitest";
import { redact } from "../../src/signals/pii.ts";
import { found, has } from "./pii-helpers.ts";

describe("personal data: names, nicknames and the accounts of persons", () => {
  it("finds names outside the first-name list, in lower case, with particles, titles and initials", () => {
    expect(found("Broertje van Jaylano Koster rijdt zonder helm")).toEqual(["naam:Jaylano Koster"]);
    expect(found("ilias el khattabi zit s avonds op straat")).toEqual(["naam:ilias el khattabi"]);
    expect(found("mevr. van der Berg en dhr. El Amrani kwamen langs")).toEqual([
      "naam:van der Berg",
      "naam:El Amrani",
    ]);
    expect(found("leerplichtambtenaar Ter Horst heeft het dossier")).toEqual(["naam:Ter Horst"]);
    expect(found("het gaat om J. de V. en leerling A.B.")).toEqual(["naam:J. de V.", "naam:A.B."]);
    expect(found("De broer van Fatima, Yassin, is 16.")).toEqual(["naam:Fatima", "naam:Yassin"]);
    expect(found("Zijn bijnaam is Stekkie, zo noemt iedereen hem")).toEqual(["naam:Stekkie"]);
    expect(found("heb het gehad met kowalczyk over de afspraak")).toEqual(["naam:kowalczyk"]);
    expect(found("ik zag dat sem en bo weer ruzie hadden")).toEqual(["naam:sem", "naam:bo"]);
    expect(found("Op de muur stond 'LUCAS IS EEN HOMO'")).toEqual(["naam:LUCAS"]);
    expect(found("Jansen-de Vries is de achternaam van de moeder")).toEqual(["naam:Jansen-de Vries"]);
    expect(found("Slachtoffer is Naomie Vlijter, dader onbekend")).toEqual(["naam:Naomie Vlijter"]);
    expect(found("Leerlingen: Deshawn, Kervin en Anouchka")).toEqual([
      "naam:Deshawn",
      "naam:Kervin",
      "naam:Anouchka",
    ]);
    expect(found("Doorgestuurd naar Plantinga, de zorgcoördinator")).toEqual(["naam:Plantinga"]);
    expect(found("Van: Nelson Tavares\nAan: mentor 2C")).toEqual(["naam:Nelson Tavares"]);
    expect(found("Leerling is op 2012/04/03 geboren, zijn snapchat naam is kingkev")).toEqual([
      "geboortedatum:2012/04/03",
      "handle:kingkev",
    ]);
    expect(found("Account 'dutchdrill010' post filmpjes")).toEqual(["handle:dutchdrill010"]);
    expect(found("Rosa haar fiets is gestolen")).toEqual(["naam:Rosa"]);
    expect(found("het zijn altijd die van de Vries")).toEqual(["naam:Vries"]);
    expect(found("Zijn snap is xxboy2009 en insta heet lil.mo.10")).toEqual([
      "handle:xxboy2009",
      "handle:lil.mo.10",
    ]);
  });

  it("finds names in forms, brackets and families, and accounts with digits", () => {
    expect(found("Gebdat: 12-03-2016\nNaam: Mila\nGroep 6")).toEqual([
      "geboortedatum:12-03-2016",
      "naam:Mila",
    ]);
    expect(found("Account x (Kristof, 17) verkoopt pillen")).toEqual(["naam:Kristof"]);
    expect(found("Het gaat om de broers Wang (groep 3 en 6).")).toEqual(["naam:Wang"]);
    expect(found("wordt beheerd door account j4y.d3n, ze wil niet meer naar school")).toEqual([
      "handle:j4y.d3n",
    ]);
    expect(found("Op de Kerkweg 12 wonen twee jongens die lachgas verkopen")).toEqual(["adres:Kerkweg 12"]);
    expect(found("Met vriendelijke groet,\nPetra Smit-Oosterhuis\nIntern begeleider")).toEqual([
      "naam:Petra Smit-Oosterhuis",
    ]);
    expect(found("ff melden: jayden vd berg uit groep 8 wordt thuis geslagen")).toEqual([
      "naam:jayden vd berg",
    ]);
    expect(found("sinds de verhuizing naar de Laan van Nieuw Oost-Indië 212.")).toEqual([
      "adres:Laan van Nieuw Oost-Indië 212",
    ]);
  });

  it("reads a police rank or an English officer as a title before a surname", () => {
    expect(found("Officer Pietersen komt donderdag naar de les.")).toEqual(["naam:Pietersen"]);
    expect(found("Brigadier Oudkerk belt de moeder terug.")).toEqual(["naam:Oudkerk"]);
  });

  it("finds a speaker, a mid-sentence name and a name after 'heet' in lower case", () => {
    expect(found("Grade 3 teacher here. Willow told me she is scared.")).toEqual(["naam:Willow"]);
    expect(found("Someone told me the gate was open.")).toEqual([]);
    expect(found("Could someone check on Nilton Fortes? He has not logged in.")).toEqual([
      "naam:Nilton Fortes",
    ]);
    expect(found("die jongen heet iwan sutanto en zit op het roc")).toEqual(["naam:iwan sutanto"]);
    expect(found("overleg met leerplicht elke eerste dinsdag")).toEqual([]);
  });

  it("does not let a person through the rules for things, firms, offices, storms and codes", () => {
    const cases: Array<[string, string[]]> = [
      ["Daan uit Almere (geboren 03-04-2012) is weggelopen", ["naam:Daan", "geboortedatum:03-04-2012"]],
      ["Sofinummer: 123456782", ["bsn:123456782"]],
      ["Citizen service number: 123456782", ["bsn:123456782"]],
      ["Mijn dochter Storm Zwaneveld wordt gepest", ["naam:Storm Zwaneveld"]],
      ["Ahmed, de bakker op de hoek, is de vader van de dader", ["naam:Ahmed"]],
      ["Betrokken: Daan klas 2b en Sem klas 3a", ["naam:Daan", "naam:Sem"]],
      ["Noah class 3B keeps hitting my son", ["naam:Noah"]],
      ["Ik ben bereikbaar via 06-12345678 of info@familiedevries.nl", ["telefoon:06-12345678"]],
      ["haar mail is zonnebloem@hotmail.com", ["email:zonnebloem@hotmail.com"]],
      ["XK-45-TB is het kentekennummer van de auto die bij school rondrijdt", ["kenteken:XK-45-TB"]],
      ["De vader van Daan, meneer Prins Ahmed, bedreigde de juf", ["naam:Daan", "naam:Prins Ahmed"]],
      ["Gesproken met stichting Kwadraad Lisa de Boer over haar zoon", ["naam:Lisa de Boer"]],
      ["Daan Jansen Transport rijdt elke dag langs school", ["naam:Daan Jansen Transport"]],
      ["since May Jansen joined, she is bullied", ["naam:May Jansen"]],
      ["leerling S de Vries uit 2b", ["naam:S de Vries"]],
      [
        "Betalen aan de school mag ook, of rechtstreeks aan mij: NL91ABNA0417164300",
        ["iban:NL91ABNA0417164300"],
      ],
      ["Zack Evans keeps threatening my son", ["naam:Zack Evans"]],
    ];
    for (const [text, expected] of cases) expect(found(text), text).toEqual(expected);
  });

  it("reads 'Lil' at the end of a text after a title or a greeting as a name, without failing", () => {
    expect(found("gesprek met mevrouw Lil")).toEqual(["naam:Lil"]);
    expect(found("groetjes, Lil")).toEqual(["naam:Lil"]);
    has("een meisje dat zich lil kenzz noemt stuurt berichten", "lil kenzz");
  });

  it("finds a surname in capitals before a first name, as forms write it; not an abbreviation before a name", () => {
    has("Mother: KOVAL Tetiana, mobile below", "KOVAL Tetiana");
    has("I am the mother of ALHUSSEIN Mohammad (ISK 1B)", "ALHUSSEIN");
    has("From: AL-HUSSEIN Rania", "AL-HUSSEIN");
    expect(found("Present: ISK Nova, COA Overvecht and AZC Gilze.")).toEqual([]);
  });

  it("finds a first name in lower case with a relative after it or talked with", () => {
    has(
      "alleen mo en zijn neef blijven lachgas gebruiken. met mo gesproken, hij wil wel naar de boksschool.",
      "mo",
    );
    has("die kleine mo en zn broertje dealen achter de jumbo", "mo");
    expect(found("de jongen en zijn vader kwamen praten; ik en zijn broer ook")).toEqual([]);
  });

  it("finds a gamer tag made of two words after a game's 'naam', 'ID', 'is hij' or 'uses the name'", () => {
    expect(found("Op Roblox, naam darkwolf, vroeg hij om haar snap.")).toEqual(["handle:darkwolf"]);
    expect(found("PSN ID: shadowkiller, hij stuurt haar berichten")).toEqual(["handle:shadowkiller"]);
    expect(found("op Roblox is hij toxicboy, hij beweert dat hij 14 is")).toEqual(["handle:toxicboy"]);
    expect(found("Zijn gamertag is sniperking, ze spelen elke avond samen.")).toEqual(["handle:sniperking"]);
    expect(found("op Roblox is hij altijd online en op TikTok is ze populair")).toEqual([]);
  });

  it("finds what someone is called after 'noemt hem gewoon', before 'en', and after 'goes by the name of'", () => {
    has("Iedereen noemt hem gewoon mo, hij hangt elke avond bij de snackbar.", "mo");
    has("Ze noemen hem kleine mo en hij is 14.", "kleine mo");
    has("He goes by the name of kenzz on the group chat.", "kenzz");
    has("Ze noemt zichzelf online kenzz en doet zich voor als 16.", "kenzz");
    expect(found("Since the summer he calls himself worthless, and he has stopped eating lunch.")).toEqual(
      [],
    );
  });

  it("finds a nickname in quotes right beside a name, in any case", () => {
    has("nablijvers:\n- 'Bolle' (Daan de Wit) 3vmbo-k\n- Jayden Kok ('jay')", "Bolle", "jay");
    has("saturday school list:\n- 'Tank' aka Dawit Habte (3d)", "Tank");
  });

  it("finds a nickname the words around it name: a.k.a., oftewel, 'voor zijn vrienden', bijnaam, goes by", () => {
    has("Daan de Wit a.k.a. 'bolle' deelt de filmpjes.", "bolle");
    has("'bolle', oftewel Daan de Wit, deelt de filmpjes.", "bolle");
    has("Daan de Wit, 'bolle' voor zijn vrienden, deelt de filmpjes.", "bolle");
    has("Bijnaam van Dawit is 'tank'.", "tank");
    has("Ze noemen hem gewoon 'de Baas'.", "de Baas");
    has("The older boy goes by the name of Smokey and sells vapes at the bus stop.", "Smokey");
    has("Op Valorant heet hij Reaper en hij is 19.", "Reaper");
    // A nationality said of someone is no name.
    expect(found("Leerlingen noemen hem 'de Turk', naam onbekend. Graag extra toezicht.")).toEqual([]);
  });

  it("finds a gamer tag after 'speelt <game> als', 'gamertag in <game>:', 'noemt hij zich', and no game's server", () => {
    expect(found("Hij speelt Fortnite als xXSlayerXx en nodigt jonge kinderen uit.")).toEqual([
      "handle:xXSlayerXx",
    ]);
    expect(found("Gamertag in FIFA: TheRealNoah")).toEqual(["handle:TheRealNoah"]);
    expect(found("In Call of Duty noemt hij zich GhostNL, hij scheldt kinderen uit.")).toEqual([
      "handle:GhostNL",
    ]);
    for (const text of [
      "Op Roblox heet de game Brookhaven RP, daar worden kinderen benaderd.",
      "Op Minecraft heet die server Hypixel, daar wordt gescholden.",
      "In Minecraft Bedrock Edition zit een server waar gescholden wordt.",
      "He plays Fortnite as a team with his friends.",
    ])
      expect(found(text)).toEqual([]);
  });

  it("finds a lower-case name beside a name found: after 'of', in brackets, with a particle", () => {
    has("die heet volgens mij Ricardo of kelvin de jong die deelt vapes uit", "kelvin de jong");
    has("my neighbour's son Sem (sem de wit, 3vwo) is selling snus", "sem de wit");
    has("gesproken met mo (Mohamed Ali) en zijn neefje", "mo");
    expect(found("Daan of zijn broer was er ook, Lisa (groep 7) ook")).toEqual(["naam:Daan", "naam:Lisa"]);
  });

  it("finds a surname that ends like a building after a first name, and no park, estate, footballer or named storm", () => {
    has("Daan en Lotte Veldhuis kwamen te laat", "Daan", "Lotte Veldhuis");
    has("Sanne Verkerk zit in 3B", "Sanne Verkerk");
    for (const text of [
      "Emma Kinderziekenhuis in Amsterdam heeft een folder.",
      "Saturday 28 September is Burendag at Park Frankendael, 11:00-16:00.",
      "the new Cruyff Court at the Bos en Lommerplein was damaged",
      "Kids in 1A copy Xavi Simons's celebration and his moves.",
      "Code yellow for Storm Isha on Sunday night.",
      "Radicalisation: a training on online subcultures.",
      "NS customer service: 030 751 5155. BOAs on site Tuesdays.",
      "Copies in the staff room, shelf B.",
    ])
      expect(found(text)).toEqual([]);
  });

  it("finds a nickname given with its real name, and a name after '+'", () => {
    has("two Year 9 boys (Tom and 'Big D', real name Dylan) made him hand it over", "Big D", "Dylan");
    has("- 'Bobo' (echte naam onbekend)", "Bobo");
    expect(found("see 'versie.2.0' of the file 'rooster.2024'")).toEqual([]);
    has("Groepjes:\n1. Bram + Daan + Lotte\n2. Sem", "Lotte");
  });

  it("reads a list with a known brand in it as a list of brands", () => {
    for (const text of [
      "Het gaat om merken als Elf Bar, Crystal en IVG, in smaken die naar snoep ruiken.",
      "The bikes are mostly e-bikes (Cortina, VanMoof, Gazelle).",
    ])
      expect(found(text)).toEqual([]);
    has("Bij het gesprek waren zoals altijd Daan, Sem en Lisa.", "Daan", "Sem", "Lisa");
  });

  it("reads forwarded chats: a role's sender names a place, a nickname they call someone, names in lower case", () => {
    for (const text of [
      "[09:12] Wijkagent Oosterheem: goedemorgen allen, twee meldingen zwaar vuurwerk bij de halte",
      "[08:52] Wijkagent Ridderveld: I'll come by at 10:15",
      "The community police team now posts updates on Instagram and X. Schools can share the posts.",
      "He was seen by the police near the station.",
      "Children who cannot be picked up can stay in room 1.05 with the after-school club.",
      "Ik heb de roos de wit geverfd.",
      "Een groep hangt rond bij de Smullers op het station en bij de Bijenkorf; een jongen stal bij Intertoys.",
    ])
      expect(found(text)).toEqual([]);
    expect(found("[08:52] Wijkagent Jansen: ok")).toEqual(["naam:Jansen"]);
    has("die dikke met die rode jas, die noemen ze Bolle, en die andere", "Bolle");
    has(
      "klassenapp: 'dirk jansen en kees de groot hebben die filmpjes gemaakt'",
      "dirk jansen",
      "kees de groot",
    );
    has("- roos de jong (3/04/2013)", "roos de jong", "3/04/2013");
    has("gesprek met X. de Vries op dinsdag", "X. de Vries");
    has("Lin He uit 2b deed het", "Lin He");
    has("The family stays in room 12 of the AZC", "room 12");
    has("pls can someone look into it. Sarah Jones 07700 900123", "Sarah Jones", "07700 900123");
    has("op TikTok onder de naam lil_dev23 filmpjes", "lil_dev23");
    has("niet op school zonder bericht:\n1. Sem\n2. Daan\n3. mila b.\nouders gebeld", "mila b");
    expect(found("zie bijlage b. voor de details")).toEqual([]);
    has(
      "Geboortedata kinderen: 03-04-2011, 17-09-2013 en 02-02-2015",
      "03-04-2011",
      "17-09-2013",
      "02-02-2015",
    );
    has("Geboren op 3 april 2011 en 17 september 2013 (tweeling? nee)", "3 april 2011", "17 september 2013");
    expect(found("Geboren 03-04-2011, melding 17-09-2025")).toEqual(["geboortedatum:03-04-2011"]);
    has("Dader(s): Daan Veldhuis en Ruveyda Kerkhof", "Daan Veldhuis", "Ruveyda Kerkhof");
    has("Kind regards,\nHead of Year 9, Sue Walker", "Sue Walker");
    has("Regards,\nDSL - Crystal Young", "Crystal Young");
    expect(found("Met vriendelijke groet,\nTeam Jeugd, Gemeente Leiden")).toEqual([]);
    expect(found("rond Anna Paulownahof staan ze elke avond")).toEqual([]);
    for (const text of [
      "New this month: Dog Man, Dikkie Dik and 20 new Bluey picture books.",
      "Our pupils in groep 8 are making a school musical based on 'Matilda' by Roald Dahl.",
      "a rise in 'Storm' vapes (a brand sold in corner shops)",
      "Lokaal 1.04 wordt die dag ingericht als 'Regenboogruimte'. Meer info in de nieuwsbrief van week 49.",
      "The 'Buurt Bestuurt' meeting is at Wijkcentrum Dr. Willem Drees, 19:30.",
      "Aanmelden via cjg@capelle.nl of bel 010-2848000.",
    ])
      expect(found(text), text).toEqual([]);
    has("de jongen die ze 'Storm' noemen verkoopt vapes", "Storm");
    // Young children: a birthday, a birthday list, a roster of parents, a writer signing with a role.
    has("Hallo allemaal, Noah wordt 8 jaar op 2 april! Feestje is zaterdag 5 april.", "Noah", "2 april");
    has(
      "Verjaardagskalender groep 3 (voor juf):\nDaan - 04-10-2017\nSem - 19-11-2017",
      "04-10-2017",
      "19-11-2017",
    );
    has(
      "Klassenapp groep 5 - telefoonlijst\nPuck - papa Jan 06-22345678\nSky - mama Noor 06-32345678",
      "Puck",
      "Sky",
    );
    has("Graag nog geen acties richting school. Bram, wijkagent", "Bram");
    has("Vraag gerust als er iets is. Bram, wijkagent\nVerstuurd vanaf mijn iPhone", "Bram");
    expect(found("Informatie - vader: kom op tijd")).toEqual([]);
    has("Tafelgroepjes groep 4:\nTafel 1: Bloem, Daan, Sem", "Bloem", "Daan", "Sem");
  });

  it("finds a known surname ending in -hof after a first name, and no district account", () => {
    has(
      "Suspected: Ilse Kerkhof (year 2) and her cousin outside school, Britt Kerkhof",
      "Ilse Kerkhof",
      "Britt Kerkhof",
    );
    expect(found("rond Anna Paulownahof hangen jongeren")).toEqual([]);
    expect(found("Instagram: @jongerenwerkzuidoost | KvK 34251178")).toEqual([]);
    expect(found("volg @politiekind op insta")).toEqual(["handle:@politiekind"]);
    for (const text of [
      "Send the form or hand it in at Stadhuisplein 10, desk 3. Questions: 040-238 60 00.",
      "Locatie: Stadskantoor, zaal Erasmus, Stadsplein 1",
      "Fietsdepot, nu Binckhorstlaan 226, geopend ma-za 10.00-17.00",
    ])
      expect(found(text)).toEqual([]);
  });

  it("finds a class list's 'Surname, First name' items", () => {
    has(
      "Klassenlijst 1C:\n5. El Amrani, Yasmina\n6. Kwakman, Thijs\n3. van den Berg, Lotte",
      "Yasmina",
      "Kwakman",
      "Berg",
    );
    expect(found("Lokalen:\n- Rotterdam, Jumbo\n- Lokaal, Maandag")).toEqual([]);
  });

  it("finds a street whose name ends in a point of the compass", () => {
    has(
      "teruggevonden bij haar vader in Tilburg, Ringbaan-Oost 145. Ze gaat daar naar school.",
      "Ringbaan-Oost 145",
    );
    expect(found("op de Ringbaan-West 3 keer een scooter op de stoep")).toEqual([]);
  });

  it("finds a name again where the text repeats it, and a lower-case first name listed beside a name", () => {
    expect(
      found("The group targeting Ji-woo Park has calmed down. Ji-woo's mum (Mrs Park) is still worried."),
    ).toEqual(["naam:Ji-woo Park", "naam:Ji-woo's", "naam:Park"]);
    expect(found("the ones posting most are lily, Sophie. the admin removed them")).toEqual([
      "naam:lily",
      "naam:Sophie",
    ]);
    // ("a lily in the garden" alone is a flower.)
    expect(found("there is a lily in the school garden")).toEqual([]);
    // A square named after a lawyer stays a place.
    expect(found("De fietsenstalling bij het Mr. Visserplein staat weer vol.")).toEqual([]);
    // A whole name repeated in a signature, and a first name again in lower case; not the word.
    expect(found("From: Rachel Bennett\nHe disclosed it.\nRachel Bennett | English teacher")).toEqual([
      "naam:Rachel Bennett",
      "naam:Rachel Bennett",
    ]);
    expect(found("de oma van Sem belde. oma zorgt nu voor sem.")).toEqual(["naam:Sem", "naam:sem"]);
    expect(found("Roos Jansen zat er. een rode roos in de tuin.")).toEqual(["naam:Roos Jansen"]);
    // A name that is also a word, again in lower case, as the one who does something; not the word.
    expect(found("Storm (groep 3) heeft blauwe plekken. storm zegt dat hij viel.")).toEqual([
      "naam:Storm",
      "naam:storm",
    ]);
    expect(found("Wil de Groot belde. ik wil dat niet.")).toEqual(["naam:Wil de Groot"]);
    // "het" as a pronoun before a name: "bleek dat het Ricardo Rosaria was"; an event stays one.
    has("Later bleek dat het Ricardo Rosaria was, een oud-leerling.", "Ricardo Rosaria");
    expect(found("Op 14 februari is het Valentijn.")).toEqual([]);
    // A name of two letters is not found again in lower case: "bo" is also basisonderwijs.
    expect(found("Bo (groep 8) gaat naar het vo; de overstap van bo naar vo bespreken we.")).toEqual([
      "naam:Bo",
    ]);
    expect(found("Max Bakker kwam. max 2 begeleiders")).toEqual(["naam:Max Bakker"]);
    expect(found("Frans Jansen kwam. de les frans was rommelig")).toEqual(["naam:Frans Jansen"]);
    expect(found("Rose Jansen was there. her anxiety rose a lot")).toEqual(["naam:Rose Jansen"]);
    // A whole name again in capitals; a public figure's name as part of a double surname or after a title.
    expect(found("STORM VISSER stond er. Storm Visser ook.")).toEqual([
      "naam:STORM VISSER",
      "naam:Storm Visser",
    ]);
  });

  it("finds a name set beside a pupil, or whose family is spoken of, and keeps 'zijn' a verb", () => {
    expect(found("Summer, one of our Year 12 girls, has been impersonated on Instagram.")).toEqual([
      "naam:Summer",
    ]);
    expect(found("hi its Summer's mum, she won't be in today")).toEqual(["naam:Summer's"]);
    // "zijn ... bereikbaar" is a verb: the line with a function's mailbox stays the organisation's.
    expect(
      found(
        "De jongerenwerkers van Stichting Jong Centrum zijn het hele jaar bereikbaar via 0229-287400 of info@jongcentrum.nl.",
      ),
    ).toEqual([]);
    expect(found("zijn nummer is 0229-287400 of info@jongcentrum.nl")).toEqual(["telefoon:0229-287400"]);
  });

  it("finds who speaks in a chat log or a list of pupils, a teacher's first name after 'mr' and a Discord tag", () => {
    expect(
      found(
        "team chat:\nRob: heads up, the kid filming teachers is Tom Baker from 3H\nLisa: ok I'll tell the year head",
      ),
    ).toEqual(["naam:Rob", "naam:Tom Baker", "naam:Lisa"]);
    expect(
      found("slack #safeguarding\n> maria.k: anyone seen the video?\n> maria.k: ok logging it now"),
    ).toEqual(["handle:maria.k", "handle:maria.k"]);
    expect(
      found("leerlingbespreking 3b: - Sem: spijbelt vaak - fleur: durft thuis niet - roos: ok."),
    ).toEqual(["naam:Sem", "naam:fleur", "naam:roos"]);
    // The headings of minutes name no one.
    expect(found("Datum: 12 maart\nAanwezig: wijkagent, directeur\nActie: mentor belt ouders")).toEqual([]);
    expect(found("hey it's mr jonas (PE). during football today i heard something")).toEqual(["naam:jonas"]);
    expect(found("op Discord als sanderrr#0412 afgesproken")).toEqual(["handle:sanderrr#0412"]);
    expect(found("Please ring me at +44 7700 900 461 (UK mobile).")).toEqual(["telefoon:+44 7700 900 461"]);
    expect(found("Merk onbekend, prijs rond € 12. Voorbeeldfoto's staan op het intranet.")).toEqual([]);
  });

  it("finds a name after 'parents of', and again in the list that names it with a surname", () => {
    expect(found("1. Maks Kowalski – 3 times\nParents of Maks to be invited for a meeting.")).toEqual([
      "naam:Maks",
      "naam:Kowalski",
      "naam:Maks",
    ]);
    expect(found("Letters go to the parents of Year 8 pupils.")).toEqual([]);
  });

  it("keeps a person personal beside the words for storms, groups, apps and streets", () => {
    expect(found("een jongen die zichzelf 'Sosa' noemt")).toEqual(["naam:Sosa"]);
    expect(found("De jongens noemden elkaar 'Sjors' en 'Mo'.")).toEqual(["naam:Sjors", "naam:Mo"]);
    expect(found("Fatima app'te me gisteren over het gedoe.")).toEqual(["naam:Fatima"]);
    expect(found("I live at 14 Acacia Lane, 2241 XB.")).toEqual(["adres:14 Acacia Lane", "postcode:2241 XB"]);
    expect(found("The family lives at 3 Kings Road now.")).toEqual(["adres:3 Kings Road"]);
  });

  it("redacts the whole of every span, also when a finding covers only part of a word", () => {
    const text = "mail van anouk.x.bakker en Jan de Vries";
    expect(redact(text, [{ kind: "naam", start: 9, end: 14, text: "anouk" }])).toBe(
      "mail van [naam] en Jan de Vries",
    );
    expect(redact("Jan de Vries pest Sara")).toBe("[naam] pest [naam]");
  });

  it("finds a surname written alone in a Dutch sentence, and the first names of an older generation", () => {
    has("Ik heb Bakker uit 2A gesproken, hij ontkent alles.", "Bakker");
    has("Zorgen over Visser uit 3A: ze eet niet en is vaak afwezig.", "Visser");
    has("Vandaag sprak ik Mulder (vader van Lotte) bij het hek.", "Mulder", "Lotte");
    has("Die jongen, Schipper heet hij, filmt alles.", "Schipper");
    has("Ouders: Jan en Mieke de Vries", "Jan", "Mieke");
    has("Geert Jansen (conciërge) heeft de camerabeelden.", "Geert", "Jansen");
    has("Mentor: Geert\nKlas: 2A", "Geert");
    has("Naam: Sanne Bakker\nKlas: 2A", "Bakker");
    has("Mentor: Visser", "Visser");
    has("Visser heeft gisteren gebeld over de ruzie.", "Visser");
    has("In de sporthal heeft Visser een bal tegen het hoofd van een docent gegooid.", "Visser");
    has("Zijn geboortedatum is 5-9-2010.", "5-9-2010");
    has("Birthday: 03/06/2011", "03/06/2011");
    has("Mail van 123456@leerling.stedelijk.nl ontvangen.", "123456@leerling.stedelijk.nl");
    expect(
      found("Beroepenweek\nMaandag: Bakker (brood bakken in de aula)\nDinsdag: Visser (bezoek aan de haven)"),
    ).toEqual([]);
    has("Ik heb met de Vries uit 2A gesproken.", "Vries");
    // ... but not a trade in a play, a shop's or a firm's name, or a place after "bij de".
    expect(found("Ze hingen rond bij de Kooi.")).toEqual([]);
    expect(found("Punt 2: Bakker Bart aan het plein meldt groepjes jongeren.")).toEqual([]);
    expect(found("In het toneelstuk spelen de kinderen de Bakker, de Visser, de Smid en de Koning.")).toEqual(
      [],
    );
    expect(found("Cafetaria Van Dijk sluit per 1 maart om 21.00 uur.")).toEqual([]);
    expect(found("De beveiliging wordt verzorgd door Van Dijk Security.")).toEqual([]);
  });

  it("reads a family name that is also a building after its particle as a family", () => {
    has("Ik heb mevrouw Anja van der Kerk gebeld.", "Anja", "Kerk");
    has("Anja van der Kerk belde gisteren over haar zoon.", "Anja", "Kerk");
    has("Ik heb mevrouw Van der Brug gebeld.", "Brug");
    // ... and a church, a hotel or a neighbourhood centre stays one.
    expect(found("Stichting Vrienden van de Kerk doneert de prijzen.")).toEqual([]);
    expect(found("Het overleg is in het Huis van de Wijk.")).toEqual([]);
    expect(found("Ze zaten in Café van de Markt.")).toEqual([]);
  });

  it("finds the sender of each line of a chat pasted from an app, and leaves desks and roles alone", () => {
    has(
      "[17-01 07:58] roos: wie had gisteren pleinwacht?\n[17-01 08:01] roos: oke ik bel de wijkagent.",
      "roos",
    );
    has("[12-03 14:22] Petra Jansen: er is gevochten bij het hek", "Petra", "Jansen");
    has("Li Wen (Social Worker, GGD)  09:36\nFollowing up on yesterday", "Li Wen");
    has("[14:02] Rachid jongerenwerk: jongens er is geknokt", "Rachid");
    has("[14:02] An Vermeulen: ik kom eraan", "An Vermeulen");
    expect(found("[07/11/2023, 15:20] Front Desk ISH: Pick-up as normal at 15:30.")).toEqual([]);
    expect(found("[15/03/2024, 18:30] Class Rep 4B: Hi all, the message on TikTok is a hoax.")).toEqual([]);
    expect(found("Designated Safeguarding Lead (DSL)  8:52 AM\nReminder: log it in CPOMS.")).toEqual([]);
    expect(found("[14:02] conciërge Dr. Schaepmanschool: er hangen weer jongeren bij het hek")).toEqual([]);
  });

  it("finds a child after a family tie in lower case, the writer under a sign-off, and surnames no list knows", () => {
    has(
      "hoi juf, ik ben de moeder van fleur. fleur zegt dat een meisje uit de klas (jade) een foto heeft doorgestuurd. kunt u mij bellen? groet sharon",
      "fleur",
      "jade",
      "sharon",
    );
    has("ik ben de moeder van wang yichen uit 8b", "wang", "yichen");
    has("Attendees: Wouter Janssens (police liaison)", "Wouter", "Janssens");
    has("Kind: Deniz Kerkhof, groep 7b", "Deniz", "Kerkhof");
    // Abbreviated particles, and a first name that is also a school subject before a family.
    has("de gymleraar Frans v.d. Heuvel zag het", "Frans", "Heuvel");
    has("Jan v/d Berg en Piet v.d. Dijk belden", "Jan", "Berg", "Piet", "Dijk");
    expect(found("Toets Frans van de derde klas, daarna Duits")).toEqual([]);
    // A family that is also a place word, in a person's field, with a first name no list holds.
    has("Pupil: Min-jun Park (Grade 8)\nIncident: Min-jun filmed a boy.", "Min-jun", "Park");
    expect(found("Locatie: Zuider Park, bij de vijver")).toEqual([]);
    // ... not a group after "ouders van", nor a street.
    expect(
      found("Tip voor ouders van kleuters: kinderen van 4 tot 6 jaar hebben 10 tot 13 uur slaap nodig."),
    ).toEqual([]);
    expect(found("de moeder van een leerling uit 3b belde")).toEqual([]);
    expect(found("Het Cruyff Court aan de Dr. Willem Dreesweg wordt 's avonds gebruikt.")).toEqual([]);
    expect(found("Rond de Anne Frankhof hangen jongeren")).toEqual([]);
  });

  it("finds what someone calls themselves, a name after 'aka', and every name on a list of names", () => {
    has("threatened on Snapchat by a girl who calls herself lil.kenzz and says she will wait", "lil.kenzz");
    // A gamer's name on a game platform, as an account.
    has("wordt lastiggevallen door iemand op Roblox, naam xXslayer2010Xx", "xXslayer2010Xx");
    has("on Fortnite he is called ShadowKid09", "ShadowKid09");
    expect(found("op Roblox heet het spel Adopt Me")).toEqual([]);
    // A nickname without quotes at the end of its clause.
    has("die gast met de rode tmax, ze noemen hem kleine mo, hangt elke avond bij t veld", "kleine mo");
    expect(found("ze noemen hem een held. they call him names.")).toEqual([]);
    has("een meisje dat zichzelf lil.kenzz noemt", "lil.kenzz");
    has("one we know: 'tiny' aka rob van der sluis, 17, lives with his nan", "rob van der sluis");
    has("names mentioned: jj de boer, shaquiro pinas and 'tiny'.", "jj de boer", "shaquiro pinas", "tiny");
    expect(found("Namen: onbekend. He calls himself the boss of the school.")).toEqual([]);
    expect(found("the name: Veilig Thuis")).toEqual([]);
  });

  it("finds whom a message greets or calls at its start, however ordinary the first name", () => {
    has("hoi roos, even overdracht want ik ben morgen vrij.", "roos");
    has("Roos, heb je even? De moeder belde net.", "Roos");
    has("Storm, kun je even kijken?", "Storm");
    expect(found("Hoi allemaal, even dit")).toEqual([]);
    expect(found("Hey team, quick one about Friday")).toEqual([]);
    expect(found("Beste ouders, groep 3 gaat naar het bos.")).toEqual([]);
  });

  it("finds a name in quotes after 'heet' or 'is called', with a few words between, of a person only", () => {
    has('1 jongen heet volgens de kinderen "smiley" en de ander noemen ze Bas.', "smiley");
    has('the guy is called "uncle rob" in the game', "uncle rob");
    expect(found('het spel heet "Among Us"')).toEqual([]);
    expect(found('the app is called "Tellonym"')).toEqual([]);
  });

  it("finds whose number it is in lower case, a sign-off in lower case, a first name an initial stands for, and 'is het <name>'", () => {
    has("iemand heeft kacpers nummer 0612345678 in een groep gezet", "kacper", "0612345678");
    has("heeft ook awa's nummer op snap gezet", "awa");
    expect(found("moeders nummer klopt niet")).toEqual([]);
    has("hij stuurt zn nummer rond. groetjes van mila", "mila");
    has("liefs, sem en noor", "sem", "noor");
    expect(found("groetjes van de mentor")).toEqual([]);
    has(
      "Name student: H. Ahmadi (Hamed), 3 kader. Details: Hamed received a Snapchat.",
      "H. Ahmadi",
      "Hamed",
    );
    expect(found("H. Ahmadi (HAVO) belde")).toEqual(["naam:H. Ahmadi"]);
    has("volgens de meiden is het Zakaria el Idrissi uit 4b", "Zakaria el Idrissi");
  });

  it("finds a boss, a driver or a landlord named by role, and the name a person goes by before their name in brackets", () => {
    has("zijn baas Erik belde vanmorgen dat hij niet kwam. Erik zijn nummer is bekend", "Erik", "Erik");
    has("the bus driver Ahmed saw it happen", "Ahmed");
    has("Van ons: Bolle (Daan Visser) en Kees, van het Kandinsky College.", "Bolle", "Daan Visser");
    // A role, a word of a person or an organisation before the brackets is none.
    expect(found("De NS-medewerker (Piet Jansen) heeft gefilmd, iemand (Sem Bakker) ook.")).toEqual([
      "naam:Piet Jansen",
      "naam:Sem Bakker",
    ]);
    // ("van de" before an organisation is no surname; "Do" is a name.)
    expect(found("melding van de bedrijfsleider van de Kruidvat in Hoog Catharijne")).toEqual([]);
    has("I spoke to Do and her brother after school.", "Do");
    // A first name in lower case after a family word or a neighbour, also an ordinary word; not a verb.
    has("zijn oom rob haalt hem op, buurman kees belde", "rob", "kees");
    expect(found("Zijn broer wil niet dat hij gaat. En zijn broer dan? Zijn broer nam het op.")).toEqual([]);
    // A name in a script without capitals beside one in Latin letters, not a blessing; dates of birth
    // as Polish, Turkish and Russian papers write them.
    has("Op zijn profiel staat Hamza Ali ook als حمزة بن علي.", "Hamza Ali", "حمزة بن علي");
    expect(found("السلام عليكم, ik ben de moeder van Yasmina")).toEqual(["naam:Yasmina"]);
    has("Ola (ur. 12 lipca 2010), Ayşe (doğum tarihi 12.06.2011)", "12 lipca 2010", "12.06.2011");
    // As a thirty-fourth review tried: a person after "moskee" or before "zaterdagschool", Kareem and
    // Slava, a family's mailbox, a blessing beside a name, a birth date of history, "zijn moeder hoop ik".
    has(
      "Heeft de moskee Bilal al ingelicht? Omdat Ayoub zaterdagschool heeft, kwam hij niet.",
      "Bilal",
      "Ayoub",
    );
    has("Kareem uit 2A heeft een mes laten zien; Slava Petrenko ook.", "Kareem", "Slava Petrenko");
    has("Mail de vader: parents.smith@hotmail.com", "parents.smith@hotmail.com");
    expect(found("Juf Sanne, شكرا جزيلا voor alle hulp!")).toEqual(["naam:Sanne"]);
    expect(found("Lekcja: Chopin ur. 1 marca 1810. Zijn moeder hoop ik morgen te spreken.")).not.toContain(
      "geboortedatum:1 marca 1810",
    );
    expect(found("Zijn moeder hoop ik morgen te spreken.")).toEqual([]);
    has(
      "Geburtsdatum: 3. März 2012; fecha de nacimiento: 3 de mayo de 2012",
      "3. März 2012",
      "3 de mayo de 2012",
    );
    // English first names the lists lacked.
    has("Moeder: Kelly Brouwers. Ikzelf: Desmond Kleine, 06-87654321", "Kelly Brouwers", "Desmond Kleine");
  });
});
