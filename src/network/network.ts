/**
 * The network: trend alerts from the gemeente to every conversation of a region or wijk
 * (/trend), and short messages from any member to their wijk network (/deel), on every
 * platform at once, through the outbox, with a delivery report for the sender.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { ChatFeature, CommandContext } from "../core/commands.ts";
import { count, type Lang, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Platform, Reply } from "../core/message.ts";
import { type Acting, acting, actor, hasRole, langOf } from "../core/roster.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { privateTarget } from "../delivery/private.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import {
  type OutboundMessage,
  PLATFORM_NAMES,
  perPlatform,
  type Target,
  targetKey,
} from "../model/delivery.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { findPersonalData } from "../signals/pii.ts";
import { networkOf, ownTargets } from "./recipients.ts";
import { reportText } from "./report.ts";

export interface NetworkDeps {
  /** The outbox and the network's people, and the previews waiting for "Versturen" (state). */
  ports: Pick<StoragePorts, "outbox" | "people" | "conversations" | "users" | "state">;
  knowledge: KnowledgeBase;
  logger: Logger;
  outbox: Outbox;
  /** /trend and /deel messages one person may send per hour. */
  perHour?: number;
  now?: () => number;
}

/** The command as the person typed it: /share for /deel in English. */
const cmd = (kind: Kind, p: Person | undefined) => (langOf(p) === "en" && kind === "deel" ? "share" : kind);

export interface NetworkContext {
  message: IncomingMessage;
  person: Person | undefined;
  /** The region of the conversation or user, when known. */
  region: string | null;
}

const MAX_TEXT = 1000;

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
/** WhatsApp template parameters may not hold line breaks, tabs or long runs of spaces. */
const templateParam = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A message shown to its sender as a preview, sent only when they confirm it. Kept as
 * conversation state, so the confirmation may reach another instance than the preview did.
 */
interface Held {
  by: string;
  kind: Kind;
  lang?: Lang | undefined;
  person: Acting;
  /** Where the command came from (its text left out): for the sender's own chats and report. */
  message: IncomingMessage;
  region: string;
  wijk: string | null;
  outbound: OutboundMessage;
  label: string;
}
const HELD = "broadcast-held";
/** The newest preview of a sender and kind, for "/trend ja" typed instead of the button. */
const NEWEST = "broadcast-newest";
type Kind = "trend" | "deel";
const HOLD_MS = 10 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** How long after sending a message can still be withdrawn. */
const WITHDRAW_MS = 15 * 60 * 1000;

