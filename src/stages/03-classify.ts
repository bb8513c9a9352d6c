/**
 * Stage 3: what each line is by itself (a date line, a byline, a sign-off,
 * clutter, a teaser heading, text ...), strongest evidence first. Where a
 * line sits on the page is the next stages' business.
 *
 * @module
 */
import { CLUTTER_LINES, CLUTTER_PREFIXES, CREDIT_PREFIXES, EMPTY_LIST_LINES, LINK_LINES, TEASER_HEADINGS } from "../data/clutter.js";
import { parseDateline } from "../lib/dateline.js";
import { readDateLine } from "../lib/dates.js";
import { clutterKey, clutterKeyEnd, clutterKeyStart, hasLinkMark, isKeyLead, mayRepeat, wordCount } from "../lib/text.js";
import { hasCaptionMark } from "../lib/shape.js";
import { isSignOffLine } from "../lib/trailer.js";
import { CJK_MEMBER_NOTICE, CONSENT_NOTICE_OPENING, TICKER_QUOTE, PHOTO_CREDIT, PHOTO_CREDIT_GATE, PHOTO_CREDIT_WORD, NOTICE_OR_PHOTO_GATE, NOTICE_OR_PHOTO_WORD, SHARE_BUTTONS, SPONSOR_CREDIT, ALSO_READ_LINE, AUTHOR_BOX_LINK, AUTHOR_NOTE, BREADCRUMB_HOME, EMBED_LABEL, SOCIAL_EMBED, GALLERY_COUNTER, GLUED_ITEMS, NOTICE_GATE, NOTICE_LINE, PROMO_LINE, READER_WORD, SENTENCE_END, BREADCRUMB_MARK, BREADCRUMB_SPLIT, BYLINE_LINE, BYLINE_WITH_CREDIT, COUNTER_LINE, DESK_BYLINE, GLUED_MENU, IMAGE_FILE_LINE, DOWNLOAD_LINE, NAME_PIPE_CREDIT, PHOTO_CREDIT_END, RECORD_ID_LINE, SEPARATOR_LINE, SOURCE_LINE, URL_LINE } from "../patterns/lines.js";
import type { DateLine, DatelineParse, Line, LineInfo, LineKind, ParseContext } from "../types.js";

/** The dateline a line of this kind and text opens with ("text" and "credit" lines only), or null. */
function readDateline(kind: LineKind, text: string): DatelineParse | null {
  return kind === "text" || kind === "credit" ? parseDateline(text) : null;
}

/**
 * What a line's text is, shared by every line of the page with the same text
 * (menus, repeated slots and teaser lists repeat lines; floods of one line
 * are a classic hostile input). Its dateline is read on first use and kept:
 * only the lines the layout asks about are ever scanned for one, none twice.
 */
class LineReading {
  readonly kind: LineKind;
  readonly dateLine: DateLine | undefined;
  readonly value: string | undefined;
  readonly #text: string;
  #dateline: DatelineParse | null | undefined;

  constructor(text: string) {
    const k = kindOf(text);
    this.#text = text;
    this.kind = k.kind;
    this.dateLine = k.dateLine;
    this.value = k.value;
  }

  get dateline(): DatelineParse | null {
    // Stryker disable next-line ConditionalExpression: a memo: reading the line again gives the same dateline
    if (this.#dateline === undefined) {
      this.#dateline = readDateline(this.kind, this.#text);
    }
    return this.#dateline;
  }
}

/**
 * A classified line: its place on the page and the reading of its text. A line whose reading is shared
 * (LineReading) asks it for its dateline; any other line reads and keeps its own (no second object a line).
 */
class ClassifiedLine implements LineInfo {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly blankBefore: number;
  readonly kind: LineKind;
  readonly dateLine: DateLine | undefined;
  readonly value: string | undefined;
  readonly #shared: LineReading | undefined;
  #dateline: DatelineParse | null | undefined;

  constructor(line: Line, reading: Reading, shared: LineReading | undefined) {
    this.text = line.text;
    this.start = line.start;
    this.end = line.end;
    this.blankBefore = line.blankBefore;
    this.kind = reading.kind;
    this.dateLine = reading.dateLine;
    this.value = reading.value;
    this.#shared = shared;
  }

