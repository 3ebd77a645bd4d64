/** The words around a name that tell it is one, and the words that tell it is not. */

/** Titles, family, roles and naming verbs: the next capitalised word is a person. */
export const NAME_CUES = new Set(
  (
    "meneer mevrouw mevr mw mvr dhr hr heer mr mrs ms miss dr drs ir ing juf juffrouw meester " +
    "moeder mama mam vader papa pap broer broertje zus zusje zuster opa oma oom tante neef nicht nichtje " +
    "stiefvader stiefmoeder stiefbroer stiefzus pleegvader pleegmoeder zoon zoontje dochter dochtertje " +
    "halfbroer halfzus familie fam gezin broers zussen zusjes broertjes tweeling " +
    "leerling leerlinge jongen jongetje meisje kind kleuter klasgenoot klasgenote vriend vriendin vriendje " +
    "vriendinnetje ex buurman buurvrouw buurjongen buurmeisje buurtbewoner buurtbewoonster bewoner bewoonster " +
    "collega pupil student cursist " +
    "docent docente leraar lerares mentor directeur directrice conciërge concierge wijkagent agent " +
    "jongerenwerker leerplichtambtenaar leerplichtconsulent ib ib'er ib-er ibér intern begeleider " +
    "zorgcoördinator coördinator advocaat hulpverlener casemanager wijkregisseur boa handhaver " +
    "trainer coach gastouder oppas invaller stagiair stagiaire schoolmaatschappelijk werker " +
    "slager bakker kapper visboer groenteboer bloemist poelier eigenaar winkelier uitbater " +
    "aandachtsfunctionaris vertrouwenspersoon hoofdagent brigadier inspecteur officer constable sergeant sgt insp brig agt hoofdagt pc " +
    "genaamd heet heette heten namelijk alias bijnaam roepnaam achternaam voornaam named called"
  ).split(" "),
);

/** An organisation naming its own account: "our school account", "het account van de school". */
export const OWN_ACCOUNT =
  "(?:(?:the|our)\\s+school['’]s\\s+public\\s+(?:account|instagram|tiktok|facebook|page)|(?:our|onze?)\\s+(?:school(?:'s)?\\s+|official\\s+|officiële\\s+)?account|(?:the\\s+school['’]s|de\\s+school\\s+haar|(?:our|onze?)\\s+(?:school(?:['’]s)?\\s+)?)\\s*(?:official\\s+|officiële\\s+)?(?:account|instagram|tiktok|facebook|page|pagina)(?:\\s+is)?|account\\s+van\\s+(?:de|het|onze)\\s+(?:school|gemeente|stichting|organisatie))";

/** Titles of address: the word after them is a surname, in whatever case ("hi ms jansen"). */
export const POLITE_TITLES = new Set(
  "meneer mevrouw mevr mw mvr dhr mr mrs ms miss juf juffrouw meester".split(" "),
);

/** Words of address that stand alone for how someone is addressed, not for their name: the kids
 * call the new TA "Miss". */
export const ADDRESS_WORDS = /^(?:miss|sir|madam|mister|teacher|juf|juffrouw|meester|mevrouw|meneer)$/;

/** Words that name what someone is called: "bijnaam is Stekkie", "roepnaam: Jay". */
export const NAMING = new Set(
  "naam name bijnaam roepnaam voornaam achternaam koosnaam schuilnaam nickname".split(" "),
);

/**
 * People in a case, followed by "is" or a colon: "slachtoffer is Naomie Vlijter",
 * "Leerlingen: Deshawn, Kervin en Anouchka".
 */
export const CASE_ROLES = new Set(
  (
    "slachtoffer slachtoffers dader daders verdachte verdachten melder betrokkene betrokkenen getuige " +
    "getuigen aanvaller leerling leerlingen jongens meiden meisjes kinderen broers zussen broertjes " +
    "zusjes ouders contactpersoon aanspreekpunt naam namen"
  ).split(" "),
);

/** Mail header fields that a sender's or addressee's name follows. */
export const MAIL_HEADERS = new Set("van aan cc bcc afzender ontvanger from to sender".split(" "));

