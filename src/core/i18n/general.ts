/** The message catalogue (../i18n.ts): help and the general replies of the bot. */
export const GENERAL = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
