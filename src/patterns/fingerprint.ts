/**
 * Syndication fingerprints (src/fingerprint.ts).
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/** A character (one code point) of a word for the fingerprint, outside ASCII: a letter, a mark, a digit. ✓ "é" "न" "ि" ✗ "—" "“" */
export const FINGERPRINT_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** A fingerprint: 16 hex digits (either case). ✓ "0f3a9c2b71d4e580" ✗ "0x0f3a" "xyz" */
export const FINGERPRINT_HEX = /^[0-9a-fA-F]{16}$/;
