/**
 * Stage 7: the body of the story (SPEC.md sections 3, 7, 8). From the
 * dateline paragraph on, every paragraph is body until the story ends: where
 * its running text ends (the located run's last line), or earlier at a
 * sign-off, a "Source:" line, a teaser block, or the next story of a listing
 * page. Clutter, captions, separators and "Also Read" links inside the body
 * are furniture. A sign-off, a Source line or a byline right after the last
 * paragraph still belongs to the story.
 *
 * @module
 */
import { opensNextStory, opensTeaserBlock, storyEndsAfter, widgetControlAfter } from "../lib/edges.js";
import { isContentText, isNameOnly, isParagraphLike, opensParagraph, runningTextWithin, skipAsides } from "../lib/shape.js";
import { clutterKey, squash, wordCount } from "../lib/text.js";
import { AUTHOR_BOX_HEADINGS } from "../data/clutter.js";
import { ABOUT_NAME, AUTHOR_NOTE } from "../patterns/lines.js";
import { splitGluedTrailer } from "../lib/trailer.js";
import type { BodyLayout, HeadLayout, LineFeatures, LineInfo, LineShape, ParseContext, Piece, StoryLocation } from "../types.js";


/** True for an author's note: "Jane Doe is a freelance writer based in ..." (classify reads it as clutter). */
function isAuthorNote(line: LineInfo): boolean {
  return line.kind === "clutter" && AUTHOR_NOTE.test(line.text);
}

/** An author box's heading is at most this long. */
const AUTHOR_BOX_HEADING_CHARS = 60;

/**
 * Where an author box that line `i` heads ends, when it heads one: a heading that names the box ("About the
 * author", "Über den Autor") or "About" and a name ("Sobre Ana Lima") that the paragraph under it names, then
 * that paragraph, the reporter's bio (prose, or an author's note: "Jane Doe is a freelance writer ..."). -1 when
 * line `i` heads no author box.
 */
function authorBoxEnd(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): number {
  const text = lines[i]!.text;
  if (text.length > AUTHOR_BOX_HEADING_CHARS) return -1;
  const listed = AUTHOR_BOX_HEADINGS.has(clutterKey(text));
  const about = listed ? null : ABOUT_NAME.exec(text);
  if (!listed && about === null) return -1;
  const bio = lines[i + 1];
  if (bio === undefined || !(bio.kind === "text" ? isProseShape(features[i + 1]!.shape) : isAuthorNote(bio))) return -1;
  return about === null || bio.text.includes(about[1]!) ? i + 2 : -1;
}

/** How many lines after an author's note the story's running text may stand for the note to be the story's sentence. */
const NOTE_REACH = 2;

/** True when a line of running text stands within NOTE_REACH lines after line `i`. */
function runningTextAfter(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  for (let j = i + 1; j <= i + NOTE_REACH && j < lines.length; j++) if (lines[j]!.kind === "text" && features[j]!.shape === "running") return true;
  return false;
}

/** How many lines apart a caption's two printings may stand. */
const TWICE_REACH = 3;

/**
 * True when line `i` is a caption printed twice (a photo's alt text and its caption, a gallery's slide): the same
 * line again within TWICE_REACH lines, and a photo credit right after the later one. (A line printed twice with the
 * story's prose around it stays: some pages print a paragraph twice, and it is the story's.)
 */
function isCaptionPrintedTwice(lines: readonly LineInfo[], i: number): boolean {
  const text = lines[i]!.text;
  for (let d = 1; d <= TWICE_REACH; d++) {
    if (lines[i + d]?.text === text) return lines[i + d + 1]?.kind === "caption";
    if (lines[i - d]?.text === text) return lines[i + 1]?.kind === "caption";
  }
  return false;
}

/** A poll's options: a question over these is a widget's, not the story's. */
const POLL_OPTIONS: ReadonlySet<string> = new Set(["yes", "no", "not sure", "can't say", "cant say", "don't know", "maybe", "vote", "undecided"]);

/** True when line `i` is a question with a poll's options right under it ("Yes", "No", "Not sure", "Vote"). */
function isPollQuestion(lines: readonly LineInfo[], i: number): boolean {
  const text = lines[i]!.text;
  // (The last character looked at, not `endsWith`: a builtin call on every paragraph.)
  if (text.charCodeAt(text.length - 1) !== 0x3f /* ? */ || text.length > POLL_QUESTION_CHARS) return false;
  const next = lines[i + 1];
  return next !== undefined && POLL_OPTIONS.has(clutterKey(next.text));
}

