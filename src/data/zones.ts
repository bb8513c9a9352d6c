/**
 * Time-zone abbreviations printed after a time on date lines, and their UTC
 * offsets. Several abbreviations are ambiguous (IST is India, Israel or
 * Ireland; BST is British summer time or Bangladesh; AST is Arabia or
 * Atlantic), so the dateline's country may override the default.
 *
 * @module
 */

/** Abbreviation (upper case) → default offset. */
export const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ["UTC", "+00:00"], ["GMT", "+00:00"], ["Z", "+00:00"], ["WET", "+00:00"],
  ["BST", "+01:00"], ["IST", "+05:30"], ["CET", "+01:00"], ["CEST", "+02:00"], ["WEST", "+01:00"],
  ["EET", "+02:00"], ["EEST", "+03:00"], ["MSK", "+03:00"], ["AST", "+03:00"], ["GST", "+04:00"],
  ["PKT", "+05:00"], ["NPT", "+05:45"], ["BDT", "+06:00"], ["ICT", "+07:00"], ["WIB", "+07:00"],
  ["SGT", "+08:00"], ["HKT", "+08:00"], ["PHT", "+08:00"], ["AWST", "+08:00"], ["JST", "+09:00"],
  ["KST", "+09:00"], ["ACST", "+09:30"], ["AEST", "+10:00"], ["AEDT", "+11:00"], ["NZST", "+12:00"],
  ["NZDT", "+13:00"], ["EST", "-05:00"], ["EDT", "-04:00"], ["CST", "-06:00"], ["CDT", "-05:00"],
  ["MST", "-07:00"], ["MDT", "-06:00"], ["PST", "-08:00"], ["PDT", "-07:00"], ["AKST", "-09:00"],
  ["HST", "-10:00"], ["ADT", "-03:00"], ["NST", "-03:30"], ["SAST", "+02:00"], ["EAT", "+03:00"],
  ["WAT", "+01:00"], ["CAT", "+02:00"],
]);

/**
 * Country (lower case) → abbreviation overrides for that country's pages. For
 * example "IST" on a story datelined in Israel is Israel Standard Time.
 */
export const ZONE_BY_COUNTRY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ["israel", new Map([["IST", "+02:00"], ["IDT", "+03:00"]])],
  ["ireland", new Map([["IST", "+01:00"]])],
  ["bangladesh", new Map([["BST", "+06:00"]])],
  ["canada", new Map([["AST", "-04:00"], ["CST", "-06:00"]])],
  ["china", new Map([["CST", "+08:00"]])],
  ["taiwan", new Map([["CST", "+08:00"]])],
  ["cuba", new Map([["CST", "-05:00"]])],
]);
