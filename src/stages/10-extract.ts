/**
 * Stage 10: the story object from the settled pieces. Dates get their year
 * (SPEC.md section 5), zones their offsets, teasers their parts; what was
 * missing or ambiguous becomes a warning.
 *
 * @module
 */
import { closestYear, dayToIso, zoneOffset } from "../lib/dates.js";
import { isValidDay, isoDate } from "../lib/text.js";
import type { Dateline, StoryDate, Teaser, Warning, WireStory } from "../schema.js";
import type { DatelineParse, DayParts, FieldSource, FoundDate, Layout, ParseContext, Piece } from "../types.js";

function storyDate(text: string, found: FoundDate, country: string | null): StoryDate {
  return {
    text,
    date: dayToIso(found),
    time: found.time,
    utcOffset: found.zone ? zoneOffset(found.zone, country) : null,
  };
}

/** Whose dateline a warning speaks of: the story's (`teaser` null), or a teaser's (its number from 0). */
function datelineOwner(teaser: number | null): string {
  return teaser === null ? "the story's" : `teaser ${teaser + 1}'s`;
}

/**
 * The dateline as the schema has it, its year taken from the dateline itself,
 * else the nearest to `anchor`, else the reference day. `teaser`: the teaser's
 * number, or null for the story's own (named in the warnings, built only for one).
 */
function resolveDateline(dl: DatelineParse, anchor: DayParts | null, ctx: ParseContext, warnings: Warning[], teaser: number | null): Dateline {
  let date: string | null = null;
  if (dl.hijri) {
    warnings.push({ code: "HIJRI_DATE", message: `${datelineOwner(teaser)} dateline "${dl.text}" has a Hijri date, which is not converted` });
  } else if (dl.month !== null && dl.day !== null) {
    const base = anchor ?? ctx.referenceDay;
    if (dl.year !== null) date = isValidDay(dl.year, dl.month, dl.day) ? isoDate(dl.year, dl.month, dl.day) : null;
    else if (base) date = closestYear(dl.month, dl.day, base);
    if (date === null) {
      warnings.push({
        code: "DATE_YEAR_UNKNOWN",
        message: `${datelineOwner(teaser)} dateline "${dl.text}" has no year and the page shows no date; pass referenceDate to date it`,
      });
    }
  }
  return { text: dl.text, city: dl.city, region: dl.region, country: dl.country, date, agency: dl.agency };
}

/** A teaser's pieces: the first of each of its roles. */
interface TeaserParts {
  headline?: Piece;
  date?: Piece;
  dateline?: Piece;
  summary?: Piece;
}

/** The story's single-valued roles: the first piece of each is its field. */
type FirstRole = "section" | "headline" | "published" | "updated" | "byline" | "dateline" | "trailer" | "source";

/** The pieces sorted out in one pass: the first of each single-valued role, body and furniture in order, and each teaser's. */
interface Sorted {
  readonly firsts: Partial<Record<FirstRole, Piece>>;
  readonly body: Piece[];
  readonly furniture: Piece[];
  /** Teaser number → its parts (read in number order; a number no piece names is a hole). */
  readonly teasers: (TeaserParts | undefined)[];
}

/** The parts of teaser `n`, made on its first piece. */
function teaserParts(teasers: (TeaserParts | undefined)[], n: number): TeaserParts {
  return (teasers[n] ??= {});
}

function sortPieces(pieces: readonly Piece[]): Sorted {
  // (Every role a key from the start, and each stored by its name: one shape for every page, no keyed stores.)
  const firsts: { -readonly [R in FirstRole]: Piece | undefined } = {
    section: undefined,
    headline: undefined,
    published: undefined,
    updated: undefined,
    byline: undefined,
    dateline: undefined,
    trailer: undefined,
    source: undefined,
  };
  const body: Piece[] = [];
  const furniture: Piece[] = [];
  const teasers: (TeaserParts | undefined)[] = [];
  for (const p of pieces) {
    // (Only the tail's teaser pieces carry a teaser number: each of the four roles below does.)
    switch (p.role) {
      case "body":
        body.push(p);
        break;
      case "furniture":
        furniture.push(p);
        break;
      case "teaser-headline":
        teaserParts(teasers, p.teaser!).headline ??= p;
        break;
      case "teaser-date":
        teaserParts(teasers, p.teaser!).date ??= p;
        break;
      case "teaser-dateline":
        teaserParts(teasers, p.teaser!).dateline ??= p;
        break;
      case "teaser-summary":
        teaserParts(teasers, p.teaser!).summary ??= p;
        break;
      case "section":
        firsts.section ??= p;
        break;
      case "headline":
        firsts.headline ??= p;
        break;
      case "published":
        firsts.published ??= p;
        break;
      case "updated":
        firsts.updated ??= p;
        break;
      case "byline":
        firsts.byline ??= p;
        break;
      case "dateline":
        firsts.dateline ??= p;
        break;
      case "trailer":
        firsts.trailer ??= p;
        break;
      case "source":
        firsts.source ??= p;
    }
  }
  return { firsts, body, furniture, teasers };
}

