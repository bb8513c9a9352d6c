/**
 * Month and weekday spellings. Keys are lower case; look words up with
 * `MONTHS.get(word.toLowerCase())` so that "FEb", "Sept", "june" all work.
 *
 * @module
 */

/** Month spelling (lower case, no trailing dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1],
  ["february", 2], ["feb", 2], ["febr", 2],
  ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["may", 5],
  ["june", 6], ["jun", 6],
  ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9],
  ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/**
 * Hijri (Islamic calendar) month names as Gulf agencies write them. A date in
 * one of these is never converted: SPEC.md section 5 takes the Gregorian date
 * beside it, else null.
 */
export const HIJRI_MONTHS: ReadonlySet<string> = new Set([
  "muharram", "safar", "rabi al-awwal", "rabi al-thani", "rabi i", "rabi ii",
  "jumada al-awwal", "jumada al-thani", "jumada i", "jumada ii", "rajab", "shaban",
  "sha'ban", "ramadan", "ramazan", "shawwal", "dhu al-qadah", "dhul qadah",
  "dhu al-hijjah", "dhul hijjah", "zul hijjah", "zul qadah",
]);

/** Weekday spellings (lower case) that may open a date line. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);
