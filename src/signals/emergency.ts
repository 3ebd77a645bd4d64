/**
 * Acute danger is not a signal: text that points at an emergency (a weapon now, a threat for
 * today, a child unsafe at home) gets 112, the police contact and Veilig Thuis first.
 */
const NOW =
  /\b(nu|op dit moment|vandaag|vanavond|vannacht|morgen|straks|net|zojuist|right now|today|tonight)\b/i;
const DANGER =
  /\b(wapen\w*|mes|messen|pistool|vuurwapen|schiet\w*|aanslag|bom|bommelding|steek\w*|doodsbedreig\w*|bedreig\w*|dreig\w*|weapon|knife|gun|threat\w*)\b/i;
const UNSAFE_HOME =
  /\b(thuis (niet )?(veilig|onveilig)|onveilig thuis|thuis (ge)?slagen|wordt (thuis )?(geslagen|mishandeld|misbruikt)|mishandeld|misbruikt|kindermishandeling|zelfmoord|suïcid\w*|zichzelf (iets )?(aan ?doen|van het leven)|unsafe at home|abused|suicid\w*)\b/i;

export function pointsAtEmergency(text: string): boolean {
  return (NOW.test(text) && DANGER.test(text)) || UNSAFE_HOME.test(text);
}
