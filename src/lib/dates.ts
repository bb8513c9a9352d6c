/**
 * Reading dates: the page's date lines ("Jun 20, 2024", "Updated: Jun 20, 2024
 * 15:01 IST", "20.06.2024") and the year of year-less dateline dates.
 *
 * Common forms are read by anchored patterns; anything else that passed the
 * cheap candidate test goes to chrono-node's strict English parser. chrono is
 * never run on whole texts (it would invent dates: "in 24 years" → 2048).
 *
 * @module
 */
import * as chrono from "chrono-node/en";
import { HIJRI_MONTHS, MONTHS, WEEKDAYS } from "../data/months.js";
import { ZONE_BY_COUNTRY, ZONE_OFFSETS } from "../data/zones.js";
import { CLOCK_TIME, DATE_LINE_PREFIX_TRIM, DATE_LINE_REST_TRIM, DAY_MONTH_YEAR, DOTTED_DATE, HIJRI_NUMERIC, ISO_DATE, ISO_DAY_START, MAY_HOLD_DATE, MERIDIEM_NOISE, MONTH_DAY_YEAR, MONTH_NAME, NUMERIC_ZONE, PUBLISHED_LABEL, SLASHED_DATE, UPDATED_LABEL, WEEKDAY_TAIL, WORD_TOKEN, ZONE_AFTER_TIME } from "../patterns/dates.js";
import type { DateLine, DayParts, FoundDate } from "../types.js";
import { isoDate, isValidDay, pad2 } from "./text.js";

/** Longest line handed to chrono. */
const CHRONO_MAX_LENGTH = 64;

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/** Looks a month word up ("Sept", "FEb", "june" → 9, 2, 6). */
export function monthNumber(word: string): number | undefined {
  // Most words asked about are not months: rule them out by length and first letter before lower-casing.
  // Stryker disable next-line ConditionalExpression: a gate made of MONTHS' own keys: a word it lets through that it should stop is no key, and MONTHS.get gives undefined for it as the gate would
  if (!mayBeKey(MONTH_KEYS, word)) return undefined;
  return MONTHS.get(word.toLowerCase());
}

/** True when a word of any case is a Hijri month name ("Ramadan", "SHAWWAL"). */
export function isHijriMonth(word: string): boolean {
  // Stryker disable next-line ConditionalExpression: a gate made of HIJRI_MONTHS' own keys, as in monthNumber
  return mayBeKey(HIJRI_KEYS, word) && HIJRI_MONTHS.has(word.toLowerCase());
}

/** False when no month name (Gregorian or Hijri) opens with the ASCII letter of this code: a look before reading a word as one. */
export function mayOpenMonthName(c: number): boolean {
  // (A bit a letter of either case: c | 0x20 is the lower-case letter's code.)
  return (MONTH_NAME_INITIALS & (1 << ((c | 0x20) - 0x61))) !== 0;
}

/** The lengths and first letters (either case) of a table's lower-case keys: a look before lower-casing a word to find it there. */
interface KeyShape {
  readonly shortest: number;
  readonly longest: number;
  readonly initials: string;
}

function keyShape(keys: Iterable<string>): KeyShape {
  const list = [...keys];
  const initials = [...new Set(list.map((k) => k[0]!))].join("");
  return { shortest: Math.min(...list.map((k) => k.length)), longest: Math.max(...list.map((k) => k.length)), initials: initials + initials.toUpperCase() };
}

/** False when a word's length or first letter is that of no key. */
function mayBeKey(shape: KeyShape, word: string): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a gate, see monthNumber
  return word.length >= shape.shortest && word.length <= shape.longest && shape.initials.includes(word[0]!);
}

const MONTH_KEYS = keyShape(MONTHS.keys());
const HIJRI_KEYS = keyShape(HIJRI_MONTHS);
/** The first letters of the month names, a bit a letter (a = bit 0). */
const MONTH_NAME_INITIALS = [...MONTHS.keys(), ...HIJRI_MONTHS].reduce((bits, k) => bits | (1 << (k.charCodeAt(0) - 0x61)), 0);

function plausible(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidDay(year, month, day);
}

