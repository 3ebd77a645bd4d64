/**
 * The message catalogue (../i18n.ts): the signal flow (/signaal, /signal), with the kinds of
 * personal data a hold names (a broadcast's hold names them too).
 */
export const SIGNALS = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
