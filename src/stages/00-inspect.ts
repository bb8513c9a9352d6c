/**
 * Stage 0: what is odd about the raw input itself, before it is normalised:
 * HTML markup (parsed as text all the same) and binary data. Findings are
 * warnings, never errors.
 *
 * @module
 */
import { BINARY_CHARS, HAS_BINARY, HTML_TAG } from "../patterns.js";
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
 * @param _ctx - the parse context
 * @returns warnings: `HTML_INPUT`, `BINARY_INPUT`
 * @example
 * ```ts
 * inspectInput("<html><body><p>Hi</p></body></html>", ctx) //=> [{ code: "HTML_INPUT", ... }]
 * ```
 */
export function inspectInput(input: string, _ctx: ParseContext): Warning[] {
  const sample = input.length > SAMPLE ? input.slice(0, SAMPLE) : input;
  const warnings: Warning[] = [];
  let tags = 0;
  if (sample.includes("<")) for (const _ of sample.matchAll(HTML_TAG)) if (++tags >= HTML_TAG_THRESHOLD) break;
  if (tags >= HTML_TAG_THRESHOLD) {
    warnings.push({ code: "HTML_INPUT", message: "the input holds HTML markup; it was parsed as plain text (extract the page text first for better results)" });
  }
  let binary = 0;
  if (HAS_BINARY.test(sample)) for (const _ of sample.matchAll(BINARY_CHARS)) binary++;
  if (binary > 0 && binary * 20 > sample.length) {
    warnings.push({ code: "BINARY_INPUT", message: "the input looks like binary data (many control characters); they were removed" });
  }
  return warnings;
}
