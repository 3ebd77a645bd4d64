/**
 * Contacts that stay current: every few months (six unless the region's contacts.yaml says
 * otherwise) the bot asks each contact privately whether they still hold their role:
 * "Ben jij nog de wijkagent voor Buytenwegh? [Ja] [Nee, iemand anders] [Nee, weet ik niet]".
 *
 * - Ja: the confirmation date is today; answers say "laatst bevestigd op <date>".
 * - Nee, iemand anders: they stop being named at once; the bot asks who it is now and passes
 *   the name privately to the gemeente of the region, to invite that person.
 * - Nee, weet ik niet: they stop being named; the gemeente is told the role is open.
 * - No answer in 14 days: the dashboard flags the entry; answers keep the last date.
 *
 * Only the person asked can answer (the click's sender must be that roster person). The
 * question goes through the outbox under one key per person and cycle, so several instances
 * ask once; on WhatsApp outside the 24-hour window it is the approved template with quick
 * replies.
 */
import cron, { type ScheduledTask } from "node-cron";
import type { ChatFeature } from "../core/commands.ts";
import type { Logger } from "../core/logger.ts";
import type { Reply } from "../core/message.ts";
import type { Outbox } from "../delivery/outbox.ts";
import { directTarget } from "../delivery/private.ts";
import { type Target, targetKey } from "../kernel/delivery.ts";
import type { KnowledgeBase, RegionKnowledge } from "../knowledge/schema.ts";
import type { Person, PersonContact } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";

export interface ContactCheckDeps {
  ports: Pick<StoragePorts, "people" | "audit" | "state">;
  knowledge: KnowledgeBase;
  outbox: Pick<Outbox, "enqueue" | "can">;
  logger: Logger;
  now?: () => number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Days a contact has to answer before the dashboard flags the entry. */
export const ANSWER_DAYS = 14;
const SUCCESSOR = "contact-successor";
const MAX_NAME = 80;

export type ContactState =
  | { kind: "confirmed"; until: string }
  | { kind: "asked"; at: number }
  | { kind: "overdue"; at: number }
  | { kind: "unreachable" };

const today = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The date, `months` months after a YYYY-MM-DD date. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });

export class ContactCheck {
  private readonly deps: ContactCheckDeps;
  private task: ScheduledTask | undefined;
  private running: Promise<void> | undefined;

