/**
 * Stage 4: what each line looks like, as numbers and a shape, so that the
 * later stages can weigh evidence instead of trusting one kind: its length
 * in words, the share of short function words, whether it ends like a
 * sentence, how often it repeats on the page, and the length of the run of
 * short lines of the same shape it sits in (menus, link lists, tag clouds).
 * Shape alone, no word lists: pages in any language get the same features.
 *
 * @module
 */
import { COMMENTS_GATE, COMMENTS_HEADING, FOOTER_MARK, FOOTER_WORD, GLUED_CREDIT_OPEN, GLUED_RANKED_LIST, MAP_DATA, RELATIVE_TIME, STAMP_LINE, TEASER_CUT } from "../patterns/lines.js";
import { byteClasses, CASELESS, CLAUSE, LOWER, SPACE, UNSPACED, unitByte, UPPER } from "../lib/letters.js";
import { mayRepeat } from "../lib/text.js";
import type { BlockEvidence, ContainerTag, LineFeatures, LineInfo, LineShape, ParseContext } from "../types.js";

/** Counts read off a line in one pass over its characters. */
interface Counts {
  words: number;
  /** Words of one to three letters written in lower case (in an ALL-CAPS line, in any case): "of", "the", "и", "de". */
  functionWords: number;
  /** Words that open with a lower-case letter. */
  lowerWords: number;
  /** `,` `;` `:` and `.` not at the end: clause punctuation inside the line. */
  clauses: number;
  /** Letters of scripts written without spaces between words (Chinese, Japanese, Thai ...). */
  unspaced: number;
  upper: number;
  lower: number;
  /** A word after a space opens with "(" or a dash: where a credit glued to the last sentence may start ({@link endsSentence}). */
  spacedOpener: boolean;
}

/**
 * How much of a line is counted: shares and thresholds need no more (a long
 * paragraph's opening says what it is), and the stage stays linear and cheap.
 */
const COUNT_SPAN = 160;

/**
 * The code units of a line's counted span as bytes (unitByte), and a space after them (a
 * sentinel: a word's end is found by looking for a space alone): `charCodeAt` costs some 30
 * to 45 machine instructions a character in optimised code (more on the sliced strings the
 * lines are), a typed array's element a few, and fewer when the array is always of one type.
 * Refilled for each line.
 */
const BYTES = new Uint8Array(COUNT_SPAN + 1);
/** The span of BYTES the encoder fills (the sentinel's place left out). */
const SPAN_BYTES = BYTES.subarray(0, COUNT_SPAN);
const ENCODER = new TextEncoder();

/**
 * The first `count` (at most COUNT_SPAN) code units of `text` as bytes, and a space after
 * them: its UTF-8 bytes when they are ASCII (one native copy), else read one by one (unitByte).
 */
function unitsOf(text: string, count: number): Uint8Array {
  const r = ENCODER.encodeInto(text, SPAN_BYTES);
  if (r.read !== count || r.written !== count) for (let i = 0; i < count; i++) BYTES[i] = unitByte(text.charCodeAt(i));
  BYTES[count] = 0x20;
  return BYTES;
}

/**
 * Counts a line word by word over its code units (words end at a space; a
 * word's first character may not be a space or a tab). Only a word's first
 * and last characters (and the letters of words of up to four characters,
 * the function-word candidates) are classed. Letter counts are estimated per
 * word from its first two characters: enough for the shares and tests the
 * shapes need.
 */
