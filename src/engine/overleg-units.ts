/**
 * The units of an overleg: one per attribute (how often, who organises and chairs, who takes
 * part, what it is for) and per rule, and the list of a covenant's overleggen with their
 * rhythm ("welke overleggen zijn er?").
 */
import type { Bilingual, Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import { list, rhythmText, t } from "./format.ts";
import type { Source } from "./types.ts";
import { both, NO_PARAPHRASES, type Unit } from "./unit.ts";

type SourceOf = (ref: string | undefined, fallback: string) => Source;

/** The attributes of a meeting that are units of their own, and that a question can ask. */
export const MEETING_ATTRIBUTES = ["frequency", "organiser", "participants", "purpose"] as const;

export function overlegUnits(r: RegionKnowledge, o: Overleg, sourceOf: SourceOf): Unit[] {
  const source = sourceOf(o.refs[0], o.name);
  const slotBase = o.id.slice(r.id.length + 1);
  const about = [`meeting:${o.type}`, ...(o.wijk ? [`wijk:${o.wijk}`] : [])];
  // ("de werkgroep", "de bijeenkomst", "het overleg"; the head word anywhere in the name: "de
  // Stedelijke kerngroep schoolveiligheid", "de Bijeenkomsten convenantpartners Palenstein".)
  const article = /(?:groep|bijeenkomst|vergadering)(?:en)?(?:\s|$)/i.test(o.name) ? "de" : "het";
  const unit = (attribute: string, text: Bilingual): Unit => ({
    id: `${o.id}#${attribute}`,
    kind: "overleg",
    region: r.id,
    title: o.name,
    text,
    source,
    about,
    ask: NO_PARAPHRASES,
    slot: `${slotBase}#${attribute}`,
    attribute,
    meetings: [o.id],
    // Who organises it, when the covenant does not say: said so, with whom to ask, not an answer.
    ...(attribute === "organiser" && !o.organiser ? { silent: true } : {}),
  });
  const texts: Record<(typeof MEETING_ATTRIBUTES)[number], Bilingual> = {
    frequency: both((l) => `${o.name}: ${rhythmText(o, l).replace(/\.$/, "")}.`),
    organiser: both((l) =>
      o.organiser
        ? `${o.name}: ${t(l, "georganiseerd of geleid door", "organised or led by")} ${o.organiser[l]}.`
        : t(
            l,
            `Het convenant zegt niet wie ${article} ${o.name} organiseert of voorzit.`,
            `The covenant does not say who organises or chairs the ${o.name}.`,
          ),
    ),
    participants: both(
      (l) =>
        `${t(l, `Deelnemers aan het ${o.name}`, `Taking part in the ${o.name}`)}: ${list(o.participants[l], l)}.`,
    ),
    purpose: both((l) => `${o.name}: ${o.purpose[l]}`),
  };
  const units = MEETING_ATTRIBUTES.map((a) => unit(a, texts[a]));
  for (const [i, nl] of (o.rules?.nl ?? []).entries())
    units.push(unit(`rule${i + 1}`, { nl: `${o.name}: ${nl}`, en: `${o.name}: ${o.rules?.en[i] ?? nl}` }));
  return units;
}

/** "Welke overleggen zijn er?": the covenant's overleggen and their rhythm in one list; wijk
 * meetings of one kind are one line ("wijkveiligheidsoverleg per wijk"). */
export function overlegListUnit(r: RegionKnowledge, sourceOf: SourceOf): Unit | undefined {
  if (r.overleggen.length <= 1) return undefined;
  const general = r.overleggen.filter((o) => !o.wijk);
  const perWijk = [...new Set(r.overleggen.filter((o) => o.wijk).map((o) => o.type))];
  return {
    id: `${r.id}/overleggen`,
    kind: "covenant",
    region: r.id,
    title: t("nl", "Overleggen", "Meetings"),
    text: both((l) => {
      const items = general.map((o) => `${o.name} (${rhythmText(o, l)})`);
      for (const type of perWijk) {
        const o = r.overleggen.find((x) => x.type === type && x.wijk) as Overleg;
        items.push(`${o.name.replace(/\s+\S+$/, "")} ${t(l, "per wijk", "per district")}`);
      }
      return `${t(l, `Overleggen onder ${r.covenant.short}`, `Meetings under the ${r.name} covenant`)}: ${list(items, l)}.`;
    }),
    source: sourceOf(general[0]?.refs[0], t("nl", "Overlegstructuur", "Meetings")),
    about: [],
    ask: NO_PARAPHRASES,
    slot: "overleggen",
    attribute: "meetings",
  };
}
