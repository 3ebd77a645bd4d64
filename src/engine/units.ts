/**
 * Every fact of the knowledge base as a retrievable unit: a provision, one attribute of an
 * overleg (how often, who chairs, who takes part, what it is for, each of its rules), a
 * role's duties, a definition, a wijkplan point, a fact about the covenant itself (term,
 * renewal, signatories, ...), a school's place in the covenant, a guidance rule, and the
 * facts of their own in `units.yaml`. Each unit has its text in both languages, its region,
 * its source, the entities it is about and the paraphrases `units.yaml` gives it.
 */
import type {
  Bilingual,
  GuidanceItem,
  KnowledgeBase,
  RegionKnowledge,
  UnitEntry,
} from "../knowledge/schema.ts";
import { capitalise, list, t } from "./format.ts";
import type { Language } from "./language.ts";
import { overlegListUnit, overlegUnits } from "./overleg-units.ts";
import { normalize } from "./text.ts";
import type { Source } from "./types.ts";
import { both, NO_PARAPHRASES, type Unit } from "./unit.ts";

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function buildUnits(kb: KnowledgeBase): Unit[] {
  const out: Unit[] = [];
  for (const r of kb.regions) out.push(...regionUnits(kb, r));
  for (const g of kb.guidance)
    out.push(
      guidanceUnit(
        g,
        kb.regions.filter((r) => r.covenant.speaksOf.includes(g.id)).map((r) => r.id),
      ),
    );
  applyEntries(out, kb.guidanceUnits, null, kb);
  return out;
}

function guidanceUnit(g: GuidanceItem, inCovenants: string[]): Unit {
  return {
    id: g.id,
    kind: "guidance",
    region: null,
    title: g.title.nl,
    text: { nl: `${g.title.nl}: ${g.nl}`, en: `${g.title.en}: ${g.en}` },
    source: { covenant: "guidance", ref: g.source, title: g.title.nl, id: g.id },
    about: [],
    ask: NO_PARAPHRASES,
    slot: g.id,
    topics: g.topics,
    inCovenants,
  };
}

