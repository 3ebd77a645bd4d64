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

  it("keeps a sixty-eighth cold review's attacks on those rules", () => {
    // A date of a check is no date of birth; a named person's own trip phone stays theirs.
    expect(found("Please verify the date of birth per passport on 3 June 2025.")).toEqual([]);
    has("Kees de Boer, kampmobiel 06-12345678 (privé)", "06-12345678");
    has("Zijn kampmobiel is 06-12345678.", "06-12345678");
    has("Sophie Turner, camp mobile 06-12345678 (own number)", "06-12345678");
    // A home called an office stays a home; a family's mailbox after a menu choice stays theirs.
    has("Her main office is at Vlietweg 7, which is her house.", "Vlietweg 7");
    has(
      "Bel 071-5123467 (keuze 1) of ziekmelding.familiebakker@gmail.com, dat is het mailadres van het gezin.",
      "ziekmelding.familiebakker@gmail.com",
      "071-5123467",
    );
    // A Dutch office's address with its article.
    expect(found("Het verzuimloket is gevestigd aan de Stationsweg 4.")).toEqual([]);
  });
});
