/**
 * Changes to the meeting plan: the gemeente plans a meeting of an overleg named by its type,
 * name or alias, and moves or cancels one by its code; a member of the network adds an agenda
 * item. A planned or moved meeting is checked against its overleg's rhythm, and each change
 * is passed on, so the invited hear of it.
 */
import { randomBytes } from "node:crypto";
import { count, type Lang, msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { privateTarget } from "../delivery/private.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import { perPlatform, type Target } from "../model/delivery.ts";
import type { Meeting } from "../model/meetings.ts";
import type { Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";
import { checkOverleg } from "./rhythm.ts";
import { parseWhen, wallTime } from "./time.ts";

export interface ChangeDeps {
  ports: Pick<StoragePorts, "meetings">;
  knowledge: KnowledgeBase;
  logger: Logger;
  now?: () => number;
  /** Who is invited to a meeting of this region (or wijk): the conversations its reminders go to. */
  invited?: (region: string, wijk: string | null) => Promise<Target[]>;
  /** Called after a meeting was planned, moved or cancelled (to tell the invited). */
  changed?: (meeting: Meeting, what: "planned" | "moved" | "cancelled") => Promise<void>;
}

/** What a change reads of the plan: how it names a meeting, a region and an overleg. */
export interface PlanNames {
  describe(m: Meeting, lang?: Lang): string;
  region(id: string | null | undefined): RegionKnowledge | undefined;
  overleg(id: string): Overleg | undefined;
}

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
const CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const DEFAULT_MINUTES = 90;

export function newMeetingCode(taken: (code: string) => boolean): string {
  for (;;) {
    const code = [...randomBytes(4)].map((b) => CODE_CHARS[b % CODE_CHARS.length]).join("");
    if (!taken(code)) return code;
  }
}

export class PlanChanges {
  private readonly deps: ChangeDeps;
  private readonly names: PlanNames;
  constructor(deps: ChangeDeps, names: PlanNames) {
    this.deps = deps;
    this.names = names;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
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

  async plan(
    region: RegionKnowledge,
    text: string,
    ctx: { message: IncomingMessage; lang?: Lang | undefined },
    person: Person,
    wijkOf: () => Promise<string | null>,
  ): Promise<Reply> {
    const { lang } = ctx;
    const usage = msg(lang, "meeting.planUsage");
    if (!text) return ephemeral(usage);
    const when = parseWhen(text, this.now(), lang);
    if ("error" in when) return ephemeral(`${when.error} ${usage}`);
    if (when.at <= this.now()) return ephemeral(msg(lang, "meeting.past"));
    const found = this.findOverleg(region, `${when.before} ${when.after}`, await wijkOf(), lang);
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
        msg(lang, "meeting.plannedOne", { meeting: this.names.describe(meeting, lang) }),
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
      ? `wijk ${this.names.region(m.region)?.wijken.find((w) => w.id === m.wijk)?.name}`
      : this.names.region(m.region)?.name;
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

  async move(region: RegionKnowledge, text: string, lang?: Lang): Promise<Reply> {
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
    const o = this.names.overleg(f.meeting.overleg);
    const warnings = o
      ? checkOverleg(o, await this.deps.ports.meetings.list(region.id), wallTime(when.at).year, lang)
      : [];
    return ephemeral(
      [
        msg(lang, "meeting.moved", { meeting: this.names.describe(f.meeting, lang) }),
        ...warnings.map((warning) => msg(lang, "meeting.warning", { warning })),
      ].join("\n"),
    );
  }

  async cancel(region: RegionKnowledge, text: string, lang?: Lang): Promise<Reply> {
    const f = await this.find(region, text, lang);
    if ("text" in f) return f;
    if (f.meeting.status === "cancelled")
      return ephemeral(
        msg(lang, "meeting.alreadyCancelled", { meeting: this.names.describe(f.meeting, lang) }),
      );
    f.meeting.status = "cancelled";
    f.meeting.sequence++;
    await this.deps.ports.meetings.put(f.meeting);
    this.deps.logger.info("meeting cancelled", { meeting: f.meeting.id });
    await this.deps.changed?.(f.meeting, "cancelled");
    return ephemeral(msg(lang, "meeting.cancelled", { meeting: this.names.describe(f.meeting, lang) }));
  }

  async agenda(
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
      return ephemeral(msg(lang, "meeting.over", { meeting: this.names.describe(f.meeting, lang) }));
    const school = region.schools.find((s) => s.id === person.school);
    f.meeting.agenda.push({
      from: school ? `${person.name} (${school.name})` : person.name,
      text: f.rest,
      on: new Date(this.now()).toISOString().slice(0, 10),
    });
    await this.deps.ports.meetings.put(f.meeting);
    return ephemeral(msg(lang, "meeting.agendaAdded", { meeting: this.names.describe(f.meeting, lang) }));
  }
}
