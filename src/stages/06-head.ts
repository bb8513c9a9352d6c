/**
 * Stage 6: the head of the story (SPEC.md section 4). Where the body opens
 * (the located run's dateline paragraph, or its first line), which line above
 * it is the headline (scored by the rules of src/rules/headline.ts), the
 * section label right above the headline, and the date lines and bylines of
 * the head. Every other line above the story is furniture.
 *
 * A page with no running text at all (a short story, a brief) is read by
 * position instead: the body opens at the first dateline paragraph among the
 * first few blocks, or right after the headline.
 *
 * @module
 */
import { AGENCIES } from "../data/agencies.js";
import { CREDIT_PREFIXES, SECTION_LABELS } from "../data/clutter.js";
import { isSureDateline } from "../lib/dateline.js";
import { isCaptionLike, isNameOnly, isParagraphLike, isRunningText, isSectionLabel, opensCutParagraph, opensParagraph, skipAsides } from "../lib/shape.js";
import { clutterKey, endsLikeSentence, hasLinkMark, isCallToAction } from "../lib/text.js";
import { splitGluedTrailer } from "../lib/trailer.js";
import { AUTHOR_LABEL, BYLINE_LINE, LOWER_START, PAGE_TITLE_SPLIT, PROMO_LINE, SECTION_PATH } from "../patterns/lines.js";
import { foldTitle, HEADLINE_MARGIN, HEADLINE_MIN_SCORE, OWN_RULES, PLACE_RULES, underTeaserHeading, type HeadlineCandidate, type HeadlineRule } from "../rules/headline.js";
import type { DatelineParse, HeadLayout, LineFeatures, LineInfo, PageMetadata, ParseContext, Piece, StoryLocation, Warning } from "../types.js";


/** A line this short may be a dateline standing alone ("Mumbai, August 21"). */
const SHORT_DATELINE = 48;
/** How many text lines may stand between the top of a page without running text and its dateline paragraph. */
const MAX_PRE_BODY_BLOCKS = 8;
/** How many lines above the story are searched for its headline. */
const HEAD_WINDOW = 40;
/** Date lines and bylines this far above the headline still belong to the head ("Updated 2 hours ago" above it). */
const DATE_ABOVE = 3;
/** A byline may stand this many lines above the headline ("By Jane Doe" over the title). */
const BYLINE_ABOVE = 2;
/** Without a headline, date lines and bylines this far above the story belong to its head. */
const HEAD_ZONE = 8;
/** How many lines above the located run a dateline paragraph may stand (a short first paragraph, a lone dateline). */
const OPENING_REACH = 2;

/** A line this short above a dateline paragraph may be a standfirst or a pull quote, not the story's first paragraph. */
const STANDFIRST_CHARS = 300;

/** The story's opening: its first body line and the dateline that opens it. */
interface Opening {
  readonly index: number;
  readonly dateline: DatelineParse | null;
}

/** The dateline line `i` opens the story with, or null. */
function openingDateline(lines: readonly LineInfo[], i: number): DatelineParse | null {
  const line = lines[i];
  if (!line || (line.kind !== "text" && line.kind !== "credit")) return null;
  const dl = line.dateline;
  if (!dl) return null;
  const j = skipAsides(lines, i + 1);
  const next = lines[j]?.kind === "text" ? lines[j]!.text : undefined;
  if (opensParagraph(dl, next) || opensCutParagraph(lines, i)) return dl;
  // A dateline may open a short first paragraph (a subtitle) when running text follows.
  return dl.rest !== "" && next !== undefined && isParagraphLike(next) && isSureDateline(dl) ? dl : null;
}

/**
 * The opening of a located story: the run's first line when it opens with a
 * dateline; else a dateline line just above it (a lone "Mumbai, August 21",
 * a short first paragraph, a credit with a dateline glued to it); else the
 * run's second line when it opens with a sure dateline (the first was a
 * standfirst); else the run's first line.
 */
