/**
 * The network: trend alerts from the gemeente to every conversation of a region or wijk
 * (/trend), and short messages from any member to their wijk network (/deel), on every
 * platform at once, through the outbox, with a delivery report for the sender.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Logger } from "../core/logger.ts";
import type { IncomingMessage, Platform, Reply } from "../core/message.ts";
import { hasRole } from "../core/roster.ts";
import {
  type BatchReport,
  type OutboundMessage,
  PLATFORM_NAMES,
  perPlatform,
  splitKey,
  type Target,
  targetKey,
} from "../delivery/model.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, RegionKnowledge, Wijk } from "../knowledge/schema.ts";
import { findPersonalData } from "../signals/pii.ts";
import type { Person, Store } from "../storage/store.ts";

export interface NetworkDeps {
  store: Store;
  knowledge: KnowledgeBase;
  logger: Logger;
  outbox: Outbox;
}

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

/** A message held back because it seems to contain personal data, until its sender confirms. */
interface Held {
  by: string;
  expires: number;
  send: () => Promise<Reply>;
}
const HOLD_MS = 10 * 60 * 1000;

export class Network {
  private readonly deps: NetworkDeps;
  private readonly held = new Map<string, Held>();
  constructor(deps: NetworkDeps) {
    this.deps = deps;
  }

  /**
   * A message to the whole network should not carry personal data, as the WhatsApp groups
   * it replaces often did: what the detector finds is shown, and the sender chooses to send
   * it anyway (a button) or rephrase.
   */
  private holdIfPersonal(text: string, person: Person, send: () => Promise<Reply>): Reply | undefined {
    const findings = findPersonalData(text);
    if (findings.length === 0) return undefined;
    const now = Date.now();
    for (const [k, h] of this.held) if (h.expires < now) this.held.delete(k);
    const id = randomBytes(9).toString("base64url");
    this.held.set(id, { by: person.id, expires: now + HOLD_MS, send });
    const kinds = [...new Set(findings.map((f) => f.kind))].join(", ");
    return {
      text:
        `Ik zie mogelijk persoonsgegevens (${kinds}): ${findings.map((f) => `"${f.text}"`).join(", ")}. ` +
        "Dit bericht gaat naar het hele netwerk; deel persoonsgegevens alleen met wie ze nodig heeft. Stuur het opnieuw zonder, of verstuur het toch.",
      buttons: [
        { id: `netwerk:verstuur:${id}`, label: "Toch versturen", value: `netwerk:verstuur:${id}` },
        { id: `netwerk:annuleer:${id}`, label: "Niet versturen", value: `netwerk:annuleer:${id}` },
      ],
      visibility: "ephemeral",
    };
  }

  /** A click on "Toch versturen" / "Niet versturen" under a held message. */
  async click(value: string, person: Person | undefined): Promise<Reply> {
    const [, action, id = ""] = value.split(":");
    const held = this.held.get(id);
    if (!held || held.expires < Date.now() || held.by !== person?.id)
      return ephemeral("Dit bericht is verlopen of niet van jou; stuur het opnieuw.");
    this.held.delete(id);
    return action === "verstuur" ? held.send() : ephemeral("Niet verstuurd.");
  }

  private region(id: string | null | undefined): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Every conversation linked to the region (or wijk), and the region's people on WhatsApp. */
  recipients(region: string, wijk: string | null, except: Target[] = []): Target[] {
    const { store } = this.deps;
    const skip = new Set(except.map(targetKey));
    const out = new Map<string, Target>();
    const add = (t: Target) => {
      const k = targetKey(t);
      if (!skip.has(k)) out.set(k, t);
    };
    for (const [key, c] of Object.entries(store.data.conversations)) {
      if (c.region !== region || (wijk && c.wijk !== wijk)) continue;
      const [platform, conversation] = splitKey(key);
      // Web chats are reached through their people (below), not as conversations.
      if (platform === "web" || platform === "cli") continue;
      add({ platform, conversation });
    }
    // Users who linked their own region in a direct conversation (all WhatsApp users), and
    // the roster's people of the region on WhatsApp or the web chat, are part of its network.
    const schools = this.region(region)?.schools ?? [];
    for (const [key, u] of Object.entries(store.data.users)) {
      if (u.region !== region || (wijk && u.wijk !== wijk)) continue;
      // A Slack user id is also the address of the direct conversation with the bot.
      const [platform, id] = splitKey(key);
      if (platform === "whatsapp" || platform === "slack") add({ platform, conversation: id });
    }
    for (const p of store.data.people) {
      if (p.region !== region) continue;
      if (wijk && schools.find((s) => s.id === p.school)?.wijk !== wijk) continue;
      for (const a of p.accounts) {
        const [platform, id] = splitKey(a);
        // People are reached one to one where the platform addresses a person: WhatsApp, and
        // the local web chat's inbox.
        if (platform === "whatsapp" || platform === "web") add({ platform, conversation: id });
      }
    }
    return [...out.values()];
  }

