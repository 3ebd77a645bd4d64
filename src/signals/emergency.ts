/**
 * Acute danger is not a signal: text that points at an emergency (a weapon now, a threat for
 * today, a child unsafe at home) gets 112, the police contact and Veilig Thuis first.
 */
import type { KnowledgeBase } from "../knowledge/schema.ts";

const NOW =
  /\b(nu|op dit moment|vandaag|vanavond|vannacht|morgen|straks|net|zojuist|right now|today|tonight)\b/i;
const DANGER =
  /\b(wapen\w*|mes|messen|pistool|vuurwapen|schiet\w*|aanslag|bom|bommelding|steek\w*|doodsbedreig\w*|bedreig\w*|dreig\w*|weapon|knife|gun|threat\w*)\b/i;
const UNSAFE_HOME =
  /\b(thuis (niet )?(veilig|onveilig)|onveilig thuis|thuis (ge)?slagen|wordt (thuis )?(geslagen|mishandeld|misbruikt)|mishandeld|misbruikt|kindermishandeling|zelfmoord|suïcid\w*|zichzelf (iets )?(aan ?doen|van het leven)|unsafe at home|abused|suicid\w*)\b/i;

export function pointsAtEmergency(text: string): boolean {
  return (NOW.test(text) && DANGER.test(text)) || UNSAFE_HOME.test(text);
}

const say = (lang: "nl" | "en" | undefined, nl: string, en: string) => (lang === "en" ? en : nl);

/** What a reporter gets first when a text points at acute danger: 112, the police, Veilig Thuis. */
export function emergencyText(knowledge: KnowledgeBase, regionId: string | null, lang?: "nl" | "en"): string {
  const vt = knowledge.publicContacts.find((c) => c.role === "veilig-thuis");
  const region = regionId ? knowledge.regions.find((r) => r.id === regionId) : undefined;
  const police = region?.contacts.find((c) => c.role === "wijkagent" || c.role === "schoolagent");
  return [
    say(lang, "Is er nu gevaar? Bel 112.", "Is anyone in danger now? Call 112."),
    police
      ? `${say(lang, "Politiecontact", "Police contact")}: ${police.name}${police.phone ? `, ${police.phone}` : ""}.`
      : say(
          lang,
          "Bel voor de politie zonder spoed je wijkagent of schoolagent.",
          "For the police without urgency, call your community police officer (wijkagent) or school officer.",
        ),
    vt
      ? say(
          lang,
          `Zorgen over de veiligheid van een kind thuis: ${vt.name}, ${vt.phone} (${vt.note.nl}).`,
          `Worried about a child's safety at home: ${vt.name}, ${vt.phone} (${vt.note.en ?? vt.note.nl}).`,
        )
      : "",
    say(
      lang,
      "Een signaal is voor het signaaloverleg, niet voor acute hulp.",
      "A signal is for the signaaloverleg, not for urgent help.",
    ),
  ]
    .filter(Boolean)
    .join("\n");
}