function findOpening(lines: readonly LineInfo[], features: readonly LineFeatures[], start: number, end: number): Opening {
  const own = openingDateline(lines, start);
  if (own) return { index: start, dateline: own };
  for (let j = start - 1, seen = 0; j >= 0 && seen < OPENING_REACH; j--) {
    const kind = lines[j]!.kind;
    if (kind !== "text" && kind !== "credit") {
      if (kind === "separator" || kind === "clutter" || kind === "caption" || kind === "link") continue;
      break;
    }
    seen++;
    const dl = openingDateline(lines, j);
    if (dl) return { index: j, dateline: dl };
  }
  const second = skipAsides(lines, start + 1);
  const dl = second < lines.length ? openingDateline(lines, second) : null;
  if (dl && isSureDateline(dl) && lines[start]!.text.length <= STANDFIRST_CHARS) return { index: second, dateline: dl };
  // A photo's caption over its credit line ("Sanjeev Verma/Hindustan Times/Getty Images") at the run's
  // start: the story opens under the credit (a paragraph of running text is never a caption).
  const credit = start + 1;
  if (credit < end && lines[credit]!.kind === "caption" && lines[start]!.kind === "text" && features[start]!.shape !== "running") {
    const after = skipAsides(lines, credit + 1);
    if (after <= end && lines[after]!.kind === "text" && isParagraphLike(lines[after]!.text)) return { index: after, dateline: openingDateline(lines, after) };
  }
  // A photo's caption with its agency's credit glued on ("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019.
  // (AP)") at the run's start, over a paragraph of running text: a story does not end before it begins.
  // (A story located past the last line, a page that is all head, has no first line.)
  const first = lines[start];
  if (first?.kind === "text" && features[start]!.shape !== "running" && first.text.length <= GLUED_CAPTION_CHARS && splitGluedTrailer(first.text).trailer !== null) {
    const after = skipAsides(lines, start + 1);
    if (after <= end && lines[after]!.kind === "text" && features[after]!.shape === "running") return { index: after, dateline: openingDateline(lines, after) };
  }
  // A byline or a date line among the run's first lines closes the head: the story opens under it
  // (what stands above it is a caption or a standfirst). Not past the run, nor past a teaser heading.
  for (let j = start + 1; j <= Math.min(end, start + BYLINE_REACH) && j < lines.length; j++) {
    if (lines[j]!.kind === "heading") break;
    if (lines[j]!.kind !== "byline" && lines[j]!.kind !== "date") continue;
    const after = skipAsides(lines, j + 1);
    if (after < lines.length && lines[after]!.kind === "text") return { index: after, dateline: openingDateline(lines, after) };
  }
  return { index: start, dateline: null };
}

/** A caption with its credit glued on is at most this long. */
const GLUED_CAPTION_CHARS = 200;

/** How far into a located run a byline or date line still belongs to the head. */
const BYLINE_REACH = 3;

