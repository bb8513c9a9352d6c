/**
 * Stage 8: what follows the story (SPEC.md sections 7–9): the Source line, a
 * late sign-off or byline, and teaser blocks. A block opens at a heading
 * recognised by its structure (a short line followed by headline groups) or
 * by name, or with no heading where the next story of a listing page starts.
 * A teaser is a headline with any of a date line, a summary paragraph (its
 * dateline split off) and a link line, in any order. Menus, tag lists and
 * account links are never teasers; after a copyright footer or a comment
 * thread's heading nothing is.
 *
 * @module
 */
import { opensNextStory, opensTeaserBlock } from "../lib/edges.js";
import { hasWebAddress, isCreditShaped, isHeadlineLike, isNameOnly, isParagraphLike, opensParagraph, skipAsides } from "../lib/shape.js";
import { hasLinkMark, isCallToAction, isDigit } from "../lib/text.js";
import { NAV_WORDS } from "../data/clutter.js";
import { LETTER, PROMO_LINE, SPONSOR_CREDIT } from "../patterns/lines.js";
import type { BodyLayout, LineFeatures, LineInfo, ParseContext, Piece } from "../types.js";

interface TeaserState {
  index: number;
  headline: string;
  summary: boolean;
  date: boolean;
  /** The teaser's last line so far: its summary stands right under it, with nothing between. */
  last: number;
}

/** True when a name-shaped line holds a word of site navigation ("Complaints Policy", "Press Council Code"): no reporter's name. */
function hasNavWord(text: string): boolean {
  return text.split(" ").some((w) => NAV_WORDS.has(w.toLowerCase()));
}

/** A teaser headline has at least this many words: shorter lines are menu items, tags and account links. */
const TEASER_WORDS = 3;
/** ... and at least this many of them open with a letter: a quote's values ("₦28.96 ▲ 2.29%") are no title. */
const TEASER_LETTER_WORDS = 2;

/**
 * True when a line opens with a clock time ("18:30 · World Report", "9:00 Morning news"): a schedule's entry (a TV
 * guide, a radio's programme, an event calendar), never another story's title.
 */
function opensWithClockTime(text: string): boolean {
  // (Every read stays inside the line: a read past a string's end deoptimises a function.)
  if (text.length < 4 || !isDigit(text.charCodeAt(0))) return false;
  const colon = text.charCodeAt(1) === 0x3a ? 1 : text.charCodeAt(2) === 0x3a ? 2 : -1;
  if (colon < 0 || colon + 2 >= text.length) return false;
  return isDigit(text.charCodeAt(colon - 1)) && isDigit(text.charCodeAt(colon + 1)) && isDigit(text.charCodeAt(colon + 2)) && (colon + 3 === text.length || !isDigit(text.charCodeAt(colon + 3)));
}

/** How many of a line's words open with a letter, counted up to `enough`. */
function letterWords(text: string, enough: number): number {
  let n = 0;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: bounds for speed only: past the line's end charAt gives "", no letter; counting on past `enough` changes no comparison with it
  for (let start = 0; start < text.length && n < enough; ) {
    const space = text.indexOf(" ", start);
    if (LETTER.test(text.charAt(start))) n++;
    // Stryker disable next-line EqualityOperator: a line never opens with a space (segmentLines trims it)
    if (space < 0) break;
    start = space + 1;
  }
  return n;
}

/**
 * True when a line may be another story's title in a teaser block: a
 * headline shape, three words or more (two with letters), not a menu item, a call to action, a
 * promotion, a credit, a web address or a landmark (SPEC.md section 9: menus,
 * footer links, tag lists and account links are never teasers).
 */
function isTeaserHeadline(line: LineInfo, f: LineFeatures): boolean {
  const t = line.text;
  return (
    line.kind === "text" && !opensWithClockTime(t) && isHeadlineLike(t) && f.words >= TEASER_WORDS && letterWords(t, TEASER_LETTER_WORDS) >= TEASER_LETTER_WORDS && f.labelRun < MENU_RUN && f.landmark === null &&
    !isCallToAction(t) && !PROMO_LINE.test(t) && !hasLinkMark(t) && !isCreditShaped(t) && !hasWebAddress(t)
  );
}

/**
 * True when what follows the title at line `i` (asides, a link line among
 * them, aside) makes a headline group: its date line or summary paragraph,
 * or another title (in a list of
 * headline-only teasers: `headlineList`, under a heading a teaser list is
 * known by or after another title).
 */
function hasGroupAfter(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number, knownHeading: boolean, headlineList: boolean): boolean {
  const j = skipAsides(lines, i + 1);
  const next = lines[j];
  // The page's last title: a teaser only right under its known heading.
  if (!next || features[j]!.landmark === "footer") return knownHeading && lines[i - 1]?.kind === "heading";
  // (A link line is an aside: skipAsides went past it, to what stands under it.)
  if (next.kind === "date") return true;
  if (next.kind !== "text") return false;
  const shape = features[j]!.shape;
  // A summary right under the title (a share line between them parts it from the title, as it does below a date line).
  if ((shape === "running" || shape === "sentence" || shape === "short-sentence") && !PROMO_LINE.test(next.text) && !isCallToAction(next.text)) return j === i + 1;
  return headlineList && (knownHeading || isTeaserHeadline(lines[i - 1] ?? next, features[i - 1] ?? features[j]!)) && isTeaserHeadline(next, features[j]!);
}

/**
 * True when the line right under line `i`, or the one after a line of text under it, is a button with an
 * arrow ("Donar ›", "Book your seat ›") or a sponsor's credit ("HealthyLiving Today | Promoted"): line `i`
 * is a promotion's title, maybe with its one line of pitch ("Support independent journalism" / "Give from
 * $5 a month." / "Donate ›"). A bare "Sponsored" or "Advertisement" label says less: ad slots print it above
 * themselves, so it may stand under a real teaser; a link line ("Continue reading →") is a teaser's own, and so is a
 * summary (running text, or a paragraph that opens with a dateline) with another widget's button under it.
 */