/** Kinship and person words that take "van": "moeder van Filmon", "vriend van sjors". */
export const OF_CUES = new Set(
  (
    "moeder vader broer broertje zus zusje oom tante neef nicht opa oma zoon dochter vriend vriendin " +
    "vriendje ex stiefvader stiefmoeder familie ouders ouder mentor begeleider advocaat"
  ).split(" "),
);

/** Sign-offs: the words after them are the reporter's own name. */
export const SIGN_OFFS = new Set(
  "groet groeten groetjes gr grt grtz grz mvg vg mvgr hgr thx thanks tnx bedankt dank dankjewel liefs doei cheers regards".split(
    " ",
  ),
);

/** Sign-offs shortened with a dot: "Gr. Fenna". */
export const SIGN_OFF_SHORT = new Set("gr grt grtz grz mvg vg mvgr hgr".split(" "));

/** Particles inside Dutch, Arabic and other surnames. */
export const PARTICLES = new Set([
  ..."van de der den ter ten te 't het el al ben bin bint ibn da di do dos das du del della le la von zu vd vdr v.d. v.d v/d".split(
    " ",
  ),
  "v. d.",
]);

/** Words that follow a person's name at the start of a sentence: "Storm heeft", "Roos uit 8b". */
export const NAME_FOLLOWERS = new Set(
  (
    "heeft had hebben is was zijn zegt zei zeggen wordt werd worden zit zat komt kwam gaat ging vertelt " +
    "vertelde wil wilde mag moet moest kan kon loopt liep rent speelt pest pestte slaat sloeg schopt huilt " +
    "huilde durft belt belde woont woonde krijgt kreeg doet deed staat stond blijft bleef maakt maakte " +
    "laat liet zat heeft voelt voelde mist verzuimt spijbelt dreigt dreigde scheldt schold gooit gooide " +
    "neemt nam verkoopt rijdt reed filmt filmde stuurt stuurde en uit haar z'n d'r"
  ).split(" "),
);

/** Verbs of telling: a capitalised word that opens a sentence before one is its speaker ("Willow told me"). */
export const SPEECH_VERBS = new Set(
  "told tells said says asked asks mentioned reported explained admitted zei zegt vertelde vertelt vroeg vraagt meldde meldt gaf".split(
    " ",
  ),
);

/** Words before a capitalised word that make it a place: "uit Eritrea", "in Seghwaert". */
export const PLACE_PREPOSITIONS = new Set(
  (
    "in uit naar richting te via rond omgeving vanuit nabij " +
    // Nouns for a place that its name follows: "metrohalte Kraayenstein", "wijk Oosterheem".
    "halte bushalte tramhalte metrohalte metrostation station wijk buurt dorp stad gemeente winkelcentrum"
  ).split(" "),
);

/** Articles: persons take none, so "de Action", "het Erasmus College" are not names. */
export const ARTICLES = new Set(["de", "het", "een", "'t", "des"]);

/** Abbreviations that end with a full stop without ending the sentence. */
export const ABBREVIATIONS = new Set(
  "mw mevr mvr dhr hr mr dr drs ir ing geb nr no tel ca bijv bv evt ivm i.v.m o.a t.n.v pr st sr jr vs resp incl excl zgn".split(
    " ",
  ),
);

/** Letters with full stops that are abbreviations, not initials. */
export const NOT_INITIALS = new Set([
  "N.B.",
  "P.S.",
  "A.U.B.",
  "O.K.",
  "V.O.",
  "P.O.",
  "S.O.",
  "T.V.",
  "E.D.",
  "B.V.",
  "N.V.",
]);

/** Words that make a capitalised run the name of an institution, not of a person. */
export const INSTITUTION_WORDS =
  /^(?:court|college|lyceum|gymnasium|atheneum|school|basisschool|kindcentrum|ikc|academie|hogeschool|universiteit|ziekenhuis|kinderziekenhuis|kliniek|mc|umc|radio|fm|tv|stichting|fonds|centrum|huis|kerk|moskee|bibliotheek|museum|theater|stadion|arena|hal|sporthal|park|bank|prijs|festival|toernooi|markt|winkel|supermarkt|apotheek|station|halte|brug|plein|kazerne|instituut|groep|foundation|clinic|house|day|week|workshop|concert|fair|cafe|café|restaurant|grillroom|snackbar|pizzeria|bakkerij|fietsen|kapsalon|attack|attacks|aanslag|aanslagen|bombing|massacre|ramp|room|zaal|lokaal|hotel|hostel|motel)$/i;

