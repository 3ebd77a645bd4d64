/**
 * Answers built from ranked units, in the chat shape: the first line answers the question in
 * about 25 words at most; at most two supporting lines; the source; whom to ask. Also the
 * question back ("Bedoel je ...?") when no unit clearly wins, and the refusal when the
 * covenants do not say.
 */
import type { Ctx, Query } from "../context.ts";
import { capitalise, t } from "../format.ts";
import type { Language } from "../language.ts";
import type { Ranked } from "../rank.ts";
import { normalize, tokenize } from "../text.ts";
import type { Answer, Intent } from "../types.ts";
import type { Unit } from "../unit.ts";
import { askGemeente, whoToAsk } from "./ask-next.ts";
import { PAIR_QUOTE_WORDS, QUOTE_WORDS, quoteFor, quoteQuery, sentencesOf } from "./quote.ts";
import { result } from "./result.ts";
import { openFor } from "./yes-no.ts";

const INTENTS: Record<Unit["kind"], Intent> = {
  provision: "topic",
  fact: "topic",
  guidance: "topic",
  overleg: "meeting",
  role: "role",
  definition: "definition",
  covenant: "covenant-meta",
  wijkplan: "wijk-info",
  school: "school-wijk",
};

const FIRST_LINE_WORDS = 28;

/** Pieces cut inside a parenthesis ("(zit voor; locatie rouleert)") joined again. */
function joinParenthesised(pieces: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  for (const p of pieces) {
    if (open > 0) out[out.length - 1] += ` ${p}`;
    else out.push(p);
    open += (p.match(/\(/g)?.length ?? 0) - (p.match(/\)/g)?.length ?? 0);
  }
  return out;
}

/** The unit's text split into an opening line of about 25 words and the rest. */
export function split(
  u: Unit,
  lang: Language,
  question = "",
  asked = question,
): { first: string; rest: string } {
  const text = u.text[lang];
  if (u.short) {
    const first = openFor(u.short[lang], question, asked);
    // (Not the same sentence twice: "Ja: per school is een jongerenwerker ..." over the text that says it.)
    const said = first.replace(/^(?:ja|nee|yes|no)\s*[,:;-]\s*/i, "").replace(/[.\s]+$/, "");
    const again = said.length > 0 && text.toLowerCase().startsWith(said.toLowerCase());
    const rest = again ? text.slice(said.length).replace(/^[\s.;,]+/, "") : text;
    return { first, rest: capitalise(rest) };
  }
  if (u.list) return { first: text.endsWith(".") ? text : `${text}.`, rest: "" };
  // Sentence ends, not the dot of "Dhr." or an initial ("R. Storm").
  const sentences = joinParenthesised(text.split(/(?<=\p{Ll}{3}[.!?]|;)\s+(?=\S)/u));
  let first = sentences[0] ?? text;
  let rest = sentences.slice(1).join(" ");
  if (first.split(/\s+/).length > FIRST_LINE_WORDS) {
    // Cut a long sentence at a clause boundary (", " or " - ") after the first words.
    const words = first.split(/\s+/);
    let cut = -1;
    for (let i = 8; i < Math.min(words.length - 4, FIRST_LINE_WORDS); i++)
      if (/[,:]$/.test(words[i] ?? "")) cut = i;
    if (cut > 0) {
      rest = `${words.slice(cut + 1).join(" ")}${rest ? ` ${rest}` : ""}`;
      first = `${words
        .slice(0, cut + 1)
        .join(" ")
        .replace(/[,:]$/, "")} ...`;
      rest = `... ${rest}`;
    }
  }
  // The rest starts a line of its own: a clause after a semicolon starts with a capital.
  const after = rest.trim();
  return { first: first.replace(/;$/, "."), rest: after.charAt(0).toUpperCase() + after.slice(1) };
}

export function nextStep(ctx: Ctx, regions: readonly string[]): string {
  const [only] = regions;
  if (regions.length === 1 && only) return whoToAsk(ctx, ctx.kb.region(only), ctx.q.wijken[0]?.id);
  return askGemeente(ctx);
}

const GUIDANCE_NOTE = {
  nl: "Algemene richtlijn, geen convenantafspraak; twijfel je, vraag het de privacyfunctionaris (FG) van de school.",
  en: "General guidance, not a covenant agreement; when in doubt, ask the school's data protection officer.",
};