function countLine(text: string, n: Counts): Counts {
  const classes = byteClasses();
  // (The classes in locals: optimised code reloads a module-level binding from the module's context at every use.)
  const lowerK = LOWER;
  const upperK = UPPER;
  const caselessK = CASELESS;
  const unspacedK = UNSPACED;
  const clauseK = CLAUSE;
  const end = Math.min(text.length, COUNT_SPAN);
  const u = unitsOf(text, end);
  const last = text.length - 1;
  // (Counted in locals, written to `n` once: a field's update costs several instructions a word.)
  let words = 0;
  let functionWords = 0;
  let lowerWords = 0;
  let clauses = 0;
  let unspaced = 0;
  let upper = 0;
  let lower = 0;
  let spacedOpener = false;
  let i = 0;
  while (i < end) {
    const c = u[i]!;
    if (c === 0x20 || c === 0x09) {
      i++;
      continue;
    }
    let j = i + 1;
    while (u[j] !== 0x20) j++; // (u[end] is a space)
    const length = j - i;
    words++;
    const k = classes[c]!;
    // (The last character's class serves the function-word test and the clause count both.)
    const kLast = length === 1 ? k : classes[u[j - 1]!]!;
    if (k === lowerK) {
      lowerWords++;
      lower += length;
      if (length <= 4 && isFunctionWord(u, i, length, kLast, classes)) functionWords++;
    } else if (k === upperK) {
      // "WORD" counts as capitals, "Word" as one capital and lower case ("A" as a capital either way).
      if (classes[u[i + 1]!] === upperK) upper += length;
      else {
        upper++;
        lower += length - 1;
      }
    } else if (k === unspacedK) {
      unspaced += length;
      for (let p = i; p < j; p++) if (classes[u[p]!] === clauseK && p < last) clauses++;
    } else if (k === caselessK) lower += length;
    else if (i > 0 && (c === 0x28 || c === 0x2d) /* ( - – — */ && u[i - 1] === 0x20) spacedOpener = true;
    if (k !== unspacedK && kLast === clauseK && j - 1 < last) clauses++;
    i = j + 1; // (past the space that ended the word)
  }
  // In an ALL-CAPS line ("PRESIDENT SAID ON MONDAY ...") the function words are capitals too.
  if (upper > 0 && lower === 0) functionWords = countShortWords(u, end);
  n.words = words;
  n.functionWords = functionWords;
  n.lowerWords = lowerWords;
  n.clauses = clauses;
  n.unspaced = unspaced;
  n.upper = upper;
  n.lower = lower;
  n.spacedOpener = spacedOpener;
  return n;
}

/**
 * True when the `length` (at most four) units from `from` are one to three lower-case letters, maybe with one mark of
 * punctuation after them ("of", "the,"). The caller has seen a lower-case letter at `from`, and passes the class
 * of the last unit: only the units between are looked up here.
 */
function isFunctionWord(u: Uint8Array, from: number, length: number, kLast: number, classes: Uint8Array): boolean {
  if (kLast === LOWER ? length > 3 : kLast === UPPER || kLast === CASELESS || kLast === UNSPACED) return false;
  return (length < 3 || classes[u[from + 1]!] === LOWER) && (length < 4 || classes[u[from + 2]!] === LOWER);
}

/** Words of one to three letters, in any case, among the first `length` code units (`u[length]` is a space). */
function countShortWords(u: Uint8Array, length: number): number {
  const classes = byteClasses();
  let count = 0;
  let run = 0;
  for (let i = 0; i <= length; i++) {
    const c = u[i]!;
    const k = classes[c]!;
    if (k === SPACE) {
      if (run > 0 && run <= 3) count++;
      run = 0;
    } else if (k >= LOWER && k <= UNSPACED) run++;
    else if (run > 0 && c !== 0x27 /* ' ’ */) run = 99; // "U.S." is no function word
  }
  return count;
}

/** How far back from a line's end a credit glued to its last sentence may start: "... birthday. (ANI)", "... entourage. – Emirates News Agency, WAM". */
const GLUED_CREDIT_REACH = 48;

/** A space, then a capital letter: how a credit after a dash opens. ✓ " Emirates" ✗ " comwrap" */
const CAPITAL_AFTER_DASH = /^ \p{Lu}/u;

function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** True for a closing quote or bracket, which may stand after a sentence's end. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb;
}

