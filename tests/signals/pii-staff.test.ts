import { describe, expect, it } from "vitest";
import { found, goneFrom, has, nothingIn } from "./pii-helpers.ts";

describe("staff, rosters and messages typed fast on a phone", () => {
  it("finds colleagues written as initials, not a body's letters", () => {
    expect(found("overleg met JvdB en PdV op dinsdag over de hangjongeren")).toEqual([
      "naam:JvdB",
      "naam:PdV",
    ]);
    // Two capitals alone on a roster are as often a subject, a track or a role: only the
    // colleagues written with a particle are found there.
    expect(found("Rooster toezicht pauze wk 12:\nma: AB / KL\ndi: PdV / SH\nwo: JvdB")).toEqual([
      "naam:PdV",
      "naam:JvdB",
    ]);
    expect(found("ingeschreven bij de KvK, melding bij de RvdK en de IvhO, akkoord van het CvB")).toEqual([]);
    expect(found("Rooster:\nma: IB + directie\nwo: IB\nvr: MT + BHV")).toEqual([]);
    // Initials found in minutes name only the other initials, not the bodies beside them.
    expect(found("Notulen\nJdV: twee meldingen\nMR: wil advies van de FG\nIB: belt ouders")).toEqual([
      "naam:JdV",
    ]);
  });

  it("finds a name after a title in lower case, with its initial, and the Flemish form of a surname", () => {
    has("mr. h. tahiri (dad of a boy in group 5) is at the gate shouting again", "tahiri");
    has("kind komt vaak zonder eten, ouders fam. janssens, kan ggd ff langs", "janssens");
    expect(found("de familie gaat verhuizen")).toEqual([]);
  });

  it("finds an address with the street written short or in lower case, and a postcode named as one", () => {
    has("woont kerkstr 12a", "kerkstr 12a");
    has("woont bij zn oma op de prinsenstr 88 hs", "prinsenstr 88 hs");
    has("mum has moved to her sisters at 14 lange nieuwstraat? not sure", "14 lange nieuwstraat");
    has("postcode of the family is 2511 cv, no house nr yet", "2511 cv");
    expect(found("de kerkstr is afgesloten vanwege werkzaamheden")).toEqual([]);
  });

  it("finds a date of birth with a short month and a two-digit year, not a time", () => {
    has("geb dat 12 mrt 09 vd jongen die gisteren is aangehouden", "12 mrt 09");
    // The English "Mar" as well as the Dutch "mrt".
    has("DOB 3 Mar 2011, new to the school", "3 Mar 2011");
    expect(found("the meeting on 3 Mar 2024 is moved")).toEqual([]);
    expect(found("hij is geboren op 3 mei 12 uur 's middags opgehaald")).toEqual([]);
  });

  it("finds a pupil's first name in lower case with a class or a verb after it", () => {
    has("onze leerling bas vertelt dat hij thuis geslagen wordt", "bas vertelt");
    has("sem uit groep 7 huilde in de pauze", "sem");
    expect(found("mila from year 8 cried")).toEqual(["naam:mila"]);
    expect(found("kinderen uit groep 7 huilden")).toEqual([]);
    has("vriendin roos belde om 23 uur in paniek", "roos");
    has("Leerling mees uit 1c wordt buitengesloten", "mees");
  });

  it("keeps roles, titles of address and a school's own line apart from people", () => {
    expect(found("Discussed with the SENCo; next step is a home visit by the school social worker.")).toEqual(
      [],
    );
    expect(found('The kids just call the new TA "Miss". She asked the mentor of 2B for a handover.')).toEqual(
      [],
    );
    expect(found("Jongens noemen de bestuurder 'Chef'.")).toEqual(["naam:Chef"]);
    expect(found("schooltel is 020-6123450 (adm), na 16u niemand bereikbaar")).toEqual([]);
    expect(found("school tel: 06-12345678")).toEqual(["telefoon:06-12345678"]);
  });

  it("finds a foreign plate after a word for it or a foreign vehicle, and a spaced one after 'kenteken'", () => {
    expect(found("British car, reg WP68 KTN, blue Mini, seen near the sports field")).toEqual([
      "kenteken:WP68 KTN",
    ]);
    expect(found("German car, plate HH-KM 2291 (Hamburg), parked near the gym")).toEqual([
      "kenteken:HH-KM 2291",
    ]);
    expect(found("Poolse bus WGM 58214 staat elke nacht bij het hek")).toEqual(["kenteken:WGM 58214"]);
    expect(found("kenteken aanhanger: W V N T 3 8 (zo stond het in de app)")).toEqual([
      "kenteken:W V N T 3 8",
    ]);
    expect(found("German car, plate 2 of 3 was blurry")).toEqual([]);
    has("Hij heet volgens buren Ferry.", "Ferry");
  });

  it("keeps a car's model, a body by its ending and a 'Laan van' street apart from people", () => {
    nothingIn([
      "krassen op een Renault Zoe en een Volvo V40",
      "a white Range Rover Evoque regularly turning on the zebra crossing",
      "een oranje Lamborghini Urus die hard optrekt",
      "Oudervereniging vraagt een bijdrage voor nieuwe hesjes",
      "snelheidsmeting Laan van Nieuw Oost-Indië, gemiddeld 47 km/u",
      "Op de Laan van Europa wordt bijna dagelijks met eieren gegooid",
    ]);
    expect(found("de auto van Mini Jansen")).toEqual(["naam:Jansen"]);
  });

  it("keeps the communities' languages, peoples, feasts and public lines and accounts apart from people", () => {
    nothingIn([
      "Hazara- en Pashtun-jongeren in het azc hebben ruzie gehad over een vlag.",
      "Tolken Dari en Pashto zijn schaars; de gemeente heeft een contract met een tolkenbureau, bel 085-760 18 00.",
      "Hindustani families: the Diwali light festival at the mandir is on Saturday.",
      "Wijkagent vraagt scholen ouders te informeren in het Koerdisch (Kurmanci en Sorani).",
      "the Javanese association organises a Pasar Malam in July",
      "Moluccan youth association plans a gathering about identity.",
      "Parish office (general): 070-345 67 80.",
      "Info: 070-353 44 55 (bibliotheek, algemeen).",
      "They ask for a small donation to the church account NL02 RABO 8713 0271 53.",
      "Account NL47ASNB5944162353 in the name of the association. Deadline 1 September.",
      "Contact via het algemene adres sekretariat@szkolapolska-dh.nl.",
    ]);
    // A person's line stays personal after the same words.
    expect(found("moeder Nasrin (bel 06-12345678, algemeen bereikbaar)")).toContain("telefoon:06-12345678");
  });

  it("finds an account written in mixed case after 'user'", () => {
    expect(found("A Discord server run by a pupil, user xXShadowRiderXx, is sharing edited photos")).toEqual([
      "handle:xXShadowRiderXx",
    ]);
  });
  it("keeps what a cold review of these rules found clean: bodies, timetables, abbreviations, plans", () => {
    nothingIn([
      "De CdK heeft het regionale convenant mede ondertekend.",
      "OvD politie was om 22:10 ter plaatse bij de school.",
      "Melding is doorgezet naar de OvD en daarna naar de OvJ.",
      "Stagiaire van de UvT doet onderzoek naar pesten in de onderbouw.",
      "Jongens speelden PvP in Fortnite tot 3 uur 's nachts, moeder maakt zich zorgen.",
      "Studenten van de KdG lopen stage bij ons in het team.",
      "Lesrooster 2b\nma: NE / EN\ndi: WI / BI\nwo: LO",
      "Timetable 8C\nMon: PE / RE\nTue: DT\nWed: IT / PE",
      "Inzet ondersteuning\nma: OA\ndi: TOA\nwo: IB + directie",
      "Rooster 4 havo\nma: SLB\ndi: CKV / KWT\ndo: PWS",
      "Opvang na schooltijd\nma: BSO\ndi: TSO\nvr: BSO",
      "Bovenbouw vmbo\nwo: KB / BB\ndo: TL",
      "Thu: DT / RE",
      "Mw. z.s.m. terugbellen over de melding van vanochtend",
      "Dhr. i.v.m. ziekte niet aanwezig bij het MDO",
      "Gesprek met dhr. a.s. maandag om 10 uur",
      "Fam. i.o.m. de wijkagent geïnformeerd over de aanpak",
      "mevr. e.e.a. uitgelegd over de leerplicht",
      "Hij keek via het familie Netflix account enge films",
      "Zie instr 3 in het protocol voor het ontruimen",
      "Volg Instr 2 en 3 van de ontruimingskaart",
      "fight started at 3 near skatepark, about 10 boys",
      "Boys were dealing at 10 near speeltuin again last night",
      "We meet at 9 outside sportpark for the tournament",
      "She was found at 2 near busbaan by the police",
      "the incident happened at 4 after schoolplein was empty",
      "postcode van de school is 2511 cv, voor de routeplanner",
      "De postcode is 3512 in Utrecht, huisnummer weet ik niet",
      "De postcode was 1234 of zo, moeder wist het niet precies",
      "The school's postcode is 1012 ab for the taxi",
      "Het idee voor de buurtwacht is geboren op 12 mrt 24 tijdens een bijeenkomst",
      "Hij wil in groep 7 blijven maar de school adviseert anders",
      "Ze wil in 3 havo beginnen na de zomer",
      "ik hoop in groep 8 meer rust, het is nu chaos",
      "Het thema lente in groep 4 is afgerond",
      "He got a job in year 11 and stopped coming",
      "Er is storm in groep 8 sinds de nieuwe jongen er is",
      "de vriend job zoekt en wil stoppen met school",
      "Ze denken dat het Zara was waar ze heeft gestolen",
      "Moeder zegt dat het Sophia was, niet het Erasmus MC",
      "Ik denk dat het Juliana is, het kinderziekenhuis in Den Haag",
      "Niet zeker of ze naar het Emma gaat; oma denkt dat het Emma is",
      "Vader zegt dat het Wilhelmina was waar ze is opgenomen",
      "The TikTok user iPhone video shows the fight from the bike shed",
      "Melding van de CvD brandweer: rookmelder ging af in het gymlokaal",
      "Stagiair van de UvH sluit aan bij het MDO",
      "ma: AMW\ndi: CJG\nwo: JOZ",
      "Called Mrs. i.e. the mum, no answer",
      "Mevr. t.z.t. uitnodigen voor een gesprek met de IB-er",
      "Dhr. d.w.z. de stiefvader wil geen contact met school",
      "mw. a.u.b. terugbellen op het algemene nummer",
      "Ze gebruikt het familie Spotify account van haar oom",
      "zie illustr 2 in de handleiding van de ontruimingsoefening",
      "Volg stap 4 uit Instr 12 voor de AED",
      "Registr 5 in het logboek is niet ingevuld",
      "De postcode in het systeem was 1011 en niet 1012",
      "postcode van het wijkteam is 3011 ab, bezoekadres Goudsesingel",
      "Het plan is geboren op 3 okt 23 na de steekpartij",
      "Bullying rose in year 9 after the holidays",
      "a lot of year 9 saw the video before it was removed",
      "that lot from year 10 were at it again behind the canteen",
      "The average mark of year 10 dropped after the incident",
      "Thema wolf in groep 3 gaf nachtmerries bij sommige kinderen",
      "Hij wil uit klas 3 weg vanwege het pesten",
      "sinds jan in groep 5 een nieuwe juf, sindsdien onrustig",
      "Moeder denkt dat het Ede was waar ze hem hebben opgepakt",
      "Ik denk dat het Nova is, het ROC in Haarlem",
      "dat het Amalia was weet ik zeker, ze lag op de kinderafdeling",
      "Snapchat gebruiker iPad van zijn broer gebruikt",
      "Contactpersoon gezin: mw. n.v.t., vader is enige gezaghebber",
      "Toetsrooster 3 vwo\nma: WI\ndi: NE / GS\ndo: AK",
      "Nieuwe geb. 12 mrt 25 in gebruik, tot dan lessen in de noodlokalen",
      "Overleg gisteren met de HOvJ en de OvD over de escalatie",
      "He got hit at 4 near ijsbaan, mum picked him up",
    ]);
  });
  it("keeps what a second cold review found: form groups, makes and models, named things, role codes", () => {
    nothingIn([
      "Late for reg 9B again this week, third time.",
      "After reg 8C went straight to assembly.",
      "Verdachte reed weg in een Duitse auto, BMW X5, donkerblauw.",
      "Man in German car, BMW 5 series, parked by the gate twice today.",
      "A British car, MG4 EV, kept circling the school at pick-up.",
      "Franse auto DS 7 met getinte ramen bij de uitgang gezien.",
      "Het project heet volgens de flyer Samen Sterk en start in maart.",
      "De groepsapp heet volgens de leerlingen Klas Chaos.",
      "Het buurthuis heet volgens mij De Kroon, daar hangen ze vaak.",
      "Dat spel heet volgens de kinderen Tikkertje en het loopt uit de hand.",
      "De gang heet volgens de politie Oost Side en ronselt kinderen.",
      "De jongens heten volgens de buurt De Ratten.",
      "De school heet volgens de website Montessori Oost, niet Oost Montessori.",
      "Toen hij zijn vriend los liet, rende die weg richting de Jumbo.",
      "Hij moest zijn vriend los laten van de conciërge.",
      "en dan uit groep 8 nog twee jongens die meededen",
      "mama uit groep 3 klaagt over de parkeerdrukte",
      "ik hoop uit groep 7 niemand meer te zien bij die groep",
      "Bereikbaarheidsdienst vakantie:\nma: ZC\ndi: VP\nwo: AP",
      "Duty rota next week:\nMon: HT\nTue: DHT\nWed: AHT",
      "Duty rota:\nMon: LSA / SBM\nTue: HOY\nWed: ECT",
      "Yard duty:\nMon: KS1\nTue: KS2\nWed: EYFS",
      "Pleinwacht per bouw:\nma: OB\ndi: MB\nwo: BB",
      "Toetsweek surveillance:\nma: NE / WI\ndi: DU / FA\nwo: BV / TE",
      "Toezicht pauze:\nma: CKV\ndi: BSM\nwo: LO",
      "Toezicht overblijf:\nma: PM / PM\ndi: TSO",
      "Advocaat wordt betaald via de RvR, moeder heeft aanvraag gedaan.",
      "Hof van Justitie (HvJ) heeft uitspraak gedaan, geen gevolgen voor ons.",
      "Artikel in de GvA over de schietpartij bij de school in Antwerpen.",
      "Kinderen keken de TdF in de klas, geen bijzonderheden.",
      "Kids hang out at 4 oude speeltuin after school.",
      "postcode van de sporthal is 1234 ab, training om 18 uur",
      "postcode van de moskee: 2525 ab",
    ]);
    goneFrom([
      ["Tyler (Y10) skipped registration 10B this morning and was seen at the shops.", ["Tyler"]],
      ["Vader reed weg in de Tesla Kevin zat op de achterbank.", ["Kevin"]],
      ["Ze stapte in een witte Mini Bilal zat achter het stuur.", ["Bilal"]],
      ["zag de audi ricky zat erin met twee anderen", ["ricky"]],
      ["Gebeld met Laan van Buurtzorg, komt donderdag langs.", ["Laan"]],
      ["Van der Laan van Veilig Thuis neemt contact op met moeder.", ["Van der Laan"]],
      ["Overleg met Laan van Veilig Thuis en de wijkagent.", ["Laan"]],
      ["PdV: ik bel moeder vandaag\nMvO: ik spreek de leerling morgen", ["PdV", "MvO"]],
      [
        "Verslag MDO 12-3\nJdV: moeder is gebeld, geen reactie\nGvD: ik neem contact op met de huisarts",
        ["JdV", "GvD"],
      ],
      [
        "Verslag MDO 12-3\nJdV: moeder is gebeld, geen reactie\nDvO: ik neem contact op met de huisarts",
        ["JdV", "DvO"],
      ],
      [
        "Verslag MDO 12-3\nJdV: moeder is gebeld, geen reactie\nMvA: ik neem contact op met de huisarts",
        ["JdV", "MvA"],
      ],
      [
        "Verslag MDO 12-3\nJdV: moeder is gebeld, geen reactie\nRvK: ik neem contact op met de huisarts",
        ["JdV", "RvK"],
      ],
    ]);
  });
  it("keeps what a third cold review found: bodies after an article, makes and models, form groups, postcodes", () => {
    nothingIn([
      "Vader zit sinds vrijdag in het HvB, moeder staat er nu alleen voor met drie kinderen.",
      "Melding is ook gedaan bij de RvK, zij starten een onderzoek naar de thuissituatie.",
      "Jongens zaten tot 2 uur 's nachts PvZ te spelen op de iPad van hun moeder.",
      "Kosten van de behandeling vallen niet onder de ZvW, ouders moeten zelf betalen.",
      "Casus is besproken in het ZvH, de regie ligt nu bij de gemeente.",
      "De hangplek? Die heet volgens de jongens Bankie, achter de sporthal.",
      "Die coffeeshop bij het station, die heet volgens de buurt Relax.",
      "de postcode van de huisarts is 1622 cd",
      "Late to reg 10JB2 again, mum says the bus was late",
      "Poolse vrachtwagen, MAN TGX 18.440, staat elke ochtend op de stoep bij de school",
      "German car, BMW M3 E46, revving at the gate after school",
      "Duitse auto, BMW 320D, stond met draaiende motor bij het hek",
      "Registered charity, reg no SC045678. Please contact our office for safeguarding queries.",
      "Vader zit in het HvB sinds de inval, de kinderen weten het nog niet.",
      "Casus is doorgezet naar de RvK en Veilig Thuis.",
      "ze spelen de hele nacht PvZ en Fortnite, moeder krijgt ze niet van de iPad af",
      "We willen de familie meer betrekken bij de aanpak.",
      "De familie klein houden bij het gesprek, geen ooms en tantes.",
      "de postcode van het bedrijf is 1622 ab",
      "de postcode van de Jumbo is 1623 cd, daar stond hij",
      "the postcode of the GP is 1626 jk",
      "Reg: 10JB2. Attendance 78%, persistent absence letter sent.",
      "Our VAT reg no GB123456789 is on the invoice for the workshop.",
      "de postcode van de huisarts: 1622 cd",
    ]);
    goneFrom([
      ["Duty rota next week:\nMon: JvdB\nTue: HT\nWed: DHT", ["JvdB"]],
      ["Rooster 2b wk 12\nma: NE / DU\ndi: FA / MU\nwo: mentoruur PdV", ["PdV"]],
      ["Vader stapte in een Audi Kevin zat al op de achterbank", ["Kevin"]],
      ["in een bmw daniel reed weg met piepende banden", ["daniel"]],
      ["a smart Tanvir is what they call him in class", ["Tanvir"]],
      ["gesprek met Coenraad en zijn moeder over het verzuim", ["Coenraad"]],
      ["Vader reed weg in een Tesla Jurre zat op de achterbank", ["Jurre"]],
      ["Hij stapte in een Volvo Daan zat achter het stuur", ["Daan"]],
      ["een peugeot kevin reed erin", ["kevin"]],
      [
        "Actiepunten:\nPdV: huisbezoek plannen\nBB: contact met GGD\nEC: terugkoppeling aan ouders",
        ["PdV", "BB", "EC"],
      ],
    ]);
  });
});