/** Finds the dateline paragraph among the first few blocks (pages without running text). */
function findDatelineParagraph(lines: readonly LineInfo[]): Opening | null {
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

/**
 * Without a dateline the body starts right after the headline (and the
 * section above it). A page whose first text is already a sentence of
 * running text has no headline.
 */
function findFirstParagraph(lines: readonly LineInfo[], features: readonly LineFeatures[]): number {
  const texts: number[] = [];
  for (let i = 0; i < lines.length && texts.length < 3; i++) {
    const kind = lines[i]!.kind;
    if (kind === "text" || kind === "heading") texts.push(i);
  }
  if (texts.length === 0) return lines.length;
  const first = lines[texts[0]!]!.text;
  if (isRunningText(first)) return texts[0]!;
  if (texts.length === 3 && isSectionLabel(first) && !isRunningText(lines[texts[1]!]!.text)) return belowHeadMeta(lines, features, texts[2]!);
  return texts[1] === undefined ? lines.length : belowHeadMeta(lines, features, texts[1]);
}

/**
 * Line `i`, or, when date lines, bylines or time stamps (isHeadMetaLine) stand right under it, the first
 * line after them: a line over the head's metadata is the headline, never the body's first paragraph.
 */
function belowHeadMeta(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): number {
  let j = skipAsides(lines, i + 1);
  if (j >= lines.length || !isHeadMetaLine(lines[j]!, features[j]!)) return i;
  while (j < lines.length && isHeadMetaLine(lines[j]!, features[j]!)) j = skipAsides(lines, j + 1);
  return j;
}

/**
 * The opening of a page with no running text: the first dateline paragraph
 * among the first few blocks, else the line after the first head (a title over
 * its byline, date line or time stamp: a page cut short after its head), else
 * the first line that reads as a sentence (menus, tickers and widgets above it
 * are no story), else the line after the headline by position.
 */
function findOpeningByPosition(lines: readonly LineInfo[], features: readonly LineFeatures[]): Opening {
  const dated = findDatelineParagraph(lines);
  if (dated) return dated;
  const meta = findTitleOverMeta(lines, features);
  if (meta >= 0) return { index: belowHeadMeta(lines, features, meta - 1), dateline: null };
  for (let i = 0; i < lines.length; i++) {
    const shape = features[i]!.shape;
    if (lines[i]!.kind === "text" && (shape === "sentence" || shape === "short-sentence")) return { index: i, dateline: null };
    if (lines[i]!.kind === "heading" || lines[i]!.kind === "sign-off" || lines[i]!.kind === "source") break;
  }
  return { index: findFirstParagraph(lines, features), dateline: null };
}

/**
 * The first byline, date line or time stamp ("New, 15 comments", "Updated 2h ago") with a title-shaped
 * line right above it (asides between aside): on a page cut short after its head, or one whose story is
 * not running text, the head stands there, whatever menus and sentences of widgets come before. -1 when
 * there is none before a teaser heading that follows a sentence (the page's teasers, each over its date).
 */
function findTitleOverMeta(lines: readonly LineInfo[], features: readonly LineFeatures[]): number {
  let sawSentence = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // A teaser heading after a sentence opens the page's teasers: a title over a date line there is a teaser's.
    if (line.kind === "heading" && sawSentence) return -1;
    const shape = features[i]!.shape;
    if (line.kind === "text" && (shape === "sentence" || shape === "short-sentence")) sawSentence = true;
    if (!isHeadMetaLine(line, features[i]!)) continue;
    let j = i - 1;
    while (j > 0 && ASIDE_LINE_KINDS.has(lines[j]!.kind)) j--;
    const f = features[j]!;
    if (lines[j]!.kind === "text" && f.shape === "title" && f.words >= TITLE_MIN_WORDS && f.labelRun === 0) return i;
  }
  return -1;
}

/** A byline, a date line or a time stamp: what stands under a headline. */
function isHeadMetaLine(line: LineInfo, f: LineFeatures): boolean {
  return line.kind === "byline" || line.kind === "date" || (line.kind === "text" && f.landmark === "stamp");
}

/** A headline over its byline or date line has at least this many words (a menu item has fewer). */
const TITLE_MIN_WORDS = 4;

/** Lines that may stand between a headline and its byline: a caption, a share bar, a credit. */
const ASIDE_LINE_KINDS: ReadonlySet<LineInfo["kind"]> = new Set(["clutter", "caption", "credit", "separator", "link"]);

function isCredit(text: string): boolean {
  const key = clutterKey(text);
  return CREDIT_PREFIXES.some((p) => key.startsWith(p));
}

/** True for a line that may be the headline: a text line of title shape (not running text). */
function isCandidate(line: LineInfo, f: LineFeatures): boolean {
  return (line.kind === "text" || line.kind === "heading") && f.shape !== "running" && f.shape !== "fragment" && f.landmark === null && line.text.length <= 250;
}