function overButton(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  for (let j = i + 1; j <= i + PITCH_LINES + 1; j++) {
    const next = lines[j];
    if (next === undefined) return false;
    // (A copyright line's "©" is no button's mark.)
    if (next.text.length <= BUTTON_CHARS && features[j]!.landmark !== "footer" && ((next.kind === "clutter" && hasLinkMark(next.text)) || SPONSOR_CREDIT.test(next.text))) return true;
    // A pitch is a sentence, and no teaser's summary: no running text, no dateline (another widget's button may
    // follow a real teaser); a title under the title is the next teaser of a list.
    const shape = features[j]!.shape;
    if (next.kind !== "text" || (shape !== "sentence" && shape !== "short-sentence") || next.dateline !== null) return false;
  }
  return false;
}

/** A promotion prints at most this many lines of pitch between its title and its button. */
const PITCH_LINES = 1;

/** A button's label is at most this long. */
const BUTTON_CHARS = 80;

/** A run of this many label lines is a menu. */
const MENU_RUN = 3;

/**
 * Stage 8: lays out the tail of the page.
 *
 * @param lines - classified lines
 * @param features - output of `measureLines`
 * @param body - output of `layoutBody`
 * @param ctx - the parse context
 * @returns the tail's pieces
 */
export function layoutTail(lines: readonly LineInfo[], features: readonly LineFeatures[], body: BodyLayout, ctx: ParseContext): Piece[] {
  const pieces: Piece[] = [];
  let inBlock = false;
  /** Once a teaser block has been seen, a name alone is page furniture (a masthead), not the byline. */
  let sawBlock = false;
  /** After a copyright footer or a comment thread's heading, nothing is a teaser. */
  let closed = false;
  let teaser: TeaserState | null = null;
  let count = 0;
  /** Only the first text line after the story may be its reporter's name printed alone. */
  let firstText = true;
  /** The current block opened under a heading a teaser list is known by ("More news", "Related"). */
  let knownHeading = false;
  const furniture = (i: number): void => void pieces.push({ role: "furniture", text: lines[i]!.text, line: i });

  for (let i = body.tailStart; i < lines.length; i++) {
    const line = lines[i]!;
    const f = features[i]!;
    if (f.landmark === "footer" || f.landmark === "comments") {
      if (!closed) ctx.evidence?.(i, `tail:${f.landmark}-closes-teasers`, 0);
      closed = true;
    }
    if (closed) {
      furniture(i);
      continue;
    }
    switch (line.kind) {
      case "source":
        pieces.push({ role: "source", text: line.value!, line: i, raw: line.text });
        break;
      // The story's own sign-off and byline stand before any teaser block: one inside a block, or
      // after a block that a menu ended or a placeholder emptied, belongs to what the block listed.
      case "sign-off":
        if (sawBlock) furniture(i);
        else pieces.push({ role: "trailer", text: line.text, line: i });
        break;
      case "byline":
        if (sawBlock) furniture(i);
        else pieces.push({ role: "byline", text: line.value!, line: i, raw: line.text });
        break;
      case "heading":
        furniture(i);
        inBlock = sawBlock = true;
        knownHeading = true;
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
          teaser.last = i;
        } else furniture(i);
        break;
      case "text": {
        if (!inBlock) {
          if (opensTeaserBlock(lines, i)) {
            furniture(i);
            inBlock = sawBlock = true;
            knownHeading = false;
            teaser = null;
            break;
          }
          if (!opensNextStory(lines, i)) {
            if (firstText && !sawBlock && isNameOnly(line.text) && !hasNavWord(line.text)) pieces.push({ role: "byline", text: line.text, line: i });
            else furniture(i);
            firstText = false;
            break;
          }
          inBlock = sawBlock = true;
        }
        const dl = teaser && !teaser.summary ? line.dateline : null;
        const opens = dl !== null && dl.rest !== "" && opensParagraph(dl, lines[i + 1]?.text);
        if (teaser && !teaser.summary && teaser.last === i - 1 && (isParagraphLike(line.text) || opens)) {
          const own = opens ? dl : null;
          if (own) pieces.push({ role: "teaser-dateline", text: own.text, line: i, teaser: teaser.index, dateline: own });
          if (own?.prefix) pieces.push({ role: "furniture", text: own.prefix, line: i });
          const summary = own ? own.rest : line.text;
          // (Never "": a dateline opens a summary only with text after it.)
          pieces.push({ role: "teaser-summary", text: summary, line: i, teaser: teaser.index });
          teaser.summary = true;
        } else if (
          isTeaserHeadline(line, f) &&
          !overButton(lines, features, i) &&
          ((knownHeading && teaser !== null && !teaser.summary && !teaser.date) || hasGroupAfter(lines, features, i, knownHeading, teaser === null || (!teaser.summary && !teaser.date)))
        ) {
          const repeat = teaser && !teaser.summary && !teaser.date && teaser.headline === line.text;
          if (repeat) furniture(i);
          else {
            teaser = { index: count++, headline: line.text, summary: false, date: false, last: i };
            pieces.push({ role: "teaser-headline", text: line.text, line: i, teaser: teaser.index });
          }
        } else {
          // A menu, a tag list or an account link ends the block.
          if (isHeadlineLike(line.text)) {
            inBlock = false;
            teaser = null;
          }
          furniture(i);
        }
        break;
      }
      default:
        furniture(i);
    }
  }
  return pieces;
}
