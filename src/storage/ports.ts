/**
 * Storage ports: one small async interface per aggregate, with value semantics (what a port
 * returns is a copy; changing it changes nothing stored). Every backend (memory, the lowdb
 * file, PostgreSQL) implements them and passes the same contract, tests/storage-contract.ts.
 *
 * Each port names its retention rule. Keys are "<platform>:<id>" strings, as everywhere else.
 */
import type { ConversationRecord, Person, UserRecord } from "./store.ts";

/** Incoming events already handled, so a redelivered one is answered once. Kept 7 days. */
export interface EventsPort {
  /**
   * Records the event; true the first time its key is seen, false after. Atomic: of two
   * instances that see the same event, exactly one gets true.
   */
  first(key: string, at: number): Promise<boolean>;
  /** Forgets events first seen before `before` (epoch ms); returns how many. */
  prune(before: number): Promise<number>;
}

/** The roster: people, their roles and platform accounts. Kept until removed. */
export interface PeoplePort {
  all(): Promise<Person[]>;
  byId(id: string): Promise<Person | undefined>;
  /** The person with this account ("slack:U123"). */
  byAccount(account: string): Promise<Person | undefined>;
  /** Adds the person, or replaces the one with the same id. An account belongs to one person. */
  put(person: Person): Promise<void>;
  remove(id: string): Promise<boolean>;
}

/** Conversations the bot knows: their region link and platform reference. Kept until unlinked. */
export interface ConversationsPort {
  get(key: string): Promise<ConversationRecord | undefined>;
  /** Changes the given fields (creating the record when new) and returns the result. */
  patch(key: string, change: Partial<ConversationRecord>): Promise<ConversationRecord>;
  /** Conversations linked to the region, and to the wijk when one is given. */
  linkedTo(region: string, wijk: string | null): Promise<Array<{ key: string; record: ConversationRecord }>>;
}

/**
 * Platform users: the region of their own questions and when they last wrote (WhatsApp's
 * 24-hour window). Users without a role and without a message for 90 days are pruned.
 */
export interface UsersPort {
  get(key: string): Promise<UserRecord | undefined>;
  patch(key: string, change: Partial<UserRecord>): Promise<UserRecord>;
  inRegion(region: string, wijk: string | null): Promise<Array<{ key: string; record: UserRecord }>>;
  /** Removes users whose last message is before `before`, except the keys in `keep`. */
  prune(before: number, keep: ReadonlySet<string>): Promise<number>;
}

/** Secret tokens of the calendar feeds, per region or region/wijk. Kept until replaced. */
export interface CalendarTokensPort {
  get(feed: string): Promise<string | undefined>;
  set(feed: string, token: string): Promise<void>;
}

export interface StoragePorts {
  events: EventsPort;
  people: PeoplePort;
  conversations: ConversationsPort;
  users: UsersPort;
  calendarTokens: CalendarTokensPort;
  /** Releases connections, locks and files. */
  close(): Promise<void>;
}