function dayOf(p: Piece | undefined): DayParts | null {
  return p?.date ?? null;
}

/** The story, and (when spans were asked for) where each field came from. */
export interface Extracted {
  readonly story: WireStory;
  readonly sources: readonly FieldSource[] | null;
}

/** Records where a value came from (only when spans are wanted: `sources` not null). */
function note(sources: FieldSource[] | null, path: string, piece: Piece | undefined, value: string | null = piece?.text ?? null): void {
  if (sources && piece && value !== null) sources.push({ path, piece, value });
}

/** Records where a dateline and each of its parts came from. */
function noteDateline(sources: FieldSource[] | null, path: string, piece: Piece, d: Dateline): void {
  if (!sources) return;
  note(sources, path, piece, d.text);
  for (const key of ["city", "region", "country", "agency"] as const) note(sources, `${path}.${key}`, piece, d[key]);
}

/** The teasers, in number order: each with a headline, its dateline's year taken from its own date, else the story's day. */
function buildTeasers(parts: readonly (TeaserParts | undefined)[], storyDay: DayParts | null, country: string | null, ctx: ParseContext, warnings: Warning[], sources: FieldSource[] | null): Teaser[] {
  const teasers: Teaser[] = [];
  for (let n = 0; n < parts.length; n++) {
    const headline = parts[n]?.headline;
    if (!headline) continue;
    const { date: datePiece, dateline: dl, summary } = parts[n]!;
    const tDateline = dl ? resolveDateline(dl.dateline!, dayOf(datePiece) ?? storyDay, ctx, warnings, n) : null;
    if (sources) {
      const at = `moreNews.${teasers.length}`;
      note(sources, `${at}.headline`, headline);
      note(sources, `${at}.summary`, summary);
      note(sources, `${at}.published`, datePiece);
      if (dl && tDateline) noteDateline(sources, `${at}.dateline`, dl, tDateline);
    }
    teasers.push({
      headline: headline.text,
      summary: summary?.text ?? null,
      dateline: tDateline,
      published: datePiece ? storyDate(datePiece.text, datePiece.date!, tDateline?.country ?? country) : null,
    });
  }
  return teasers;
}

/** Records where the single-valued fields, the body's paragraphs and the furniture came from. */
function noteFields(sources: FieldSource[], sorted: Sorted): void {
  for (const role of ["section", "headline", "published", "updated", "byline", "trailer", "source"] as const) note(sources, role, sorted.firsts[role]);
  sorted.body.forEach((p, i) => note(sources, `body.${i}`, p));
  sorted.furniture.forEach((p, i) => note(sources, `furniture.${i}`, p));
}

/**
 * Stage 10: builds the story.
 *
 * @param layout - every line's pieces
 * @param ctx - the parse context (`referenceDay`; `spans` to record sources)
 * @returns the story, not yet validated, and the field sources when `ctx.spans`
 */
export function extractStory(layout: Layout, ctx: ParseContext): Extracted {
  // (Copied into a literal: its allocation site learns that it holds objects, so the optimised code
  // meets no array of small integers to push the rare warning into, and is not thrown away for it.)
  const warnings: Warning[] = [];
  for (const w of layout.warnings) warnings.push(w);
  const sources: FieldSource[] | null = ctx.spans ? [] : null;
  const sorted = sortPieces(layout.pieces);
  const { firsts, body, furniture } = sorted;
  const publishedPiece = firsts.published;
  const updatedPiece = firsts.updated;
  const storyDay = dayOf(publishedPiece) ?? dayOf(updatedPiece);
  const datelinePiece = firsts.dateline;
  const dateline = datelinePiece ? resolveDateline(datelinePiece.dateline!, storyDay, ctx, warnings, null) : null;
  if (datelinePiece && dateline) noteDateline(sources, "dateline", datelinePiece, dateline);
  const country = dateline?.country ?? null;
  const teasers = sorted.teasers.length > 0 ? buildTeasers(sorted.teasers, storyDay, country, ctx, warnings, sources) : [];

  const headline = firsts.headline?.text ?? null;
  if (headline === null) warnings.push({ code: "NO_HEADLINE", message: "no headline line was found above the story" });
  if (sources) noteFields(sources, sorted);
  const story: WireStory = {
    section: firsts.section?.text ?? null,
    headline,
    published: publishedPiece ? storyDate(publishedPiece.text, publishedPiece.date!, country) : null,
    updated: updatedPiece ? storyDate(updatedPiece.text, updatedPiece.date!, country) : null,
    byline: firsts.byline?.text ?? null,
    dateline,
    body: body.map((p) => p.text),
    trailer: firsts.trailer?.text ?? null,
    source: firsts.source?.text ?? null,
    moreNews: teasers,
    furniture: furniture.map((p) => p.text),
    warnings,
  };
  return { story, sources };
}
