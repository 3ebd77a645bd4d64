/**
 * The message catalogue (../i18n.ts): invitations: people join a network with a code the
 * gemeente gives them (/uitnodigen, /aanmelden), with the help lines and sign-in link of the
 * dashboard (/beheer) and the help line of the WhatsApp groups (/groep).
 */
export const INVITATIONS = {
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
