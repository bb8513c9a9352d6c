/**
 * The dateline grammar: reads "Pyongyang [North Korea], June 20:",
 * "OKLAHOMA CITY, Okla., March 3 -", "(Reuters) -", "UNB, Manikganj::" and
 * every other form listed in SPEC.md section 6 off the start of a paragraph.
 *
 * It is a cursor scanner over small sticky patterns (src/patterns.ts), one
 * step per part, so it runs in time linear in the line and never backtracks:
 *
 * ```
 * [credit] [****] PLACE [/PLACE] {(QUAL) | [QUAL] | , QUAL} [, DATE] [, AGENCY | (AGENCY)] SEPARATOR rest
 *                 (AGENCY) SEPARATOR rest          AGENCY SEPARATOR rest          AGENCY, PLACE: rest
 *                 DATE YEAR; SOURCE: rest
 * ```
 *
 * To add a form: add its step below (each step is one small function) and a
 * positive and a negative case in test/dateline.test.ts.
 *
 * @module
 */
import { AGENCIES, AGENCY_CANONICAL, BARE_DATELINE_AGENCIES } from "../data/agencies.js";
import { COUNTRIES } from "../data/countries.js";
import { PLACES } from "../data/places.js";
import { REGIONS } from "../data/regions.js";
import { NOT_PLACES, PLACE_PARTICLES } from "../data/stopwords.js";
import { AGENCY_BEFORE_SEPARATOR, AGENCY_JOINT, AGENCY_THEN_COMMA, BARE_AGENCY_DATELINE, BRACKET_GROUP, CITY_JOINT, CITY_SPLIT, COMMA_BEFORE_SEPARATOR, CREDIT_DASH_DATE, CREDIT_SPLIT, DATELINE_SEPARATOR, DATE_FIRST_SOURCE, DAY_NUMBER, GLUED_BYLINE, GLUED_CREDIT, LETTER_OR_MARK, MARK, MONTH_WORD, PAREN_GROUP, PRIORITY_MARKS, PUBLISHER_PREFIX, SHORT_CREDIT, TWO_CAPITALS, YEAR_AFTER } from "../patterns/dateline.js";
import { isHijriMonth, mayOpenMonthName, monthNumber } from "./dates.js";
import { isAllCaps, isAllLower, isDigit } from "./text.js";
import type { DatelineParse } from "../types.js";

interface Cursor {
  readonly s: string;
  p: number;
  /** The last date read in this scan, shared by the cursors of one scan (never between scans). */
  readonly memo: DateMemo;
}

/** Where a date was last read in one scan: the place and qualifier steps ask whether a date starts where the date step then reads it. */
interface DateMemo {
  p: number;
  end: number;
  date: DatePart | null;
}

/** A cursor at `p` with a fresh memo. */
function cursorAt(s: string, p: number): Cursor {
  // Stryker disable next-line ObjectLiteral,UnaryOperator: the memo's start matches no position a scan asks about (a date stands at 0 or after a place), and its end is read only with a date
  return { s, p, memo: { p: -1, end: -1, date: null } };
}

/** True when the character at `i` is a letter (ASCII fast path; the rest by Unicode property). */
function letterAt(s: string, i: number): boolean {
  // (Past the end first: charCodeAt's NaN there throws optimised code away.)
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the ASCII fast path; the Unicode test below gives the same answer under 0x80 (and 0x80 is no letter)
  if (c < 0x80) {
    return isAsciiLetter(c);
  }
  return LETTER_OR_MARK.test(s[i]!) && !MARK.test(s[i]!);
}

/** True when the character at `i` is a letter or a combining mark. */
function letterOrMarkAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the ASCII fast path, as in letterAt
  if (c < 0x80) {
    return isAsciiLetter(c);
  }
  return LETTER_OR_MARK.test(s[i]!);
}

/** True for a character that joins the parts of one place word (. ' ’ -): "XI'AN", "ST.", "SAINT-JEAN", "d’Ivoire". */
function isWordJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * The end of the place word that starts at `p`, or -1: letters joined by
 * `.`, `'`, `’` or `-` (at most six parts of 25 letters), and a final dot.
 * The same words as PLACE_WORD in src/patterns.ts, scanned by hand: this runs
 * on every candidate line, and a sticky Unicode regex cost microseconds there.
 * ✓ "NEW" "XI'AN" "d'ALENE" "SAINT-JEAN-SUR-RICHELIEU" "D.C." "ST."  ✗ "-" "42"
 */
