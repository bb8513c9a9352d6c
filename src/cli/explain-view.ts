/**
 * `wirecopy --explain`: the page as the parser read it, one row per input
 * line (its number, its role, its text, and the rules that decided it), then
 * a short summary of the story. Pure: a story with `explain` in, text out;
 * colour and width are the caller's choice.
 *
 * ```
 *  1  section          World  # list -30 headline: label-shape -3 … = -2 section: label-above-headline +1
 *  3  headline         Russia, N Korea agree on mutual support if attacked  # list -30 headline: above-date-or-byline +4 title-length +4 … = +12
 * ```
 *
 * @module
 */
import type { ExplainLine, WireStory } from "../schema.js";
import type { Palette, Style } from "./ansi.js";

/** A line's role, as `explain` gives it. */
type Role = ExplainLine["role"];

/** How each role is coloured on a terminal: the story's head bold or yellow, teasers cyan, furniture dim. */
const ROLE_STYLES: Readonly<Record<Role, Style | null>> = {
  section: "magenta",
  headline: "bold",
  published: "yellow",
  updated: "yellow",
  byline: "yellow",
  dateline: "yellow",
  body: null,
  trailer: "yellow",
  source: "yellow",
  "teaser-headline": "cyan",
  "teaser-summary": "cyan",
  "teaser-dateline": "cyan",
  "teaser-date": "cyan",
  furniture: "dim",
};

/** Width of the role column: the longest role ("teaser-headline"). */
const ROLE_WIDTH = Math.max(...Object.keys(ROLE_STYLES).map((role) => role.length));

/** Fewest columns a line's text is cut to on a terminal so that its rules fit whole. */
const MIN_TEXT_WIDTH = 24;

/** Share of a row's room (after number and role) that a line's text keeps when its rules cannot fit whole anyway. */
const TEXT_SHARE = 3 / 4;

/** What stands between a line's text and its rules (the "#" dim on a terminal). */
const WHY_MARK = "  # ";

/** Width of the summary's label column ("published" and a space). */
const LABEL_WIDTH = 11;

/** How the explanation is drawn. */
export interface ExplainViewOptions {
  /** Colours roles and scores (a `palette(false)` leaves the text plain). */
  readonly paint: Palette;
  /**
   * Columns to fit every row into (the terminal's width): a longer line's text,
   * then its rules, are cut with "…". `Infinity` writes every row in full.
   * @default Infinity
   */
  readonly width?: number;
}

/** A run of text in one style: rows are built as segments, cut to width, then painted. */
interface Segment {
  readonly text: string;
  readonly style: Style | null;
}

/** Control characters and bidirectional overrides, which would move a terminal's cursor or reorder the row. */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with tabs as spaces and unprintable characters as U+FFFD, so a page cannot drive the terminal. */
function printable(text: string): string {
  return text.replace(/\t/g, " ").replace(UNPRINTABLE, "\ufffd");
}

/**
 * Columns a character takes on a terminal: 0 for combining marks and
 * variation selectors, 2 for East Asian wide and fullwidth characters and
 * most emoji, 1 otherwise (an approximation of wcwidth).
 */
