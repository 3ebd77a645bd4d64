/**
 * The platform-neutral bot: decides whether to answer a message, routes commands to their
 * handlers and questions to the answering engine, and records feedback clicks.
 */

import { randomBytes } from "node:crypto";
import { type ChatFeature, COMMANDS, parseCommand, resolveCommand } from "../core/commands.ts";
import { type MessageId, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { answerOutcome, type Observer } from "../core/observer.ts";
import { type Engine, NO_DATE_LEAD } from "../engine/engine.ts";
import { detectLanguage, type Language } from "../engine/language.ts";
import { normalize, tokenize } from "../engine/text.ts";
import type { Answer } from "../engine/types.ts";
import { registry } from "../kernel/feature.ts";
import type { ButtonClick, ChatHandler } from "../kernel/message.ts";
import type { MeetingPlan } from "../meetings/plan.ts";
import type { StoragePorts } from "../model/ports.ts";
import { askWithContacts, rosterContacts } from "../people/contacts.ts";
import { keptQuestion } from "./questions.ts";

export interface BotDeps {
  engine: Engine;
  /** Ratings of answers go through their port. */
  ports: Pick<StoragePorts, "feedback" | "people" | "conversations" | "users" | "events">;
  logger: Logger;
  /** The meeting plan: an answer about a meeting says when the next one is. */
  plan: MeetingPlan;
  /** The features whose commands and buttons the bot dispatches to, besides its own (/vraag, /help, /contact). */
  features: ChatFeature[];
  /** Counts answers by outcome, for the metrics. */
  observer?: Observer;
  /** Clock (tests). */
  now?: () => number;
  /** Whether a platform delivers slash commands apart from text (its declared capability). */
  nativeCommands?: (platform: string) => boolean;
}

/** The bot is the kernel's ChatHandler: what every adapter hands messages and clicks to. */
export type Bot = ChatHandler;

/** The lines of /help, in this order. */
const HELP_LINES = [
  "help.intro",
  "help.ask",
  "help.contact",
  "help.link",
  "help.webchat",
  "help.help",
  "help.signal",
  "help.share",
  "help.trend",
  "help.meeting",
  "help.invite",
  "help.join",
  "help.dashboard",
  "help.group",
] as const satisfies readonly MessageId[];

/** The answer with a line added after its facts, before the source. */
function withLine(answer: Answer, line: string): Answer {
  const lines = answer.answer.split("\n");
  const at = lines.findIndex((l) => /^(Bron|Bronnen|Source|Sources): /.test(l));
  lines.splice(at < 0 ? lines.length : at, 0, line);
  return { ...answer, answer: lines.join("\n") };
}
const key = (platform: string, id: string) => `${platform}:${id}`;

/** How many answered questions are held in memory for a later "niet nuttig" rating. */
const MAX_RECENT_QUESTIONS = 2000;

/** How many deferred conversation references are held at most. */
const MAX_PENDING_REFERENCES = 10_000;

export function createBot(deps: BotDeps): Bot {
  const { engine, logger, plan } = deps;
  /**
   * References of direct conversations not stored yet: written with the first message that is
   * not a signal, so that a first contact that only logs a signal leaves no trace in the store.
   */
  const pendingReferences = new Map<string, unknown>();

  const { ports } = deps;

  async function storeReference(k: string, reference: unknown): Promise<void> {
    const current = await ports.conversations.get(k);
    if (current && JSON.stringify(current.reference) === JSON.stringify(reference)) return;
    await ports.conversations.patch(k, { reference });
  }

  async function regionOf(message: IncomingMessage): Promise<string | null> {
    if (message.region) return message.region;
    const conv = await ports.conversations.get(key(message.conversation.platform, message.conversation.id));
    if (conv?.region) return conv.region;
    return (await ports.users.get(key(message.sender.platform, message.sender.id)))?.region ?? null;
  }

  /** The roster person behind the sender (on the web chat the adapter names the person). */
  const personOf = (sender: { platform: string; id: string }) =>
    sender.platform === "web"
      ? ports.people.byId(sender.id)
      : ports.people.byAccount(key(sender.platform, sender.id));

  const now = deps.now ?? (() => Date.now());
  /**
   * The questions behind the answers shown last, by a short random key in their "niet nuttig"
   * button, so that a rating can keep the question; held in memory only, the newest few.
   */
  const recent = new Map<string, { question: string; unit?: string }>();
  function rememberQuestion(question: string, unit: string | undefined): string {
    const k = randomBytes(6).toString("hex");
    recent.set(k, unit ? { question, unit } : { question });
    if (recent.size > MAX_RECENT_QUESTIONS) recent.delete(recent.keys().next().value as string);
    return k;
  }

  function feedbackButtons(answer: Answer, lang: Language, question?: string): Reply["buttons"] {
    if (!answer.answered) return undefined;
    const tag = `${answer.intent}:${[...new Set(answer.sources.map((s) => s.covenant))].join(",")}`;
    const k = question ? `:${rememberQuestion(question, answer.unit)}` : "";
    // The thanks for a click come in the answer's language.
    const suffix = lang === "en" ? ":en" : "";
    return [
      { id: "feedback-yes", label: msg(lang, "feedback.helpful"), value: `feedback:yes:${tag}${suffix}` },
      {
        id: "feedback-no",
        label: msg(lang, "feedback.notHelpful"),
        value: `feedback:no:${tag}${suffix}${k}`,
      },
    ];
  }

  /** A question back: one numbered button per option; a click answers with that unit. */
  function choiceButtons(answer: Answer): Reply["buttons"] {
    if (!answer.choices) return undefined;
    return answer.choices.map((unit, i) => ({
      id: `vraag-${i + 1}`,
      label: String(i + 1),
      value: `vraag:${answer.language}:${unit}`,
    }));
  }

  async function answerReply(
    question: string,
    message: IncomingMessage,
    language?: Language,
  ): Promise<Reply> {
    const options = { region: await regionOf(message), ...(language ? { language } : {}) };
    // Who holds a role now is in the roster: asked again with the people who hold it.
    const first = await askWithContacts(engine, ports.people, question, options);
    // An answer about a meeting also says when the next one is planned, if it is; a question
    // for that date is then answered.
    const planned = first.meetings ? await plan.nextLine(first.meetings, first.language) : undefined;
    const asked: Answer =
      planned && first.unanswered === "no-date"
        ? {
            ...first,
            answered: true,
            answer: first.answer
              .split("\n")
              .filter((l) => l !== NO_DATE_LEAD[first.language])
              .join("\n"),
            unanswered: undefined,
          }
        : first;
    deps.observer?.answer?.(answerOutcome(asked), message.conversation.platform);
    if (asked.unanswered)
      await ports.feedback.add(
        keptQuestion(question, message.conversation.platform, asked.unanswered, now(), {
          unit: asked.unit,
          intent: asked.intent,
        }),
      );
    const answer = planned ? withLine(asked, planned) : asked;
    const buttons = feedbackButtons(answer, answer.language, question) ?? choiceButtons(answer);
    return { text: answer.answer, answer, visibility: "public", ...(buttons ? { buttons } : {}) };
  }

  function helpText(lang: Language): string {
    return HELP_LINES.map((id) => msg(lang, id)).join("\n");
  }

  async function contact(message: IncomingMessage, args: string, lang: Language): Promise<Reply> {
    if (!args) {
      return {
        text: msg(lang, "contact.usage"),
        visibility: "ephemeral",
      };
    }
    const [role = "", ...target] = args.split(/\s+/);
    const question = target.length > 0 ? `wie is de ${role} voor ${target.join(" ")}` : `wie is de ${role}`;
    const contacts = rosterContacts(await ports.people.all());
    const answer = engine.ask(question, {
      region: await regionOf(message),
      language: lang,
      ...(contacts.length > 0 ? { contacts } : {}),
    });
    if (answer.intent !== "contact" && answer.intent !== "clarify") {
      return {
        text: msg(lang, "contact.unknownRole", { role }),
        visibility: "ephemeral",
      };
    }
    return { text: answer.answer, answer, visibility: "public" };
  }

  /** The bot's own commands and buttons: questions, help, contacts, ratings, choices. */
  const ask: ChatFeature = {
    id: "ask",
    commands: {
      // "/help en" (or "help english") for the English help with the English command names.
      help: async (c) => ({
        text: helpText(/^(en|english|engels)$/i.test(c.args) ? "en" : c.lang),
        visibility: "ephemeral",
      }),
      // "/ask" is answered in English; "/vraag" in the language of the question.
      vraag: async (c) =>
        c.args
          ? answerReply(c.args, c.message, c.english ? "en" : undefined)
          : { text: msg(c.lang, "ask.usage"), visibility: "ephemeral" },
      contact: (c) => contact(c.message, c.args, c.lang),
    },
    buttons: { vraag: async ({ click }) => choice(click.value), feedback: ({ click }) => rate(click) },
  };
  const features = registry(COMMANDS, [ask, ...deps.features]);

  /** A click on a numbered option of a question back: the answer from that unit. */
  function choice(value: string): Reply | null {
    const m = value.match(/^vraag:(nl|en):(.+)$/);
    const answer = m ? engine.explain(m[2] as string, { language: m[1] as Language }) : undefined;
    if (!answer) return null;
    const buttons = feedbackButtons(answer, answer.language);
    return { text: answer.answer, answer, visibility: "public", ...(buttons ? { buttons } : {}) };
  }

  /** A rating of an answer: date, platform and what was rated; the question only for "niet nuttig". */
  async function rate(click: ButtonClick): Promise<Reply | null> {
    const m = click.value.match(/^feedback:(yes|no):([^:]*):([^:]*)(?::(en))?(?::([0-9a-f]+))?$/);
    if (!m) {
      logger.warn("unknown button value", { platform: click.conversation.platform });
      return null;
    }
    const [, verdict, intent = "", covenants = "", en, asked] = m;
    const kept = verdict === "no" && asked ? recent.get(asked) : undefined;
    const rating = {
      helpful: verdict === "yes",
      intent,
      covenants: covenants ? covenants.split(",") : [],
    };
    await deps.ports.feedback.add(
      kept
        ? keptQuestion(kept.question, click.conversation.platform, "not-helpful", now(), {
            ...rating,
            unit: kept.unit,
          })
        : {
            on: new Date(now()).toISOString().slice(0, 10),
            platform: click.conversation.platform,
            ...rating,
          },
    );
    return {
      text: msg(en ? "en" : "nl", verdict === "yes" ? "feedback.thanks" : "feedback.thanksImprove"),
      visibility: "ephemeral",
    };
  }

  /** The command's feature answers it, with who sent it per the roster. */
  async function command(
    message: IncomingMessage,
    parsed: { name: string; args: string; english: boolean },
    lang: Language,
  ): Promise<Reply> {
    const entry = features.command(parsed.name);
    if (!entry) {
      logger.info("unknown command", { platform: message.conversation.platform, command: parsed.name });
      return { text: msg(lang, "command.unknown", { name: parsed.name }), visibility: "ephemeral" };
    }
    return entry.handle({
      message,
      args: parsed.args,
      lang,
      english: parsed.english,
      person: await personOf(message.sender),
      region: await regionOf(message),
    });
  }

  return {
    async handle(message) {
      if (message.fromBot) return null;
      const direct = message.conversation.kind === "direct";
      const platform = message.conversation.platform;
      // Where command words address the bot (a WhatsApp group), "vraag ..." does; chatter does not.
      const byCommandWord =
        message.commandWordsAddress === true &&
        !message.addressed &&
        (parseCommand(message.text, false)?.name ?? "unknown") !== "unknown";
      if (!direct && !message.addressed && !message.command && !byCommandWord) return null;
      const parsed = message.command
        ? (() => {
            const raw = message.command.name.replace(/^\//, "").toLowerCase();
            const r = resolveCommand(raw);
            return { name: r?.name ?? raw, args: message.command.args.trim(), english: r?.english ?? false };
          })()
        : (() => {
            const c = parseCommand(message.text, deps.nativeCommands?.(platform) ?? false);
            if (!c) return undefined;
            return c.name === "unknown"
              ? { name: c.raw, args: c.args, english: false }
              : { name: c.name, args: c.args, english: c.english ?? false };
          })();
      // A command by its English name is answered in English; else in the language of its words
      // (Dutch when they do not tell, as for a bare "/overleg").
      const lang: Language = parsed?.english
        ? "en"
        : detectLanguage(tokenize(normalize(message.command?.args ?? message.text)));
      const name = parsed?.name === "hulp" ? "help" : parsed?.name;
      const anonymous = name ? features.command(name)?.feature.anonymous : undefined;
      if (parsed && name && anonymous) {
        // Nothing about the sender is written: no event id (only its keyed hash), no last-message
        // time, no reference, no log of the text.
        if (!(await anonymous(key(platform, message.id)))) return null;
        return command(message, { ...parsed, name }, lang);
      }
      if (!(await ports.events.first(key(platform, message.id), Date.now()))) {
        logger.info("redelivered event ignored", { platform, event: message.id });
        return null;
      }
      const conversationKey = key(platform, message.conversation.id);
      const pending = pendingReferences.get(conversationKey);
      if (pending !== undefined) {
        pendingReferences.delete(conversationKey);
        await storeReference(conversationKey, pending);
      }
      // The time of a user's last message opens WhatsApp's 24-hour window; minutes are enough.
      const userKey = key(message.sender.platform, message.sender.id);
      const last = (await ports.users.get(userKey))?.lastMessageAt ?? 0;
      if (Date.now() - last > 60_000) await ports.users.patch(userKey, { lastMessageAt: Date.now() });
      if (parsed && name) return command(message, { ...parsed, name }, lang);
      if (!message.text.trim()) return { text: helpText(lang), visibility: "ephemeral" };
      // An answer to something a feature asked this person before goes to that feature.
      if (direct)
        for (const { handle } of features.repliers()) {
          const person = await personOf(message.sender);
          if (!person) break;
          const reply = await handle({
            message,
            args: message.text.trim(),
            lang,
            english: false,
            person,
            region: await regionOf(message),
          });
          if (reply) return reply;
        }
      return answerReply(message.text, message);
    },

    async remember(conversation, reference) {
      const k = key(conversation.platform, conversation.id);
      if (conversation.kind === "direct" && !(await ports.conversations.get(k))) {
        if (pendingReferences.size >= MAX_PENDING_REFERENCES) pendingReferences.clear();
        pendingReferences.set(k, reference);
        return;
      }
      await storeReference(k, reference);
    },

    async click(click) {
      const entry = features.button(click.value);
      // A platform may deliver a click twice (a webhook retried, an action re-sent): once only.
      // For an anonymous feature only its keyed hash of the click is kept, as for its messages.
      if (click.id) {
        const k = key(click.conversation.platform, `click:${click.sender.id}:${click.id}`);
        const anonymous = entry?.feature.anonymous;
        if (!(await (anonymous ? anonymous(k) : ports.events.first(k, Date.now())))) {
          logger.info("redelivered click ignored", { platform: click.conversation.platform });
          return null;
        }
      }
      if (!entry) {
        logger.warn("unknown button value", { platform: click.conversation.platform });
        return null;
      }
      const message = { ...click, text: "", addressed: true };
      return entry.handle({ click, person: await personOf(click.sender), region: await regionOf(message) });
    },
  };
}