/** A poll's question is at most this long. */
const POLL_QUESTION_CHARS = 160;

function isProseShape(shape: LineShape): boolean {
  return shape === "running" || shape === "sentence" || shape === "short-sentence";
}

/** HTML input: a table's cell of the page's content block that is no link, and text or what reads as clutter by itself ("5040", "Pos."). */
function isContentCell(f: LineFeatures, kind: LineInfo["kind"]): boolean {
  return f.cell && isContentText(f) && (kind === "text" || kind === "clutter");
}

/** A sentence's lead-in to a list of the story: three words or more and a colon ("Here's what to know:"); a teaser box's heading is a name ("Related:"). */
function isListLeadIn(text: string): boolean {
  return text.endsWith(":") && wordCount(text, LEAD_IN_WORDS) >= LEAD_IN_WORDS;
}

/** A list's lead-in has at least this many words. */
const LEAD_IN_WORDS = 3;

/** Lines longer than this are never treated as repeated page slots. */
const REPEAT_MAX_LENGTH = 80;

/**
 * How many times each short text line (by its key: squashed, lower case) occurs on the page, more than once
 * for menus and repeated slots; null when no such line occurs twice (most pages).
 */
function repeatedShortLines(lines: readonly LineInfo[]): Map<string, number> | null {
  const counts = new Map<string, number>();
  let repeats = false;
  for (const l of lines) {
    if (l.kind !== "text" || l.text.length > REPEAT_MAX_LENGTH || wordCount(l.text, 9) > 8) continue;
    const key = squash(l.text).toLowerCase();
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    repeats ||= n > 1;
  }
  return repeats ? counts : null;
}

/**
 * Stage 7: lays out the body.
 *
 * @param lines - classified lines
 * @param head - output of `layoutHead`
 * @param location - output of `locateStory`: no text line after its last line is body
 * @param ctx - the parse context
 * @returns the body's pieces and where the tail starts
 */
