/**
 * The one error type wirecopy throws, and only from {@link parseWireStory}.
 *
 * @module
 */

/** Why a text could not be parsed at all. Everything milder is a warning. */
export type WireParseErrorCode =
  | "NOT_A_STRING"
  | "EMPTY_INPUT"
  | "NO_STORY"
  | "INPUT_TOO_LARGE";

/** One detail of a failed parse (for `NO_STORY`, what was missing). */
export interface WireParseIssue {
  readonly code: string;
  readonly message: string;
  /** The output field the issue is about, when there is one. */
  readonly path?: readonly (string | number)[];
}

/**
 * Thrown by `parseWireStory`, returned by `safeParseWireStory`, when the input
 * cannot give a story.
 *
 * @example
 * ```ts
 * try { parseWireStory("   ") } catch (e) {
 *   if (e instanceof WireParseError) e.code //=> "EMPTY_INPUT"
 * }
 * ```
 */
export class WireParseError extends Error {
  /** A literal union: "NOT_A_STRING" | "EMPTY_INPUT" | "NO_STORY" | "INPUT_TOO_LARGE". */
  readonly code: WireParseErrorCode;
  /** Details, possibly empty. */
  readonly issues: readonly WireParseIssue[];

  /**
   * @param code - the error code
   * @param message - a one-line human description
   * @param issues - details (default none)
   */
  constructor(code: WireParseErrorCode, message: string, issues: readonly WireParseIssue[] = []) {
    super(message);
    this.name = "WireParseError";
    this.code = code;
    this.issues = issues;
  }
}
