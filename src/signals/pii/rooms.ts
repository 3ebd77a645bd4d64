/**
 * Rooms where people are housed for a while: "kamer 23" in a shelter, "room 112" of a hotel used
 * as one, a unit or pitch at an AZC or a camping. A room is a home where someone lives in it or is
 * spoken of as from it; a school's, a trip's, a desk's or a club's room is not.
 */
import { SUFFIX } from "./house-numbers.ts";
import { finding, type PiiFinding } from "./types.ts";
import { ORGANISATION_BEFORE } from "./venues.ts";

/** Where people are housed for a while: a shelter, a hotel used as one, an AZC, a camping. */
const SHELTER =
  /\b(?:woonwagen\p{L}*|woonboot|houseboat|traveller\s+site|azc|hotel|shelter|noodopvang|crisisopvang|opvang|opvanglocatie|gezinslocatie|asielzoekerscentrum|camping|caravan|stacaravan|vakantiepark|chalet|short[\s-]stay|emergency\s+(?:housing|shelter|location))\b/iu;
/** A room, unit or pitch and its number: "room 417", "kamer 23", "unit C, room 12", "floor 6, room 6.22"
 * (not a range of them: "Kamer 1 t/m 8 zijn slaapzalen"). */
const ROOM =
  /\b(?:(?:unit|building|block|gebouw|blok|floor|verdieping)\s+\w{1,3},?\s+)?(?:room|kamer|kamernummer|woonunit|unit|plaats|standplaats|chalet|stacaravan|caravan|pitch|plot|berth|ligplaats|flat|portiek)\s+(?:nr\.?\s*|no\.?\s*)?\d{1,4}(?:[.-]\d{1,3})?[a-z]?\b(?!\s*(?:t\/m|tot|en\s+\d|and\s+\d|to\s+\d|through|[-–]\s*\d))/gi;
/** A caravan's pitch or a boat's berth, where it stands on a site of caravans or houseboats: a
 * home, whatever the sentence says of it ("woonwagenkamp De Vlasakker, standplaats 9"). */
