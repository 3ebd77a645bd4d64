// What the personal-data tests share: the real knowledge base, the findings of a text, and
// whether spans are gone once the text is redacted.
import { expect } from "vitest";
import { findPersonalData, redact } from "../../src/signals/pii.ts";
import { realKnowledge } from "../helpers.ts";

export const knowledge = realKnowledge();

/** Each finding of a text as "kind:text". */
export const found = (text: string) =>
  findPersonalData(text, { knowledge }).map((f) => `${f.kind}:${f.text}`);

/** That none of the spans is left in the text once redacted. */
export const has = (text: string, ...spans: string[]) => {
  const left = redact(text, findPersonalData(text, { knowledge }));
  for (const span of spans) expect(left, text).not.toContain(span);
};

/** That none of the texts gets a finding. */
export const nothingIn = (texts: readonly string[]) => {
  for (const text of texts) expect(found(text), text).toEqual([]);
};

/** That each text, once redacted, holds none of its spans. */
export const goneFrom = (texts: ReadonlyArray<readonly [string, readonly string[]]>) => {
  for (const [text, spans] of texts) has(text, ...spans);
};
