/**
 * What a line looks like: a paragraph, a headline, a label, a name. These
 * predicates are the structural rules the layout stages share.
 *
 * @module
 */
import { SECTION_LABELS } from "../data/clutter.js";
import { PLACE_PARTICLES } from "../data/stopwords.js";
import { CAPTION_MARK, CAPTION_MARK_WORDS, CREDIT_SHAPE, ENDS_WITH_PERIOD, FULL_STOP_END, INITIALS, LETTER, LOWER_START, NAME_ONLY, SECTION_PATH, SENTENCE_END, SPACE_SPLIT, WEB_ADDRESS } from "../patterns/lines.js";
import type { DatelineParse, LineFeatures, LineInfo, LineKind } from "../types.js";
import { isSureDateline } from "./dateline.js";
import { clutterKey, endsLikeSentence, wordCount } from "./text.js";

/**
 * A paragraph of running text: long, or a sentence of six words or more.
 * ✓ "Kim described the agreement as a huge treaty." ✗ "Russia, N Korea agree on mutual support"
 */
export function isParagraphLike(text: string): boolean {
  return text.length >= 150 || (FULL_STOP_END.test(text) && wordCount(text, 6) >= 6);
}

/**
 * Running text that cannot be a headline: a long paragraph, or a sentence of
 * eight words or more ending with a full stop.
 * ✓ "The Dubai Police has issued an important advisory to residents." ✗ "have moved separately."
 */
export function isRunningText(text: string): boolean {
  return (text.length >= 150 && isParagraphLike(text)) || isCaptionLike(text);
}

/**
 * A headline: not too long, and not ending with a full stop.
 * ✓ "Odisha chalking out plan for Buddhist sites" ✓ "Is cheap oil over?" ✗ "Prices rose 5 percent on Monday."
 */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 220 && !(endsWithPeriod(text) && wordCount(text, 4) >= 4);
}

/**
 * A full stop at the line's end, maybe inside closing quotes or a bracket (ENDS_WITH_PERIOD). The last
 * character settles most lines: a full stop is one, and a line ending with neither a full stop nor a
 * closing quote or bracket has none; only the others are tried on the pattern.
 */
function endsWithPeriod(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut: the pattern, which decides, takes every line ending with a full stop
  if (last === 0x2e || last === 0x3002 /* . 。 */) return true;
  // (" ' ” ’ ) 」 』)
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return (last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019 || last === 0x29 || last === 0x300d || last === 0x300f) && ENDS_WITH_PERIOD.test(text);
}

/**
 * A short heading line of a teaser block: a few words, no sentence end.
 * ✓ "More news" "ALSO READ:" "You may also like" ✗ "Prices rose."
 */
export function isHeadingLike(text: string): boolean {
  return text.length <= 50 && wordCount(text, 7) <= 6 && !(SENTENCE_END.test(text) && !text.endsWith(":"));
}

/** HTML input: a line of the page's content block that is no link (a listicle's item, a table's cell); false for text input. */
export function isContentText(f: LineFeatures | undefined): boolean {
  return f !== undefined && f.inContent && !f.linked;
}

/**
 * A caption or standfirst sentence rather than a headline.
 * ✓ "West Bengal Chief Minister Mamata Banerjee speaking to media in Kolkata on Tuesday."
 */
export function isCaptionLike(text: string): boolean {
  return endsWithPeriod(text) && wordCount(text, 8) >= 8;
}

function isCapitalisedWord(word: string): boolean {
  const c = word.charAt(0);
  if (!LETTER.test(c)) return LABEL_JOINERS.has(word);
  return c !== c.toLowerCase() || PLACE_PARTICLES.has(word) || word === "and";
}

/** Words of a label that are no words: joiners and path separators ("Crime & Justice", "Sci / Tech", "States » East"). */
const LABEL_JOINERS: ReadonlySet<string> = new Set(["&", "/", "-", "–", "|", "»", "›", "+"]);

/**
 * A desk label that can be the section: "World", "Sci/Tech", "U.S.",
 * "States » East", "Crime and Justice", "EMIRATES NEWS".
 */
