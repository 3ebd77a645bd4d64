/**
 * Contacts: who holds a role people ask about ("wie is de wijkagent voor ...?"). The roster's
 * people with a contact role go before the knowledge base's contact list, and an answer uses
 * them the moment they change, without a restart.
 */
import type { Engine } from "../engine/engine.ts";
import type { Answer, AskOptions } from "../engine/types.ts";
import type { Person } from "../model/people.ts";
import type { PeoplePort } from "../model/ports.ts";

/** The roster's people who hold a contact role, as contacts of their region. */
export function rosterContacts(people: readonly Person[]): NonNullable<AskOptions["contacts"]> {
  return people.flatMap((p) =>
    p.contact && p.region && !p.demo
      ? [
          {
            region: p.region,
            role: p.contact.role,
            ...(p.contact.school ? { school: p.contact.school } : {}),
            ...(p.contact.wijk ? { wijk: p.contact.wijk } : {}),
            name: p.name,
            ...(p.contact.phone ? { phone: p.contact.phone } : {}),
            ...(p.contact.email ? { email: p.contact.email } : {}),
            verified: p.contact.confirmed ?? p.contact.since,
          },
        ]
      : [],
  );
}

/** The engine's answer; a question about who holds a role is asked again with the roster's contacts. */
export async function askWithContacts(
  engine: Pick<Engine, "ask">,
  people: Pick<PeoplePort, "all">,
  question: string,
  options: AskOptions,
): Promise<Answer> {
  const asked = engine.ask(question, options);
  if (asked.intent !== "contact") return asked;
  const contacts = rosterContacts(await people.all());
  return contacts.length > 0 ? engine.ask(question, { ...options, contacts }) : asked;
}
