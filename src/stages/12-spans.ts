/**
 * Stage 12 (only with `{ spans: true }`): provenance spans. Each field path
 * ("headline", "dateline.city", "body.3", "moreNews.0.headline" ...) gets the
 * `[start, end]` offsets of its value in the ORIGINAL input, before
 * normalisation, so that `normalizeText(input.slice(start, end))` is the
 * field's text. A value that is not in the text as written (a canonical
 * agency name such as "Reuters" for "Reuter") gets no span.
 *
 * @module
 */
import { alignOffsets } from "../lib/align.js";
import { decodeOneEntity } from "../lib/entities.js";
import type { FieldSource, Layout, ParseContext, Piece } from "../types.js";

/** Field path → `[start, end]` in the original input. */
export type Spans = Record<string, [number, number]>;

/** Where each piece stands in the normalised text: its line's pieces found left to right. */
function pieceOffsets(layout: Layout): Map<Piece, number> {
  const offsets = new Map<Piece, number>();
  const cursor = new Map<number, number>();
  for (const p of layout.pieces) {
    const line = layout.lines[p.line]!;
    const from = cursor.get(p.line) ?? 0;
    const at = line.text.indexOf(p.text, from);
    if (at < 0) continue;
    offsets.set(p, line.start + at);
    cursor.set(p.line, at + p.text.length);
  }
  return offsets;
}

/**
 * Stage 12: the spans of every recorded field.
 *
 * @param input - the original text
 * @param normalized - `normalizeText(input)`
 * @param layout - the layout the story came from
 * @param sources - where each field's value was read (from stage 10)
 * @param _ctx - the parse context
 * @returns the spans, or null when normalisation could not be retraced
 */
export function locateSpans(input: string, normalized: string, layout: Layout, sources: readonly FieldSource[], _ctx: ParseContext): Spans | null {
  const map = alignOffsets(input, normalized, decodeOneEntity);
  if (!map) return null;
  const offsets = pieceOffsets(layout);
  const spans: Spans = {};
  for (const { path, piece, value } of sources) {
    const pieceStart = offsets.get(piece);
    if (pieceStart === undefined) continue;
    const within = piece.text.indexOf(value);
    if (within < 0) continue;
    const first = pieceStart + within;
    const last = first + value.length - 1;
    if (value.length === 0 || last >= map.start.length) continue;
    spans[path] = [map.start[first]!, map.after[last]!];
  }
  return spans;
}
