import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("money and payments around a school", () => {
  it("finds the people behind a payment, a debt or a scam", () => {
    has("Gokken: een leerling speelt op naam van zijn vader, geboortedatum vader 12-04-1978.", "12-04-1978");
    has("The casino account gives the date of birth of the mother, 3 May 1980.", "3 May 1980");
    has("koper heette hans en stuurde een betaalverzoek van 450 euro", "hans");
    has("mentor 2a: sem de vries vertelt dat hij pakketjes aanneemt voor zijn oom", "sem de vries");
    // A document's number stays a phone number when it is grouped as a mobile one, or the
    // rest of the sentence gives it to someone.
    has("factuurnummer 06-12345678", "06-12345678");
    has("klantnummer 0612 4471 88 van mijn vader", "0612 4471 88");
    has("Aanvragen via leergeld.nl of bel 06-12345678.", "06-12345678");
    has("Factuur van vader: te betalen op NL74ASNB1996474588", "NL74ASNB1996474588");
  });

  it("leaves organisations' numbers, accounts and offices alone", () => {
    for (const text of [
      "Factuurnummer 0614 2233 91 van Drukkerij Van Gelder (schoolgids, 1.200 stuks) staat nog open.",
      "Het factuurnummer is 0614 2233 91.",
      "De bestelling van de schoolfotograaf (ordernummer 0612-4471-88) wordt op 3 juni geleverd.",
      "Stichting Leergeld vergoedt schoolreizen tot €150. Aanvragen via leergeld.nl of telefonisch op 033-4651 200.",
      "Transfer it to Stichting Ouderfonds Het Baken, NL02 KNAB 1565 0469 51, with reference OB2026.",
      "Invoice 2026-0417 from Reisbureau De Vries for the Berlin trip: €12,480, to be paid to NL74ASNB1996474588.",
      "Debt counselling for parents is available at the Stadswinkel, Coolsingel 40, Rotterdam, phone 14 010.",
      "Leerplicht zit in het Stadsloket Nieuw-West, Osdorpplein 1000.",
      "The Kamerbrief from minister Mariëlle Paul says the ouderbijdrage must stay voluntary.",
      "Let op: er gaan nep-Tikkies rond. De school stuurt nooit Tikkies; betalen kan via het ouderportaal.",
      "The Tikkie requests from 'Ouderraad Wilhelmina' are genuine this week, reference OR-JUNI-2026.",
    ])
      expect(found(text), text).toEqual([]);
  });
});