export class Network {
  private readonly deps: NetworkDeps;
  constructor(deps: NetworkDeps) {
    this.deps = deps;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** Batches the person sent in the last hour with /trend or /deel. */
  private async sentThisHour(person: Person): Promise<number> {
    const since = this.now() - HOUR_MS;
    const mine = async (kind: Kind) =>
      (await this.deps.ports.outbox.batchesBy(kind, actor(person))).filter((b) => b.createdAt > since).length;
    return (await mine("trend")) + (await mine("deel"));
  }

  private async overLimit(person: Person): Promise<Reply | undefined> {
    const limit = this.deps.perHour ?? 5;
    if ((await this.sentThisHour(person)) < limit) return undefined;
    this.deps.logger.warn("broadcast limit reached", { limit });
    return ephemeral(msg(langOf(person), "broadcast.limit", { limit }));
  }

  /**
   * A message to the whole network goes out only after its sender has seen it with the
   * number of conversations it reaches, and said "Versturen". What looks like personal data
   * is pointed out in the same preview: the WhatsApp groups this replaces often carried it.
   */
  private async preview(held: Held, where: string, targets: Target[], text: string): Promise<Reply> {
    const { kind, person, label, outbound } = held;
    const { state } = this.deps.ports;
    const expires = this.now() + HOLD_MS;
    // A new preview replaces the sender's previous one of the same kind.
    const newest = `${kind}:${held.by}`;
    const previous = await state.get<string>(NEWEST, newest, this.now());
    if (previous) await state.delete(HELD, previous);
    const id = randomBytes(9).toString("base64url");
    await state.set(HELD, id, held, expires);
    await state.set(NEWEST, newest, id, expires);
    const findings = findPersonalData(text);
    const lang = langOf(person);
    const kinds = [...new Set(findings.map((f) => msg(lang, `pii.${f.kind}`)))].join(", ");
    const found = findings.map((f) => `"${f.text}"`).join(", ");
    const warning = findings.length ? `${msg(lang, "broadcast.personalData", { kinds, found })}\n\n` : "";
    const to = `${count(lang, targets.length, "conversation")} (${perPlatform(targets)})`;
    const preview = {
      label: label.toLowerCase(),
      where,
      count: to,
      text: outbound.text,
      command: cmd(kind, person),
    };
    return {
      text: warning + msg(lang, "broadcast.preview", preview),
      buttons: [
        {
          id: `netwerk:verstuur:${id}`,
          label: msg(lang, findings.length ? "broadcast.button.sendAnyway" : "broadcast.button.send"),
          value: `netwerk:verstuur:${id}`,
        },
        {
          id: `netwerk:annuleer:${id}`,
          label: msg(lang, "broadcast.button.dontSend"),
          value: `netwerk:annuleer:${id}`,
        },
      ],
      visibility: "ephemeral",
    };
  }

  /** /trend and /deel, and the buttons under their previews. */
  get feature(): ChatFeature {
    const context = (c: CommandContext): NetworkContext => ({
      message: c.message,
      person: acting(c.person, c.message.sender.session, c.lang),
      region: c.region,
    });
    return {
      id: "network",
      commands: {
        trend: (c) => this.trend(c.args, context(c)),
        deel: (c) => this.deel(c.args, context(c)),
      },
      buttons: {
        netwerk: ({ click, person }) => this.click(click.value, acting(person, click.sender.session)),
      },
    };
  }

  /** A click on "Versturen" / "Niet versturen" under a preview. */
  async click(value: string, person: Person | undefined): Promise<Reply> {
    const [, action, id = ""] = value.split(":");
    const { state } = this.deps.ports;
    const waiting = await state.get<Held>(HELD, id, this.now());
    // Taken, not read: of two clicks reaching two instances, one sends.
    const held =
      waiting && person && waiting.by === actor(person)
        ? await state.take<Held>(HELD, id, this.now())
        : undefined;
    if (!held) return ephemeral(`${msg("nl", "broadcast.expired")} / ${msg("en", "broadcast.expired")}`);
    return action === "verstuur" ? this.confirmed(held) : ephemeral(msg(held.lang, "broadcast.notSent"));
  }

  /** Sends what its sender confirmed, unless they reached their hourly limit meanwhile. */
  private async confirmed(held: Held): Promise<Reply> {
    const region = this.region(held.region);
    if (!region) return ephemeral(msg(held.lang, "broadcast.trendNoRegion"));
    const wijk = region.wijken.find((w) => w.id === held.wijk) ?? null;
    return (
      (await this.overLimit(held.person)) ??
      this.send(held.kind, held.person, held.message, region, wijk, held.outbound, held.label)
    );
  }

  /** "/trend ja" or "/trend nee": the same as the buttons, for chats without them. */
  private async confirm(kind: Kind, person: Person, yes: boolean): Promise<Reply> {
    const { state } = this.deps.ports;
    const id = await state.take<string>(NEWEST, `${kind}:${actor(person)}`, this.now());
    const held = id ? await state.take<Held>(HELD, id, this.now()) : undefined;
    if (!held)
      return ephemeral(msg(langOf(person), "broadcast.nothingWaiting", { command: cmd(kind, person) }));
    // The answer keeps the language of the message it confirms.
    return yes ? this.confirmed(held) : ephemeral(msg(held.lang, "broadcast.notSent"));
  }

  /** "/trend intrekken": deletes the person's last message where the platform allows it. */
  private async withdraw(kind: Kind, person: Person): Promise<Reply> {
    const batch = (await this.deps.ports.outbox.batchesBy(kind, actor(person))).at(-1);
    const lang = langOf(person);
    if (!batch || batch.withdrawn)
      return ephemeral(msg(lang, "broadcast.nothingToWithdraw", { command: cmd(kind, person) }));
    if (this.now() - batch.createdAt > WITHDRAW_MS) return ephemeral(msg(lang, "broadcast.tooLate"));
    // Withdrawing marks the batch withdrawn in the store: a second /trend intrekken finds nothing.
    const r = await this.deps.outbox.retract(batch.id);
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .map(([p, n]) => `${PLATFORM_NAMES[p as Platform] ?? p} ${n}`)
        .join(", ");
    const deleted = Object.values(r.deleted).reduce((a, b) => a + b, 0);
    const lines = [
      msg(lang, "broadcast.withdrawn", {
        count: count(lang, deleted, "message"),
        platforms: deleted ? ` (${list(r.deleted)})` : "",
        stopped: r.stopped ? msg(lang, "broadcast.stopped", { stopped: r.stopped }) : "",
      }),
    ];
    if (Object.keys(r.kept).length)
      lines.push(
        msg(lang, "broadcast.kept", {
          platforms: list(r.kept),
          whatsapp: r.kept.whatsapp ? msg(lang, "broadcast.keptWhatsApp") : "",
          command: cmd(kind, person),
        }),
      );
    return ephemeral(lines.join("\n"));
  }

  private region(id: string | null | undefined): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Every conversation linked to the region (or wijk), and the region's people on WhatsApp. */
  recipients(region: string, wijk: string | null, except: Target[] = []): Promise<Target[]> {
    return networkOf(this.deps, region, wijk, except);
  }

  /** Where the sender's report goes: to them alone, never into a group. */
  private reportTarget(message: IncomingMessage): Target | undefined {
    return privateTarget(message, this.deps.outbox.platforms);
  }

  /** The wijk a text starts with ("Noordhove: ..."), and the text after it; the longest name wins. */
  private wijkAtStart(region: RegionKnowledge, text: string): { wijk: Wijk; rest: string } | undefined {
    const words = text.split(/\s+/);
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const head = normalize(words.slice(0, n).join(" "));
      const wijk = region.wijken.find((w) => [w.id, w.name, ...w.aliases].some((a) => normalize(a) === head));
      if (wijk)
        return {
          wijk,
          rest: words
            .slice(n)
            .join(" ")
            .replace(/^[:,-]\s*/, ""),
        };
    }
    return undefined;
  }

