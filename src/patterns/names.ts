/**
 * Names for entity extraction (src/entities.ts).
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
 * A run of ALL-CAPS words inside mixed-case text: title-cased before tagging
 * when it has two words or more and one of four letters or more ("SAO
 * PAULO"), or when it is one word compromise knows as a place ("LONDON").
 * ✓ "SAO PAULO" "NEW YORK" "COEUR D'ALENE" "LONDON" "NATO" ✗ "London" "Nato"
 */
export const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’.-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{Lu}'’.-]{0,30}){0,8}(?![\p{L}\p{N}])/gu;

/** A word of four letters or more (in a {@link CAPS_RUN}). ✓ "PAULO" ✗ "SAO" */
export const LONG_WORD = /\p{L}{4}/u;

/** A dotted initialism, kept as it is when a name is title-cased. ✓ "U.S." "D.C." "n.y." ✗ "Okla." "St." */
export const DOTTED_INITIALISM = /^(?:\p{L}\.){2,12}$/u;

/**
 * A bracketed aside inside a name, dropped with its brackets.
 * ✓ "Pyongyang [North Korea]" "Prairie Star <PSEN>" "Kolkata (West Bengal)" ✗ "Kim Jong Un"
 */
export const NAME_BRACKETED = /[[(<{][^[\](){}<>]{0,200}[\])>}]/g;

/** A bracket left unpaired in a name (dropped). ✓ "[North" "Korea]" ✗ "Kim" */
export const NAME_BRACKET_CHARS = /[[\](){}<>]/g;

/** A run of whitespace inside a name (made one space). ✓ "Kim \n Jong" ✗ "KimJong" */
export const NAME_SPACES = /\s{1,200}/g;

/** What is neither letter nor digit at the start of a name. ✓ "``Kim" "“Putin" ✗ "Kim" */
export const NAME_LEAD_JUNK = /^[^\p{L}\p{N}]{1,50}/u;

/** What is neither letter nor digit at the end of a name. ✓ "LONDON," "Asia." "Kim''" ✗ "Kim" */
export const NAME_TRAIL_JUNK = /[^\p{L}\p{N}]{1,50}$/u;

/**
 * A name ending in a one-letter initial, whose final period is kept.
 * ✓ "Washington, D.C" "U.S" "John F" ✗ "Okla" "Asia"
 */
export const INITIAL_END = /(?:^|[\s.])\p{L}$/u;

/** An English possessive at the end of a name (dropped). ✓ "Putin's" "Moscow’s" ✗ "Jones" */
export const NAME_POSSESSIVE = /['’][sS]$/;

/** What separates the words of a name's comparison key (split on it). ✓ ", " "." "'" ✗ "a" "3" */
export const NAME_KEY_SEPARATOR = /[^\p{L}\p{M}\p{N}]{1,50}/u;