  /** The dateline the line opens with ("text" and "credit" lines only), or null. */
  get dateline(): DatelineParse | null {
    // Stryker disable next-line ConditionalExpression: a memo: reading the line again gives the same dateline
    if (this.#dateline === undefined) this.#dateline = this.#shared === undefined ? readDateline(this.kind, this.text) : this.#shared.dateline;
    return this.#dateline;
  }
}

/** True for a first character of a separator line: _ - = * – — or a space. */
function isSeparatorLead(c: number): boolean {
  return c === 0x5f || c === 0x2d || c === 0x3d || c === 0x2a || c === 0x2013 || c === 0x2014 || c === 0x20;
}

/** True when a line is a breadcrumb trail: "Home | Sport", "News › India › Politics". */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || !BREADCRUMB_MARK.test(text)) return false;
  if (BREADCRUMB_HOME.test(text)) return true;
  const parts = text.split(BREADCRUMB_SPLIT);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 30);
}

/** Prefix lists indexed by their first character, so a line meets only the few that can match. */
function indexPrefixes(prefixes: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const p of prefixes) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
  return index;
}
const CLUTTER_PREFIX_INDEX = indexPrefixes(CLUTTER_PREFIXES);
const CREDIT_PREFIX_INDEX = indexPrefixes(CREDIT_PREFIXES);

/** How many characters of a key's head PREFIX_HEADS holds. */
const PREFIX_HEAD = 3;

/**
 * The heads (headCode) of the clutter and credit prefixes. (A prefix shorter than a head opens with a
 * character outside ASCII, "© ", which mayOpenWithPrefix lets through: test/gates.test.ts checks it.)
 */
const PREFIX_HEADS: ReadonlySet<number> = new Set(CLUTTER_PREFIXES.concat(CREDIT_PREFIXES).map((p) => headCode(p, 0)));

/** The first PREFIX_HEAD characters of `s` from `start`, lower-cased, as one small number; -1 when one of them is outside ASCII (whose lower case this does not know). */
function headCode(s: string, start: number): number {
  let code = 0;
  for (let i = start; i < start + PREFIX_HEAD; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 0x80)) return -1;
    code = (code << 7) | (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
  }
  return code;
}

/**
 * False when the clutter key that starts at `start` and ends at `end` in the line (clutterKeyStart,
 * clutterKeyEnd) cannot open with any clutter or credit prefix: its head is no prefix's head.
 * ✓ "Follow us on X" "© 2024 Example" ✗ "The minister said ..."
 */
export function mayOpenWithPrefix(text: string, start: number, end: number): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate: a short key is built and looked up all the same
  if (end - start < PREFIX_HEAD) return true;
  const head = headCode(text, start);
  // Stryker disable next-line ConditionalExpression: -1 is in PREFIX_HEADS too, while a prefix ("© ") holds a character outside ASCII in its head
  return head < 0 || PREFIX_HEADS.has(head);
}

/** The longest entry of the line tables: a longer key is in none of them. */
const LISTED_MAX = Math.max(...[CLUTTER_LINES, TEASER_HEADINGS, LINK_LINES, EMPTY_LIST_LINES].flatMap((table) => [...table].map((entry) => entry.length)));

function startsWithAny(key: string, index: Map<string, string[]>): boolean {
  // (Most lines' key is "": no table may hold it.)
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut: an empty key finds no list under any one-character name
  if (key === "") return false;
  const list = index.get(key[0]!);
  return list !== undefined && list.some((p) => key.startsWith(p));
}

/**
 * Clutter: `key` is the line's clutter key (or "" where no table holds it), `bar` says whether the line holds "|",
 * `telltale` is false when the line cannot match NOTICE_GATE (mayHoldTelltale).
 */
