/**
 * Small string helpers shared by the stages.
 *
 * @module
 */
import { CALL_TO_ACTION, LINK_MARK, PLAYER_BUTTON, SENTENCE_END, SQUASHABLE, WHITESPACE_RUN } from "../patterns/lines.js";

/** Collapses runs of whitespace to one space and trims. */
export function squash(text: string): string {
  return SQUASHABLE.test(text) ? text.replace(WHITESPACE_RUN, " ").trim() : text;
}

/** True for an ASCII digit's code (NaN, a read past a string's end, is none). */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Number of space-separated words, counting no further than `limit` (the
 * callers only ask "at least n?", and a paragraph can be long).
 */
export function wordCount(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The key a line is looked up by in the clutter tables: lower case, without
 * trailing punctuation, arrows, ellipses and spaces ("Share on WhatsApp »" →
 * "share on whatsapp").
 *
 * @param text - the line
 * @param start - where the key starts, when the caller has it already (clutterKeyStart)
 * @param end - where it ends (clutterKeyEnd)
 */
export function clutterKey(text: string, start = clutterKeyStart(text), end = clutterKeyEnd(text, start)): string {
  return text.slice(start, end).toLowerCase();
}

/**
 * Where `clutterKey(text)` starts in `text`: after its leading spaces, bars, arrows and dashes. Only the
 * head of a long line matters (the tables hold short lines and line openings): the key is read from the
 * first KEY_LENGTH characters at most.
 *
 * @param text - the line
 * @param from - where the text to key starts in the line (a word of it; 0: the whole line)
 * @param to - where that text ends
 */
export function clutterKeyStart(text: string, from = 0, to = text.length): number {
  // (The length read once: callers pass strings of many kinds, whose property reads are dear here.)
  const end = Math.min(to, from + KEY_LENGTH);
  let start = from;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the line's end charCodeAt is NaN, no lead character; past a word's end the key is "" all the same
  while (start < end && isKeyLead(text.charCodeAt(start))) start++;
  return start;
}

/**
 * Where `clutterKey(text)` ends in `text`, given where it starts: before its trailing punctuation, arrows and spaces.
 * `from` and `to` bound the text to key as for clutterKeyStart: a word is keyed in its line, not sliced from it
 * first (a slice of one character is a string of another kind than the lines, and calls on strings of many kinds
 * are dear here).
 */
export function clutterKeyEnd(text: string, start: number, from = 0, to = text.length): number {
  // Trimming by index keeps this linear, where a pattern like /[\s.]+$/ is quadratic on a long run of spaces.
  let end = Math.min(to, from + KEY_LENGTH);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an end that passes start still slices to "" in clutterKey
  while (end > start && isKeyTrail(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A character trimmed off the start of a clutter key: space, tab, | » › > • · - – — and a button's + ("+ Follow"). */
export function isKeyLead(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x7c || c === 0xbb || c === 0x203a || c === 0x3e || c === 0x2022 || c === 0xb7 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2b;
}

/** A character trimmed off the end of a clutter key: space, tab, . : ! | » › > … → - – —. */
function isKeyTrail(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x2e || c === 0x3a || c === 0x21 || c === 0x7c || c === 0xbb || c === 0x203a || c === 0x3e || c === 0x2026 || c === 0x2192 || c === 0x2d || c === 0x2013 || c === 0x2014
  );
}

/** How much of a line `clutterKey` looks at: more than the longest table entry. */
const KEY_LENGTH = 64;

/**
 * True when the line bears a link's mark (LINK_MARK: an arrow at its end, an emoji or an arrow at its
 * start, a plus after a space at its end). Every other mark is outside ASCII: a line whose first character
 * and last three are ASCII, and whose last is no "+", is refused without running the pattern.
 */
export function hasLinkMark(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  const marked = text.charCodeAt(0) >= 0x80 || last >= 0x80 || last === 0x2b /* + */ || text.charCodeAt(n - 2) >= 0x80 || text.charCodeAt(n - 3) >= 0x80;
  return marked && LINK_MARK.test(text);
}

/** True when the line is a call to action or a site notice (CALL_TO_ACTION), or a player's button (PLAYER_BUTTON). */
export function isCallToAction(text: string): boolean {
  return CALL_TO_ACTION.test(text) || ((text.startsWith("Watch ") || text.startsWith("Listen ")) && PLAYER_BUTTON.test(text));
}

/** True when the line ends like a sentence or a quotation. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** True when every letter of the text is upper case (and it has letters). */
export function isAllCaps(text: string): boolean {
  const ascii = asciiCase(text);
  if (ascii !== NOT_ASCII) return ascii === UPPER_ONLY;
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

/** True when every letter of the text is lower case (and it has letters). */
export function isAllLower(text: string): boolean {
  const ascii = asciiCase(text);
  if (ascii !== NOT_ASCII) return ascii === LOWER_ONLY;
  return text !== text.toUpperCase() && text === text.toLowerCase();
}

const NOT_ASCII = 0;
const NO_LETTERS = 1;
const UPPER_ONLY = 2;
const LOWER_ONLY = 3;
const MIXED = 4;

/**
 * The case of an ASCII text's letters, without building its upper- and
 * lower-case copies (the dateline scanner asks about every place word);
 * `NOT_ASCII` when Unicode case mapping must decide.
 */
function asciiCase(text: string): number {
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return NOT_ASCII;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return upper ? (lower ? MIXED : UPPER_ONLY) : lower ? LOWER_ONLY : NO_LETTERS;
}

/**
 * False when no two lines (non-empty) of up to `maxLength` characters can be the same: their lengths and
 * first, middle and last characters differ. A cheap look before a map that hashes every line.
 */
export function mayRepeat(lines: readonly { readonly text: string }[], maxLength: number): boolean {
  const keys: number[] = [];
  const seen = lines.length > 48 ? new Set<number>() : null; // (on short pages, keys compared pairwise)
  for (const { text: t } of lines) {
    const n = t.length;
    if (n > maxLength) continue;
    // (Under 2^30 while lines are this short: a small integer, never a boxed number.)
    const key = ((n * 31 + t.charCodeAt(0)) * 31 + t.charCodeAt(n >> 1)) * 31 + t.charCodeAt(n - 1);
    if (seen ? seen.has(key) : keys.includes(key)) return true;
    if (seen) seen.add(key);
    else keys.push(key);
  }
  return false;
}

/** Zero-pads a number to two digits. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` from parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** True when year-month-day is a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  // (A month outside 1..12 has no entry in the table below: no day is valid in it.)
  if (!Number.isInteger(year) || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Days in each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
