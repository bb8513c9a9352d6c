/**
 * Stage 5: where the story stands on the page (SPEC.md section 4). Every line
 * gets a weight from its own shape and its neighbours' (running text weighs
 * its length; menus, notices, stamps and footers weigh against), and the
 * story is the run of lines with the highest total, pulled towards the wire
 * anchors: a run that opens with a dateline, or right under a date line or a
 * byline, gains; one that opens inside a teaser block after the story loses.
 *
 * The idea is jusText's and boilerpipe's (a line's class from shallow
 * features, revised by its neighbours), applied to page text: the best run is
 * found in one pass (a maximum-sum segment), so the stage is linear in the
 * number of lines.
 *
 * @module
 */
import { widgetControlAfter } from "../lib/edges.js";
import { isAsideKind, isContentText, opensCutParagraph, runningTextWithin } from "../lib/shape.js";
import { endsLikeSentence as endsSentence } from "../lib/text.js";
import { TEASER_CUT } from "../patterns/lines.js";
import { PROSE_FUNCTION_SHARE } from "./04-measure.js";
import type { LineFeatures, LineInfo, LineKind, LineShape, ParseContext, StoryLocation } from "../types.js";

/** One named weight, so that `explain` can say why a line counted for or against the story. */
interface Weight {
  readonly name: string;
  readonly value: number;
}

/**
 * The weights, as data. A running-text line weighs its length in characters
 * (up to `RUNNING_CAP`); every other weight is in the same unit.
 */
export const LOCATE_WEIGHTS = {
  /** Running text with prose beside it: its length. ✓ a paragraph between paragraphs. */
  runningText: 1,
  /** Running text alone between menus and stamps (a teaser summary, a promo): a third of its length, less `isolatedLoss`. */
  isolatedRunningText: 0.3,
  /** A sentence line beside prose: half its length. ✓ "The show opens to the public on Friday." */
  sentence: 0.5,
  /** A short sentence beside prose: a third of its length. ✓ "He declined to comment." */
  shortSentence: 0.3,
  /** A short sentence with no prose beside it. ✓ "Thank you for reading." between menus */
  isolatedSentence: -10,
  /** What a longer isolated line loses beyond its third: a lone sentence weighs little. */
  isolatedLoss: -20,
  /** A title, label or fragment line: menus, link lists, headings. ✓ "Sport" "Most Popular" */
  list: -30,
  /** A long line printed more than once on the page: gallery captions, repeated promos. */
  repeated: -30,
  /** Clutter, captions, credits, links, separators. ✓ "Share on WhatsApp" "(Photo: AFP)" */
  aside: -20,
  /** The third and later aside in a row: a share bar or an ad block counts as a block, not as its buttons. */
  asideInBlock: -5,
  /** Date lines, bylines, sign-offs, Source lines and time stamps: the story's edges, never its middle. */
  meta: -30,
  /** A teaser heading ("More news", "Related"): other stories follow. */
  teaserHeading: -150,
  /** The heading of a comment thread ("34 responses to ..."); what follows it weighs a fifth. */
  commentsHeading: -150,
  /** A copyright footer line: the page is ending. */
  footer: -500,
  /** HTML input: a line the markup puts in navigation, a footer, an aside or a form: a line of text there weighs against. */
  pageChrome: -40,
  /** HTML input: a line that is mostly link text (a related link, a menu item set as a paragraph). */
  linkText: -30,
  /**
   * HTML input: a title-shaped line inside the page's content block, no heading (a list item, a table
   * cell, a line of the article): part of the story's run, where elsewhere it would weigh as a list.
   */
  contentTitle: 10,
  /** HTML input: any other short line of the page's content block that is no link (a table's cell, a listicle's label). ✓ "LB" "Nintendo" */
  contentLine: -10,
  /** HTML input: a table's cell in the page's content block that is no link: a standings table, a stats sheet is the story's. ✓ "Kyle Busch" "5040" */
  contentCell: 0,
  /** Bonus for a run that opens with a dateline paragraph: "WASHINGTON (Reuters) - ...". */
  datelineStart: 200,
  /** Bonus for a run right under a date line or a byline (within four lines): the story's head. */
  headAbove: 150,
  /**
   * Penalty for a run that opens after a teaser heading that follows running text, before two
   * paragraphs in a row: a teaser's summary, not the story.
   */
  afterTeaserHeading: -300,
} as const;