/** The lower-cased titles that `Title | Site` lines of the page repeat (title-shaped lines only, looked at by their separator first). */
function collectPageTitles(lines: readonly LineInfo[], features: readonly LineFeatures[]): Set<string> {
  const titles = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (features[i]!.shape !== "title" || t.length > PAGE_TITLE_CHARS) continue;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: a gate for speed only: PAGE_TITLE_SPLIT parts a line only at a spaced | – — or -, so a line it skips would split into one part and add nothing
    if (t.indexOf("|") < 0 && t.indexOf("–") < 0 && t.indexOf("—") < 0 && t.indexOf(" - ") < 0) continue;
    const parts = t.split(PAGE_TITLE_SPLIT);
    if (parts.length >= 2) titles.add(parts.slice(0, -1).join(" - ").trim().toLowerCase());
  }
  return titles;
}

const NO_TITLES: ReadonlySet<string> = new Set();

/**
 * The headlines an HTML page's metadata gives, folded: its JSON-LD or
 * OpenGraph headline, and its `<title>` whole and without the site's name at
 * either end ("Port reopens | Gulf Courier", "Gulf Courier - Port reopens").
 */
function metadataTitles(metadata: PageMetadata): ReadonlySet<string> {
  const titles = new Set<string>();
  const add = (t: string): void => {
    const folded = foldTitle(t);
    if (folded !== "") titles.add(folded);
  };
  if (metadata.headline !== undefined) add(metadata.headline);
  if (metadata.title !== undefined) {
    add(metadata.title);
    const parts = metadata.title.split(PAGE_TITLE_SPLIT);
    if (parts.length >= 2) {
      add(parts.slice(0, -1).join(" "));
      add(parts.slice(1).join(" "));
    }
  }
  return titles;
}

/** A page title line is at most this long. */
const PAGE_TITLE_CHARS = 250;

/** The chosen headline line (or -1) and whether the choice was a close call. */
interface HeadlineChoice {
  readonly index: number;
  readonly uncertain: boolean;
}

/** A candidate as the head stage builds it: its place among its rivals is filled in once every candidate's own evidence is scored. */
type Placing = { -readonly [K in keyof HeadlineCandidate]: HeadlineCandidate[K] };

/**
 * Scores every candidate in the window above the story, in two passes: first
 * each line's own evidence, then its place among its rivals (the candidates
 * whose own evidence makes them plausible headlines too). The highest score
 * wins, ties go to the earliest line.
 */
function chooseHeadline(lines: readonly LineInfo[], features: readonly LineFeatures[], storyStart: number, ctx: ParseContext): HeadlineChoice {
  const from = Math.max(0, storyStart - HEAD_WINDOW);
  let pageTitles: Set<string> | undefined;
  const titles = (): Set<string> => (pageTitles ??= collectPageTitles(lines, features));
  const note = ctx.evidence;
  const metaTitles = ctx.page ? metadataTitles(ctx.page.metadata) : NO_TITLES;
  // The candidates walking up (from the story to the window's top), and each one's own score.
  const candidates: Placing[] = [];
  const own: number[] = [];
  let below = storyStart;
  for (let i = storyStart - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isCandidate(line, features[i]!)) {
      const listed = underTeaserHeading(lines, features, i, below, storyStart);
      const c: Placing = { lines, features, index: i, storyStart, below, rivalsBelow: 0, rivalsAbove: 0, listed, pageTitles: titles, metadataTitles: metaTitles };
      candidates.push(c);
      own.push(scoreRules(c, OWN_RULES, note));
    }
    if (!isAside(line)) below = i;
  }
  // Walking down the window: the rivals, and the rivals above each candidate in its head block. A rival is a
  // plausible headline (a candidate whose own score is RIVAL_SCORE or more) that is no standfirst: a title
  // right under another plausible one is its deck. (A title of a teaser list under its heading is no rival.)
  const rivals: number[] = [];
  let above = 0;
  let abovePlausible = false;
  for (let i = from, k = candidates.length - 1; i < storyStart; i++) {
    const f = features[i]!;
    // A menu run this long, running text or a landmark closes a head block: the rivals above it do not count.
    if (f.labelRun >= MENU_RUN || f.shape === "running" || f.landmark !== null) above = 0;
    const c = k >= 0 && candidates[k]!.index === i ? candidates[k]! : null;
    const plausible = c !== null && own[k]! >= RIVAL_SCORE;
    if (c) {
      c.rivalsAbove = above;
      k--;
      if (plausible && !c.listed && !(abovePlausible && lines[i - 1]!.text !== lines[i]!.text)) {
        rivals.push(i);
        above++;
      }
    }
    abovePlausible = plausible;
  }
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  // Walking up, each candidate placed among the rivals below it (a copy of the candidate printed below it is no
  // rival of it); a later (higher) line wins a tie: ties go to the earliest line.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const index = c.index;
    const text = lines[index]!.text;
    let rivalsBelow = 0;
    for (let r = rivals.length - 1; r >= 0 && rivals[r]! > index; r--) if (lines[rivals[r]!]!.text !== text) rivalsBelow++;
    c.rivalsBelow = rivalsBelow;
    const score = own[k]! + scoreRules(c, PLACE_RULES, note);
    note?.(index, "headline:score", score);
    if (score >= bestScore) {
      if (best >= 0 && lines[best]!.text !== text) second = Math.max(second, bestScore);
      bestScore = score;
      best = index;
    } else if (lines[best]!.text !== text) second = Math.max(second, score);
  }
  if (best < 0 || bestScore < HEADLINE_MIN_SCORE) return { index: -1, uncertain: best >= 0 && bestScore > HEADLINE_MIN_SCORE - HEADLINE_MARGIN - 1 };
  return { index: best, uncertain: bestScore - second < HEADLINE_MARGIN };
}