function placeWordEnd(s: string, p: number): number {
  if (!letterAt(s, p)) return -1;
  let i = p + 1;
  // Stryker disable next-line EqualityOperator: a seventh part is never reached, `part < 5` below stops the joins at six
  for (let part = 0; part < 6; part++) {
    let run = 1;
    while (run < 25 && letterOrMarkAt(s, i)) {
      i++;
      run++;
    }
    if (part < 5 && isWordJoiner(codeAt(s, i)) && letterAt(s, i + 1)) {
      i += 2;
      continue;
    }
    break;
  }
  if (codeAt(s, i) === 0x2e /* . */) i++;
  return i;
}

/** Takes a place word at the cursor; returns it, or null. */
function takeWord(c: Cursor): string | null {
  const end = placeWordEnd(c.s, c.p);
  if (end === -1) return null;
  const word = c.s.slice(c.p, end);
  c.p = end;
  return word;
}

/** Runs a sticky pattern at the cursor; advances it on a match. */
function take(c: Cursor, re: RegExp): RegExpExecArray | null {
  re.lastIndex = c.p;
  const m = re.exec(c.s);
  if (m) c.p = re.lastIndex;
  return m;
}

/** Like {@link take}, for a pattern whose text is not wanted: true when it matched (no match array is built). */
function skipOver(c: Cursor, re: RegExp): boolean {
  re.lastIndex = c.p;
  if (!re.test(c.s)) return false;
  c.p = re.lastIndex;
  return true;
}

/** Like {@link take} but never moves the cursor. */
function peek(s: string, p: number, re: RegExp): RegExpExecArray | null {
  re.lastIndex = p;
  return re.exec(s);
}

/** The index after at most `max` spaces at `p`. */
function afterSpaces(s: string, p: number, max: number): number {
  const stop = Math.min(s.length, p + max);
  while (p < stop && s.charCodeAt(p) === 32) p++;
  return p;
}

/**
 * The character code at `i`, or -1 past the end. (Every read that may fall past the end goes through here: one
 * charCodeAt past the end deoptimises the function, and its next optimised code calls charCodeAt out of line.)
 */
function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** True for an ASCII capital's code. */
function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** True for an ASCII letter's code. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Skips up to eight spaces at the cursor (a wide gap separates a glued byline); returns how many. */
function skipSpaces(c: Cursor): number {
  const from = c.p;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a guard for speed: past the end charCodeAt is NaN, no space, but reading there throws optimised code away
  while (c.p - from < 8 && c.p < c.s.length && c.s.charCodeAt(c.p) === 32) c.p++;
  return c.p - from;
}

// ------------------------------------------------------------------ parts

interface DatePart {
  readonly month: number | null;
  readonly day: number | null;
  readonly year: number | null;
  readonly hijri: boolean;
}

/**
 * Step: a date at the cursor. "March 3", "Oct. 20", "FEb 26", "21 Oct",
 * "29th November, 2015", "Feb 15, 2026", "Ramadan 23, 1438" (Hijri).
 */
function readDate(c: Cursor): DatePart | null {
  const memo = c.memo;
  // Stryker disable next-line ConditionalExpression,BlockStatement: a memo: reading the date again gives the same date and end
  if (c.p === memo.p) {
    // Stryker disable next-line ConditionalExpression: without a date the memo's end is its start, where the cursor stands
    if (memo.date) c.p = memo.end;
    return memo.date;
  }
  const start = c.p;
  const date = readDateUncached(c);
  memo.p = start;
  memo.end = c.p;
  memo.date = date;
  return date;
}

function readDateUncached(c: Cursor): DatePart | null {
  // A date opens with its month word (a letter) or its day (a digit): MONTH_WORD or DAY_NUMBER, never both.
  const first = codeAt(c.s, c.p);
  // Stryker disable next-line ConditionalExpression: a gate: a word no month name opens with is read as no month
  if (isAsciiLetter(first)) return mayOpenMonthName(first) ? readMonthFirst(c) : null;
  // Stryker disable next-line ConditionalExpression: a gate: DAY_NUMBER opens with a digit
  if (isDigit(first)) return readDayFirst(c);
  return null;
}

