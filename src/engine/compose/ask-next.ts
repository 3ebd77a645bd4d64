/** "Vraag het ..." : whom to ask next, with their contact details when the gemeente has them. */
import type { RegionKnowledge } from "../../knowledge/schema.ts";
import type { Ctx } from "../context.ts";
import { contactLine, t } from "../format.ts";

export function whoToAsk(
  ctx: Ctx,
  region: RegionKnowledge,
  wijk?: string | null,
  exceptRole?: string,
): string {
  const lang = ctx.q.lang;
  const who = region.whoToAsk;
  if (who.role !== exceptRole) {
    const c = region.contacts.find(
      (x) => x.role === who.role && (wijk ? x.wijk === wijk : !x.wijk && !x.school),
    );
    const name = c ? `: ${contactLine(c, lang, region.contactsAreSample)}` : "";
    return `${t(lang, "Vraag het", "Ask")} ${who[lang]}${name}.`;
  }
  return t(lang, `Vraag het de gemeente ${region.name}.`, `Ask the municipality of ${region.name}.`);
}

/** Next step when no region is known. */
export function askGemeente(ctx: Ctx): string {
  return t(
    ctx.q.lang,
    "Vraag het de contactpersoon schoolveiligheid van je gemeente.",
    "Ask your municipality's school-safety contact person.",
  );
}