  /** Where the sender's report goes: their own conversation, privately where the platform allows. */
  private reportTarget(message: IncomingMessage): Target | undefined {
    const platform = message.conversation.platform;
    if (!this.deps.outbox.platforms.includes(platform)) return undefined;
    return {
      platform,
      conversation: message.conversation.id,
      ...(platform === "slack" && message.conversation.kind === "group"
        ? { onlyFor: message.sender.id }
        : {}),
    };
  }

  private ownTargets(message: IncomingMessage, person: Person | undefined): Target[] {
    const own: Target[] = [];
    if (message.conversation.kind === "direct")
      own.push({ platform: message.conversation.platform, conversation: message.conversation.id });
    for (const a of person?.accounts ?? []) {
      const [platform, id] = splitKey(a);
      if (platform === "whatsapp" || platform === "web") own.push({ platform, conversation: id });
    }
    return own;
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
        person
          ? "Alleen de gemeente kan een trendmelding versturen. Iets delen met je wijk? Gebruik /deel <bericht>."
          : "Je staat nog niet in het deelnemersoverzicht, dus je kunt geen trendmelding versturen. Vraag de gemeente om je toe te voegen.",
      );
    }
    if (/^(rapport|status|report)$/i.test(args.trim())) return this.lastReport(person, "trend");
    const region = this.region(person.region ?? ctx.region);
    if (!region)
      return ephemeral(
        "Voor welke regio? Koppel dit gesprek eerst met /koppel <regio>, of vraag de beheerder je regio in het deelnemersoverzicht te zetten.",
      );
    let text = args.trim();
    let wijk: Wijk | undefined;
    const named = text.match(/^wijk\s+([\s\S]*)$/i);
    if (named) {
      const found = this.wijkAtStart(region, named[1] as string);
      if (!found) {
        const names = region.wijken.map((w) => w.name).join(", ");
        return ephemeral(
          names
            ? `Onbekende wijk in "${text.slice(0, 40)}". Wijken in ${region.name}: ${names}.`
            : `${region.name} werkt niet met wijken; stuur /trend <tekst> voor de hele regio.`,
        );
      }
      wijk = found.wijk;
      text = found.rest;
    }
    const problem = this.checkText(text, "/trend <tekst> of /trend wijk <wijk> <tekst>");
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
    const send = () => this.send("trend", person, message, region, wijk ?? null, outbound, "Trendmelding");
    return this.holdIfPersonal(text, person, send) ?? send();
  }

  /** /deel <tekst> | /deel rapport */
  async deel(args: string, ctx: NetworkContext): Promise<Reply> {
    const { person, message } = ctx;
    if (!person) {
      this.deps.logger.info("deel refused", {
        platform: message.conversation.platform,
        reason: "unknown user",
      });
      return ephemeral(
        "Je staat nog niet in het deelnemersoverzicht, dus je kunt nog niet delen met het netwerk. Vraag de gemeente of de beheerder om je toe te voegen.",
      );
    }
    if (/^(rapport|status|report)$/i.test(args.trim())) return this.lastReport(person, "deel");
    const { store } = this.deps;
    const conv = store.data.conversations[`${message.conversation.platform}:${message.conversation.id}`];
    const user = store.data.users[`${message.sender.platform}:${message.sender.id}`];
    const region = this.region(person.region ?? conv?.region ?? user?.region ?? ctx.region);
    const school = region?.schools.find((s) => s.id === person.school);
    const wijkId = conv?.wijk ?? school?.wijk ?? user?.wijk ?? null;
    const wijk = region?.wijken.find((w) => w.id === wijkId);
    if (!region || !wijk)
      return ephemeral(
        "Met welke wijk wil je delen? Koppel dit gesprek aan je wijk met /koppel <regio> <wijk>, bijvoorbeeld /koppel zoetermeer Seghwaert.",
      );
    const problem = this.checkText(args.trim(), "/deel <bericht>");
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
    const send = () => this.send("deel", person, message, region, wijk, outbound, "Bericht");
    return this.holdIfPersonal(args, person, send) ?? send();
  }

  private checkText(text: string, usage: string): Reply | undefined {
    if (!text) return ephemeral(`Wat wil je versturen? Gebruik ${usage}.`);
    if (text.length > MAX_TEXT)
      return ephemeral(
        `Je bericht is te lang (${text.length} tekens, maximaal ${MAX_TEXT}). Maak het korter.`,
      );
    return undefined;
  }

  private async send(
    kind: "trend" | "deel",
    person: Person,
    message: IncomingMessage,
    region: RegionKnowledge,
    wijk: Wijk | null,
    outbound: OutboundMessage,
    label: string,
  ): Promise<Reply> {
    const targets = this.recipients(region.id, wijk?.id ?? null, this.ownTargets(message, person));
    const where = wijk ? `wijk ${wijk.name}` : region.name;
    if (targets.length === 0)
      return ephemeral(
        `Er is nog geen gesprek gekoppeld aan ${where}, dus er is niets verstuurd. Koppel groepen met /koppel ${region.id}${wijk ? ` ${wijk.name}` : ""}.`,
      );
    const id = randomUUID();
    const reportTo = this.reportTarget(message);
    await this.deps.outbox.enqueue(
      {
        id,
        kind,
        region: region.id,
        wijk: wijk?.id ?? null,
        by: person.id,
        createdAt: Date.now(),
        ...(reportTo ? { reportTo } : {}),
      },
      targets.map((target) => ({ key: `${id}:${targetKey(target)}`, target, message: outbound })),
    );
    this.deps.logger.info(`${kind} queued`, {
      region: region.id,
      wijk: wijk?.id ?? null,
      recipients: targets.length,
    });
    const platforms = perPlatform(targets);
    return ephemeral(
      `${label} voor ${where} wordt verstuurd naar ${targets.length} ${targets.length === 1 ? "gesprek" : "gesprekken"} (${platforms}). ` +
        (reportTo
          ? `Je krijgt hier een afleverrapport zodra alles verstuurd is; tussendoor: /${kind} rapport.`
          : `Bekijk het afleverrapport met /${kind} rapport.`),
    );
  }

  private lastReport(person: Person, kind: "trend" | "deel"): Reply {
    const batch = this.deps.store.data.batches.filter((b) => b.kind === kind && b.by === person.id).at(-1);
    const report = batch && this.deps.outbox.report(batch.id);
    if (!report) return ephemeral(`Je hebt nog niets verstuurd met /${kind}.`);
    return ephemeral(reportText(report, this.deps.knowledge));
  }
}