function isClutter(text: string, key: string, bar: boolean, telltale: boolean): boolean {
  if (text.length <= 400 && startsWithAny(key, CLUTTER_PREFIX_INDEX)) return true;
  // Each anchored pattern is tried only where its first character (or its lack of spaces) allows.
  const first = text.charCodeAt(0);
  const url = first === 0x68 || first === 0x48 || first === 0x77 || first === 0x57; // h H w W
  if (text.length > NOTICE_MAX) return (url && text.length <= 500 && URL_LINE.test(text)) || (isConsentLead(first) && text.length <= CONSENT_NOTICE_MAX && CONSENT_NOTICE_OPENING.test(text));
  // (The line's first space, which the author's-note gate and the one-word and glued-item rules ask for, is looked for once.)
  const space = text.indexOf(" ");
  if (isNotice(text, bar, telltale, space)) return true;
  // (Japanese, Korean and Chinese lines open with a character from U+3040 on.)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only
  if (first >= 0x3040 && CJK_MEMBER_NOTICE.test(text)) return true;
  if (text.length > SHORT_LINE) return url && URL_LINE.test(text);
  if (CLUTTER_LINES.has(key)) return true;
  if ((first === 0x53 || first === 0x73) /* S s */ && SHARE_BUTTONS.test(text)) return true;
  const oneWord = space < 0;
  if (!oneWord && isGluedClutter(text, bar, space)) return true;
  return (
    (url && URL_LINE.test(text)) ||
    (oneWord && IMAGE_FILE_LINE.test(text)) ||
    (mayEndDownload(text) && DOWNLOAD_LINE.test(text)) ||
    (first >= 0x30 && first <= 0x39 && COUNTER_LINE.test(text)) ||
    (first >= 0x41 && first <= 0x5a && text.charCodeAt(text.length - 1) === 0x25 /* % */ && TICKER_QUOTE.test(text)) ||
    (oneWord && first >= 0x41 && first <= 0x5a && RECORD_ID_LINE.test(text)) ||
    isBreadcrumb(text) ||
    // Stryker disable next-line StringLiteral: a gate: every GLUED_MENU match holds "News"
    (text.includes("News") && GLUED_MENU.test(text))
  );
}

/** False when a line cannot match DOWNLOAD_LINE: it ends with none of ")", "]" and "B". */
function mayEndDownload(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // Stryker disable next-line ConditionalExpression: a gate for speed only: DOWNLOAD_LINE, which decides, refuses every line the gate refuses
  return last === 0x29 || last === 0x5d || last === 0x42;
}

/**
 * False when a line up to CAPTION_MAX characters long can match neither NOTICE_GATE nor PHOTO_CREDIT (one scan:
 * such a line is asked for both); true for a longer line. `colon` says whether the line holds ":".
 */
function mayHoldTelltale(text: string, colon: boolean): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: a longer line is let through
  return text.length > CAPTION_MAX || (colon ? NOTICE_OR_PHOTO_GATE : NOTICE_OR_PHOTO_WORD).test(text);
}

/** True unless the line lacks what PHOTO_CREDIT needs: its credit words after a colon, or a credit phrase ("AP Photo") without one. `colon` says whether it holds ":". */
function mayHoldPhotoCredit(text: string, colon: boolean): boolean {
  return (colon ? PHOTO_CREDIT_GATE : PHOTO_CREDIT_WORD).test(text);
}

/**
 * False when the line cannot end with a photo credit after a slash, " / AP", " / Reuters file" (PHOTO_CREDIT's
 * one form that the word gates do not look for): no "/" stands where such a credit's slash would, 4, 5, 9, 10
 * or 14 units before the line's end. A few character reads, where a pattern would scan the line (each inside the
 * line: a read before a string's start deoptimised this function on every short line).
 * ✓ "The senator at the Capitol.Jane Doe / AP" "... / Reuters file" ✗ "Oil prices fell"
 */
export function mayEndWithAgencyCredit(text: string): boolean {
  const n = text.length;
  if (n < 5) return false;
  if (text.charCodeAt(n - 4) === 0x2f || text.charCodeAt(n - 5) === 0x2f) return true;
  if (n < 10) return false;
  if (text.charCodeAt(n - 9) === 0x2f || text.charCodeAt(n - 10) === 0x2f) return true;
  return n >= 14 && text.charCodeAt(n - 14) === 0x2f;
}

/** A caption with a photo credit is at most this long. */
const CAPTION_MAX = 240;

/** An author box's name and its glued link ("Jose AltoverosView More Articles") is at most this long. */
const AUTHOR_BOX_CHARS = 80;

