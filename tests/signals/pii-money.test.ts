import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("money and payments around a school", () => {
  it("finds the people behind a payment, a debt or a scam", () => {
    has("Gokken: een leerling speelt op naam van zijn vader, geboortedatum vader 12-04-1978.", "12-04-1978");
    has("The casino account gives the date of birth of the mother, 3 May 1980.", "3 May 1980");
    has("koper heette hans en stuurde een betaalverzoek van 450 euro", "hans");
    has("mentor 2a: sem de vries vertelt dat hij pakketjes aanneemt voor zijn oom", "sem de vries");
  });

  it("leaves organisations' numbers, accounts and offices alone", () => {
    for (const text of [
      "Factuurnummer 0614 2233 91 van Drukkerij Van Gelder (schoolgids, 1.200 stuks) staat nog open.",
      "Het factuurnummer is 0614 2233 91.",
      "De bestelling van de schoolfotograaf (ordernummer 0612-4471-88) wordt op 3 juni geleverd.",
      "Stichting Leergeld vergoedt schoolreizen tot €150. Aanvragen via leergeld.nl of telefonisch op 033-4651 200.",
      "Transfer it to Stichting Ouderfonds Het Baken, NL02 KNAB 1565 0469 51, for the school year.",
      "Invoice 2026-0417 from Reisbureau De Vries for the Berlin trip: €12,480, to be paid to NL74ASNB1996474588.",
      "Debt counselling for parents is available at the Stadswinkel, Coolsingel 40, Rotterdam, phone 14 010.",
      "Leerplicht zit in het Stadsloket Nieuw-West, Osdorpplein 1000.",
      "Let op: er gaan nep-Tikkies rond. De school stuurt nooit Tikkies; betalen kan via het ouderportaal.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("keeps a sixty-seventh cold review's attacks on those rules", () => {
    // A document's number grouped as a mobile number, or given to someone in the sentence.
    has("Ordernummer 0612 345 678 van de webshop = het mobiele nummer van moeder.", "0612 345 678");
    has("Het klantnummer is 0687 221 904, dat is ook haar telefoonnummer.", "0687 221 904");
    has("factuurnummer 06-12345678", "06-12345678");
    // Anyone's site, or a marketplace's, is no organisation's.
    has(
      "Reageren op de advertentie via marktplaats.nl of bellen naar 0229-844123, het is een particulier.",
      "0229-844123",
    );
    has("Bijles bij Sanne: via sannebijles.nl of bel 020-6543210.", "020-6543210");
    // An account paid to a person, or to a foundation or a person.
    has(
      "Transfer it to Stichting Leergeld or straight to his mum, NL20 INGB 0001 2345 67.",
      "NL20 INGB 0001 2345 67",
    );
    has("Transfer it to Stichting Leergeld, NL91 ABNA 0417 1643 00 (Ilse Ward).", "NL91 ABNA 0417 1643 00");
    has(
      "Dhr. Jansen stuurde een factuur voor de kapotte ruit, te betalen op NL20 INGB 0001 2345 67.",
      "NL20 INGB 0001 2345 67",
    );
    has(
      "Invoice from the childminder (Kelly) for March, to be paid to NL02 RABO 0123 4567 89.",
      "NL02 RABO 0123 4567 89",
    );
    has(
      "His stepdad sent an invoice for the broken phone, to be paid to NL20 INGB 0001 2345 67.",
      "NL20 INGB 0001 2345 67",
    );
    // A plate after a reference is still a plate; a member is no council's name.
    has("Vader moet de parkeerboete betalen o.v.v. 87-HKJ-3, het kenteken van zijn auto.", "87-HKJ-3");
    has("Groet, Ouderraad Marieke", "Marieke");
    // An event's date is no parent's date of birth; a verb after "heette" is no name.
    expect(found("Geboortedatum moeder op 14-03 opgevraagd bij de administratie.")).toEqual([]);
    expect(found("Hoe ze heette wil ik niet zeggen.")).toEqual([]);
    expect(found("En dan de jonge agent die erbij was.")).toEqual([]);
    has("Na afloop met wethouder Kuipers Noah en zijn moeder gesproken.", "Noah");
  });
});
