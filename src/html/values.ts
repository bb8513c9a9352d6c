/**
 * Metadata values as the page gives them, made comparable with the text:
 * normalised as the text path normalises (entities, mojibake, Unicode
 * spaces: src/stages/01-normalize.ts), white space squashed, length capped.
 *
 * @module
 */
import { HTML_SPACE_RUN, LINE_BREAK_IN_LINE } from "../patterns/html.js";
import { normalizeText } from "../stages/01-normalize.js";

/** Longest metadata value kept, in characters (a description is a paragraph at most). */
export const MAX_VALUE_CHARS = 2_000;

/**
 * A metadata value, cleaned: normalised like the text, white space squashed to
 * single spaces, trimmed, cut at {@link MAX_VALUE_CHARS}.
 *
 * @example
 * ```ts
 * cleanValue("  Port&amp;nbsp;reopens\n after &#8216;storm&#8217; ") //=> "Port reopens after ‘storm’"
 * ```
 */
export function cleanValue(value: string): string {
  const cut = value.length > 4 * MAX_VALUE_CHARS ? value.slice(0, 4 * MAX_VALUE_CHARS) : value;
  return normalizeText(cut).replace(LINE_BREAK_IN_LINE, " ").replace(HTML_SPACE_RUN, " ").trim().slice(0, MAX_VALUE_CHARS);
}

/** The entries of `fields` whose value is defined, as a new object (only the caller's fixed keys: never a key from the page). */
export function compact<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): T {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] !== undefined) out[key] = fields[key];
  return out as T;
}
