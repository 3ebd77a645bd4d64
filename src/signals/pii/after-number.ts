/** What follows a street's name and number: words and signs that make the number no house number. */

/** A month right after the number: "vrijmarkt 27 april", "Kerkplein 27/4", "Hoofdstraat 27 en 28 april"
 * are dates (where no one lives). */
export const MONTH_AFTER =
  /^\/\d{1,2}\b|^(?:\s+(?:en|t\/m|tot)\s+\d{1,2})?\s+(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|april|apr|mei|juni|juli|aug(?:ustus)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march|may|june|july|august|october|december)\b/i;
/** After a street and number: words that make the number a count, not a house number. */
export const COUNT =
  /^\s+(?:keer|x|maal|man|uur|minuten|min|weken|dagen|maanden|jaar|euro|meter|km|procent|%|van|tot|t\/m|à|a|of|à|jongens|meiden|meisjes|kinderen|leerlingen|jongeren|personen|mensen|auto's|scooters|(?!(?:is|was|boven|beneden|bis|huis|achterhuis|voorhuis|bovenhuis|benedenhuis|says|lives|claims|complains|confirms|thinks|knows)\b)\p{Ll}+(?:-\p{Ll}+)*(?:en|s|'s)|\p{Lu}{2,}-\p{Ll}+(?:en|s))\b/u;

/**
 * A number pasted onto the next line ("woont aan de Schubertsingel\n41") is a house number only
 * after a street's name, on the very next line, and not a list's item, a time, a year, a
 * postcode, a count or a date.
 */
export function nextLineNumber(number: string, after: string, street: boolean): boolean {
  return (
    street &&
    !/\n[^\S\n]*\n/.test(number) &&
    !/\d{4}/.test(number) &&
    // (The line ends there, or a sentence goes on in small letters: "41 en zegt dat ...".)
    /^(?:[^\S\n]*(?:$|\n|[,;](?:\s|$)|\.(?:\s*$|\s*\n))|-\s?(?:I{1,3}|IV)\b|[^\S\n]+[-–][^\S\n]|[^\S\n]+(?:en|and|in|te|bij|op|met|achter|boven|sinds|since|with)\b)/u.test(
      after,
    ) &&
    !COUNT.test(after) &&
    !MONTH_AFTER.test(after)
  );
}
