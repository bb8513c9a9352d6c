/**
 * The evidence for a headline, as a table of named rules (SPEC.md section 4).
 * The head stage (src/stages/06-head.ts) scores every title-shaped line in a
 * window above the story with these rules; the highest score wins, ties go to
 * the earliest line, and a close call gives a `HEADLINE_UNCERTAIN` warning.
 *
 * To add a rule: append it with a weight, a test, a page it fires on and one
 * it must not fire on; test/headline-rules.test.ts checks both for every rule.
 *
 * @module
 */
import { DIGIT, LABELLED_NUMBER, LINK_MARK, NON_WORD_RUN, SEGMENT_SEPARATOR, LOWER_WORD_START, ARTICLE_START, NUMERIC_TOKEN, SINGLE_LETTER_BUTTON, TEMPERATURE, BY_START, FIELD_LABEL, LOWER_START, META_FIELD_LABEL, TICKER_PREFIX } from "../patterns/lines.js";
import { hasCaptionMark, hasWebAddress, isCaptionLike, isCreditShaped, isNameOnly, skipAsides } from "../lib/shape.js";
import { clutterKey, hasLinkMark, isCallToAction } from "../lib/text.js";
import { PROMPT_BUTTONS } from "../data/clutter.js";
import type { LineFeatures, LineInfo, LineKind } from "../types.js";

/** A title-shaped line above the story, and where it stands. */
export interface HeadlineCandidate {
  readonly lines: readonly LineInfo[];
  readonly features: readonly LineFeatures[];
  /** The candidate's line index. */
  readonly index: number;
  /** The first line of the story (its dateline paragraph or first paragraph). */
  readonly storyStart: number;
  /** The first line below the candidate that is not an aside (clutter, a caption, a separator ...). */
  readonly below: number;
  /** Rivals (candidates whose own evidence makes them plausible headlines) between the candidate and the story. */
  readonly rivalsBelow: number;
  /** Rivals above the candidate, back to the top of its head block (the page's top, a menu, running text, a landmark). */
  readonly rivalsAbove: number;
  /** The candidate is a title of a teaser list under its heading ({@link underTeaserHeading}): another story's, no rival. */
  readonly listed: boolean;
  /** Lower-cased titles that `Headline | Site` lines of the page repeat (their part before the site name). */
  readonly pageTitles: () => ReadonlySet<string>;
  /** HTML input: the titles the page's metadata gives (JSON-LD or OpenGraph headline, `<title>` without the site's name), folded by {@link foldTitle}. Empty for text input. */
  readonly metadataTitles: ReadonlySet<string>;
}

/** A title folded for comparison: lower case, letters and digits only, single spaces ("'We Got Her!': Video" = "we got her video"). */
export function foldTitle(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUN, " ").trim();
}

/** A page (lines joined by "\n", or an HTML page when `html` is set) and the index of the line a rule is tried on. */
export interface RuleExample {
  readonly page: string;
  readonly line: number;
  /** The page is HTML: the rule reads what its markup or metadata says. */
  readonly html?: true;
}

/** One piece of evidence for or against a candidate. */
export interface HeadlineRule {
  readonly name: string;
  /** "own": evidence from the line and its neighbours; "place": its place among its rivals (scored after every candidate's own evidence). */
  readonly kind: "own" | "place";
  /** Added to the candidate's score each time the rule fires; negative for evidence against. */
  readonly weight: number;
  /** How often the rule fires on the candidate: 0 when it does not apply, usually 1 when it does. */
  readonly test: (c: HeadlineCandidate) => number;
  /** A page whose marked line the rule fires on. */
  readonly example: RuleExample;
  /** A page whose marked line it must not fire on. */
  readonly counterExample: RuleExample;
}

/** Kinds of line that never compete for the headline but may stand between it and the story: a date line, a byline (compared, not looked up in a set: cheaper). */
function isHeadMeta(kind: LineKind): boolean {
  return kind === "date" || kind === "byline";
}

/** True when the line ends with ":", as every label pattern (FIELD_LABEL, META_FIELD_LABEL) needs: the others are refused without running one. */
function endsWithColon(text: string): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: the label patterns, which decide, need the colon
  return text.charCodeAt(text.length - 1) === 0x3a;
}

const hit = (yes: boolean): number => (yes ? 1 : 0);

/**
 * A date line or a byline, also one the readers do not read ("Tanza Loudenback, Business Insider",
 * "Updated Nov 19, 9:41 AM"), or the label over one ("Author:", "Publish date:").
 */
function isBylineOrDate(line: LineInfo, f: LineFeatures): boolean {
  return isHeadMeta(line.kind) || (line.kind === "text" && (f.landmark === "stamp" || isCreditShaped(line.text) || (endsWithColon(line.text) && META_FIELD_LABEL.test(line.text))));
}

/** A person's name alone: two or three capitalised words ("Al Root", "David Ehrlich"). */
function isShortName(line: LineInfo, f: LineFeatures): boolean {
  return f.words <= 3 && isNameOnly(line.text);
}

/** Fewest and most words of a title. */
const TITLE_WORDS = [3, 18] as const;
/** Fewest and most characters of a title. */
const TITLE_CHARS = [15, 120] as const;
/** A title longer than this (in words or characters) reads as a caption or a standfirst. */
const LONG_TITLE_WORDS = 20;
const LONG_TITLE_CHARS = 150;
/** A standfirst opens with an article and has this many words ... */
const STANDFIRST_WORDS = 8;
/** ... and this share of function words (headlines drop theirs). */
const STANDFIRST_SHARE = 0.2;

