/**
 * The people of a network and what the bot keeps of the conversations and users it meets,
 * and the ratings of its answers: the records the people, conversations, users and feedback
 * ports keep.
 */
export interface ConversationRecord {
  region: string | null;
  wijk: string | null;
  /** Roster id of who linked it, and the date (no time). */
  linkedBy?: string;
  linkedOn?: string;
  /** Platform data needed to post into the conversation later (Teams conversation reference). */
  reference?: unknown;
  /** A group the bot manages itself (a WhatsApp group of a wijk network). */
  group?: ManagedGroup;
}

export interface ManagedGroup {
  subject: string;
  /** The link people join with; sent privately, never posted in a group. */
  inviteLink?: string;
  status: "active" | "suspended" | "deleted";
  /** Members' platform ids (phone numbers), the business's own number not included. */
  members: string[];
  /** Epoch ms it was created. */
  createdAt: number;
}

export interface UserRecord {
  region?: string | null;
  wijk?: string | null;
  /** Epoch ms of the user's last message (WhatsApp's 24-hour window). */
  lastMessageAt?: number;
}

export interface Person {
  id: string;
  name: string;
  roles: string[];
  region?: string;
  school?: string;
  /** Platform accounts of this person: `slack:U123`, `teams:<aad id>`, `whatsapp:31612345678`. */
  accounts: string[];
  /** A fictional person of the demo web chat: present only while the web chat runs in demo mode. */
  demo?: boolean;
  /**
   * The contact role the person holds (a vocabulary role: wijkagent, jongerenwerker, ...) for
   * a school or wijk of their region, or the whole region, since the date they took it up
   * (YYYY-MM-DD). Answers to "wie is de wijkagent voor ...?" name them.
   */
  contact?: PersonContact;
}

/** A contact role a person holds, and how current it is. */
export interface PersonContact {
  /** A vocabulary role: wijkagent, jongerenwerker, leerplichtambtenaar, ... */
  role: string;
  school?: string;
  wijk?: string;
  /** The date they took it up (YYYY-MM-DD). */
  since: string;
  /** The date they last confirmed they still hold it (YYYY-MM-DD); `since` until then. */
  confirmed?: string;
  /** Epoch ms the bot last asked them to confirm; cleared by an answer. */
  askedAt?: number;
  /** How people reach them, when the person or the gemeente gave it. */
  phone?: string;
  email?: string;
  /** Added by the gemeente by hand or imported (no invitation): roster id of who did it. */
  addedBy?: string;
}

export interface Feedback {
  /** Date only: when is not needed to the minute. */
  on: string;
  platform: string;
  /** The rating; absent on a question kept only because it was not answered or asked back. */
  helpful?: boolean;
  /** The intent and covenants of the rated answer. */
  intent?: string;
  covenants?: string[];
  /**
   * Learning from use: the text of a question that was not answered from the covenants, asked
   * back, or rated "niet nuttig" (no sender, no conversation; redacted of personal data), kept
   * QUESTION_LOG_DAYS days. Never the text of a signal.
   */
  question?: string;
  /** Why it was kept. */
  reason?: "not-in-covenants" | "asked-back" | "no-contact" | "sample-contact" | "no-date" | "not-helpful";
  /** The unit the answer was built on, or the closest one. */
  unit?: string;
}

/**
 * An invitation to join a network with a role: a one-time code, bound to role, region and
 * school or wijk, valid 14 days. Only a hash of the code is kept.
 */
export interface Invitation {
  /** A short id to name it by (in lists, to revoke it); not the code. */
  id: string;
  /** SHA-256 of the code. */
  codeHash: string;
  /** "person" invites someone new with a role; "account" links another platform account of `person`. */
  kind: "person" | "account";
  role: string;
  region: string | null;
  school?: string;
  wijk?: string;
  /** The display name the new person gets ("Directeur IKC De Klimboom"), unless they give theirs. */
  name: string;
  /** The contact role it gives (wijkagent, jongerenwerker, ...), when the role is one people ask for. */
  contactRole?: string;
  /** Roster id of who made it. */
  by: string;
  createdAt: number;
  expiresAt: number;
  /** The roster person it made (or linked an account to), once accepted. */
  person?: string;
  usedAt?: number;
  revokedAt?: number;
}

/** A change of a person, a role or a contact: who, when, what was before and after. */
export interface AuditEntry {
  at: number;
  /** Roster id of who made the change. */
  by: string;
  action:
    | "invited"
    | "joined"
    | "account-linked"
    | "revoked"
    | "role-removed"
    | "contact-added"
    | "contact-changed"
    | "contact-removed"
    | "contact-confirmed"
    | "contact-imported";
  /** The region the change belongs to (null: national). */
  region: string | null;
  /** The person or invitation changed. */
  subject: string;
  before?: unknown;
  after?: unknown;
}
