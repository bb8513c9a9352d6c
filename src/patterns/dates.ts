/**
 * Dates and date lines (src/lib/dates.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/** `YYYY-MM-DD`, for the schema. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `HH:MM`, for the schema. */
export const CLOCK = /^\d{2}:\d{2}$/;

/** `+05:30`, for the schema. */
export const UTC_OFFSET = /^[+-]\d{2}:\d{2}$/;

/** Cheap pre-check: does a line contain something a date could be made of? */
export const HAS_DIGIT = /\d/;

/** A clock time. Groups: hour, minute, meridiem. ✓ "3:01 PM" "15:01" "10:57 am" "9.30 a.m." */
export const CLOCK_TIME = /(?<![\d:])(\d{1,2})[:.](\d{2})(?::\d{2})?(?!\d)\s{0,2}([ap]\.?\s?m\.?)?/i;

/** Dots and spaces inside a meridiem ("p. m." → "pm"). */
export const MERIDIEM_NOISE = /[.\s]/g;

/** A numeric zone, optionally after letters. Groups: sign, hours, minutes. ✓ "+0530" "GMT+5:30" "UTC-04:00" */
export const NUMERIC_ZONE = /^(?:[A-Z]{2,4})?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The "YYYY-MM-DD" start of a referenceDate string. */
export const ISO_DAY_START = /^(\d{4})-(\d{2})-(\d{2})/;

/** A zone after a time. Group 1: abbreviation; group 2: numeric offset. ✓ "IST" "GMT+5:30" "+0530" */
export const ZONE_AFTER_TIME = /^\s{0,2}(?:\(?([A-Z]{1,5})\)?(?:\s?([+-]\d{1,2}(?::?\d{2})?))?|([+-]\d{2}:?\d{2}))(?![A-Za-z])/;

/** ISO date. ✓ "2024-06-20" */
export const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Dotted day-first date. ✓ "20.06.2024" */
export const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

/**
 * Slashed or dashed numeric date. Group 2 is the separator: slashed dates are
 * month-first unless the first number is over 12 (SPEC.md section 5); dashed
 * ones day-first unless the second is over 12 ("06-02-2021 08:49 IST" on an
 * Indian page is 6 February). ✓ "30/9/2012" "06/07/2024" "06-02-2021"
 */
export const SLASHED_DATE = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/;

/** A Hijri year-first date. ✓ "1440/9/20" */
export const HIJRI_NUMERIC = /(?<!\d)1[34]\d\d\/\d{1,2}\/\d{1,2}(?!\d)/;

/** Month name then day then year (global: iterate with exec from lastIndex 0). Groups: month, day, year. ✓ "Jun 20, 2024" "June 20 2024" "Sept. 5, 2019" */
export const MONTH_DAY_YEAR = /(?<![A-Za-z])([A-Za-z]{3,9})\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s{0,2},?\s{0,2}(\d{4})(?!\d)/g;

/** Day then month name then year (global: iterate with exec from lastIndex 0). Groups: day, month, year. ✓ "20 June 2024" "29th November, 2015" "Tue 7 Nov 2023" */
export const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,2}(?:of\s)?([A-Za-z]{3,9})\.?,?\s{1,2}(\d{4})(?!\d)/g;

/** "Updated" label on a date line. ✓ "Updated: ..." "Last updated on ..." "ANI | Updated: ..." */
export const UPDATED_LABEL = /\b(?:last\s)?updated(?:\s(?:on|at))?\s{0,2}:?/i;

/** "Published" / "Posted" / "First published" labels. */
export const PUBLISHED_LABEL = /\b(?:first\s)?(?:published|posted|released|created|dated?)(?:\s(?:on|at))?\s{0,2}:?/i;

/** A month name or abbreviation as a word, any case. ✓ "Sept" "JUNE" "oct." ✗ "Marching" "decided" */
export const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * Cheap test before reading a date: a four-digit year or a numeric date shape. (Written to open with one digit, not
 * with two alternatives: the regex engine then skips to the next digit, where it tried both at every character.)
 * ✓ "Jun 20, 2024" "20.06.24" ✗ "Updated 2 hours ago"
 */
export const MAY_HOLD_DATE = /\d(?:\d{3}|\d?[./-]\d{1,2}[./-]\d{2})/;

/** Separators and brackets trimmed off the credit before a date line's label ("ANI |" → "ANI"). */
export const DATE_LINE_PREFIX_TRIM = /^[\s|:\-–—,]+|[\s|:\-–—(,]+$/g;

/** A weekday word at the end of the text before a date. Group 1: the word. ✓ "Thursday, " "Tue " */
export const WEEKDAY_TAIL = /([A-Za-z]{3,9})\.?,?\s{1,2}$/;

/** Brackets and separators trimmed off a date line's date part ("(30/9/2012)" → "30/9/2012"). */
export const DATE_LINE_REST_TRIM = /^[\s|:\-–—(,]+|[\s|)\-–—,]+$/g;

/** A word token of a date line's leftover text (labels, names, zones). */
export const WORD_TOKEN = /[\p{L}]+/gu;