/** A link line or a promotion of a few words is at most this long. */
const PROMO_MAX = 100;

/** A notice, a counter or an author's note is at most this long. */
const NOTICE_MAX = 300;

/** A consent notice longer than NOTICE_MAX (CONSENT_NOTICE_OPENING) is at most this long. */
const CONSENT_NOTICE_MAX = 1000;

/** True for CONSENT_NOTICE_OPENING's first letters: W, T, B in either case. */
function isConsentLead(c: number): boolean {
  const lower = c | 0x20;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a gate for speed only: CONSENT_NOTICE_OPENING, which decides, opens with one of these letters
  return lower === 0x77 || lower === 0x74 || lower === 0x62;
}

/**
 * A site notice, a gallery counter or an author's note, each pattern tried
 * only where its telltale stands (NOTICE_GATE's letters, a name's two capitals).
 * `bar` says whether the line holds "|", `telltale` is false when it cannot match NOTICE_GATE,
 * `space` is where the line's first space stands (-1 for none).
 */
function isNotice(text: string, bar: boolean, telltale: boolean, space: number): boolean {
  const first = text.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression: a gate for speed only: NOTICE_GATE refuses every line mayHoldTelltale refuses
  if (telltale && NOTICE_GATE.test(text) && NOTICE_LINE.test(text) && !isStorySentence(text)) return true;
  if (text.length <= 32 && GALLERY_COUNTER.test(text)) return true;
  // Stryker disable next-line StringLiteral: a gate: EMBED_LABEL ends with "|"
  if (bar && EMBED_LABEL.test(text)) return true;
  // Every SOCIAL_EMBED form holds "@" or "/" (a link), but the short vote counts.
  if ((text.includes("@") || text.includes("/") || (text.length <= VOTES_MAX && text.includes("vote"))) && SOCIAL_EMBED.test(text)) return true;
  // A link or a promotion of a few words (never a sentence of the story).
  if (text.length <= PROMO_MAX && (hasLinkMark(text) || (PROMO_LINE.test(text) && !SENTENCE_END.test(text)))) return true;
  // The author's name has two words or more: its second opens with a capital, right after the line's
  // first space (most sentences fail there).
  return first >= 0x41 && first <= 0x5a && mayOpenWithName(text, space) && AUTHOR_NOTE.test(text);
}

/**
 * True when a line that holds a notice's phrase is a sentence of a story about its subject ("The company changed its
 * privacy policy last year, regulators said."): STORY_SENTENCE_WORDS words or more, a sentence's end, and no word
 * that addresses the reader (READER_WORD), as a site's notice does ("By using this site you agree to our privacy policy.").
 */
function isStorySentence(text: string): boolean {
  return wordCount(text, STORY_SENTENCE_WORDS) >= STORY_SENTENCE_WORDS && SENTENCE_END.test(text) && !READER_WORD.test(text);
}

/** A story's sentence about a notice's subject has at least this many words; a notice this long addresses the reader. */
const STORY_SENTENCE_WORDS = 10;

// AUTHOR_NOTE's name: its first word holds no space, so its second word's capital (ASCII, or any
// character outside ASCII, which \p{Lu} may be) stands right after the line's first space.
/**
 * False when the line's second word cannot open with a capital, as AUTHOR_NOTE needs. `space` is where the
 * line's first space stands (-1 for none). ✓ "Lucas Okafor is a ..." ✗ "The minister said ..."
 */
export function mayOpenWithName(text: string, space: number): boolean {
  const c = text.charCodeAt(space + 1);
  return (c >= 0x41 && c <= 0x5a) || c > 0x7f;
}

/** A vote count ("1,204 votes") is at most this long. */
const VOTES_MAX = 20;

/**
 * Several clutter items glued on one line by a scraper, with two spaces or a
 * bar between them: "Copy link  Facebook  Telegram", "Share | Tweet | Email".
 * `bar` says whether the line holds "|", `space` is where its first space stands.
 */
function isGluedClutter(text: string, bar: boolean, space: number): boolean {
  if (!bar && !text.includes("  ") && !text.includes("·")) return isClutterWords(text, space);
  const parts = text.split(GLUED_ITEMS);
  return parts.length >= 2 && parts.every((p) => p === "" || CLUTTER_LINES.has(clutterKey(p)) || p.split(" ").every((w) => CLUTTER_LINES.has(clutterKey(w)) || SHARE_WORDS.has(w.toLowerCase())));
}