/** The delivery report a sender sees: sent, failed and why, pending, per platform. */
export function reportText(report: BatchReport, knowledge: KnowledgeBase): string {
  const { batch } = report;
  const label =
    batch.kind === "trend" ? "trendmelding" : batch.kind === "deel" ? "bericht aan de wijk" : "bericht";
  const region = knowledge.regions.find((r) => r.id === batch.region);
  const wijk = region?.wijken.find((w) => w.id === batch.wijk);
  const lines = [
    `*Afleverrapport ${label}* (${wijk ? `wijk ${wijk.name}` : (region?.name ?? "")}, ${report.total} ${report.total === 1 ? "gesprek" : "gesprekken"}): ` +
      `${report.sent} verstuurd, ${report.failed.length} mislukt, ${report.pending} nog onderweg` +
      (report.uncertain
        ? `, ${report.uncertain} onzeker (de bot stopte tijdens het versturen; niet opnieuw verstuurd)`
        : "") +
      ".",
    `Per platform: ${Object.entries(report.byPlatform)
      .map(
        ([p, c]) =>
          `${PLATFORM_NAMES[p as Platform] ?? p} ${c.sent}/${c.sent + c.pending + c.failed + c.uncertain}`,
      )
      .join(", ")}.`,
  ];
  for (const f of report.failed.slice(0, 10))
    lines.push(`Mislukt: ${PLATFORM_NAMES[f.target.platform]} ${f.target.conversation}: ${f.reason}`);
  if (report.failed.length > 10) lines.push(`... en nog ${report.failed.length - 10} mislukt.`);
  return lines.join("\n");
}
