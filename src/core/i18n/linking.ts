/** The message catalogue (../i18n.ts): linking a conversation (/koppel, /link). */
export const LINKING = {
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
} as const satisfies Record<string, { nl: string; en: string }>;
