/** The message catalogue (../i18n.ts): the web chat link (/webchat). */
export const WEBCHAT = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