function regionUnits(kb: KnowledgeBase, r: RegionKnowledge): Unit[] {
  const out: Unit[] = [];
  const c = r.covenant;
  const provisions = new Map(c.provisions.map((p) => [p.id, p]));
  const sourceOf = (ref: string | undefined, fallback: string): Source => {
    const p = ref ? provisions.get(ref) : undefined;
    return p
      ? { covenant: r.id, ref: p.ref, title: p.title, id: p.id }
      : { covenant: r.id, ref: ref ?? fallback, title: fallback };
  };
  const add = (u: Omit<Unit, "ask" | "slot"> & { slot?: string }) =>
    out.push({ ...u, ask: NO_PARAPHRASES, slot: u.slot ?? u.id.slice(r.id.length + 1) });

  for (const p of c.provisions)
    add({
      id: p.id,
      kind: "provision",
      region: r.id,
      title: p.title,
      text: { nl: p.nl, en: p.en },
      source: { covenant: r.id, ref: p.ref, title: p.title, id: p.id },
      about: p.roles.map((x) => `role:${x}`),
      // Article numbers differ per covenant: a provision is the same fact in no other region.
      slot: p.id,
    });

  for (const d of c.definitions)
    add({
      slot: `${r.id}/def-${slug(d.term)}`,
      id: `${r.id}/def-${slug(d.term)}`,
      kind: "definition",
      region: r.id,
      title: d.term,
      text: { nl: `${d.term}: ${d.nl}`, en: `${d.term}: ${d.en}` },
      source: { covenant: r.id, ref: d.ref, title: t("nl", "Definitie", "Definition") },
      about: [],
      attribute: "definition",
    });

  /** `unsaid`: what the covenant leaves open, always (`silent`) or when asked in these words (`silentWhen`). */
  const meta = (
    key: string,
    title: Bilingual,
    text: Bilingual,
    ref: string,
    unsaid: { silent?: boolean; silentWhen?: readonly string[]; list?: boolean } = {},
  ) =>
    add({
      id: `${r.id}/meta-${key}`,
      kind: "covenant",
      region: r.id,
      title: title.nl,
      text: both((l) => `${title[l]}: ${text[l]}`),
      source: { covenant: r.id, ref, title: title.nl },
      about: [],
      ...(unsaid.silent ? { silent: true } : {}),
      ...(unsaid.silentWhen ? { silentWhen: unsaid.silentWhen.map(normalize) } : {}),
      ...(unsaid.list ? { list: true } : {}),
    });
  // How long it runs includes whether it is renewed.
  meta(
    "term",
    { nl: "Looptijd van het convenant", en: "Term of the covenant" },
    { nl: `${c.term.nl} Verlenging: ${c.renewal.nl}`, en: `${c.term.en} Renewal: ${c.renewal.en}` },
    c.term.ref,
  );
  meta(
    "renewal",
    { nl: "Verlenging van het convenant", en: "Renewal of the covenant" },
    c.renewal,
    c.renewal.ref,
  );
  meta("notice", { nl: "Opzeggen of beëindigen", en: "Notice and ending" }, c.notice, c.notice.ref, c.notice);
  meta(
    "evaluation",
    { nl: "Evaluatie van het convenant", en: "Evaluation of the covenant" },
    c.evaluation,
    c.evaluation.ref,
  );
  meta("signed", { nl: "Ondertekening", en: "Signing" }, c.dates.signedText, "ondertekening", {
    silent: c.dates.signed === null,
  });
  const signatories = c.signatories.map((s) => `${s.name} (${s.function}, ${s.organisation})`);
  // Each signatory on its own too: "wie heeft namens de politie getekend?"
  for (const [i, s] of c.signatories.entries())
    add({
      id: `${r.id}/signatory-${i + 1}`,
      kind: "covenant",
      region: r.id,
      title: s.name,
      text: both((l) =>
        t(
          l,
          `${s.name} (${s.function}, ${s.organisation}) heeft het convenant ondertekend.`,
          `${s.name} (${s.function}, ${s.organisation}) signed the covenant.`,
        ),
      ),
      source: { covenant: r.id, ref: "ondertekening", title: "Ondertekenaars" },
      about: [],
      slot: `signatory-${i + 1}`,
      attribute: "meta-signatories",
      // "Wie heeft getekend?" is the list's question; one signatory answers only when the question
      // names who or for whom ("namens de politie").
      index: `${s.name} ${s.function} ${s.organisation}`,
      needsContent: true,
    });
  meta(
    "signatories",
    { nl: "Ondertekenaars", en: "Signatories" },
    signatories.length > 0
      ? { nl: signatories.join("; "), en: signatories.join("; ") }
      : {
          nl: "het convenant noemt geen ondertekenaars met naam en functie",
          en: "the covenant names no signatories by name and function",
        },
    "ondertekening",
    { silent: signatories.length === 0 },
  );
  // The school boards a party names in general ("de besturen van het primair onderwijs"), by name.
  // (Not where schools sign beside their boards, "schoolbesturen en scholen ...", whose list the
  // boards alone do not complete; nor a board that is a party of its own.)
  const boards = r.boards.map((b) => b.name).filter((b) => !c.parties.some((p) => p.includes(b)));
  const parties = c.parties.map((p) =>
    /\bbestu(?:ur|ren)\b|schoolbesturen/i.test(p) && !/\bscholen\b/i.test(p) && boards.length > 0
      ? `${p}: ${boards.join(", ")}`
      : p,
  );
  meta(
    "parties",
    { nl: "Partijen bij het convenant", en: "Parties to the covenant" },
    { nl: parties.join("; "), en: parties.join("; ") },
    "partijen",
    { list: true },
  );

  for (const o of r.overleggen) out.push(...overlegUnits(r, o, sourceOf));
  const meetings = overlegListUnit(r, sourceOf);
  if (meetings) out.push(meetings);

  const roleLabel = (id: string, lang: Language) => {
    const v = kb.vocabulary.roles.find((x) => x.id === id);
    return v ? v[lang] : id;
  };
  for (const role of r.roles)
    add({
      id: `${r.id}/role-${role.role}`,
      kind: "role",
      region: r.id,
      title: roleLabel(role.role, "nl"),
      text: both((l) => `${capitalise(roleLabel(role.role, l))}: ${role[l]}`),
      source: sourceOf(role.refs[0], roleLabel(role.role, "nl")),
      about: [`role:${role.role}`],
      attribute: "role",
      parts: role.refs,
    });

  for (const w of r.wijken) {
    const wsource: Source = { covenant: r.id, ref: w.ref, title: `Wijkplan ${w.name}` };
    const points = (kind: string, label: Bilingual, items: { nl: string[]; en: string[] }) => {
      for (const [i, nl] of items.nl.entries())
        add({
          id: `${r.id}/wijkplan-${w.id}-${kind}${i + 1}`,
          kind: "wijkplan",
          region: r.id,
          title: `Wijkplan ${w.name}`,
          text: {
            nl: `Wijkplan ${w.name} (${label.nl}): ${nl}`,
            en: `District plan ${w.name} (${label.en}): ${items.en[i] ?? nl}`,
          },
          source: wsource,
          about: [`wijk:${w.id}`],
          slot: `wijkplan-${kind}`,
          index: `wijkplan ${label.nl} ${label.en} ${nl} ${items.en[i] ?? ""}`,
        });
    };
    points("a", { nl: "afspraak", en: "agreement" }, w.agreements);
    points("f", { nl: "aandachtspunt", en: "focus point" }, w.focus);
    // All agreements, and all focus points, of the wijkplan at once ("wat is er afgesproken in ...?").
    const all = (kind: string, label: Bilingual, items: { nl: string[]; en: string[] }) =>
      add({
        id: `${r.id}/wijkplan-${w.id}-${kind}`,
        kind: "wijkplan",
        region: r.id,
        title: `Wijkplan ${w.name}`,
        text: both(
          (l) =>
            `${t(l, `Wijkplan ${w.name}`, `District plan ${w.name}`)}, ${label[l]}: ${items[l].join(" ")}`,
        ),
        source: wsource,
        about: [`wijk:${w.id}`],
        slot: `wijkplan-${kind}`,
        index: `wijkplan ${label.nl} ${label.en} ${items.nl.join(" ")} ${items.en.join(" ")}`,
        parts: items.nl.map((_, i) => `${r.id}/wijkplan-${w.id}-${kind[0]}${i + 1}`),
      });
    all("afspraken", { nl: "afspraken", en: "agreements" }, w.agreements);
    all("focus", { nl: "aandachtspunten", en: "focus points" }, w.focus);
    const schools = r.schools.filter((s) => s.wijk === w.id).map((s) => s.name);
    add({
      id: `${r.id}/wijkplan-${w.id}`,
      kind: "wijkplan",
      region: r.id,
      title: `Wijkplan ${w.name}`,
      text: both(
        (l) =>
          `${t(l, `Wijkplan ${w.name}: partners`, `District plan ${w.name}: partners`)} ${list(w.partners, l)}.` +
          (schools.length > 0 ? ` ${t(l, "Scholen", "Schools")}: ${list(schools, l)}.` : ""),
      ),
      source: wsource,
      about: [`wijk:${w.id}`],
      slot: "wijkplan",
    });
  }

  if (r.schools.length > 0) {
    const names = r.schools.map((s) => s.name);
    add({
      id: `${r.id}/schools`,
      kind: "school",
      region: r.id,
      title: t("nl", "Deelnemende scholen", "Schools"),
      text: both(
        (l) =>
          `${t(l, `Onder ${c.short} vallen ${names.length} scholen`, `The ${r.name} covenant covers ${names.length} schools`)}: ${list(names, l)}.`,
      ),
      source: { covenant: r.id, ref: kbSchoolRef(r), title: t("nl", "Deelnemende scholen", "Schools") },
      about: [],
      // Found by what it is about, not by the schools' names (those resolve to each school's unit).
      index:
        "deelnemende scholen vallen onder het convenant doen mee participating schools covered take part",
      slot: "schools",
    });
  }
  const wijkName = new Map(r.wijken.map((w) => [w.id, w.name]));
  const boardName = new Map(r.boards.map((b) => [b.id, b.name]));
  for (const s of r.schools) {
    const wijk = s.wijk ? wijkName.get(s.wijk) : undefined;
    const board = s.board ? boardName.get(s.board) : undefined;
    add({
      id: `${r.id}/school-${s.id}`,
      kind: "school",
      region: r.id,
      title: s.name,
      text: both(
        (l) =>
          t(
            l,
            `${s.name} valt onder ${c.short} (${r.name})`,
            `${s.name} is covered by the ${r.name} school-safety covenant`,
          ) +
          (board ? t(l, `, via het bestuur ${board}`, `, through its board ${board}`) : "") +
          (wijk
            ? t(l, `; de school ligt in de wijk ${wijk}`, `; the school is in the district ${wijk}`)
            : "") +
          "." +
          (s.note ? ` ${s.note[l]}` : ""),
      ),
      source: { covenant: r.id, ref: kbSchoolRef(r), title: t("nl", "Deelnemende scholen", "Schools") },
      about: [
        `school:${s.id}`,
        ...(s.wijk ? [`wijk:${s.wijk}`] : []),
        ...(s.board ? [`board:${s.board}`] : []),
      ],
      slot: "school",
    });
  }

  applyEntries(out, r.units, r, kb);
  const byId = new Map(out.map((u) => [u.id, u]));
  for (const q of r.quotes) {
    const u = byId.get(q.id);
    if (u) u.quote = q.nl;
  }
  return out;
}

