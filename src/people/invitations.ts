/**
 * People join a network by invitation, without anyone editing a file: the gemeente (or an
 * admin) makes a one-time code for a role in a school, wijk or the region (/uitnodigen), the
 * invitee sends it to the bot from their own account on any platform (/aanmelden), and that
 * account becomes theirs, with the role. A person links a second account the same way, with a
 * code from /aanmelden in a chat the bot already knows them in. Revoking an invitation that was
 * used takes the role away at once, on every platform, because every message reads the roster.
 * Only a hash of each code is kept; every change goes to the audit log.
 */
import { randomBytes } from "node:crypto";
import { codeHash, newCode, readCode } from "../core/codes.ts";
import type { ChatFeature, CommandContext } from "../core/commands.ts";
import { msg } from "../core/i18n.ts";
import type { Logger } from "../core/logger.ts";
import type { Reply } from "../core/message.ts";
import { hasRole } from "../core/roster.ts";
import { normalize } from "../engine/text.ts";
import type { KnowledgeBase, RegionKnowledge } from "../knowledge/schema.ts";
import type { Invitation, Person } from "../model/people.ts";
import type { StoragePorts } from "../model/ports.ts";

export interface InvitationDeps {
  ports: Pick<StoragePorts, "invitations" | "audit" | "people" | "state">;
  knowledge: KnowledgeBase;
  logger: Logger;
  now?: () => number;
}

const DAY = 24 * 60 * 60 * 1000;
/** An invitation is valid 14 days; a code to link another account 10 minutes. */
const INVITATION_MS = 14 * DAY;
const LINK_MS = 10 * 60 * 1000;
/** Codes one account may try per hour: eight characters of 32 are not to be guessed. */
const ATTEMPTS_PER_HOUR = 10;

/** The words for a role, in both languages, and the roster role they give. */
/** The words for a role, in both languages, the roster role they give, and the contact role people ask for. */
const ROLE_WORDS: Record<string, { role: string; nl: string; en: string; contact?: string }> = {
  directeur: { role: "directeur", nl: "Directeur", en: "Director" },
  director: { role: "directeur", nl: "Directeur", en: "Director" },
  schoolleider: { role: "directeur", nl: "Directeur", en: "Director" },
  wijkagent: { role: "politie", nl: "Wijkagent", en: "Wijkagent", contact: "wijkagent" },
  schoolagent: { role: "politie", nl: "Schoolagent", en: "Schoolagent", contact: "schoolagent" },
  politie: { role: "politie", nl: "Politie", en: "Police" },
  police: { role: "politie", nl: "Politie", en: "Police" },
  partner: { role: "partner", nl: "Partner", en: "Partner" },
  jongerenwerker: { role: "partner", nl: "Jongerenwerker", en: "Youth worker", contact: "jongerenwerker" },
  leerplicht: { role: "partner", nl: "Leerplicht", en: "Leerplicht", contact: "leerplichtambtenaar" },
  leerplichtambtenaar: {
    role: "partner",
    nl: "Leerplicht",
    en: "Leerplicht",
    contact: "leerplichtambtenaar",
  },
  halt: { role: "partner", nl: "Halt", en: "Halt", contact: "halt" },
  ggd: { role: "partner", nl: "GGD", en: "GGD", contact: "ggd" },
  wijkregisseur: { role: "gemeente", nl: "Wijkregisseur", en: "Wijkregisseur", contact: "wijkregisseur" },
  gemeente: { role: "gemeente", nl: "Gemeente", en: "Municipality" },
  municipality: { role: "gemeente", nl: "Gemeente", en: "Municipality" },
};

const privately = (text: string): Reply => ({ text, visibility: "ephemeral" });
const day = (at: number, lang: "nl" | "en") =>
  new Date(at).toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  });