/** Endings of a capitalised word that make it a street or building: "Anne Frankstraat". */
export const INSTITUTION_SUFFIX =
  /(?:straat|laan|weg|plein|kade|gracht|dreef|singel|dijk|steeg|plantsoen|hof|school|college|lyceum|ziekenhuis|huis|kerk|park|fonds|stichting|centrum|zaal|hal|markt|brug|tunnel|viaduct|kazerne|instituut)$/i;

/** Words ending like a finite verb that are none: "Hoop dat", "Roos niet". */
export const NOT_VERBS = new Set([
  "dat",
  "wat",
  "het",
  "niet",
  "met",
  "tot",
  "echt",
  "eerst",
  "nooit",
  "ooit",
  "want",
  "net",
  "laatst",
  "best",
  "meest",
  "zelfde",
  "beide",
  "mede",
  "vandaag",
]);

/** Endings of a building that are also endings of Dutch family names (Veldhuis, Verkerk, Westerhof). */
export const WEAK_SUFFIX = /(?:huis|kerk|hof|zaal|hal|markt|brug|dijk|weg|park)$/;

export const EN_FUNCTION = new Set(
  "the and to of is are was were we you they with for on at this that be been will would have has our their from after before it".split(
    " ",
  ),
);
export const NL_FUNCTION = new Set(
  "de het een en van op met voor niet dat die er zijn wordt naar bij ook maar als".split(" "),
);

/** Roles tied to an area: the word after them may be the area ("wijkagent Stevenshof"). */
export const AREA_ROLES = new Set([
  "wijkagent",
  "schoolagent",
  "wijkregisseur",
  "jongerenwerker",
  "boa",
  "handhaver",
  "agent",
]);

/** Services, not persons, among the knowledge base's role words: what follows one names where it
 * works ("Jongerenwerk Zaanstad", "politie Zaanstreek", "het jongerenwerk van Cumulus"). */
export const SERVICES = new Set(
  (
    "politie police basisteam politiebasisteam jongerenwerk leerplicht leerrecht handhaving wijkhandhaving " +
    "gemeente municipality council ggd jgz jeugdgezondheidszorg halt jpt jeugdpreventieteam justitie " +
    "wijkteam jeugdteam buurtteam welzijn jeugdwerk"
  ).split(" "),
);

/** Titles written short with a dot: "mw. Jansen", "dhr. El Amrani". */
export const TITLE_ABBREVIATIONS = new Set([
  "mw",
  "mvr",
  "mevr",
  "dhr",
  "hr",
  "mr",
  "mrs",
  "ms",
  "dr",
  "drs",
  "ir",
  "ing",
  "fam",
  "juf",
  "sgt",
  "insp",
  "brig",
  "agt",
  "hoofdagt",
]);

/** Words before an organisation's or programme's own name: "Stichting Streetcornerwork". */
export const ORGANISATION_WORDS = new Set([
  "garage",
  "autobedrijf",
  "stichting",
  "villa",
  "vereniging",
  "coöperatie",
  "project",
  "programma",
  "campagne",
  "platform",
  "scouting",
  "theater",
  "sporthal",
  "sportclub",
  "voetbalclub",
  "wijkcentrum",
  "buurthuis",
  "jongerencentrum",
  "bouwbedrijf",
  "aannemer",
  "aannemersbedrijf",
  "installatiebedrijf",
  "schildersbedrijf",
  "transportbedrijf",
  "taxibedrijf",
  "hoveniersbedrijf",
  "gebr",
  "gebroeders",
  // "Politiebureau Maas", "basisteam Maas": a place the building or team is named after.
  "politiebureau",
  "basisteam",
  "cafetaria",
  "snackbar",
  "café",
  "cafe",
  "restaurant",
  "eetcafé",
  "kapsalon",
  "bakkerij",
  "slagerij",
  "daycare",
  "kinderopvang",
  "kinderdagverblijf",
  "peuterspeelzaal",
  "sportschool",
]);

