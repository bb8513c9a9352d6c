/**
 * The dateline grammar's tokens, read at a cursor (src/lib/dateline.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/** `****` priority marks in front of a Reuters dateline. */
export const PRIORITY_MARKS = /\*{1,8}/y;

/** One non-ASCII character that is a letter or a combining mark (place words are scanned by hand in src/lib/dateline.ts). */
export const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** One combining mark. */
export const MARK = /^\p{M}$/u;

/** A multi-city joint at a cursor: "/", " / ", "/ ". */
export const CITY_JOINT = / {0,2}\/ {0,2}/y;

/** The same joint, to split a multi-city place into its cities. ✓ "SEATTLE/WASHINGTON" → SEATTLE, WASHINGTON */
export const CITY_SPLIT = / {0,2}\/ {0,2}/;

/** A month word with an optional dot at a cursor. ✓ "March" "Oct." "FEb" "Sept" */
export const MONTH_WORD = /([A-Za-z]{3,9})\.?/y;

/** A day number with an optional ordinal at a cursor, not followed by a digit. ✓ "2" "04" "29th" */
export const DAY_NUMBER = /(\d{1,2})(?:st|nd|rd|th)?(?!\d)/y;

/** A year after a day: ", 2026" or " 2020". */
export const YEAR_AFTER = / {0,2},? {0,2}(\d{4})(?!\d)/y;

/** A parenthesised group of at most 80 characters at a cursor, one level of nesting allowed. */
export const PAREN_GROUP = /\(((?:[^()\n]|\([^()\n]{0,40}\)){1,80})\)/y;

/** A bracketed group at a cursor. ✓ "[North Korea]" */
export const BRACKET_GROUP = /\[([^\[\]\n]{1,60})\]/y;

/**
 * The separator that ends a dateline, at a cursor, with the spaces before it.
 * A dash or underscore must be followed by a space or the end of the line; a
 * colon may touch the text ("(APP):PML-N").
 * ✓ " -" " --" " —" "-" " _" ":" " :" "::" ✗ "-based" "-19 outbreak"
 */
export const DATELINE_SEPARATOR = / {0,4}(?:(?:-{1,3}|[–—]{1,2}|_{1,2})(?= |$)|:{1,2}(?![:\d]))/y;

/** A date-first dateline's joint: "21 May 2022; MEMO:". Group 1: the source name. */
export const DATE_FIRST_SOURCE = / {0,2}; {0,2}([A-Z][A-Za-z&]{1,15}(?: [A-Z][A-Za-z&]{1,15}){0,2})(?= {0,2}:)/y;


/** A credit, a dash, then a date, inside parentheses. Groups: credit, date. ✓ "UrduPoint / Pakistan Point News / WAM - 02nd May, 2021" */
export const CREDIT_DASH_DATE = /^([^()]{2,60}?) [-–] (\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})$/;

/** The separators between the credits of a republisher's header: " / ". */
export const CREDIT_SPLIT = /\s{0,2}\/\s{0,2}/;

/** A comma left before the separator where a date was dropped. ✓ "SAN JOSE, Calif., -" */
export const COMMA_BEFORE_SEPARATOR = / {0,2},(?= {0,4}(?:-|–|—|_|:))/y;

/** A glued byline before a dateline. Group 1: the name. ✓ "By MICHAEL LIEDTKE     SAN FRANCISCO (AP) --" */
export const GLUED_BYLINE = /^by\s([\p{Lu}][\p{L}.'’\-]{0,30}(?: [\p{Lu}][\p{L}.'’\-]{0,30}){0,4}) {3,8}(?=\S)/iu;

/** A syndication credit in parentheses before a dateline. ✓ "( MENAFN - Kuwait News Agency (KUNA)) " */
export const GLUED_CREDIT = /^\(\s{0,2}menafn\s{0,2}[-–]\s{0,2}(?:[^()\n]|\([^()\n]{0,30}\)){1,80}\)\s{0,3}(?:[A-Z]{2,6}\s{1,3})?/i;

/**
 * A publisher prefix before a dateline: "Canadian Press - VANCOUVER (CP) - ",
 * "SPACE.com - TORONTO, Canada -- ". Group 1: the publisher.
 */
export const PUBLISHER_PREFIX = /^([\p{L}][\p{L}.&' ]{1,30}?) [-–] (?=\p{Lu})/u;

/** A short capitalised credit after a date ("MExN"): two capitals at least. */
export const SHORT_CREDIT = /^[A-Z][A-Za-z]{1,7}$/;

/** Two capitals anywhere in a word. */
export const TWO_CAPITALS = /[A-Z].*[A-Z]/;

/** A bare agency name used as the whole dateline, at a cursor. Group 1: the name. ✓ "AP -" "Reuters --" "The Associated Press -" */
export const BARE_AGENCY_DATELINE = /(?:The )?(Associated Press|[A-Za-z]{2,8})(?= {0,2}(?:-{1,2}|[–—_]) )/y;

/** An agency first, then a comma, at a cursor. Group 1: the agency. ✓ "UNB, " in "UNB, Manikganj::" */
export const AGENCY_THEN_COMMA = /([A-Z]{2,6}), {1,2}/y;

/** A known-agency-shaped word followed by a separator or the end, at a cursor. ✓ "Reuter -" "SAPA --" "SPA --" */
export const AGENCY_BEFORE_SEPARATOR = /([A-Z][A-Za-z]{1,7})(?= {0,3}(?:-{1,3}|[–—_]|$))/y;

/** Agency separators inside a joint credit: "BSS/AFP", "PTI, UNI", "NNN-SPA". */
export const AGENCY_JOINT = /\s{0,2}[/,&-]\s{0,2}/;
