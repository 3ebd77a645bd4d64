import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("the school's own administration", () => {
  it("finds a date of birth read from a passport or a record", () => {
    has("Date of birth per passport: 30 September 2014.", "30 September 2014");
    has("Geboortedatum volgens paspoort 1 januari 2016.", "1 januari 2016");
  });

  it("leaves the school's own desks, lines and mailboxes alone, and no one else's", () => {
    for (const text of [
      "Correction: the school trip mobile is 06-13572468, not the number printed in last week's newsletter.",
      "The attendance office is at Stationsplein 12, 1012 AB Amsterdam, open 8:00-16:30, phone 020-5551234.",
      "Ziekmeldingen graag vóór 08.15 uur doorgeven via 030-2846100 (keuze 1) of absentie@atlascollege.nl.",
    ])
      expect(found(text), text).toEqual([]);
    has("my mum's trip phone is 06-12345678", "06-12345678");
    has("Her office is at Kerkstraat 12, she says.", "Kerkstraat 12");
  });
});
