import { describe, expect, it } from "vitest";
import { found, has } from "./pii-helpers.ts";

describe("staff, rosters and messages typed fast on a phone", () => {
  it("finds colleagues written as initials, and a roster's initials, not a body's letters", () => {
    expect(found("overleg met JvdB en PdV op dinsdag over de hangjongeren")).toEqual([
      "naam:JvdB",
      "naam:PdV",
    ]);
    expect(found("Rooster toezicht pauze wk 12:\nma: AB / KL\ndi: PdV / SH\nwo: JvdB")).toEqual([
      "naam:AB",
      "naam:KL",
      "naam:PdV",
      "naam:SH",
      "naam:JvdB",
    ]);
    expect(found("ingeschreven bij de KvK, melding bij de RvdK en de IvhO, akkoord van het CvB")).toEqual([]);
    expect(found("Rooster:\nma: IB + directie\nwo: IB\nvr: MT + BHV")).toEqual([]);
    // Initials found in minutes name only the other initials, not the bodies beside them.
    expect(found("Notulen\nJdV: twee meldingen\nMR: wil advies van de FG\nIB: belt ouders")).toEqual([
      "naam:JdV",
    ]);
  });

  it("finds a name after a title in lower case, with its initial, and the Flemish form of a surname", () => {
    has("mr. h. tahiri (dad of a boy in group 5) is at the gate shouting again", "tahiri");
    has("kind komt vaak zonder eten, ouders fam. janssens, kan ggd ff langs", "janssens");
    expect(found("de familie gaat verhuizen")).toEqual([]);
  });

  it("finds an address with the street written short or in lower case, and a postcode named as one", () => {
    has("woont kerkstr 12a", "kerkstr 12a");
    has("woont bij zn oma op de prinsenstr 88 hs", "prinsenstr 88 hs");
    has("mum has moved to her sisters at 14 lange nieuwstraat? not sure", "14 lange nieuwstraat");
    has("postcode of the family is 2511 cv, no house nr yet", "2511 cv");
    expect(found("de kerkstr is afgesloten vanwege werkzaamheden")).toEqual([]);
  });

  it("finds a date of birth with a short month and a two-digit year, not a time", () => {
    has("geb dat 12 mrt 09 vd jongen die gisteren is aangehouden", "12 mrt 09");
    expect(found("hij is geboren op 3 mei 12 uur 's middags opgehaald")).toEqual([]);
  });

  it("finds a pupil's first name in lower case with a class or a verb after it", () => {
    has("onze leerling bas vertelt dat hij thuis geslagen wordt", "bas vertelt");
    has("sem uit groep 7 huilde in de pauze", "sem");
    expect(found("mila from year 8 cried")).toEqual(["naam:mila"]);
    expect(found("kinderen uit groep 7 huilden")).toEqual([]);
    has("Mentor denkt dat het Kevin is.", "Kevin");
  });

  it("keeps roles, titles of address and a school's own line apart from people", () => {
    expect(found("Discussed with the SENCo; next step is a home visit by the school social worker.")).toEqual(
      [],
    );
    expect(found('The kids just call the new TA "Miss". She asked the mentor of 2B for a handover.')).toEqual(
      [],
    );
    expect(found("Jongens noemen de bestuurder 'Chef'.")).toEqual(["naam:Chef"]);
    expect(found("schooltel is 020-6123450 (adm), na 16u niemand bereikbaar")).toEqual([]);
    expect(found("school tel: 06-12345678")).toEqual(["telefoon:06-12345678"]);
  });

  it("finds an account written in mixed case after 'user'", () => {
    expect(found("A Discord server run by a pupil, user xXShadowRiderXx, is sharing edited photos")).toEqual([
      "handle:xXShadowRiderXx",
    ]);
  });
});
