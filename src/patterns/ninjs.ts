/**
 * The IPTC ninjs export (src/ninjs.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/**
 * An absolute URI in RFC 3986 characters: a scheme, then unreserved, reserved
 * or `%HH` characters, at most one `#`. Square brackets (IPv6 hosts) are not
 * accepted. ✓ "urn:newsml:example.com:20240620:abc" "https://ex.com/a#teaser-1"
 * ✗ "https://ex.com/a b" "story-1" "https://ex.com/a#b#c"
 */
export const URI_CHARS =
  /^[A-Za-z][A-Za-z0-9+.-]{0,63}:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/** `Z` or `±HH:MM`. ✓ "Z" "+05:30" "-04:00" ✗ "+0530" "IST" */
export const UTC_OFFSET_OR_Z = /^(?:Z|[+-]\d{2}:\d{2})$/;

/** A BCP 47 tag, loosely: a 2-3 letter language and up to 8 subtags. ✓ "en" "en-GB" "zh-Hant-TW" ✗ "english" "en_GB" */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,8}$/;

/** Characters escaped in the HTML body. ✓ "AT&T <b>" */
export const HTML_SPECIAL = /[&<>]/g;