/** The sum of the rules that fire on a candidate, each noted as evidence. */
function scoreRules(c: HeadlineCandidate, rules: readonly HeadlineRule[], note: ParseContext["evidence"]): number {
  let score = 0;
  for (const rule of rules) {
    const times = rule.test(c);
    if (times === 0) continue;
    score += rule.weight * times;
    note?.(c.index, `headline:${rule.name}`, rule.weight * times);
  }
  return score;
}

/** A candidate whose own evidence scores this much is a rival of the candidates around it. */
const RIVAL_SCORE = 2;

/** A menu run this long, running text or a landmark closes a head block: the rivals above it do not count. */
const MENU_RUN = 3;

function isAside(line: LineInfo): boolean {
  return line.kind === "separator" || line.kind === "clutter" || line.kind === "caption" || line.kind === "credit" || line.kind === "link" || line.kind === "also-read" || line.kind === "placeholder";
}

/**
 * The first of two title lines is the section when it is a desk label; a
 * label we do not know ("Abb Takk News") also needs a headline, not a
 * standfirst sentence, under it.
 */
function isSection(first: string, second: string): boolean {
  if (!isSectionLabel(first)) return false;
  return isKnownSection(first) || !isCaptionLike(second);
}

/** A label desks use ("World", "U.S.", "Sci/Tech"), or a path of labels ("States » East"). */
function isKnownSection(text: string): boolean {
  return SECTION_LABELS.has(clutterKey(text)) || SECTION_LABELS.has(text.toLowerCase()) || SECTION_PATH.test(text);
}

/**
 * True when the line right above the headline is its section: a desk label
 * (not a call to action or a promotion); the last item of a menu only when
 * it is a label desks use ("World", "Business").
 */
function isSectionAbove(line: LineInfo, f: LineFeatures, headline: string): boolean {
  if ((line.kind !== "text" && line.kind !== "heading") || !isSection(line.text, headline)) return false;
  if (isCallToAction(line.text) || PROMO_LINE.test(line.text) || hasLinkMark(line.text)) return false;
  return f.labelRun < MENU_RUN || isKnownSection(line.text);
}

/**
 * Stage 6: lays out the head of the story.
 *
 * @param lines - classified lines
 * @param features - output of `measureLines`
 * @param location - output of `locateStory`
 * @param ctx - the parse context
 * @returns the head's pieces, where the body starts, and the headline's warnings
 */