/** Answers with one or more units: each part of the question, or each region, gets its line. */
export function answerUnits(
  ctx: Ctx,
  picked: ReadonlyArray<{ unit: Unit; label?: string }>,
  confidence: number,
): Answer {
  const lang = ctx.q.lang;
  const facts: string[] = [];
  const [main] = picked;
  if (!main) throw new Error("answerUnits needs a unit");
  if (picked.length === 1) {
    const { first, rest } = split(main.unit, lang, ctx.q.normalized, ctx.q.text);
    facts.push(first);
    // Under the summary, the covenant's own (Dutch) words it was read from.
    const quote = main.unit.quote ? quoteFor(main.unit.quote, quoteQuery(ctx, main.unit)) : undefined;
    if (rest) facts.push(rest);
    if (quote) facts.push(t(lang, `Letterlijk: “${quote}”`, `In the covenant's words (Dutch): “${quote}”`));
  } else {
    for (const p of picked) {
      const { first } = split(p.unit, lang, ctx.q.normalized, ctx.q.text);
      // (A sentence cut for a first line is whole on a line of its own; of two facts with the
      // covenant's words under them, the first line is enough.)
      const line = p.unit.short
        ? picked.length === 2 && p.unit.quote
          ? first
          : `${first} ${p.unit.text[lang]}`
        : p.unit.text[lang];
      facts.push(p.label ? `${p.label}: ${line}` : line);
    }
    // Two facts (of one question, or one per region): the covenant's words for each, shorter.
    if (picked.length === 2) {
      // One passage behind both facts is quoted once.
      // (One that holds the other, a meeting's frequency sentence within its participants', adds
      // only the rest.)
      const whole = [
        ...new Map(picked.flatMap((p) => (p.unit.quote ? [[p.unit.quote, p.unit] as const] : []))),
      ];
      const passages = whole.map(([q, unit]) => {
        const held = whole.find(([o]) => o !== q && q.includes(o))?.[0];
        return [held ? q.replace(held, "...") : q, unit] as const;
      });
      // ... and so is a sentence two passages share: the second quote adds only what the first lacks.
      const bare = (q: string) =>
        q
          .replace(/\.\.\./g, " ")
          .replace(/\s+/g, " ")
          .trim();
      const chosen = passages
        .map(([quote, unit]) => quoteFor(quote, quoteQuery(ctx, unit), PAIR_QUOTE_WORDS))
        .map((q, i, all) => (i === 0 ? q : withoutShared(q, all[0] ?? "", bare)));
      // A region's quote says whose words they are ("West-Friesland: “...”").
      const label = (i: number) => {
        const l = picked.find((p) => p.unit === passages[i]?.[1])?.label;
        return l ? `${l}: ` : "";
      };
      const quotes = chosen
        .flatMap((q, i) =>
          chosen.some((o, j) => j !== i && bare(o).includes(bare(q)) && (j < i || bare(o) !== bare(q)))
            ? []
            : [`${label(i)}“${q}”`],
        )
        .join(" ");
      if (quotes) facts.push(t(lang, `Letterlijk: ${quotes}`, `In the covenant's words (Dutch): ${quotes}`));
    } else if (picked.every((p) => p.unit.quote)) {
      // Three facts or more (terms set side by side): a few words of each, sharing one quote's room.
      // (Never fewer than 30 words: a shorter cut is a heading, "Doel van het overleg: ...".)
      const room = Math.max(30, Math.floor((QUOTE_WORDS * 1.2) / picked.length));
      const quotes = picked
        .map((p) => quoteFor(p.unit.quote as string, quoteQuery(ctx, p.unit), room))
        .filter(
          (q) =>
            q
              .replace(/\.\.\./g, "")
              .split(/\s+/)
              .filter(Boolean).length >= 6,
        )
        .map((q) => `“${q}”`)
        .join(" ");
      if (quotes) facts.push(t(lang, `Letterlijk: ${quotes}`, `In the covenant's words (Dutch): ${quotes}`));
    }
  }
  if (picked.some((p) => p.unit.kind === "guidance")) facts.push(GUIDANCE_NOTE[lang]);
  const regions = [...new Set(picked.map((p) => p.unit.region).filter((r): r is string => r !== null))];
  const meetings = [...new Set(picked.flatMap((p) => p.unit.meetings ?? []))];
  // "Het convenant noemt geen opzegtermijn": said, with its source and whom to ask, but no answer.
  // (A period asked for, not one said away: "zonder opzegtermijn", "without a notice period".)
  const asks = (w: string) =>
    ` ${ctx.q.normalized} `.includes(` ${w} `) &&
    !new RegExp(`\\b(?:zonder|without|geen|no)\\s+${w}\\b`).test(
      ctx.q.normalized.replace(/\b(without|zonder) (?:a|een)\b/g, "$1"),
    );
  const silent = picked.every((p) => p.unit.silent || p.unit.silentWhen?.some(asks));
  const answer = result(ctx, {
    intent: INTENTS[main.unit.kind],
    facts,
    sources: picked.map((p) => p.unit.source),
    ...(silent ? { answered: false } : {}),
    confidence: silent ? Math.min(confidence, 0.3) : confidence,
    regions: regions.length > 0 ? regions : ctx.q.regions,
    next: nextStep(ctx, regions.length > 0 ? regions : ctx.q.regions),
    ...(meetings.length > 0 ? { meetings } : {}),
  });
  // Kept like any question the covenants do not answer (learning from use).
  return silent ? { ...answer, unanswered: "not-in-covenants" } : answer;
}