const PITCH = /^(?:standplaats|pitch|plot|berth|ligplaats)\b/i;
const DWELLING_SITE = /\b(?:woonwagen\p{L}*|woonboot|houseboat|travellers?'?\s+site)\b/iu;
/** The words of a plot, a berth, a flat or a stairwell: a home only where someone lives there
 * (not "heeft", "zit"), or on a site of caravans or houseboats. */
const DWELLING_PART = /^(?:plot|berth|ligplaats|flat|portiek)\b/i;
const LIVES_THERE =
  /\b(?:woont|wonen|woonde|woonachtig|verblijft|verblijven|slaapt|slapen|lives|live|living|stays?|staying|sleeps?|address|adres)\b/i;
/** Where a plot or a berth is a garden's, a harbour's, a building site's or a house for sale's. */
const NOT_A_DWELLING =
  /\b(?:volkstuin\p{L}*|moestuin\p{L}*|schooltuin\p{L}*|tuinders?|allotments?|jachthaven|marina|zeil\p{L}*|sailing|bouwterrein|bouwplaats|aannemer|kavel|building\s+site|construction|te\s+koop|for\s+sale|open\s+huis|sportpark|sportveld|voetbalveld|voetbal\p{L}*|football|sports?\s+field)\b/iu;
/** A street's name right before "portiek": "Columbusplein portiek 22". */
const STREET_BEFORE = new RegExp(`\\p{L}{2,}(?:${SUFFIX})\\s+$`, "iu");
/** Words of living somewhere, in the room's sentence: "woont", "zit op kamer 12", "lives", "Address:". */
const LIVING =
  /\b(?:woont|wonen|woonde|woonachtig|verblijft|verblijven|zit|zitten|hebben|heeft|slaapt|slapen|lives|live|living|stays?|staying|sleeps?|shares?|delen|address|adres)\b/i;
/** A person spoken of as from or in the room: "the boy from room 208", "de familie in kamer 112". */
const PERSON_FROM =
  /\b(?:boy|girl|family|kids|children|mother|father|man|woman|jongen|meisje|gezin|familie|kinderen|moeder|vader|vrouw)\s+(?:from|uit|in|op|of|van)\s+$/i;
/** Where a room is a school's, a trip's, a desk's or a meeting's, in its sentence. */
const NOT_A_HOME_SENTENCE =
  /\b(?:werkweek|schoolkamp|kamp|camp|scouting|jamboree\w*|mentoruur|toetsweek|excursie|schoolreis|school\s+trip|trip|toernooi|tournament|hoofdstuk|chapter|gebedsruimte|prayer|huiswerk\w*|homework|methode|lesmethode|textbook|unit\s+\d+\s+(?:van|of))\b/i;
/** ... or right around it. */
const NOT_A_HOME_NEAR =
  /\b(?:desk|balie|receptie|reception|office|kantoor|lokaal|classroom|klas|lesson|meeting|overleg|vergadering|spreekuur|gesprek|gym|gymzaal|library|bibliotheek|kantine|canteen|toilet|wc|teachers|docenten|personeelskamer|staffroom|exam|examen|toets|wijkteam|rechter|gemeentehuis|stadhuis)\b/i;

/** A club or after-school care right after the room, as its user: "room 1.05 with the after-school club". */
const CLUB_ROOM =
  /^\s+(?:with|met|bij|van|of|for|voor)\s+(?:the|de|het)\s+(?:after-school\s+club|bso|naschoolse\s+opvang|tussenschoolse\s+opvang|overblijf\w*|homework\s+club|huiswerkklas)\b/i;

/**
 * "We live in the AZC on Willem Dreeslaan, unit C, room 12", "woont met de neef in Hotel De
 * Sterrenberg, kamer 23", "the boy from room 208" of a shelter: the room where someone lives is
 * their address. Not a room of a school, a trip, a desk or a meeting, nor a unit of a textbook.
 */
export function shelterRooms(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(ROOM)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start - 1), 0);
    const stop = [text.indexOf(". ", end), text.indexOf("\n", end)].filter((i) => i >= 0);
    const sentence = text.slice(from, stop.length > 0 ? Math.min(...stop) : text.length);
    // (The sentence before may name the shelter: "Message from the night desk of Hotel Zeezicht.")
    const before = text.slice(Math.max(0, from - 160), from);
    const near = `${text.slice(Math.max(from, start - 40), start)} ${text.slice(end, end + 25)}`;
    const pitch = PITCH.test(m[0]) && DWELLING_SITE.test(sentence);
    // "Columbusplein portiek 22": a block's stairwell by its street, the door of homes.
    const stairwell =
      /^portiek/i.test(m[0]) && STREET_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    const part = DWELLING_PART.test(m[0]);
    if (
      part &&
      (NOT_A_DWELLING.test(`${before} ${sentence}`) ||
        ORGANISATION_BEFORE.test(text.slice(Math.max(from, start - 40), start)))
    )
      continue;
    const lives = (part ? LIVES_THERE : LIVING).test(sentence) || pitch || stairwell;
    const person =
      PERSON_FROM.test(text.slice(Math.max(0, start - 30), start)) && SHELTER.test(`${before} ${sentence}`);
    if (!lives && !person) continue;
    // (A site of caravans is no school camp: "in een woonwagen op het kamp aan de Zandweg".)
    if ((NOT_A_HOME_SENTENCE.test(sentence) && !DWELLING_SITE.test(sentence)) || NOT_A_HOME_NEAR.test(near))
      continue;
    // "can stay in room 1.05 with the after-school club": the room the club uses.
    if (CLUB_ROOM.test(text.slice(end, end + 40))) continue;
    out.push(finding("adres", text, start, end));
  }
  return out;
}