/** Words a place's name goes on after only when written with a capital inside a name:
 * "Senior School Leidschenveen", "Campus Noord" (but "na school Bram"). */
export const NAMED_AFTER = new Set(["school", "campus", "vestiging", "locatie"]);

/** Words before a room's or building part's name: "zaal Storm", "vleugel Oost". */
export const ROOMS = new Set([
  "zaal",
  "lokaal",
  "ruimte",
  "kamer",
  "vergaderzaal",
  "vergaderruimte",
  "vleugel",
  "gebouw",
  "aula",
  "room",
]);

/** Parts of a building a letter labels: "vleugel B", "ingang C", "block D" (only the letter). */
export const LABELLED = new Set(
  "zaal lokaal ruimte kamer vleugel gebouw aula room blok ingang verdieping trappenhuis wing block building entrance gate floor route lijn line metro tram".split(
    " ",
  ),
);

/** ... and these, only where no capitalised word follows the letter ("shelf B.", not "at the exit
 * D. Smith"). */
export const LABELLED_BEFORE_LOWER = new Set(
  "shelf plank kast vak bak rij row level niveau zone area unit hal hall deur door uitgang exit perron platform spoor".split(
    " ",
  ),
);

/** Words around a quoted nickname that make it a person's. */
export const NICKNAME_CONTEXT =
  /\b(?:jongen|jongens|meisje|meiden|leerling|leerlingen|man|vrouw|hij|zij|hem|haar|bijnaam|genoemd|noemen|noemt|heet|heten|alias|of them|one of|boy|girl|guy|he|she|him|her|nickname|called|named)\b/i;

/** A quarter of town: "Noord", "South", "Centrum". */
export const COMPASS_WORDS = "north|south|east|west|noord|zuid|oost|centrum|centre|center|midden";

/** Month names, Dutch and English: with a day or year a date; "Mei", "April", "June" are also first names. */
export const MONTH_NAMES =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october";