interface Match {
  readonly index: number;
  readonly length: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The year of a two-digit year, as POSIX `strptime` reads `%y`: 69–99 are
 * 1969–1999, 00–68 are 2000–2068 ("3/26/87" on an archived page is 1987).
 */
function twoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

/** Numeric date forms, in order, each with how to read year, month and day from its groups. */
const NUMERIC_FORMS: readonly (readonly [RegExp, (m: RegExpExecArray) => [number, number, number]])[] = [
  [ISO_DATE, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  // Dotted dates are day-first (20.06.2024), whatever chrono would say.
  [DOTTED_DATE, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [
    SLASHED_DATE,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = m[4]!.length === 2 ? twoDigitYear(Number(m[4])) : Number(m[4]);
      // Slashed: month-first unless the first number cannot be a month. Dashed: day-first unless the second cannot.
      const monthFirst = m[2] === "/" ? a <= 12 : b > 12;
      return monthFirst ? [year, a, b] : [year, b, a];
    },
  ],
];

/**
 * The first match of a month-name date pattern (global) before `limit` whose
 * month is a real month and whose day exists; `monthGroup` and `dayGroup`
 * say where they are, the year is group 3.
 */
function firstNamed(line: string, pattern: RegExp, monthGroup: number, dayGroup: number, limit: number): Match | null {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Stryker disable next-line EqualityOperator: `<=` changes nothing: the limit is where a month-first match starts (a letter), a day-first one starts at a digit
  while ((m = pattern.exec(line)) && m.index < limit) {
    const month = monthNumber(m[monthGroup]!);
    const day = Number(m[dayGroup]);
    const year = Number(m[3]);
    if (month && plausible(year, month, day)) return { index: m.index, length: m[0].length, year, month, day };
  }
  return null;
}

function firstMatch(line: string): Match | null {
  // Month-name forms first; a Hijri month ("Ramadan 23, 1438") is not a month and is passed over.
  const monthFirst = firstNamed(line, MONTH_DAY_YEAR, 1, 2, Infinity);
  // (A day-first date must start before a month-first one: none can before one at the line's start.)
  const dayFirst = monthFirst?.index === 0 ? null : firstNamed(line, DAY_MONTH_YEAR, 2, 1, monthFirst?.index ?? Infinity);
  const best = dayFirst ?? monthFirst;
  if (best) return best;
  for (const [pattern, order] of NUMERIC_FORMS) {
    const n = pattern.exec(line);
    if (!n) continue;
    const [year, month, day] = order(n);
    if (plausible(year, month, day)) return { index: n.index, length: n[0].length, year, month, day };
  }
  return null;
}

function chronoMatch(line: string): Match | null {
  const results = chrono.strict.parse(line, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    if (!r.start.isCertain("year") || !r.start.isCertain("day")) continue;
    const year = r.start.get("year")!;
    const month = r.start.get("month")!;
    const day = r.start.get("day")!;
    if (plausible(year, month, day)) return { index: r.index, length: r.text.length, year, month, day };
  }
  return null;
}

/** True when the line has a month word or a numeric date shape: worth a full read. */
function mayHoldDate(line: string): boolean {
  return MAY_HOLD_DATE.test(line);
}

/**
 * Finds the first full date (with a year) in a short line, and the time and
 * zone written after it. A Hijri date is skipped, so the Gregorian date beside
 * it is taken; a line with only a Hijri date gives null.
 *
 * @param line - one line of the page, at most a few dozen characters
 * @returns the date and where it is, or null
 * @example
 * ```ts
 * findDate("Updated: Jun 20, 2024 15:01 IST")
 * //=> { year: 2024, month: 6, day: 20, time: "15:01", zone: "IST", start: 9, end: 31 }
 * ```
 */
export function findDate(line: string): FoundDate | null {
  if (!mayHoldDate(line)) return null;
  // Stryker disable next-line StringLiteral,ConditionalExpression: a gate: every HIJRI_NUMERIC match holds "/"
  const masked = line.includes("/") && HIJRI_NUMERIC.test(line) ? line.replace(HIJRI_NUMERIC, (h) => " ".repeat(h.length)) : line;
  // chrono is the fallback for unusual forms: only on short lines (date lines are short; chrono's
  // cost grows fast with length) that name a month.
  const m = firstMatch(masked) ?? (masked.length <= CHRONO_MAX_LENGTH && MONTH_NAME.test(masked) ? chronoMatch(masked) : null);
  if (!m) return null;
  let end = m.index + m.length;
  let time: string | null = null;
  let zone: string | null = null;
  const after = masked.slice(end);
  // (A clock time is at least four characters: "9:30".)
  const t = after.length < 4 ? null : CLOCK_TIME.exec(after);
  if (t && t.index <= 6) {
    let hour = Number(t[1]);
    const minute = Number(t[2]);
    const meridiem = t[3]?.toLowerCase().replace(MERIDIEM_NOISE, "");
    if (meridiem === "pm" && hour < 12) hour += 12;
    if (meridiem === "am" && hour === 12) hour = 0;
    if (hour < 24 && minute < 60) {
      time = `${pad2(hour)}:${pad2(minute)}`;
      end += t.index + t[0].length;
      const z = ZONE_AFTER_TIME.exec(masked.slice(end));
      if (z && (z[3] || (z[1] && (ZONE_OFFSETS.has(z[1]) || z[2])))) {
        zone = (z[3] ?? `${z[1]}${z[2] ?? ""}`).trim();
        end += z[0].length;
      }
    }
  }
  return { start: m.index, end, year: m.year, month: m.month, day: m.day, time, zone };
}

/**
 * The UTC offset of a zone as written, read with the dateline's country as
 * context (IST is +05:30, but +02:00 on a story datelined in Israel).
 *
 * @param zone - "IST", "GMT+5:30", "+0530", "EDT"
 * @param country - the dateline country, if any
 * @returns "+05:30"-style offset, or null when unknown
 */
export function zoneOffset(zone: string, country: string | null): string | null {
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    return `${numeric[1]}${pad2(hours)}:${pad2(minutes)}`;
  }
  const local = country ? ZONE_BY_COUNTRY.get(country.toLowerCase())?.get(zone) : undefined;
  return local ?? ZONE_OFFSETS.get(zone) ?? null;
}

/** `YYYY-MM-DD` of a day. */
export function dayToIso(d: DayParts): string {
  return isoDate(d.year, d.month, d.day);
}

/**
 * The year that puts a year-less month/day closest to an anchor date
 * (SPEC.md section 5): "Dec 31" on a story of 2025-01-02 is 2024-12-31,
 * "Jan 1" on a story of 2024-12-31 is 2025-01-01.
 *
 * @param month - 1–12
 * @param day - 1–31
 * @param anchor - the story's own date
 * @returns `YYYY-MM-DD`, or null when no candidate year makes a real day
 */
export function closestYear(month: number, day: number, anchor: DayParts): string | null {
  const anchorDay = utcDay(anchor.year, anchor.month, anchor.day);
  // (A year number, never NaN, even before one is found: the optimising compiler keeps it a small integer.)
  let best = 0;
  let bestDistance = Infinity;
  for (let year = anchor.year - 1; year <= anchor.year + 1; year++) {
    if (!isValidDay(year, month, day)) continue;
    const distance = Math.abs(utcDay(year, month, day) - anchorDay);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = year;
    }
  }
  return bestDistance === Infinity ? null : isoDate(best, month, day);
}

