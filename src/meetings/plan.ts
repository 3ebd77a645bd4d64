/**
 * The meeting plan (/overleg): the gemeente plans, moves and cancels concrete meetings of
 * the overleggen its covenant sets; anyone lists them, sends agenda items and subscribes to
 * the calendar. Each change is checked against the covenant's rhythm.
 */

import { randomBytes } from "node:crypto";
import type { ChatFeature } from "../core/commands.ts";
import { count, type Lang, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { acting, actsFor, hasRole } from "../core/roster.ts";
import { privateTarget } from "../delivery/private.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import { perPlatform, type Target } from "../model/delivery.ts";
import type { Meeting } from "../model/meetings.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { checkOverleg, checkPlan } from "./rhythm.ts";
import { formatWhen, parseWhen, wallTime } from "./time.ts";

export interface PlanDeps {
  ports: Pick<StoragePorts, "meetings" | "calendarTokens" | "conversations" | "users">;
  knowledge: KnowledgeBase;
  logger: Logger;
  /** Base URL of the calendar feeds (PUBLIC_URL). */
  publicUrl: string;
  now?: () => number;
  /** Who is invited to a meeting of this region (or wijk): the conversations its reminders go to. */
  invited?: (region: string, wijk: string | null) => Promise<Target[]>;
  /** Called after a meeting was planned, moved or cancelled (to tell the invited). */
  changed?: (meeting: Meeting, what: "planned" | "moved" | "cancelled") => Promise<void>;
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
const CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const DEFAULT_MINUTES = 90;

export function newMeetingCode(taken: (code: string) => boolean): string {
  for (;;) {
    const code = [...randomBytes(4)].map((b) => CODE_CHARS[b % CODE_CHARS.length]).join("");
    if (!taken(code)) return code;
  }
}

export class MeetingPlan {
  private readonly deps: PlanDeps;
  constructor(deps: PlanDeps) {
    this.deps = deps;
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
        return this.plan(region, rest, ctx, person as Person);
      case "verplaats":
        return this.move(region, rest, lang);
      case "annuleer":
        return this.cancel(region, rest, lang);
      case "agenda":
        return this.agenda(region, rest, person, lang);
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

  /** The overleg the words name: by type, name or alias, narrowed by a wijk when it is per wijk. */
  private findOverleg(
    region: RegionKnowledge,
    words: string,
    wijkHint: string | null,
    lang?: Lang,
  ): Overleg[] | string {
    const n = ` ${normalize(words)} `;
    const types = this.deps.knowledge.vocabulary.meetingTypes;
    const names = (o: Overleg) => {
      const t = types.find((x) => x.id === o.type);
      return [o.type, o.name, o.id.split("/")[1] as string, ...(t ? [t.nl, ...t.aliases] : [])].map(
        normalize,
      );
    };
    let found = region.overleggen.filter((o) => names(o).some((a) => a && n.includes(` ${a} `)));
    if (found.length === 0) {
      return msg(lang, "meeting.which", {
        region: region.name,
        names: region.overleggen.map((o) => o.name).join(", "),
      });
    }
    if (found.length > 1) {
      const wijk = region.wijken.find((w) =>
        [w.id, w.name, ...w.aliases].some((a) => n.includes(` ${normalize(a)} `)),
      );
      const w = wijk?.id ?? wijkHint;
      const narrowed = found.filter((o) => o.wijk === w);
      if (narrowed.length > 0) found = narrowed;
    }
    return found;
  }

  private async plan(
    region: RegionKnowledge,
    text: string,
    ctx: PlanContext,
    person: Person,
  ): Promise<Reply> {
    const { lang } = ctx;
    const usage = msg(lang, "meeting.planUsage");
    if (!text) return ephemeral(usage);
    const when = parseWhen(text, this.now(), lang);
    if ("error" in when) return ephemeral(`${when.error} ${usage}`);
    if (when.at <= this.now()) return ephemeral(msg(lang, "meeting.past"));
    const found = this.findOverleg(region, `${when.before} ${when.after}`, await this.wijkOf(ctx), lang);
    if (typeof found === "string") return ephemeral(`${found} ${usage}`);
    if (found.length > 1)
      return ephemeral(msg(lang, "meeting.whichOf", { names: found.map((o) => o.name).join(", ") }));
    const o = found[0] as Overleg;
    // What follows the time is the place, without a leading "in", "op" or "@".
    const place = when.after.replace(/^(in|op|at|@|,)\s+/i, "").trim() || null;
    const { message } = ctx;
    const taken = new Set((await this.deps.ports.meetings.list(null)).map((m) => m.id));
    const meeting: Meeting = {
      id: newMeetingCode((c) => taken.has(c)),
      region: region.id,
      wijk: o.wijk ?? null,
      overleg: o.id,
      start: when.at,
      durationMinutes: DEFAULT_MINUTES,
      place: place?.slice(0, 200) ?? null,
      organiser: person.id,
      ...(privateTarget(message) ? { plannedIn: privateTarget(message) } : {}),
      status: "planned",
      sequence: 0,
      agenda: [],
    };
    await this.deps.ports.meetings.put(meeting);
    this.deps.logger.info("meeting planned", { region: region.id, overleg: o.id, meeting: meeting.id });
    await this.deps.changed?.(meeting, "planned");
    const warnings = checkOverleg(
      o,
      await this.deps.ports.meetings.list(region.id),
      wallTime(meeting.start).year,
      lang,
    );
    return ephemeral(
      [
        msg(lang, "meeting.plannedOne", { meeting: this.describe(meeting, lang) }),
        await this.invitedLine(meeting, lang),
        ...(warnings.length
          ? [`${msg(lang, "meeting.warnings")}\n${warnings.map((w) => `- ${w}`).join("\n")}`]
          : []),
      ].join("\n"),
    );
  }

  private async invitedLine(m: Meeting, lang?: Lang): Promise<string> {
    const invited = (await this.deps.invited?.(m.region, m.wijk)) ?? [];
    const where = m.wijk
      ? `wijk ${this.region(m.region)?.wijken.find((w) => w.id === m.wijk)?.name}`
      : this.region(m.region)?.name;
    if (invited.length === 0) return msg(lang, "meeting.noneLinked", { where: where ?? "" });
    return msg(lang, "meeting.invited", {
      count: count(lang, invited.length, "conversation"),
      where: where ?? "",
      platforms: perPlatform(invited),
    });
  }

  private async find(
    region: RegionKnowledge,
    text: string,
    lang?: Lang,
  ): Promise<{ meeting: Meeting; rest: string } | Reply> {
    const m = text.match(/^\s*\[?([A-Za-z0-9]{4})\]?\b\s*([\s\S]*)$/);
    const found = m ? await this.deps.ports.meetings.byId((m[1] as string).toUpperCase()) : undefined;
    const meeting = found?.region === region.id ? found : undefined;
    if (!m || !meeting) return ephemeral(msg(lang, "meeting.whichCode"));
    return { meeting, rest: (m[2] as string).trim() };
  }

  private async move(region: RegionKnowledge, text: string, lang?: Lang): Promise<Reply> {
    const f = await this.find(region, text, lang);
    if ("text" in f) return f;
    const when = parseWhen(f.rest, this.now(), lang);
    if ("error" in when) return ephemeral(`${when.error} ${msg(lang, "meeting.moveUsage")}`);
    if (when.at <= this.now()) return ephemeral(msg(lang, "meeting.past"));
    const place = when.after.replace(/^(in|op|at|@|,)\s+/i, "").trim();
    f.meeting.start = when.at;
    f.meeting.status = "planned";
    f.meeting.sequence++;
    if (place) f.meeting.place = place.slice(0, 200);
    await this.deps.ports.meetings.put(f.meeting);
    this.deps.logger.info("meeting moved", { meeting: f.meeting.id });
    await this.deps.changed?.(f.meeting, "moved");
    const o = this.overleg(f.meeting.overleg);
    const warnings = o
      ? checkOverleg(o, await this.deps.ports.meetings.list(region.id), wallTime(when.at).year, lang)
      : [];
    return ephemeral(
      [
        msg(lang, "meeting.moved", { meeting: this.describe(f.meeting, lang) }),
        ...warnings.map((warning) => msg(lang, "meeting.warning", { warning })),
      ].join("\n"),
    );
  }

  private async cancel(region: RegionKnowledge, text: string, lang?: Lang): Promise<Reply> {
    const f = await this.find(region, text, lang);
    if ("text" in f) return f;
    if (f.meeting.status === "cancelled")
      return ephemeral(msg(lang, "meeting.alreadyCancelled", { meeting: this.describe(f.meeting, lang) }));
    f.meeting.status = "cancelled";
    f.meeting.sequence++;
    await this.deps.ports.meetings.put(f.meeting);
    this.deps.logger.info("meeting cancelled", { meeting: f.meeting.id });
    await this.deps.changed?.(f.meeting, "cancelled");
    return ephemeral(msg(lang, "meeting.cancelled", { meeting: this.describe(f.meeting, lang) }));
  }

  private async agenda(
    region: RegionKnowledge,
    text: string,
    person: Person | undefined,
    lang?: Lang,
  ): Promise<Reply> {
    if (!person) return ephemeral(msg(lang, "meeting.agendaNotMember"));
    const f = await this.find(region, text, lang);
    if ("text" in f) return f;
    if (!f.rest) return ephemeral(msg(lang, "meeting.agendaWhich", { code: f.meeting.id }));
    if (f.rest.length > 500) return ephemeral(msg(lang, "meeting.agendaTooLong", { length: f.rest.length }));
    if (f.meeting.status !== "planned" || f.meeting.start < this.now())
      return ephemeral(msg(lang, "meeting.over", { meeting: this.describe(f.meeting, lang) }));
    const school = region.schools.find((s) => s.id === person.school);
    f.meeting.agenda.push({
      from: school ? `${person.name} (${school.name})` : person.name,
      text: f.rest,
      on: new Date(this.now()).toISOString().slice(0, 10),
    });
    await this.deps.ports.meetings.put(f.meeting);
    return ephemeral(msg(lang, "meeting.agendaAdded", { meeting: this.describe(f.meeting, lang) }));
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