/**
 * True when the line ends a sentence: . ! ? … 。 ！ ？, inside closing quotes
 * and brackets, or before a short credit glued to the end in parentheses or
 * after a dash ("... birthday. (ANI)", "... entourage. – Emirates News Agency, WAM").
 *
 * @param text - the line
 * @param mayHoldCredit - false when the caller knows that no space in the line is followed by "(" or a dash (no credit can be glued)
 */
export function endsSentence(text: string, mayHoldCredit = true): boolean {
  let i = text.length - 1;
  for (let k = 0; k < 3 && i > 0 && isCloser(text.charCodeAt(i)); k++) i--;
  if (isSentenceMark(text.charCodeAt(i))) return true;
  if (!mayHoldCredit) return false;
  GLUED_CREDIT_OPEN.lastIndex = Math.max(0, text.length - GLUED_CREDIT_REACH);
  if (!GLUED_CREDIT_OPEN.test(text)) return false;
  // A glued credit: a sentence mark, a space, then "(" or a dash, near the end.
  for (let j = text.length - 3; j > 0 && text.length - j <= GLUED_CREDIT_REACH; j--) {
    if (text.charCodeAt(j) !== 0x20) continue;
    const open = text.charCodeAt(j + 1);
    if (open !== 0x28 && open !== 0x2013 && open !== 0x2014 && open !== 0x2d) continue;
    // After a dash the credit opens with a capital ("– Emirates News Agency"); "C.A.R.E. - comwrap auf der ..." is a title.
    if (open !== 0x28 && !CAPITAL_AFTER_DASH.test(text.slice(j + 2, j + 4))) continue;
    let p = j - 1;
    while (p > 0 && isCloser(text.charCodeAt(p))) p--;
    if (isSentenceMark(text.charCodeAt(p))) return true;
  }
  return false;
}

/** A line cut with ",..." this short is a teaser's summary. */
const TEASER_CUT_CHARS = 300;

/** Lines at least this long can be running text on their own. */
export const RUNNING_TEXT_CHARS = 150;
/** A sentence this long or longer is a `sentence`; shorter ones are `short-sentence`. */
export const SENTENCE_CHARS = 60;
/** Running text in scripts without spaces packs more into fewer characters. */
const RUNNING_UNSPACED_CHARS = 50;
/** A line without a sentence end reads as prose with this many words ... */
const UNPUNCTUATED_WORDS = 12;
/** ... this share of them function words, and two in three words in lower case ... */
const UNPUNCTUATED_SHARE = 0.25;
/** ... and this many characters with a clause comma inside, or without one. */
const UNPUNCTUATED_CHARS = [80, 100] as const;
/** The share of function words that makes a line read as prose. */
export const PROSE_FUNCTION_SHARE = 0.12;
/** Label-shaped lines have at most this many words ("World", "Sign in", "Delhi & NCR"). */
export const LABEL_WORDS = 3;
/** ... and at most this many characters. */
const LABEL_CHARS = 40;
/** Title-shaped lines are at most this long. */
export const TITLE_CHARS = 250;

/** True when the text ends with "…" or "...". */
function endsWithEllipsis(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  return last === 0x2026 || (last === 0x2e && text.charCodeAt(n - 2) === 0x2e && text.charCodeAt(n - 3) === 0x2e);
}

/**
 * The shape of one line from its counts. `mayBeCut` says the page may stop inside the line (its last line).
 * ✓ running "Oil prices fell on Tuesday as traders weighed ..." (150+ characters of prose)
 * ✓ label "World" "Sign in"  ✓ title "Russia, N Korea agree on mutual support"
 */