export class Invitations {
  private readonly deps: InvitationDeps;
  constructor(deps: InvitationDeps) {
    this.deps = deps;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** /uitnodigen and /aanmelden. */
  get feature(): ChatFeature {
    return {
      id: "invitations",
      commands: {
        uitnodigen: (c) => this.invite(c),
        aanmelden: (c) => this.join(c),
      },
    };
  }

  region(id: string | null | undefined): RegionKnowledge | undefined {
    return this.deps.knowledge.regions.find((r) => r.id === id);
  }

  /** /uitnodigen <rol> <school of wijk> | lijst | intrekken <id> */
  private async invite(c: CommandContext): Promise<Reply> {
    const { person, lang } = c;
    if (!person || !hasRole(person, ["gemeente", "admin"]))
      return privately(msg(lang, "invite.gemeenteOnly"));
    const region = this.region(person.region ?? c.region);
    if (!region) return privately(msg(lang, "invite.noRegion"));
    const [first = "", ...rest] = c.args.trim().split(/\s+/);
    const word = first.toLowerCase();
    if (!word || word === "help") return privately(msg(lang, "invite.usage"));
    if (word === "lijst" || word === "list") return this.list(region, lang);
    if (word === "intrekken" || word === "revoke") return this.revoke(region, rest.join(" "), person, lang);
    const made = await this.make(person, region, first, rest.join(" "), lang);
    if ("error" in made) return privately(made.error);
    return privately(
      msg(lang, "invite.made", {
        id: made.invitation.id,
        name: made.invitation.name,
        region: region.name,
        until: day(made.invitation.expiresAt, lang),
        code: made.code,
      }),
    );
  }

  /**
   * Makes an invitation for a role word ("directeur", "wijkagent") in a school or wijk of the
   * region (or the region when `place` is empty), by a gemeente or admin: the invitation and its
   * code, shown once; or what is wrong, in words for the person.
   */
  async make(
    by: Person,
    region: RegionKnowledge,
    roleWord: string,
    place: string,
    lang: "nl" | "en",
  ): Promise<{ invitation: Invitation; code: string } | { error: string }> {
    if (!hasRole(by, ["gemeente", "admin"])) return { error: msg(lang, "invite.gemeenteOnly") };
    const role = ROLE_WORDS[roleWord.trim().toLowerCase()];
    if (!role) return { error: msg(lang, "invite.unknownRole", { role: roleWord }) };
    const target = place.trim() ? this.place(region, place.trim()) : undefined;
    if (place.trim() && !target)
      return { error: msg(lang, "invite.unknownPlace", { place: place.trim(), region: region.name }) };
    if (role.role === "directeur" && !target?.school) return { error: msg(lang, "invite.schoolNeeded") };
    const code = newCode();
    const now = this.now();
    const name = `${role[lang]} ${target?.name ?? region.name}`;
    const invitation: Invitation = {
      id: randomBytes(3).toString("hex").toUpperCase(),
      codeHash: codeHash(code),
      kind: "person",
      role: role.role,
      region: region.id,
      ...(target?.school ? { school: target.school } : {}),
      ...(target?.wijk ? { wijk: target.wijk } : {}),
      name,
      ...(role.contact ? { contactRole: role.contact } : {}),
      by: by.id,
      createdAt: now,
      expiresAt: now + INVITATION_MS,
    };
    await this.deps.ports.invitations.add(invitation);
    await this.deps.ports.audit.add({
      at: now,
      by: by.id,
      action: "invited",
      region: region.id,
      subject: invitation.id,
      after: { role: role.role, name, school: target?.school ?? null, wijk: target?.wijk ?? null },
    });
    this.deps.logger.info("invitation made", { region: region.id, role: role.role });
    return { invitation, code };
  }

  /** A school (with its wijk) or a wijk of the region, by name or alias. */
  private place(
    region: RegionKnowledge,
    text: string,
  ): { school?: string; wijk?: string; name: string } | undefined {
    const asked = normalize(text).replace(/^(ikc|kc|obs|cbs|rkbs|sbo|so|basisschool|school|de|het) /, "");
    const matches = (names: string[]) =>
      names.some((n) => {
        const x = normalize(n);
        return (
          x === asked || x.endsWith(` ${asked}`) || x.replace(/^(ikc|kc|obs|cbs|rkbs|sbo|so) /, "") === asked
        );
      });
    const school = region.schools.find((s) => matches([s.name, ...s.aliases]));
    if (school)
      return { school: school.id, ...(school.wijk ? { wijk: school.wijk } : {}), name: school.name };
    const wijk = region.wijken.find((w) => matches([w.id, w.name, ...w.aliases]));
    return wijk ? { wijk: wijk.id, name: wijk.name } : undefined;
  }

  private async list(region: RegionKnowledge, lang: "nl" | "en"): Promise<Reply> {
    const all = await this.deps.ports.invitations.list(region.id);
    const mine = all.filter((i) => i.kind === "person");
    if (mine.length === 0) return privately(msg(lang, "invite.none", { region: region.name }));
    const now = this.now();
    const state = (i: Invitation) =>
      i.revokedAt !== undefined
        ? msg(lang, "invite.revokedOn", { on: day(i.revokedAt, lang) })
        : i.usedAt !== undefined
          ? msg(lang, "invite.used", { on: day(i.usedAt, lang) })
          : i.expiresAt <= now
            ? msg(lang, "invite.expired")
            : msg(lang, "invite.open", { until: day(i.expiresAt, lang) });
    return privately(
      [
        msg(lang, "invite.listHead", { region: region.name }),
        ...mine.slice(0, 30).map((i) => `${i.id} · ${i.name} · ${state(i)}`),
      ].join("\n"),
    );
  }

  /** Revokes an invitation; one that was used takes its role from the person who used it. */
  async revoke(region: RegionKnowledge, id: string, by: Person, lang: "nl" | "en"): Promise<Reply> {
    const { ports } = this.deps;
    const key = id.trim().toUpperCase();
    const invitation = key ? await ports.invitations.byId(key) : undefined;
    if (!invitation || invitation.region !== region.id || invitation.kind !== "person")
      return privately(msg(lang, "invite.unknownId", { id: key || "?", region: region.name }));
    const now = this.now();
    await ports.invitations.revoke(invitation.id, now);
    await ports.audit.add({
      at: now,
      by: by.id,
      action: "revoked",
      region: region.id,
      subject: invitation.id,
    });
    const holder = invitation.person ? await ports.people.byId(invitation.person) : undefined;
    if (!holder?.roles.includes(invitation.role))
      return privately(msg(lang, "invite.revoked", { id: invitation.id, name: invitation.name }));
    const roles = holder.roles.filter((r) => r !== invitation.role);
    const { contact: _dropped, ...withoutContact } = holder;
    // Without a role the person is no member any more: the accounts are unknown to the bot again.
    if (roles.length === 0) await ports.people.remove(holder.id);
    else await ports.people.put({ ...(invitation.contactRole ? withoutContact : holder), roles });
    await ports.audit.add({
      at: now,
      by: by.id,
      action: "role-removed",
      region: region.id,
      subject: holder.id,
      before: { roles: holder.roles },
      after: { roles },
    });
    this.deps.logger.info("role removed by revoking an invitation", { region: region.id });
    return privately(
      msg(lang, "invite.roleRemoved", { id: invitation.id, name: holder.name, role: invitation.role }),
    );
  }

  /** /aanmelden <code>, or without a code: a code to link another account. */
  private async join(c: CommandContext): Promise<Reply> {
    const { ports } = this.deps;
    const { message, lang, person } = c;
    const platform = message.sender.platform;
    if (platform === "web" || platform === "cli") return privately(msg(lang, "join.platform"));
    const account = `${platform}:${message.sender.id}`;
    const now = this.now();
    if (!c.args.trim()) return person ? this.linkCode(person, lang) : privately(msg(lang, "join.usage"));
    // A code typed in a group is seen by everyone there: it is only taken in a private chat
    // (or a slash command, whose text nobody else sees).
    if (message.conversation.kind !== "direct" && !message.command)
      return privately(msg(lang, "join.private"));
    if ((await ports.state.hit("join-attempts", account, now, 60 * 60 * 1000)) > ATTEMPTS_PER_HOUR)
      return privately(msg(lang, "join.tooMany"));
    // "/aanmelden ABCD-EFGH Jan de Vries": the code, and the name the person goes by.
    const typed = c.args.trim().match(/^([A-Za-z2-9]{4}[\s-]?[A-Za-z2-9]{4})(?:\s+(.+))?$/);
    const code = typed ? readCode(typed[1] as string) : undefined;
    // A name is letters, spaces, dots, hyphens and apostrophes: nothing a platform reads as markup
    // ("<!channel>") or a link.
    const ownName = typed?.[2]
      ?.replace(/<[^>]*>/g, "")
      .replace(/[^\p{L}\p{M}\s.'-]/gu, "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 80);
    const hash = code ? codeHash(code) : undefined;
    // The person the code is for: the sender's own roster entry, or a new one.
    const id = person?.id ?? `p-${randomBytes(6).toString("hex")}`;
    const invitation = hash ? await ports.invitations.accept(hash, id, now) : undefined;
    if (!invitation) {
      this.deps.logger.warn("join refused: code unknown, used, revoked or expired", { platform });
      return privately(msg(lang, "join.invalid"));
    }
    if (invitation.kind === "account") {
      // The code was made by the person whose account this becomes.
      const target = await ports.people.byId(invitation.by);
      if (!target) return privately(msg(lang, "join.invalid"));
      await ports.people.put({ ...target, accounts: [...new Set([...target.accounts, account])] });
      await ports.audit.add({
        at: now,
        by: target.id,
        action: "account-linked",
        region: target.region ?? null,
        subject: target.id,
        after: { platform },
      });
      return privately(msg(lang, "join.linked", { name: target.name }));
    }
    const before = person ? structuredClone(person) : undefined;
    const contact = invitation.contactRole
      ? {
          contact: {
            role: invitation.contactRole,
            ...(invitation.school ? { school: invitation.school } : {}),
            ...(invitation.wijk && !invitation.school ? { wijk: invitation.wijk } : {}),
            since: new Date(now).toISOString().slice(0, 10),
          },
        }
      : {};
    const joined: Person = person
      ? {
          ...person,
          roles: [...new Set([...person.roles, invitation.role])],
          ...(person.region ? {} : invitation.region ? { region: invitation.region } : {}),
          ...(person.school || !invitation.school ? {} : { school: invitation.school }),
          ...contact,
        }
      : {
          id,
          name: ownName || invitation.name,
          roles: [invitation.role],
          ...(invitation.region ? { region: invitation.region } : {}),
          ...(invitation.school ? { school: invitation.school } : {}),
          accounts: [account],
          ...contact,
        };
    await ports.people.put(joined);
    await ports.audit.add({
      at: now,
      by: joined.id,
      action: "joined",
      region: invitation.region,
      subject: joined.id,
      ...(before ? { before: { roles: before.roles } } : {}),
      after: { roles: joined.roles, school: joined.school ?? null, platform },
    });
    this.deps.logger.info("invitation accepted", { region: invitation.region, role: invitation.role });
    const region = this.region(invitation.region);
    const school = region?.schools.find((s) => s.id === invitation.school);
    const wijk = region?.wijken.find((w) => w.id === invitation.wijk);
    const where = [school?.name ?? wijk?.name, region?.name].filter(Boolean).join(", ");
    return privately(msg(lang, "join.welcome", { name: joined.name, role: invitation.role, where }));
  }

  /** A one-time code, valid 10 minutes, that links the account it is sent from to this person. */
  private async linkCode(person: Person, lang: "nl" | "en"): Promise<Reply> {
    const code = newCode();
    const now = this.now();
    await this.deps.ports.invitations.add({
      id: randomBytes(3).toString("hex").toUpperCase(),
      codeHash: codeHash(code),
      kind: "account",
      role: "",
      region: person.region ?? null,
      name: person.name,
      by: person.id,
      createdAt: now,
      expiresAt: now + LINK_MS,
    });
    return privately(msg(lang, "join.linkCode", { code }));
  }
}
