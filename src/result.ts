/**
 * What `safeParseWireStory` returns.
 *
 * @module
 */
import type { WireParseError } from "./errors.js";
import type { WireStory } from "./schema.js";

/** What `safeParseWireStory` returns: never throws. */
export type ParseResult =
  | { readonly success: true; readonly data: WireStory; readonly error?: never }
  | { readonly success: false; readonly error: WireParseError; readonly data?: never };
