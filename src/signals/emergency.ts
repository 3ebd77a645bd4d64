/**
 * Acute danger is not a signal: text that points at an emergency (a weapon now, a threat for
 * today, a child unsafe at home) gets 112, the police contact and Veilig Thuis first.
 */
import { type Lang, msg } from "../core/i18n.ts";
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

/** What a reporter gets first when a text points at acute danger: 112, the police, Veilig Thuis. */
export function emergencyText(knowledge: KnowledgeBase, regionId: string | null, lang?: Lang): string {
  const vt = knowledge.publicContacts.find((c) => c.role === "veilig-thuis");
  const region = regionId ? knowledge.regions.find((r) => r.id === regionId) : undefined;
  const police = region?.contacts.find((c) => c.role === "wijkagent" || c.role === "schoolagent");
  return [
    msg(lang, "signal.emergency.call112"),
    police
      ? msg(lang, "signal.emergency.police", {
          contact: `${police.name}${police.phone ? `, ${police.phone}` : ""}`,
        })
      : msg(lang, "signal.emergency.noPolice"),
    vt
      ? msg(lang, "signal.emergency.home", {
          name: vt.name,
          phone: vt.phone,
          note: lang === "en" ? (vt.note.en ?? vt.note.nl) : vt.note.nl,
        })
      : "",
    msg(lang, "signal.emergency.notUrgent"),
  ]
    .filter(Boolean)
    .join("\n");
}
