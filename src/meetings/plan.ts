/**
 * The meeting plan (/overleg): the gemeente plans, moves and cancels concrete meetings of
 * the overleggen its covenant sets; anyone lists them, sends agenda items and subscribes to
 * the calendar. Each change is checked against the covenant's rhythm.
 */

import { randomBytes } from "node:crypto";
import type { ChatFeature } from "../core/commands.ts";
import { type Lang, msg } from "../core/i18n.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { acting, actsFor, hasRole } from "../core/roster.ts";
import { normalize } from "../engine/text.ts";
import type { Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import type { Meeting } from "../model/meetings.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { type ChangeDeps, PlanChanges } from "./changes.ts";
import { checkPlan } from "./rhythm.ts";
import { formatWhen, wallTime } from "./time.ts";

/** What the changes need (changes.ts), and the calendar feeds' tokens and base URL. */
export interface PlanDeps extends ChangeDeps {
  ports: Pick<StoragePorts, "meetings" | "calendarTokens" | "conversations" | "users">;
  /** Base URL of the calendar feeds (PUBLIC_URL). */
  publicUrl: string;
}

export interface PlanContext {
  message: IncomingMessage;
  person: Person | undefined;
  region: string | null;
  /** English when the command was given as /meeting or written in English. */
  lang?: Lang;
}

/** The English words of /meeting, as the Dutch ones they stand for. */
const ENGLISH_VERBS: Record<string, string> = {
  list: "lijst",
  move: "verplaats",
  cancel: "annuleer",
  check: "controle",
  calendar: "kalender",
};

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });

