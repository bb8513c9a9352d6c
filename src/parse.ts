/**
 * The pipeline: the one place where the stages are composed, in order.
 *
 * ```
 * text ─ 0 inspect ─ 1 normalize ─ 2 segment ─ 3 classify ─ 4 measure ─ 5 locate ─ 6 head ─ 7 body ─ 8 tail
 *      ─ 9 settle ─ 10 extract ─ [11 explain] ─ [12 spans] ─ 13 validate ─ result
 * ```
 *
 * @module
 */
import { WireParseError } from "./errors.js";
import { referenceDay } from "./lib/dates.js";
import { scanText } from "./lib/scan.js";
import type { ParseResult } from "./result.js";
import { inspectInput } from "./stages/00-inspect.js";
import { normalizeText } from "./stages/01-normalize.js";
import { segmentLines } from "./stages/02-segment.js";
import { classifyLines } from "./stages/03-classify.js";
import { measureLines } from "./stages/04-measure.js";
import { locateStory } from "./stages/05-locate.js";
import { layoutHead } from "./stages/06-head.js";
import { layoutBody } from "./stages/07-body.js";
import { layoutTail } from "./stages/08-tail.js";
import { settlePieces } from "./stages/09-settle.js";
import { extractStory } from "./stages/10-extract.js";
import { explainLayout, type Evidence } from "./stages/11-explain.js";
import { locateSpans } from "./stages/12-spans.js";
import { validateStory } from "./stages/13-validate.js";
import type { Layout, PageEvidence, ParseContext, ParseOptions } from "./types.js";

/** Default for `ParseOptions.maxLength`: 5 MB of text. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

function fail(code: WireParseError["code"], message: string): ParseResult {
  return { success: false, error: new WireParseError(code, message) };
}

/**
 * Lays out a normalised text: every line's pieces, head to tail, settled.
 *
 * @param text - output of `normalizeText`
 * @param ctx - the parse context
 */
export function layoutPage(text: string, ctx: ParseContext): Layout {
  const lines = classifyLines(segmentLines(text), ctx);
  const features = measureLines(lines, ctx);
  const location = locateStory(lines, features, ctx);
  const head = layoutHead(lines, features, location, ctx);
  const body = layoutBody(lines, features, head, location, ctx);
  const tail = layoutTail(lines, features, body, ctx);
  const pieces = settlePieces(head.pieces.concat(body.pieces, tail), ctx);
  return { lines, pieces, warnings: head.warnings };
}

/**
 * Runs the whole pipeline. Never throws: every failure is a `ParseResult`.
 *
 * @param input - anything; only strings can give a story
 * @param options - parse options
 * @param page - what an input adapter knows beyond the text (the HTML path), one entry per non-empty line of `input`
 */
export function runPipeline(input: unknown, options: ParseOptions | undefined, page?: PageEvidence): ParseResult {
  if (typeof input !== "string") return fail("NOT_A_STRING", `expected a string, got ${input === null ? "null" : typeof input}`);
  const max = options?.maxLength ?? DEFAULT_MAX_LENGTH;
  if (input.length > max) return fail("INPUT_TOO_LARGE", `input is ${input.length} characters, over the limit of ${max}`);
  try {
    const scanned = scanText(input);
    const text = normalizeText(input, scanned);
    if (text.trim() === "") return fail("EMPTY_INPUT", "input is empty or only whitespace");
    const evidence: Evidence[] | null = options?.explain === true ? [] : null;
    const ctx: ParseContext = {
      referenceDay: referenceDay(options?.referenceDate),
      spans: options?.spans === true,
      ...(page ? { page } : {}),
      ...(evidence ? { evidence: (line: number, rule: string, score: number) => void evidence.push({ line, rule, score }) } : {}),
    };
    const inputWarnings = inspectInput(input, scanned, ctx);
    const layout = layoutPage(text, ctx);
    const { story, sources } = extractStory(layout, ctx);
    if (!sources && !evidence) return validateStory(inputWarnings.length > 0 ? { ...story, warnings: [...inputWarnings, ...story.warnings] } : story, ctx);
    const warnings = [...inputWarnings, ...story.warnings];
    const spans = sources ? locateSpans(input, text, layout, sources, ctx) : null;
    if (sources && !spans) warnings.push({ code: "SPANS_UNAVAILABLE", message: "the repairs made to this text could not be traced back to its offsets; no spans" });
    const explain = evidence ? explainLayout(input, text, layout, evidence, ctx) : null;
    return validateStory({ ...story, warnings, ...(spans ? { spans } : {}), ...(explain ? { explain } : {}) }, ctx);
  } catch (e) {
    // A bug in wirecopy must not stop a user's pipeline: report it as a failed parse.
    return fail("NO_STORY", `internal error while parsing (please report this input): ${e instanceof Error ? e.message : String(e)}`);
  }
}
