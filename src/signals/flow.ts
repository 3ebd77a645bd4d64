/**
 * The /signaal conversation: log an anonymous signal in as few taps as possible, read the
 * gemeente's questions about it with its code, and, for the gemeente, an overview, questions
 * and exports. Nothing that identifies the reporter is kept: the half-finished signal lives
 * in memory under a keyed hash of the sender, and the stored signal has no user, conversation
 * or message id and no time, only the ISO week. The half-finished signal and the questions
 * for what it misses are in draft.ts, a reporter's follow-up by code in follow-up.ts.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { newCode } from "../core/codes.ts";
import type { ChatFeature } from "../core/commands.ts";
import { type Lang, msg } from "../core/i18n.ts";
import { type Logger, withTime } from "../core/logger.ts";
import type { Conversation, IncomingMessage, Reply, Sender } from "../core/message.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, RegionKnowledge } from "../knowledge/schema.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import {
  isoWeek,
  KIND_LABELS,
  KINDS,
  type Kind,
  type Signal,
  THEME_LABELS,
  THEME_LABELS_EN,
  THEMES,
  type Theme,
} from "../model/signals.ts";
import { askForMissing, confirmButtons, type Draft, infer, privately } from "./draft.ts";
import { emergencyText, pointsAtEmergency } from "./emergency.ts";
import { followUp } from "./follow-up.ts";
import { agendaDraft, gemeenteCommand } from "./gemeente.ts";
import { findPersonalData, redact } from "./pii.ts";

export interface SignalContext {
  sender: Sender;
  conversation: Conversation;
  /** The region of the chat or the user, if known. */
  region: string | null;
  person: Person | undefined;
  /** The platform can show this reply to the sender alone (Slack ephemeral, a direct chat). */
  canReplyPrivately: boolean;
  /** The language of this message: English for /signal, else the one it is written in. */
  lang?: Lang;
  /** The language was chosen with the command's English name, not read from the text. */
  explicit?: boolean;
}

const DRAFT_TTL_MS = 30 * 60 * 1000;
const RATE_LIMIT = { count: 10, windowMs: 60 * 60 * 1000 };

export interface SignalsDeps {
  /** Signals, and the half-finished ones (conversation state), so any instance can go on. */
  ports: Pick<StoragePorts, "signals" | "state">;
  /**
   * Key of the hash under which a half-finished signal is kept (SIGNAL_KEY): shared by every
   * instance, never stored. Without it each process draws its own.
   */
  secret?: string;
  /**
   * Key of the hashes under which a /signaal message's id is kept, so a redelivered message is
   * logged once (from SIGNAL_KEY, or a key the store keeps). Without it each process draws its own.
   */
  messageKey?: string;
  knowledge: KnowledgeBase;
  logger: Logger;
  /** Signals older than this are deleted. */
  retentionMonths: number;
  now?: () => Date;
}

/** Typed answers to the personal-data hold, for chats without buttons: the button they stand for. */
const TYPED_CHOICES: Array<[RegExp, string]> = [
  [/^(ja|yes|bewaar|keep|bevestig|confirm)$/, "signaal:confirm"],
  [/^(aanpassen|pas aan|edit)$/, "signaal:edit"],
  [/^(nee|no|annuleer|annuleren|cancel)$/, "signaal:cancel"],
];

/** The words of the gemeente's subcommands, in English as the Dutch ones they stand for. */
const GEMEENTE_WORDS: Record<string, string> = {
  overzicht: "overzicht",
  overview: "overzicht",
  vraag: "vraag",
  question: "vraag",
  export: "export",
};

export class Signals {
  private readonly deps: SignalsDeps;
  /** Key of the sender hashes: a hash means nothing without it, and it is never stored. */
  private readonly secret: string | Buffer;
  private readonly messageKey: string | Buffer;

  /** Signal events are logged with their ISO week, never the time of day they happened. */
  private readonly log: Logger;

