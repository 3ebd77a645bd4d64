import { describe, expect, it } from "vitest";
import { redact } from "../../src/signals/pii.ts";
import { found } from "./pii-helpers.ts";

describe("personal data said aloud and typed by voice", () => {
  it("finds numbers said as words: a phone, a BSN, an account", () => {
    expect(
      found(
        "mum's number is plus three one six four eight seven two three one oh nine she only speaks english",
      ),
    ).toEqual(["telefoon:plus three one six four eight seven two three one oh nine"]);
    expect(found("haar nummer is plus eenendertig zes vier acht zeven twee drie een nul negen")).toEqual([
      "telefoon:plus eenendertig zes vier acht zeven twee drie een nul negen",
    ]);
    expect(
      found("ring the stepfather on zero six double eight four one two nine seven three he picks up"),
    ).toEqual(["telefoon:zero six double eight four one two nine seven three"]);
    expect(found("phone number oh six. five five. three two. oh oh. eight one. that's the father")).toEqual([
      "telefoon:oh six. five five. three two. oh oh. eight one",
    ]);
    expect(found("for the file her bsn is nine three oh five five oh one two two full stop")).toEqual([
      "bsn:nine three oh five five oh one two two",
    ]);
    expect(found("terug op NL drieëntwintig RABO acht zes acht zes negen nul een twee acht nul")).toEqual([
      "iban:NL drieëntwintig RABO acht zes acht zes negen nul een twee acht nul",
    ]);
  });

  it("finds dates of birth, homes, postcodes and plates said aloud", () => {
    expect(found("het kind geboren op eenendertig december tweeduizend negen woont bij een tante")).toEqual([
      "geboortedatum:eenendertig december tweeduizend negen",
    ]);
    expect(found("de jongen is geboren nul vier nul zeven twee nul nul negen en komt uit")).toEqual([
      "geboortedatum:nul vier nul zeven twee nul nul negen",
    ]);
    expect(
      found("truancy officer here the girl was born the third of may 2012 and is not registered"),
    ).toEqual(["geboortedatum:the third of may 2012"]);
    expect(
      found("het adres van de familie is dorpsstraat drieëntwintig twee vijf een twee AB den haag"),
    ).toEqual(["adres:dorpsstraat drieëntwintig", "postcode:twee vijf een twee AB"]);
    expect(redact("ze wonen op de van der helststraat honderdtwee b driehoog")).not.toMatch(
      /helststraat|honderdtwee/,
    );
    expect(
      found("zwarte bmw kenteken eh twee t k l negen negen die staat elke middag bij de school"),
    ).toEqual(["kenteken:twee t k l negen negen"]);
    expect(found("een grijze golf met kenteken GV zeven twee een K bij het hek")).toEqual([
      "kenteken:GV zeven twee een K",
    ]);
  });

  it("finds a name spelled out, and the word it spells, and a mail address or handle said aloud", () => {
    expect(found("a girl named rose no wait roos r o o s from group six said a man talked to her")).toEqual([
      "naam:rose",
      "naam:roos",
      "naam:r o o s",
    ]);
    expect(found("achternaam is eh V-e-r-h-o-e-v-e-n ze zit in de brugklas")).toEqual([
      "naam:V-e-r-h-o-e-v-e-n",
    ]);
    expect(found("mail de mentor op p punt bos at hetbaken punt nl graag")).toEqual([
      "email:p punt bos at hetbaken punt nl",
    ]);
    const handle =
      "the account posting the fight videos is at sign street kingz underscore zero three zero on instagram";
    expect(redact(handle)).toBe("the account posting the fight videos is [account] on instagram");
  });

  it("leaves times, counts, groups, lines, streets and an organisation's numbers said aloud alone", () => {
    for (const clean of [
      "eh de bus van lijn twaalf stopt om acht uur zeventien en dan rennen ze allemaal over de kruising",
      "een stuk of twintig jongeren om half vier bij het hek van groep acht",
      "op twaalf maart om half vier was er weer een vechtpartij",
      "surname and first name are in the file, he is in group seven",
      "drugsoverdracht gezien op de willem de zwijgerlaan bij de bushalte rond vijf uur twee keer deze week",
      "the general number of the neighbourhood team is oh thirty two six two oh oh oh oh also for schools",
      "giften voor het schoolfonds kunnen op de rekening van de stichting NL zesenzestig BUNQ vijf vijf vier twee vijf vijf drie negen vier acht",
      "mail de administratie at hetbaken punt nl",
    ])
      expect(found(clean), clean).toEqual([]);
  });

  it("keeps what a cold review of the reading found", () => {
    // A name beside a street in lower case is still a name.
    expect(found("kevin van de dorpsstraat deelt weer uit")).toEqual(["naam:kevin"]);
    expect(found("buurvrouw fatima van de dorpsstraat belde")).toEqual(["naam:fatima"]);
    // Every Dutch number word below a hundred: "negenentachtig".
    expect(found("bel nul zes twaalf vierendertig zesenvijftig negenentachtig")).toEqual([
      "telefoon:nul zes twaalf vierendertig zesenvijftig negenentachtig",
    ]);
    // A number ends where a phone number, a BSN or a date of birth is complete.
    expect(found("groep acht nul zes een twee drie vier vijf zes zeven acht")).toEqual([
      "telefoon:nul zes een twee drie vier vijf zes zeven acht",
    ]);
    expect(found("bsn negen drie nul vijf vijf nul een twee twee twee broers ook in beeld")).toEqual([
      "bsn:negen drie nul vijf vijf nul een twee twee",
    ]);
    expect(found("geboren nul vier nul zeven twee nul nul negen twee broertjes en een zus")).toEqual([
      "geboortedatum:nul vier nul zeven twee nul nul negen",
    ]);
    expect(found("moeder plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig")).toEqual([
      "telefoon:plus eenendertig zes twaalf vierendertig zesenvijftig achtenzeventig",
    ]);
    for (const clean of [
      "de melding is van nul vier nul drie twee nul twee vier",
      "hij heet a b c zegt hij als grap",
      "het apenstaartje op het toetsenbord werkt niet",
      "the at sign in the wrong place",
    ])
      expect(found(clean), clean).toEqual([]);
  });
});