/** A short label for a unit in a question back. */
export function unitLabel(ctx: Ctx, u: Unit): string {
  const lang = ctx.q.lang;
  const region = u.region && ctx.q.regions.length !== 1 ? ` (${ctx.kb.region(u.region).name})` : "";
  const { first } = split(u, lang);
  const words = first.split(/\s+/);
  const gist = words.length > 12 ? `${words.slice(0, 12).join(" ")} ...` : first;
  return `${gist}${region}`;
}

/** No unit clearly wins: ask which of the closest is meant. */
export function askBack(ctx: Ctx, options: readonly Ranked[]): Answer {
  const lang = ctx.q.lang;
  const labels = options.map((o) => unitLabel(ctx, o.unit));
  const one = labels.length === 1;
  const answer = result(ctx, {
    intent: "clarify",
    answered: false,
    confidence: 0.3,
    facts: [
      one
        ? t(
            lang,
            "Ik weet niet zeker of ik je vraag goed begrijp. Bedoel je dit?",
            "I am not sure I understand your question. Do you mean this?",
          )
        : t(lang, "Bedoel je een van deze?", "Do you mean one of these?"),
      ...labels.map((l, i) => `${i + 1}. ${l}`),
      one
        ? t(lang, "Kies het, of stel je vraag wat anders.", "Pick it, or put your question differently.")
        : t(lang, "Kies er een, of stel je vraag wat anders.", "Pick one, or put your question differently."),
    ],
    sources: [],
    options: labels,
  });
  return { ...answer, choices: options.map((o) => o.unit.id), unanswered: "asked-back" };
}

/** The closest fact, when it names the thing a refused phrase asks about (the phrase's last word:
 * "het mediabeleid" in "wat staat er in het mediabeleid?"). */
function namingClosest(
  tokens: readonly string[],
  subject: { nl: readonly string[]; en: readonly string[] },
  closest: Unit | undefined,
): Besides | undefined {
  if (!closest) return undefined;
  const things = new Set([...subject.nl, ...subject.en].map((p) => tokenize(normalize(p)).at(-1) ?? ""));
  const said = normalize(`${closest.text.nl} ${closest.text.en}`);
  if (!tokens.some((t) => things.has(t) && said.includes(t))) return undefined;
  return {
    unit: closest,
    unsaid: {
      nl: "De inhoud daarvan staat niet in het convenant; het noemt het stuk alleen.",
      en: "Its contents are not in the covenant, which only names the document.",
    },
  };
}

/** A refusal's line beside it: the closest fact, with what the covenant leaves unsaid. A document
 * the covenant only names; "hoe vaak ...?" answered by a fact that gives no rhythm ("Hoe vaak staat
 * niet in het convenant."); what the covenant says asked where only general guidance comes near,
 * shown as guidance with whom to ask. */
