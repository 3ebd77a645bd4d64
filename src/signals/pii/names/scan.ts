/**
 * One text being searched for names: its words, the lexicon and the options, the judgements of
 * a single word every rule shares (is it a first name, an English word, a role), and what the
 * rules learn about the words as they go (places, runs that name no person). Built once per
 * text and handed to every rule.
 */
import { ABBREVIATIONS, EN_FUNCTION, NAME_CUES, NL_FUNCTION } from "../cues.ts";
import type { Lexicon } from "../lexicon.ts";
import type { Range } from "../types.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface NameOptions {
  lexicon: Lexicon;
  /** Ranges that are known not to be personal: school, wijk and organisation names. */
  exempt: Range[];
  /** More role words from the knowledge base ("leerplichtambtenaar", "schoolagent"). */
  roles: Set<string>;
}

/** Nouns a company's or a programme's name stands before: "the Qbuzz customer service", "the
 * Jellinek stand", "the Rutgers lesson package" (not "the Kowalczyk incident", "the Tahiri mother"). */
/** A range of months written short: "Jan-Jun", "sep-dec". */
/** A title or a family word right before a name: "de heer", "mevr.", "Fam.", "the ... family". */
const TITLE_OR_FAMILY =
  /\b(?:heer|meneer|mevrouw|mevr|mw|dhr|fam|familie|family|mr|mrs|ms|miss|juf|meester|dr|gezin)\.?\s+$/i;
const MONTH_RANGE =
  /^(?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|sept|okt|oct|nov|dec)(?:-(?:jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|sept|okt|oct|nov|dec))+$/;

