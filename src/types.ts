/**
 * Types shared by the pipeline stages (src/stages/*) and the grammars they
 * call (src/lib/*). This module imports nothing, so any module may import it.
 * Nothing here is part of the public API except {@link ParseOptions}.
 *
 * @module
 */

/** Options of `parseWireStory` and `safeParseWireStory`. */
export interface ParseOptions {
  /**
   * The year for year-less dates (datelines, teasers) when the page shows no
   * date of its own. A `Date` (its UTC day is used) or "YYYY-MM-DD".
   * @default undefined (such dates get `date: null` and a warning)
   * @example { referenceDate: "2024-06-20" }
   */
  readonly referenceDate?: Date | string;
  /**
   * Longest input accepted, in UTF-16 code units; longer gives `INPUT_TOO_LARGE`.
   * @default 5_000_000
   */
  readonly maxLength?: number;
  /**
   * Add `explain`: every non-empty line of the input with the field it went
   * to and the rules (name, score) that decided it. For debugging a page and
   * for tools such as the playground; it costs time, so leave it off in bulk.
   * @default false
   */
  readonly explain?: boolean;
  /**
   * Add `spans`: for each field path ("headline", "dateline.city", "body.3",
   * "moreNews.0.headline" ...) the `[start, end]` offsets of its value in the
   * original input, so the caller can highlight where it came from.
   * @default false
   */
  readonly spans?: boolean;
}

/** Read-only inputs every stage may consult. Stages never keep state between calls. */
export interface ParseContext {
  /** The `referenceDate` option as a day, or null. */
  readonly referenceDay: DayParts | null;
  /** True when provenance spans were asked for. */
  readonly spans?: boolean;
  /** Where stages note their evidence when `explain` was asked for (absent otherwise: noting costs nothing). */
  readonly evidence?: EvidenceSink;
  /** What an input adapter knows beyond the text (the HTML path: each line's element, the page's metadata). */
  readonly page?: PageEvidence;
}

/** Sectioning and grouping elements a block of an HTML page may sit in. */
export type ContainerTag = "nav" | "header" | "footer" | "aside" | "article" | "main" | "figure" | "form";

/** What the HTML page says of one line of its text (src/html/): the element it came from. */
export interface BlockEvidence {
  /** The block element's tag, lower case: "p", "h1", "li", "div", "td" ... */
  readonly tag: string;
  /** 1–6 for a heading (h1–h6, or role="heading" with aria-level), else 0. */
  readonly heading: number;
  /** Share of the line's characters inside links (0–1). */
  readonly linkShare: number;
  /** True inside a list (ul, ol, dl, menu). */
  readonly inList: boolean;
  /** The containers among its ancestors (nav, header, footer, aside, article, main, figure, form), outermost first. */
  readonly within: readonly ContainerTag[];
  /**
   * The line stands inside the page's content block: the element whose paragraphs (and whose children's
   * paragraphs, at half weight) hold the most text, as Readability finds an article's container.
   */
  readonly inContent: boolean;
}

/** The page's own metadata (JSON-LD, OpenGraph, `article:*` and author meta tags, `<time>`, `<title>`). */
export interface PageMetadata {
  /** JSON-LD `headline` or `og:title` (site name cut). */
  readonly headline?: string;
  /** The `<title>` text as written. */
  readonly title?: string;
  /** `datePublished` / `article:published_time`, as written (ISO 8601 mostly). */
  readonly published?: string;
  /** `dateModified` / `article:modified_time`, as written. */
  readonly modified?: string;
  /** Author names (JSON-LD `author`, `<meta name="author">`, `article:author` when not a URL). */
  readonly authors?: readonly string[];
  /** `articleSection` / `article:section`. */
  readonly section?: string;
  /** `og:site_name` or the publisher's name. */
  readonly siteName?: string;
  /** `description` / `og:description`. */
  readonly description?: string;
}

/** Evidence an input adapter hands the pipeline with the text it made. */
export interface PageEvidence {
  /** One entry per non-empty line of the text, in order (the same element for every line a `<br>` split). */
  readonly lines: readonly BlockEvidence[];
  readonly metadata: PageMetadata;
}

/** Receives one piece of evidence: a rule that fired on a line, with its score. */
export type EvidenceSink = (line: number, rule: string, score: number) => void;