function kbSchoolRef(r: RegionKnowledge): string {
  return r.wijken.length > 0 ? (r.wijken[0]?.ref.split(",")[0] ?? "bijlage") : "bijlage 1";
}

/** Adds the paraphrases and short lines of `units.yaml`, and its facts of their own. */
function applyEntries(
  out: Unit[],
  entries: readonly UnitEntry[],
  r: RegionKnowledge | null,
  kb: KnowledgeBase,
): void {
  const byId = new Map(out.map((u) => [u.id, u]));
  for (const e of entries) {
    let u = byId.get(e.id);
    if (!u && e.nl && e.en && e.ref && e.title) {
      const region = r?.id ?? null;
      const provision = r?.covenant.provisions.find((p) => p.ref === e.ref);
      u = {
        id: e.id,
        kind: "fact",
        region,
        title: e.title,
        text: { nl: e.nl, en: e.en },
        source: region
          ? { covenant: region, ref: e.ref, title: provision?.title ?? e.title }
          : { covenant: "guidance", ref: e.ref, title: e.title },
        about: [],
        ask: NO_PARAPHRASES,
        slot: e.id,
      };
      out.push(u);
      byId.set(u.id, u);
    }
    if (!u) continue;
    if (e.short) u.short = e.short;
    if (e.about) u.about = [...new Set([...u.about, ...e.about])];
    // The knowledge base's own lists when the unit has no others (no copy per municipality).
    if (e.ask)
      u.ask =
        u.ask === NO_PARAPHRASES ? e.ask : { nl: [...u.ask.nl, ...e.ask.nl], en: [...u.ask.en, ...e.ask.en] };
  }
  void kb;
}

/** Entries of the `units.yaml` files whose id is no unit: a paraphrase that would be lost. */
export function unmatchedEntries(kb: KnowledgeBase): string[] {
  const ids = new Set(buildUnits(kb).map((u) => u.id));
  const entries = [...kb.guidanceUnits, ...kb.regions.flatMap((r) => [...r.units, ...r.quotes])];
  return entries.filter((e) => !ids.has(e.id)).map((e) => e.id);
}