/** "March 3", "Oct. 20", "Feb 15, 2026", "Ramadan 23, 1438". */
function readMonthFirst(c: Cursor): DatePart | null {
  const start = c.p;
  const word = take(c, MONTH_WORD);
  if (word) {
    const month = monthNumber(word[1]!);
    const hijri = !month && isHijriMonth(word[1]!);
    if (month || hijri) {
      const gap = skipSpaces(c);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: the digit is a gate: DAY_NUMBER opens with one
      const day = (gap > 0 || word[0].endsWith(".")) && isDigit(codeAt(c.s, c.p)) ? take(c, DAY_NUMBER) : null;
      if (day) return { month: month ?? null, day: Number(day[1]), year: readYear(c), hijri };
    }
  }
  c.p = start;
  return null;
}

/** "21 Oct", "29th November, 2015". */
function readDayFirst(c: Cursor): DatePart | null {
  const start = c.p;
  const day = take(c, DAY_NUMBER);
  if (day) {
    const gap = skipSpaces(c);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the letter is a gate: MONTH_WORD opens with one
    const w = gap > 0 && isAsciiLetter(codeAt(c.s, c.p)) ? take(c, MONTH_WORD) : null;
    const month = w ? monthNumber(w[1]!) : undefined;
    if (month) return { month, day: Number(day[1]), year: readYear(c), hijri: false };
  }
  c.p = start;
  return null;
}

/** Step: the year after a day (", 2026", " 2020"), or null. */
function readYear(c: Cursor): number | null {
  // (YEAR_AFTER: at most four spaces, then a comma or the year's first digit.)
  const next = codeAt(c.s, afterSpaces(c.s, c.p, 4));
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate before YEAR_AFTER, which finds no year where it stops
  if (next !== 0x2c && !isDigit(next)) return null;
  const year = take(c, YEAR_AFTER);
  return year ? Number(year[1]) : null;
}

/** True when a word could be a month ("March", "Oct.", "FEb", "Ramadan"): worth trying a date. */
function isMonthWord(word: string): boolean {
  const w = word.endsWith(".") ? word.slice(0, -1) : word;
  // Stryker disable next-line ConditionalExpression: a gate: a date that does not open with a month word is no date readPlace stops at (its day number is no place word)
  return monthNumber(w) !== undefined || isHijriMonth(w);
}

/** True when a date starts at `p` (used to stop a place name before "March 9"). */
function dateStartsAt(c: Cursor): boolean {
  return readDate({ s: c.s, p: c.p, memo: c.memo }) !== null;
}

/**
 * The agency a parenthesised text credits, in its canonical spelling, or null when it is no agency credit:
 * "ANI", "Reuters", "xinhua", "BSS/AFP", "PTI, UNI", "NNN-SPA", "LPC/IFR". After a date any
 * short capitalised credit counts ("MExN"); before one, only known agencies,
 * so that "(HP)" or "(WB)" stay regions.
 */
function agencyCredit(text: string, afterDate: boolean): string | null {
  // (The text is trimmed and upper-cased once, for both the look-up and the canonical spelling.)
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  // "Agence France-Presse" is looked up whole before splitting at "-".
  if (!AGENCIES.has(upper) && !isJointCredit(trimmed, afterDate)) return null;
  return AGENCY_CANONICAL.get(upper) ?? trimmed;
}

/** True when each of at most three credits joined by "/", ",", "&" or "-" is an agency credit (see agencyCredit). */
function isJointCredit(trimmed: string, afterDate: boolean): boolean {
  const parts = trimmed.split(AGENCY_JOINT);
  if (parts.length > 3) return false;
  return parts.every((part) => {
    const upper = part.toUpperCase();
    if (AGENCIES.has(upper)) return true;
    return afterDate && SHORT_CREDIT.test(part) && TWO_CAPITALS.test(part);
  });
}

function canonicalAgency(text: string): string {
  const trimmed = text.trim();
  return AGENCY_CANONICAL.get(trimmed.toUpperCase()) ?? trimmed;
}

interface PlacePart {
  text: string;
  /** How many words it has ("NEW YORK": 2). */
  words: number;
  /** True when every word is lower case ("des moines"). */
  lower: boolean;
}

/** True when a "/" stands within three characters of the cursor: where CITY_JOINT's may stand (a look before running it). */
function slashNear(c: Cursor): boolean {
  return codeAt(c.s, c.p) === 0x2f || codeAt(c.s, c.p + 1) === 0x2f || codeAt(c.s, c.p + 2) === 0x2f;
}

