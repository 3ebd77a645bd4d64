export type PiiKind =
  | "naam"
  | "telefoon"
  | "email"
  | "bsn"
  | "adres"
  | "postcode"
  | "kenteken"
  | "geboortedatum"
  | "handle"
  | "iban";

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

/** A stretch of a dictated text and what the transcript of it writes there (said-aloud.ts). */
export interface Swap extends Range {
  typed: string;
}

export const finding = (kind: PiiKind, text: string, start: number, end: number): PiiFinding => ({
  kind,
  start,
  end,
  text: text.slice(start, end),
});

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
