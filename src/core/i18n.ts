/**
 * What the bot says to people, in Dutch and in English, by message id. A `{name}` in a text
 * is filled in from the parameters; both languages of a message take the same parameters
 * (checked in tests/english.test.ts). Dutch is the default. Covenant names, article
 * references, roles and other covenant terms ("signaaloverleg", "wijkagent") stay as the
 * covenants write them, in English too.
 */
export type Lang = "nl" | "en";

const MESSAGES = {
  // Help and the general replies of the bot.
  "help.intro": {
    nl: "Ik beantwoord vragen over de convenanten schoolveiligheid, met bron. Stel je vraag gewoon, of gebruik:",
    en: "I answer questions about the school-safety covenants, with sources. Just ask, or use (the Dutch command names work too):",
  },
  "help.ask": {
    nl: "/vraag <vraag> - stel een vraag, bijvoorbeeld /vraag hoe vaak is het signaaloverleg?",
    en: "/ask <question> - ask a question, e.g. /ask how often is the signaaloverleg?",
  },
  "help.contact": {
    nl: "/contact <rol> <school of wijk> - wie die rol heeft, bijvoorbeeld /contact wijkagent Klimboom",
    en: "/contact <role> <school or district> - who holds that role, e.g. /contact wijkagent Klimboom",
  },
  "help.link": {
    nl: "/koppel <regio> [wijk] - koppel dit gesprek aan een regio en wijk (in een groep: beheerder of gemeente van die regio)",
    en: "/link <region> [district] - link this conversation to a region and district (in a group: that region's admin or municipality)",
  },
  "help.webchat": {
    nl: "/webchat - een persoonlijke inloglink voor de webchat (deelnemers)",
    en: "/webchat - a personal sign-in link for the web chat (network members)",
  },
  "help.help": {
    nl: "/help - deze uitleg (in English: /help en)",
    en: "/help en - this help",
  },
  "help.signal": {
    nl: "/signaal <omschrijving> - meld anoniem een incident, trend of ontwikkeling voor het signaaloverleg",
    en: "/signal <description> - log an anonymous incident, trend or development for the signaaloverleg",
  },
  "help.share": {
    nl: "/deel <bericht> - deel een kort bericht met je wijknetwerk, op elk platform",
    en: "/share <message> - share a short message with your district network, on every platform",
  },
  "help.trend": {
    nl: "/trend [wijk <wijk>] <tekst> - trendmelding aan alle gekoppelde gesprekken van je regio of wijk (gemeente)",
    en: "/trend [wijk <district>] <text> - trend alert to every linked conversation of your region or district (municipality)",
  },
  "help.meeting": {
    nl: "/overleg - geplande overleggen; /overleg agenda <code> <punt>; /overleg kalender; de gemeente plant met /overleg plan",
    en: "/meeting - planned meetings; /meeting agenda <code> <item>; /meeting calendar; the municipality plans with /meeting plan",
  },
  "ask.usage": { nl: "Gebruik /vraag <je vraag>.", en: "Use /ask <your question>." },
  "contact.usage": {
    nl: "Gebruik /contact <rol> <school of wijk>, bijvoorbeeld /contact wijkagent Klimboom.",
    en: "Use /contact <role> <school or district>, for example /contact wijkagent Klimboom.",
  },
  "contact.unknownRole": {
    nl: 'Die rol ken ik niet: "{role}". Bijvoorbeeld: wijkagent, wijkregisseur, leerplichtambtenaar, schoolagent.',
    en: 'I don\'t know the role "{role}". For example: wijkagent, wijkregisseur, leerplichtambtenaar, schoolagent.',
  },
  "command.unknown": {
    nl: "Onbekend commando /{name}. Typ /help voor wat ik kan.",
    en: "Unknown command /{name}. Type /help to see what I can do.",
  },
  "feedback.helpful": { nl: "👍 Nuttig", en: "👍 Helpful" },
  "feedback.notHelpful": { nl: "👎 Niet nuttig", en: "👎 Not helpful" },
  "feedback.thanks": { nl: "Dank je voor je reactie!", en: "Thank you for your feedback!" },
  "feedback.thanksImprove": {
    nl: "Dank je; we gebruiken je reactie om de antwoorden te verbeteren.",
    en: "Thank you; we use your feedback to improve the answers.",
  },

  // The signal flow (/signaal, /signal).
  "signal.privateOnly": {
    nl: "Meld een signaal in een persoonlijke chat met mij, zodat niemand anders je melding ziet. Stuur daar /signaal.",
    en: "Log a signal in a personal chat with me, so that nobody else sees it. Send /signal there.",
  },
  "signal.expired": {
    nl: "Deze melding is verlopen. Begin opnieuw met /signaal.",
    en: "This report has expired. Start again with /signal.",
  },
  "signal.cancelled": {
    nl: "Melding geannuleerd; er is niets bewaard.",
    en: "Report cancelled; nothing was kept.",
  },
  "signal.unknownWijk": {
    nl: "Die wijk ken ik niet in deze regio. ",
    en: "I don't know that district in this region. ",
  },
  "signal.edit": {
    nl: "Stuur je melding opnieuw met /signaal <je omschrijving>, zonder namen, telefoonnummers, adressen of andere gegevens over wie het gaat.",
    en: "Send your report again with /signal <your description>, without names, phone numbers, addresses or other details about who it concerns.",
  },
  "signal.tooLong": {
    nl: "Je melding is te lang ({length} tekens, maximaal 2000). Vat haar korter samen.",
    en: "Your report is too long ({length} characters, at most 2000). Please shorten it.",
  },
  "signal.noWords": {
    nl: "Beschrijf in woorden wat er speelt, bijvoorbeeld: /signaal meer vapen bij groep 8.",
    en: "Describe in words what is going on, for example: /signal more vaping in year 6.",
  },
  "signal.personalData": {
    nl: 'Ik zie mogelijk persoonsgegevens ({kinds}): {found}. Die bewaar ik niet. Zo zou je melding worden bewaard:\n"{text}"\nLees haar na: staan er nog namen, telefoonnummers, adressen of andere gegevens in waaraan iemand te herkennen is? Kies dan Aanpassen.',
    en: 'I may see personal data ({kinds}): {found}. I will not keep it. This is how your report would be kept:\n"{text}"\nPlease read it: are there still names, phone numbers, addresses or other details by which someone can be recognised? Then choose Edit.',
  },
  // The kinds of personal data, as a hold names them.
  "pii.naam": { nl: "naam", en: "name" },
  "pii.telefoon": { nl: "telefoon", en: "phone number" },
  "pii.email": { nl: "email", en: "e-mail address" },
  "pii.bsn": { nl: "bsn", en: "citizen service number (BSN)" },
  "pii.adres": { nl: "adres", en: "address" },
  "pii.postcode": { nl: "postcode", en: "postcode" },
  "pii.kenteken": { nl: "kenteken", en: "licence plate" },
  "pii.geboortedatum": { nl: "geboortedatum", en: "date of birth" },
  "pii.handle": { nl: "handle", en: "social media handle" },
  "pii.iban": { nl: "iban", en: "bank account (IBAN)" },
  "signal.confirmFirst": {
    nl: "Bevestig eerst de versie zonder persoonsgegevens, pas haar aan of annuleer.",
    en: "First confirm the version without personal data, edit it or cancel.",
  },
  "signal.button.keep": { nl: "Bewaar deze versie", en: "Keep this version" },
  "signal.button.edit": { nl: "Aanpassen", en: "Edit" },
  "signal.button.cancel": { nl: "Annuleren", en: "Cancel" },
  "signal.button.wholeMunicipality": { nl: "Hele gemeente", en: "Whole municipality" },
  "signal.askKind": {
    nl: "Wat voor signaal is het? Een incident is {incident}, een trend {trend}, een ontwikkeling {development}.",
    en: "What kind of signal is it? An incident is {incident}, a trend {trend}, a development {development}.",
  },
  "signal.askTheme": { nl: "Over welk thema gaat het?", en: "What is it about?" },
  "signal.askRegion": { nl: "Voor welke regio?", en: "Which region?" },
  "signal.askWijk": { nl: "In welke wijk?", en: "Which district (wijk)?" },
  "signal.askText": {
    nl: "Beschrijf kort wat er speelt, zonder namen of andere persoonsgegevens: stuur /signaal <je omschrijving>.",
    en: "Briefly describe what is going on, without names or other personal data: send /signal <your description>.",
  },
  "signal.rateLimit": {
    nl: "Je hebt het afgelopen uur al veel signalen gemeld. Probeer het later opnieuw.",
    en: "You have logged many signals in the last hour. Please try again later.",
  },
  "signal.saved": {
    nl: "Dank je. Je signaal is anoniem vastgelegd voor het signaaloverleg: {kind}, {theme}, {where}, week {week}.\nJe code is {code}. Bewaar hem: met /signaal {code} zie je of de gemeente er een vraag over heeft. Niemand kan zien wie het signaal meldde, ook de gemeente niet.",
    en: "Thank you. Your signal has been logged anonymously for the signaaloverleg: {kind}, {theme}, {where}, week {week}.\nYour code is {code}. Keep it: with /signal {code} you can see whether the municipality has a question about it. Nobody can see who logged the signal, not even the municipality.",
  },
  "signal.unknownCode": {
    nl: "Ik ken geen signaal met code {code}. Controleer de code.",
    en: "I know no signal with code {code}. Please check the code.",
  },
  "signal.noOpenQuestion": {
    nl: "Er staat geen vraag open bij dit signaal.",
    en: "There is no open question about this signal.",
  },
  "signal.answerKept": {
    nl: "Je antwoord is bij het signaal bewaard.",
    en: "Your answer has been kept with the signal.",
  },
  "signal.answerKeptRedacted": {
    nl: "Je antwoord is bij het signaal bewaard, zonder de persoonsgegevens die erin stonden.",
    en: "Your answer has been kept with the signal, without the personal data it contained.",
  },
  "signal.noQuestions": {
    nl: "Er zijn nog geen vragen over signaal {code}.",
    en: "There are no questions about signal {code} yet.",
  },
  "signal.questions": {
    nl: "Vragen van de gemeente over signaal {code}:",
    en: "Questions from the municipality about signal {code}:",
  },
  "signal.answered": { nl: "{question} (beantwoord: {answer})", en: "{question} (answered: {answer})" },
  "signal.answerHint": {
    nl: "Antwoorden kan met /signaal {code} <je antwoord>.",
    en: "Answer with /signal {code} <your answer>.",
  },
  "signal.gemeenteOnly": { nl: "Dit kan alleen de gemeente.", en: "Only the municipality can do this." },
  "signal.gemeenteOnlyUnknown": {
    nl: "Je staat nog niet in het deelnemersoverzicht; alleen de gemeente kan dit.",
    en: "You are not in the list of network members yet; only the municipality can do this.",
  },
  "signal.askUsage": {
    nl: "Gebruik /signaal vraag <code> <je vraag>.",
    en: "Use /signal question <code> <your question>.",
  },
  "signal.unknownCodeRegion": {
    nl: "Ik ken geen signaal met code {code} in jouw regio.",
    en: "I know no signal with code {code} in your region.",
  },
  "signal.asked": {
    nl: "Je vraag staat bij signaal {code}; de melder ziet haar met /signaal {code}.",
    en: "Your question is with signal {code}; the reporter sees it with /signal {code}.",
  },
  "signal.emergency.call112": { nl: "Is er nu gevaar? Bel 112.", en: "Is anyone in danger now? Call 112." },
  "signal.emergency.police": { nl: "Politiecontact: {contact}.", en: "Police contact: {contact}." },
  "signal.emergency.noPolice": {
    nl: "Bel voor de politie zonder spoed je wijkagent of schoolagent.",
    en: "For the police without urgency, call your community police officer (wijkagent) or school officer.",
  },
  "signal.emergency.home": {
    nl: "Zorgen over de veiligheid van een kind thuis: {name}, {phone} ({note}).",
    en: "Worried about a child's safety at home: {name}, {phone} ({note}).",
  },
  "signal.emergency.notUrgent": {
    nl: "Een signaal is voor het signaaloverleg, niet voor acute hulp.",
    en: "A signal is for the signaaloverleg, not for urgent help.",
  },

  // Meetings (/overleg, /meeting).
  "meeting.noRegion": {
    nl: "Over welke regio? Koppel dit gesprek eerst met /koppel <regio> [wijk].",
    en: "Which region? First link this conversation with /link <region> [district].",
  },
  "meeting.gemeenteOnly": {
    nl: "Alleen de gemeente (de organisator) plant, verplaatst en annuleert overleggen. Wel kun je agendapunten sturen: /overleg agenda <code> <punt>.",
    en: "Only the municipality (the organiser) plans, moves and cancels meetings. You can send agenda items: /meeting agenda <code> <item>.",
  },
  "meeting.notMember": {
    nl: "Je staat nog niet in het deelnemersoverzicht, dus je kunt geen overleggen plannen. Vraag de gemeente om je toe te voegen.",
    en: "You are not in the list of network members yet, so you cannot plan meetings. Ask the municipality to add you.",
  },
  "meeting.usage": {
    nl: "Gebruik /overleg (de planning), /overleg agenda <code> <punt>, /overleg kalender, en voor de gemeente /overleg plan, /overleg verplaats <code> <datum> <tijd>, /overleg annuleer <code> en /overleg controle [jaar].",
    en: "Use /meeting (the plan), /meeting agenda <code> <item>, /meeting calendar, and for the municipality /meeting plan, /meeting move <code> <date> <time>, /meeting cancel <code> and /meeting check [year].",
  },
  "meeting.on": { nl: "op {when}", en: "on {when}" },
  "meeting.next": { nl: "Volgens de planning: {list}.", en: "According to the plan: {list}." },
  "meeting.planned": { nl: "*Geplande overleggen {region}*", en: "*Planned meetings {region}*" },
  "meeting.listHint": {
    nl: "Agendapunt sturen: /overleg agenda <code> <punt>. In je eigen agenda: /overleg kalender.",
    en: "Send an agenda item: /meeting agenda <code> <item>. In your own calendar: /meeting calendar.",
  },
  "meeting.checkHint": {
    nl: "Past de planning bij het ritme van het convenant? /overleg controle [jaar].",
    en: "Does the plan follow the covenant's rhythm? /meeting check [year].",
  },
  "meeting.nothingPlanned": {
    nl: "Er staan nog geen overleggen gepland voor {region}. Volgens het convenant:",
    en: "No meetings are planned for {region} yet. According to the covenant:",
  },
  "meeting.organiser": { nl: "Organisator: {organiser}.", en: "Organiser: {organiser}." },
  "meeting.howToPlan": {
    nl: "De gemeente zet ze in de planning met /overleg plan <overleg> <datum> <tijd> [plaats], bijvoorbeeld /overleg plan {example} volgende week dinsdag 15:00 stadhuis.",
    en: "The municipality puts them in the plan with /meeting plan <meeting> <date> <time> [place], for example /meeting plan {example} 2 February 2027 15:00 town hall.",
  },
  "meeting.planUsage": {
    nl: "Gebruik /overleg plan <overleg> <datum> <tijd> [plaats], bijvoorbeeld /overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis.",
    en: "Use /meeting plan <meeting> <date> <time> [place], for example /meeting plan signaaloverleg 2 February 2027 15:00 town hall.",
  },
  "meeting.which": { nl: "Welk overleg? In {region}: {names}.", en: "Which meeting? In {region}: {names}." },
  "meeting.whichOf": {
    nl: "Welk overleg bedoel je: {names}? Noem de wijk erbij.",
    en: "Which meeting do you mean: {names}? Add the district (wijk).",
  },
  "meeting.past": { nl: "Die datum ligt in het verleden.", en: "That date is in the past." },
  "meeting.plannedOne": { nl: "Gepland: {meeting}.", en: "Planned: {meeting}." },
  "meeting.warnings": { nl: "Let op:", en: "Note:" },
  "meeting.warning": { nl: "Let op: {warning}", en: "Note: {warning}" },
  "meeting.noneLinked": {
    nl: "Er is nog geen gesprek gekoppeld aan {where}; koppel groepen met /koppel, dan krijgen ze de herinneringen.",
    en: "No conversation is linked to {where} yet; link groups with /link, and they get the reminders.",
  },
  "meeting.invited": {
    nl: "Uitgenodigd: {count} van {where} ({platforms}); zij krijgen 7 dagen en 1 dag vooraf een herinnering, met de vraag om agendapunten.",
    en: "Invited: {count} of {where} ({platforms}); they get a reminder 7 days and 1 day before, asking for agenda items.",
  },
  "meeting.whichCode": {
    nl: "Welk overleg? Noem de code uit /overleg, bijvoorbeeld /overleg annuleer M4KX.",
    en: "Which meeting? Give the code from /meeting, for example /meeting cancel M4KX.",
  },
  "meeting.moveUsage": {
    nl: "Gebruik /overleg verplaats <code> <datum> <tijd>.",
    en: "Use /meeting move <code> <date> <time>.",
  },
  "meeting.moved": {
    nl: "Verplaatst: {meeting}. De genodigden krijgen bericht en nieuwe herinneringen.",
    en: "Moved: {meeting}. The invited are told and get new reminders.",
  },
  "meeting.alreadyCancelled": { nl: "{meeting} was al geannuleerd.", en: "{meeting} was already cancelled." },
  "meeting.cancelled": {
    nl: "Geannuleerd: {meeting}. De genodigden krijgen bericht; er gaan geen herinneringen meer uit.",
    en: "Cancelled: {meeting}. The invited are told; no more reminders go out.",
  },
  "meeting.agendaNotMember": {
    nl: "Je staat nog niet in het deelnemersoverzicht; vraag de gemeente je toe te voegen, dan kun je agendapunten sturen.",
    en: "You are not in the list of network members yet; ask the municipality to add you, then you can send agenda items.",
  },
  "meeting.agendaWhich": {
    nl: "Welk agendapunt? Gebruik /overleg agenda {code} <punt>.",
    en: "Which agenda item? Use /meeting agenda {code} <item>.",
  },
  "meeting.agendaTooLong": {
    nl: "Je agendapunt is te lang ({length} tekens, maximaal 500).",
    en: "Your agenda item is too long ({length} characters, at most 500).",
  },
  "meeting.over": {
    nl: "{meeting} is geannuleerd of al geweest.",
    en: "{meeting} has been cancelled or has already taken place.",
  },
  "meeting.agendaAdded": {
    nl: "Dank je. Je agendapunt staat bij {meeting}; de organisator krijgt de lijst vóór het overleg.",
    en: "Thank you. Your agenda item is with {meeting}; the organiser gets the list before the meeting.",
  },
  "meeting.checkTitle": {
    nl: "*Planning {region} {year} tegen het convenant*",
    en: "*Plan {region} {year} against the covenant*",
  },
  "meeting.checkOk": {
    nl: "De planning van {region} voor {year} voldoet aan het ritme van het convenant.",
    en: "The plan of {region} for {year} follows the covenant's rhythm.",
  },
  "meeting.calendarMembers": {
    nl: "De kalenderlink is voor deelnemers van het netwerk van {region}. Vraag de gemeente om je toe te voegen; de planning zelf zie je met /overleg.",
    en: "The calendar link is for members of the network of {region}. Ask the municipality to add you; you can see the plan itself with /meeting.",
  },
  "meeting.calendarRenewGemeente": {
    nl: "Alleen de gemeente kan een nieuwe kalenderlink maken.",
    en: "Only the municipality can make a new calendar link.",
  },
  "meeting.calendarRenewed": {
    nl: "Nieuwe kalenderlink; de oude werkt niet meer.",
    en: "New calendar link; the old one no longer works.",
  },
  "meeting.calendar": {
    nl: "Abonneer je in Outlook of Google Agenda op de overleggen van {where}:\n{url}\nDeel deze link alleen binnen het netwerk.",
    en: "Subscribe in Outlook or Google Calendar to the meetings of {where}:\n{url}\nShare this link only within the network.",
  },
  "meeting.noDate": {
    nl: "Ik vind geen datum. Schrijf bijvoorbeeld 2 februari 2027 15:00 of volgende week dinsdag 15:00.",
    en: "I find no date. Write for example 2 February 2027 15:00 or next Tuesday 15:00.",
  },
  "meeting.noTime": {
    nl: "Ik vind geen tijd. Schrijf bijvoorbeeld 15:00.",
    en: "I find no time. Write for example 15:00.",
  },
  "meeting.noSuchDate": { nl: "Die datum of tijd bestaat niet.", en: "That date or time does not exist." },
  "meeting.outsideRound": {
    nl: "{meeting}: {day} valt buiten de periode van {weeks} weken van de ronde die {start} begint.",
    en: "{meeting}: {day} falls outside the {weeks}-week period of the round that starts {start}.",
  },
  "meeting.tooManyRounds": {
    nl: "{meeting}: {rounds} rondes gepland in {year}, het convenant noemt er {max}.",
    en: "{meeting}: {rounds} rounds planned in {year}, the covenant names {max}.",
  },
  "meeting.fewRounds": {
    nl: "{meeting}: {rounds} van de {required} rondes gepland voor {year} ({rhythm}).",
    en: "{meeting}: {rounds} of the {required} rounds planned for {year} ({rhythm}).",
  },
  "meeting.fewMeetings": {
    nl: "{meeting}: {planned} van de {required} gepland voor {year} ({rhythm}).",
    en: "{meeting}: {planned} of the {required} planned for {year} ({rhythm}).",
  },

  // Broadcasts (/deel, /share, /trend).
  "broadcast.limit": {
    nl: "Je hebt het afgelopen uur al {limit} berichten aan het netwerk verstuurd; meer kan niet binnen een uur. Probeer het later opnieuw.",
    en: "You have sent {limit} messages to the network in the last hour; no more are possible within an hour. Please try again later.",
  },
  "broadcast.personalData": {
    nl: "Let op: ik zie mogelijk persoonsgegevens ({kinds}): {found}. Deel persoonsgegevens alleen met wie ze nodig heeft; stuur het bericht opnieuw zonder, of verstuur het toch.",
    en: "Note: I may see personal data ({kinds}): {found}. Share personal data only with those who need it; send the message again without it, or send it anyway.",
  },
  "broadcast.preview": {
    nl: "*Voorbeeld* van je {label} voor {where}, naar {count}:\n\n{text}\n\nKlopt het? Kies Versturen of typ /{command} ja. Na het versturen kun je het 15 minuten lang intrekken met /{command} intrekken.",
    en: "*Preview* of your {label} for {where}, to {count}:\n\n{text}\n\nIs it right? Choose Send or type /{command} yes. After sending you can withdraw it for 15 minutes with /{command} withdraw.",
  },
  "broadcast.label.trend": { nl: "trendmelding", en: "trend alert" },
  "broadcast.label.deel": { nl: "bericht", en: "message" },
  "broadcast.button.send": { nl: "Versturen", en: "Send" },
  "broadcast.button.sendAnyway": { nl: "Toch versturen", en: "Send anyway" },
  "broadcast.button.dontSend": { nl: "Niet versturen", en: "Don't send" },
  "broadcast.expired": {
    nl: "Dit bericht is verlopen of niet van jou; stuur het opnieuw.",
    en: "This message has expired or is not yours; send it again.",
  },
  "broadcast.notSent": { nl: "Niet verstuurd.", en: "Not sent." },
  "broadcast.nothingWaiting": {
    nl: "Er staat geen bericht klaar om te versturen. Gebruik /{command} <tekst>.",
    en: "There is no message waiting to be sent. Use /{command} <text>.",
  },
  "broadcast.nothingToWithdraw": {
    nl: "Er is geen bericht om in te trekken; je laatste /{command} is al ingetrokken of er is er geen.",
    en: "There is no message to withdraw; your last /{command} was already withdrawn, or there is none.",
  },
  "broadcast.tooLate": {
    nl: "Dat kan niet meer: een bericht kan tot 15 minuten na het versturen worden ingetrokken. Stuur zo nodig een correctie.",
    en: "That is no longer possible: a message can be withdrawn up to 15 minutes after sending. Send a correction if needed.",
  },
  "broadcast.withdrawn": {
    nl: "Ingetrokken: {count} verwijderd{platforms}{stopped}.",
    en: "Withdrawn: {count} deleted{platforms}{stopped}.",
  },
  "broadcast.stopped": {
    nl: ", {stopped} nog niet verstuurd en nu gestopt",
    en: ", {stopped} not sent yet and now stopped",
  },
  "broadcast.kept": {
    nl: "Niet in te trekken: {platforms}. {whatsapp}stuur daar zo nodig een correctie met /{command}.",
    en: "Cannot be withdrawn: {platforms}. {whatsapp}send a correction there with /{command} if needed.",
  },
  "broadcast.keptWhatsApp": {
    nl: "WhatsApp laat een bot verstuurde berichten niet verwijderen; ",
    en: "WhatsApp does not let a bot delete messages it sent; ",
  },
  "broadcast.trendGemeenteOnly": {
    nl: "Alleen de gemeente kan een trendmelding versturen. Iets delen met je wijk? Gebruik /deel <bericht>.",
    en: "Only the municipality can send a trend alert. Want to share something with your district? Use /share <message>.",
  },
  "broadcast.trendNotMember": {
    nl: "Je staat nog niet in het deelnemersoverzicht, dus je kunt geen trendmelding versturen. Vraag de gemeente om je toe te voegen.",
    en: "You are not in the list of network members yet, so you cannot send a trend alert. Ask the municipality to add you.",
  },
  "broadcast.trendNoRegion": {
    nl: "Voor welke regio? Vraag de beheerder je regio in het deelnemersoverzicht te zetten.",
    en: "For which region? Ask the administrator to put your region in the list of network members.",
  },
  "broadcast.unknownWijk": {
    nl: 'Onbekende wijk in "{text}". Wijken in {region}: {names}.',
    en: 'Unknown district in "{text}". Districts in {region}: {names}.',
  },
  "broadcast.noWijken": {
    nl: "{region} werkt niet met wijken; stuur /trend <tekst> voor de hele regio.",
    en: "{region} does not use districts; send /trend <text> for the whole region.",
  },
  "broadcast.trendUsage": {
    nl: "/trend <tekst> of /trend wijk <wijk> <tekst>",
    en: "/trend <text> or /trend wijk <district> <text>",
  },
  "broadcast.shareNotMember": {
    nl: "Je staat nog niet in het deelnemersoverzicht, dus je kunt nog niet delen met het netwerk. Vraag de gemeente of de beheerder om je toe te voegen.",
    en: "You are not in the list of network members yet, so you cannot share with the network. Ask the municipality or the administrator to add you.",
  },
  "broadcast.shareWhichWijk": {
    nl: "Met welke wijk wil je delen? Koppel dit gesprek aan je wijk met /koppel <regio> <wijk>, bijvoorbeeld /koppel zoetermeer Seghwaert.",
    en: "Which district do you want to share with? Link this conversation to your district with /link <region> <district>, for example /link zoetermeer Seghwaert.",
  },
  "broadcast.shareUsage": { nl: "/deel <bericht>", en: "/share <message>" },
  "broadcast.noneLinked": {
    nl: "Er is nog geen gesprek gekoppeld aan {where}, dus er is niets verstuurd. Koppel groepen met /{link} {target}.",
    en: "No conversation is linked to {where} yet, so nothing was sent. Link groups with /{link} {target}.",
  },
  "broadcast.empty": {
    nl: "Wat wil je versturen? Gebruik {usage}.",
    en: "What do you want to send? Use {usage}.",
  },
  "broadcast.tooLong": {
    nl: "Je bericht is te lang ({length} tekens, maximaal {max}). Maak het korter.",
    en: "Your message is too long ({length} characters, at most {max}). Please shorten it.",
  },
  "broadcast.sending": {
    nl: "{label} voor {where} wordt verstuurd naar {count} ({platforms}).",
    en: "Your {label} for {where} is being sent to {count} ({platforms}).",
  },
  "broadcast.reportHere": {
    nl: "Je krijgt hier een afleverrapport zodra alles verstuurd is; tussendoor: /{command} rapport. Intrekken kan 15 minuten lang met /{command} intrekken.",
    en: "You will get a delivery report privately once everything is sent; meanwhile: /{command} report. You can withdraw it for 15 minutes with /{command} withdraw.",
  },
  "broadcast.reportAsk": {
    nl: "Bekijk het afleverrapport met /{command} rapport. Intrekken kan 15 minuten lang met /{command} intrekken.",
    en: "See the delivery report with /{command} report. You can withdraw it for 15 minutes with /{command} withdraw.",
  },
  "broadcast.nothingSent": {
    nl: "Je hebt nog niets verstuurd met /{command}.",
    en: "You have not sent anything with /{command} yet.",
  },
  "report.title": {
    nl: "*Afleverrapport {label}* ({where}, {count}): {sent} verstuurd, {failed} mislukt, {pending} nog onderweg{uncertain}.",
    en: "*Delivery report {label}* ({where}, {count}): {sent} sent, {failed} failed, {pending} still on their way{uncertain}.",
  },
  "report.uncertain": {
    nl: ", {uncertain} onzeker (de bot stopte tijdens het versturen; niet opnieuw verstuurd)",
    en: ", {uncertain} uncertain (the bot stopped while sending; not sent again)",
  },
  "report.label.trend": { nl: "trendmelding", en: "trend alert" },
  "report.label.deel": { nl: "bericht aan de wijk", en: "message to the district" },
  "report.label.other": { nl: "bericht", en: "message" },
  "report.perPlatform": { nl: "Per platform: {list}.", en: "Per platform: {list}." },
  "report.failed": { nl: "Mislukt: {target}: {reason}", en: "Failed: {target}: {reason}" },
  "report.moreFailed": { nl: "... en nog {more} mislukt.", en: "... and {more} more failed." },
  "report.conversation": {
    nl: "{platform}-gesprek van {where}",
    en: "{platform} conversation of {where}",
  },
  "report.conversationBy": {
    nl: "{platform}-gesprek van {where}, gekoppeld door {by}",
    en: "{platform} conversation of {where}, linked by {by}",
  },
  "report.outsideRoster": {
    nl: "een {platform}-gesprek buiten het deelnemersoverzicht",
    en: "a {platform} conversation outside the list of network members",
  },

  // Linking a conversation (/koppel, /link).
  "link.groupRole": {
    nl: "Alleen een beheerder of de gemeente kan een groep koppelen aan een regio.",
    en: "Only an admin or the municipality can link a group to a region.",
  },
  "link.groupNotMember": {
    nl: "Je staat nog niet in het deelnemersoverzicht, dus je kunt deze groep niet koppelen. Vraag de beheerder of de gemeente om je toe te voegen.",
    en: "You are not in the participants list yet, so you cannot link this group. Ask the admin or the municipality to add you.",
  },
  "link.whichRegion": {
    nl: "Welke regio? Gebruik /koppel <regio> [wijk], met een van: {ids}.",
    en: "Which region? Use /link <region> [district], with one of: {ids}.",
  },
  "link.unknownWijk": {
    nl: 'Onbekende wijk "{wijk}" in {region}. Wijken: {names}.',
    en: 'Unknown district "{wijk}" in {region}. Districts: {names}.',
  },
  "link.noWijken": {
    nl: "{region} werkt niet met wijken; gebruik /koppel {id}.",
    en: "{region} does not use districts; use /link {id}.",
  },
  "link.otherRegion": {
    nl: "Je kunt alleen gesprekken van je eigen regio koppelen; {region} is dat niet. Vraag de gemeente van {region}.",
    en: "You can only link conversations of your own region; {region} is not. Ask the municipality of {region}.",
  },
  "link.where": { nl: "{region}, wijk {wijk}", en: "{region}, district {wijk}" },
  "link.directNotMember": {
    nl: "Je vragen gaan nu over {where}. Netwerkberichten (trendmeldingen, herinneringen) krijgen alleen deelnemers van {region}; vraag de gemeente je toe te voegen.",
    en: "Your questions are now about {where}. Network messages (trend alerts, reminders) go to members of {region} only; ask the municipality to add you.",
  },
  "link.direct": {
    nl: "Je vragen gaan nu over {where}, en je krijgt hier de netwerkberichten van {where}.",
    en: "Your questions are now about {where}, and you get the network messages of {where} here.",
  },
  "link.group": {
    nl: "Dit gesprek is gekoppeld aan {where}. Vragen zonder regio gaan voortaan over {region}.",
    en: "This conversation is now linked to {where}. Questions without a region are now about {region}.",
  },

  // The web chat link (/webchat).
  "webchat.off": {
    nl: "De webchat staat uit op deze server.",
    en: "The web chat is switched off on this server.",
  },
  "webchat.demo": {
    nl: "De webchat draait hier als demo, alleen op deze computer: {url}",
    en: "The web chat runs here as a demo, on this computer only: {url}",
  },
  "webchat.notMember": {
    nl: "De webchat is voor deelnemers van het netwerk, en je staat nog niet in het deelnemersoverzicht. Vraag de gemeente om je toe te voegen.",
    en: "The web chat is for network members, and you are not in the participants list yet. Ask the municipality to add you.",
  },
  "webchat.link": {
    nl: "Je persoonlijke inloglink voor de webchat (10 minuten geldig, werkt één keer; deel hem niet):\n{url}",
    en: "Your personal sign-in link for the web chat (valid for 10 minutes, works once; do not share it):\n{url}",
  },
  // Invitations: people join a network with a code the gemeente gives them.
  "help.invite": {
    nl: "/uitnodigen <rol> <school of wijk> - nodig iemand uit voor het netwerk (gemeente); /uitnodigen lijst, /uitnodigen intrekken <id>",
    en: "/invite <role> <school or district> - invite someone to the network (municipality); /invite list, /invite revoke <id>",
  },
  "help.dashboard": {
    nl: "/beheer - een persoonlijke inloglink voor het beheer: mensen, contacten, overleggen, berichten, signalen (gemeente, beheerders, politie)",
    en: "/dashboard - a personal sign-in link for the dashboard: people, contacts, meetings, messages, signals (municipality, admins, police)",
  },
  "help.group": {
    nl: "/groep maak <wijk> - een WhatsApp-groep voor het netwerk van een wijk; /groep leden, /groep verwijder <naam>, /groep uitleg (gemeente)",
    en: "/group create <wijk> - a WhatsApp group for a wijk's network; /group members, /group remove <name>, /group explain (municipality)",
  },
  "dashboard.noRole": {
    nl: "Het beheer is voor de gemeente, beheerders en de politie van een regio.",
    en: "The dashboard is for the municipality, admins and police of a region.",
  },
  "dashboard.link": {
    nl: "Je link naar het beheer (10 minuten geldig, werkt één keer; deel hem niet):\n{url}",
    en: "Your link to the dashboard (valid 10 minutes, works once; do not share it):\n{url}",
  },
  "help.join": {
    nl: "/aanmelden <code> - meld je aan met de code uit je uitnodiging; /aanmelden zonder code geeft een code om nog een account te koppelen",
    en: "/join <code> - join with the code from your invitation; /join without a code gives a code to link another account",
  },
  "invite.usage": {
    nl: "Gebruik /uitnodigen <rol> <school of wijk>, bijvoorbeeld /uitnodigen directeur Klimboom of /uitnodigen wijkagent Buytenwegh. Rollen: directeur, wijkagent (politie), partner (jongerenwerk, leerplicht, Halt, GGD), gemeente. /uitnodigen lijst toont de uitnodigingen, /uitnodigen intrekken <id> trekt er een in.",
    en: "Use /invite <role> <school or district>, e.g. /invite director Klimboom or /invite wijkagent Buytenwegh. Roles: director, wijkagent (police), partner (youth work, leerplicht, Halt, GGD), municipality. /invite list shows the invitations, /invite revoke <id> revokes one.",
  },
  "invite.gemeenteOnly": {
    nl: "Uitnodigen kan alleen de gemeente of een beheerder van de regio.",
    en: "Only the municipality or an admin of the region can invite people.",
  },
  "invite.noRegion": {
    nl: "Voor welke regio? Je account hoort bij geen regio; koppel dit gesprek eerst met /koppel.",
    en: "For which region? Your account belongs to no region; link this conversation first with /link.",
  },
  "invite.unknownRole": {
    nl: 'Ik ken de rol "{role}" niet. Rollen: directeur, wijkagent (politie), partner, gemeente.',
    en: 'I do not know the role "{role}". Roles: director, wijkagent (police), partner, municipality.',
  },
  "invite.unknownPlace": {
    nl: 'Ik ken geen school of wijk "{place}" in {region}.',
    en: 'I know no school or district "{place}" in {region}.',
  },
  "invite.schoolNeeded": {
    nl: "Voor welke school? Bijvoorbeeld /uitnodigen directeur Klimboom.",
    en: "For which school? For example /invite director Klimboom.",
  },
  "invite.made": {
    nl: "Uitnodiging {id} voor {name} ({region}), geldig tot {until}.\nCode: {code}\nGeef de code persoonlijk aan de genodigde (niet in een groep). Die stuurt /aanmelden {code} naar de bot, op Slack, Teams of WhatsApp. Intrekken: /uitnodigen intrekken {id}.",
    en: "Invitation {id} for {name} ({region}), valid until {until}.\nCode: {code}\nGive the code to the invitee in person (not in a group). They send /join {code} to the bot, on Slack, Teams or WhatsApp. Revoke: /invite revoke {id}.",
  },
  "invite.none": {
    nl: "Er zijn geen uitnodigingen in {region}.",
    en: "There are no invitations in {region}.",
  },
  "invite.listHead": { nl: "Uitnodigingen in {region}:", en: "Invitations in {region}:" },
  "invite.open": { nl: "open tot {until}", en: "open until {until}" },
  "invite.expired": { nl: "verlopen", en: "expired" },
  "invite.used": { nl: "aangemeld op {on}", en: "joined on {on}" },
  "invite.revokedOn": { nl: "ingetrokken op {on}", en: "revoked on {on}" },
  "invite.unknownId": {
    nl: "Ik ken geen uitnodiging {id} in {region}. /uitnodigen lijst toont ze.",
    en: "I know no invitation {id} in {region}. /invite list shows them.",
  },
  "invite.revoked": {
    nl: "Uitnodiging {id} voor {name} is ingetrokken; de code werkt niet meer.",
    en: "Invitation {id} for {name} is revoked; the code no longer works.",
  },
  "invite.roleRemoved": {
    nl: "Uitnodiging {id} is ingetrokken en {name} heeft de rol {role} niet meer, op elk platform.",
    en: "Invitation {id} is revoked and {name} no longer has the role {role}, on every platform.",
  },
  "join.usage": {
    nl: "Stuur /aanmelden gevolgd door de code uit je uitnodiging, bijvoorbeeld /aanmelden ABCD-EFGH. Nog geen code? Vraag de gemeente om een uitnodiging.",
    en: "Send /join followed by the code from your invitation, e.g. /join ABCD-EFGH. No code yet? Ask the municipality for an invitation.",
  },
  "join.platform": {
    nl: "Aanmelden kan op Slack, Teams of WhatsApp; de webchat opent met een link uit /webchat.",
    en: "You join on Slack, Teams or WhatsApp; the web chat opens with a link from /webchat.",
  },
  "join.invalid": {
    nl: "Deze code is onbekend, al gebruikt, ingetrokken of verlopen. Vraag de gemeente om een nieuwe uitnodiging.",
    en: "This code is unknown, used, revoked or expired. Ask the municipality for a new invitation.",
  },
  "join.private": {
    nl: "Stuur je code in een persoonlijk gesprek met de bot, niet in een groep: daar zien anderen hem. Zagen anderen hem al, vraag de gemeente dan om een nieuwe.",
    en: "Send your code in a personal chat with the bot, not in a group where others see it. If others saw it already, ask the municipality for a new one.",
  },
  "join.tooMany": {
    nl: "Te veel pogingen; probeer het over een uur opnieuw.",
    en: "Too many attempts; try again in an hour.",
  },
  "join.welcome": {
    nl: "Welkom, {name}: je bent aangemeld als {role} in {where}. /help laat zien wat je kunt.",
    en: "Welcome, {name}: you have joined as {role} in {where}. /help shows what you can do.",
  },
  "join.linked": {
    nl: "Dit account is nu gekoppeld aan {name}; de bot kent je hier met dezelfde rollen.",
    en: "This account is now linked to {name}; the bot knows you here with the same roles.",
  },
  "join.linkCode": {
    nl: "Je code om nog een account te koppelen (10 minuten geldig, werkt één keer): {code}\nStuur vanaf het andere platform /aanmelden {code}.",
    en: "Your code to link another account (valid 10 minutes, works once): {code}\nSend /join {code} from the other platform.",
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type MessageId = keyof typeof MESSAGES;

/** The names of the `{name}` placeholders in a text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type ParamsOf<K extends MessageId> = Record<
  Placeholders<(typeof MESSAGES)[K]["nl"] | (typeof MESSAGES)[K]["en"]>,
  string | number
>;
/** A message with placeholders takes its parameters; one without takes none. */
type Args<K extends MessageId> = [Placeholders<(typeof MESSAGES)[K]["nl"]>] extends [never]
  ? []
  : [params: ParamsOf<K>];

/** The text of a message in a language (Dutch unless English is asked), its placeholders filled in. */
export function msg<K extends MessageId>(lang: Lang | undefined, id: K, ...args: Args<K>): string {
  const entry: { nl: string; en: string } = MESSAGES[id];
  const text = lang === "en" ? entry.en : entry.nl;
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** Every message id with its two texts, for the tests that check the catalogue. */
export function catalogue(): ReadonlyArray<[MessageId, { nl: string; en: string }]> {
  return Object.entries(MESSAGES) as Array<[MessageId, { nl: string; en: string }]>;
}

const NOUNS = {
  conversation: { nl: ["gesprek", "gesprekken"], en: ["conversation", "conversations"] },
  message: { nl: ["bericht", "berichten"], en: ["message", "messages"] },
} as const;

/** "1 gesprek", "3 conversations": a number with its noun in the singular or plural. */
export function count(lang: Lang | undefined, n: number, noun: keyof typeof NOUNS): string {
  const [one, other] = NOUNS[noun][lang === "en" ? "en" : "nl"];
  return `${n} ${n === 1 ? one : other}`;
}