/** A warning, as the story carries it. */
export interface Warning {
  readonly code: string;
  readonly message: string;
}

/** Where the story stands: the best run of story lines (src/stages/05-locate.ts). */
export interface StoryLocation {
  /** The run's first line, or -1 when the page holds no running text. */
  readonly start: number;
  /** The run's last line (inclusive), or -1. */
  readonly end: number;
  /** The run's score: the sum of its lines' weights and its opening bonus. */
  readonly score: number;
}

/** A stage: a pure function of its input and the context. */
export type Stage<I, O> = (input: I, ctx: ParseContext) => O;

/** One non-empty line of the normalised text. */
export interface Line {
  /** The line, trimmed of surrounding whitespace. */
  readonly text: string;
  /** Offset of `text` in the normalised text. */
  readonly start: number;
  /** Offset just past `text`. */
  readonly end: number;
  /** Blank lines between this line and the previous non-empty one (0 at the top). */
  readonly blankBefore: number;
}

/** What a line is by itself, before its place on the page is considered. */
export type LineKind =
  | "separator" // "___", "* * *"
  | "source" // "Source: Qatar Tribune"
  | "date" // "Jun 20, 2024", "ANI | Updated: Sep 17, 2019 15:55 IST"
  | "byline" // "By Jane Doe", "Staff Report"
  | "sign-off" // "Reuter", "(ANI)", "(lre/dw)", "(Reporting by ...)"
  | "caption" // "... (Photo: IANS)"
  | "also-read" // "Also Read | ..."
  | "credit" // "(MENAFN- Khaleej Times)"
  | "clutter" // "Share on WhatsApp", "Advertisement", a URL
  | "link" // "see more.."
  | "placeholder" // "No stories found."
  | "heading" // "More news", "Related"
  | "text"; // anything else: headline, paragraph, section label ...

/** A date line: the date found, its label, and the text before the label. */
export interface DateLine {
  readonly found: FoundDate;
  readonly label: "published" | "updated";
  /** Text before the label or date ("ANI", "By Qayam", "EMIRATES NEWS"), separators trimmed; "" if none. */
  readonly prefix: string;
  /** The line from the label (or the date) on: "Published: June 21, 2020, 10:57 am IST". */
  readonly rest: string;
}

/** A line with its kind and what was read from it. */
export interface LineInfo extends Line {
  readonly kind: LineKind;
  /** For "date" lines. */
  readonly dateLine?: DateLine;
  /** For "byline" lines: the name without "By"; for "source" lines: the name. */
  readonly value?: string;
  /** For "text" and "credit" lines: the dateline the line opens with, or null (read lazily, once). */
  readonly dateline: DatelineParse | null;
}

/**
 * The shape of a line, from its own text (src/stages/04-measure.ts):
 * - `running`: running text, a paragraph of prose ("Oil prices fell on Tuesday as ..." at 150+ characters);
 * - `sentence`: a shorter sentence of prose (60+ characters, ending like a sentence);
 * - `short-sentence`: a short sentence ("Officials gave no details.");
 * - `title`: a title-shaped line, not a sentence ("Russia, N Korea agree on mutual support");
 * - `label`: a label of one to three words ("World", "Sign in");
 * - `fragment`: neither (numbers, symbols, over-long lists without punctuation).
 */
export type LineShape = "running" | "sentence" | "short-sentence" | "title" | "label" | "fragment";

/** Numbers read off a line and its neighbours: the evidence the layout stages weigh. */
export interface LineFeatures {
  /** Space-separated words. */
  readonly words: number;
  readonly shape: LineShape;
  /** Share of the words that are short function words ("of", "the", "и", "de"): high in prose, low in titles and menus. */
  readonly functionShare: number;
  /** How many lines of the page hold this same text (1 when it is unique). */
  readonly repeats: number;
  /** Length of the run of consecutive `label` lines this line sits in (0 when it is no label): menus, tag lists. */
  readonly labelRun: number;
  /** Length of the run of consecutive `title` lines it sits in (0 when it is no title): link lists, teaser lists. */
  readonly titleRun: number;
  /** A line that marks a region of the page: a copyright footer, a comment thread's heading, a teaser's or comment's time stamp. */
  readonly landmark: "footer" | "comments" | "stamp" | null;
  /** HTML input: the page's markup puts the line in navigation, a footer, an aside or a form (always false for text input). */
  readonly pageChrome: boolean;
  /** HTML input: most of the line's characters are link text, a link or a menu item (always false for text input). */
  readonly linked: boolean;
  /** HTML input: the line's heading level (1–6) by the markup; 0 when it is no heading, and for text input. */
  readonly heading: number;
  /** HTML input: the line stands inside the page's content block (`BlockEvidence.inContent`); always false for text input. */
  readonly inContent: boolean;
  /** HTML input: the line is a table's cell (`td`, `th`); always false for text input. */
  readonly cell: boolean;
}