function charWidth(code: number): number {
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Columns a text takes on a terminal. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Columns the segments take. */
const segmentsWidth = (segments: readonly Segment[]): number => segments.reduce((sum, s) => sum + textWidth(s.text), 0);

/** The segments cut to `max` columns, the last character kept followed by "…" when anything was cut. */
function fitSegments(segments: readonly Segment[], max: number): Segment[] {
  if (segmentsWidth(segments) <= max) return [...segments];
  if (max <= 0) return [];
  const out: Segment[] = [];
  let room = Math.max(0, max - 1);
  for (const segment of segments) {
    let kept = "";
    for (const ch of segment.text) {
      const w = charWidth(ch.codePointAt(0)!);
      if (w > room) {
        out.push({ text: kept + "…", style: segment.style });
        return out;
      }
      kept += ch;
      room -= w;
    }
    out.push({ text: kept, style: segment.style });
  }
  return out;
}

/** The segments cut to `max` columns between two segments (no score is cut in half), "…" standing for the rest. */
function fitWholeSegments(segments: readonly Segment[], max: number): Segment[] {
  if (segmentsWidth(segments) <= max) return [...segments];
  const out: Segment[] = [];
  let room = max - 1;
  for (const segment of segments) {
    const w = textWidth(segment.text);
    if (w > room) break;
    out.push(segment);
    room -= w;
  }
  return room < 0 ? [] : [...out, { text: "…", style: null }];
}

/** Paints segments and joins them. */
const paintSegments = (segments: readonly Segment[], paint: Palette): string => segments.map((s) => paint(s.style, s.text)).join("");

/** A score as written in a row: "+4", "-30", "+2.5". */
const signed = (score: number): string => (score > 0 ? `+${score}` : String(score));

/** A score's segment: green when for the line's role, red when against. */
const scoreSegment = (score: number): Segment => ({ text: signed(score), style: score > 0 ? "green" : score < 0 ? "red" : null });

/**
 * Why a line got its role: what a split line was split into
 * (`[dateline+body]`), then the rules noted for it, compact: consecutive
 * rules sharing a prefix (`headline:`) are written once under it, a
 * `prefix:score` rule as the group's total (`= +12`), and a rule scored 0 (a
 * marker, such as `body:running-text-ended`) by its name alone.
 *
 * @example
 * ```ts
 * // rules list -30, headline:title-length 4, headline:opens-head 2, headline:score 6
 * //=> "list -30 headline: title-length +4 opens-head +2 = +6"
 * ```
 */
function whySegments(entry: ExplainLine): Segment[] {
  const out: Segment[] = entry.parts === undefined ? [] : [{ text: `[${entry.parts.map((p) => p.role).join("+")}]`, style: null }];
  let group: string | null = null;
  for (const rule of entry.rules) {
    const colon = rule.name.indexOf(":");
    const prefix = colon > 0 ? rule.name.slice(0, colon) : null;
    const name = prefix === null ? rule.name : rule.name.slice(colon + 1);
    if (out.length > 0) out.push({ text: " ", style: null });
    if (prefix !== group) {
      if (prefix !== null) out.push({ text: `${prefix}: `, style: "dim" });
      group = prefix;
    }
    if (prefix !== null && name === "score") {
      out.push({ text: "= ", style: null }, scoreSegment(rule.score));
    } else {
      out.push({ text: name, style: null });
      if (rule.score !== 0) out.push({ text: " ", style: null }, scoreSegment(rule.score));
    }
  }
  return out;
}

/**
 * The line's text in segments, each part of a split line in its own role's
 * colour (the parts are substrings of the line, in order); the whole line in
 * its role's colour when it was not split, or when a part cannot be found.
 */
function textSegments(entry: ExplainLine): Segment[] {
  const whole = [{ text: printable(entry.text), style: ROLE_STYLES[entry.role] }];
  if (entry.parts === undefined) return whole;
  const out: Segment[] = [];
  let at = 0;
  for (const part of entry.parts) {
    const found = entry.text.indexOf(part.text, at);
    if (found < 0) return whole;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty segment writes nothing and takes no column.
    if (found > at) out.push({ text: printable(entry.text.slice(at, found)), style: null });
    out.push({ text: printable(part.text), style: ROLE_STYLES[part.role] });
    at = found + part.text.length;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: as above, an empty segment writes nothing.
  if (at < entry.text.length) out.push({ text: printable(entry.text.slice(at)), style: null });
  return out;
}

/**
 * One row: number, role, text and why. On a terminal too narrow for all of
 * it, the text is cut so that the rules fit whole (down to
 * {@link MIN_TEXT_WIDTH} columns); when they cannot, the text keeps
 * {@link TEXT_SHARE} of the room and the rules are cut between two rules.
 */
function lineRow(entry: ExplainLine, numberWidth: number, opts: Required<ExplainViewOptions>): string {
  const { paint, width } = opts;
  const number = String(entry.line).padStart(numberWidth);
  const role = paint(ROLE_STYLES[entry.role], entry.role) + " ".repeat(ROLE_WIDTH - entry.role.length);
  const lead = `${paint("dim", number)}  ${role}  `;
  const leadWidth = numberWidth + 2 + ROLE_WIDTH + 2;
  let text = textSegments(entry);
  let why = whySegments(entry);
  const room = width - leadWidth;
  const whyWidth = why.length > 0 ? WHY_MARK.length + segmentsWidth(why) : 0;
  if (segmentsWidth(text) + whyWidth > room) {
    const textRoom = room - whyWidth >= MIN_TEXT_WIDTH ? room - whyWidth : Math.floor(room * TEXT_SHARE);
    text = fitSegments(text, textRoom);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: no rules cut to any width are still no rules.
    if (why.length > 0) why = fitWholeSegments(why, room - segmentsWidth(text) - WHY_MARK.length);
  }
  const rules = why.length > 0 ? `  ${paint("dim", "#")} ${paintSegments(why, paint)}` : "";
  return (lead + paintSegments(text, paint) + rules).trimEnd();
}

/** "Jun 20, 2024  (2024-06-20 15:01 +05:30)": a date as written and as read (once when the two are the same). */
function dateText(date: WireStory["published"]): string | null {
  if (date === null) return null;
  const read = [date.date, date.time, date.utcOffset].filter((x) => x !== null).join(" ");
  return read === date.text ? read : `${date.text}  (${read})`;
}

/** "Pyongyang [North Korea], June 20:  (city Pyongyang, country North Korea, date 2024-06-20)". */
function datelineText(dateline: WireStory["dateline"]): string | null {
  if (dateline === null) return null;
  const read = (["city", "region", "country", "date", "agency"] as const)
    .filter((key) => dateline[key] !== null)
    .map((key) => `${key} ${dateline[key]}`);
  return read.length > 0 ? `${dateline.text}  (${read.join(", ")})` : dateline.text;
}

/** "1 paragraph", "11 paragraphs". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The summary rows: the story's head, how many paragraphs and teasers, and its warnings. */
function summaryRows(story: WireStory, opts: Required<ExplainViewOptions>): string[] {
  const { paint, width } = opts;
  const rows: [label: string, value: string | null, style: Style | null][] = [
    ["headline", story.headline, ROLE_STYLES.headline],
    ["section", story.section, ROLE_STYLES.section],
    ["byline", story.byline, ROLE_STYLES.byline],
    ["dateline", datelineText(story.dateline), ROLE_STYLES.dateline],
    ["published", dateText(story.published), ROLE_STYLES.published],
    ["body", count(story.body.length, "paragraph"), null],
    ["teasers", String(story.moreNews.length), ROLE_STYLES["teaser-headline"]],
  ];
  if (story.warnings.length === 0) rows.push(["warnings", "none", null]);
  story.warnings.forEach((w, i) => rows.push([i === 0 ? "warnings" : "", `${w.code}: ${w.message}`, "red"]));
  return rows.map(([label, value, style]) => {
    const shown = fitSegments([{ text: printable(value ?? "(none)"), style: value === null ? "dim" : style }], width - LABEL_WIDTH);
    return paint("dim", label.padEnd(LABEL_WIDTH)) + paintSegments(shown, paint);
  });
}

/**
 * Draws the explanation of a parsed page: one row per input line, in order
 * (line number, role, text, and after `#` the rules that decided it, with
 * their scores; a split line says what it was split into, `[dateline+body]`),
 * blank input lines as blank rows, then a blank row and the summary: headline,
 * section, byline, dateline, published date, how many body paragraphs and
 * teasers, and the warnings.
 *
 * @param story - a story parsed with `{ explain: true }`
 * @param options - the palette, and the width to fit rows into
 * @returns the text to print, ending in a newline
 * @throws {TypeError} when the story has no `explain` (it was parsed without the option)
 * @example
 * ```ts
 * renderExplanation(parseWireStory(sample, { explain: true }), { paint: palette(false) }).split("\n")[2]
 * //=> " 3  headline         Russia, N Korea agree on mutual support if attacked  # list -30 headline: above-date-or-byline +4 title-length +4 nearest-title +1 opens-head +2 = +11"
 * ```
 */
export function renderExplanation(story: WireStory, options: ExplainViewOptions): string {
  const explain = story.explain;
  if (explain === undefined) throw new TypeError("the story was parsed without { explain: true }");
  const opts: Required<ExplainViewOptions> = { width: Infinity, ...options };
  const numberWidth = String(explain.reduce((max, e) => Math.max(max, e.line), 1)).length;
  const rows: string[] = [];
  let previous = 0;
  for (const entry of explain) {
    for (let blank = previous + 1; blank < entry.line; blank++) rows.push("");
    rows.push(lineRow(entry, numberWidth, opts));
    previous = Math.max(previous, entry.line);
  }
  rows.push("", ...summaryRows(story, opts));
  return rows.join("\n") + "\n";
}
