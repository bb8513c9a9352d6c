/**
 * Stage 13: every story is checked against `wireStorySchema` before it is
 * returned, and a page with neither headline nor body is `NO_STORY`.
 *
 * @module
 */
import { WireParseError } from "../errors.js";
import { wireStorySchema, type WireStory } from "../schema.js";
import type { ParseResult } from "../result.js";
import type { ParseContext } from "../types.js";

/**
 * Stage 13: validates the story.
 *
 * @param story - output of `extractStory`
 * @param _ctx - the parse context
 * @returns `{ success: true, data }`, or `{ success: false, error }` with code `NO_STORY`
 */
export function validateStory(story: WireStory, _ctx: ParseContext): ParseResult {
  if (story.headline === null && story.body.length === 0) {
    return {
      success: false,
      error: new WireParseError("NO_STORY", "no headline and no body paragraph could be found", [
        { code: "no_headline", message: "no headline line", path: ["headline"] },
        { code: "no_body", message: "no body paragraph", path: ["body"] },
      ]),
    };
  }
  const checked = wireStorySchema.safeParse(story);
  if (checked.success) return { success: true, data: checked.data };
  // Only a bug in wirecopy can get here; report it as data rather than throw.
  return {
    success: false,
    error: new WireParseError(
      "NO_STORY",
      "the parsed story failed its own schema (please report this input)",
      checked.error.issues.map((i) => ({ code: "schema", message: i.message, path: i.path.map((k) => (typeof k === "symbol" ? String(k) : k)) })),
    ),
  };
}