/**
 * Step: a place name at the cursor: up to six words, multi-city joined by
 * "/". Stops before a date ("Pretoria March 9"), punctuation, or a lower-case
 * word (unless the whole name is lower case: "des moines").
 */
function readPlace(c: Cursor): PlacePart | null {
  const start = c.p;
  // Each word is found once: the look at the next word (is it a date, a particle?) is the next turn's word.
  let end = placeWordEnd(c.s, c.p);
  if (end === -1) return null;
  let wordLower = isAllLower(c.s.slice(c.p, end));
  let words = 0;
  let lower = true;
  for (;;) {
    c.p = end;
    words++;
    lower &&= wordLower;
    if (words > 6) {
      c.p = start;
      return null;
    }
    const afterWord = c.p;
    if (slashNear(c) && skipOver(c, CITY_JOINT)) {
      end = placeWordEnd(c.s, c.p);
      if (end > 0) {
        wordLower = isAllLower(c.s.slice(c.p, end));
        continue;
      }
    }
    c.p = afterWord;
    const gap = skipSpaces(c);
    const nextEnd = gap === 0 || gap > 2 ? -1 : placeWordEnd(c.s, c.p);
    const next = nextEnd === -1 ? null : c.s.slice(c.p, nextEnd);
    // Stop before "March 9" (SAPA's "Pretoria March 9"): only a month word can start a date here.
    if (next === null || (isMonthWord(next) && dateStartsAt(c))) {
      c.p = afterWord;
      break;
    }
    // A lower-case word ends a capitalised name, unless it is a particle ("Rio de Janeiro", "Côte d'Ivoire").
    // (Asked of a lower-case word only, which is its own lower-case key.)
    const lowerNext = isAllLower(next);
    if (lowerNext && !lower && !PLACE_PARTICLES.has(next) && !next.startsWith("d'")) {
      c.p = afterWord;
      break;
    }
    end = nextEnd;
    wordLower = lowerNext;
  }
  return { text: c.s.slice(start, c.p), words, lower };
}

/**
 * Step: a comma qualifier at the cursor ("Okla.", "W. Va.", "South Africa",
 * "British Columbia"): capitalised words, stopping before a date. Empty
 * when no word stands at the cursor, null when a word there is no qualifier.
 */
function readQualifier(c: Cursor): string | null {
  const start = c.p;
  let count = 0;
  // No date starts at the cursor: the caller looked, and each turn below stops before one.
  for (;;) {
    const w = takeWord(c);
    if (w === null) break;
    if (isAllLower(w) && !PLACE_PARTICLES.has(w)) {
      c.p = start;
      return null;
    }
    count++;
    if (count > 4) {
      c.p = start;
      return null;
    }
    const afterWord = c.p;
    const gap = skipSpaces(c);
    if (gap === 0 || gap > 2 || placeWordEnd(c.s, c.p) === -1 || dateStartsAt(c)) {
      c.p = afterWord;
      break;
    }
  }
  return c.s.slice(start, c.p);
}

interface Qualifiers {
  region: string | null;
  country: string | null;
  /** True when some qualifier was found in the region or country tables (or written in brackets). */
  known: boolean;
}

function addQualifier(q: Qualifiers, text: string, how: "paren" | "bracket" | "comma"): void {
  const key = text.toLowerCase();
  if (how === "bracket") {
    q.country ??= text;
    q.known = true;
    return;
  }
  const isCountry = COUNTRIES.has(key);
  const isRegion = REGIONS.has(key);
  if (isCountry || isRegion) q.known = true;
  // In parentheses a country name is the country, anything else a region;
  // after a comma a known region is the region, anything else the country.
  const toRegion = how === "paren" ? !isCountry : isRegion;
  if (toRegion) q.region ??= text;
  else q.country ??= text;
}

/**
 * True for a dateline with an agency, a date, or a place from the places table: safe to trust on a
 * short line, or on a line that is no sentence ("DALLAS, March 2 - Computer Language Research ...").
 */
export function isSureDateline(dl: DatelineParse): boolean {
  return dl.agency !== null || dl.month !== null || (dl.city !== null && isKnownPlace(dl.city));
}

/** True when a place (or each part of a multi-city place) is in the places or countries table. */
export function isKnownPlace(place: string): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: split on "/", one name is a list of one
  if (!place.includes("/")) return isKnownName(place);
  return place.split(CITY_SPLIT).every(isKnownName);
}