/** Running text counts at most this many characters a line (one huge paragraph must not outweigh a story). */
const RUNNING_CAP = 1200;
/** Asides in a row beyond this many weigh `asideInBlock` each. */
const ASIDE_BLOCK = 2;
/** How far above a run's first line a date line or byline counts as its head. */
const HEAD_REACH = 4;
/** What prose weighs after a comment thread's heading. */
const AFTER_COMMENTS = 0.2;
/**
 * A teaser block this many lines long or longer is the page's area of other stories, not a box inside the story
 * (a "Related" box holds a few titles): prose after it weighs `AFTER_TEASER_AREA` of its weight.
 */
const TEASER_AREA_LINES = 16;
/** What prose weighs after a long teaser area. */
const AFTER_TEASER_AREA = 0.2;

/** The story's edges: date lines, bylines, Source lines and sign-offs. */
function isMetaKind(kind: LineKind): boolean {
  return kind === "date" || kind === "byline" || kind === "source" || kind === "sign-off";
}

function isProseShape(shape: LineShape): boolean {
  return shape === "running" || shape === "sentence" || shape === "short-sentence";
}

/** True when line `j` is a text line of prose (what supports a neighbour as part of a story). */
function isProse(lines: readonly LineInfo[], features: readonly LineFeatures[], j: number): boolean {
  return j >= 0 && j < lines.length && lines[j]!.kind === "text" && isProseShape(features[j]!.shape) && features[j]!.repeats === 1;
}

/**
 * True when prose stands next to line `i`: the line before or after, or the
 * one beyond a single other line (a subheading, an ad slot). A paragraph that
 * opens with a dateline starts a story of its own: no line before it
 * supports it, and it supports no line before it (teaser summaries in a row
 * are separate stories, not a story).
 */
function isSupported(lines: readonly LineInfo[], features: readonly LineFeatures[], openings: StoryOpenings, i: number): boolean {
  // Neighbours are the nearest lines that are not asides: an ad slot or a share bar between two paragraphs parts nothing.
  const before1 = stepOverAsides(lines, i - 1, -1);
  const after1 = stepOverAsides(lines, i + 1, 1);
  const proseBefore1 = isProse(lines, features, before1);
  const proseAfter1 = isProse(lines, features, after1);
  if ((proseBefore1 && !openings.at(i)) || (proseAfter1 && !openings.at(after1))) return true;
  const before2 = stepOverAsides(lines, before1 - 1, -1);
  const after2 = stepOverAsides(lines, after1 + 1, 1);
  return (!proseBefore1 && isProse(lines, features, before2) && !openings.at(i)) || (!proseAfter1 && isProse(lines, features, after2) && !openings.at(after2));
}

/**
 * True when another paragraph of running text stands near line `i`, before or after, with only titles and
 * labels between (runningTextWithin): the items of a listicle are one story, each paragraph the next one's
 * neighbour. A paragraph that opens its own story with a dateline is no neighbour, and has none.
 */
function hasRunningTextNear(lines: readonly LineInfo[], features: readonly LineFeatures[], openings: StoryOpenings, i: number): boolean {
  if (openings.at(i)) return false;
  const before = runningTextWithin(lines, features, i, -1);
  if (before >= 0 && !openings.at(before)) return true;
  const after = runningTextWithin(lines, features, i, 1);
  return after >= 0 && !openings.at(after);
}

/** How many asides in a row a neighbour may stand beyond. */
const ASIDE_REACH = 6;

/** The first index from `j` on (in `step`'s direction) that is not an aside, at most ASIDE_REACH asides away. */
function stepOverAsides(lines: readonly LineInfo[], j: number, step: 1 | -1): number {
  for (let k = 0; k < ASIDE_REACH && j >= 0 && j < lines.length && isAsideKind(lines[j]!.kind); k++) j += step;
  return j;
}

/** How far into a line a dateline's separator or credit stands, for {@link opensStory}'s first look. */
const OPENING_MARK_REACH = 60;

/** A lower-case word this long before the first mark means running text ("company", "said"); "de", "es", "of" stand in place names. */
const PARTICLE_MAX = 3;