export function isSectionLabel(text: string): boolean {
  if (text.length > 40 || wordCount(text, 5) > 4) return false;
  if (SECTION_LABELS.has(clutterKey(text))) return true;
  if (SENTENCE_END.test(text) && !text.endsWith(".")) return false;
  if (endsWithPeriod(text) && !INITIALS.test(text)) return false;
  const words = text.split(SPACE_SPLIT);
  if (SECTION_PATH.test(text)) return true;
  return words.length <= 3 && words.every(isCapitalisedWord);
}

/**
 * A credit or byline of a name and its medium (CREDIT_SHAPE): "Jane Doe, Associated Press", "By Jane Doe".
 * Every form opens with "by" in some case, or has a capitalised word (or one of initials, "O'Neil")
 * right after the line's first space and then a "," or an "@" ("Jane Doe @janedoe"), or ends with
 * " Press", " Reuters", " AFP" or " Bloomberg": a line with none of these is refused without running
 * the pattern (most headlines and captions, "Oil slips as supply worries ease").
 */
export function isCreditShaped(text: string): boolean {
  const first = text.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  if (first !== 0x42 && first !== 0x62 /* B b */) {
    const space = text.indexOf(" ");
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
    if (space < 0) return false;
    const c = text.charCodeAt(space + 1);
    // (A-Z, "." "'" "-", or any code outside ASCII, which may be a capital or "’".)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
    if (c < 0x80 && !(c >= 0x41 && c <= 0x5a) && c !== 0x2e && c !== 0x27 && c !== 0x2d) return false;
    const last = text.charCodeAt(text.length - 1);
    // (The last letter of "Press" and "Reuters", "AFP", "Bloomberg".)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
    if (last !== 0x73 && last !== 0x50 && last !== 0x67 && text.indexOf(",") < 0 && text.indexOf("@") < 0) return false;
  }
  return CREDIT_SHAPE.test(text);
}

/**
 * A web or e-mail address on the line (WEB_ADDRESS). Every form holds a ".", an "@" or a ":"
 * ("www.", "https://", "example.com", "desk@example.com"): a line without one is refused
 * without running the pattern.
 *
 * @param text - the line
 * @param marked - whether the line holds a ".", an "@" or a ":", when the caller knows it already
 */
// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
export function hasWebAddress(text: string, marked = text.indexOf(".") >= 0 || text.indexOf("@") >= 0 || text.indexOf(":") >= 0): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return marked && WEB_ADDRESS.test(text);
}

/**
 * A photo caption's or credit's mark on the line (CAPTION_MARK). Only its words ("Getty Images",
 * "representational image") can stand on a line with no "(", ":", "/" or "[": such a line is tried
 * on CAPTION_MARK_WORDS alone, a pattern a third as dear.
 *
 * @param text - the line
 * @param signed - whether the line holds a "(", ":", "/" or "[", when the caller knows it already
 */
// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: CAPTION_MARK_WORDS is a part of CAPTION_MARK: on a line without these signs both answer alike
export function hasCaptionMark(text: string, signed = text.indexOf("(") >= 0 || text.indexOf(":") >= 0 || text.indexOf("/") >= 0 || text.indexOf("[") >= 0): boolean {
  return signed ? CAPTION_MARK.test(text) : CAPTION_MARK_WORDS.test(text);
}

/** A reporter's name alone on a line: "Amira Agarib". (A longer line, a paragraph, is refused without running NAME_ONLY.) */
export function isNameOnly(text: string): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: the pattern, which decides, refuses every line the gate refuses
  return text.length <= NAME_ONLY_CHARS && NAME_ONLY.test(text);
}

/**
 * The longest line NAME_ONLY can match, in UTF-16 units: a capital and up to 20 letters, then up to
 * three more words of a space, a capital and up to 20 letters, each letter up to two units.
 */
const NAME_ONLY_CHARS = 2 + 40 + 3 * (1 + 2 + 40);

/**
 * True when a parsed dateline opens a paragraph of the story, not a headline
 * that starts like one ("Imphal: Three BSF jawans injured ...").
 *
 * @param dl - the dateline read off the line
 * @param next - the text of the next line, if any
 */
