/**
 * A half-finished signal: what it holds so far, what its text itself says (kind, theme, wijk,
 * school), and the question for what it still misses, with a button for each answer.
 */
import { type Lang, msg } from "../core/i18n.ts";
import type { Reply, ReplyButton } from "../core/message.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase } from "../knowledge/schema.ts";
import {
  KIND_LABELS,
  KIND_WORDS,
  KINDS,
  type Kind,
  THEME_LABELS,
  THEME_LABELS_EN,
  THEME_WORDS,
  THEMES,
  type Theme,
} from "../model/signals.ts";

export interface Draft {
  text?: string;
  kind?: Kind;
  theme?: Theme;
  region?: string;
  wijk?: string | null;
  school?: string | null;
  /** Personal data was found: the redacted text awaits confirmation. The original is not kept. */
  awaitingConfirmation?: boolean;
  /** The language the flow started in; it keeps it to the end. */
  lang?: Lang;
  expires: number;
}

export const privately = (text: string, buttons?: ReplyButton[]): Reply => ({
  text,
  visibility: "ephemeral",
  ...(buttons?.length ? { buttons } : {}),
});
const button = (value: string, label: string): ReplyButton => ({ id: value, label, value });

export const confirmButtons = (lang: Lang | undefined) => [
  button("signaal:confirm", msg(lang, "signal.button.keep")),
  button("signaal:edit", msg(lang, "signal.button.edit")),
  button("signaal:cancel", msg(lang, "signal.button.cancel")),
];

/** Kind, theme, wijk and school from the text itself, so fewer taps are needed. */
export function infer(draft: Draft, text: string, knowledge: KnowledgeBase): void {
  draft.kind ??= KIND_WORDS.find(([, re]) => re.test(text))?.[0];
  draft.theme ??= THEME_WORDS.find(([, re]) => re.test(text))?.[0];
  const n = ` ${normalize(text)} `;
  for (const r of knowledge.regions) {
    if (draft.region && draft.region !== r.id) continue;
    const wijk = r.wijken.find((w) => [w.name, ...w.aliases].some((a) => n.includes(` ${normalize(a)} `)));
    if (wijk) {
      draft.region = r.id;
      draft.wijk = wijk.id;
    }
    const school = r.schools.find((s) =>
      [s.name, ...s.aliases].some((a) => normalize(a).length > 4 && n.includes(` ${normalize(a)} `)),
    );
    if (school) {
      draft.region = r.id;
      draft.school = school.id;
      if (school.wijk) draft.wijk = school.wijk;
    }
  }
}

/** The question for what the draft still misses, with its buttons; undefined when it misses nothing. */
export function askForMissing(draft: Draft, lead: string, knowledge: KnowledgeBase): Reply | undefined {
  const lang = draft.lang;
  if (draft.awaitingConfirmation)
    return privately(lead + msg(lang, "signal.confirmFirst"), confirmButtons(lang));
  if (!draft.kind) {
    const explain = (x: Kind) => (lang === "en" ? KIND_LABELS[x].explainEn : KIND_LABELS[x].explain);
    return privately(
      lead +
        msg(lang, "signal.askKind", {
          incident: explain("incident"),
          trend: explain("trend"),
          development: explain("ontwikkeling"),
        }),
      KINDS.map((x) => button(`signaal:kind:${x}`, lang === "en" ? KIND_LABELS[x].en : KIND_LABELS[x].nl)),
    );
  }
  if (!draft.theme)
    return privately(
      lead + msg(lang, "signal.askTheme"),
      THEMES.map((x) => button(`signaal:theme:${x}`, lang === "en" ? THEME_LABELS_EN[x] : THEME_LABELS[x])),
    );
  if (!draft.region) {
    return privately(
      lead + msg(lang, "signal.askRegion"),
      knowledge.regions.map((r) => button(`signaal:region:${r.id}`, r.name)),
    );
  }
  const region = knowledge.regions.find((r) => r.id === draft.region);
  if (draft.wijk === undefined && region && region.wijken.length > 0) {
    return privately(lead + msg(lang, "signal.askWijk"), [
      ...region.wijken.map((w) => button(`signaal:wijk:${w.id}`, w.name)),
      button("signaal:wijk:-", msg(lang, "signal.button.wholeMunicipality")),
    ]);
  }
  if (!draft.text) {
    return privately(lead + msg(lang, "signal.askText"));
  }
  return undefined;
}
