/**
 * Storage ports: one small async interface per aggregate, with value semantics (what a port
 * returns is a copy; changing it changes nothing stored). Every backend (memory, the lowdb
 * file, PostgreSQL) implements them and passes the same contract, tests/storage-contract.ts.
 *
 * Each port names its retention rule. Keys are "<platform>:<id>" strings, as everywhere else.
 */

import type { Batch, Delivery } from "./delivery.ts";
import type { Meeting } from "./meetings.ts";
import type { AuditEntry, ConversationRecord, Feedback, Invitation, Person, UserRecord } from "./people.ts";
import type { FollowUpQuestion, Signal } from "./signals.ts";

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

/** Invitations to a network. Kept 90 days after they expired or were used, for the audit. */
export interface InvitationsPort {
  add(invitation: Invitation): Promise<void>;
  /**
   * Accepts the invitation with this code hash for `person`: true for exactly one caller, and
   * only while it is unused, not revoked and not expired.
   */
  accept(codeHash: string, person: string, now: number): Promise<Invitation | undefined>;
  byId(id: string): Promise<Invitation | undefined>;
  /** Invitations of a region (all when null), newest first. */
  list(region: string | null): Promise<Invitation[]>;
  /** Marks it revoked; false when unknown or revoked already. */
  revoke(id: string, now: number): Promise<boolean>;
  /** Forgets invitations that expired or were used before `before`. */
  prune(before: number): Promise<number>;
}