function shapeOf(text: string, c: Counts, mayBeCut: boolean): LineShape {
  const chars = text.length;
  // A title or summary cut short by the site (",...", " …"): a teaser's, never a paragraph of the story.
  // (The pattern ends with "..." or "…": looked for only on a line that ends with one.)
  if (chars <= TEASER_CUT_CHARS && endsWithEllipsis(text) && TEASER_CUT.test(text)) return "title";
  // A ranked list of titles a scraper glued on one line: titles, however long the line.
  // Stryker disable next-line ConditionalExpression: a gate for speed only: GLUED_RANKED_LIST opens with "1"
  if (text.charCodeAt(0) === 0x31 /* 1 */ && GLUED_RANKED_LIST.test(text)) return "title";
  // A line the page may stop inside lacks its sentence's end for that reason: prose of a sentence's length reads as one.
  const cutSentence = mayBeCut && chars >= SENTENCE_CHARS && c.functionWords / c.words >= PROSE_FUNCTION_SHARE;
  // (A line counted whole, with no word after a space opening with "(" or a dash, holds no glued credit.)
  const sentence = cutSentence || endsSentence(text, c.spacedOpener || chars > COUNT_SPAN);
  const unspaced = c.unspaced * 2 >= c.upper + c.lower + c.unspaced && c.unspaced > 0;
  if (unspaced) {
    if (chars >= RUNNING_UNSPACED_CHARS && c.clauses + (sentence ? 1 : 0) >= 1) return "running";
    if (chars >= 15 && sentence) return "sentence";
    return chars <= 12 ? "label" : "title";
  }
  const words = c.words;
  const prose = c.functionWords / words >= PROSE_FUNCTION_SHARE;
  if (chars >= RUNNING_TEXT_CHARS) {
    if ((sentence || c.clauses >= 2) && prose) return "running";
    // Prose that is mostly lower-case words with some punctuation, in a language whose function words are long.
    if (c.lowerWords * 2 >= words && c.clauses >= 1) return "running";
  }
  if (sentence && prose && chars >= SENTENCE_CHARS) return "sentence";
  // A last sentence that lost its full stop still reads as prose: many words, many of them function words.
  // (Titles with many function words are shorter: a long line, or one with a clause comma.)
  if (!sentence && chars >= UNPUNCTUATED_CHARS[c.clauses > 0 ? 0 : 1] && words >= UNPUNCTUATED_WORDS && c.functionWords / words >= UNPUNCTUATED_SHARE && c.lowerWords * 3 >= words * 2) return "sentence";
  if (sentence && words >= 3 && c.lowerWords > 0 && !text.endsWith(":")) return "short-sentence";
  if (words <= LABEL_WORDS && chars <= LABEL_CHARS) return c.upper + c.lower + c.unspaced > 0 ? "label" : "fragment";
  if (chars <= TITLE_CHARS && c.upper + c.lower > 0) return "title";
  return "fragment";
}

/**
 * Stage 4: measures every line.
 *
 * @param lines - classified lines (from segmentLines: trimmed and non-empty, so each has a word at least)
 * @param _ctx - the parse context
 * @returns one `LineFeatures` per line, in order
 * @example
 * ```ts
 * measureLines(classifyLines(segmentLines("Home\nWorld\nSport\nOil prices fell ...")), ctx)
 * //=> [{ shape: "label", labelRun: 3, ... }, ..., { shape: "running", ... }]
 * ```
 */
export function measureLines(lines: readonly LineInfo[], ctx: ParseContext): LineFeatures[] {
  const blocks = ctx.page?.lines;
  const copies = new Map<string, number>();
  // Most pages print no line twice: then every line is printed once, and no text need be hashed.
  const repeating = mayRepeat(lines, REPEAT_KEY_MAX);
  if (repeating) for (const l of lines) if (l.text.length <= REPEAT_KEY_MAX) copies.set(l.text, (copies.get(l.text) ?? 0) + 1);
  const out: { -readonly [K in keyof LineFeatures]: LineFeatures[K] }[] = new Array(lines.length);
  /** One set of counts, filled afresh for each line (no object a line: hostile pages have millions). */
  const counts: Counts = { words: 0, functionWords: 0, lowerWords: 0, clauses: 0, unspaced: 0, upper: 0, lower: 0, spacedOpener: false };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const c = countLine(text, counts);
    // (The last line of a page of several lines may be a paragraph cut short by a length limit: a crawler's
    // byte cap, a preview of a page's first characters. A line alone is judged as it stands.)
    const shape = shapeOf(text, c, i > 0 && i === lines.length - 1);
    out[i] = {
      words: c.words,
      shape,
      functionShare: c.functionWords / c.words,
      repeats: repeating && text.length <= REPEAT_KEY_MAX ? copies.get(text)! : 1,
      labelRun: 0,
      titleRun: 0,
      landmark: landmarkOf(text),
      pageChrome: false,
      linked: false,
      heading: 0,
      inContent: false,
      cell: false,
    };
    const block = blocks?.[i];
    if (block) readMarkup(out[i]!, block);
  }
  markWrappedParagraphs(lines, out);
  fillRuns(lines, out);
  return out;
}

