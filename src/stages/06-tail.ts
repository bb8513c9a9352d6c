/**
 * Stage 6: what follows the story (SPEC.md sections 7–9): the Source line, a
 * late sign-off or byline, and teaser blocks. A block opens at a heading
 * recognised by its structure (a short line followed by headline groups) or
 * by name, or with no heading where the next story of a listing page starts.
 * A teaser is a headline with any of a date line, a summary paragraph (its
 * dateline split off) and a link line, in any order.
 *
 * @module
 */
import { isHeadlineLike, isNameOnly, isParagraphLike, opensParagraph } from "../lib/shape.js";
import type { LineInfo, ParseContext, Piece } from "../types.js";
import type { BodyLayout } from "./05-body.js";
import { opensNextStory, opensTeaserBlock } from "./05-body.js";

interface TeaserState {
  index: number;
  headline: string;
  summary: boolean;
  date: boolean;
}

/**
 * Stage 6: lays out the tail of the page.
 *
 * @param lines - classified lines
 * @param body - output of `layoutBody`
 * @param taken - which single fields earlier stages already filled
 * @param _ctx - the parse context
 * @returns the tail's pieces
 */
export function layoutTail(
  lines: readonly LineInfo[],
  body: BodyLayout,
  taken: { source: boolean; trailer: boolean; byline: boolean },
  _ctx: ParseContext,
): Piece[] {
  const pieces: Piece[] = [];
  let { source, trailer, byline } = taken;
  let inBlock = false;
  /** Once a teaser block has been seen, a name alone is page furniture (a masthead), not the byline. */
  let sawBlock = false;
  let teaser: TeaserState | null = null;
  let count = 0;
  const furniture = (i: number): void => void pieces.push({ role: "furniture", text: lines[i]!.text, line: i });

  for (let i = body.tailStart; i < lines.length; i++) {
    const line = lines[i]!;
    switch (line.kind) {
      case "source":
        if (source) furniture(i);
        else pieces.push({ role: "source", text: line.value!, line: i });
        source = true;
        break;
      case "sign-off":
        if (trailer || inBlock) furniture(i);
        else pieces.push({ role: "trailer", text: line.text, line: i });
        trailer = true;
        break;
      case "byline":
        if (byline || inBlock) furniture(i);
        else pieces.push({ role: "byline", text: line.value!, line: i });
        byline = true;
        break;
      case "heading":
        furniture(i);
        inBlock = sawBlock = true;
        teaser = null;
        break;
      case "placeholder":
        // "No stories found.": the block is empty; what follows is page furniture.
        furniture(i);
        inBlock = false;
        teaser = null;
        break;
      case "date":
        if (teaser && !teaser.date) {
          pieces.push({ role: "teaser-date", text: line.text, line: i, teaser: teaser.index, date: line.dateLine!.found });
          teaser.date = true;
        } else furniture(i);
        break;
      case "text": {
        if (!inBlock) {
          if (opensTeaserBlock(lines, i)) {
            furniture(i);
            inBlock = sawBlock = true;
            teaser = null;
            break;
          }
          if (!opensNextStory(lines, i)) {
            if (!byline && !sawBlock && isNameOnly(line.text)) {
              pieces.push({ role: "byline", text: line.text, line: i });
              byline = true;
            } else furniture(i);
            break;
          }
          inBlock = sawBlock = true;
        }
        const dl = teaser && !teaser.summary ? line.dateline : null;
        const opens = dl !== null && dl.rest !== "" && opensParagraph(dl, lines[i + 1]?.text);
        if (teaser && !teaser.summary && (isParagraphLike(line.text) || opens)) {
          const own = opens ? dl : null;
          if (own) pieces.push({ role: "teaser-dateline", text: own.text, line: i, teaser: teaser.index, dateline: own });
          if (own?.prefix) pieces.push({ role: "furniture", text: own.prefix, line: i });
          const summary = own ? own.rest : line.text;
          if (summary !== "") pieces.push({ role: "teaser-summary", text: summary, line: i, teaser: teaser.index });
          teaser.summary = true;
        } else if (isHeadlineLike(line.text)) {
          const repeat = teaser && !teaser.summary && !teaser.date && teaser.headline === line.text;
          if (repeat) furniture(i);
          else {
            teaser = { index: count++, headline: line.text, summary: false, date: false };
            pieces.push({ role: "teaser-headline", text: line.text, line: i, teaser: teaser.index });
          }
        } else furniture(i);
        break;
      }
      default:
        furniture(i);
    }
  }
  return pieces;
}
