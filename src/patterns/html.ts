/**
 * HTML pages (src/html/*): the few patterns the HTML path needs. None of them
 * is ever run over markup: the markup is read by htmlparser2's tokenizer
 * (src/html/tree.ts); these test attribute values and text it hands over.
 *
 * Rules for every file in src/patterns/:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

/**
 * An inline style that hides its element. Searched for (an inline style can
 * set `display` anywhere in it); the class holds no overlapping repeats, so
 * a miss costs one pass.
 * ✓ "display:none" "color: red; DISPLAY : none !important" ✗ "display: block" "display:nonetheless"
 */
export const DISPLAY_NONE = /display[ \t\n\r\f]{0,20}:[ \t\n\r\f]{0,20}none(?![\w-])/i;

/**
 * White space that text rendering squashes into one space: HTML's ASCII white
 * space and NBSP (as ../shared/aeb/page-text.mjs squashes it, which made the
 * page texts the text path is tuned on).
 * ✓ "a \n\t b" "a\u00a0b" ✗ "ab"
 */
export const HTML_SPACE_RUN = /[\t\n\f\r \u00a0]+/g;

/** A line break left in a line by entity decoding or normalisation (a line must stay one line). ✓ "a\nb" ✗ "a b" */
export const LINE_BREAK_IN_LINE = /[\r\n]+/g;

/** The `type` of a JSON-LD script. ✓ "application/ld+json" "Application/LD+JSON; charset=utf-8" ✗ "text/javascript" */
export const JSON_LD_TYPE = /^[ \t\n\r\f]{0,20}application\/ld\+json[ \t\n\r\f]{0,20}(?:;|$)/i;

/** A value that is a link rather than a name (`article:author` often holds a profile URL). ✓ "https://x.com/jd" "//x.com/jd" ✗ "Jane Doe" */
export const URL_VALUE = /^(?:[a-z][a-z0-9+.-]{0,20}:)?\/\//i;

/** A whole number of one or two digits (`aria-level`). ✓ "2" ✗ "2a" "" */
export const SMALL_NUMBER = /^[ \t]{0,8}(\d{1,2})[ \t]{0,8}$/;

/** Control characters, which JSON forbids raw inside strings (a common slip in hand-made JSON-LD). ✓ "a\nb" ✗ "a b" */
export const JSON_CONTROL_CHARS = /[\u0000-\u001f]/g;

/** Any run of white space (folding names for comparison). ✓ "Gulf  Daily" ✗ "GulfDaily" */
export const ANY_SPACE_RUN = /\s+/g;

/**
 * A `class` or `id` that names a story's container (Readability's positive
 * names). Searched for in the value's first CLASS_NAMES_REACH characters; a
 * plain alternation, so a miss costs one pass.
 * ✓ "c-entry-content" "article-body" "post" ✗ "m-privacy-notice" "nav"
 */
export const CONTENT_CLASS = /article|body|content|entry|main|post|text|blog|story/i;

/**
 * A `class` or `id` that names the page's furniture (Readability's negative
 * names, and the cookie, consent and newsletter boxes of today's pages).
 * Searched for like {@link CONTENT_CLASS}.
 * ✓ "m-privacy-consent" "comment-list" "site-footer" "related-links" ✗ "c-entry-content" "story"
 */
export const FURNITURE_CLASS = /comment|foot|sidebar|related|promo|share|sponsor|widget|banner|masthead|shoutbox|outbrain|taboola|cookie|consent|gdpr|newsletter|subscribe|-ad-|advert/i;
