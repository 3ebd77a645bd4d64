/**
 * The network: trend alerts from the gemeente to every conversation of a region or wijk
 * (/trend), and short messages from any member to their wijk network (/deel), on every
 * platform at once, through the outbox, with a delivery report for the sender. What such a
 * message says is in compose.ts, its preview in preview.ts, and what happens once it is
 * confirmed (queued, withdrawn, reported) in sending.ts.
 */
import type { ChatFeature, CommandContext } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { acting, actor, hasRole, langOf } from "../core/roster.ts";
import type { Outbox } from "../delivery/outbox.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import type { OutboundMessage, Target } from "../model/delivery.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { checkText, cmd, type Kind, shareMessage, trendMessage, wijkAtStart } from "./compose.ts";
import { type Held, holdPreview, takeClicked, takeNewest } from "./preview.ts";
import { networkOf, ownTargets } from "./recipients.ts";
import { lastReport, queue, withdraw } from "./sending.ts";

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

export interface NetworkContext {
  message: IncomingMessage;
  person: Person | undefined;
  /** The region of the conversation or user, when known. */
  region: string | null;
}

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
const HOUR_MS = 60 * 60 * 1000;

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
    const held = await takeClicked(this.deps.ports.state, id, person, () => this.now());
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
    const held = await takeNewest(this.deps.ports.state, kind, person, () => this.now());
    if (!held)
      return ephemeral(msg(langOf(person), "broadcast.nothingWaiting", { command: cmd(kind, person) }));
    // The answer keeps the language of the message it confirms.
    return yes ? this.confirmed(held) : ephemeral(msg(held.lang, "broadcast.notSent"));
  }

  private region(id: string | null | undefined): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Every conversation linked to the region (or wijk), and the region's people on WhatsApp. */
  recipients(region: string, wijk: string | null, except: Target[] = []): Promise<Target[]> {
    return networkOf(this.deps, region, wijk, except);
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
      const found = wijkAtStart(region, named[1] as string);
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
    const problem = checkText(text, msg(langOf(person), "broadcast.trendUsage"), person);
    if (problem) return problem;
    const where = wijk ? `wijk ${wijk.name}` : `gemeente ${region.name}`;
    const outbound = trendMessage(person, where, text);
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
    const problem = checkText(args.trim(), msg(langOf(person), "broadcast.shareUsage"), person);
    if (problem) return problem;
    const from = school ? `${person.name} (${school.name})` : person.name;
    const outbound = shareMessage(from, wijk, args);
    const label = msg(langOf(person), "broadcast.label.deel");
    return this.prepare("deel", person, message, region, wijk, outbound, label, args.trim());
  }

  /** rapport, ja, nee, intrekken: the words after /trend and /deel that are not a message. */
  private subcommand(kind: Kind, args: string, person: Person): Promise<Reply> | Reply | undefined {
    const word = args.trim().toLowerCase();
    if (/^(rapport|status|report)$/.test(word)) return lastReport(this.deps, person, kind);
    if (/^(ja|versturen|yes|send)$/.test(word)) return this.confirm(kind, person, true);
    if (/^(nee|annuleer|no|cancel)$/.test(word)) return this.confirm(kind, person, false);
    if (/^(intrekken|trek in|withdraw|retract)$/.test(word))
      return withdraw(this.deps, kind, person, () => this.now());
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
    return holdPreview(this.deps.ports.state, held, where, targets, text, () => this.now());
  }

  /** Nothing was sent: no conversation is linked to where it would go. */
  private noneLinked(person: Person, region: RegionKnowledge, wijk: Wijk | null, where: string): string {
    const link = langOf(person) === "en" ? "link" : "koppel";
    const target = `${region.id}${wijk ? ` ${wijk.name}` : ""}`;
    return msg(langOf(person), "broadcast.noneLinked", { where, link, target });
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
    return queue(this.deps, { kind, person, message, region, wijk, outbound, label }, where, targets, () =>
      this.now(),
    );
  }
}
