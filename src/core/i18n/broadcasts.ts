/** The message catalogue (../i18n.ts): broadcasts (/deel, /share, /trend) and their delivery reports. */
export const BROADCASTS = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