/**
 * The day `Date.UTC(year, month - 1, day)` falls on, counted in days from 1970-01-01, without the
 * call into the runtime: a year 0–99 is read as 1900–1999 and a day past its month's end runs
 * on into the next, as there; NaN past Date's range. (Hinnant's days-from-civil; `month` 1–12.)
 */
function utcDay(year: number, month: number, day: number): number {
  const full = year >= 0 && year <= 99 ? year + 1900 : year;
  const y = month <= 2 ? full - 1 : full;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const days = era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
  return Math.abs(days) > 1e8 ? Number.NaN : days;
}

/**
 * Reads a `referenceDate` option ("2024-06-20" or a Date) into a day, or null.
 *
 * @param ref - the option value
 */
export function referenceDay(ref: Date | string | undefined): DayParts | null {
  if (typeof ref === "string") {
    const m = ISO_DAY_START.exec(ref);
    if (m) {
      const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      return isValidDay(d.year, d.month, d.day) ? d : null;
    }
    const t = Date.parse(ref);
    return Number.isNaN(t) ? null : referenceDay(new Date(t));
  }
  if (!(ref instanceof Date) || Number.isNaN(ref.getTime())) return null;
  return { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() };
}

/** Words that may stand beside a date on a date line without making it a sentence. */
const DATE_LINE_WORDS = new Set([
  "on", "at", "am", "pm", "by", "of", "ago", "hrs", "hours", "updated", "published", "posted", "last",
  "first", "date", "dated", "time", "edited", "released", "created", "modified",
]);