export class MeetingPlan {
  private readonly deps: PlanDeps;
  /** Planning, moving and cancelling meetings, and their agenda items. */
  private readonly changes: PlanChanges;
  constructor(deps: PlanDeps) {
    this.deps = deps;
    this.changes = new PlanChanges(deps, this);
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  region(id: string | null | undefined): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  overleg(id: string): Overleg | undefined {
    return this.deps.knowledge.regions.flatMap((r) => r.overleggen).find((o) => o.id === id);
  }

  /** "Signaaloverleg (wijk Seghwaert) op dinsdag 2 februari 2027 om 15:00, stadhuis [code M4KX]" */
  describe(m: Meeting, lang: Lang = "nl"): string {
    const o = this.overleg(m.overleg);
    const wijk =
      m.wijk && !o?.wijk ? ` (wijk ${this.region(m.region)?.wijken.find((w) => w.id === m.wijk)?.name})` : "";
    const when = ` ${msg(lang, "meeting.on", { when: formatWhen(m.start, lang) })}`;
    return `${o?.name ?? m.overleg}${wijk}${when}${m.place ? `, ${m.place}` : ""} [${m.id}]`;
  }

  /** Upcoming planned meetings of a region (and wijk: its own and the region-wide ones). */
  async upcoming(region: string, wijk: string | null, overlegIds?: string[]): Promise<Meeting[]> {
    const now = this.now();
    return (await this.deps.ports.meetings.list(region))
      .filter(
        (m) =>
          m.region === region &&
          m.status === "planned" &&
          m.start > now &&
          (!wijk || !m.wijk || m.wijk === wijk) &&
          (!overlegIds || overlegIds.includes(m.overleg)),
      )
      .sort((a, b) => a.start - b.start);
  }

  /** A line for a meeting answer: when the next planned one is, if the plan has one. */
  async nextLine(overlegIds: string[], lang: Lang): Promise<string | undefined> {
    const regions = [...new Set(overlegIds.map((id) => id.split("/")[0] as string))];
    const next = (await Promise.all(regions.map((r) => this.upcoming(r, null, overlegIds)))).flatMap((l) =>
      l.slice(0, 1),
    );
    if (next.length === 0) return undefined;
    const list = next.map((m) => this.describe(m, lang)).join("; ");
    return msg(lang, "meeting.next", { list });
  }

  /** /overleg. */
  get feature(): ChatFeature {
    return {
      id: "meetings",
      commands: {
        overleg: (c) =>
          this.command(c.args, {
            message: c.message,
            person: acting(c.person, c.message.sender.session, c.lang),
            region: c.region,
            lang: c.lang,
          }),
      },
    };
  }

  async command(args: string, ctx: PlanContext): Promise<Reply> {
    const [sub = "", ...restWords] = args.trim().split(/\s+/);
    const rest = restWords.join(" ");
    const verb = ENGLISH_VERBS[normalize(sub)] ?? normalize(sub);
    const { person, lang } = ctx;
    const region = this.region(person?.region ?? ctx.region);
    if (!region) return ephemeral(msg(lang, "meeting.noRegion"));
    const gemeente = ["plan", "verplaats", "annuleer", "controle"];
    if (gemeente.includes(verb) && !hasRole(person, ["gemeente"])) {
      this.deps.logger.info("overleg refused", { command: verb, reason: person ? "role" : "unknown user" });
      return ephemeral(msg(lang, person ? "meeting.gemeenteOnly" : "meeting.notMember"));
    }
    switch (verb) {
      case "":
      case "lijst":
        return this.list(region, ctx);
      case "plan":
        return this.changes.plan(region, rest, ctx, person as Person, () => this.wijkOf(ctx));
      case "verplaats":
        return this.changes.move(region, rest, lang);
      case "annuleer":
        return this.changes.cancel(region, rest, lang);
      case "agenda":
        return this.changes.agenda(region, rest, person, lang);
      case "controle":
        return this.checkReply(region, rest, lang);
      case "kalender":
        return this.calendar(region, ctx, /nieuw|new/i.test(rest));
      default:
        return ephemeral(msg(lang, "meeting.usage"));
    }
  }

  private async wijkOf(ctx: PlanContext): Promise<string | null> {
    const { message } = ctx;
    const { conversations, users } = this.deps.ports;
    const conv = await conversations.get(`${message.conversation.platform}:${message.conversation.id}`);
    return conv?.wijk ?? (await users.get(`${message.sender.platform}:${message.sender.id}`))?.wijk ?? null;
  }

  private async list(region: RegionKnowledge, ctx: PlanContext): Promise<Reply> {
    const { lang } = ctx;
    const wijk = await this.wijkOf(ctx);
    const next = (await this.upcoming(region.id, wijk)).slice(0, 8);
    const lines = next.length
      ? [
          msg(lang, "meeting.planned", { region: region.name }),
          ...next.map((m) => `- ${this.describe(m, lang)}`),
        ]
      : this.rhythmLines(region, wijk, lang);
    lines.push(msg(lang, "meeting.listHint"));
    if (hasRole(ctx.person, ["gemeente"])) lines.push(msg(lang, "meeting.checkHint"));
    return ephemeral(lines.join("\n"));
  }

  /**
   * With nothing planned yet, what the covenant says instead: each overleg of the region (and
   * the wijk), how often it meets and who plans it, with its source.
   */
  private rhythmLines(region: RegionKnowledge, wijk: string | null, lang?: Lang): string[] {
    const overleggen = region.overleggen.filter((o) => !o.wijk || !wijk || o.wijk === wijk).slice(0, 6);
    const en = lang === "en";
    const example = overleggen[0]?.name.split(" ").slice(0, 2).join(" ").toLowerCase() ?? "overleg";
    return [
      msg(lang, "meeting.nothingPlanned", { region: region.name }),
      ...overleggen.map(
        (o) =>
          `- *${o.name}*: ${(en ? o.rhythm.text.en : o.rhythm.text.nl).replace(/([^.])$/, "$1.")}${
            o.organiser
              ? ` ${msg(lang, "meeting.organiser", { organiser: en ? o.organiser.en : o.organiser.nl })}`
              : ""
          } (${o.refs
            .map((r) => (r.split("/")[1] ?? r).replace(/^art-/, "art. ").replace(/-/g, " "))
            .join(", ")})`,
      ),
      msg(lang, "meeting.howToPlan", { example }),
    ];
  }

  private async checkReply(region: RegionKnowledge, text: string, lang?: Lang): Promise<Reply> {
    const year = Number(text.match(/\d{4}/)?.[0] ?? wallTime(this.now()).year);
    const warnings = checkPlan(region, await this.deps.ports.meetings.list(region.id), year, lang);
    return ephemeral(
      warnings.length
        ? `${msg(lang, "meeting.checkTitle", { region: region.name, year })}\n${warnings.map((w) => `- ${w}`).join("\n")}`
        : msg(lang, "meeting.checkOk", { region: region.name, year }),
    );
  }

  /** The secret feed token of a region (or wijk); made on first use, new on request. */
  async feedToken(key: string, renew = false): Promise<string> {
    const current = await this.deps.ports.calendarTokens.get(key);
    if (current && !renew) return current;
    const token = randomBytes(18).toString("base64url");
    await this.deps.ports.calendarTokens.set(key, token);
    return token;
  }

  private async calendar(region: RegionKnowledge, ctx: PlanContext, renew: boolean): Promise<Reply> {
    // The link is a secret of the network: only its members get it.
    if (!actsFor(ctx.person, region.id)) {
      this.deps.logger.info("overleg refused", {
        command: "kalender",
        reason: ctx.person ? "region" : "unknown user",
      });
      return ephemeral(msg(ctx.lang, "meeting.calendarMembers", { region: region.name }));
    }
    if (renew && !hasRole(ctx.person, ["gemeente"]))
      return ephemeral(msg(ctx.lang, "meeting.calendarRenewGemeente"));
    const wijkId = await this.wijkOf(ctx);
    const wijk = region.wijken.find((w) => w.id === wijkId);
    const key = wijk ? `${region.id}/${wijk.id}` : region.id;
    const token = await this.feedToken(key, renew);
    const base = this.deps.publicUrl.replace(/\/$/, "");
    const url = `${base}/calendar/${region.id}${wijk ? `/${wijk.id}` : ""}.ics?token=${token}`;
    return ephemeral(
      [
        ...(renew ? [msg(ctx.lang, "meeting.calendarRenewed")] : []),
        msg(ctx.lang, "meeting.calendar", { where: wijk ? `wijk ${wijk.name}` : region.name, url }),
      ].join("\n"),
    );
  }
}