function isKnownName(name: string): boolean {
  const key = name.toLowerCase();
  return PLACES.has(key) || COUNTRIES.has(key);
}

// ------------------------------------------------------------------ the scanner

type Separator = "wire" | "hyphen" | "colon" | "none";

/** A scan's findings; the dateline text and the rest are cut from the line only once it is accepted. */
interface Scan {
  place: PlacePart | null;
  q: Qualifiers;
  date: DatePart | null;
  agency: string | null;
  sep: Separator;
  /** Where the dateline starts and ends (separator included). */
  start: number;
  end: number;
  /** True when nothing but spaces follows the dateline. */
  atEnd: boolean;
}

type ScanParts = Omit<Scan, "sep" | "start" | "end" | "atEnd">;

/** The first index at or after `p` that is not a space or tab. */
function skipWhite(s: string, p: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt is NaN, which ends the loop too
  while (p < s.length && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p++;
  return p;
}

/** True for the code of a character a separator opens with: - – — _ : (DATELINE_SEPARATOR). */
function isSeparatorStart(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x5f || c === 0x3a;
}

/** The kind of a separator, from the code of its first mark and its length without the spaces before it (":", "::", "-", "--", "—"). */
function separatorKind(first: number, length: number): Separator {
  if (first === 0x3a /* : */) return "colon";
  if (first === 0x2d /* - */ && length === 1) return "hyphen";
  return "wire";
}

/** Step: the separator, or the end of the paragraph, or text straight after an agency credit. */
function finish(c: Cursor, start: number, parts: ScanParts, agencyInParens: boolean): Scan | null {
  // "SAN JOSE, Calif., -": a comma left where the date was.
  // (Each pattern is run only where its first character stands after the spaces it allows.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate, as said
  if (codeAt(c.s, afterSpaces(c.s, c.p, 2)) === 0x2c) skipOver(c, COMMA_BEFORE_SEPARATOR);
  const beforeSep = c.p;
  // (The separator's first mark stands where the spaces before it end.)
  const mark = afterSpaces(c.s, c.p, 4);
  // Stryker disable next-line ConditionalExpression: a gate, as said
  const sep = isSeparatorStart(codeAt(c.s, mark)) && skipOver(c, DATELINE_SEPARATOR);
  let kind: Separator = "none";
  if (sep) {
    kind = separatorKind(c.s.charCodeAt(mark), c.p - mark);
  } else {
    c.p = beforeSep;
    const next = skipWhite(c.s, c.p);
    // "New Delhi [India], Sept 24 (ANI) The BJP ...": text may follow an agency credit directly.
    if (next < c.s.length && !(agencyInParens && next > c.p && next - c.p <= 3)) return null;
  }
  // Built field by field: an object spread here cost microseconds per line (V8 clones by slow path).
  return {
    place: parts.place,
    q: parts.q,
    date: parts.date,
    agency: parts.agency,
    sep: kind,
    start,
    end: c.p,
    atEnd: skipWhite(c.s, c.p) >= c.s.length,
  };
}

/** "(Reuters) -", "(WAM) –": an agency credit standing alone. */
function scanAgencyOnly(c: Cursor, start: number): Scan | null {
  const m = take(c, PAREN_GROUP);
  const agency = m ? agencyCredit(m[1]!, true) : null;
  if (agency === null) return null;
  return finish(c, start, { place: null, q: noQualifiers(), date: null, agency }, true);
}

/** "AP -", "Reuters -", "AFP -": a bare agency name used as the whole dateline. */
function scanBareAgency(c: Cursor, start: number): Scan | null {
  const hit = take(c, BARE_AGENCY_DATELINE);
  if (!hit || (!BARE_DATELINE_AGENCIES.has(hit[1]!.toUpperCase()) && hit[1] !== "Associated Press")) return null;
  // The pattern looks ahead to a separator: finish always finds one.
  return finish(c, start, { place: null, q: noQualifiers(), date: null, agency: canonicalAgency(hit[1]!) }, false);
}

/** "UNB, Manikganj::", "BSS, Gazipur:": agency first, then the place. */
function scanAgencyFirst(c: Cursor, start: number): Scan | null {
  // (AGENCY_THEN_COMMA opens with two capitals: "Mumbai, ..." fails at its second letter.)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a gate, as said
  if (!isAsciiCapital(codeAt(c.s, c.p + 1)) || !isAsciiCapital(codeAt(c.s, c.p))) return null;
  const hit = take(c, AGENCY_THEN_COMMA);
  if (!hit || !AGENCIES.has(hit[1]!)) return null;
  const place = readPlace(c);
  if (!place) return null;
  const r = finish(c, start, { place, q: noQualifiers(), date: null, agency: hit[1]! }, false);
  return r && r.sep === "colon" ? r : null;
}

/** The longest entry of NOT_PLACES: a longer place is never one. */
const NOT_PLACE_LONGEST = Math.max(...[...NOT_PLACES].map((w) => w.length));

/** The main form: PLACE, qualifiers, date, agency, separator. */
function scanPlaced(c: Cursor, start: number): Scan | null {
  if (codeAt(c.s, c.p) === 0x2a) skipOver(c, PRIORITY_MARKS); // (the pattern opens with "*")
  // (The place's length is read off the cursor: place.text is a string of one of many kinds, whose length is a slow read.)
  const placeStart = c.p;
  const place = readPlace(c);
  if (!place) return null;
  // (A place of one word is that word: its text is the whole place's.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate: no entry of NOT_PLACES is longer
  if (c.p - placeStart <= NOT_PLACE_LONGEST) {
    if (NOT_PLACES.has(place.text.toUpperCase())) return null;
  }
  const q = noQualifiers();
  let date: DatePart | null = null;
  let agency: string | null = null;
  let agencyInParens = false;

  // Qualifiers: (X), [X], ", X" — at most three.
  for (let i = 0; i < 3; i++) {
    const save = c.p;
    skipSpaces(c);
    const ch = codeAt(c.s, c.p);
    if (ch === 0x28 /* ( */) {
      const m = take(c, PAREN_GROUP);
      if (!m) { c.p = save; break; }
      agency = agencyCredit(m[1]!, false);
      if (agency !== null) {
        agencyInParens = true;
        break;
      }
      addQualifier(q, m[1]!.trim(), "paren");
      continue;
    }
    if (ch === 0x5b /* [ */) {
      const m = take(c, BRACKET_GROUP);
      if (!m) { c.p = save; break; }
      addQualifier(q, m[1]!.trim(), "bracket");
      continue;
    }
    if (ch === 0x2c /* , */) {
      c.p++;
      skipSpaces(c);
      if (dateStartsAt(c)) break;
      const bare = peekBareAgency(c);
      if (bare) break;
      const qual = readQualifier(c);
      if (qual) {
        // Stryker disable next-line StringLiteral: any how but "paren" and "bracket" reads as a comma
        addQualifier(q, qual, "comma");
        continue;
      }
      // "Srinagar," at the end of the line: the site cut the date away.
      if (skipWhite(c.s, c.p) >= c.s.length) return { place, q, date, agency, sep: "none", start, end: save + 1, atEnd: true };
      c.p = save;
      break;
    }
    // "WASHINGTON, D.C. March 18 -", "Nzhelele, Venda March 8 SAPA --": a date after a space.
    c.p = save;
    break;
  }

  // Date.
  if (!agency) {
    const save = c.p;
    skipSpaces(c);
    if (codeAt(c.s, c.p) === 0x2c /* , */) {
      c.p++;
      skipSpaces(c);
    }
    date = readDate(c);
    if (!date) c.p = save;
    else {
      // A comma after the date: "March 3, (AP)".
      const comma = afterSpaces(c.s, c.p, 2);
      if (codeAt(c.s, comma) === 0x2c) c.p = comma + 1;
    }
  }

  // Agency after the date: "(Xinhua)", ", Reuter", " SAPA", ", SPA".
  if (!agency) {
    const save = c.p;
    skipSpaces(c);
    if (codeAt(c.s, c.p) === 0x28 /* ( */) {
      const m = take(c, PAREN_GROUP);
      agency = m ? agencyCredit(m[1]!, date !== null) : null;
      if (agency !== null) {
        agencyInParens = true;
      } else c.p = save;
    } else {
      if (codeAt(c.s, c.p) === 0x2c /* , */) { c.p++; skipSpaces(c); }
      const bare = peekBareAgency(c);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: PAREN_GROUP needs "(", and a credit read after a date is dropped below
      const dated = !date && codeAt(c.s, c.p) === 0x28 /* ( */ ? take(c, PAREN_GROUP) : null;
      const credit = dated ? creditWithDate(dated[1]!) : null;
      if (bare && date) {
        c.p = bare.end;
        agency = canonicalAgency(bare.name);
      } else if (credit) {
        // "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021)"
        ({ agency, date } = credit);
        agencyInParens = true;
      } else c.p = save;
    }
  }
  return finish(c, start, { place, q, date, agency }, agencyInParens);
}

/**
 * A credit with a date in parentheses, as republishers print it: "UrduPoint /
 * Pakistan Point News / WAM - 02nd May, 2021". The agency is the last credit
 * when it is a known agency, else the whole credit; the date needs its year.
 */
function creditWithDate(text: string): { agency: string; date: DatePart } | null {
  const m = CREDIT_DASH_DATE.exec(text);
  if (!m) return null;
  const date = readDate(cursorAt(m[2]!, 0));
  if (!date || date.year === null) return null;
  const credits = m[1]!.split(CREDIT_SPLIT);
  const last = credits[credits.length - 1]!.trim();
  return { agency: AGENCIES.has(last.toUpperCase()) ? canonicalAgency(last) : m[1]!.trim(), date };
}

/** A known agency name at the cursor followed by a separator ("Reuter -", "SAPA --", "SPA --"). */
function peekBareAgency(c: Cursor): { name: string; end: number } | null {
  // (AGENCY_BEFORE_SEPARATOR opens with a capital.)
  // Stryker disable next-line ConditionalExpression: a gate, as said
  if (!isAsciiCapital(codeAt(c.s, c.p))) return null;
  const m = peek(c.s, c.p, AGENCY_BEFORE_SEPARATOR);
  if (!m || !AGENCIES.has(m[1]!.toUpperCase())) return null;
  return { name: m[1]!, end: AGENCY_BEFORE_SEPARATOR.lastIndex };
}

/** "21 May 2022; MEMO:": a full date, then the source, then a colon. */
function scanDateFirst(c: Cursor, start: number): Scan | null {
  const date = readDate(c);
  if (!date || date.year === null) return null;
  const source = take(c, DATE_FIRST_SOURCE);
  if (!source) return null;
  // The pattern looks ahead to a colon: the separator is one, or there is none and the scan fails.
  return finish(c, start, { place: null, q: noQualifiers(), date, agency: source[1]! }, false);
}

/**
 * Decides whether a scan is a dateline and not a sentence that happens to
 * start like one ("WASHINGTON state officials said", "Note: ...",
 * "Stock market today: ...").
 */
function credible(r: Scan): boolean {
  const place = r.place;
  // A line that is nothing but a place and a credit ("Abu Dhabi (WAM)") must name a place we know,
  // or a headline such as "Ohio Sues Best Buy, Alleging Used Sales (AP)" would pass.
  if (r.agency && r.sep === "none" && r.atEnd && !r.date && place) return isAllCaps(place.text) || isKnownPlace(place.text);
  if (r.agency) return true;
  // Without an agency the scan read a place (scanPlaced); a date read has its day,
  // and a line with no separator has nothing after the date (finish fails then).
  const lowerPlace = place === null || place.lower;
  if (r.date) return !lowerPlace || r.sep !== "none";
  if (!place || lowerPlace) return false;
  const caps = isAllCaps(place.text);
  const known = isKnownPlace(place.text) || r.q.known;
  switch (r.sep) {
    case "wire":
      return caps || known;
    case "hyphen":
      return (caps && place.words <= 3) || known;
    case "colon":
      return known || (caps && place.words === 1) || r.q.country !== null && caps;
    case "none":
      // A line that is only a place: the place itself must be one we know ("New Delhi", "Panaji"),
      // not a headline that ends in a country ("OILMEAL DEMAND STILL STRONG IN U.S., SOVIET UNION").
      return r.atEnd && place.words <= 3 && isKnownPlace(place.text);
  }
}

/** Qualifiers before any is read. */
function noQualifiers(): Qualifiers {
  return { region: null, country: null, known: false };
}

/** The scanners that can start with the character at `p`: "(" opens only an agency credit, a digit only a date-first dateline. */
const SCANS_AFTER_PAREN = [scanAgencyOnly];
const SCANS_AFTER_DIGIT = [scanDateFirst];
const SCANS_AFTER_LETTER = [scanBareAgency, scanAgencyFirst, scanPlaced];

function scanAt(s: string, p: number): Scan | null {
  const ch = codeAt(s, p);
  const attempts = ch === 40 /* ( */ ? SCANS_AFTER_PAREN : ch >= 48 && ch <= 57 ? SCANS_AFTER_DIGIT : SCANS_AFTER_LETTER;
  const c = cursorAt(s, p);
  for (const attempt of attempts) {
    c.p = p;
    const r = attempt(c, p);
    if (r && credible(r)) return r;
  }
  return null;
}

function toParse(s: string, r: Scan, prefix: string, byline: string | null): DatelineParse {
  return {
    prefix,
    byline,
    text: s.slice(r.start, r.end).trimEnd(),
    city: r.place?.text ?? null,
    region: r.q.region,
    country: r.q.country,
    agency: r.agency,
    month: r.date?.month ?? null,
    day: r.date?.day ?? null,
    year: r.date?.year ?? null,
    hijri: r.date?.hijri ?? false,
    rest: s.slice(skipWhite(s, r.end)),
  };
}

/** How far into a line a dateline's separator or credit can stand. */
const DATELINE_REACH = 120;
/** Lines this short may be a dateline alone ("Mumbai, August 21", "New Delhi"). */
const ALONE_MAX = 48;

/**
 * A cheap test that rules most lines out before any scanning: every dateline
 * form has, near the start, a separator (`-`, `_`, `:`, a dash), a credit or
 * qualifier in brackets, or is a short line on its own.
 */
function mayOpenWithDateline(s: string): boolean {
  if (s.length <= ALONE_MAX) return true;
  const head = s.length > DATELINE_REACH ? s.slice(0, DATELINE_REACH) : s;
  for (const ch of DATELINE_MARKS) if (head.includes(ch)) return true;
  return false;
}

/** Characters one of which every dateline (but the short, lone ones) holds. */
const DATELINE_MARKS = ["(", "[", "-", "_", ":", "–", "—"];

/**
 * Reads a dateline off the start of a paragraph (or a line that is only a
 * dateline). A syndication credit, publisher name or byline glued in front
 * is split off into `prefix` / `byline`.
 *
 * @param paragraph - one line of the page
 * @returns the parts, or null when the paragraph does not open with a dateline
 * @example
 * ```ts
 * parseDateline("Pyongyang [North Korea], June 20: The leaders ...")
 * //=> { text: "Pyongyang [North Korea], June 20:", city: "Pyongyang", country: "North Korea",
 * //     month: 6, day: 20, agency: null, rest: "The leaders ...", ... }
 * parseDateline("WASHINGTON state officials said ...") //=> null
 * ```
 */
export function parseDateline(paragraph: string): DatelineParse | null {
  if (!mayOpenWithDateline(paragraph)) return null;
  const direct = scanAt(paragraph, 0);
  if (direct) return toParse(paragraph, direct, "", null);
  const first = paragraph[0];
  // Stryker disable next-line ConditionalExpression: a gate: GLUED_CREDIT opens with "("
  const credit = first === "(" ? GLUED_CREDIT.exec(paragraph) : null;
  if (credit) {
    const r = scanAt(paragraph, credit[0].length);
    if (r) return toParse(paragraph, r, credit[0].trim(), null);
  }
  // Stryker disable next-line ConditionalExpression: a gate: GLUED_BYLINE opens with "by" in any case
  const by = first === "B" || first === "b" ? GLUED_BYLINE.exec(paragraph) : null;
  if (by) {
    const r = scanAt(paragraph, by[0].length);
    if (r) return toParse(paragraph, r, "", by[1]!);
  }
  // (A needle that opens with a space is slow on running text: look for the dash first.)
  // Stryker disable next-line StringLiteral: a gate for PUBLISHER_PREFIX below, whose " - " or " – " stands in the first 33 characters
  const dash = paragraph.lastIndexOf(" - ", 32);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,StringLiteral: the same gate
  const publisher = dash > 0 || (paragraph.includes("–") && paragraph.includes(" – ")) ? PUBLISHER_PREFIX.exec(paragraph) : null;
  if (publisher) {
    const r = scanAt(paragraph, publisher[0].length);
    if (r && r.place && isAllCaps(r.place.text) && r.sep !== "none") return toParse(paragraph, r, publisher[0].trim(), null);
  }
  return null;
}