/** A standfirst's sentence, with or without its full stop: "The suspect confessed and the jury took 15 minutes to find him guilty". */
function isStandfirstStyle(line: LineInfo, f: LineFeatures): boolean {
  // (The counts first: most titles are shorter. ARTICLE_START needs a "T" or an "A" first: a line without one is refused without running it.)
  if (f.words < STANDFIRST_WORDS || f.functionShare < STANDFIRST_SHARE) return false;
  const first = line.text.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return (first === 0x54 || first === 0x41) && ARTICLE_START.test(line.text);
}

/** What the numbers-line, values-row, letter-buttons, caption-shape, web-address and weather-widget rules read off a line, in one walk over its space-separated tokens. */
interface TokenCount {
  /** Numeric tokens ("7.11", "(57)", "▲1.84%"). */
  numbers: number;
  words: number;
  /** The empty tokens that runs of spaces leave between words. */
  gaps: number;
  /** A widget's one-letter buttons ("A", "A+", "A-"). */
  buttons: number;
  /** The signs the caption, web-address and temperature rules need (CAPTION_SIGN, ADDRESS_SIGN, DEGREE_SIGN), as bits. */
  signs: number;
}

/** A "(", ":", "/" or "[": a caption's mark other than its words needs one ({@link hasCaptionMark}). */
const CAPTION_SIGN = 1;
/** A ".", "@" or ":": a web or e-mail address needs one ({@link hasWebAddress}). */
const ADDRESS_SIGN = 2;
/** A "°": a temperature needs one (TEMPERATURE). */
const DEGREE_SIGN = 4;

/** The sign bits of a character code: 0 for a letter, a digit, a space and most others. */
function signOf(c: number): number {
  switch (c) {
    case 0x28: // (
    case 0x2f: // /
    case 0x5b: // [
      return CAPTION_SIGN;
    case 0x3a: // :
      return CAPTION_SIGN | ADDRESS_SIGN;
    case 0x2e: // .
    case 0x40: // @
      return ADDRESS_SIGN;
    case 0xb0: // °
      return DEGREE_SIGN;
    default:
      return 0;
  }
}

/** The last line counted, and its count: the rules ask about the same candidate in turn. */
let counted: { text: string | null; count: TokenCount } = { text: null, count: { numbers: 0, words: 0, gaps: 0, buttons: 0, signs: 0 } };

/**
 * Counts a line's tokens (split at each space). A numeric token has its digit among its first three
 * characters, and a button is one letter (one UTF-16 unit, or a surrogate pair's two) with maybe its
 * sign: only such tokens are tried on NUMERIC_TOKEN and SINGLE_LETTER_BUTTON, and no other token is
 * cut out of the line.
 */
function countTokens(text: string): TokenCount {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache only: counting the line again gives the same count
  if (counted.text === text) return counted.count;
  const count: TokenCount = { numbers: 0, words: 0, gaps: 0, buttons: 0, signs: 0 };
  let start = 0;
  let digitAt = -1;
  let signs = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c !== 0x20) {
      if (digitAt < 0 && c >= 0x30 && c <= 0x39) digitAt = i - start;
      // (Letters, from "A" on, are no signs; "[" and "°" are.)
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: signOf gives 0 for every code it refuses
      else if (c < 0x41 || c === 0x5b || c === 0xb0) signs |= signOf(c);
      continue;
    }
    const length = i - start;
    if (length === 0) count.gaps++;
    else {
      count.words++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a gate for speed only: the pattern, which decides, refuses every token the gate refuses
      if (digitAt >= 0 && digitAt <= 2 && NUMERIC_TOKEN.test(text.slice(start, i))) count.numbers++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a gate for speed only: the pattern, which decides, refuses every token the gate refuses
      if (length <= 3 && mayBeButton(text, start, i) && SINGLE_LETTER_BUTTON.test(text.slice(start, i))) count.buttons++;
    }
    start = i + 1;
    digitAt = -1;
  }
  count.signs = signs;
  counted = { text, count };
  return count;
}

/** False for a token of one to three units that SINGLE_LETTER_BUTTON cannot match: two or three units, neither ending with a sign nor a surrogate pair's two. */
function mayBeButton(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  // ("+", "-", "–"; a high surrogate opens a pair.)
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: a gate for speed only: the pattern, which decides, refuses every token the gate refuses
  return end - start === 1 || last === 0x2b || last === 0x2d || last === 0x2013 || (end - start === 2 && text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff);
}

/** Scores, quotes and tallies: two numbers or more, a quarter of the words or more. */
function isNumbersLine(text: string): boolean {
  const { numbers, words, gaps } = countTokens(text);
  return numbers >= 2 && numbers * 4 >= words + gaps;
}

/** A widget's row of values: two numbers or more, and as many numbers as words ("Fajr 4:33 Dhuhr 12:13 Asr 15:24", "Brent 80.98 ▲1.84%"). */
function isValuesRow(text: string): boolean {
  const { numbers, words } = countTokens(text);
  return numbers >= 2 && numbers * 2 >= words;
}

