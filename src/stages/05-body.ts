/**
 * Stage 5: the body of the story (SPEC.md sections 3, 7, 8). From the
 * dateline paragraph on, every paragraph is body until the story ends: at a
 * sign-off, a "Source:" line, a teaser block, or the next story of a listing
 * page. Clutter, captions, separators and "Also Read" links inside the body
 * are furniture.
 *
 * @module
 */
import { isHeadingLike, isHeadlineLike, isNameOnly, isParagraphLike, opensParagraph, skipAsides } from "../lib/shape.js";
import { squash, wordCount } from "../lib/text.js";
import { splitGluedTrailer } from "../lib/trailer.js";
import type { LineInfo, ParseContext, Piece } from "../types.js";
import type { HeadLayout } from "./04-head.js";

/** The body's pieces and where the rest of the page starts. */
export interface BodyLayout {
  readonly pieces: Piece[];
  /** Index of the first line after the story. */
  readonly tailStart: number;
}

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
  // A line that closes with a sign-off ("... next month. (ANI)") ends a story; it is no headline.
  if (line.dateline || splitGluedTrailer(line.text).trailer !== null) return false;
  const dl = next.dateline;
  return dl !== null && dl.rest !== "" && opensParagraph(dl, lines[i + 2]?.text);
}

/**
 * True when nothing of the story follows line `i`: the page ends, or the next
 * line that is not clutter is a Source line, a sign-off, a heading, a teaser
 * block or the next story (with or without its headline).
 */
export function storyEndsAfter(lines: readonly LineInfo[], i: number): boolean {
  const j = skipAsides(lines, i + 1);
  const next = lines[j];
  if (!next) return true;
  if (next.kind !== "text") return true;
  if (opensTeaserBlock(lines, j) || opensNextStory(lines, j)) return true;
  // A paragraph with a dateline of its own: the next story of a listing page, with no headline.
  const dl = next.dateline;
  return dl !== null && dl.rest !== "" && opensParagraph(dl, lines[j + 1]?.text);
}

/** Lines longer than this are never treated as repeated page slots. */
const REPEAT_MAX_LENGTH = 80;

/** Short text lines that occur more than once on the page (menus, repeated slots). */
function repeatedShortLines(lines: readonly LineInfo[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.kind !== "text" || l.text.length > REPEAT_MAX_LENGTH || wordCount(l.text, 9) > 8) continue;
    const key = squash(l.text).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
}

/**
 * Stage 5: lays out the body.
 *
 * @param lines - classified lines
 * @param head - output of `layoutHead`
 * @param _ctx - the parse context
 * @returns the body's pieces and where the tail starts
 */
export function layoutBody(lines: readonly LineInfo[], head: HeadLayout, _ctx: ParseContext): BodyLayout {
  const pieces: Piece[] = [];
  let i = head.bodyStart;
  let paragraphs = 0;
  let byline = head.pieces.some((p) => p.role === "byline");
  let repeated: Set<string> | null = null; // built on first need: most pages have no short line to check

  /** Adds a body paragraph; returns true when a glued sign-off ends the story there. */
  const addParagraph = (text: string, index: number): boolean => {
    const split = splitGluedTrailer(text);
    if (split.trailer && !storyEndsAfter(lines, index)) {
      // "... Board’ (PTI)" with more of the story after it: a credit inside the story, not its sign-off.
      pieces.push({ role: "body", text: split.link ? text.slice(0, text.length - split.link.length).trimEnd() : text, line: index });
      if (split.link) pieces.push({ role: "furniture", text: split.link, line: index });
      paragraphs++;
      return false;
    }
    if (split.body !== "") {
      pieces.push({ role: "body", text: split.body, line: index });
      paragraphs++;
    }
    if (split.link) pieces.push({ role: "furniture", text: split.link, line: index });
    if (split.trailer) {
      pieces.push({ role: "trailer", text: split.trailer, line: index });
      return true;
    }
    return false;
  };

  if (head.dateline && i < lines.length) {
    const dl = head.dateline;
    if (dl.prefix) pieces.push({ role: "furniture", text: dl.prefix, line: i });
    if (dl.byline) pieces.push({ role: byline ? "furniture" : "byline", text: dl.byline, line: i });
    byline ||= dl.byline !== null;
    pieces.push({ role: "dateline", text: dl.text, line: i, dateline: dl });
    const ended = dl.rest !== "" && addParagraph(dl.rest, i);
    i++;
    if (ended) return { pieces, tailStart: i };
    // A paragraph that opens with a dateline of its own right after the first one starts the next story.
    const j = skipAsides(lines, i);
    const next = lines[j];
    if (next && next.kind === "text" && dl.rest !== "") {
      const own = next.dateline;
      if (own && own.rest !== "" && opensParagraph(own, lines[j + 1]?.text)) {
        for (; i < j; i++) pieces.push({ role: "furniture", text: lines[i]!.text, line: i });
        return { pieces, tailStart: j };
      }
    }
  }

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    switch (line.kind) {
      case "source":
        pieces.push({ role: "source", text: line.value!, line: i });
        return { pieces, tailStart: i + 1 };
      case "sign-off":
        pieces.push({ role: "trailer", text: line.text, line: i });
        return { pieces, tailStart: i + 1 };
      case "heading":
        if (paragraphs > 0) return { pieces, tailStart: i };
        pieces.push({ role: "furniture", text: line.text, line: i });
        break;
      case "byline":
        pieces.push({ role: byline || paragraphs === 0 ? "furniture" : "byline", text: byline ? line.text : line.value!, line: i });
        byline = true;
        break;
      case "text": {
        if (paragraphs > 0) {
          if (opensTeaserBlock(lines, i) || opensNextStory(lines, i)) return { pieces, tailStart: i };
          if (!byline && isNameOnly(line.text) && !isParagraphLike(lines[i + 1]?.text ?? "")) {
            pieces.push({ role: "byline", text: line.text, line: i });
            return { pieces, tailStart: i + 1 };
          }
          if (line.text.length <= REPEAT_MAX_LENGTH && (repeated ??= repeatedShortLines(lines)).has(squash(line.text).toLowerCase())) {
            pieces.push({ role: "furniture", text: line.text, line: i });
            break;
          }
        }
        if (addParagraph(line.text, i)) return { pieces, tailStart: i + 1 };
        break;
      }
      default:
        pieces.push({ role: "furniture", text: line.text, line: i });
    }
  }
  return { pieces, tailStart: lines.length };
}