/** The field a piece of text ends up in. */
export type Role =
  | "section"
  | "headline"
  | "published"
  | "updated"
  | "byline"
  | "dateline"
  | "body"
  | "trailer"
  | "source"
  | "teaser-headline"
  | "teaser-summary"
  | "teaser-dateline"
  | "teaser-date"
  | "furniture";

/**
 * A piece of a line assigned to one field. Most lines give one piece; a line
 * may give several ("By Qayam Published: June 21, 2020" gives a byline and a
 * date; a first paragraph gives a dateline and a body paragraph).
 */
export interface Piece {
  readonly role: Role;
  readonly text: string;
  /** Index of the line in the `LineInfo[]` it came from. */
  readonly line: number;
  /** For teaser roles: which teaser (0-based). */
  readonly teaser?: number;
  /** For date roles. */
  readonly date?: FoundDate;
  /** For dateline roles. */
  readonly dateline?: DatelineParse;
  /** The text the piece stands for in its line, when it differs from `text` ("By Jane Doe" for the byline "Jane Doe"): what it becomes as furniture. */
  readonly raw?: string;
}

/** The head's pieces, and where the body starts. */
export interface HeadLayout {
  readonly pieces: Piece[];
  /** Index of the first body line (the dateline paragraph, if any). `lines.length` when there is no body. */
  readonly bodyStart: number;
  /** The dateline that opens the body, if any. */
  readonly dateline: DatelineParse | null;
  /** `HEADLINE_UNCERTAIN` when the evidence for the headline was weak or split. */
  readonly warnings: Warning[];
}

/** The body's pieces and where the rest of the page starts. */
export interface BodyLayout {
  readonly pieces: Piece[];
  /** Index of the first line after the story. */
  readonly tailStart: number;
}

/** The layout of the page: every line's pieces, in page order. */
export interface Layout {
  readonly lines: readonly LineInfo[];
  readonly pieces: readonly Piece[];
  /** What the layout stages found odd (`HEADLINE_UNCERTAIN`). */
  readonly warnings: readonly Warning[];
}

/** A calendar day. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date found in a line: where it is, the day, and the time and zone if written. */
export interface FoundDate extends DayParts {
  /** Offset of the first character of the date (or of its weekday) in the line. */
  readonly start: number;
  /** Offset just past the date, time and zone. */
  readonly end: number;
  /** `HH:MM`, 24 h, or null. */
  readonly time: string | null;
  /** Zone abbreviation or numeric offset as written, or null. */
  readonly zone: string | null;
}

/** What the grammar read off the start of a paragraph. */
export interface DatelineParse {
  /** A credit or publisher name glued in front ("( MENAFN - Kuwait News Agency (KUNA))"), or "". */
  readonly prefix: string;
  /** A byline glued in front ("MICHAEL LIEDTKE"), or null. */
  readonly byline: string | null;
  /** The dateline as written, separator included, `****` kept. */
  readonly text: string;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
  /** The agency credit, canonical spelling for the few SPEC.md names. */
  readonly agency: string | null;
  readonly month: number | null;
  readonly day: number | null;
  /** A year written in the dateline itself ("Feb 15, 2026"), else null. */
  readonly year: number | null;
  /** True when the dateline's date is Hijri (never converted). */
  readonly hijri: boolean;
  /** The paragraph text after the dateline and the spaces that follow it. */
  readonly rest: string;
}

/** Where a field's value was read: the piece, and the value's text within it. */
export interface FieldSource {
  /** The field path: "headline", "dateline.city", "body.3", "moreNews.0.headline". */
  readonly path: string;
  readonly piece: Piece;
  /** The value as it stands in the piece's text. */
  readonly value: string;
}