export function layoutHead(lines: readonly LineInfo[], features: readonly LineFeatures[], location: StoryLocation, ctx: ParseContext): HeadLayout {
  const opening = location.start >= 0 ? findOpening(lines, features, location.start, location.end) : findOpeningByPosition(lines, features);
  const bodyStart = opening.index;
  const choice = chooseHeadline(lines, features, bodyStart, ctx);
  // A headline printed twice in a row is one headline: the first copy, with the section above it.
  let headline = choice.index;
  while (headline > 0 && lines[headline - 1]!.text === lines[headline]!.text) headline--;
  const warnings: Warning[] = [];
  if (choice.uncertain) {
    warnings.push({ code: "HEADLINE_UNCERTAIN", message: headline >= 0 ? "the evidence for the headline was weak or split between lines" : "a line above the story nearly qualified as its headline" });
  }
  // Date lines above the headline count only when none under it says when the story was published
  // (a site's "Tuesday, 12 March 2024" above the masthead is the day the page was seen).
  const zoneStart = headline < 0 ? Math.max(0, bodyStart - HEAD_ZONE) : publishedBelow(lines, headline, bodyStart) ? headline + 1 : Math.max(0, headline - DATE_ABOVE);
  const above = headline >= 1 ? lines[headline - 1]! : undefined;
  const section = above && isSectionAbove(above, features[headline - 1]!, lines[headline]!.text) ? headline - 1 : -1;
  if (section >= 0) ctx.evidence?.(section, "section:label-above-headline", 1);

  const pieces: Piece[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i]!;
    if (i === headline) pieces.push({ role: "headline", text: line.text, line: i });
    else if (i === section) pieces.push({ role: "section", text: line.text, line: i });
    else if (i >= zoneStart && line.kind === "date") pushDateLine(pieces, line, i, i === headline - 1 && section < 0);
    // A byline under the headline, or right over it.
    else if (i >= zoneStart && line.kind === "byline" && i >= headline - BYLINE_ABOVE) pieces.push({ role: "byline", text: line.value!, line: i, raw: line.text });
    // A name on the line under a "By" or "Author:" label of its own, under the headline.
    else if (headline >= 0 && i > headline && isLabelledName(lines, i)) pieces.push({ role: "byline", text: line.text, line: i });
    else pieces.push({ role: "furniture", text: line.text, line: i });
  }
  return { pieces, bodyStart, dateline: opening.dateline, warnings };
}

/** True when line `i` is a name alone ("Sarah E. Needleman") right under an author's label alone ("By", "Author:"). */
function isLabelledName(lines: readonly LineInfo[], i: number): boolean {
  const line = lines[i]!;
  const label = lines[i - 1];
  return line.kind === "text" && label !== undefined && label.kind === "text" && AUTHOR_LABEL.test(label.text) && isNameOnly(line.text);
}

/** True when a date line that is no "Updated" stamp stands between the headline and the body. */
function publishedBelow(lines: readonly LineInfo[], headline: number, bodyStart: number): boolean {
  for (let i = headline + 1; i < bodyStart; i++) if (lines[i]!.kind === "date" && lines[i]!.dateLine!.label !== "updated") return true;
  return false;
}

/**
 * A date line's pieces: the date, and what stands before its label (a
 * byline "By Qayam", a credit, or a section "EMIRATES NEWS" right above the
 * headline).
 */
function pushDateLine(pieces: Piece[], line: LineInfo, i: number, mayHoldSection: boolean): void {
  const d = line.dateLine!;
  const role = d.label === "updated" ? "updated" : "published";
  let text = line.text;
  if (d.prefix !== "") {
    const by = BYLINE_LINE.exec(d.prefix);
    if (by) {
      pieces.push({ role: "byline", text: by[1]!, line: i, raw: d.prefix });
      text = d.rest;
    } else if (isCredit(d.prefix)) {
      pieces.push({ role: "furniture", text: d.prefix, line: i });
      text = d.rest;
    } else if (mayHoldSection && isSectionLabel(d.prefix) && !AGENCIES.has(d.prefix.toUpperCase())) {
      pieces.push({ role: "section", text: d.prefix, line: i });
      text = d.rest;
    }
  }
  pieces.push({ role, text, line: i, date: d.found });
}