  /** /trend [wijk <wijk>] <tekst> | /trend rapport */
  async trend(args: string, ctx: NetworkContext): Promise<Reply> {
    const { person, message } = ctx;
    if (!hasRole(person, ["gemeente"]) || !person) {
      this.deps.logger.info("trend refused", {
        platform: message.conversation.platform,
        reason: person ? "role" : "unknown user",
      });
      return ephemeral(
        msg(langOf(person), person ? "broadcast.trendGemeenteOnly" : "broadcast.trendNotMember"),
      );
    }
    const sub = this.subcommand("trend", args, person);
    if (sub) return sub;
    // The gemeente alerts its own region, wherever it types the command.
    const region = this.region(person.region);
    if (!region) return ephemeral(msg(langOf(person), "broadcast.trendNoRegion"));
    let text = args.trim();
    let wijk: Wijk | undefined;
    const named = text.match(/^wijk\s+([\s\S]*)$/i);
    if (named) {
      const found = this.wijkAtStart(region, named[1] as string);
      if (!found) {
        const names = region.wijken.map((w) => w.name).join(", ");
        return ephemeral(
          names
            ? msg(langOf(person), "broadcast.unknownWijk", {
                text: text.slice(0, 40),
                region: region.name,
                names,
              })
            : msg(langOf(person), "broadcast.noWijken", { region: region.name }),
        );
      }
      wijk = found.wijk;
      text = found.rest;
    }
    const problem = this.checkText(text, msg(langOf(person), "broadcast.trendUsage"), person);
    if (problem) return problem;
    const where = wijk ? `wijk ${wijk.name}` : `gemeente ${region.name}`;
    const outbound: OutboundMessage = {
      text: `*Trendmelding* van ${person.name} voor ${where}:\n${text}`,
      template: {
        name: "convenantbot_trendmelding",
        language: "nl",
        params: [templateParam(person.name), where, templateParam(text)],
      },
    };
    const label = msg(langOf(person), "broadcast.label.trend");
    return this.prepare("trend", person, message, region, wijk ?? null, outbound, label, text);
  }

  /** /deel <tekst> | /deel rapport */
  async deel(args: string, ctx: NetworkContext): Promise<Reply> {
    const { person, message } = ctx;
    if (!person) {
      this.deps.logger.info("deel refused", {
        platform: message.conversation.platform,
        reason: "unknown user",
      });
      return ephemeral(msg(langOf(person), "broadcast.shareNotMember"));
    }
    const sub = this.subcommand("deel", args, person);
    if (sub) return sub;
    const { ports } = this.deps;
    const conv = await ports.conversations.get(`${message.conversation.platform}:${message.conversation.id}`);
    const user = await ports.users.get(`${message.sender.platform}:${message.sender.id}`);
    const region = this.region(person.region ?? conv?.region ?? user?.region ?? ctx.region);
    const school = region?.schools.find((s) => s.id === person.school);
    const wijkId = conv?.wijk ?? school?.wijk ?? user?.wijk ?? null;
    const wijk = region?.wijken.find((w) => w.id === wijkId);
    if (!region || !wijk) return ephemeral(msg(langOf(person), "broadcast.shareWhichWijk"));
    const problem = this.checkText(args.trim(), msg(langOf(person), "broadcast.shareUsage"), person);
    if (problem) return problem;
    const from = school ? `${person.name} (${school.name})` : person.name;
    const outbound: OutboundMessage = {
      text: `*${from}* deelt met wijk ${wijk.name}:\n${args.trim()}`,
      template: {
        name: "convenantbot_netwerkbericht",
        language: "nl",
        params: [templateParam(from), `wijk ${wijk.name}`, templateParam(args)],
      },
    };
    const label = msg(langOf(person), "broadcast.label.deel");
    return this.prepare("deel", person, message, region, wijk, outbound, label, args.trim());
  }

