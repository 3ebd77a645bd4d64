/** The message catalogue (../i18n.ts): meetings (/overleg, /meeting). */
export const MEETINGS = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
