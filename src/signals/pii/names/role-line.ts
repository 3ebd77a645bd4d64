/** A role that signs a message in English, not a person: "Kind regards,\nAttendance Officer". */
import { EN_ROLE } from "../cues.ts";
import type { Lexicon } from "../lexicon.ts";

/** A line under a sign-off of English words only ("Attendance Officer"), none a name the lists know, the last a role. */
export function englishRoleLine(lex: Lexicon, line: string): boolean {
  const words = line.trim().split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? "";
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    EN_ROLE.test(last) &&
    words.every((w) => {
      const lower = w.toLowerCase();
      return (
        /^\p{L}[\p{L}-]*$/u.test(w) &&
        (lex.english(lower) || /^(?:of|and|for|the|&)$/.test(lower)) &&
        !lex.firstName(lower) &&
        !lex.surname(lower) &&
        // ("Will Head", "Faith Nurse": a person's name in the dictionary signs.)
        !lex.personName(lower) &&
        !lex.proper(lower) &&
        !/^(?:mr|mrs|ms|miss|dr|sir)$/.test(lower)
      );
    })
  );
}