/**
 * True when a line's head may hold a dateline: a dateline mark ( [ : _ – — or
 * a spaced hyphen) within its first characters, and before it no lower-case
 * word longer than a particle ("Rio de Janeiro", "Isle of Man"): a place, a
 * date, a credit or a byline stand there, never a sentence's words.
 */
function mayHoldDateline(t: string): boolean {
  const end = Math.min(t.length, OPENING_MARK_REACH);
  let lowerRun = 0; // letters of the current word when it opened in lower case, else -1
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x3a || c === 0x5f || c === 0x2013 || c === 0x2014) return true;
    if (c === 0x2d && (t.charCodeAt(i - 1) === 0x20 || t.charCodeAt(i + 1) === 0x20)) return true;
    if (c === 0x20) lowerRun = 0;
    else if (lowerRun >= 0) {
      if (lowerRun === 0 && !(c >= 0x61 && c <= 0x7a)) lowerRun = -1;
      else if (++lowerRun > PARTICLE_MAX) return false;
    }
  }
  return false;
}

/**
 * True when a prose line opens with a dateline: a story of its own. Only a
 * line with a capital (or "(", "*") first and a dateline mark near its start
 * ({@link mayHoldDateline}) is read by the dateline grammar.
 */
function opensStory(line: LineInfo): boolean {
  const t = line.text;
  const c = t.charCodeAt(0);
  if (!((c >= 0x41 && c <= 0x5a) || c === 0x28 || c === 0x2a || c > 0x7f)) return false;
  return mayHoldDateline(t) && line.dateline !== null;
}

/**
 * {@link opensStory} for each line of a page, read once a line: the locator asks it of a
 * paragraph up to three times (its own support, its neighbours', its run's bonus).
 */
class StoryOpenings {
  readonly #lines: readonly LineInfo[];
  /** Per line: 0 not read yet, 1 opens a story, -1 does not. */
  readonly #known: Int8Array;

  constructor(lines: readonly LineInfo[]) {
    this.#lines = lines;
    this.#known = new Int8Array(lines.length);
  }

  /** True when line `i` opens a story. */
  at(i: number): boolean {
    let known = this.#known[i]!;
    if (known === 0) this.#known[i] = known = opensStory(this.#lines[i]!) ? 1 : -1;
    return known > 0;
  }
}

/**
 * True when line `i` stands where a story's headline does: right over a date line or a byline (asides
 * aside), with no prose right above it. A headline in a sentence's shape ("Crews free a trapped whale:
 * \"She's swimming!\"") weighs as the title it is, not as the story's first line: on a page that stops
 * before the story's text, it had been the story.
 * ✓ "Crews free a trapped whale: \"She's swimming!\"" over "Updated on: June 20, 2024" ✗ a paragraph's last sentence over a stamp
 */
function isHeadTitle(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  const below = lines[stepOverAsides(lines, i + 1, 1)];
  if (below === undefined || (below.kind !== "date" && below.kind !== "byline")) return false;
  return !isProse(lines, features, stepOverAsides(lines, i - 1, -1));
}

/** A paragraph cut short under the head has at least this many words. */
const CUT_UNDER_HEAD_WORDS = 6;

/**
 * True when line `i` is the page's last, stops mid-sentence, reads as prose (CUT_UNDER_HEAD_WORDS words or
 * more, opening with a capital, function words among them) and stands under the head: a date line or a byline
 * within HEAD_REACH lines above (asides aside, no prose between), right under a title or a standfirst. The story's first
 * paragraph on a page cut short before its sentence's end (a crawler's byte cap, a preview of a page's first
 * characters) with no dateline to say so ({@link opensCutParagraph} reads the wire's).
 * ✓ "Police released dramatic video showing the rescue of" (last line) under "Girl rescued" / "June 20, 2024"
 */
function isCutUnderHead(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  const line = lines[i]!;
  const f = features[i]!;
  // (The callers ask only of text lines.)
  if (i !== lines.length - 1 || f.words < CUT_UNDER_HEAD_WORDS || f.functionShare < PROSE_FUNCTION_SHARE || endsSentence(line.text)) return false;
  const c = line.text.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return false;
  const meta = headAbove(lines, features, i, false);
  const title = meta < 0 ? -1 : stepOverAsides(lines, meta - 1, -1);
  return title >= 0 && lines[title]!.kind === "text" && features[title]!.shape !== "label";
}

