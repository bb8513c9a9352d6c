/**
 * Stage 1: normalisation (SPEC.md section 2). Idempotent:
 * `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * Line ends to LF; BOM, zero-width characters and control characters out;
 * Unicode spaces to plain spaces; HTML entities (named, numeric, cp1252,
 * damaged `#39;`) and common mojibake (`â€™`) repaired; trailing spaces
 * trimmed; runs of three or more blank lines cut to two. Words, case and
 * punctuation are otherwise kept exactly.
 *
 * @module
 */
import { MOJIBAKE } from "../data/entities.js";
import { decodeEntities } from "../lib/entities.js";
import { MAY_HAVE_ENTITY, MAY_HAVE_MOJIBAKE, MAY_NEED_NFC, NEEDS_CLEAN, NEWLINE_RUNS, scanText, TRAILING_SPACE } from "../lib/scan.js";

/** The flags that call for the repair-and-clean loop. */
const REPAIRS = NEEDS_CLEAN | MAY_HAVE_ENTITY | MAY_HAVE_MOJIBAKE;
import { BLANK_RUN, CONTROL_CHARS, INVISIBLES, LINE_BREAKS, LONE_SURROGATES, UNICODE_SPACES } from "../patterns/normalize.js";


/** One pass of the repairs that can expose another repair (entities, mojibake). */
function repair(text: string, flags: number): string {
  let out = flags & MAY_HAVE_ENTITY ? decodeEntities(text) : text;
  // Stryker disable next-line ConditionalExpression: a shortcut: splitting on a sequence the text lacks changes nothing
  if (flags & MAY_HAVE_MOJIBAKE || out !== text) {
    // Stryker disable next-line ConditionalExpression: as above
    for (const [bad, good] of MOJIBAKE) if (out.includes(bad)) out = out.split(bad).join(good);
  }
  return out;
}

/** Characters that are cleaned away or replaced (run after each repair, which may produce them). */
function clean(text: string): string {
  return text
    .replace(LINE_BREAKS, "\n")
    .replace(LONE_SURROGATES, "\ufffd")
    .replace(INVISIBLES, "")
    .replace(CONTROL_CHARS, "")
    .replace(UNICODE_SPACES, " ");
}

/**
 * Normalises scraped text so the later stages see one form.
 *
 * @param input - the raw page text
 * @param scanned - `scanText(input)`, when the caller has it already
 * @returns the normalised text
 * @example
 * ```ts
 * normalizeText("\uFEFFWorld\r\n\r\nIt#39;s a\u00A0test  ")
 * //=> "World\n\nIt's a test"
 * ```
 */
export function normalizeText(input: string, scanned: number = scanText(input)): string {
  let text = input;
  let flags = scanned;
  // Mojibake is repaired before control characters go ("â€\u009d" holds one); repairs can uncover
  // more ("&amp;#39;") and cleaning can join pieces, so repeat until a scan finds nothing to do.
  // Each check in this loop is a shortcut: a text with nothing to repair or clean comes out of a
  // pass unchanged, and the loop ends on a pass that changes nothing.
  // Stryker disable next-line ConditionalExpression: a shortcut (see above)
  for (let i = 0; i < 4 && (flags & REPAIRS) !== 0; i++) {
    let next = flags & (MAY_HAVE_ENTITY | MAY_HAVE_MOJIBAKE) ? repair(text, flags) : text;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; without the new scan the next pass cleans
    if (next !== text) flags = scanText(next); // decoding may have made characters to clean
    // Stryker disable next-line ConditionalExpression: a shortcut (see above)
    if (flags & NEEDS_CLEAN) next = clean(next);
    // Stryker disable next-line ConditionalExpression: a shortcut (see above)
    if (next === text) break;
    text = next;
    flags = scanText(text);
  }
  if (flags & MAY_NEED_NFC) text = text.normalize("NFC");
  // Trailing spaces go line by line: a pattern such as /[ \t]+$/gm is quadratic on long space runs.
  // Stryker disable next-line ConditionalExpression: a shortcut: lines without trailing spaces stay as they are
  if (flags & TRAILING_SPACE) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
    text = lines.join("\n");
  }
  // Stryker disable next-line ConditionalExpression: a shortcut: without runs of newlines there is nothing below to do
  if ((flags & (NEWLINE_RUNS | TRAILING_SPACE)) === 0) return text;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: BLANK_RUN needs four newlines in a row
  if (text.includes("\n\n\n\n")) text = text.replace(BLANK_RUN, "\n\n\n");
  return trimNewlines(text);
}

/** The text without newlines at either end (by index: a pattern like /\n+$/ retries at every newline). */
function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt is NaN, which stops the loop too
  while (start < end && text.charCodeAt(start) === 0x0a) start++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: on a text of newlines only, end passing start still slices to ""
  while (end > start && text.charCodeAt(end - 1) === 0x0a) end--;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut: slicing the whole text gives the same text
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