/**
 * A widget's row of labelled values: segments parted by " · " or " | ", each holding a number ("Senate: Dem 49 ·
 * Rep 49", "Petrol Rs 278.99 | Diesel Rs 269.40 per litre"), or a label and its number alone ("Votes counted: 33%").
 */
function isDataRow(text: string): boolean {
  // (A labelled number ends with a digit or "%"; most titles end otherwise, and are not read again.)
  const last = text.charCodeAt(text.length - 1);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: LABELLED_NUMBER, which decides, ends with a digit or "%"
  if (((last >= 0x30 && last <= 0x39) || last === 0x25) && LABELLED_NUMBER.test(text)) return true;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral,LogicalOperator: a gate for speed only: a line without a separator is one segment, which the split refuses
  if (text.indexOf(" · ") < 0 && text.indexOf(" | ") < 0) return false;
  const segments = text.split(SEGMENT_SEPARATOR);
  return segments.length >= 2 && segments.every((s) => DIGIT.test(s));
}

/** A widget's buttons: three single letters or more ("Font size: A A A", "A- A A+"). */
function hasLetterButtons(text: string): boolean {
  return countTokens(text).buttons >= 3;
}

/**
 * False when TICKER_PREFIX cannot match: every prefix opens with a digit or with "b", "f", "j", "l", "p", "t", "v"
 * or "w" in either case (no other character folds to one of these), so a line opening otherwise is refused without
 * running the pattern.
 */
function mayOpenTicker(text: string): boolean {
  const c = text.charCodeAt(0);
  const lower = c | 0x20;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return (c >= 0x30 && c <= 0x39) || lower === 0x62 || lower === 0x66 || lower === 0x6a || lower === 0x6c || lower === 0x70 || lower === 0x74 || lower === 0x76 || lower === 0x77;
}

/** False when the line opens with an ASCII character that is no lower-case letter: LOWER_WORD_START, which needs one (or a letter outside ASCII), is not run. */
function mayOpenLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return c >= 0x80 || (c >= 0x61 && c <= 0x7a);
}

/** No word of four letters or more opens in lower case: a headline in title case ("Stock Is Falling After Its Earnings. Why You Shouldn't Worry."), never a caption's sentence. */
function isTitleCased(text: string): boolean {
  for (const word of text.split(" ")) if (word.length >= 4 && LOWER_START.test(word)) return false;
  return true;
}

/** A title line of four words or more: what a headline's standfirst or a teaser list's next item sits under. */
function isTitleLine(line: LineInfo, f: LineFeatures): boolean {
  return line.kind === "text" && f.shape === "title" && f.words >= 4 && !isCallToAction(line.text);
}

/** The line right over the date lines and bylines (one or more) that end at line `j`, walking up; -1 at the page's top. */
function lineOverMeta(lines: readonly LineInfo[], features: readonly LineFeatures[], j: number): number {
  while (j >= 0 && isBylineOrDate(lines[j]!, features[j]!)) j--;
  return j;
}

/** True when line `i` stands right under date lines or bylines (one or more) that stand right under a title line. */
function isTitleOverMeta(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  if (i < 1 || !isBylineOrDate(lines[i - 1]!, features[i - 1]!)) return false;
  const t = lineOverMeta(lines, features, i - 1);
  return t >= 0 && isTitleLine(lines[t]!, features[t]!);
}

/**
 * True when line `i` stands under the head's byline: walking up over bylines and names alone (one
 * byline at least), the first other line is a title, or a standfirst under a title.
 */
function isUnderHeadByline(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  let j = i - 1;
  let byline = false;
  for (; j > 0; j--) {
    const line = lines[j]!;
    const f = features[j]!;
    if (line.kind === "byline" || (line.kind === "text" && isCreditShaped(line.text))) byline = true;
    else if (line.kind !== "text" || !isShortName(line, f)) break;
  }
  if (!byline) return false;
  if (isTitleLine(lines[j]!, features[j]!)) return true;
  const shape = features[j]!.shape;
  return j > 0 && lines[j]!.kind === "text" && (shape === "running" || shape === "sentence") && isTitleLine(lines[j - 1]!, features[j - 1]!);
}

/** True when the line under the candidate (asides skipped) is a date line or byline above the story. */
function isOverDateOrByline(c: HeadlineCandidate): boolean {
  return c.below < c.storyStart && isBylineOrDate(c.lines[c.below]!, c.features[c.below]!);
}

/** The head's stamp (a title over its date line or byline) stands at most this many lines above a candidate under it. */
const STAMP_REACH = 10;

/**
 * True when the head's stamp stands above line `i`: walking up at most STAMP_REACH lines and over
 * no running text, the first date line or byline (one or more) stands right under a title line
 * (or a headline in a sentence's shape: "Crews free a trapped whale: \"She's swimming!\"").
 */
function isUnderHeadStamp(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - STAMP_REACH; j--) {
    const f = features[j]!;
    if (f.shape === "running") return false;
    if (!isBylineOrDate(lines[j]!, f)) continue;
    const t = lineOverMeta(lines, features, j);
    if (t < 0) return false;
    const title = lines[t]!;
    const tf = features[t]!;
    return title.kind === "text" && (tf.shape === "title" || tf.shape === "sentence" || tf.shape === "short-sentence") && tf.words >= TITLE_WORDS[0] && tf.words <= LONG_TITLE_WORDS && !isCallToAction(title.text);
  }
  return false;
}