/** What may follow a date line's date: a time, a zone, a place ("at 4:07 PM CST", "| Updated 2 hours ago"). */
const DATE_LINE_TAIL = 40;

/**
 * Reads a date line: a short line that is a date with at most a label
 * ("Updated:"), a weekday, a time and zone, and a few capitalised words of
 * credit ("ANI |", "By Qayam", "EMIRATES NEWS"). A sentence that mentions a
 * date ("The vote is on June 20, 2024.") is not a date line.
 *
 * @param text - one trimmed line
 * @returns the date, its label and the text before the label, or null
 * @example
 * ```ts
 * readDateLine("ANI | Updated: Sep 17, 2019 15:55 IST")
 * //=> { label: "updated", prefix: "ANI", rest: "Updated: Sep 17, 2019 15:55 IST", found: {...} }
 * ```
 */
export function readDateLine(text: string): DateLine | null {
  // (findDate asks for a year's four digits or a numeric date shape, and so for a digit: no look of its own for one here.)
  if (text.length > 120) return null;
  const found = findDate(text);
  if (!found) return null;
  // A weekday just before the date belongs to it ("Thursday, June 20, 2024").
  let dateStart = found.start;
  const weekday = dateStart === 0 ? null : WEEKDAY_TAIL.exec(text.slice(0, dateStart));
  if (weekday && WEEKDAYS.has(weekday[1]!.toLowerCase())) dateStart = weekday.index;
  const before = text.slice(0, dateStart);
  let after = text.slice(found.end);
  if (after.length > DATE_LINE_TAIL) {
    // A second, updated date after the first: "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019".
    const update = UPDATED_LABEL.exec(after);
    if (update === null || update.index > DATE_LINE_TAIL || readDateLine(after.slice(update.index)) === null) return null;
    after = after.slice(0, update.index);
  }
  // (Most date lines open with their date: nothing before it to read a label or a credit from.)
  const updated = before === "" ? null : UPDATED_LABEL.exec(before);
  const published = updated || before === "" ? null : PUBLISHED_LABEL.exec(before);
  const label = updated ?? published;
  const beforeLabel = label ? before.slice(0, label.index) : before;
  const capitalised = creditWords(beforeLabel) + (label ? creditWords(before.slice(label.index + label[0].length)) : 0) + creditWords(after);
  if (capitalised > (label ? 6 : 4)) return null;
  const prefix = beforeLabel === "" ? "" : beforeLabel.replace(DATE_LINE_PREFIX_TRIM, "");
  const restStart = label ? label.index : prefix === "" ? 0 : beforeLabel.length;
  const restText = text.slice(restStart);
  const rest = isWordCharacter(restText.charCodeAt(0)) && isWordCharacter(restText.charCodeAt(restText.length - 1)) ? restText : restText.replace(DATE_LINE_REST_TRIM, "");
  return { found, label: updated ? "updated" : "published", prefix, rest: rest === "" ? text : rest };
}

/**
 * How many capitalised words of credit a date line's leftover text holds (labels, weekdays, months and
 * zones are not counted); Infinity when it holds a lower-case word, as a sentence does.
 */
function creditWords(leftover: string): number {
  if (leftover === "") return 0;
  let capitalised = 0;
  WORD_TOKEN.lastIndex = 0;
  for (let m = WORD_TOKEN.exec(leftover); m !== null; m = WORD_TOKEN.exec(leftover)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (DATE_LINE_WORDS.has(lower) || WEEKDAYS.has(lower) || ZONE_OFFSETS.has(w) || monthNumber(w)) continue;
    if (w[0] === lower[0]) {
      capitalised = Infinity; // a lower-case word: this is a sentence, not a date line
      break;
    }
    capitalised++;
  }
  WORD_TOKEN.lastIndex = 0;
  return capitalised;
}

/** True for an ASCII letter or digit: DATE_LINE_REST_TRIM trims none, so a text with one at each end is left as it is. */
function isWordCharacter(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