/** A line of one-word clutter items glued with single spaces: "Facebook Twitter Email LinkedIn Reddit". `space` is where its first space stands. */
function isClutterWords(text: string, space: number): boolean {
  // Word by word, stopping at the first that is no clutter item: a sentence stops at its first word.
  let words = 0;
  for (let from = 0; ; space = text.indexOf(" ", from)) {
    const to = space < 0 ? text.length : space;
    const start = clutterKeyStart(text, from, to);
    if (!CLUTTER_LINES.has(clutterKey(text, start, clutterKeyEnd(text, start, from, to)))) return false;
    words++;
    if (space < 0) return words >= 3;
    if (words === 12) return false;
    from = space + 1;
  }
}

/** Words of a share bar's label glued to its first button ("Share this article Twitter", "SHARE: X"). */
const SHARE_WORDS: ReadonlySet<string> = new Set(["share", "share:", "this", "article", "story", "on", "via", "follow", "us"]);

/** Lines longer than this are never a menu item, a heading, a link or a counter. */
const SHORT_LINE = 160;

/**
 * Classifies one line, strongest rule first.
 *
 * @param line - a segmented line
 * @returns the line with its kind and what was read from it
 * @example
 * ```ts
 * classifyLine({ text: "Source: Qatar Tribune", ... }) //=> { kind: "source", value: "Qatar Tribune", ... }
 * classifyLine({ text: "Share on WhatsApp", ... }) //=> { kind: "clutter", ... }
 * ```
 */
export function classifyLine(line: Line): LineInfo {
  return new ClassifiedLine(line, kindOf(line.text), undefined);
}

/** What is read from a line whose kind is all there is to say: one shared object per kind. */
type Reading = Pick<LineInfo, "kind" | "dateLine" | "value">;
// (An object literal: its properties are fast to read, where Object.fromEntries made a dictionary.)
const KINDS = {
  separator: { kind: "separator" },
  "also-read": { kind: "also-read" },
  "sign-off": { kind: "sign-off" },
  caption: { kind: "caption" },
  credit: { kind: "credit" },
  heading: { kind: "heading" },
  link: { kind: "link" },
  placeholder: { kind: "placeholder" },
  clutter: { kind: "clutter" },
  text: { kind: "text" },
} as const satisfies Record<string, Reading>;

