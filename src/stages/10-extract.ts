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

/**
 * The dateline as the schema has it, its year taken from the dateline itself,
 * else the nearest to `anchor`, else the reference day.
 */
function resolveDateline(dl: DatelineParse, anchor: DayParts | null, ctx: ParseContext, warnings: Warning[], where: string): Dateline {
  let date: string | null = null;
  if (dl.hijri) {
    warnings.push({ code: "HIJRI_DATE", message: `${where} dateline "${dl.text}" has a Hijri date, which is not converted` });
  } else if (dl.month !== null && dl.day !== null) {
    const base = anchor ?? ctx.referenceDay;
    if (dl.year !== null) date = isValidDay(dl.year, dl.month, dl.day) ? isoDate(dl.year, dl.month, dl.day) : null;
    else if (base) date = closestYear(dl.month, dl.day, base);
    if (date === null) {
      warnings.push({
        code: "DATE_YEAR_UNKNOWN",
        message: `${where} dateline "${dl.text}" has no year and the page shows no date; pass referenceDate to date it`,
      });
    }
  }
  return { text: dl.text, city: dl.city, region: dl.region, country: dl.country, date, agency: dl.agency };
}

/** The pieces sorted out in one pass: the first of each role, body and furniture in order, and each teaser's. */
interface Sorted {
  readonly firsts: Map<Piece["role"], Piece>;
  readonly body: Piece[];
  readonly furniture: Piece[];
  /** Teaser index → its pieces, in teaser order. */
  readonly teasers: Map<number, Piece[]>;
}

function sortPieces(pieces: readonly Piece[]): Sorted {
  const firsts = new Map<Piece["role"], Piece>();
  const body: Piece[] = [];
  const furniture: Piece[] = [];
  const teasers = new Map<number, Piece[]>();
  for (const p of pieces) {
    if (!firsts.has(p.role)) firsts.set(p.role, p);
    if (p.role === "body") body.push(p);
    else if (p.role === "furniture") furniture.push(p);
    if (p.teaser !== undefined) {
      const list = teasers.get(p.teaser);
      if (list) list.push(p);
      else teasers.set(p.teaser, [p]);
    }
  }
  return { firsts, body, furniture, teasers: teasers.size > 1 ? new Map([...teasers].sort((a, b) => a[0] - b[0])) : teasers };
}

function first(pieces: readonly Piece[], role: Piece["role"]): Piece | undefined {
  return pieces.find((p) => p.role === role);
}

function dayOf(p: Piece | undefined): DayParts | null {
  return p?.date ?? null;
}

/** The story, and (when spans were asked for) where each field came from. */
export interface Extracted {
  readonly story: WireStory;
  readonly sources: readonly FieldSource[] | null;
}

/**
 * Stage 10: builds the story.
 *
 * @param layout - every line's pieces
 * @param ctx - the parse context (`referenceDay`; `spans` to record sources)
 * @returns the story, not yet validated, and the field sources when `ctx.spans`
 */
export function extractStory(layout: Layout, ctx: ParseContext): Extracted {
  const { pieces } = layout;
  const warnings: Warning[] = [...layout.warnings];
  const sources: FieldSource[] | null = ctx.spans ? [] : null;
  /** Records where a value came from (only when spans are wanted). */
  const note = (path: string, piece: Piece | undefined, value: string | null = piece?.text ?? null): void => {
    if (sources && piece && value !== null) sources.push({ path, piece, value });
  };
  const noteDateline = (path: string, piece: Piece, d: Dateline): void => {
    if (!sources) return;
    note(path, piece, d.text);
    for (const key of ["city", "region", "country", "agency"] as const) note(`${path}.${key}`, piece, d[key]);
  };

  const { firsts, body, furniture, teasers: teaserPieces } = sortPieces(pieces);
  const publishedPiece = firsts.get("published");
  const updatedPiece = firsts.get("updated");
  const storyDay = dayOf(publishedPiece) ?? dayOf(updatedPiece);
  const datelinePiece = firsts.get("dateline");
  const dateline = datelinePiece ? resolveDateline(datelinePiece.dateline!, storyDay, ctx, warnings, "the story's") : null;
  if (datelinePiece && dateline) noteDateline("dateline", datelinePiece, dateline);
  const country = dateline?.country ?? null;

  const teasers: Teaser[] = [];
  for (const [n, list] of teaserPieces) {
    const headline = first(list, "teaser-headline");
    if (!headline) continue;
    const at = `moreNews.${teasers.length}`;
    const datePiece = first(list, "teaser-date");
    const dl = first(list, "teaser-dateline");
    const summary = first(list, "teaser-summary");
    const tDateline = dl ? resolveDateline(dl.dateline!, dayOf(datePiece) ?? storyDay, ctx, warnings, `teaser ${n + 1}'s`) : null;
    note(`${at}.headline`, headline);
    note(`${at}.summary`, summary);
    note(`${at}.published`, datePiece);
    if (dl && tDateline) noteDateline(`${at}.dateline`, dl, tDateline);
    teasers.push({
      headline: headline.text,
      summary: summary?.text ?? null,
      dateline: tDateline,
      published: datePiece ? storyDate(datePiece.text, datePiece.date!, tDateline?.country ?? country) : null,
    });
  }

  const headlinePiece = firsts.get("headline");
  const headline = headlinePiece?.text ?? null;
  if (headline === null) warnings.push({ code: "NO_HEADLINE", message: "no headline line was found above the story" });
  if (sources) {
    for (const role of ["section", "headline", "published", "updated", "byline", "trailer", "source"] as const) note(role, firsts.get(role));
    body.forEach((p, i) => note(`body.${i}`, p));
    furniture.forEach((p, i) => note(`furniture.${i}`, p));
  }
  const story: WireStory = {
    section: firsts.get("section")?.text ?? null,
    headline,
    published: publishedPiece ? storyDate(publishedPiece.text, publishedPiece.date!, country) : null,
    updated: updatedPiece ? storyDate(updatedPiece.text, updatedPiece.date!, country) : null,
    byline: firsts.get("byline")?.text ?? null,
    dateline,
    body: body.map((p) => p.text),
    trailer: firsts.get("trailer")?.text ?? null,
    source: firsts.get("source")?.text ?? null,
    moreNews: teasers,
    furniture: furniture.map((p) => p.text),
    warnings,
  };
  return { story, sources };
}
