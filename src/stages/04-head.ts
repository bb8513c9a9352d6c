/**
 * Stage 4: the head of the page (SPEC.md section 4). Finds where the story's
 * body starts (the first of the first few blocks that opens with a dateline,
 * else the first paragraph of running text), then gives each line above it
 * its field: section, headline, date lines, byline, or furniture (captions,
 * repeated titles, standfirsts, credits, clutter).
 *
 * @module
 */
import { AGENCIES } from "../data/agencies.js";
import { CREDIT_PREFIXES, SECTION_LABELS } from "../data/clutter.js";
import { isKnownPlace } from "../lib/dateline.js";
import { isCaptionLike, isParagraphLike, isRunningText, isSectionLabel, opensParagraph, skipAsides } from "../lib/shape.js";
import { clutterKey, endsLikeSentence } from "../lib/text.js";
import { BYLINE_LINE, FIELD_LABEL, LOWER_START } from "../patterns/lines.js";
import type { DatelineParse, LineInfo, ParseContext, Piece } from "../types.js";

/** The head's pieces, and where the body starts. */
export interface HeadLayout {
  readonly pieces: Piece[];
  /** Index of the first body line (the dateline paragraph, if any). `lines.length` when there is no body. */
  readonly bodyStart: number;
  /** The dateline that opens the body, if any. */
  readonly dateline: DatelineParse | null;
}

/** A line this short may be a dateline standing alone ("Mumbai, August 21"). */
const SHORT_DATELINE = 48;

/** How many text lines may stand between the head and the dateline paragraph. */
const MAX_PRE_BODY_BLOCKS = 8;

/** Finds the dateline paragraph among the first few blocks. */
function findDatelineParagraph(lines: readonly LineInfo[]): { index: number; dateline: DatelineParse } | null {
  let texts = 0;
  let longParagraphs = 0;
  let sawParagraph = false;
  for (let i = 0; i < lines.length && texts < MAX_PRE_BODY_BLOCKS; i++) {
    const line = lines[i]!;
    // A sign-off, a Source line, or a teaser heading after running text, ends a story: a dateline
    // after it belongs to another. (A heading word above the headline is a section: "Top News".)
    if (line.kind === "sign-off" || line.kind === "source" || (line.kind === "heading" && sawParagraph)) break;
    if (line.kind !== "text" && line.kind !== "credit") continue;
    const j = skipAsides(lines, i + 1);
    const next = lines[j]?.kind === "text" ? lines[j]!.text : undefined;
    const nextIsParagraph = next !== undefined && isParagraphLike(next);
    // Read a dateline only where one could open the story: on running text, on a line the next
    // one continues in lower case, on a short line or a line with a credit before a paragraph.
    const worthReading =
      isParagraphLike(line.text) ||
      (next !== undefined && LOWER_START.test(next)) ||
      (nextIsParagraph && (texts > 0 || line.text.length <= SHORT_DATELINE || line.text.includes("(")));
    const dl = worthReading ? line.dateline : null;
    if (dl && opensParagraph(dl, next)) return { index: i, dateline: dl };
    // Below the headline, a dateline may open a short first paragraph (a subtitle) when running text follows:
    // "NEW DELHI – Higher education: A great common denominator".
    if (dl && texts > 0 && dl.rest !== "" && nextIsParagraph && isSureDateline(dl)) return { index: i, dateline: dl };
    if (line.kind !== "text") continue;
    texts++;
    sawParagraph ||= isParagraphLike(line.text);
    // Two long paragraphs of running text: we are inside the story, not in its head.
    if (line.text.length >= 250 && endsLikeSentence(line.text) && ++longParagraphs >= 2) break;
  }
  return null;
}

/** A dateline with an agency, a date, or a place from the places table: safe to trust on a short line. */
function isSureDateline(dl: DatelineParse): boolean {
  return dl.agency !== null || dl.month !== null || (dl.city !== null && isKnownPlace(dl.city));
}

/**
 * Without a dateline the body starts right after the headline (and the
 * section above it). A page whose first text is already a sentence of
 * running text has no headline.
 */
function findFirstParagraph(lines: readonly LineInfo[]): number {
  const texts: number[] = [];
  for (let i = 0; i < lines.length && texts.length < 3; i++) {
    const kind = lines[i]!.kind;
    if (kind === "text" || kind === "heading") texts.push(i);
  }
  if (texts.length === 0) return lines.length;
  const first = lines[texts[0]!]!.text;
  if (isRunningText(first)) return texts[0]!;
  if (texts.length === 3 && isSectionLabel(first) && !isRunningText(lines[texts[1]!]!.text)) return texts[2]!;
  return texts[1] ?? lines.length;
}

