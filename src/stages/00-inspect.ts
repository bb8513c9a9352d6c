/**
 * Stage 0: what is odd about the raw input itself, before it is normalised:
 * HTML markup (parsed as text all the same) and binary data. Findings are
 * warnings, never errors.
 *
 * @module
 */
import { MAY_BE_BINARY } from "../lib/scan.js";
import { BINARY_CHARS, HTML_TAG } from "../patterns/normalize.js";
import type { Warning } from "../schema.js";
import type { ParseContext } from "../types.js";

/** How many HTML tags make an input HTML rather than text that mentions a tag. */
const HTML_TAG_THRESHOLD = 3;

/** How much of the input is scanned for tags and binary bytes. */
const SAMPLE = 65_536;

/**
 * How many matches of `pattern` (global, never empty) `text` holds, counted up to `limit`: its
 * own `exec` from the text's start, with no iterator and no copy of the pattern as `matchAll` makes.
 */
function countMatches(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < limit && pattern.exec(text) !== null) n++;
  pattern.lastIndex = 0;
  return n;
}

/**
 * Stage 0: inspects the raw input.
 *
 * @param input - the text as given
 * @param scanned - `scanText(input)`: binary characters are counted only when it found some
 * @param _ctx - the parse context
 * @returns warnings: `HTML_INPUT`, `BINARY_INPUT`
 * @example
 * ```ts
 * const html = "<html><body><p>Hi</p></body></html>";
 * inspectInput(html, scanText(html), ctx) //=> [{ code: "HTML_INPUT", ... }]
 * ```
 */
export function inspectInput(input: string, scanned: number, _ctx: ParseContext): Warning[] {
  const sample = input.slice(0, SAMPLE);
  const warnings: Warning[] = [];
  const tags = sample.includes("<") ? countMatches(HTML_TAG, sample, HTML_TAG_THRESHOLD) : 0;
  if (tags >= HTML_TAG_THRESHOLD) {
    warnings.push({ code: "HTML_INPUT", message: "the input holds HTML markup; it was parsed as plain text (extract the page text first for better results)" });
  }
  const binary = scanned & MAY_BE_BINARY ? countMatches(BINARY_CHARS, sample, Infinity) : 0;
  if (binary * 20 > sample.length) {
    warnings.push({ code: "BINARY_INPUT", message: "the input looks like binary data (many control characters); they were removed" });
  }
  return warnings;
}