/** HTML input: a title-shaped line of the page's content block that is no heading (a list item, a table cell, a short line of the article). */
function isContentTitle(features: readonly LineFeatures[], i: number): boolean {
  const f = features[i]!;
  return f.inContent && f.shape === "title" && f.heading === 0;
}

/**
 * True when the line before line `i` (asides aside) is prose, a content title or a subheading of the
 * content block: a content title goes on a story or a list under its subheading, it never opens a story
 * (the title over an article set in a plain block stays out of its run).
 */
function continuesContent(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  const j = stepOverAsides(lines, i - 1, -1);
  if (j < 0) return false;
  const f = features[j]!;
  return isProse(lines, features, j) || (lines[j]!.kind === "text" && f.inContent && (f.heading > 1 || isContentTitle(features, j)));
}

/** The weights that do not depend on a line's length, made once (weighing a line allocates nothing for them). */
const FIXED = {
  footer: { name: "footer", value: LOCATE_WEIGHTS.footer },
  commentsHeading: { name: "comments-heading", value: LOCATE_WEIGHTS.commentsHeading },
  teaserHeading: { name: "teaser-heading", value: LOCATE_WEIGHTS.teaserHeading },
  meta: { name: "meta", value: LOCATE_WEIGHTS.meta },
  contentCell: { name: "content-cell", value: LOCATE_WEIGHTS.contentCell },
  aside: { name: "aside", value: LOCATE_WEIGHTS.aside },
  asideInBlock: { name: "aside-in-block", value: LOCATE_WEIGHTS.asideInBlock },
  pageChrome: { name: "page-chrome", value: LOCATE_WEIGHTS.pageChrome },
  linkText: { name: "link-text", value: LOCATE_WEIGHTS.linkText },
  contentTitle: { name: "content-title", value: LOCATE_WEIGHTS.contentTitle },
  contentLine: { name: "content-line", value: LOCATE_WEIGHTS.contentLine },
  list: { name: "list", value: LOCATE_WEIGHTS.list },
  headTitle: { name: "head-title", value: LOCATE_WEIGHTS.list },
  repeated: { name: "repeated", value: LOCATE_WEIGHTS.repeated },
  isolatedSentence: { name: "isolated-sentence", value: LOCATE_WEIGHTS.isolatedSentence },
} as const satisfies Record<string, Weight>;

/** The weight of line `i` by itself and beside its neighbours. */
function weigh(lines: readonly LineInfo[], features: readonly LineFeatures[], openings: StoryOpenings, i: number): Weight {
  const line = lines[i]!;
  const f = features[i]!;
  const W = LOCATE_WEIGHTS;
  if (f.landmark === "footer") return FIXED.footer;
  if (f.landmark === "comments") return FIXED.commentsHeading;
  if (line.kind === "heading") return FIXED.teaserHeading;
  if (isMetaKind(line.kind) || f.landmark === "stamp") return FIXED.meta;
  // (A table's cells in the content block are the story's, numbers included.)
  if (f.cell && isContentText(f) && !isProseShape(f.shape)) return FIXED.contentCell;
  if (isAsideKind(line.kind) || line.kind !== "text") return FIXED.aside;
  if (f.pageChrome) return FIXED.pageChrome;
  if (f.linked) return FIXED.linkText;
  if (!isProseShape(f.shape)) {
    if (isCutUnderHead(lines, features, i)) return { name: "cut-under-head", value: line.text.length * W.sentence };
    // (A teaser's summary cut short, "Two people have been diagnosed with the plague,...", is no line of the story's.)
    if (isContentTitle(features, i) && continuesContent(lines, features, i) && !TEASER_CUT.test(line.text)) return FIXED.contentTitle;
    return f.inContent && f.heading === 0 ? FIXED.contentLine : FIXED.list;
  }
  if (f.repeats > 1) return FIXED.repeated;
  if (f.shape !== "running" && isHeadTitle(lines, features, i)) return FIXED.headTitle;
  const supported = isSupported(lines, features, openings, i);
  const chars = line.text.length;
  switch (f.shape) {
    case "running":
      return supported || hasRunningTextNear(lines, features, openings, i)
        ? { name: "running-text", value: Math.min(chars, RUNNING_CAP) * W.runningText }
        : { name: "isolated-running-text", value: Math.min(chars, RUNNING_CAP) * W.isolatedRunningText + W.isolatedLoss };
    case "sentence":
      return supported ? { name: "sentence", value: chars * W.sentence } : { name: "isolated-sentence", value: chars * W.isolatedRunningText + W.isolatedLoss };
    default:
      return supported ? { name: "short-sentence", value: chars * W.shortSentence } : FIXED.isolatedSentence;
  }
}

