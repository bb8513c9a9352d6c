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
  if (flags & MAY_HAVE_MOJIBAKE || out !== text) {
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
  for (let i = 0; i < 4 && (flags & REPAIRS) !== 0; i++) {
    let next = flags & (MAY_HAVE_ENTITY | MAY_HAVE_MOJIBAKE) ? repair(text, flags) : text;
    if (next !== text) flags = scanText(next); // decoding may have made characters to clean
    if (flags & NEEDS_CLEAN) next = clean(next);
    if (next === text) break;
    text = next;
    flags = scanText(text);
  }
  if (flags & MAY_NEED_NFC) text = text.normalize("NFC");
  // Trailing spaces go line by line: a pattern such as /[ \t]+$/gm is quadratic on long space runs.
  if (flags & TRAILING_SPACE) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
    text = lines.join("\n");
  }
  if ((flags & (NEWLINE_RUNS | TRAILING_SPACE)) === 0) return text;
  if (text.includes("\n\n\n\n")) text = text.replace(BLANK_RUN, "\n\n\n");
  return trimNewlines(text);
}

/** The text without newlines at either end (by index: a pattern like /\n+$/ retries at every newline). */
function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x0a) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x0a) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