/** Containers whose lines are the page's furniture: navigation, footers, asides, forms (the innermost one decides). */
const CHROME_CONTAINERS: ReadonlySet<ContainerTag> = new Set(["nav", "footer", "aside", "form"]);

/** A line with this share of its characters in links or more is a link (jusText's and Readability's link density). */
const LINKED_SHARE = 0.5;

/** What an HTML page's markup says of a line, written into its features. A heading is never prose, whatever its punctuation. */
function readMarkup(f: { pageChrome: boolean; linked: boolean; heading: number; inContent: boolean; cell: boolean; shape: LineShape }, block: BlockEvidence): void {
  const innermost = block.within[block.within.length - 1];
  f.pageChrome = innermost !== undefined && CHROME_CONTAINERS.has(innermost);
  f.linked = block.linkShare >= LINKED_SHARE;
  f.heading = block.heading;
  f.inContent = block.inContent;
  f.cell = block.tag === "td" || block.tag === "th";
  if (block.heading > 0 && (f.shape === "running" || f.shape === "sentence" || f.shape === "short-sentence")) f.shape = "title";
}

/**
 * Hard-wrapped paragraphs: a line that does not end a sentence, followed by
 * one that opens in lower case, goes on in it. Every line of such a run takes
 * the shape of the whole paragraph ("running" when it is long enough).
 * ✓ "Madurai: Madras high court has directed the authorities to" / "consider and pass orders on a plea ..."
 */
