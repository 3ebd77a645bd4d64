/**
 * The meeting plan (/overleg): the gemeente plans, moves and cancels concrete meetings of
 * the overleggen its covenant sets; anyone lists them, sends agenda items and subscribes to
 * the calendar. Each change is checked against the covenant's rhythm.
 */

import { randomBytes } from "node:crypto";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Reply } from "../core/message.ts";
import { actsFor, hasRole } from "../core/roster.ts";
import { perPlatform, type Target } from "../delivery/model.ts";
import { privateTarget } from "../delivery/private.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, Overleg, RegionKnowledge } from "../knowledge/schema.ts";
import type { StoragePorts } from "../storage/ports.ts";
import type { Person } from "../storage/store.ts";
import type { Meeting } from "./model.ts";
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
  /** English when the command was given as /meeting. */
  lang?: "nl" | "en";
}

/** The English words of /meeting, as the Dutch ones they stand for. */
const ENGLISH_VERBS: Record<string, string> = {
  list: "lijst",
  move: "verplaats",
  cancel: "annuleer",
  check: "controle",
  calendar: "kalender",
};
const say = (lang: "nl" | "en" | undefined, nl: string, en: string) => (lang === "en" ? en : nl);

const ephemeral = (text: string): Reply => ({ text, visibility: "ephemeral" });
const CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const DEFAULT_MINUTES = 90;
const USAGE_PLAN =
  "Gebruik /overleg plan <overleg> <datum> <tijd> [plaats], bijvoorbeeld /overleg plan signaaloverleg 2 februari 2027 15:00 stadhuis.";

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
  describe(m: Meeting, lang: "nl" | "en" = "nl"): string {
    const o = this.overleg(m.overleg);
    const wijk =
      m.wijk && !o?.wijk ? ` (wijk ${this.region(m.region)?.wijken.find((w) => w.id === m.wijk)?.name})` : "";
    const when = lang === "en" ? ` on ${formatWhen(m.start, "en")}` : ` op ${formatWhen(m.start)}`;
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
  async nextLine(overlegIds: string[], lang: "nl" | "en"): Promise<string | undefined> {
    const regions = [...new Set(overlegIds.map((id) => id.split("/")[0] as string))];
    const next = (await Promise.all(regions.map((r) => this.upcoming(r, null, overlegIds)))).flatMap((l) =>
      l.slice(0, 1),
    );
    if (next.length === 0) return undefined;
    const list = next.map((m) => this.describe(m, lang)).join("; ");
    return lang === "nl" ? `Volgens de planning: ${list}.` : `According to the plan: ${list}.`;
  }

  async command(args: string, ctx: PlanContext): Promise<Reply> {
    const [sub = "", ...restWords] = args.trim().split(/\s+/);
    const rest = restWords.join(" ");
    const verb = ENGLISH_VERBS[normalize(sub)] ?? normalize(sub);
    const { person, lang } = ctx;
    const region = this.region(person?.region ?? ctx.region);
    if (!region)
      return ephemeral(
        say(
          lang,
          "Over welke regio? Koppel dit gesprek eerst met /koppel <regio> [wijk].",
          "Which region? First link this conversation with /link <region> [district].",
        ),
      );
    const gemeente = ["plan", "verplaats", "annuleer", "controle"];
    if (gemeente.includes(verb) && !hasRole(person, ["gemeente"])) {
      this.deps.logger.info("overleg refused", { command: verb, reason: person ? "role" : "unknown user" });
      return ephemeral(
        person
          ? say(
              lang,
              "Alleen de gemeente (de organisator) plant, verplaatst en annuleert overleggen. Wel kun je agendapunten sturen: /overleg agenda <code> <punt>.",
              "Only the municipality (the organiser) plans, moves and cancels meetings. You can send agenda items: /meeting agenda <code> <item>.",
            )
          : say(
              lang,
              "Je staat nog niet in het deelnemersoverzicht, dus je kunt geen overleggen plannen. Vraag de gemeente om je toe te voegen.",
              "You are not in the list of network members yet, so you cannot plan meetings. Ask the municipality to add you.",
            ),
      );
    }
    switch (verb) {
      case "":
      case "lijst":
        return this.list(region, ctx);
      case "plan":
        return this.plan(region, rest, ctx, person as Person);
      case "verplaats":
        return this.move(region, rest);
      case "annuleer":
        return this.cancel(region, rest);
      case "agenda":
        return this.agenda(region, rest, person);
      case "controle":
        return this.checkReply(region, rest);
      case "kalender":
        return this.calendar(region, ctx, /nieuw|new/i.test(rest));
      default:
        return ephemeral(
          say(
            lang,
            "Gebruik /overleg (de planning), /overleg agenda <code> <punt>, /overleg kalender, en voor de gemeente /overleg plan, /overleg verplaats <code> <datum> <tijd>, /overleg annuleer <code> en /overleg controle [jaar].",
            "Use /meeting (the plan), /meeting agenda <code> <item>, /meeting calendar, and for the municipality /meeting plan, /meeting move <code> <date> <time>, /meeting cancel <code> and /meeting check [year].",
          ),
        );
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
          say(lang, `*Geplande overleggen ${region.name}*`, `*Planned meetings ${region.name}*`),
          ...next.map((m) => `- ${this.describe(m, lang)}`),
        ]
      : this.rhythmLines(region, wijk, lang);
    lines.push(
      say(
        lang,
        "Agendapunt sturen: /overleg agenda <code> <punt>. In je eigen agenda: /overleg kalender.",
        "Send an agenda item: /meeting agenda <code> <item>. In your own calendar: /meeting calendar.",
      ),
    );
    if (hasRole(ctx.person, ["gemeente"]))
      lines.push(
        say(
          lang,
          "Past de planning bij het ritme van het convenant? /overleg controle [jaar].",
          "Does the plan follow the covenant's rhythm? /meeting check [year].",
        ),
      );
    return ephemeral(lines.join("\n"));
  }

  /**
   * With nothing planned yet, what the covenant says instead: each overleg of the region (and
   * the wijk), how often it meets and who plans it, with its source.
   */
  private rhythmLines(region: RegionKnowledge, wijk: string | null, lang?: "nl" | "en"): string[] {
    const overleggen = region.overleggen.filter((o) => !o.wijk || !wijk || o.wijk === wijk).slice(0, 6);
    const en = lang === "en";
    const example = overleggen[0]?.name.split(" ").slice(0, 2).join(" ").toLowerCase() ?? "overleg";
    return [
      say(
        lang,
        `Er staan nog geen overleggen gepland voor ${region.name}. Volgens het convenant:`,
        `No meetings are planned for ${region.name} yet. According to the covenant:`,
      ),
      ...overleggen.map(
        (o) =>
          `- *${o.name}*: ${(en ? o.rhythm.text.en : o.rhythm.text.nl).replace(/([^.])$/, "$1.")}${
            o.organiser
              ? ` ${en ? "Organiser" : "Organisator"}: ${en ? o.organiser.en : o.organiser.nl}.`
              : ""
          } (${o.refs
            .map((r) => (r.split("/")[1] ?? r).replace(/^art-/, "art. ").replace(/-/g, " "))
            .join(", ")})`,
      ),
      say(
        lang,
        `De gemeente zet ze in de planning met /overleg plan <overleg> <datum> <tijd> [plaats], bijvoorbeeld /overleg plan ${example} volgende week dinsdag 15:00 stadhuis.`,
        `The municipality puts them in the plan with /meeting plan <meeting> <date> <time> [place], for example /meeting plan ${example} 2 February 2027 15:00 town hall.`,
      ),
    ];
  }

  /** The overleg the words name: by type, name or alias, narrowed by a wijk when it is per wijk. */
  private findOverleg(region: RegionKnowledge, words: string, wijkHint: string | null): Overleg[] | string {
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
      return `Welk overleg? In ${region.name}: ${region.overleggen.map((o) => o.name).join(", ")}.`;
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
    if (!text) return ephemeral(USAGE_PLAN);
    const when = parseWhen(text, this.now());
    if ("error" in when) return ephemeral(`${when.error} ${USAGE_PLAN}`);
    if (when.at <= this.now()) return ephemeral("Die datum ligt in het verleden.");
    const found = this.findOverleg(region, `${when.before} ${when.after}`, await this.wijkOf(ctx));
    if (typeof found === "string") return ephemeral(`${found} ${USAGE_PLAN}`);
    if (found.length > 1)
      return ephemeral(`Welk overleg bedoel je: ${found.map((o) => o.name).join(", ")}? Noem de wijk erbij.`);
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
    );
    return ephemeral(
      [
        `Gepland: ${this.describe(meeting)}.`,
        await this.invitedLine(meeting),
        ...(warnings.length ? [`Let op:\n${warnings.map((w) => `- ${w}`).join("\n")}`] : []),
      ].join("\n"),
    );
  }

  private async invitedLine(m: Meeting): Promise<string> {
    const invited = (await this.deps.invited?.(m.region, m.wijk)) ?? [];
    const where = m.wijk
      ? `wijk ${this.region(m.region)?.wijken.find((w) => w.id === m.wijk)?.name}`
      : this.region(m.region)?.name;
    if (invited.length === 0)
      return `Er is nog geen gesprek gekoppeld aan ${where}; koppel groepen met /koppel, dan krijgen ze de herinneringen.`;
    return `Uitgenodigd: ${invited.length} ${invited.length === 1 ? "gesprek" : "gesprekken"} van ${where} (${perPlatform(invited)}); zij krijgen 7 dagen en 1 dag vooraf een herinnering, met de vraag om agendapunten.`;
  }

  private async find(
    region: RegionKnowledge,
    text: string,
  ): Promise<{ meeting: Meeting; rest: string } | Reply> {
    const m = text.match(/^\s*\[?([A-Za-z0-9]{4})\]?\b\s*([\s\S]*)$/);
    const found = m ? await this.deps.ports.meetings.byId((m[1] as string).toUpperCase()) : undefined;
    const meeting = found?.region === region.id ? found : undefined;
    if (!m || !meeting)
      return ephemeral(`Welk overleg? Noem de code uit /overleg, bijvoorbeeld /overleg annuleer M4KX.`);
    return { meeting, rest: (m[2] as string).trim() };
  }

  private async move(region: RegionKnowledge, text: string): Promise<Reply> {
    const f = await this.find(region, text);
    if ("text" in f) return f;
    const when = parseWhen(f.rest, this.now());
    if ("error" in when) return ephemeral(`${when.error} Gebruik /overleg verplaats <code> <datum> <tijd>.`);
    if (when.at <= this.now()) return ephemeral("Die datum ligt in het verleden.");
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
      ? checkOverleg(o, await this.deps.ports.meetings.list(region.id), wallTime(when.at).year)
      : [];
    return ephemeral(
      [
        `Verplaatst: ${this.describe(f.meeting)}. De genodigden krijgen bericht en nieuwe herinneringen.`,
        ...warnings.map((w) => `Let op: ${w}`),
      ].join("\n"),
    );
  }

  private async cancel(region: RegionKnowledge, text: string): Promise<Reply> {
    const f = await this.find(region, text);
    if ("text" in f) return f;
    if (f.meeting.status === "cancelled") return ephemeral(`${this.describe(f.meeting)} was al geannuleerd.`);
    f.meeting.status = "cancelled";
    f.meeting.sequence++;
    await this.deps.ports.meetings.put(f.meeting);
    this.deps.logger.info("meeting cancelled", { meeting: f.meeting.id });
    await this.deps.changed?.(f.meeting, "cancelled");
    return ephemeral(
      `Geannuleerd: ${this.describe(f.meeting)}. De genodigden krijgen bericht; er gaan geen herinneringen meer uit.`,
    );
  }

  private async agenda(region: RegionKnowledge, text: string, person: Person | undefined): Promise<Reply> {
    if (!person)
      return ephemeral(
        "Je staat nog niet in het deelnemersoverzicht; vraag de gemeente je toe te voegen, dan kun je agendapunten sturen.",
      );
    const f = await this.find(region, text);
    if ("text" in f) return f;
    if (!f.rest) return ephemeral(`Welk agendapunt? Gebruik /overleg agenda ${f.meeting.id} <punt>.`);
    if (f.rest.length > 500)
      return ephemeral(`Je agendapunt is te lang (${f.rest.length} tekens, maximaal 500).`);
    if (f.meeting.status !== "planned" || f.meeting.start < this.now())
      return ephemeral(`${this.describe(f.meeting)} is geannuleerd of al geweest.`);
    const school = region.schools.find((s) => s.id === person.school);
    f.meeting.agenda.push({
      from: school ? `${person.name} (${school.name})` : person.name,
      text: f.rest,
      on: new Date(this.now()).toISOString().slice(0, 10),
    });
    await this.deps.ports.meetings.put(f.meeting);
    return ephemeral(
      `Dank je. Je agendapunt staat bij ${this.describe(f.meeting)}; de organisator krijgt de lijst vóór het overleg.`,
    );
  }

  private async checkReply(region: RegionKnowledge, text: string): Promise<Reply> {
    const year = Number(text.match(/\d{4}/)?.[0] ?? wallTime(this.now()).year);
    const warnings = checkPlan(region, await this.deps.ports.meetings.list(region.id), year);
    return ephemeral(
      warnings.length
        ? `*Planning ${region.name} ${year} tegen het convenant*\n${warnings.map((w) => `- ${w}`).join("\n")}`
        : `De planning van ${region.name} voor ${year} voldoet aan het ritme van het convenant.`,
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
      return ephemeral(
        `De kalenderlink is voor deelnemers van het netwerk van ${region.name}. Vraag de gemeente om je toe te voegen; de planning zelf zie je met /overleg.`,
      );
    }
    if (renew && !hasRole(ctx.person, ["gemeente"]))
      return ephemeral("Alleen de gemeente kan een nieuwe kalenderlink maken.");
    const wijkId = await this.wijkOf(ctx);
    const wijk = region.wijken.find((w) => w.id === wijkId);
    const key = wijk ? `${region.id}/${wijk.id}` : region.id;
    const token = await this.feedToken(key, renew);
    const base = this.deps.publicUrl.replace(/\/$/, "");
    const url = `${base}/calendar/${region.id}${wijk ? `/${wijk.id}` : ""}.ics?token=${token}`;
    return ephemeral(
      `${renew ? "Nieuwe kalenderlink; de oude werkt niet meer.\n" : ""}Abonneer je in Outlook of Google Agenda op de overleggen van ${wijk ? `wijk ${wijk.name}` : region.name}:\n${url}\nDeel deze link alleen binnen het netwerk.`,
    );
  }
}
