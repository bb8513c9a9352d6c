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

/** A refiner: the pieces in page order in, the pieces settled out. Pure. */
export type Refiner = (pieces: readonly Piece[], ctx: ParseContext) => Piece[];

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
  return pieces.map((p) => {
    if (p.role !== "published" && p.role !== "updated") return p;
    const role: Role | null = p.role === "updated" && !updated ? "updated" : !published ? "published" : !updated ? "updated" : null;
    if (role === null) return toFurniture(p, "third-date-line", ctx);
    if (role === "published") published = true;
    else updated = true;
    return role === p.role ? p : { ...p, role };
  });
};

/** Fields that hold one value: a second proposal is furniture. */
const SINGLE_ROLES: ReadonlySet<Role> = new Set(["section", "headline", "byline", "dateline", "trailer", "source"]);

/** Section, headline, byline, dateline, trailer and source: the first proposal wins. */
export const settleSingleFields: Refiner = (pieces, ctx) => {
  const taken = new Set<Role>();
  return pieces.map((p) => {
    if (!SINGLE_ROLES.has(p.role)) return p;
    if (taken.has(p.role)) return toFurniture(p, `second-${p.role}`, ctx);
    taken.add(p.role);
    return p;
  });
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
export function settlePieces(pieces: readonly Piece[], ctx: ParseContext): Piece[] {
  let out = pieces as Piece[];
  for (const refine of REFINERS) out = refine(out, ctx);
  return out;
}