function isCredit(text: string): boolean {
  const key = clutterKey(text);
  return CREDIT_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * Stage 4: lays out the head of the page.
 *
 * @param lines - classified lines
 * @param _ctx - the parse context
 * @returns the head's pieces and where the body starts
 */
export function layoutHead(lines: readonly LineInfo[], _ctx: ParseContext): HeadLayout {
  const found = findDatelineParagraph(lines);
  const bodyStart = found ? found.index : findFirstParagraph(lines);
  const pieces: Piece[] = [];
  const candidates: number[] = [];
  let section = false;
  let byline = false;
  let published = false;
  let updated = false;
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    switch (line.kind) {
      case "date": {
        const d = line.dateLine!;
        const role = d.label === "updated" && !updated ? "updated" : !published ? "published" : !updated ? "updated" : null;
        if (!role) {
          pieces.push({ role: "furniture", text: line.text, line: i });
          break;
        }
        if (role === "published") published = true;
        else updated = true;
        let text = line.text;
        if (d.prefix !== "") {
          const by = BYLINE_LINE.exec(d.prefix);
          if (by && !byline) {
            byline = true;
            pieces.push({ role: "byline", text: by[1]!, line: i });
            text = d.rest;
          } else if (isCredit(d.prefix)) {
            pieces.push({ role: "furniture", text: d.prefix, line: i });
            text = d.rest;
          } else if (!section && candidates.length === 0 && pieces.every((p) => p.role === "furniture") && isSectionLabel(d.prefix) && !AGENCIES.has(d.prefix.toUpperCase())) {
            section = true;
            pieces.push({ role: "section", text: d.prefix, line: i });
            text = d.rest;
          }
        }
        pieces.push({ role, text, line: i, date: d.found });
        break;
      }
      case "byline":
        pieces.push({ role: byline ? "furniture" : "byline", text: byline ? line.text : line.value!, line: i });
        byline = true;
        break;
      case "text":
      case "heading":
        candidates.push(i);
        break;
      default:
        pieces.push({ role: "furniture", text: line.text, line: i });
    }
  }
  pieces.push(...chooseTitles(lines, candidates, section));
  pieces.sort((a, b) => a.line - b.line);
  return { pieces, bodyStart, dateline: found?.dateline ?? null };
}

/** Picks section and headline among the head's text lines; the rest is furniture. */
function chooseTitles(lines: readonly LineInfo[], candidates: readonly number[], haveSection: boolean): Piece[] {
  const pieces: Piece[] = [];
  const seen = new Set<string>();
  const unique: number[] = [];
  for (const i of candidates) {
    const key = lines[i]!.text.toLowerCase();
    if (seen.has(key)) pieces.push({ role: "furniture", text: lines[i]!.text, line: i });
    else {
      seen.add(key);
      unique.push(i);
    }
  }
  let rest = unique;
  if (!haveSection && rest.length >= 2 && isSection(lines[rest[0]!]!.text, lines[rest[1]!]!.text) && !precededByText(lines, rest[0]!)) {
    pieces.push({ role: "section", text: lines[rest[0]!]!.text, line: rest[0]! });
    rest = rest.slice(1);
  }
  // A headline is never a caption sentence, nor a form label such as "ID :" or "Auther :".
  const headline = rest.find((i) => !isCaptionLike(lines[i]!.text) && !FIELD_LABEL.test(lines[i]!.text)) ?? rest[0];
  for (const i of rest) pieces.push({ role: i === headline ? "headline" : "furniture", text: lines[i]!.text, line: i });
  return pieces;
}

/**
 * The first of two title lines is the section when it is a desk label; a
 * label we do not know ("Abb Takk News") also needs a headline, not a
 * standfirst sentence, under it.
 */
function isSection(first: string, second: string): boolean {
  if (!isSectionLabel(first)) return false;
  return SECTION_LABELS.has(clutterKey(first)) || !isCaptionLike(second);
}

function precededByText(lines: readonly LineInfo[], index: number): boolean {
  for (let i = 0; i < index; i++) if (lines[i]!.kind === "text") return true;
  return false;
}
