import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("police, justice and Halt", () => {
  it("leaves office holders named in office, laws written short and receipts' numbers alone", () => {
    for (const text of [
      "Burgemeester Halsema is uitgenodigd maar heeft nog niet bevestigd.",
      "Korpschef Janny Knol: 'Elke jongere met een mes is er één te veel.'",
      "The mayor of Utrecht, Sharon Dijksma, imposed an area ban for the square near the station.",
      "Found: one knife (blade 11 cm, art. 26 Wwm), no drugs.",
      "Increase in scooter thefts, mainly Piaggio and Sym models. Report via 0900-8844.",
      "Items handed to the police (team Zaanstad) under receipt no. 2025-0199-IB. The pupil's parents were informed by phone.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("still finds a private person by an office's word, a street named after a mayor, and a home's number", () => {
    has(
      "Wij wonen aan de Burgemeester de Withstraat 12 in Hoorn, bel Sanne",
      "Burgemeester de Withstraat 12",
    );
    has("Wij wonen aan de Burgemeester de Withstraat 12 in Hoorn, bel Sanne", "Sanne");
    has("Het gezin woont aan de Lindelaan, nummer 14, boven de bakker.", "Lindelaan, nummer 14");
    has("Mevrouw Minister van de Kerkstraat belde ons", "Minister");
  });
});