/** Changes of people, roles and contacts. Kept 2 years. */
export interface AuditPort {
  add(entry: AuditEntry): Promise<void>;
  /** Entries of a region (all when null) at or after `since`, oldest first. */
  list(region: string | null, since: number): Promise<AuditEntry[]>;
  prune(before: number): Promise<number>;
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

/** Ratings of answers ("nuttig" / "niet nuttig"): date only, no sender. Kept 1 year. */
export interface FeedbackPort {
  add(feedback: Feedback): Promise<void>;
  /** Ratings given on or after the date (YYYY-MM-DD), oldest first. */
  since(on: string): Promise<Feedback[]>;
  /** Forgets ratings from before the date; returns how many. */
  prune(before: string): Promise<number>;
  /** Forgets the question texts kept from before the date (the ratings stay); returns how many. */
  forgetQuestions(before: string): Promise<number>;
}

/**
 * Anonymous signals for the signaaloverleg. Nothing here names a sender, a conversation or a
 * time finer than the ISO week. Kept for the region's retention period (months).
 */
export interface SignalsPort {
  add(signal: Signal): Promise<void>;
  byCode(code: string): Promise<Signal | undefined>;
  /** Signals of a region (all regions when null) logged in `sinceWeek` or later, oldest first. */
  list(region: string | null, sinceWeek?: string): Promise<Signal[]>;
  /** Adds a follow-up question from the gemeente; false when the signal is unknown. */
  ask(code: string, question: FollowUpQuestion): Promise<boolean>;
  /** Answers the oldest open question; false when there is none. */
  answer(code: string, answer: string): Promise<boolean>;
  /** Deletes signals logged before the week; returns how many. */
  prune(beforeWeek: string): Promise<number>;
  /**
   * Records a keyed hash of a /signaal message's id with its ISO week, so a redelivered
   * message is not logged twice; true the first time. Atomic, like EventsPort.first.
   */
  firstMessage(hash: string, week: string): Promise<boolean>;
  /** Forgets message hashes of weeks before `beforeWeek`. */
  pruneMessages(beforeWeek: string): Promise<number>;
}

/** The meeting plan. Meetings are kept a year after they took place. */
export interface MeetingsPort {
  /** Meetings of a region (every region when null), by start. */
  list(region: string | null): Promise<Meeting[]>;
  byId(id: string): Promise<Meeting | undefined>;
  /** Adds the meeting or replaces the one with its id. */
  put(meeting: Meeting): Promise<void>;
  /** Deletes meetings that started before `before` (epoch ms); returns how many. */
  prune(before: number): Promise<number>;
}

/** What a send that ended did to its delivery. */
export type Settlement =
  | { status: "sent"; ref?: string }
  | { status: "failed"; reason: string }
  /** Tried again from `notBefore` (epoch ms). */
  | { status: "pending"; reason: string; notBefore: number };

/**
 * The outbox: batches of messages the bot sends on its own, one delivery per recipient with
 * an idempotency key. Several instances share it: a delivery is claimed by one instance for
 * a lease; a claim whose lease runs out while its delivery was being sent becomes
 * "uncertain" (the platforms give no way to ask whether it arrived), one that was not being
 * sent yet goes back to the queue. Finished deliveries are kept 90 days.
 */
export interface OutboxPort {
  /**
   * Adds the batch (when new) and the deliveries whose key is new; returns the keys added.
   * Atomic per key: of two instances adding the same key, one adds it.
   */
  enqueue(batch: Batch, deliveries: Delivery[]): Promise<string[]>;
  batch(id: string): Promise<Batch | undefined>;
  /** Batches of a kind sent by a person, oldest first. */
  batchesBy(kind: Batch["kind"], by: string): Promise<Batch[]>;
  /** Batches created at or after `since` (epoch ms). */
  batchesSince(since: number): Promise<Batch[]>;
  deliveries(batch: string): Promise<Delivery[]>;
  /**
   * Claims up to `limit` pending deliveries of a platform that are due (`notBefore` ≤ now),
   * unclaimed or with an expired lease, for `owner` until now + leaseMs. Oldest first.
   */
  claim(platform: string, owner: string, now: number, leaseMs: number, limit: number): Promise<Delivery[]>;
  /**
   * Marks a claimed delivery as being sent (attempts + 1). False when the claim was lost
   * (the lease ran out and another instance has it): then it must not be sent.
   */
  sending(key: string, owner: string, now: number, leaseMs: number): Promise<boolean>;
  /** Records the outcome of a send and releases the claim. */
  settle(key: string, owner: string, outcome: Settlement, now: number): Promise<void>;
  /** Returns claims whose lease ran out: sending → uncertain, pending → unclaimed. */
  expire(now: number): Promise<{ uncertain: number; released: number }>;
  /** Marks every delivery held by `owner` as if its lease ran out now (an instance starting again). */
  release(owner: string, now: number): Promise<{ uncertain: number; released: number }>;
  /** Stops the batch's pending deliveries and marks it withdrawn; returns how many were stopped. */
  withdraw(batch: string, reason: string, now: number): Promise<number>;
  /** Marks the batch reported; true for exactly one caller, once every delivery has an outcome. */
  markReported(batch: string): Promise<boolean>;
  /** Batches not reported yet. */
  unreported(): Promise<Batch[]>;
  /** Pending deliveries per platform. */
  depth(): Promise<Record<string, number>>;
  /**
   * The pacing slot: the earliest time ≥ now at which a send on `lane` may go, and moves the
   * lane on by `intervalMs`. Shared by every instance, so pacing holds across them.
   */
  slot(lane: string, now: number, intervalMs: number): Promise<number>;
  /** Forgets finished deliveries changed before `before`, and batches left empty. */
  prune(before: number): Promise<number>;
}

/**
 * Short-lived conversation state (signal drafts, held broadcasts, rate-limit windows) that
 * must survive the next message reaching another instance. Keys are chosen by the feature
 * (a signal draft is keyed by a keyed hash, never by who sends it). Entries expire.
 */
export interface StatePort {
  get<T>(scope: string, key: string, now: number): Promise<T | undefined>;
  set<T>(scope: string, key: string, value: T, expiresAt: number): Promise<void>;
  /** Deletes and returns the entry: of two instances taking the same key, one gets it. */
  take<T>(scope: string, key: string, now: number): Promise<T | undefined>;
  delete(scope: string, key: string): Promise<void>;
  /**
   * Counts a hit in a sliding window of `windowMs` and returns the hits in the window,
   * this one included.
   */
  hit(scope: string, key: string, now: number, windowMs: number): Promise<number>;
  /** Forgets expired entries. */
  prune(now: number): Promise<number>;
}

/**
 * Random keys the instances share: made once, the same for every instance after. Used only
 * where no key is configured (SIGNAL_KEY); kept until forgotten.
 */
export interface KeysPort {
  /** The key of this name; made at random the first time. Atomic: two instances get the same. */
  get(name: string): Promise<string>;
  forget(name: string): Promise<void>;
}

export interface StoragePorts {
  events: EventsPort;
  people: PeoplePort;
  conversations: ConversationsPort;
  users: UsersPort;
  calendarTokens: CalendarTokensPort;
  feedback: FeedbackPort;
  signals: SignalsPort;
  meetings: MeetingsPort;
  outbox: OutboxPort;
  state: StatePort;
  keys: KeysPort;
  invitations: InvitationsPort;
  audit: AuditPort;
  /** Releases connections, locks and files. */
  close(): Promise<void>;
}