/** The kind of a line and what was read from it, strongest rule first. */
function kindOf(text: string): Reading {
  // Each rule is guarded by a cheap look at the first or last character or the length, so a
  // line of running text (most lines) meets few patterns.
  const first = text.charCodeAt(0);
  // ASCII lower case of the first character where it is a letter: only a, b, m, r and s are looked for
  // below, and no other character lands on one of them with the 0x20 bit set.
  const lead = first | 0x20;
  if (isSeparatorLead(first) && SEPARATOR_LINE.test(text)) return KINDS["separator"];
  const source = lead === 0x73 /* s */ ? SOURCE_LINE.exec(text) : null;
  if (source) return { kind: "source", value: source[1]!.trim() };
  const dateLine = readDateLine(text);
  if (dateLine) return { kind: "date", dateLine };
  if ((lead === 0x61 || lead === 0x72 || lead === 0x73 || lead === 0x6d) /* a r s m */ && ALSO_READ_LINE.test(text)) return KINDS["also-read"];
  const byline = lead === 0x62 /* b */ && text.length <= 120 ? (BYLINE_LINE.exec(text) ?? BYLINE_WITH_CREDIT.exec(text)) : null;
  if (byline) return { kind: "byline", value: byline[1]! };
  const authorBox = text.length <= AUTHOR_BOX_CHARS && text.charCodeAt(text.length - 1) === 0x73 /* s */ && (text.endsWith("rticles") || text.endsWith("osts")) ? AUTHOR_BOX_LINK.exec(text) : null;
  if (authorBox) return { kind: "byline", value: authorBox[1]! };
  // "Alex Wong | Getty Images" credits a photo, not the story.
  // (Whether the line holds "|" is asked here and by three clutter rules: it is looked for once.)
  const bar = text.includes("|");
  if ((text.length <= 40 && DESK_BYLINE.test(text)) || (bar && NAME_PIPE_CREDIT.test(text) && !hasCaptionMark(text) && !isGluedClutter(text, bar, text.indexOf(" ")) && !SPONSOR_CREDIT.test(text))) return { kind: "byline", value: text };
  if (isSignOffLine(text)) return KINDS["sign-off"];
  if (text.charCodeAt(text.length - 1) === 0x29 /* ) */ && PHOTO_CREDIT_END.test(text)) return KINDS["caption"];
  // (A short line is asked for a photo credit here and for a notice in isClutter: one scan looks for both telltales.)
  const colon = text.length <= CAPTION_MAX && text.includes(":");
  const telltale = mayHoldTelltale(text, colon);
  // (A credit after a slash is let through by where its slash stands: the word gates do not look for it.)
  // Stryker disable next-line ConditionalExpression: a gate for speed only: PHOTO_CREDIT refuses every line mayHoldTelltale refuses
  if (text.length <= CAPTION_MAX && (mayEndWithAgencyCredit(text) || (telltale && mayHoldPhotoCredit(text, colon))) && PHOTO_CREDIT.test(text)) return KINDS["caption"];
  // The key (clutterKey) is built only where a table may hold it: a short key of a short line for the
  // line tables, a key whose head opens some prefix for the prefix tables. Else it is "", in no table.
  // (Most lines open with a letter: their key starts where they do, without a call that reads the line again.)
  // Stryker disable next-line ConditionalExpression: a shortcut: clutterKeyStart finds 0 all the same
  const keyStart = isKeyLead(first) ? clutterKeyStart(text) : 0;
  const keyEnd = clutterKeyEnd(text, keyStart);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a shortcut: a key built where no table holds it finds nothing in them
  const listed = text.length <= SHORT_LINE && keyEnd - keyStart <= LISTED_MAX;
  // Stryker disable next-line ConditionalExpression,StringLiteral: as above
  const key = listed || mayOpenWithPrefix(text, keyStart, keyEnd) ? clutterKey(text, keyStart, keyEnd) : "";
  if (startsWithAny(key, CREDIT_PREFIX_INDEX)) return KINDS["credit"];
  // Stryker disable next-line ConditionalExpression: a shortcut: a key longer than LISTED_MAX (or "") is in none of these tables
  if (listed) {
    if (TEASER_HEADINGS.has(key)) return KINDS["heading"];
    if (LINK_LINES.has(key)) return KINDS["link"];
    if (EMPTY_LIST_LINES.has(key)) return KINDS["placeholder"];
  }
  if (isClutter(text, key, bar, telltale)) return KINDS["clutter"];
  return KINDS["text"];
}

/**
 * Stage 3: classifies every line.
 *
 * @param lines - output of `segmentLines`
 * @param _ctx - the parse context (unused here)
 * @returns one `LineInfo` per line, in order
 */
export function classifyLines(lines: readonly Line[], _ctx: ParseContext): LineInfo[] {
  const readings = new Map<string, LineReading>();
  // Most pages print no line twice: then the map is not worth hashing every line for.
  const share = mayRepeat(lines, SHARED_READING_MAX);
  // Stryker disable next-line ArrayDeclaration: sized up front for speed; an array grows all the same
  const out: LineInfo[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Long lines are read afresh: hashing one costs about as much as reading it, and reading a
    // long line is bounded (every rule looks at its ends, the dateline scanner at its head).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache: a reading shared or made afresh is the same
    if (share && line.text.length <= SHARED_READING_MAX) {
      let reading = readings.get(line.text);
      // Stryker disable next-line ConditionalExpression: as above
      if (reading === undefined) {
        reading = new LineReading(line.text);
        readings.set(line.text, reading);
      }
      out[i] = new ClassifiedLine(line, reading, reading);
    } else {
      out[i] = new ClassifiedLine(line, kindOf(line.text), undefined);
    }
  }
  return out;
}

/** Lines up to this long share one reading per distinct text (menus, teaser lists, floods of one line). */
const SHARED_READING_MAX = 200;