/** The bonus or penalty for a run that opens at line `i` (bonuses only where a prose line, or a content title of an HTML page, opens it). */
function startBonus(lines: readonly LineInfo[], features: readonly LineFeatures[], openings: StoryOpenings, i: number, afterTeasers: boolean): number {
  let bonus = afterTeasers ? LOCATE_WEIGHTS.afterTeaserHeading : 0;
  const prose = isProseShape(features[i]!.shape);
  // (The page's last line may be the story's first paragraph, cut short by a length limit: its dateline still opens the story.)
  if (lines[i]!.kind !== "text" || !(prose || isContentTitle(features, i) || opensCutParagraph(lines, i) || isCutUnderHead(lines, features, i))) return bonus;
  if (openings.at(i)) bonus += LOCATE_WEIGHTS.datelineStart;
  // A short sentence right over a teaser heading is a promo's lede under the head ("The best deals of the
  // week." over "Read More"), not the story's first paragraph (running text, or its dateline paragraph, is):
  // the head's bonus goes to the prose after the box.
  if (bonus === 0 && features[i]!.shape !== "running" && lines[stepOverAsides(lines, i + 1, 1)]?.kind === "heading") return bonus;
  // Among teasers (a paragraph with no paragraph after it, under a teaser heading), the date line above is a
  // teaser's own, not the story's head.
  if (afterTeasers) return bonus;
  // (HTML input: the page's first-level heading heads a story of lists or tables, which has no byline to open under.)
  return headAbove(lines, features, i, !prose) >= 0 ? bonus + LOCATE_WEIGHTS.headAbove : bonus;
}

/**
 * The head's date line or byline above line `i` (or, with `firstLevelHeading`, an HTML page's first-level heading):
 * up to HEAD_REACH lines back, asides not counted (a share bar of eight buttons is one thing between), and no teaser
 * heading or prose between. -1 when there is none.
 */
function headAbove(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number, firstLevelHeading: boolean): number {
  for (let j = i - 1, seen = 0; j >= 0 && seen < HEAD_REACH; j--) {
    const kind = lines[j]!.kind;
    if (isAsideKind(kind)) continue;
    seen++;
    if (kind === "date" || kind === "byline" || (firstLevelHeading && features[j]!.heading === 1)) return j;
    if (kind === "heading" || isProse(lines, features, j)) return -1;
  }
  return -1;
}

/**
 * Stage 5: finds the best run of story lines.
 *
 * @param lines - classified lines
 * @param features - output of `measureLines`
 * @param ctx - the parse context (evidence is noted when `explain` is on)
 * @returns the run's first and last line, or `start: -1` when no line of running text stands on the page
 * @example
 * ```ts
 * locateStory(lines, features, ctx) //=> { start: 112, end: 129, score: 4870 }
 * ```
 */