export function besidesFor(
  q: Query,
  whole: { closest?: Ranked; unsaid?: "quantity" | "duration" | "covenant"; near?: Ranked },
  subject?: { nl: readonly string[]; en: readonly string[]; sayClosest?: boolean },
): Besides | undefined {
  const closest = whole.closest;
  if (subject?.sayClosest) return namingClosest(q.tokens, subject, closest?.unit);
  if (!closest) return undefined;
  if (whole.unsaid === "quantity")
    return {
      unit: closest.unit,
      unsaid: { nl: "Hoe vaak staat niet in het convenant.", en: "The covenant does not say how often." },
    };
  if (whole.unsaid === "duration")
    return {
      unit: closest.unit,
      unsaid: { nl: "Hoe lang staat niet in het convenant.", en: "The covenant does not say how long." },
    };
  if (whole.unsaid !== "covenant") return undefined;
  const one = q.regions.length === 1;
  // (A fact of the covenant that comes near, though well below the guidance: the covenant is not
  // called silent, and that fact is shown first, with its article.)
  const near = whole.near?.unit;
  return {
    unit: closest.unit,
    unsaid: near
      ? {
          nl: one
            ? "Het convenant zegt dit niet met zoveel woorden."
            : "De convenanten zeggen dit niet met zoveel woorden.",
          en: one
            ? "The covenant does not say this in so many words."
            : "The covenants do not say this in so many words.",
        }
      : {
          nl: one ? "Daarover zegt het convenant niets." : "Daarover zeggen de convenanten niets.",
          en: one ? "The covenant says nothing about that." : "The covenants say nothing about that.",
        },
    ...(near ? { near } : {}),
    lead: { nl: "Algemene richtlijn:", en: "General guidance:" },
    after: GUIDANCE_NOTE,
  };
}

/** The fact nearest to a question the covenant does not answer, and what of it is left unsaid. */
export interface Besides {
  unit: Unit;
  unsaid: { nl: string; en: string };
  /** What comes before the fact shown ("Wel zegt het convenant:" when not given). */
  lead?: { nl: string; en: string };
  /** A line after it. */
  after?: { nl: string; en: string };
  /** The covenant's own nearest fact, shown before it. */
  near?: Unit;
}

/** The covenants do not say: refuse, and say whom to ask. */
export function notInCovenants(
  ctx: Ctx,
  ask?: { nl: string; en: string },
  chosen?: string,
  unknownWords: readonly string[] = [],
  besides?: Besides,
): Answer {
  const lang = ctx.q.lang;
  const regions = ctx.q.regions;
  const words = unknownWords.map((w) => `"${w}"`).join(", ");
  const answer = result(ctx, {
    intent: "unknown",
    answered: false,
    confidence: 0,
    facts: [
      besides
        ? besides.unsaid[lang]
        : words
          ? t(
              lang,
              `Over ${words} zeggen de convenanten niets specifieks: dat staat niet in de convenanten schoolveiligheid die ik ken.`,
              `The covenants say nothing specific about ${words}: it is not in the school-safety covenants I know.`,
            )
          : t(
              lang,
              "Dat staat niet in de convenanten schoolveiligheid die ik ken, dus daar kan ik geen betrouwbaar antwoord op geven.",
              "The school-safety covenants I know do not say, so I cannot give a reliable answer.",
            ),
      ...(besides?.near
        ? [
            t(
              lang,
              `Het dichtst erbij komt ${besides.near.source.ref}: ${besides.near.text.nl}`,
              `Closest in the covenant is ${besides.near.source.ref}: ${besides.near.text.en}`,
            ),
          ]
        : []),
      ...(besides
        ? [
            t(
              lang,
              `${besides.lead?.nl ?? "Wel zegt het convenant:"} ${besides.unit.text.nl}`,
              `${besides.lead?.en ?? "What the covenant does say:"} ${besides.unit.text.en}`,
            ),
            ...(besides.after ? [besides.after[lang]] : []),
          ]
        : []),
    ],
    sources: besides ? [...(besides.near ? [besides.near.source] : []), besides.unit.source] : [],
    next: ask ? `${t(lang, "Vraag het", "Ask")} ${ask[lang]}.` : nextStep(ctx, regions),
  });
  return { ...answer, unanswered: "not-in-covenants", ...(chosen ? { unit: chosen } : {}) };
}

/** A second quote less the sentences the first already shows ("A ... C" for "A B C" after "B"), or
 * nothing when only a few words are left. */
function withoutShared(second: string, first: string, bare: (q: string) => string): string {
  const shown = bare(first);
  const sentences = sentencesOf(second);
  const kept = sentences.filter((x) => {
    const b = bare(x);
    return b.length < 20 || !shown.includes(b);
  });
  if (kept.length === sentences.length) return second;
  // (What is left of it, a few words, says nothing on its own.)
  if (bare(kept.join(" ")).split(" ").length < 10) return "";
  return kept
    .join(" ... ")
    .replace(/(?:\.\.\.\s*){2,}/g, "... ")
    .trim();
}
