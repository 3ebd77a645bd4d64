/** Signals for the signaaloverleg: kinds and themes as the covenants name them, and the stored record. */

export const KINDS = ["incident", "trend", "ontwikkeling"] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, { nl: string; en: string; explain: string; explainEn: string }> = {
  incident: {
    nl: "Incident",
    en: "Incident",
    explain: "een acute gebeurtenis",
    explainEn: "a single acute event",
  },
  trend: { nl: "Trend", en: "Trend", explain: "een herhaaldelijk patroon", explainEn: "a repeated pattern" },
  ontwikkeling: {
    nl: "Ontwikkeling",
    en: "Development",
    explain: "een verandering in de samenleving of de schoolpopulatie",
    explainEn: "a change in society or in the school population",
  },
};

export const THEMES = [
  "pesten",
  "online",
  "middelen",
  "wapens",
  "vuurwerk",
  "overlast",
  "agressie-ouders",
  "vandalisme",
  "groepsdruk",
  "verzuim",
  "anders",
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  pesten: "Pesten",
  online: "Online",
  middelen: "Vapen / middelen",
  wapens: "Wapens",
  vuurwerk: "Vuurwerk",
  overlast: "Overlast",
  "agressie-ouders": "Agressie van ouders",
  vandalisme: "Vandalisme",
  groepsdruk: "Groepsdruk / ronselen",
  verzuim: "Verzuim",
  anders: "Anders",
};

export const THEME_LABELS_EN: Record<Theme, string> = {
  pesten: "Bullying",
  online: "Online",
  middelen: "Vaping / substances",
  wapens: "Weapons",
  vuurwerk: "Fireworks",
  overlast: "Nuisance",
  "agressie-ouders": "Aggression by parents",
  vandalisme: "Vandalism",
  groepsdruk: "Peer pressure / recruitment",
  verzuim: "Absenteeism",
  anders: "Other",
};

/** Words in a signal's text that point at a theme (the first match wins; order matters). */
export const THEME_WORDS: Array<[Theme, RegExp]> = [
  [
    "agressie-ouders",
    /\b(ouders?|vader|moeder|verzorgers?)\b.*\b(agressie\w*|dreig\w*|bedreig\w*|scheld\w*|uitgescholden|geslagen|duw\w*)|\b(agressie\w*|dreig\w*|bedreig\w*|scheld\w*)\b.*\b(ouders?|vader|moeder)\b/i,
  ],
  [
    "wapens",
    /\b(wapens?|mes|messen|pistool|vuurwapen|luchtbuks|boksbeugel|taser|knife|knives|weapons?|gun)\b/i,
  ],
  ["vuurwerk", /\bvuurwerk\w*|\bcobra\b|\bnitraat\b|\bfireworks?\b/i],
  [
    "middelen",
    /\b(vape\w*|vapen|vapes|vaping|drugs?|alcohol|lachgas|wiet|weed|blowen|snus|middelen|gedeald|dealen|dealing)\b/i,
  ],
  [
    "groepsdruk",
    /\b(groepsdruk|ronsel\w*|geronseld|geldezel\w*|criminel\w*|jonge aanwas|peer pressure|recruit\w*|money mules?)\b/i,
  ],
  ["pesten", /\b(pest\w*|gepest|buitengesloten|uitgelachen|meidenvenijn|bull(y|ied|ying))\b/i],
  [
    "online",
    /\b(online|social media|sociale media|snapchat|tiktok|instagram|whatsapp\w*|filmpje\w*|sexting|grooming|app\w*groep)\b/i,
  ],
  [
    "vandalisme",
    /\b(vandalisme|vernield|vernieling\w*|ingegooid\w*|graffiti|beklad|kapot\w*|schade|vandalism|damaged?|smashed)\b/i,
  ],
  [
    "overlast",
    /\b(overlast|hangjongeren|rondhangen|hangen rond|op het dak|geluidsoverlast|nuisance|hanging around|loitering)\b/i,
  ],
  [
    "verzuim",
    /\b(verzuim\w*|spijbel\w*|afwezig\w*|thuiszit\w*|niet op school|truan\w*|absen\w*|skipping school)\b/i,
  ],
];

export const KIND_WORDS: Array<[Kind, RegExp]> = [
  [
    "ontwikkeling",
    /\b(ontwikkeling|steeds meer|toename|neemt toe|verandering|nieuwe gezinnen|instroom|more and more|increasing(ly)?|development)\b/i,
  ],
  [
    "trend",
    /\b(trend|vaker|herhaald\w*|weer|opnieuw|elke (dag|week)|al weken|patroon|regelmatig|for weeks|again|every (day|week)|repeatedly|pattern)\b/i,
  ],
  [
    "incident",
    /\b(incident|vandaag|gisteren|vanochtend|vanmiddag|vanavond|vechtpartij|gebeurd|today|yesterday|this (morning|afternoon)|fight)\b/i,
  ],
];

export interface FollowUpQuestion {
  /** ISO week of the question, e.g. 2026-W48; never a time. */
  week: string;
  question: string;
  answer?: string;
}

export interface Signal {
  id: string;
  /** What the reporter uses to read questions about it; it says nothing about who they are. */
  code: string;
  kind: Kind;
  theme: Theme;
  region: string;
  wijk: string | null;
  school: string | null;
  /** The ISO week it was logged; no date or time, so it cannot be matched to a message. */
  week: string;
  /** The text as kept: personal data removed. */
  text: string;
  questions: FollowUpQuestion[];
}

/** ISO 8601 week of a date, e.g. "2026-W48". */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week. */
export function weekStart(week: string): Date {
  const [y, w] = week.split("-W").map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (w - 1) * 7);
  return monday;
}