  constructor(deps: SignalsDeps) {
    this.deps = deps;
    this.secret = deps.secret ?? randomBytes(32);
    this.messageKey = deps.messageKey ?? randomBytes(32);
    this.log = withTime(deps.logger, () => isoWeek(this.now()));
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private key(sender: Sender): string {
    const who = `${sender.platform}:${sender.id}${sender.session ? `#${sender.session}` : ""}`;
    return createHmac("sha256", this.secret).update(who).digest("hex");
  }

  /**
   * True the first time a /signaal message (or a click in the flow) is seen, by the platform's
   * message id alone: only a keyed hash of it is kept, with its ISO week.
   */
  async firstMessage(messageKey: string): Promise<boolean> {
    const hash = createHmac("sha256", this.messageKey).update(messageKey).digest("hex").slice(0, 32);
    return this.deps.ports.signals.firstMessage(hash, isoWeek(this.now()));
  }

  /** The half-finished signal of a sender, kept under a keyed hash only, for 30 minutes. */
  private async draft(k: string): Promise<Draft | undefined> {
    return this.deps.ports.state.get<Draft>("signal-draft", k, this.now().getTime());
  }

  private async keep(k: string, draft: Draft): Promise<void> {
    await this.deps.ports.state.set("signal-draft", k, draft, draft.expires);
  }

  private async forget(k: string): Promise<void> {
    await this.deps.ports.state.delete("signal-draft", k);
  }

  private region(id: string): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Handles `/signaal ...`. */
  /**
   * /signaal and the buttons of its flow. Anonymous: the router keeps no event id, last-message
   * time or reference for them; a redelivery is recognised by a keyed hash of the message id.
   */
  get feature(): ChatFeature {
    const context = (message: IncomingMessage, person: Person | undefined, region: string | null) => ({
      sender: message.sender,
      conversation: message.conversation,
      region,
      person,
      canReplyPrivately: message.conversation.kind === "direct" || message.privateReplies === true,
    });
    return {
      id: "signals",
      commands: {
        signaal: (c) =>
          this.command(c.args, {
            ...context(c.message, c.person, c.region),
            lang: c.lang,
            explicit: c.english,
          }),
      },
      buttons: {
        signaal: ({ click, person, region }) =>
          this.click(
            click.value,
            context({ ...click, text: "", addressed: true, privateReplies: true }, person, region),
          ),
      },
      anonymous: (messageKey) => this.firstMessage(messageKey),
    };
  }

  async command(args: string, ctx: SignalContext): Promise<Reply> {
    const words = args.trim();
    const first = normalize(words.split(/\s+/)[0] ?? "");
    const gemeente = GEMEENTE_WORDS[first];
    if (gemeente) return this.gemeente(gemeente, words.slice(first.length).trim(), ctx);
    const code = words.match(/^([A-Za-z2-9]{4}-[A-Za-z2-9]{4})\b\s*([\s\S]*)$/);
    if (code) return followUp(this.deps.ports, (code[1] as string).toUpperCase(), code[2] ?? "", ctx.lang);
    if (!ctx.canReplyPrivately) return privately(msg(ctx.lang, "signal.privateOnly"));
    const k = this.key(ctx.sender);
    const emergency = words && pointsAtEmergency(words);
    const open = await this.draft(k);
    // "/signaal ja" (or yes, aanpassen, nee ...) answers the personal-data hold as its buttons do.
    const typed = open?.awaitingConfirmation && TYPED_CHOICES.find(([re]) => re.test(normalize(words)));
    if (typed) return this.click(typed[1], ctx);
    // A guided signal waiting for its description continues; anything else starts afresh.
    const continued = open && !open.text && words ? open : undefined;
    const draft: Draft = continued ?? { expires: this.now().getTime() + DRAFT_TTL_MS };
    draft.expires = this.now().getTime() + DRAFT_TTL_MS;
    // The flow keeps the language it started in, unless the command's English name asks for English.
    if (ctx.lang && (!continued || ctx.explicit || !draft.lang)) draft.lang = ctx.lang;
    if (ctx.region && !draft.region) draft.region = ctx.region;
    await this.keep(k, draft);
    let lead = "";
    if (emergency) {
      lead = `${emergencyText(this.deps.knowledge, ctx.region, draft.lang)}\n\n`;
      this.log.info("signal: emergency answer given");
    }
    if (!words) return this.next(k, draft, lead);
    return this.withText(k, draft, words, lead);
  }

  /** Handles a button click of the /signaal flow. */
  async click(value: string, ctx: SignalContext): Promise<Reply> {
    const k = this.key(ctx.sender);
    const draft = await this.draft(k);
    if (!draft) return privately(msg(ctx.lang, "signal.expired"));
    const lang = draft.lang;
    const [, field, v = ""] = value.split(":");
    if (field === "cancel") {
      await this.forget(k);
      return privately(msg(lang, "signal.cancelled"));
    }
    if (field === "kind" && (KINDS as readonly string[]).includes(v)) draft.kind = v as Kind;
    else if (field === "theme" && (THEMES as readonly string[]).includes(v)) draft.theme = v as Theme;
    else if (field === "region" && this.region(v)) draft.region = v;
    else if (field === "wijk" && v === "-") draft.wijk = null;
    else if (field === "wijk") {
      const known = this.region(draft.region ?? "")?.wijken.some((w) => w.id === v);
      if (!known) {
        this.log.warn("signal flow: unknown wijk in button value");
        return this.next(k, draft, msg(lang, "signal.unknownWijk"));
      }
      draft.wijk = v;
    } else if (field === "confirm" && draft.awaitingConfirmation) draft.awaitingConfirmation = false;
    else if (field === "edit" && draft.awaitingConfirmation) {
      // The next /signaal text replaces this one and is checked again; the choices made so far stay.
      delete draft.text;
      draft.awaitingConfirmation = false;
      await this.keep(k, draft);
      return privately(msg(lang, "signal.edit"));
    }
    return this.next(k, draft, "");
  }

  private async withText(k: string, draft: Draft, text: string, lead: string): Promise<Reply> {
    const lang = draft.lang;
    if (text.length > 2000) return privately(lead + msg(lang, "signal.tooLong", { length: text.length }));
    if (!/[\p{L}\p{N}]/u.test(text)) return privately(lead + msg(lang, "signal.noWords"));
    const findings = findPersonalData(text, { knowledge: this.deps.knowledge });
    draft.text = findings.length > 0 ? redact(text, findings) : text;
    draft.awaitingConfirmation = findings.length > 0;
    infer(draft, text, this.deps.knowledge);
    if (findings.length > 0) {
      await this.keep(k, draft);
      const kinds = [...new Set(findings.map((f) => msg(lang, `pii.${f.kind}`)))].join(", ");
      const found = findings.map((f) => `"${f.text}"`).join(", ");
      return privately(
        lead + msg(lang, "signal.personalData", { kinds, found, text: draft.text }),
        confirmButtons(lang),
      );
    }
    return this.next(k, draft, lead);
  }

  /** Asks for what is missing, or stores the signal when nothing is. */
  private async next(k: string, draft: Draft, lead: string): Promise<Reply> {
    await this.keep(k, draft);
    return askForMissing(draft, lead, this.deps.knowledge) ?? this.save(k, draft, lead);
  }

  private async save(k: string, draft: Draft, lead: string): Promise<Reply> {
    const hits = await this.deps.ports.state.hit("signal-rate", k, this.now().getTime(), RATE_LIMIT.windowMs);
    if (hits > RATE_LIMIT.count) {
      await this.forget(k);
      this.log.warn("signal: rate limit reached");
      return privately(msg(draft.lang, "signal.rateLimit"));
    }
    const signal: Signal = {
      id: randomUUID(),
      code: newCode(),
      kind: draft.kind as Kind,
      theme: draft.theme as Theme,
      region: draft.region as string,
      wijk: draft.wijk ?? null,
      school: draft.school ?? null,
      week: isoWeek(this.now()),
      text: draft.text as string,
      questions: [],
    };
    await this.deps.ports.signals.add(signal);
    await this.forget(k);
    this.log.info("signal logged", { region: signal.region, kind: signal.kind, theme: signal.theme });
    const where = [
      this.region(signal.region)?.name,
      signal.wijk ? this.region(signal.region)?.wijken.find((w) => w.id === signal.wijk)?.name : null,
    ]
      .filter(Boolean)
      .join(", ");
    const en = draft.lang === "en";
    return privately(
      lead +
        msg(draft.lang, "signal.saved", {
          kind: KIND_LABELS[signal.kind][en ? "en" : "nl"].toLowerCase(),
          theme: (en ? THEME_LABELS_EN : THEME_LABELS)[signal.theme].toLowerCase(),
          where,
          week: signal.week,
          code: signal.code,
        }),
    );
  }

  private gemeente(what: string, rest: string, ctx: SignalContext): Promise<Reply> {
    return gemeenteCommand(this.deps, this.now(), what, rest, ctx);
  }

  /**
   * The signals part of a signaaloverleg agenda: what was logged in the region since the
   * previous meeting (or the last 12 weeks), with the same small-count rule as the overview.
   */
  agendaDraft(region: string, since: Date | null): Promise<string> {
    return agendaDraft(this.deps, this.now(), region, since);
  }

  /** Deletes signals older than the retention period; returns how many. */
  async applyRetention(): Promise<number> {
    const cutoff = new Date(this.now());
    cutoff.setUTCMonth(cutoff.getUTCMonth() - this.deps.retentionMonths);
    const oldest = isoWeek(cutoff);
    const removed = await this.deps.ports.signals.prune(oldest);
    // A platform redelivers for up to 7 days: a week's message hashes go once its last day is
    // more than 7 days ago.
    await this.deps.ports.signals.pruneMessages(isoWeek(new Date(this.now().getTime() - 8 * 86_400_000)));
    this.deps.logger.info("signals retention applied", { deleted: removed });
    return removed;
  }
}
