/**
 * Names in a script without capitals (Arabic, Ethiopic, Hebrew, Chinese), as a passport or a parent
 * writes them beside the school's Latin spelling: "Hamza Ali ... ook als حمزة بن علي".
 */
import { finding, type PiiFinding } from "./types.ts";

/** Words in a script without capitals (Arabic, Ethiopic, Hebrew, Chinese), two to four of them. */
const CASELESS_RUN =
  /(?<![\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Hebrew}\p{Script=Han}])[\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Hebrew}\p{Script=Han}\u200c]+(?:[ \u00a0][\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Hebrew}\p{Script=Han}\u200c]+){1,3}(?![ \u00a0]?[\p{Script=Arabic}\p{Script=Ethiopic}\p{Script=Hebrew}\p{Script=Han}])/gu;
/** Greetings and blessings in these scripts, which no one is called (Arabic without its vowel marks). */
const BLESSINGS = [
  "السلام عليكم",
  "وعليكم السلام",
  "إن شاء الله",
  "ان شاء الله",
  "الحمد لله",
  "ما شاء الله",
  "بسم الله",
  "جزاك الله خيرا",
  "رمضان كريم",
  "رمضان مبارك",
  "عيد مبارك",
  "الله يرحمه",
  "الله يرحمها",
  "صباح الخير",
  "مساء الخير",
  "شكرا جزيلا",
  "جمعة مباركة",
  "جمعة مباركه",
  "انشاء الله",
  "إنشاء الله",
  "السلام عليكم ورحمة الله",
  "السلام عليكم ورحمة الله وبركاته",
  "新年快乐",
  "恭喜发财",
  "שבת שלום",
  "חג שמח",
].map((p) => bare(p));
/** Words for a house of worship or a school in the run: an institution, no one's name. */
const INSTITUTION = /مسجد|جامع|كنيسة|مدرسة|ቤተ|教会|学校|בית/u;
/** Arabic without its vowel marks, as runs are compared. */
function bare(s: string): string {
  return s.normalize("NFC").replace(/[\u064B-\u065F\u0670]/g, "");
}

/** "حمزة بن علي", "ዳዊት ተስፋይ": a name in a script without capitals, in a text that names a person
 * in Latin letters too (a passport's spelling beside the school's); short runs only, and no greeting. */
export function namesInOtherScripts(text: string, persons: readonly PiiFinding[]): PiiFinding[] {
  if (!persons.some((p) => p.kind === "naam")) return [];
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(CASELESS_RUN)) {
    const run = m[0].trim();
    const plain = bare(run);
    if (BLESSINGS.some((b) => plain.includes(b)) || INSTITUTION.test(run)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(run);
    if (persons.some((p) => p.start < start + run.length && start < p.end)) continue;
    out.push(finding("naam", text, start, start + run.length));
  }
  return out;
}