  /** rapport, ja, nee, intrekken: the words after /trend and /deel that are not a message. */
  private subcommand(kind: Kind, args: string, person: Person): Promise<Reply> | Reply | undefined {
    const word = args.trim().toLowerCase();
    if (/^(rapport|status|report)$/.test(word)) return this.lastReport(person, kind);
    if (/^(ja|versturen|yes|send)$/.test(word)) return this.confirm(kind, person, true);
    if (/^(nee|annuleer|no|cancel)$/.test(word)) return this.confirm(kind, person, false);
    if (/^(intrekken|trek in|withdraw|retract)$/.test(word)) return this.withdraw(kind, person);
    return undefined;
  }

  private async prepare(
    kind: Kind,
    person: Person,
    message: IncomingMessage,
    region: RegionKnowledge,
    wijk: Wijk | null,
    outbound: OutboundMessage,
    label: string,
    text: string,
  ): Promise<Reply> {
    const limited = await this.overLimit(person);
    if (limited) return limited;
    const targets = await this.recipients(
      region.id,
      wijk?.id ?? null,
      ownTargets(this.deps, message, person),
    );
    const where = wijk ? `wijk ${wijk.name}` : region.name;
    if (targets.length === 0) return ephemeral(this.noneLinked(person, region, wijk, where));
    const held: Held = {
      by: actor(person),
      kind,
      lang: langOf(person),
      person,
      message: {
        id: message.id,
        conversation: message.conversation,
        sender: message.sender,
        text: "",
        addressed: true,
      },
      region: region.id,
      wijk: wijk?.id ?? null,
      outbound,
      label,
    };
    return this.preview(held, where, targets, text);
  }

  /** Nothing was sent: no conversation is linked to where it would go. */
  private noneLinked(person: Person, region: RegionKnowledge, wijk: Wijk | null, where: string): string {
    const link = langOf(person) === "en" ? "link" : "koppel";
    const target = `${region.id}${wijk ? ` ${wijk.name}` : ""}`;
    return msg(langOf(person), "broadcast.noneLinked", { where, link, target });
  }

  private checkText(text: string, usage: string, person?: Person): Reply | undefined {
    if (!text) return ephemeral(msg(langOf(person), "broadcast.empty", { usage }));
    if (text.length > MAX_TEXT)
      return ephemeral(msg(langOf(person), "broadcast.tooLong", { length: text.length, max: MAX_TEXT }));
    return undefined;
  }

  private async send(
    kind: Kind,
    person: Person,
    message: IncomingMessage,
    region: RegionKnowledge,
    wijk: Wijk | null,
    outbound: OutboundMessage,
    label: string,
  ): Promise<Reply> {
    const targets = await this.recipients(
      region.id,
      wijk?.id ?? null,
      ownTargets(this.deps, message, person),
    );
    const where = wijk ? `wijk ${wijk.name}` : region.name;
    if (targets.length === 0) return ephemeral(this.noneLinked(person, region, wijk, where));
    const id = randomUUID();
    const reportTo = this.reportTarget(message);
    // Never into a group instead: the sender is told below to ask for the report.
    if (!reportTo)
      this.deps.logger.warn("delivery report has no private route", {
        platform: message.conversation.platform,
      });
    await this.deps.outbox.enqueue(
      {
        id,
        kind,
        region: region.id,
        wijk: wijk?.id ?? null,
        by: actor(person),
        createdAt: this.now(),
        ...(reportTo ? { reportTo } : {}),
        // The delivery report comes in the sender's language.
        ...(langOf(person) === "en" ? { lang: "en" as const } : {}),
      },
      targets.map((target) => ({ key: `${id}:${targetKey(target)}`, target, message: outbound })),
    );
    this.deps.logger.info(`${kind} queued`, {
      region: region.id,
      wijk: wijk?.id ?? null,
      recipients: targets.length,
    });
    const lang = langOf(person);
    const sending = msg(lang, "broadcast.sending", {
      label: lang === "en" ? label.toLowerCase() : label.charAt(0).toUpperCase() + label.slice(1),
      where,
      count: count(lang, targets.length, "conversation"),
      platforms: perPlatform(targets),
    });
    const command = cmd(kind, person);
    return ephemeral(
      `${sending} ${msg(lang, reportTo ? "broadcast.reportHere" : "broadcast.reportAsk", { command })}`,
    );
  }

  private async lastReport(person: Person, kind: Kind): Promise<Reply> {
    const batch = (await this.deps.ports.outbox.batchesBy(kind, actor(person))).at(-1);
    const report = batch && (await this.deps.outbox.report(batch.id));
    if (!report)
      return ephemeral(msg(langOf(person), "broadcast.nothingSent", { command: cmd(kind, person) }));
    // In the language asked in, else in that of the message it reports on.
    const lang = langOf(person) ?? batch.lang;
    return ephemeral(await reportText(report, this.deps.knowledge, this.deps.ports, lang));
  }
}