const ORG_AFTER =
  /^(?:customer|service|services|stand|stall|lesson|lessons|package|programme|program|app|website|site|store|shop|helpline|hotline|campaign|lab|bus|buses|brand|products?|cards?|office|desk|course|training|workshop|festival|centre|center|building|platform|channel|podcast|videos?|ads?|adverts?|posters?|flyers?|leaflets?|toolkit|method|project|scheme|foundation|charity|company|chain|branch|outlet|station|route|team|app's|teams)$/;

export class NameScan {
  readonly text: string;
  readonly opts: NameOptions;
  readonly lex: Lexicon;
  readonly toks: Token[];
  readonly englishText: boolean;
  /** Capitalised words that name a company or a programme wherever the text uses them. */
  readonly modifiers: Set<string>;
  /** Tokens that name a room, an organisation or a place, not a person: "zaal Storm". */
  readonly places = new Set<number>();
  /** Tokens that belong to a non-person run: "de Van Goghlaan", "IKC De Klimboom". */
  readonly blocked = new Set<number>();

  constructor(text: string, opts: NameOptions) {
    this.text = text;
    this.opts = opts;
    this.lex = opts.lexicon;
    this.toks = tokenize(text);
    const toks = this.toks;
    // Written in English: its function words outnumber the Dutch ones.
    const count = (words: Set<string>) => toks.filter((t) => words.has(t.lower)).length;
    this.englishText = count(EN_FUNCTION) >= 3 && count(EN_FUNCTION) > count(NL_FUNCTION);
    this.modifiers = this.companyNames();
  }

  // "via the Qbuzz customer service", "the Rutgers lesson package": a capitalised word between
  // "the" and a company's or a programme's noun names it, here and wherever else the text uses it
  // ("Qbuzz will place stewards"); not a first name or a surname the lists know.
  private companyNames(): Set<string> {
    const { toks, lex } = this;
    return new Set(
      toks.flatMap((t, i) => {
        const p = toks[i - 1];
        const n = toks[i + 1];
        return t.cap &&
          !t.acronym &&
          /^(?:the|a|an)$/.test(p?.lower ?? "") &&
          this.adjacent(p, t) &&
          n &&
          this.adjacent(t, n) &&
          /^\p{Ll}{3,}$/u.test(n.w) &&
          ORG_AFTER.test(n.lower) &&
          !this.isFirst(t) &&
          !lex.personName(t.lower) &&
          !lex.surname(t.lower) &&
          !lex.surnameShape(t.lower)
          ? [t.lower]
          : [];
      }),
    );
  }

  exempt(t: Token): boolean {
    return this.opts.exempt.some((r) => t.start < r.end && r.start < t.end);
  }

  gap(a: Token, b: Token): string {
    return this.text.slice(a.end, b.start);
  }

  adjacent(a: Token | undefined, b: Token | undefined): boolean {
    return !!a && !!b && (a.initial ? /^[^\S\n]{0,2}$/ : /^[^\S\n]{1,2}$/).test(this.gap(a, b));
  }

  notName(t: Token): boolean {
    const lex = this.lex;
    // ("Jan-Jun": a range of months.)
    return (
      lex.notName(t.lower) ||
      lex.notName(t.lower.split("-")[0] ?? "") ||
      MONTH_RANGE.test(t.lower) ||
      // ("Conciërgeteam Het Baken", "Zorgbalie": a team or a desk signs, not a person.)
      /^\p{L}{3,}(?:team|teams|balie|desk|secretariaat|administratie)$/u.test(t.lower) ||
      (lex.firmSurname(t.lower) && !this.asFamily(t))
    );
  }

  /** "de heer Rutgers", "buurman Philips", "Rutgers, Lisa", "Heineken, de conciërge", "Rutgers
   * (3B)", "Philips zijn moeder": a firm's name that is a family's here. */
  private asFamily(t: Token): boolean {
    const before = this.text.slice(Math.max(0, t.start - 24), t.start);
    const cue = before.match(/(\p{L}+)\.?\s+$/u)?.[1]?.toLowerCase();
    const rest = this.text.slice(t.end);
    const next = rest.match(/^\s*,\s*(\p{L}+)/u)?.[1]?.toLowerCase();
    const role = rest.match(/^\s*,\s*(?:de|het|onze|mijn|our|the|a|een)\s+(\p{L}+)/u)?.[1]?.toLowerCase();
    const beside = rest.match(/^\s+(?:en|and|&)\s+(\p{L}+)/u)?.[1]?.toLowerCase();
    return (
      TITLE_OR_FAMILY.test(before) ||
      (cue !== undefined && this.isCue({ lower: cue } as Token)) ||
      (next !== undefined && (this.lex.firstName(next) || this.lex.surname(next))) ||
      (role !== undefined && this.isCue({ lower: role } as Token)) ||
      /^\s*\(\s*(?:\d|groep|klas|class|year|grade)|^\s+(?:zijn|haar|z'n|d'r|his|her)\s|^\s+(?:uit|from|in)\s+(?:groep\s+|klas\s+|year\s+)?\d/iu.test(
        rest,
      ) ||
      (beside !== undefined && this.lex.surname(beside))
    );
  }

  isFirst(t: Token): boolean {
    const lex = this.lex;
    return (
      lex.firstName(t.lower) ||
      (/[^s]'s$/.test(t.lower) && lex.firstName(t.lower.slice(0, -2))) ||
      (/[^s']s$/.test(t.lower) && !quantityOf(this.text, t) && lex.firstName(t.lower.slice(0, -1))) ||
      // "Ilias' vader": the possessive of a name ending in s.
      (/s'$/.test(t.lower) && lex.firstName(t.lower.slice(0, -1))) ||
      (t.lower.includes("-") && t.lower.split("-").every((p) => lex.firstName(p)))
    );
  }

  englishWord(t: Token): boolean {
    return t.lower.split("-").every((p) => this.lex.english(p));
  }

  isCue(t: Token | undefined): boolean {
    return !!t && (NAME_CUES.has(t.lower) || this.opts.roles.has(t.lower));
  }

  sentenceStart(i: number): boolean {
    const { text, toks } = this;
    const t = toks[i] as Token;
    const prev = toks[i - 1];
    const before = text.slice(prev ? prev.end : 0, t.start).replace(/["'“”‘’([\s*-]+$/u, "");
    if (!prev) return before.trim() === "";
    if (/[!?:;\n]\s*$/.test(before) || /\n/.test(text.slice(prev.end, t.start))) return true;
    // "gratis pizza 🍕 Share maar ...": an emoji ends a sentence in chat.
    if (/\p{Extended_Pictographic}\s*$/u.test(text.slice(prev.end, t.start))) return true;
    // ("... ingericht als 'Regenboogruimte'. Meer info ...": a closing quote or bracket before the stop.)
    if (/^["'”’)\]]*\.\s*$/.test(before)) return !(prev.initial || ABBREVIATIONS.has(prev.lower));
    return false;
  }

  /** Two ordinary words joined, as Dutch writes them: "leerlingenraad", "schoolplein". */
  // (With `strict`, both halves Dutch words, not names: "kinderopvang", not "janssens".)
  compoundWord(w: string, strict = false): boolean {
    const lex = this.lex;
    if (!/^\p{Ll}+$/u.test(w)) return false;
    const known = strict ? (x: string) => lex.word(x) && !lex.personName(x) : (x: string) => lex.common(x);
    for (let k = 3; k <= w.length - 3; k++) {
      const head = w.slice(0, k);
      const tail = w.slice(k);
      if (!known(tail) || (strict && tail.length < 4)) continue;
      if (known(head) || (/(?:en|s)$/.test(head) && known(head.replace(/(?:en|s)$/, "")))) return true;
    }
    return false;
  }
}

/** "Lots of kids", "Bits of glass": an English word of quantity opening a sentence before "of",
 * no possessive written without its apostrophe ("Marks mum", "of het Marks of Jacks telefoon"). */
function quantityOf(text: string, t: Token): boolean {
  return /^\s+of\s+\p{Ll}/u.test(text.slice(t.end)) && /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(0, t.start));
}