function markWrappedParagraphs(lines: readonly LineInfo[], out: { shape: LineShape }[]): void {
  for (let i = 0; i + 1 < lines.length; ) {
    if (!continuesOnNext(lines, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let chars = lines[i]!.text.length + lines[j]!.text.length;
    while (j + 1 < lines.length && continuesOnNext(lines, j)) chars += lines[++j]!.text.length;
    const shape: LineShape = chars >= RUNNING_TEXT_CHARS ? "running" : "sentence";
    for (let k = i; k <= j; k++) out[k]!.shape = shape;
    i = j + 1;
  }
}

/** True when line `i` is cut mid-sentence and line `i + 1` goes on with it (in lower case, at most one blank line between). */
function continuesOnNext(lines: readonly LineInfo[], i: number): boolean {
  const next = lines[i + 1]!;
  if (next.blankBefore > 1 || lines[i]!.kind !== "text" || next.kind !== "text") return false;
  const c = next.text.charCodeAt(0);
  const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c < 0x2000 && next.text[0]!.toUpperCase() !== next.text[0]);
  return lower && !endsSentence(lines[i]!.text) && lines[i]!.text.length >= WRAPPED_MIN_CHARS;
}

/** A wrapped line is at least this long (a label above a lower-case line is no paragraph). */
const WRAPPED_MIN_CHARS = 30;

/** Lines up to this long are counted for repeats (menus and slots repeat; long paragraphs are read once). */
const REPEAT_KEY_MAX = 300;

/** Run kinds of {@link runKindOf}. */
const NO_RUN = 0;
const LABEL_RUN = 1;
const TITLE_RUN = 2;

/** Which run line `i` may stand in: menus of sections are text and headings; clutter (account links, buttons) or a byline breaks a run of labels. */
function runKindOf(lines: readonly LineInfo[], out: readonly { shape: LineShape }[], i: number): number {
  const shape = out[i]!.shape;
  if (shape === "title") return TITLE_RUN;
  if (shape !== "label") return NO_RUN;
  const kind = lines[i]!.kind;
  return kind === "text" || kind === "heading" ? LABEL_RUN : NO_RUN;
}

/** Sets, on every line of each maximal run of labels (`labelRun`) and of titles (`titleRun`), the run's length, in one pass. */
function fillRuns(lines: readonly LineInfo[], out: { labelRun: number; titleRun: number; shape: LineShape }[]): void {
  for (let i = 0; i < out.length; ) {
    const run = runKindOf(lines, out, i);
    let j = i + 1;
    if (run !== NO_RUN) while (j < out.length && runKindOf(lines, out, j) === run) j++;
    if (run === LABEL_RUN) for (let k = i; k < j; k++) out[k]!.labelRun = j - i;
    else if (run === TITLE_RUN) for (let k = i; k < j; k++) out[k]!.titleRun = j - i;
    i = j;
  }
}

/**
 * A cheap look for what FOOTER_MARK needs: a "©", a line that opens with
 * "Copyright" or "(c) ", or FOOTER_WORD's words.
 */
function mayBeFooter(text: string): boolean {
  if (text.includes("©")) return true;
  const c = text.charCodeAt(0);
  if (c === 0x28 || c === 0x43 || c === 0x63) return true; // ( C c
  return text.length <= FOOTER_CHARS && FOOTER_WORD.test(text);
}

/**
 * The first line of a publisher's imprint, the page's footer as a copyright line is: "Printed and published by
 * ...", "Impressum", "Aviso legal". (Looked for with `startsWith` on lines that open with its capital: cheaper
 * than a pattern on every line.)
 */
function isImprintLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x50) return text.startsWith("Printed and published by ");
  if (c === 0x49) return text.startsWith("Impressum");
  return c === 0x41 && text.startsWith("Aviso legal");
}

/** A footer line without "©" is at most this long. */
const FOOTER_CHARS = 160;

/** A stamp line is at most this long; a comment thread's heading at most twice as long. */
const STAMP_CHARS = 60;

/** The first letters of STAMP_LINE's labels: Updated, Published, Posted, Modified, Edited, Last, First. */
function isStampLead(c: number): boolean {
  const lower = c | 0x20;
  return lower === 0x75 || lower === 0x70 || lower === 0x6d || lower === 0x65 || lower === 0x6c || lower === 0x66;
}

/** Lines this short may be a landmark of the page's regions. */
const LANDMARK_CHARS = 250;

/**
 * Lines that mark the page's own regions: a copyright footer, the heading of
 * a comment thread, the time stamp of a teaser or a comment.
 * ✓ footer "© 2019 News Nation. All rights reserved." (not a map's credit, "Map data ©2024 Google") "Impressum"  ✓ comments "34 responses to “Lynn: ...”" "Leave a Reply"
 * ✓ stamp "2H ago" "jbaxt says:" "Posted Nov 18, 8:19 PM" "Updated"
 */
function landmarkOf(text: string): LineFeatures["landmark"] {
  if (text.length > LANDMARK_CHARS) return null;
  if ((mayBeFooter(text) && FOOTER_MARK.test(text) && !MAP_DATA.test(text)) || isImprintLine(text)) return "footer";
  if (text.length > STAMP_CHARS * 2) return null;
  // Each pattern is tried only where its telltale letters stand.
  const gate = COMMENTS_GATE.test(text);
  if (gate && COMMENTS_HEADING.test(text)) return "comments";
  const comment = gate && (text.includes("omment") || text.includes("OMMENT"));
  if (text.length > STAMP_CHARS) return null;
  if ((text.includes("ago") || text.endsWith("says:")) && RELATIVE_TIME.test(text)) return "stamp";
  return (comment || isStampLead(text.charCodeAt(0))) && STAMP_LINE.test(text) ? "stamp" : null;
}