/** Words that give what someone is called: the capitalised word after them is a name. */
export const CALLED_BEFORE =
  /\b(?:call(?:s|ed)?\s+(?:him|her|them|himself|herself)|(?:boy|girl|kid|guy|lad|man|woman|one|student|pupil)\s+(?:that\s+|who\s+|whom\s+)?(?:everyone|everybody|people|the kids|kids|they)\s+calls?|(?:iedereen|ze|men)\s+noem(?:t|en)\s+(?:hem|haar)|(?:he|she|who|hij|zij|die)\s+(?:is\s+)?(?:also\s+|ook\s+)?(?:known\s+as|bekend\s+als)|goes\s+by|noem(?:en|t)\s+(?:hem|haar|zichzelf)|genaamd|bijgenaamd|alias|\b(?:hij|zij|ze|man|vrouw|jongen|meisje|vader|moeder|buurman|buurvrouw|dader|bestuurder)\s+heet\s+volgens\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+["'‘“]?$/i;

/** Points of the compass, in a place's name: "Zwolle-Zuid", "Brabant-Zuid-Oost". */
export const COMPASS = new Set(
  "noord zuid oost west centrum midden north south east centre central".split(" "),
);

/** Words whose mother is nobody's in particular: "The boy's mum", "Someone's brother". */
export const GENERIC_OWNERS = new Set(
  "someone everyone anyone nobody somebody everybody anybody boy girl pupil student child kid teacher neighbour neighbor iemand niemand iedereen leerling jongen meisje kind".split(
    " ",
  ),
);

/** English words for family, after a possessive ("Summer's mum") or before "of" ("Parents of Maks"). */
export const ENGLISH_KIN = new Set(
  "parents parent mother father mum mom dad brother sister family guardian guardians carer carers aunt uncle nan gran grandma grandad cousin".split(
    " ",
  ),
);

/** Words of a sign, a sticker or a tag before the quoted words on it. */
export const SIGN_WORDS =
  /\b(?:stickers?|tekst(?:en)?|texts?|logo'?s?|opschrift|leuzen?|slogans?|spandoeken?|graffiti|tags?|posters?|flyers?|borden?|signs?)\s+(?:met|with|saying|zeggen|zegt|says|:)?\s*['‘"“]$/i;

/** A firm's trade, written before its owner's name. */
export const BUSINESS =
  /^\p{L}*(?:praktijk|bedrijf|winkel|zaak|studio|opvang|drukkerij|makelaardij|rijschool|salon|garage|apotheek|bakkerij|slagerij|kwekerij|hoveniers|installatie|bouw|transport|schoonmaak|autorijschool)$/u;

/** Teams and buildings named after a place ("basisteam Maas"), never after a first name. */
export const PLACE_TEAMS = new Set(["politiebureau", "basisteam"]);

/** Cue words that head no field of a person ("naam" is handled as naming). */
export const NAME_CUES_NOT_FIELDS = new Set([
  "genaamd",
  "heet",
  "heten",
  "namelijk",
  "alias",
  "named",
  "called",
]);

/** School levels written after a desk ("Zorgcoördinator VO"). */
export const LEVELS = new Set(["po", "vo", "so", "sbo", "vso", "mbo", "hbo", "primary", "secondary"]);

/** Words that make a header's value a desk or a group: "Head of Primary", "Parents Secondary". */
export const DESK_WORDS =
  /^(?:head|heads|team|office|desk|\p{L}*desk|\p{L}*zaken|parents|ouders|staff|personeel|allen|all|everyone|administratie|secretariaat|directie|receptie|reception|admissions|pastoral|safeguarding|department|afdeling|\p{L}*team|teachers|docenten|mentoren|leerlingen|students|pupils|year|grade|klas|groep|bestuur|board|\p{L}*coördinator|\p{L}*coordinator|ib-ers|iber|ibers|dsl|senco|support|care|zorg|services?|\p{L}*overleg|netwerk|network|werkgroep|platform)$/u;

/** Words of a desk's or a group's name that dictionaries may lack ("Servicedesk Leerlingzaken"). */
export const FUNCTION_WORDS =
  /^(?:\p{L}*(?:desk|zaken|team|office|bureau|afdeling|administratie|secretariaat|directie|loket|punt|centrum|centre|dienst|service))$/u;

/** Month names written short, Dutch and English ("mrt", "Apr", "sept"). */
export const MONTHS_SHORT = "jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|sept|okt|oct|nov|dec";

/** After a quoted word: its author ("by Roald Dahl"), or what it is the name of ("vapes",
 * "lessen", "musical"); not "van" or "door" (a place or a person: "'Spike' van Het Baken"). */
export const TITLE_OR_PRODUCT_AFTER =
  /^['’"”]\s*(?:(?:by|written by|geschreven door)\s+\p{Lu}|(?:vapes?|puffs?|e-sigaretten?|sigaretten|lessen|lessons|lesson|programma|programme|program|methode|campagne|campaign|serie|series|boek|book|film|movie|musical)\b)/u;

/** A compound that ends in a role: "filiaalmanager", "teamleider", "locatiedirecteur". */
export const ROLE_TAIL =
  /^\p{L}{3,}(?:manager|medewerker|medewerkster|leider|leidster|directeur|directrice|co[öo]rdinator|begeleider|werker|functionaris|consulent|ambtenaar|regisseur|agent|officer|coach)$/u;

/** English verbs that are also first names ("Said", "Will", "May"), after a role or a family word. */
export const EN_VERBS = new Set(
  "said says will would may might can could told asked came went did does has had was were saw wants wanted thinks thought knows knew called shall should must got gets took takes made makes left found heard seems seemed tried".split(
    " ",
  ),
);

/** Roles in English that end a title: "Attendance Officer", "Safeguarding Lead". */
export const EN_ROLE =
  /^(?:officer|lead|leader|coordinator|co-ordinator|manager|worker|advisor|adviser|counsellor|counselor|consultant|specialist|administrator|director|principal|teacher|mentor|head|assistant|secretary|caretaker|practitioner|nurse|liaison|officers|team)$/;

/** Dutch verbs that are also first names or short for them ("Wil", "Kan"), after a title. */
export const NL_VERBS = new Set(
  "wil wilde kan kon zal zou moet mag gaat ging komt kwam zegt zei vindt vond heeft had was werd wordt liet ziet zag".split(
    " ",
  ),
);
