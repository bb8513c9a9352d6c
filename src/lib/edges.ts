/**
 * Where a story ends and another begins (SPEC.md sections 7 and 9): a teaser
 * block's heading, the next story of a listing page; and a widget set inside
 * the story, which ends nothing. The locate, body and tail stages share these
 * structural tests.
 *
 * @module
 */
import { CONTROL_LINES } from "../data/clutter.js";
import { isHeadingLike, isHeadlineLike, opensParagraph, skipAsides } from "./shape.js";
import { clutterKey, hasLinkMark, wordCount } from "./text.js";
import { splitGluedTrailer } from "./trailer.js";
import type { LineFeatures, LineInfo } from "../types.js";

/**
 * True when line `i` opens a teaser block: a short heading, then a headline.
 * A heading that is not a known one needs a real headline group under it:
 * a headline of four words or more, or one followed by its date, summary or
 * link line, or a second headline (else "Amira Agarib" then the masthead
 * "Khaleej Times" would read as a block).
 */
export function opensTeaserBlock(lines: readonly LineInfo[], i: number): boolean {
  const line = lines[i]!;
  if (!isHeadingLike(line.text)) return false;
  const next = lines[i + 1];
  if (!next) return line.kind === "heading";
  if (next.kind === "placeholder") return true;
  if (next.kind !== "text" || !isHeadlineLike(next.text)) return false;
  const dl = next.dateline;
  if (dl && opensParagraph(dl, lines[i + 2]?.text)) return false;
  if (line.kind === "heading" || wordCount(next.text, 4) >= 4) return true;
  const after = lines[i + 2];
  return after !== undefined && (after.kind === "date" || after.kind === "link" || (after.kind === "text" && isHeadlineLike(after.text)));
}

/** True when line `i` opens the next story of a listing page: a short line, then a dateline paragraph. */
export function opensNextStory(lines: readonly LineInfo[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (line.kind !== "text" || !next || next.kind !== "text" || !isHeadlineLike(line.text)) return false;
  const dl = next.dateline;
  if (dl === null || dl.rest === "" || !opensParagraph(dl, lines[i + 2]?.text)) return false;
  // A line that closes with a sign-off ("... next month. (ANI)") ends a story; it is no headline.
  // (Looked at last: most lines have no dateline paragraph under them, and then the line's own
  // dateline need not be read.)
  return !line.dateline && splitGluedTrailer(line.text).trailer === null;
}

/**
 * True when nothing of the story follows line `i`: the page ends, or the next
 * line that is not clutter is past the story's running text (`lastLine`), a
 * Source line, a sign-off, a heading, a teaser block or the next story (with
 * or without its headline).
 */
// Stryker disable next-line ArithmeticOperator: a default past the last line changes nothing: no line stands there
export function storyEndsAfter(lines: readonly LineInfo[], i: number, lastLine = lines.length - 1): boolean {
  const j = skipAsides(lines, i + 1);
  const next = lines[j];
  if (!next || j > lastLine) return true;
  if (next.kind !== "text") return true;
  if (opensTeaserBlock(lines, j) || opensNextStory(lines, j)) return true;
  // A paragraph with a dateline of its own: the next story of a listing page, with no headline.
  const dl = next.dateline;
  return dl !== null && dl.rest !== "" && opensParagraph(dl, lines[j + 1]?.text);
}

/** How many short lines a widget set inside the story prints over its control (a quiz: its title, its question count). */
const WIDGET_TITLE_LINES = 2;
/** A widget's title line is at most this long. */
const WIDGET_TITLE_CHARS = 100;

/** True for a control: a line with a link's or a control's mark ("Open the full map ›"), or a control's words alone ("Undo"). */
function isControl(line: LineInfo): boolean {
  return line.kind !== "text" && (hasLinkMark(line.text) || CONTROL_LINES.has(clutterKey(line.text)));
}

/**
 * Where the control of a widget set inside the story stands, when line `i` opens one: one or
 * WIDGET_TITLE_LINES short text lines that are no paragraph, right over a control ("Saved to your list"
 * over "Undo", a quiz's title and its question count over "Start the quiz ›"). A subheading has the
 * story's prose under it instead. -1 when line `i` opens no widget.
 */
export function widgetControlAfter(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): number {
  for (let j = i; j < lines.length && j < i + WIDGET_TITLE_LINES; j++) {
    const line = lines[j]!;
    const shape = features[j]!.shape;
    if (line.kind !== "text" || shape === "running" || shape === "sentence" || line.text.length > WIDGET_TITLE_CHARS) return -1;
    const next = lines[j + 1];
    if (next !== undefined && isControl(next)) return j + 1;
  }
  return -1;
}