/** True when a line is a prompt's button (PROMPT_BUTTONS), its link mark aside: "Not now", "Try again ↻". */
function isPromptButton(text: string): boolean {
  return PROMPT_BUTTONS.has(clutterKey(hasLinkMark(text) ? text.replace(LINK_MARK, "") : text));
}

/** True when a `Title | Site` line of the page repeats the candidate (the line is lower-cased only when the page has such a title). */
function isPageTitle(c: HeadlineCandidate): boolean {
  const titles = c.pageTitles();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty set has no title; the size check only spares lower-casing the line
  return titles.size > 0 && titles.has(c.lines[c.index]!.text.toLowerCase());
}

/** A weather box's line has at most this many words. */
const WEATHER_WORDS = 6;

/** A credit line alone (no caption glued before it) is at most this long. */
const CREDIT_LINE_CHARS = 60;

/** A run of this many label lines is a menu. */
const MENU_RUN = 3;
/** A run of this many title lines is a link list. */
const LINK_LIST_RUN = 4;
/** A line printed this many times on the page is a slot (a gallery caption, a promo), not the headline (printed up to three times). */
const REPEATED_SLOT = 4;
/** At most this many rivals count against a candidate. */
const MAX_RIVALS = 6;

/** An HTML page for the rules that read markup and metadata: a menu link, the headline its metadata names, the story. */
const PAGE_WITH_METADATA =
  '<head><title>Port reopens after storm damage | Gulf Courier</title><meta property="og:title" content="Port reopens after storm damage"></head>' +
  '<body><nav><a href="/world">World news today</a></nav><h1>Port reopens after storm damage</h1>' +
  "<p>DUBAI, June 20 (WAM) - The port reopened on Thursday after repairs to two berths damaged in last week's storm, the authority said.</p></body>";