export function locateStory(lines: readonly LineInfo[], features: readonly LineFeatures[], ctx: ParseContext): StoryLocation {
  const note = ctx.evidence;
  const openings = new StoryOpenings(lines);
  const weights: number[] = new Array(lines.length);
  /** Each line's bonus as a run's first line, teaser state and all (the segments of a split run open with theirs). */
  const bonuses: number[] = new Array(lines.length);
  /** Which lines stand among teasers: after a teaser heading that follows prose, before two paragraphs in a row. */
  const amongTeasers: boolean[] = new Array(lines.length);
  let prefix = 0; // sum of the weights before line i
  let bestOpen = -Infinity; // the best (bonus - prefix) of a start so far
  let bestOpenAt = 0;
  let best = 0;
  let start = -1;
  let end = -1;
  let damp = 1;
  let sawProse = false;
  /** Prose that weighed for a story was seen (sawProse counts a lone sentence between menus too). */
  let sawStoryProse = false;
  let afterTeasers = false;
  let teaserLines = 0; // lines since the teaser heading that last set afterTeasers (read only while it is set)
  let asides = 0;
  for (let i = 0; i < lines.length; i++) {
    // A teaser heading under prose opens a teaser block, and a run that opens at the heading itself opens among teasers.
    if (lines[i]!.kind === "heading" && sawProse && !afterTeasers) {
      afterTeasers = true;
      teaserLines = 0;
    }
    // Two paragraphs in a row after a teaser block (asides between them part nothing): running text again, no teaser.
    // After a long teaser area (the page's lists of other stories), that text is another part of the page: it weighs little.
    if (afterTeasers && isProse(lines, features, i) && isProse(lines, features, stepOverAsides(lines, i + 1, 1))) {
      afterTeasers = false;
      if (teaserLines >= TEASER_AREA_LINES) damp = AFTER_TEASER_AREA;
    }
    teaserLines++;
    let weight = weigh(lines, features, openings, i);
    // A block of clutter (a share bar of eight buttons, an ad slot) weighs as a few lines: stories carry them inside.
    asides = weight.name === "aside" ? asides + 1 : 0;
    if (asides > ASIDE_BLOCK) weight = FIXED.asideInBlock;
    // A comment thread below the story: what follows weighs little (a "Comments" menu item above it changes nothing).
    // (A comment count in the page's header, above any prose of a story, damps nothing.)
    if (weight.name === "comments-heading" && sawStoryProse) damp = AFTER_COMMENTS;
    const value = weight.value > 0 ? weight.value * damp : weight.value;
    weights[i] = value;
    note?.(i, weight.name, value);
    const bonus = startBonus(lines, features, openings, i, afterTeasers);
    bonuses[i] = bonus;
    amongTeasers[i] = afterTeasers;
    if (bonus - prefix > bestOpen) {
      bestOpen = bonus - prefix;
      bestOpenAt = i;
    }
    prefix += value;
    if (prefix + bestOpen > best) {
      best = prefix + bestOpen;
      start = bestOpenAt;
      end = i;
    }
    if (lines[i]!.kind === "text" && isProseShape(features[i]!.shape)) {
      sawProse = true;
      // (A short sentence alone between menus, a prompt's or a widget's, weighs against the story: no story's prose.)
      if (value > 0) sawStoryProse = true;
    }
  }
  if (start < 0) return { start, end, score: best };
  const first = firstStoryOfListing(lines, features, openings, weights, { start, end, score: best });
  const run = pullThroughContent(lines, features, pullToSignOff(lines, features, first.start === start ? firstWeightySegment(lines, weights, bonuses, amongTeasers, start, end) : first, note), note);
  if (first.start !== start) note?.(first.start, "listing-first-story", first.score);
  if (note) {
    if (first.start === start && run.start !== start) note(run.start, "run-split-at-sign-off", 0);
    const bonus = bonuses[run.start]!;
    if (bonus !== 0) note(run.start, "run-start", bonus);
    // (Why a line with no sentence's shape opens the story: the page stops inside it.)
    if (opensCutParagraph(lines, run.start)) note(run.start, "cut-paragraph", 0);
  }
  return run;
}

/**
 * On a listing page (several stories, each opening with its dateline) the
 * story is the page's first one: an earlier run that opens with a dateline
 * and weighs at least a third of the best run wins over it. A teaser's summary
 * never weighs that much against a real story.
 */
function firstStoryOfListing(lines: readonly LineInfo[], features: readonly LineFeatures[], openings: StoryOpenings, weights: readonly number[], best: StoryLocation): StoryLocation {
  for (let s = 0; s < best.start; s++) {
    if (!isProse(lines, features, s) || !openings.at(s)) continue;
    let sum = startBonus(lines, features, openings, s, false);
    let top = -Infinity;
    let topEnd = s;
    for (let e = s; e < best.start; e++) {
      sum += weights[e]!;
      if (sum > top) {
        top = sum;
        topEnd = e;
      }
    }
    if (top >= best.score * SEGMENT_SHARE) return { start: s, end: topEnd, score: top };
  }
  return best;
}

/**
 * HTML input: a run that ends inside the page's content block ends with the block's last paragraph
 * of prose. A story set with tables, lists or short lines between its paragraphs (a stats sheet,
 * a listicle) is one story, as the page's markup says.
 */
