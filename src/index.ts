/**
 * wirecopy: raw scraped news text in, a validated, typed wire story out.
 *
 * @packageDocumentation
 */
import { runPipeline } from "./parse.js";
import type { WireStory } from "./schema.js";
import type { ParseResult } from "./result.js";
import type { ParseOptions } from "./types.js";

export { WireParseError } from "./errors.js";
export { formatWireStory } from "./format.js";
export { fingerprint, fingerprintDistance } from "./fingerprint.js";
export { toNinjs, ninjsSchema, type Ninjs, type NinjsOptions } from "./ninjs.js";
export type { WireParseErrorCode, WireParseIssue } from "./errors.js";
export { wireStorySchema, storyDateSchema, datelineSchema, teaserSchema, warningSchema } from "./schema.js";
export type { WireStory, StoryDate, Dateline, Teaser, Warning } from "./schema.js";
export type { ParseOptions } from "./types.js";
export type { ParseResult } from "./result.js";

/**
 * Parses the plain text of a scraped news page into a story. Never throws.
 *
 * @param text - the page text (any string; other values give `NOT_A_STRING`)
 * @param options - `referenceDate` for year-less dates, `maxLength` (default 5 MB)
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a `WireParseError`
 * @example
 * ```ts
 * const r = safeParseWireStory("World\n\nRussia, N Korea agree ...\n\nJun 20, 2024\n\nPyongyang [North Korea], June 20: The leaders ...");
 * if (r.success) r.data.dateline?.city //=> "Pyongyang"
 * safeParseWireStory("   ").error?.code //=> "EMPTY_INPUT"
 * ```
 */
export function safeParseWireStory(text: string, options?: ParseOptions): ParseResult {
  return runPipeline(text, options);
}

/**
 * Parses the plain text of a scraped news page into a story.
 *
 * @param text - the page text
 * @param options - `referenceDate` for year-less dates, `maxLength` (default 5 MB)
 * @returns the story, validated against `wireStorySchema`
 * @throws {WireParseError} `NOT_A_STRING`, `EMPTY_INPUT`, `NO_STORY` or `INPUT_TOO_LARGE`
 * @example
 * ```ts
 * const story = parseWireStory(pageText);
 * story.headline //=> "Russia, N Korea agree on mutual support if attacked"
 * story.dateline //=> { text: "Pyongyang [North Korea], June 20:", city: "Pyongyang", region: null,
 *                //     country: "North Korea", date: "2024-06-20", agency: null }
 * parseWireStory(42) // throws WireParseError with code "NOT_A_STRING"
 * ```
 */
export function parseWireStory(text: string, options?: ParseOptions): WireStory {
  const result = runPipeline(text, options);
  if (!result.success) throw result.error;
  return result.data;
}