/** The rules, in the order `explain` lists them. */
export const HEADLINE_RULES: readonly HeadlineRule[] = [
  {
    name: "above-date-or-byline",
    kind: "own",
    weight: 4,
    test: (c) => hit(isOverDateOrByline(c)),
    example: { page: "Oil slips as supply worries ease\nJun 20, 2024\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
  },
  {
    name: "over-standfirst-and-byline",
    kind: "own",
    weight: 3,
    // The head of a feature: the headline (four words or more: a promo's label, "Breaking News Emails" over
    // its blurb, has fewer), right under it its standfirst (one line of prose opening with a capital), then
    // the byline or date line.
    test: (c) => {
      const deck = c.index + 1;
      if (c.features[c.index]!.words < 4 || deck >= c.storyStart || c.lines[deck]!.kind !== "text" || LOWER_START.test(c.lines[deck]!.text)) return 0;
      const shape = c.features[deck]!.shape;
      const meta = skipAsides(c.lines, deck + 1);
      // (A standfirst may drop its full stop.)
      const prose = shape === "running" || shape === "sentence" || isStandfirstStyle(c.lines[deck]!, c.features[deck]!);
      // (A line in title case under it is the headline itself, with its "!": "The Beauty of Korea Revealed at the Festival!".)
      return hit(prose && meta < c.storyStart && isBylineOrDate(c.lines[meta]!, c.features[meta]!) && !isTitleCased(c.lines[deck]!.text));
    },
    example: { page: "Oil slips as supply worries ease\nTraders weighed the outlook for demand as stocks built up in the United States.\nBy Jane Doe\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nBy Jane Doe\nTraders weighed the outlook for demand as stocks built up in the United States.\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
  },
  {
    name: "above-story",
    kind: "own",
    weight: 2,
    test: (c) => hit(c.below === c.storyStart),
    example: { page: "Oil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
    counterExample: { page: "Markets\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
  },
  {
    name: "nearest-title",
    kind: "place",
    weight: 1,
    test: (c) => hit(c.rivalsBelow === 0),
    example: { page: "Sport\nOil slips as supply worries ease\nBy Jane Doe\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
    // (A title right under another is its deck, no rival: the rival here stands under the date line.)
    counterExample: { page: "Oil slips as supply worries ease\nJun 20, 2024\nGold climbs to a record high again\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
  },
  {
    name: "name-above-date",
    kind: "place",
    weight: -3,
    // A name over its date line, under a title: a byline without "By" ("David Ehrlich", "Ben Patton Trinity").
    test: (c) => hit(c.rivalsAbove > 0 && c.below < c.storyStart && c.lines[c.below]!.kind === "date" && isShortName(c.lines[c.index]!, c.features[c.index]!)),
    example: { page: "Oil slips as supply worries ease\nJane Doe\nJun 20, 2024\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
    counterExample: { page: "National Homeownership Soars\nJun 20, 2024\nLONDON (Reuters) - Home ownership rose on Tuesday as rates fell.", line: 0 },
  },
  {
    name: "caption-under-head",
    kind: "own",
    weight: -4,
    // Under the head's date line or byline, with a title above them, and over a "Name, Agency" credit that
    // stands right over the story: a photo's caption ("Eastern Michigan quarterback Mike Glass III").
    test: (c) => {
      const { lines, features, index, below } = c;
      if (below >= c.storyStart || !isTitleOverMeta(lines, features, index)) return 0;
      const credit = lines[below]!;
      return hit(credit.kind === "text" && isCreditShaped(credit.text) && !BY_START.test(credit.text) && skipAsides(lines, below + 1) === c.storyStart);
    },
    example: { page: "Oil slips as supply worries ease\nJun 20, 2024\nA tanker off the coast of Fujairah\nJane Doe, Associated Press\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 2 },
    counterExample: { page: "Jun 20, 2024\nOil slips as supply worries ease\nJane Doe, Associated Press\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
  },
  {
    name: "under-the-head-stamp",
    kind: "own",
    weight: -3,
    // A title with no date or byline of its own, under the head's title and its date line or byline:
    // a video's or a photo's title between the head and the story ("Video shows the rescue of the girl").
    test: (c) => hit(!isOverDateOrByline(c) && isUnderHeadStamp(c.lines, c.features, c.index)),
    example: { page: "Rescuers pull two hikers from a flooded canyon\nUpdated on: June 20, 2024 / 10:07 AM\nHikers pulled from canyon\nLONDON (Reuters) - Rescuers pulled two hikers from a flooded canyon on Tuesday after a night on a ledge.", line: 2 },
    counterExample: { page: "Hikers stranded as storm hits the coast\nJune 19, 2024\nRescuers pull two hikers from a flooded canyon\nJune 20, 2024\nLONDON (Reuters) - Rescuers pulled two hikers from a flooded canyon on Tuesday after a night on a ledge.", line: 2 },
  },
  {
    name: "under-the-byline",
    kind: "own",
    weight: -4,
    // An author box under the headline and its byline: the paper's name, the reporter's title.
    test: (c) => hit(isUnderHeadByline(c.lines, c.features, c.index)),
    example: { page: "Oil slips as supply worries ease\nTraders weighed the outlook for demand as stocks built up in the United States.\nBy\nJane Doe\nThe Evening Courier Weekly\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 4 },
    counterExample: { page: "By Jane Doe\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
  },
  {
    name: "rivals-closer",
    kind: "place",
    weight: -1,
    test: (c) => Math.min(c.rivalsBelow, MAX_RIVALS),
    example: { page: "Oil slips as supply worries ease\nJun 20, 2024\nGold climbs to a record high again\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 0 },
  },
  {
    name: "opens-head",
    kind: "place",
    weight: 2,
    test: (c) => hit(c.rivalsAbove === 0),
    example: { page: "Home\nWorld\nSport\nOil slips as supply worries ease\nThe price fell for a third day\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 3 },
    counterExample: { page: "Oil slips as supply worries ease\nThe price fell for a third day\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
  },
  {
    name: "metadata-title",
    kind: "own",
    weight: 6,
    // HTML input: the page's own metadata names this line its headline.
    test: (c) => {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty set has no title; the size check only spares folding the line.
      if (c.metadataTitles.size === 0) return 0;
      return hit(c.metadataTitles.has(foldTitle(c.lines[c.index]!.text)));
    },
    example: { page: PAGE_WITH_METADATA, line: 1, html: true },
    counterExample: { page: PAGE_WITH_METADATA, line: 0, html: true },
  },
  {
    name: "first-level-heading",
    kind: "own",
    weight: 3,
    test: (c) => hit(c.features[c.index]!.heading === 1),
    example: { page: PAGE_WITH_METADATA, line: 1, html: true },
    counterExample: { page: "<h2>Oil slips as supply worries ease</h2><p>LONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.</p>", line: 0, html: true },
  },
  {
    name: "page-chrome",
    kind: "own",
    weight: -6,
    // HTML input: navigation, footers, asides and forms, or a line that is mostly a link.
    // (A first-level heading that is a link is the usual permalink headline: its link says nothing.)
    test: (c) => hit(c.features[c.index]!.pageChrome || (c.features[c.index]!.linked && c.features[c.index]!.heading !== 1)),
    example: { page: PAGE_WITH_METADATA, line: 0, html: true },
    counterExample: { page: PAGE_WITH_METADATA, line: 1, html: true },
  },
  {
    name: "title-length",
    kind: "own",
    weight: 4,
    test: (c) => {
      const f = c.features[c.index]!;
      const n = c.lines[c.index]!.text.length;
      return hit(f.words >= TITLE_WORDS[0] && f.words <= TITLE_WORDS[1] && n >= TITLE_CHARS[0] && n <= TITLE_CHARS[1]);
    },
    example: { page: "Oil slips as supply worries ease", line: 0 },
    counterExample: { page: "Markets", line: 0 },
  },
  {
    name: "over-long",
    kind: "own",
    weight: -1,
    test: (c) => hit(c.features[c.index]!.words > LONG_TITLE_WORDS || c.lines[c.index]!.text.length > LONG_TITLE_CHARS),
    example: { page: "Security personnel near the site of a gunfight in the city on Wednesday evening as residents look on from their homes nearby", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease", line: 0 },
  },
  {
    name: "repeated-title",
    kind: "own",
    weight: 2.5,
    test: (c) => {
      const f = c.features[c.index]!;
      // Printed REPEATED_SLOT times or more, a line is a slot (`repeated-slot`), not a headline printed again.
      return hit(f.words >= 4 && ((f.repeats > 1 && f.repeats < REPEATED_SLOT) || isPageTitle(c)));
    },
    example: { page: "Oil slips as supply worries ease\nMarkets\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 2 },
    counterExample: { page: "Markets\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
  },
  {
    name: "page-title",
    kind: "own",
    weight: 2,
    // The page's own title, "Headline | Site" (the browser's title bar, as scrapers print it), names it:
    // stronger than a repeat, which a video's title or a teaser also gets.
    test: (c) => hit(c.features[c.index]!.words >= 4 && isPageTitle(c)),
    example: { page: "Oil slips as supply worries ease | Example News\nMarkets\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 2 },
    counterExample: { page: "Oil slips as supply worries ease\nMarkets\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 2 },
  },
  {
    name: "under-a-title",
    kind: "own",
    weight: -0.5,
    test: (c) => hit(c.index > 0 && isTitleLine(c.lines[c.index - 1]!, c.features[c.index - 1]!)),
    example: { page: "Encounter breaks out in the old city\nThe gunfight started after police launched a search operation", line: 1 },
    counterExample: { page: "World\nEncounter breaks out in the old city", line: 1 },
  },
  {
    name: "prose-shape",
    kind: "own",
    weight: -1,
    test: (c) => hit(c.features[c.index]!.shape === "sentence"),
    example: { page: "The authorities’ repression has only fuelled the crisis and it is up to them to calm the city now.", line: 0 },
    counterExample: { page: "Police launch search after gunfight in old city", line: 0 },
  },
  {
    name: "standfirst-style",
    kind: "own",
    weight: -2,
    test: (c) => hit(isStandfirstStyle(c.lines[c.index]!, c.features[c.index]!)),
    example: { page: "The gunfight started after police launched a search operation in the area", line: 0 },
    counterExample: { page: "Police launch search after gunfight in old city", line: 0 },
  },
  {
    name: "label-shape",
    kind: "own",
    weight: -3,
    test: (c) => hit(c.features[c.index]!.shape === "label" && c.features[c.index]!.words <= 2),
    example: { page: "World News", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease", line: 0 },
  },
  {
    name: "menu-run",
    kind: "own",
    weight: -3,
    // A label run, or a title between two label runs (a longer item of a menu).
    test: (c) => {
      const f = c.features;
      const i = c.index;
      if (f[i]!.labelRun >= MENU_RUN) return 1;
      // (A title over "By" and a name on their own lines is a headline over its byline, not a menu item.)
      return hit(i > 0 && i + 1 < f.length && f[i - 1]!.labelRun >= 2 && f[i + 1]!.labelRun >= 2 && !isBylineOrDate(c.lines[i + 1]!, f[i + 1]!));
    },
    example: { page: "Home\nWorld\nBusiness\nSport", line: 2 },
    counterExample: { page: "World\nOil slips as supply worries ease\nJun 20, 2024", line: 1 },
  },
  {
    name: "link-list",
    kind: "own",
    weight: -2,
    // The first line of such a run may be a headline over its standfirst and captions; the rest are a list.
    // (A title right over a byline or a date line is a head, whatever titles stand around it.)
    test: (c) =>
      hit(c.features[c.index]!.titleRun >= LINK_LIST_RUN && c.index > 0 && c.features[c.index - 1]!.titleRun > 0 && !(c.below < c.storyStart && isHeadMeta(c.lines[c.below]!.kind))),
    example: { page: "Gold climbs to a record high\nRupee weakens against the dollar\nStocks end the week higher\nBonds rally on rate-cut bets", line: 1 },
    counterExample: { page: "Oil slips as supply worries ease\nPrices fell for a third day in a row\nA tanker at sea\nA refinery in Texas\nLONDON (Reuters) - Oil prices fell on Tuesday.", line: 0 },
  },
  {
    name: "over-a-link",
    kind: "own",
    weight: -3,
    // A widget's title over its link ("Traffic now" over "All incidents ›"); a headline stands over its story's
    // byline, date line, standfirst or first paragraph.
    test: (c) => hit(c.index + 1 < c.storyStart && hasLinkMark(c.lines[c.index + 1]!.text)),
    example: { page: "Ring Road: slow traffic near the airport\nAll incidents ›\nLONDON (Reuters) - Oil prices fell on Tuesday.", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nJun 20, 2024\nLONDON (Reuters) - Oil prices fell on Tuesday.", line: 0 },
  },
  {
    name: "over-a-prompt",
    kind: "own",
    weight: -9,
    // A prompt over its button ("Add The Courier to your home screen" over "Install", "Use my location" over
    // "Not now"): whatever else the line has for it, as much as a title over a story can gain by its place and shape.
    // (A prompt's buttons are clutter lines: no other line's key is built.)
    test: (c) => hit(c.index + 1 < c.storyStart && c.lines[c.index + 1]!.kind === "clutter" && isPromptButton(c.lines[c.index + 1]!.text)),
    example: { page: "Add The Daily Courier to your home screen\nInstall\nNot now\nLONDON (Reuters) - Oil prices fell on Tuesday.", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nShare\nLONDON (Reuters) - Oil prices fell on Tuesday.", line: 0 },
  },
  {
    name: "under-teaser-heading",
    kind: "own",
    weight: -3,
    test: (c) => hit(c.listed),
    example: { page: "Related\nGold climbs to a record high\nRupee weakens against the dollar", line: 2 },
    counterExample: { page: "World\nGold climbs to a record high\nJun 20, 2024", line: 1 },
  },
  {
    name: "teaser-heading",
    kind: "own",
    weight: -4,
    test: (c) => hit(c.lines[c.index]!.kind === "heading"),
    example: { page: "More news", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease", line: 0 },
  },
  {
    name: "call-to-action",
    kind: "own",
    weight: -4,
    test: (c) => hit(isCallToAction(c.lines[c.index]!.text) || hasLinkMark(c.lines[c.index]!.text)),
    example: { page: "Have your say on the new transport plan", line: 0 },
    counterExample: { page: "Shares fall as oil slides", line: 0 },
  },
  {
    name: "ticker",
    kind: "own",
    weight: -3,
    test: (c) => hit(mayOpenTicker(c.lines[c.index]!.text) && TICKER_PREFIX.test(c.lines[c.index]!.text)),
    example: { page: "Just in: Parliament votes to extend the session", line: 0 },
    counterExample: { page: "UPDATE 2-Oil prices fall as supply worries ease", line: 0 },
  },
  {
    name: "caption-shape",
    kind: "own",
    weight: -3,
    test: (c) => {
      const text = c.lines[c.index]!.text;
      // (A line ending in a bracketed photo credit is never a candidate: the classifier reads it as a caption.)
      return hit((isCaptionLike(text) && !isTitleCased(text)) || hasCaptionMark(text, (countTokens(text).signs & CAPTION_SIGN) !== 0));
    },
    example: { page: "Rescue workers near the collapsed bridge. File: Jane Doe", line: 0 },
    counterExample: { page: "Minister speaks to reporters outside parliament", line: 0 },
  },
  {
    name: "credit-shape",
    kind: "own",
    weight: -4,
    test: (c) => hit(isCreditShaped(c.lines[c.index]!.text)),
    example: { page: "VICTOR TANGERMANN, FUTURISM", line: 0 },
    counterExample: { page: "Gold, silver rise on a weaker dollar", line: 0 },
  },
  {
    name: "web-address",
    kind: "own",
    weight: -3,
    test: (c) => hit(hasWebAddress(c.lines[c.index]!.text, (countTokens(c.lines[c.index]!.text).signs & ADDRESS_SIGN) !== 0)),
    example: { page: "AS - www.example.com.br", line: 0 },
    counterExample: { page: "Amazon.com to cut 14,000 jobs", line: 0 },
  },
  {
    name: "repeated-slot",
    kind: "own",
    weight: -2,
    test: (c) => hit(c.features[c.index]!.repeats >= REPEATED_SLOT),
    example: { page: "Festival photo\nA crowd\nFestival photo\nA stage\nFestival photo\nA band\nFestival photo", line: 0 },
    counterExample: { page: "Oil slips as supply worries ease\nOil slips as supply worries ease", line: 0 },
  },
  {
    name: "numbers-line",
    kind: "own",
    weight: -3,
    test: (c) => hit(isNumbersLine(c.lines[c.index]!.text)),
    example: { page: "Collingwood 7.11 (57) v Carlton 7.13 (96)", line: 0 },
    counterExample: { page: "Sensex falls 500 points as banks slide", line: 0 },
  },
  {
    name: "values-row",
    kind: "own",
    weight: -6,
    // A widget's row of times or prices, a ticker's quote: as many numbers as words. No headline, even alone on a page.
    test: (c) => hit(isValuesRow(c.lines[c.index]!.text)),
    example: { page: "Fajr 4:33  Dhuhr 12:13  Asr 15:24  Maghrib 18:20", line: 0 },
    counterExample: { page: "Sensex falls 500 points as banks slide", line: 0 },
  },
  {
    name: "data-row",
    kind: "own",
    weight: -6,
    // A widget's row of labelled values, a tally, a price board: every segment holds a number. No headline, even alone on a page.
    test: (c) => hit(isDataRow(c.lines[c.index]!.text)),
    example: { page: "Senate: Dem 49 · Rep 49", line: 0 },
    counterExample: { page: "Budget 2024: what changes for savers | Example News", line: 0 },
  },
  {
    name: "weather-widget",
    kind: "own",
    weight: -6,
    // A temperature on a short line: the weather box of a site's header ("31°C New York", "Harbour Town 29° / 23°").
    // (TEMPERATURE needs the degree sign: a line without one is refused without running it.)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
    test: (c) => hit(c.features[c.index]!.words <= WEATHER_WORDS && (countTokens(c.lines[c.index]!.text).signs & DEGREE_SIGN) !== 0 && TEMPERATURE.test(c.lines[c.index]!.text)),
    example: { page: "31°C New York", line: 0 },
    counterExample: { page: "Heatwave pushes temperatures past 45 degrees in Delhi", line: 0 },
  },
  {
    name: "letter-buttons",
    kind: "own",
    weight: -10,
    // A widget's one-letter buttons: no headline, even alone over the story (its length and place alone give 9).
    test: (c) => hit(hasLetterButtons(c.lines[c.index]!.text)),
    example: { page: "Font size: A A A", line: 0 },
    counterExample: { page: "A Tale of Two Cities returns to the stage", line: 0 },
  },
  {
    name: "caption-over-credit",
    kind: "own",
    weight: -3,
    // A caption's sentence right over its photo's credit line ("Photo Credit: Special Arrangement").
    test: (c) => {
      const next = c.lines[c.index + 1];
      return hit(next !== undefined && next.kind === "caption" && next.text.length <= CREDIT_LINE_CHARS && isCaptionLike(c.lines[c.index]!.text));
    },
    example: { page: "Officials watch the match on a giant screen on Monday.\nPhoto Credit: Special Arrangement\nHARBOUR TOWN (Reuters) - The final went to extra time.", line: 0 },
    counterExample: { page: "Officials watch the match on a giant screen on Monday.\nHARBOUR TOWN (Reuters) - The final went to extra time.", line: 0 },
  },
  {
    name: "lower-case-start",
    kind: "own",
    weight: -3,
    // Headlines open with a capital, a digit or a quote; a first word all in lower case is a menu's or a prompt's ("iPhone" is mixed case).
    test: (c) => hit(mayOpenLowerCase(c.lines[c.index]!.text) && LOWER_WORD_START.test(c.lines[c.index]!.text)),
    example: { page: "switch to the international edition", line: 0 },
    counterExample: { page: "iPhone sales slow in China as rivals gain", line: 0 },
  },
  {
    name: "field-value",
    kind: "own",
    weight: -5,
    // The value of a byline or date field laid out as label / value lines: the author's or the desk's name.
    test: (c) => hit(c.index > 0 && c.lines[c.index - 1]!.kind === "text" && endsWithColon(c.lines[c.index - 1]!.text) && META_FIELD_LABEL.test(c.lines[c.index - 1]!.text)),
    example: { page: "Oil slips as supply worries ease\nAuthor:\nMarkets Desk Staff Writers\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 2 },
    counterExample: { page: "Markets:\nOil slips as supply worries ease\nLONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.", line: 1 },
  },
  {
    name: "form-label",
    kind: "own",
    weight: -5,
    test: (c) => hit(endsWithColon(c.lines[c.index]!.text) && FIELD_LABEL.test(c.lines[c.index]!.text)),
    example: { page: "Author :", line: 0 },
    counterExample: { page: "Oil slips: supply worries ease", line: 0 },
  },
];

/**
 * True when a teaser heading ("Related", "More On:") opens the list of
 * titles the candidate at line `index` sits in (`below`: the first line under
 * it that is no aside; `storyStart`: the story's first line; the head stage
 * reads this once a candidate, as {@link HeadlineCandidate.listed}): walking
 * up over title lines, kickers and tags
 * (labels) and the items' date lines, the first other line is such a heading.
 * Such a title is another story's: no rival of the headline either. A list of
 * dated items counts only between the head's stamp and the story: without a
 * head above it, its last item may be the headline over its own date line.
 */
export function underTeaserHeading(lines: readonly LineInfo[], features: readonly LineFeatures[], index: number, below: number, storyStart: number): boolean {
  const own = lines[index]!.text;
  let titles = 0;
  let dated = below < storyStart && lines[below]!.kind === "date";
  for (let j = index - 1; j >= 0 && titles < TEASER_LIST_REACH && index - j <= 3 * TEASER_LIST_REACH; j--) {
    const line = lines[j]!;
    const f = features[j]!;
    // A list: the heading, then two different titles or more (a headline printed twice is no list).
    if (line.kind === "heading" || (f.shape === "label" && line.text.endsWith(":"))) {
      return (titles > 0 || isListedBelow(lines, features, index, storyStart)) && (!dated || isUnderHeadStamp(lines, features, j));
    }
    // An item's own date line and its kicker ("AUTO NEWS") stand between the titles of a dated list.
    if (line.kind === "date") dated = true;
    else if (line.kind !== "text") return false;
    else if (f.shape === "title" || f.shape === "sentence") {
      if (f.words < 3) return false;
      if (line.text !== own) titles++;
    } else if (f.shape !== "label") return false;
  }
  return false;
}

/** True when a different title follows line `index` (past its date line and the next item's kicker): it heads a list of titles. */
function isListedBelow(lines: readonly LineInfo[], features: readonly LineFeatures[], index: number, storyStart: number): boolean {
  const own = lines[index]!.text;
  let j = index + 1;
  while (j < storyStart && lines[j]!.text === own) j++;
  let dated = false;
  for (; j < storyStart && (lines[j]!.kind === "date" || (lines[j]!.kind === "text" && features[j]!.shape === "label")); j++) dated ||= lines[j]!.kind === "date";
  if (j >= storyStart) return false;
  const next = lines[j]!;
  if (next.kind !== "text" || features[j]!.shape !== "title" || features[j]!.words < 3) return false;
  // Undated, a title over the byline or date line is the candidate's standfirst, not a list's next item;
  // dated, the next item has its own date line too.
  const after = skipAsides(lines, j + 1);
  return dated === (after < storyStart && isBylineOrDate(lines[after]!, features[after]!));
}

/** How far above a candidate a teaser heading may open its list. */
const TEASER_LIST_REACH = 8;

/** The rules on a line's own evidence. */
export const OWN_RULES: readonly HeadlineRule[] = HEADLINE_RULES.filter((r) => r.kind === "own");
/** The rules on a line's place among its rivals. */
export const PLACE_RULES: readonly HeadlineRule[] = HEADLINE_RULES.filter((r) => r.kind === "place");

/** The least score a headline needs: a title with no evidence for it is no headline. */
export const HEADLINE_MIN_SCORE = 1;
/** A runner-up this close to the winner makes the choice uncertain. */
export const HEADLINE_MARGIN = 1;
