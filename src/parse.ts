/**
 * The pipeline: the one place where the stages are composed, in order.
 *
 * ```
 * text ─ 0 inspect ─ 1 normalize ─ 2 segment ─ 3 classify ─ 4 head ─ 5 body ─ 6 tail ─ 7 extract ─ [9 spans] ─ 8 validate ─ result
 * ```
 *
 * @module
 */
import { WireParseError } from "./errors.js";
import { referenceDay } from "./lib/dates.js";
import { scanText } from "./lib/scan.js";
import { inspectInput } from "./stages/00-inspect.js";
import { normalizeText } from "./stages/01-normalize.js";
import { segmentLines } from "./stages/02-segment.js";
import { classifyLines } from "./stages/03-classify.js";
import { layoutHead } from "./stages/04-head.js";
import { layoutBody } from "./stages/05-body.js";
import { layoutTail } from "./stages/06-tail.js";
import { extractStory } from "./stages/07-extract.js";
import { locateSpans } from "./stages/09-spans.js";
import { validateStory } from "./stages/08-validate.js";
import type { ParseResult } from "./result.js";
import type { Layout, ParseContext, ParseOptions } from "./types.js";

/** Default for `ParseOptions.maxLength`: 5 MB of text. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

function fail(code: WireParseError["code"], message: string): ParseResult {
  return { success: false, error: new WireParseError(code, message) };
}

/**
 * Lays out a normalised text: every line's pieces, head to tail.
 *
 * @param text - output of `normalizeText`
 * @param ctx - the parse context
 */
export function layoutPage(text: string, ctx: ParseContext): Layout {
  const lines = classifyLines(segmentLines(text), ctx);
  const head = layoutHead(lines, ctx);
  const body = layoutBody(lines, head, ctx);
  const before = head.pieces.concat(body.pieces);
  const found = { source: false, trailer: false, byline: false };
  for (const p of before) if (p.role === "source" || p.role === "trailer" || p.role === "byline") found[p.role] = true;
  const tail = layoutTail(lines, body, found, ctx);
  return { lines, pieces: before.concat(tail) };
}

/**
 * Runs the whole pipeline. Never throws: every failure is a `ParseResult`.
 *
 * @param input - anything; only strings can give a story
 * @param options - parse options
 */
export function runPipeline(input: unknown, options: ParseOptions | undefined): ParseResult {
  if (typeof input !== "string") return fail("NOT_A_STRING", `expected a string, got ${input === null ? "null" : typeof input}`);
  const max = options?.maxLength ?? DEFAULT_MAX_LENGTH;
  if (input.length > max) return fail("INPUT_TOO_LARGE", `input is ${input.length} characters, over the limit of ${max}`);
  try {
    const scanned = scanText(input);
    const text = normalizeText(input, scanned);
    if (text.trim() === "") return fail("EMPTY_INPUT", "input is empty or only whitespace");
    const ctx: ParseContext = { referenceDay: referenceDay(options?.referenceDate), spans: options?.spans === true };
    const inputWarnings = inspectInput(input, scanned, ctx);
    const layout = layoutPage(text, ctx);
    const { story, sources } = extractStory(layout, ctx);
    const warnings = [...inputWarnings, ...story.warnings];
    if (!sources) return validateStory(inputWarnings.length > 0 ? { ...story, warnings } : story, ctx);
    const spans = locateSpans(input, text, layout, sources, ctx);
    if (!spans) warnings.push({ code: "SPANS_UNAVAILABLE", message: "the repairs made to this text could not be traced back to its offsets; no spans" });
    return validateStory({ ...story, warnings, ...(spans ? { spans } : {}) }, ctx);
  } catch (e) {
    // A bug in wirecopy must not stop a user's pipeline: report it as a failed parse.
    return fail("NO_STORY", `internal error while parsing (please report this input): ${e instanceof Error ? e.message : String(e)}`);
  }
}