  constructor(deps: ContactCheckDeps) {
    this.deps = deps;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** Asks whoever is due at once, then checks every hour. */
  async start(): Promise<void> {
    await this.tick();
    this.task = cron.schedule("23 * * * *", () => this.tick(), { noOverlap: true });
  }

  async stop(): Promise<void> {
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
  }

  /** Asks every contact whose confirmation is due and who was not asked this cycle. */
  tick(): Promise<void> {
    this.running = (this.running ?? Promise.resolve()).then(() =>
      this.run().catch((e: unknown) =>
        this.deps.logger.error("contact check failed", { error: (e as Error).message }),
      ),
    );
    return this.running;
  }

  private region(id?: string): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** Where the bot can write to the person alone. */
  private direct(person: Person): Target | undefined {
    return directTarget(person.accounts, (platform, c) => this.deps.outbox.can(platform, c));
  }

  /** When the person's next confirmation is due (YYYY-MM-DD). */
  due(person: Person): string | undefined {
    const c = person.contact;
    const region = this.region(person.region);
    return c && region ? addMonths(c.confirmed ?? c.since, region.confirmEveryMonths) : undefined;
  }

  /** How current a contact is, for the dashboard. */
  state(person: Person): ContactState {
    const c = person.contact as PersonContact;
    if (c.askedAt !== undefined)
      return this.now() - c.askedAt > ANSWER_DAYS * DAY
        ? { kind: "overdue", at: c.askedAt }
        : { kind: "asked", at: c.askedAt };
    if (person.accounts.length === 0 || !this.direct(person)) return { kind: "unreachable" };
    return { kind: "confirmed", until: this.due(person) ?? "" };
  }

  private async run(): Promise<void> {
    const now = this.now();
    for (const person of await this.deps.ports.people.all()) {
      const c = person.contact;
      const region = this.region(person.region);
      if (!c || !region || person.demo || c.askedAt !== undefined) continue;
      const due = this.due(person) as string;
      if (today(now) < due) continue;
      const target = this.direct(person);
      if (!target) continue;
      const role = this.roleName(c.role);
      const place = this.placeName(region, c);
      const value = (answer: string) => `contact:${answer}:${person.id}`;
      const batch = `contact-check:${person.id}:${c.confirmed ?? c.since}`;
      const { queued } = await this.deps.outbox.enqueue(
        { id: batch, kind: "contact-check", region: region.id, wijk: c.wijk ?? null, createdAt: now },
        [
          {
            key: `${batch}:${targetKey(target)}`,
            target,
            message: {
              text: `Ben jij nog de ${role} voor ${place}? Wie de bot vraagt wie de ${role} is, krijgt jouw naam; daarom vraagt de bot het elke ${region.confirmEveryMonths} maanden.`,
              buttons: [
                { id: "contact-ja", label: "Ja", value: value("ja") },
                { id: "contact-ander", label: "Nee, iemand anders", value: value("ander") },
                { id: "contact-weetniet", label: "Nee, weet ik niet", value: value("weetniet") },
              ],
              template: {
                name: "convenantbot_contact_bevestigen",
                language: "nl",
                params: [role, place],
                buttons: [value("ja"), value("ander"), value("weetniet")],
              },
            },
          },
        ],
      );
      // Asked once per cycle, whichever instance queued it.
      await this.deps.ports.people.put({ ...person, contact: { ...c, askedAt: now } });
      if (queued > 0) this.deps.logger.info("contact asked to confirm", { region: region.id, role: c.role });
    }
  }

  private roleName(id: string): string {
    return this.deps.knowledge.vocabulary.roles.find((r) => r.id === id)?.nl.toLowerCase() ?? id;
  }

  private placeName(region: RegionKnowledge, c: PersonContact): string {
    return (
      region.schools.find((s) => s.id === c.school)?.name ??
      region.wijken.find((w) => w.id === c.wijk)?.name ??
      region.name
    );
  }

  /** Tells the gemeente of the region, privately on each of their direct accounts. */
  private async tellGemeente(region: RegionKnowledge, about: Person, text: string): Promise<void> {
    const targets = (await this.deps.ports.people.all())
      .filter((p) => p.region === region.id && p.roles.includes("gemeente") && !p.demo)
      .flatMap((p) => {
        const t = this.direct(p);
        return t ? [t] : [];
      });
    if (targets.length === 0) {
      this.deps.logger.warn("contact change: no gemeente to tell", { region: region.id });
      return;
    }
    const batch = `contact-change:${about.id}:${this.now()}`;
    await this.deps.outbox.enqueue(
      { id: batch, kind: "contact-check", region: region.id, wijk: null, createdAt: this.now() },
      targets.map((target) => ({ key: `${batch}:${targetKey(target)}`, target, message: { text } })),
    );
  }

  /** The person no longer holds the contact role: they stop being named at once. */
  private async drop(person: Person, region: RegionKnowledge, reason: string): Promise<void> {
    const { contact, ...rest } = person;
    await this.deps.ports.people.put(rest);
    await this.deps.ports.audit.add({
      at: this.now(),
      by: person.id,
      action: "contact-removed",
      region: region.id,
      subject: person.id,
      before: contact,
      after: { reason },
    });
  }

  private async answer(value: string, person: Person | undefined): Promise<Reply> {
    const [, answer, id] = value.split(":");
    if (!person || person.id !== id)
      return privately("Deze vraag was voor iemand anders; je antwoord is niet gebruikt.");
    const region = this.region(person.region);
    const c = person.contact;
    if (!c || !region)
      return privately("Je staat niet (meer) als contact genoemd; er is niets te bevestigen.");
    const role = this.roleName(c.role);
    const place = this.placeName(region, c);
    if (answer === "ja") {
      const { askedAt: _asked, ...rest } = c;
      const confirmed = today(this.now());
      await this.deps.ports.people.put({ ...person, contact: { ...rest, confirmed } });
      await this.deps.ports.audit.add({
        at: this.now(),
        by: person.id,
        action: "contact-confirmed",
        region: region.id,
        subject: person.id,
        before: { confirmed: c.confirmed ?? c.since },
        after: { confirmed },
      });
      return privately(
        `Dank je, bevestigd: jij blijft de ${role} voor ${place}. Over ${region.confirmEveryMonths} maanden vraagt de bot het weer.`,
      );
    }
    if (answer === "ander") {
      await this.drop(person, region, "iemand anders");
      await this.deps.ports.state.set(
        SUCCESSOR,
        person.id,
        { role: c.role, school: c.school, wijk: c.wijk },
        this.now() + 7 * DAY,
      );
      return privately(
        `Dank je. De bot noemt jou niet meer als ${role} voor ${place}. Wie is het nu? Stuur de naam in een bericht; de gemeente krijgt die om diegene uit te nodigen.`,
      );
    }
    await this.drop(person, region, "weet niet wie");
    await this.tellGemeente(
      region,
      person,
      `${person.name} is niet meer de ${role} voor ${place} en weet niet wie het nu is. Tot er iemand is, noemt de bot geen ${role} voor ${place}. Nodig de nieuwe uit met /uitnodigen ${c.role} ${place}.`,
    );
    return privately(
      `Dank je. De bot noemt jou niet meer als ${role} voor ${place}; de gemeente zoekt uit wie het nu is.`,
    );
  }

  readonly feature: ChatFeature = {
    id: "contact-check",
    buttons: { contact: ({ click, person }) => this.answer(click.value, person) },
    replies: async ({ person, args }) => {
      // A question is a question, not a name: it is answered as usual and the bot keeps waiting.
      if (!person || args.includes("?") || args.length > MAX_NAME) return undefined;
      const asked = await this.deps.ports.state.take<Pick<PersonContact, "role" | "school" | "wijk">>(
        SUCCESSOR,
        person.id,
        this.now(),
      );
      const region = this.region(person.region);
      if (!asked || !region) return undefined;
      const role = this.roleName(asked.role);
      const place = this.placeName(region, { ...asked, since: "" });
      // Only letters, spaces and the marks of names: nothing in it reads as a link or a mention.
      const name = args
        .replace(/[^\p{L}\p{M}' .-]/gu, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, MAX_NAME);
      if (!name) return privately("Dat lijkt geen naam. Stuur alleen de naam van wie het nu is.");
      await this.tellGemeente(
        region,
        person,
        `${person.name} meldt: de ${role} voor ${place} is nu ${name}. Nodig diegene uit met /uitnodigen ${asked.role} ${place}; tot dan noemt de bot geen ${role} voor ${place}.`,
      );
      this.deps.logger.info("contact successor passed to the gemeente", {
        region: region.id,
        role: asked.role,
      });
      return privately(`Dank je, doorgegeven aan de gemeente: ${name} als ${role} voor ${place}.`);
    },
  };
}