export function layoutBody(lines: readonly LineInfo[], features: readonly LineFeatures[], head: HeadLayout, location: StoryLocation, ctx: ParseContext): BodyLayout {
  const pieces: Piece[] = [];
  let i = head.bodyStart;
  let paragraphs = 0;
  let byline = head.pieces.some((p) => p.role === "byline");
  // Stryker disable next-line ArithmeticOperator: with no run located, any index at or past the page's last line does: it is only compared with line indexes
  const lastLine = location.start >= 0 ? location.end : lines.length - 1;
  let repeated: Map<string, number> | null | undefined; // built on first need: most pages have no short line to check

  /**
   * Where the story's running text goes on after a teaser block that line `from` opens inside the
   * located run (a "Related" box between paragraphs): the first of two paragraphs in a row (an ad
   * slot or a caption between them parts nothing), the first with no dateline of its own (a
   * teaser's summary has one). -1 when the run holds no such
   * pair after the block, or when no run was located (a page without running text ends its story
   * at the block).
   */
  const resumeAfterBlock = (from: number): number => {
    if (location.start < 0) return -1;
    // Stryker disable next-line ArithmeticOperator: from - 1 changes nothing: neither the line before the block's first line (the line after it is no paragraph) nor that first line (a heading or a short line) opens a pair
    for (let j = from + 1; j < lastLine; j++) {
      if (isParagraphLine(j) && isParagraphLine(skipAsides(lines, j + 1)) && !lines[j]!.dateline) return j;
    }
    return -1;
  };
  const isParagraphLine = (j: number): boolean => {
    // Stryker disable next-line ConditionalExpression,BooleanLiteral,EqualityOperator: a guard never reached: the run's last line is never an aside, so the line skipAsides finds after a line before it is at most that last line
    if (j >= lines.length) return false;
    const shape = features[j]!.shape;
    return lines[j]!.kind === "text" && (shape === "running" || shape === "sentence");
  };
  /**
   * True when the short lines from line `from` head an item of a list inside the located run (a
   * listicle, a product list): the item's paragraph follows, and another item's paragraph stands
   * within reach, after it or before the short lines (runningTextWithin), each alone between short
   * lines. Such lines are the story's, where a box's are not: the story's prose stands in paragraphs
   * in a row before a box or after it (a stock card, a player, an embed between paragraphs).
   */
  const opensItems = (from: number): boolean => {
    const item = runningTextWithin(lines, features, from, 1);
    if (item < 0 || item > lastLine || !isItemParagraph(item)) return false;
    const next = runningTextWithin(lines, features, item, 1);
    const previous = runningTextWithin(lines, features, from, -1);
    return (next >= 0 && isItemParagraph(next)) || (previous >= 0 && isItemParagraph(previous));
  };
  /** True when paragraph `j` stands alone between short lines, as an item's does: no paragraph right before or after it. */
  const isItemParagraph = (j: number): boolean => {
    const before = skipAsides(lines, j - 1, -1);
    return !(before >= 0 && isParagraphLine(before)) && !isParagraphLine(skipAsides(lines, j + 1));
  };
  /**
   * Where the control of a widget that line `from` opens stands, when the story's prose follows it
   * (widgetControlAfter; not in an HTML page's content block, whose short lines are the story's); else -1.
   */
  const widgetInside = (from: number): number => {
    const control = features[from]!.inContent ? -1 : widgetControlAfter(lines, features, from);
    return control > 0 && proseFollows(control) ? control : -1;
  };
  /** Where prose of the story was last found ahead: lines before it need no new look. */
  let proseAhead = -1;
  /** True when a paragraph of the story, or its sign-off, follows line `from` inside the run, before the story ends. */
  const proseFollows = (from: number): boolean => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: looking again from a line before the prose found ahead finds it again (the lines between were looked at), and `from` is never that prose line itself
    if (from < proseAhead) return true;
    for (let j = from + 1; j < lines.length; j++) {
      const next = lines[j]!;
      // The sign-off or Source line that closes the story (right after the run, too): what stands before it is the story's.
      if (next.kind === "sign-off" || next.kind === "source") return true;
      // A box ("Related" and its links) inside the run: the story goes on when its prose resumes after it.
      if (next.kind === "heading") return j <= lastLine && resumeAfterBlock(j) >= 0;
      if (next.kind !== "text") continue;
      if (j > lastLine) return false;
      if (isProseShape(features[j]!.shape)) {
        proseAhead = j;
        return true;
      }
      if (opensNextStory(lines, j)) return false;
    }
    return false;
  };
  /** Lines [from, to) are a box inside the story (noted as `rule`): furniture. */
  const box = (from: number, to: number, rule = "body:box-inside-story"): void => {
    ctx.evidence?.(from, rule, 0);
    for (let k = from; k < to; k++) pieces.push({ role: "furniture", text: lines[k]!.text, line: k });
  };

  /** Adds a body paragraph; returns true when a glued sign-off ends the story there. */
  const addParagraph = (text: string, index: number): boolean => {
    const split = splitGluedTrailer(text);
    if (split.trailer && !storyEndsAfter(lines, index, lastLine)) {
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

  // (A dateline is read off the line at bodyStart: that line exists.)
  if (head.dateline) {
    const dl = head.dateline;
    if (dl.prefix) pieces.push({ role: "furniture", text: dl.prefix, line: i });
    if (dl.byline) pieces.push({ role: "byline", text: dl.byline, line: i });
    byline ||= dl.byline !== null;
    pieces.push({ role: "dateline", text: dl.text, line: i, dateline: dl });
    // (A dateline alone on its line leaves "", which adds nothing and ends nothing: not split.)
    // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: "" split adds no piece and ends nothing; the check only spares the split
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
    // A copyright footer or a comment thread's heading: the story is over, whatever the line's kind.
    const landmark = features[i]!.landmark;
    if (paragraphs > 0 && (landmark === "footer" || landmark === "comments")) {
      ctx.evidence?.(i, `body:${landmark}-ends-story`, 0);
      return { pieces, tailStart: i };
    }
    // An author box under the story: its heading and the reporter's bio end the story, as an author's note does.
    // (The loop opens at the story's first paragraph: a line it meets here comes after one.)
    if (line.kind === "text" || line.kind === "clutter") {
      if (isAuthorNote(line)) {
        // A sentence about a journalist that the story's running text follows ("Jane Doe is a reporter who ...") is the story's.
        if (runningTextAfter(lines, features, i)) {
          ctx.evidence?.(i, "body:journalist-in-story", 0);
          if (addParagraph(line.text, i)) return { pieces, tailStart: i + 1 };
          continue;
        }
        box(i, i + 1, "body:author-note");
        return { pieces, tailStart: i + 1 };
      }
      const boxEnd = authorBoxEnd(lines, features, i);
      if (boxEnd > 0) {
        box(i, boxEnd, "body:author-box");
        return { pieces, tailStart: boxEnd };
      }
    }
    // HTML input: a table's cell in the page's content block is the story's, a number or a name printed again included.
    if (isContentCell(features[i]!, line.kind) && i <= lastLine) {
      pieces.push({ role: "body", text: line.text, line: i });
      paragraphs++;
      continue;
    }
    switch (line.kind) {
      case "source":
        pieces.push({ role: "source", text: line.value!, line: i, raw: line.text });
        return { pieces, tailStart: i + 1 };
      case "sign-off":
        pieces.push({ role: "trailer", text: line.text, line: i });
        return { pieces, tailStart: i + 1 };
      case "heading": {
        const resume = paragraphs > 0 ? resumeAfterBlock(i) : i + 1;
        if (resume < 0) return { pieces, tailStart: i };
        box(i, resume);
        i = resume - 1;
        break;
      }
      case "byline":
        // A byline between the head and the first paragraph is the head's business: a repeat here.
        if (paragraphs === 0) pieces.push({ role: "furniture", text: line.text, line: i });
        else pieces.push({ role: "byline", text: line.value!, line: i, raw: line.text });
        byline = true;
        break;
      case "text": {
        if (i > lastLine) {
          ctx.evidence?.(i, "body:running-text-ended", 0);
          return { pieces, tailStart: i };
        }
        if (isCaptionPrintedTwice(lines, i)) {
          ctx.evidence?.(i, "body:caption-printed-twice", 0);
          pieces.push({ role: "furniture", text: line.text, line: i });
          break;
        }
        if (paragraphs > 0) {
          if (opensNextStory(lines, i)) return { pieces, tailStart: i };
          // Inside running text, a heading found by structure alone needs a title under it, not prose
          // (HTML input: and a title that links elsewhere, when it stands in the page's content block:
          // the items of a listicle are the story's).
          if (opensTeaserBlock(lines, i) && (location.start < 0 || features[i + 1]?.shape === "title") && !isContentText(features[i + 1]) && !isListLeadIn(line.text) && !opensItems(i)) {
            const resume = resumeAfterBlock(i);
            if (resume >= 0) {
              box(i, resume);
              i = resume - 1;
              break;
            }
            // (A widget reads as a block's heading and title too: a chart's title over its hint and "Download the
            // data ›", with one paragraph of the story after it. Its box ends at its control.)
            const control = widgetInside(i);
            if (control < 0) return { pieces, tailStart: i };
            box(i, control, "body:widget-inside-story");
            i = control - 1;
            break;
          }
          // A name alone where the story ends is its reporter's; a subheading ("Status Quo") has prose after it.
          if (!byline && features[i]!.heading === 0 && isNameOnly(line.text) && !isParagraphLike(lines[i + 1]?.text ?? "") && !proseFollows(i)) {
            pieces.push({ role: "byline", text: line.text, line: i });
            return { pieces, tailStart: i + 1 };
          }
          // (Most pages repeat no short line: then no line's key is built.)
          if (line.text.length <= REPEAT_MAX_LENGTH) {
            if (repeated === undefined) repeated = repeatedShortLines(lines);
            if (repeated && (repeated.get(squash(line.text).toLowerCase()) ?? 0) > 1) {
              pieces.push({ role: "furniture", text: line.text, line: i });
              break;
            }
          }
          if (isPollQuestion(lines, i)) {
            pieces.push({ role: "furniture", text: line.text, line: i });
            break;
          }
          // A widget set inside the story: its short lines over its control are furniture, the control is clutter.
          const control = widgetInside(i);
          if (control > 0) {
            box(i, control, "body:widget-inside-story");
            i = control - 1;
            break;
          }
          // A short line is a subheading only when the story's prose goes on under it (HTML input: or when
          // it stands in the page's content block, a list or a table of the story).
          if (location.start >= 0 && !isProseShape(features[i]!.shape) && !features[i]!.inContent && !proseFollows(i)) {
            ctx.evidence?.(i, "body:no-prose-after", 0);
            return { pieces, tailStart: i };
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

