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
  let tags = 0;
  if (sample.includes("<")) for (const _ of sample.matchAll(HTML_TAG)) if (++tags >= HTML_TAG_THRESHOLD) break;
  if (tags >= HTML_TAG_THRESHOLD) {
    warnings.push({ code: "HTML_INPUT", message: "the input holds HTML markup; it was parsed as plain text (extract the page text first for better results)" });
  }
  let binary = 0;
  if (scanned & MAY_BE_BINARY) for (const _ of sample.matchAll(BINARY_CHARS)) binary++;
  if (binary * 20 > sample.length) {
    warnings.push({ code: "BINARY_INPUT", message: "the input looks like binary data (many control characters); they were removed" });
  }
  return warnings;
}