function pullThroughContent(lines: readonly LineInfo[], features: readonly LineFeatures[], run: StoryLocation, note: ParseContext["evidence"]): StoryLocation {
  if (run.end < 0 || !features[run.end]!.inContent) return run;
  let last = run.end;
  let paragraphs = 0;
  for (let j = run.end + 1; j < features.length && features[j]!.inContent; j++) {
    const f = features[j]!;
    // A comment thread, a footer or a teaser block inside the same container ends the story all the same.
    if (f.landmark === "comments" || f.landmark === "footer" || lines[j]!.kind === "heading") break;
    if (!f.pageChrome && !f.linked && isProse(lines, features, j)) {
      last = j;
      paragraphs++;
    }
  }
  // (One paragraph past a gallery or a box is a note as often as the story's: the run's own evidence stands.)
  if (paragraphs < CONTENT_PULL_PARAGRAPHS) return run;
  note?.(run.end + 1, "run-pulled-through-content", 0);
  return { ...run, end: last };
}

/** How many paragraphs of prose the content block must hold past a run's end to pull the run through it. */
const CONTENT_PULL_PARAGRAPHS = 2;

/** How many lines may stand between a run's last line and the sign-off or Source line that closes the story. */
const SIGN_OFF_REACH = 3;

/**
 * Pulls the run's end to the sign-off or Source line that closes the story
 * when only a few paragraphs that end like sentences stand between, and
 * widgets set inside the story (widgetControlAfter): a table set as a
 * paragraph ("Holland 2,444,260 (2,234,049), Belgium ..., the board added.")
 * or a paragraph under a chart's box is still the story's when the sign-off
 * follows it.
 */
function pullToSignOff(lines: readonly LineInfo[], features: readonly LineFeatures[], run: StoryLocation, note: ParseContext["evidence"]): StoryLocation {
  for (let j = run.end + 1, texts = 0; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "sign-off" || line.kind === "source") {
      if (j > run.end + 1) note?.(run.end + 1, "run-pulled-to-sign-off", 0);
      return j > run.end + 1 ? { ...run, end: j - 1 } : run;
    }
    if (isAsideKind(line.kind)) continue;
    if (line.kind !== "text" || ++texts > SIGN_OFF_REACH) return run;
    if (endsSentence(line.text)) continue;
    // A widget set inside the story (a chart's title and its hint over "Download the data ›") is stepped over.
    const control = widgetControlAfter(lines, features, j);
    if (control < 0) return run;
    j = control;
  }
  return run;
}

/** A segment of a run weighs at least this share of the run's heaviest segment to be the story. */
const SEGMENT_SHARE = 1 / 3;

/**
 * A sign-off or a Source line ends a story: when one stands inside the best
 * run, the run holds several stories (a listing page) or a story after a box
 * (a fact-check's claim, a promo). The story is the first segment that weighs
 * at least a third of the heaviest: the page's first story on a listing, the
 * long story after a short box. A segment that opens among teasers (after
 * "More news" under the story) is no story while another segment is: however
 * long their summaries, teasers do not outweigh the story above them.
 */
function firstWeightySegment(lines: readonly LineInfo[], weights: readonly number[], bonuses: readonly number[], amongTeasers: readonly boolean[], start: number, end: number): StoryLocation {
  const segments: StoryLocation[] = [];
  let from = start;
  let sum = bonuses[start]!;
  for (let i = start; i <= end; i++) {
    sum += weights[i]!;
    const kind = lines[i]!.kind;
    if ((kind === "sign-off" || kind === "source") && i < end) {
      segments.push({ start: from, end: i, score: sum });
      // The next segment opens at its first line that counts for a story.
      from = i + 1;
      while (from < end && weights[from]! <= 0 && !lines[from]!.dateline) from++;
      // (After a teaser heading, a segment's bonus is a teaser's penalty, as in the run's own search.)
      sum = bonuses[from]!;
      i = from - 1;
    }
  }
  segments.push({ start: from, end, score: sum });
  const stories = segments.filter((s) => !amongTeasers[s.start]);
  const candidates = stories.length > 0 ? stories : segments;
  if (candidates.length === 1) return candidates[0]!;
  const heaviest = Math.max(...candidates.map((s) => s.score));
  return candidates.find((s) => s.score >= heaviest * SEGMENT_SHARE)!;
}