export function opensParagraph(dl: DatelineParse, next: string | undefined): boolean {
  if (dl.rest === "") return next !== undefined && isParagraphLike(next);
  // A hard-wrapped paragraph goes on, in lower case, on the next line.
  if (next !== undefined && LOWER_START.test(next)) return true;
  return isParagraphLike(dl.rest) || (dl.agency !== null && wordCount(dl.rest, 4) >= 4);
}

/**
 * Words after a dateline on the page's last line that make it a cut paragraph's opening, not a title:
 * after a place from the places table or a qualified place, four ("Kabul: Blast kills five" is a
 * headline); after an agency or a date, which titles do not open with, one.
 */
const CUT_PARAGRAPH_WORDS = 4;
const CUT_PARAGRAPH_WORDS_CREDITED = 1;

/**
 * True when line `i` is the page's last, stops mid-sentence and opens with a sure dateline
 * ({@link isSureDateline}) or a place qualified by its region or country, and some words: the
 * story's first paragraph, cut short by a length limit
 * (a crawler's byte cap, a preview of a page's first characters).
 * ✓ "DALLAS, March 2 - Computer Language Research Inc said its unit intr" (last line)
 * ✗ the same line with a paragraph after it; "Kabul: Blast kills five" (no sure dateline)
 */
export function opensCutParagraph(lines: readonly LineInfo[], i: number): boolean {
  const line = lines[i]!;
  if (i !== lines.length - 1 || endsLikeSentence(line.text)) return false;
  // (Only a text or a credit line reads a dateline: a credit glued before it is split off.)
  const dl = line.dateline;
  // (A place qualified by its region or country, "IZMIT, Turkey _", is a dateline's shape that titles do not open with.)
  if (dl === null || !(isSureDateline(dl) || dl.country !== null || dl.region !== null)) return false;
  const words = dl.agency !== null || dl.month !== null ? CUT_PARAGRAPH_WORDS_CREDITED : CUT_PARAGRAPH_WORDS;
  return wordCount(dl.rest, words) >= words;
}

/** Line kinds that never carry the story's text (compared, not looked up in a set: cheaper). */
export function isAsideKind(kind: LineKind): boolean {
  // Most lines are text, which the first comparison settles.
  return kind !== "text" && (kind === "separator" || kind === "clutter" || kind === "credit" || kind === "link" || kind === "caption" || kind === "also-read" || kind === "placeholder");
}

/**
 * The index of the first line at or after `from` (at or before it, with `step` -1) that is not an aside
 * (clutter, a caption, a separator ...); `lines.length` (-1) when there is none.
 */
export function skipAsides(lines: readonly LineInfo[], from: number, step: 1 | -1 = 1): number {
  let j = from;
  while (j >= 0 && j < lines.length && isAsideKind(lines[j]!.kind)) j += step;
  return j;
}

/** How many lines (asides not counted) an item's paragraph of running text may stand from the next item's. */
export const ITEM_REACH = 4;

/**
 * The next paragraph of running text from line `i` in `step`'s direction, within ITEM_REACH lines (asides not
 * counted) with only titles and labels between, or -1: how the items of a listicle, a product list or a recipe
 * stand (a name, a price, a shop's link printed for every item, then the item's paragraph). A heading, a date
 * line, a byline or a page landmark between parts them (a teaser list's summaries stand under a heading, each
 * under its date); a paragraph printed more than once (a gallery's caption) is no item's.
 */
export function runningTextWithin(lines: readonly LineInfo[], features: readonly LineFeatures[], i: number, step: 1 | -1): number {
  for (let j = i + step, seen = 0; j >= 0 && j < lines.length && seen < ITEM_REACH; j += step) {
    const line = lines[j]!;
    if (isAsideKind(line.kind)) continue;
    seen++;
    const f = features[j]!;
    if (line.kind !== "text" || f.landmark !== null) return -1;
    if (f.shape === "running") return f.repeats === 1 ? j : -1;
    if (f.shape !== "title" && f.shape !== "label") return -1;
  }
  return -1;
}
