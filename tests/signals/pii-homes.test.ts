// Where people live, written the ways reporters type it: a caravan's pitch, a houseboat's berth, a
// block's stairwell, a flat above a shop, the house number before or after its street. And the
// public buildings, whose addresses stay.
import { describe, expect, it } from "vitest";
import { found, goneFrom, nothingIn } from "./pii-helpers.ts";

describe("homes that are no street and number", () => {
  it("finds a pitch on a caravan site and a houseboat's berth", () => {
    goneFrom([
      ["woonwagencentrum Het Veer, standplaats 12: daar komt de jongen vandaan", ["standplaats 12"]],
      ["het meisje woont in een woonwagen op het kamp aan de Polderweg, standplaats 7b", ["standplaats 7b"]],
      ["the family lives on the site at Molenkade, plot 3", ["plot 3"]],
      ["dad lives on a houseboat at Singelkade, berth 41", ["berth 41"]],
    ]);
  });

  it("finds a stairwell by its street and a flat someone lives in", () => {
    goneFrom([
      ["de jongens renden Lorentzplein portiek 16 in", ["portiek 16"]],
      ["they meet at flat 9B, that's where his aunt lives", ["flat 9B"]],
    ]);
  });

  it("finds a house number with its street after it, or a block or shop before it", () => {
    goneFrom([
      ["ze woont op nummer 5 aan de Kerkweg, boven de bakker", ["nummer 5"]],
      ["his address: second floor, above the kebab shop, number 8 Molenstraat", ["number 8"]],
      ["adres volgens de jongen: flat Zuidhove, galerij 3, nummer 318", ["nummer 318"]],
      ["The man at no. 40 Beatrixlaan films the pupils every morning", ["no. 40 Beatrixlaan"]],
    ]);
  });

  it("leaves a school camp's pitch, a public building and a foundation's account alone", () => {
    nothingIn([
      "op schoolkamp sliepen groep 8 op standplaats 12 van de camping",
      "The youth doctor's walk-in is at the health centre at Stationsweg 2, 2312 AV Leiden.",
      "Het spreekuur van de GGD verhuist naar het gezondheidscentrum, Stationsweg 2.",
      "The wijkagent is at the police post, Dorpsstraat 7, on Tuesdays.",
      "Stichting Leergeld Leiden: rekeningnummer NL44 RABO 0123 4567 89, voor schoolspullen.",
      "de hangjongeren zitten vaak in de portiek bij de supermarkt",
    ]);
  });

  it("still finds a family's account after a foundation that helps it", () => {
    expect(
      found("Stichting Noodhulp vraagt giften voor het gezin: rekening van vader NL44 RABO 0123 4567 89"),
    ).toContain("iban:NL44 RABO 0123 4567 89");
  });
});
