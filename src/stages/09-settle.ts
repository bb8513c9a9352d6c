/**
 * Stage 9: the one place where "the first of each field wins" is decided.
 * The layout stages propose pieces (a byline here, a trailer there, a date
 * line labelled "Updated"); ordered refiners, as chrono-node's, settle them
 * in page order: the first date line is `published` unless it says
 * "Updated", the second fills the other slot, and a second section,
 * headline, byline, dateline, trailer or Source line becomes furniture.
 *
 * @module
 */
import type { ParseContext, Piece, Role } from "../types.js";

/** A refiner: the pieces in page order in, the pieces settled out (the same array when it settles nothing). Pure. */
export type Refiner = (pieces: readonly Piece[], ctx: ParseContext) => readonly Piece[];

/** `pieces` with piece `k` replaced: a copy, made at the first replacement (`out` null) and written into after. */
function replaced(out: Piece[] | null, pieces: readonly Piece[], k: number, p: Piece): Piece[] {
  const copy = out ?? pieces.slice();
  copy[k] = p;
  return copy;
}

/** A piece demoted to furniture, with the text it stands for in its line. */
function toFurniture(p: Piece, rule: string, ctx: ParseContext): Piece {
  ctx.evidence?.(p.line, `settle:${rule}`, 0);
  return { role: "furniture", text: p.raw ?? p.text, line: p.line };
}

/**
 * The story's own date lines: an "Updated" line fills `updated` first; any
 * other fills `published`, then `updated`; a third date line is furniture.
 */
export const settleDates: Refiner = (pieces, ctx) => {
  let published = false;
  let updated = false;
  let out: Piece[] | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    // (The role read once: pieces come in many shapes, and each read of it is a megamorphic load.)
    const was = p.role;
    if (was !== "published" && was !== "updated") continue;
    const role: Role | null = was === "updated" && !updated ? "updated" : !published ? "published" : !updated ? "updated" : null;
    if (role === null) {
      out = replaced(out, pieces, k, toFurniture(p, "third-date-line", ctx));
      continue;
    }
    if (role === "published") published = true;
    else updated = true;
    if (role !== was) out = replaced(out, pieces, k, { ...p, role });
  }
  return out ?? pieces;
};

/** Fields that hold one value, each with its bit: a second proposal is furniture. (A Map: an object read by many role names is a megamorphic load.) */
const SINGLE_ROLES: ReadonlyMap<Role, number> = new Map([["section", 1], ["headline", 2], ["byline", 4], ["dateline", 8], ["trailer", 16], ["source", 32]]);

/** Section, headline, byline, dateline, trailer and source: the first proposal wins. */
export const settleSingleFields: Refiner = (pieces, ctx) => {
  let taken = 0;
  let out: Piece[] | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const bit = SINGLE_ROLES.get(p.role);
    if (bit === undefined) continue;
    if ((taken & bit) !== 0) out = replaced(out, pieces, k, toFurniture(p, `second-${p.role}`, ctx));
    else taken |= bit;
  }
  return out ?? pieces;
};

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [settleDates, settleSingleFields];

/**
 * Stage 9: settles the proposed pieces.
 *
 * @param pieces - every piece of the page, in page order
 * @param ctx - the parse context
 * @returns the pieces, each single-valued field held by at most one
 * @example
 * ```ts
 * settlePieces([{ role: "byline", text: "Jane Doe", raw: "By Jane Doe", line: 2 },
 *               { role: "byline", text: "Jane Doe", raw: "By Jane Doe", line: 30 }], ctx)
 * //=> [{ role: "byline", text: "Jane Doe", ... }, { role: "furniture", text: "By Jane Doe", line: 30 }]
 * ```
 */
export function settlePieces(pieces: readonly Piece[], ctx: ParseContext): readonly Piece[] {
  let out = pieces;
  for (const refine of REFINERS) out = refine(out, ctx);
  return out;
}
