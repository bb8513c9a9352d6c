/**
 * Every regular expression wirecopy uses, named and documented in one place.
 *
 * Rules for this file:
 * - anchored (`^`, or sticky `y` used at a cursor) and bounded (`{0,n}`), so
 *   that no pattern can backtrack super-linearly on hostile input;
 * - no pattern is ever built inside a loop;
 * - each one shows a line it matches (✓) and one it must not (✗).
 *
 * @module
 */

// ---------------------------------------------------------------- normalise

/** Windows and old-Mac line ends. ✓ "a\r\nb" ✗ "a\nb" */
export const LINE_BREAKS = /\r\n?/g;

/** BOM, zero-width characters and soft hyphens, removed. ✓ "\uFEFFWorld" */
export const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NBSP and the other Unicode spaces, made plain spaces (curly quotes and dashes nearby are kept). ✓ "June\u00A020" */
export const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/g;

/** C0/C1 control characters other than tab and newline, removed. ✓ "a\u0000b" */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Lone UTF-16 surrogates, replaced by U+FFFD. ✓ "\uD800x" ✗ "😀" */
export const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * An HTML entity, possibly double-encoded (`&amp;quot;`) or damaged with its
 * ampersand lost (`#39;`, AG News). Group 1: the entity body after the
 * optional `amp;` chain.
 * ✓ "&amp;" "&#39;" "it#39;s" "#36;" "&#x2019;" "&amp;lt;"  ✗ "&copy" "#1;" "R&D"
 */
export const HTML_ENTITY = /&(?:amp;){0,8}(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|(?<!&)#(\d{2,4});/g;

/** One whole entity, split as HTML_ENTITY splits it. Groups: the body after any "amp;" chain; the damaged number. */
export const ENTITY_PARTS = /^(?:&(?:amp;){0,8}(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|#(\d{2,4});)$/;

/** The same entity forms as HTML_ENTITY, at a cursor (for mapping offsets back). */
export const ENTITY_AT = /&(?:amp;){0,8}(?:#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)|(?<!&)#\d{2,4};/y;

/**
 * A character other than printable ASCII, tab, newline and the typographic
 * dashes, quotes and ellipsis news text is full of (none needs normalising):
 * where `scanText` starts its table scan. A small class on purpose: a large
 * one costs irregexp several times more per character.
 * ✓ "\u00a0" "\r" "é" ✗ "plain text\n" "it’s “so” — and…"
 */
export const NOT_PLAIN_TEXT = /[^\t\n\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/;

/** Three or more blank lines, kept as two. ✓ "a\n\n\n\nb" */
export const BLANK_RUN = /\n{4,}/g;

/**
 * An HTML tag (a common element name, lower case, optional attributes).
 * ✓ "<p>" "</div>" "<a href=\"x\">" "<br/>" ✗ "<KO>" (a ticker) "<AAPL.O>"
 */
export const HTML_TAG = /<\/?(?:html|head|body|div|span|p|a|br|script|style|meta|link|li|ul|ol|h[1-6]|table|tr|td|img|article|section|header|footer|nav|figure|figcaption|strong|em|b|i)(?:\s[^<>]{0,200})?\/?>/g;

/** NUL and other control characters that text never holds (tab, newline and carriage return excepted). */
export const BINARY_CHARS = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

// ---------------------------------------------------------------- line shapes

/** A line made only of `_`, `-`, `=`, `*` (and spaces). ✓ "___" "* * *" ✗ "-- end" */
export const SEPARATOR_LINE = /^[_\-=*\u2013\u2014 ]{1,200}$/;

/** A "Source: X" attribution line. Group 1: the name. ✓ "Source: Qatar Tribune" ✗ "Sources said" */
export const SOURCE_LINE = /^source\s{0,3}:\s{0,3}(\S.{0,200})$/i;

/**
 * A byline line. Group 1: the name(s).
 * ✓ "By Jane Doe" "By KERNAN TURNER" "By The Associated Press" "BY JANE DOE, Reuters"
 * ✗ "By the way, prices fell." "By noon the river had risen." "Byron Bay"
 * (Case-sensitive on purpose: with the `i` flag `\p{Lu}` would match lower case too.)
 */
export const BYLINE_LINE = /^(?:By|BY|by)\s{1,3}((?:[Tt]he\s)?\p{Lu}[\p{L}\p{M}.'’\-]{0,30}(?:[ ,&|]{1,3}[\p{Lu}\d][\p{L}\p{M}.'’\-]{0,30}|\s(?:and|AND|de|van|von|da|al|bin|el)\s\p{Lu}[\p{L}\p{M}.'’\-]{0,30}){0,8})$/u;

/** "Staff Report", "Staff Reporter", "Our Correspondent", "News Desk" bylines. */
export const DESK_BYLINE = /^(?:staff (?:report|reporter|writer|correspondent)|our (?:staff )?(?:correspondent|reporter|bureau)|news desk|web desk|online desk|(?:the )?(?:\w+ )?bureau)$/i;

/**
 * A name printed alone after the story, as some Gulf pages do:
 * two to four capitalised words, nothing else. ✓ "Amira Agarib" ✗ "Khaleej Times Staff"
 */
export const NAME_ONLY = /^\p{Lu}[\p{Ll}'’\-]{1,20}(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]{1,20}|al|bin|de|van|von)){1,3}$/u;

/**
 * A credit line "NAME | Agency" or "NAME | Paper" on its own.
 * ✓ "Sanaullah Ataullah | The Peninsula"
 */
export const NAME_PIPE_CREDIT = /^(\p{Lu}[\p{L}.'’\-]{1,25}(?: \p{Lu}[\p{L}.'’\-]{1,25}){0,3}) \| (\p{Lu}[\p{L}\p{M}.'’&\-]{0,25}(?: (?:of|the|and|\p{Lu}[\p{L}\p{M}.'’&\-]{0,25})){0,5})$/u;

/** A photo caption printed inside the body. ✓ "... on Monday. (Photo: IANS)" "(PTI Photo/S. Irfan)(PTI06-05-2020_000082B)" */
export const PHOTO_CREDIT_END = /(?:\((?:photo|image|pic|picture|file photo|representative image|representational image)\s{0,2}(?::|\/|by|courtesy)[^()]{0,80}\)|\([A-Z][A-Za-z]{1,12}\s(?:photo|pic|image)(?:\/[^()]{0,60})?\))(?:\s{0,2}\([A-Z0-9][\w-]{5,40}\))?$/i;

/** An `Also Read | ...` / `Also read: ...` link line inside the story. */
export const ALSO_READ_LINE = /^(?:also read|read also|also see|see also|also watch|read more|must read)\s{0,3}[|:\-–—>»]\s{0,3}\S/i;

/** A bare URL line. ✓ "https://x.com/foo" ✗ "see https://x.com for more" */
export const URL_LINE = /^(?:https?:\/\/|www\.)\S{1,500}$/i;

/** An image file name left by the scraper. ✓ "DSC_0012.jpg" */
export const IMAGE_FILE_LINE = /^\S{1,120}\.(?:jpe?g|png|gif|webp|avif)$/i;

/** A view or share counter. ✓ "298" "1.2K views" "12 Shares" */
export const COUNTER_LINE = /^\d[\d.,]{0,9}\s?[KkMm]?(?:\s(?:views?|shares?|comments?|reads?|likes?))?$/;

/** A MENAFN-style record id token. ✓ "MENAFN07112023000049011007ID1107389142" */
export const RECORD_ID_LINE = /^[A-Z]{2,10}\d{8,}[A-Z]{0,4}\d{0,12}$/;

/**
 * Breadcrumb separators: `›`, `»`, `→` anywhere; `>`, `|`, `/` only between
 * spaces, so "LEASES CRAY <CYR> COMPUTER" (ticker tags) and "Sci/Tech" do not split.
 */
export const BREADCRUMB_SPLIT = /\s{0,3}[›»→]\s{0,3}|\s{1,3}[>|/]\s{1,3}/;

/**
 * What a breadcrumb trail must hold: a separator character (BREADCRUMB_SPLIT
 * and BREADCRUMB_HOME both need one). ✓ "Home | Sport" "News › India" ✗ "Prices rose"
 */
export const BREADCRUMB_MARK = /[›»→>|/]/;

/** A breadcrumb trail that opens with "Home". ✓ "Home | Sport" ✓ "Home › News" */
export const BREADCRUMB_HOME = /^home\s{0,3}[›»>|/→]/i;

/** Words glued by a scraper ("Latest NewsNewsTFT News"): a lower-case letter directly before "News". */
export const GLUED_MENU = /[a-z]News[A-Z]|NewsNews/;

/** Runs of whitespace. */
export const WHITESPACE_RUN = /\s+/g;

/** Whitespace `squash` would change: two in a row, any but a plain space, or a space at either end. ✓ "a  b" "a\tb" " a" ✗ "a b" */
export const SQUASHABLE = /\s\s|[^\S ]|^ | $/;

/** A letter. */
export const LETTER = /\p{L}/u;

/** Initials only: "U.S.", "U.K." */
export const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Section separators that make a label a section path: "States » East". */
export const SECTION_PATH = /[»›]/;

/** A word split by whitespace. */
export const SPACE_SPLIT = /\s+/;

/** An agency name inside a sign-off ("(ANI)", "-----PTI"). */
export const AGENCY_WORD = /[A-Za-z]{2,8}/;

/** A line that starts with a lower-case letter: the rest of a hard-wrapped paragraph. */
export const LOWER_START = /^\p{Ll}/u;

/** Line-final punctuation that makes a line read as a sentence. */
export const SENTENCE_END = /[.!?…:;"'”’)\]]$/;

/** A full stop at the end, possibly inside closing quotes or a bracket. ✓ "said." "said.\u201d" "arrested.''" */
export const ENDS_WITH_PERIOD = /\.["'”’)]{0,3}$/;

/** Line-final punctuation of a sentence proper (not a colon). */
export const FULL_STOP_END = /[.!?…"”’]$|[.!?]['"”’)]{1,3}$/;

// ---------------------------------------------------------------- trailers

/**
 * An agency sign-off on its own line. Group 1: the (first) agency, checked
 * against the sign-off table. ✓ "(ANI)" "(PTI)" "PTI" "IANS" "--IANS" "-----PTI" "UNI NS RN" "(PTI, UNI)"
 * ✗ "NEW YORK" (not an agency) "(AP) said"
 */
export const AGENCY_SIGN_OFF = /^(?:-{1,6}\s{0,2})?\(?\s{0,2}([A-Za-z]{2,8})(?:\s{0,2}[,/&]\s{0,2}[A-Za-z]{2,8}){0,2}\s{0,2}\)?(?: [A-Z]{1,4}){0,4}$/;

/** The Reuters 1987 sign-off. ✓ "Reuter" "REUTER" "Reuters" */
export const REUTER_SIGN_OFF = /^reuters?$/i;

/**
 * A desk sign-off: operator initials, `(end)`, `XXXXXXX END OF STORY`.
 * ✓ "(lre/dw)" "(sapa/pr/djw)" "rr/sof" "mt-at-pjs" "(end) hb" "(end)" "XXXXXXX END OF STORY"
 * ✗ "and/or", "yes/no" (common words: see DESK_CODE_WORDS in src/data/stopwords.ts)
 */
export const DESK_SIGN_OFF = /^(?:\([a-z]{1,5}(?:\/[a-z]{1,5}){1,3}\)|[a-z]{1,5}(?:\/|-at-)[a-z]{1,5}(?:\/[a-z]{1,5}){0,2}|\(end\)(?:\s{1,3}[a-z]{1,5}(?:\/[a-z]{1,5})?)?|X{3,}\s{1,3}END OF STORY)$/;

/** What splits a desk code into its initials: "(lre/dw)" → lre, dw; "mt-at-pjs" → mt, pjs. */
export const DESK_CODE_SPLIT = /[()/]|-at-/;

/** "(With PTI inputs)", "(With inputs from agencies)". */
export const WITH_INPUTS = /^\((?:with|inputs from)\s[^()]{1,60}\)$/i;

/**
 * A reporting credit, in parentheses, that closes Reuters copy.
 * ✓ "(Reporting by Kane Wu; Editing by Jacqueline Wong)" ✓ "(Writing by X)"
 */
export const REPORTING_CREDIT = /^\((?:additional )?(?:reporting|writing|editing|compiled|compiling|research|fact-checking)\s(?:by\s)?[^()]{1,400}\)$/i;

/**
 * The same credit glued to the end of the last paragraph (group 1).
 * ✓ "... said. (Reporting by A; Editing by B)"
 */
export const REPORTING_CREDIT_END = /\s(\((?:additional )?(?:reporting|writing|editing)\s(?:by\s)?[^()]{1,400}\))$/i;

/** Dawn's print credit. ✓ "Published in Dawn, March 16th, 2017" */
export const PRINT_CREDIT = /^published in [\p{Lu}][\p{L} ]{1,40},\s{0,2}[A-Za-z]{3,9}\s\d{1,2}(?:st|nd|rd|th)?\s{0,2},\s{0,2}\d{4}/iu;

/** The NYT regional-group credit note. ✓ "(The Press Democrat ... is part of the New York Times Regional Newspaper Group.)" */
export const NYT_GROUP_CREDIT = /^\([^()]{1,200}is part of the new york times[^()]{0,80}\)$/i;

/** SPA's time stamp. ✓ "11:16 LOCAL TIME 08:16 GMT" */
export const LOCAL_TIME_STAMP = /^\d{1,2}:\d{2} local time(?: \d{1,2}:\d{2} gmt)?$/i;

/** "– Emirates News Agency, WAM" and other dash-led agency credits. */
export const DASH_AGENCY_CREDIT = /^[–—-]{1,2}\s{0,2}(?:[\p{Lu}][\p{L}]{1,20}\s){0,4}(?:news agency|press agency)(?:,\s{0,2}[A-Z]{2,6})?$/iu;

/**
 * A sign-off glued to the last word of the last paragraph. Group 1: the sign-off.
 * ✓ "... birthday. (ANI)" "...emerging.(GNS)" "...session.-----PTI" "... said. --IANS" "... Amir. (end) hb"
 */
export const GLUED_SIGN_OFF = /(\((?:[A-Z][A-Za-z]{1,7})(?:\s{0,2}[,/]\s{0,2}[A-Z]{2,7}){0,2}\)|-{2,6}\s{0,2}[A-Z]{2,6}|\(end\)(?:\s{1,3}[a-z]{1,5})?|\((?:[Ww]ith|[Ii]nputs from)\s[^()]{1,60}\))$/;

/** Dash-led trailer glued to the end of a paragraph (group 1). ✓ "... entourage. – Emirates News Agency, WAM" */
export const GLUED_DASH_CREDIT = /\s([–—-]\s(?:[\p{Lu}][\p{L}]{1,20}\s){0,4}(?:News Agency|Press Agency)(?:,\s{0,2}[A-Z]{2,6})?)$/u;

/** "Published in Dawn, ..." glued to the end of the last paragraph (group 1). */
export const GLUED_PRINT_CREDIT = /\s(Published in [\p{Lu}][\p{L} ]{1,40},\s{0,2}[A-Za-z]{3,9}\s\d{1,2}(?:st|nd|rd|th)?\s{0,2},\s{0,2}\d{4})$/u;

/** A "Continue reading ..." / "Read more ..." link glued to a paragraph (group 1). */
export const GLUED_READ_MORE = /\s((?:continue reading|read more|read the full (?:story|article))(?:\s{1,3}[^.!?]{0,80})?(?:\.{2,3}|…|»|›)?)$/i;

// ---------------------------------------------------------------- datelines

/** `****` priority marks in front of a Reuters dateline. */
export const PRIORITY_MARKS = /\*{1,8}/y;

/** One non-ASCII character that is a letter or a combining mark (place words are scanned by hand in src/lib/dateline.ts). */
export const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** One combining mark. */
export const MARK = /^\p{M}$/u;

/** A multi-city joint at a cursor: "/", " / ", "/ ". */
export const CITY_JOINT = / {0,2}\/ {0,2}/y;

/** The same joint, to split a multi-city place into its cities. ✓ "SEATTLE/WASHINGTON" → SEATTLE, WASHINGTON */
export const CITY_SPLIT = / {0,2}\/ {0,2}/;

/** A month word with an optional dot at a cursor. ✓ "March" "Oct." "FEb" "Sept" */
export const MONTH_WORD = /([A-Za-z]{3,9})\.?/y;

/** A day number with an optional ordinal at a cursor, not followed by a digit. ✓ "2" "04" "29th" */
export const DAY_NUMBER = /(\d{1,2})(?:st|nd|rd|th)?(?!\d)/y;

/** A year after a day: ", 2026" or " 2020". */
export const YEAR_AFTER = / {0,2},? {0,2}(\d{4})(?!\d)/y;

/** A parenthesised group of at most 80 characters at a cursor, one level of nesting allowed. */
export const PAREN_GROUP = /\(((?:[^()\n]|\([^()\n]{0,40}\)){1,80})\)/y;

/** A bracketed group at a cursor. ✓ "[North Korea]" */
export const BRACKET_GROUP = /\[([^\[\]\n]{1,60})\]/y;

/**
 * The separator that ends a dateline, at a cursor, with the spaces before it.
 * A dash or underscore must be followed by a space or the end of the line; a
 * colon may touch the text ("(APP):PML-N").
 * ✓ " -" " --" " —" "-" " _" ":" " :" "::" ✗ "-based" "-19 outbreak"
 */
export const DATELINE_SEPARATOR = / {0,4}(?:(?:-{1,3}|[–—]{1,2}|_{1,2})(?= |$)|:{1,2}(?![:\d]))/y;

/** A date-first dateline's joint: "21 May 2022; MEMO:". Group 1: the source name. */
export const DATE_FIRST_SOURCE = / {0,2}; {0,2}([A-Z][A-Za-z&]{1,15}(?: [A-Z][A-Za-z&]{1,15}){0,2})(?= {0,2}:)/y;

/** A label line such as "ID :" or "Auther :": a word or two and a colon. */
export const FIELD_LABEL = /^[\p{L}][\p{L} ]{0,20}\s?:$/u;

/** A credit, a dash, then a date, inside parentheses. Groups: credit, date. ✓ "UrduPoint / Pakistan Point News / WAM - 02nd May, 2021" */
export const CREDIT_DASH_DATE = /^([^()]{2,60}?) [-–] (\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})$/;

/** The separators between the credits of a republisher's header: " / ". */
export const CREDIT_SPLIT = /\s{0,2}\/\s{0,2}/;

/** A comma left before the separator where a date was dropped. ✓ "SAN JOSE, Calif., -" */
export const COMMA_BEFORE_SEPARATOR = / {0,2},(?= {0,4}(?:-|–|—|_|:))/y;

/** A glued byline before a dateline. Group 1: the name. ✓ "By MICHAEL LIEDTKE     SAN FRANCISCO (AP) --" */
export const GLUED_BYLINE = /^by\s([\p{Lu}][\p{L}.'’\-]{0,30}(?: [\p{Lu}][\p{L}.'’\-]{0,30}){0,4}) {3,8}(?=\S)/iu;

/** A syndication credit in parentheses before a dateline. ✓ "( MENAFN - Kuwait News Agency (KUNA)) " */
export const GLUED_CREDIT = /^\(\s{0,2}menafn\s{0,2}[-–]\s{0,2}(?:[^()\n]|\([^()\n]{0,30}\)){1,80}\)\s{0,3}(?:[A-Z]{2,6}\s{1,3})?/i;

/**
 * A publisher prefix before a dateline: "Canadian Press - VANCOUVER (CP) - ",
 * "SPACE.com - TORONTO, Canada -- ". Group 1: the publisher.
 */
export const PUBLISHER_PREFIX = /^([\p{L}][\p{L}.&' ]{1,30}?) [-–] (?=\p{Lu})/u;

/** A short capitalised credit after a date ("MExN"): two capitals at least. */
export const SHORT_CREDIT = /^[A-Z][A-Za-z]{1,7}$/;

/** Two capitals anywhere in a word. */
export const TWO_CAPITALS = /[A-Z].*[A-Z]/;

/** A bare agency name used as the whole dateline, at a cursor. Group 1: the name. ✓ "AP -" "Reuters --" "The Associated Press -" */
export const BARE_AGENCY_DATELINE = /(?:The )?(Associated Press|[A-Za-z]{2,8})(?= {0,2}(?:-{1,2}|[–—_]) )/y;

/** An agency first, then a comma, at a cursor. Group 1: the agency. ✓ "UNB, " in "UNB, Manikganj::" */
export const AGENCY_THEN_COMMA = /([A-Z]{2,6}), {1,2}/y;

/** A comma after a date, at a cursor. */
export const COMMA_AT = / {0,2},/y;

/** A known-agency-shaped word followed by a separator or the end, at a cursor. ✓ "Reuter -" "SAPA --" "SPA --" */
export const AGENCY_BEFORE_SEPARATOR = /([A-Z][A-Za-z]{1,7})(?= {0,3}(?:-{1,3}|[–—_]|$))/y;

/** Agency separators inside a joint credit: "BSS/AFP", "PTI, UNI", "NNN-SPA". */
export const AGENCY_JOINT = /\s{0,2}[/,&-]\s{0,2}/;

// ---------------------------------------------------------------- dates

/** `YYYY-MM-DD`, for the schema. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `HH:MM`, for the schema. */
export const CLOCK = /^\d{2}:\d{2}$/;

/** `+05:30`, for the schema. */
export const UTC_OFFSET = /^[+-]\d{2}:\d{2}$/;

/** Cheap pre-check: does a line contain something a date could be made of? */
export const HAS_DIGIT = /\d/;

/** A clock time. Groups: hour, minute, meridiem. ✓ "3:01 PM" "15:01" "10:57 am" "9.30 a.m." */
export const CLOCK_TIME = /(?<![\d:])(\d{1,2})[:.](\d{2})(?::\d{2})?(?!\d)\s{0,2}([ap]\.?\s?m\.?)?/i;

/** Dots and spaces inside a meridiem ("p. m." → "pm"). */
export const MERIDIEM_NOISE = /[.\s]/g;

/** A numeric zone, optionally after letters. Groups: sign, hours, minutes. ✓ "+0530" "GMT+5:30" "UTC-04:00" */
export const NUMERIC_ZONE = /^(?:[A-Z]{2,4})?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The "YYYY-MM-DD" start of a referenceDate string. */
export const ISO_DAY_START = /^(\d{4})-(\d{2})-(\d{2})/;

/** A zone after a time. Group 1: abbreviation; group 2: numeric offset. ✓ "IST" "GMT+5:30" "+0530" */
export const ZONE_AFTER_TIME = /^\s{0,2}(?:\(?([A-Z]{1,5})\)?(?:\s?([+-]\d{1,2}(?::?\d{2})?))?|([+-]\d{2}:?\d{2}))(?![A-Za-z])/;

/** ISO date. ✓ "2024-06-20" */
export const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Dotted day-first date. ✓ "20.06.2024" */
export const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

/**
 * Slashed or dashed numeric date. Group 2 is the separator: slashed dates are
 * month-first unless the first number is over 12 (SPEC.md section 5); dashed
 * ones day-first unless the second is over 12 ("06-02-2021 08:49 IST" on an
 * Indian page is 6 February). ✓ "30/9/2012" "06/07/2024" "06-02-2021"
 */
export const SLASHED_DATE = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/;

/** A Hijri year-first date. ✓ "1440/9/20" */
export const HIJRI_NUMERIC = /(?<!\d)1[34]\d\d\/\d{1,2}\/\d{1,2}(?!\d)/;

/** Month name then day then year (global: iterate with exec from lastIndex 0). Groups: month, day, year. ✓ "Jun 20, 2024" "June 20 2024" "Sept. 5, 2019" */
export const MONTH_DAY_YEAR = /(?<![A-Za-z])([A-Za-z]{3,9})\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s{0,2},?\s{0,2}(\d{4})(?!\d)/g;

/** Day then month name then year (global: iterate with exec from lastIndex 0). Groups: day, month, year. ✓ "20 June 2024" "29th November, 2015" "Tue 7 Nov 2023" */
export const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,2}(?:of\s)?([A-Za-z]{3,9})\.?,?\s{1,2}(\d{4})(?!\d)/g;

/** "Updated" label on a date line. ✓ "Updated: ..." "Last updated on ..." "ANI | Updated: ..." */
export const UPDATED_LABEL = /\b(?:last\s)?updated(?:\s(?:on|at))?\s{0,2}:?/i;

/** "Published" / "Posted" / "First published" labels. */
export const PUBLISHED_LABEL = /\b(?:first\s)?(?:published|posted|released|created|dated?)(?:\s(?:on|at))?\s{0,2}:?/i;

/** A month name or abbreviation as a word, any case. ✓ "Sept" "JUNE" "oct." ✗ "Marching" "decided" */
export const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Cheap test before reading a date: a four-digit year or a numeric date shape. */
export const MAY_HOLD_DATE = /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/;

/** Separators and brackets trimmed off the credit before a date line's label ("ANI |" → "ANI"). */
export const DATE_LINE_PREFIX_TRIM = /^[\s|:\-–—,]+|[\s|:\-–—(,]+$/g;

/** A weekday word at the end of the text before a date. Group 1: the word. ✓ "Thursday, " "Tue " */
export const WEEKDAY_TAIL = /([A-Za-z]{3,9})\.?,?\s{1,2}$/;

/** Brackets and separators trimmed off a date line's date part ("(30/9/2012)" → "30/9/2012"). */
export const DATE_LINE_REST_TRIM = /^[\s|:\-–—(,]+|[\s|)\-–—,]+$/g;

/** A word token of a date line's leftover text (labels, names, zones). */
export const WORD_TOKEN = /[\p{L}]+/gu;

// ---------------------------------------------------------------- entities (src/entities.ts)

/**
 * A run of ALL-CAPS words inside mixed-case text: title-cased before tagging
 * when it has two words or more and one of four letters or more ("SAO
 * PAULO"), or when it is one word compromise knows as a place ("LONDON").
 * ✓ "SAO PAULO" "NEW YORK" "COEUR D'ALENE" "LONDON" "NATO" ✗ "London" "Nato"
 */
export const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’.-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{Lu}'’.-]{0,30}){0,8}(?![\p{L}\p{N}])/gu;

/** A word of four letters or more (in a {@link CAPS_RUN}). ✓ "PAULO" ✗ "SAO" */
export const LONG_WORD = /\p{L}{4}/u;

/** A dotted initialism, kept as it is when a name is title-cased. ✓ "U.S." "D.C." "n.y." ✗ "Okla." "St." */
export const DOTTED_INITIALISM = /^(?:\p{L}\.){2,12}$/u;

/**
 * A bracketed aside inside a name, dropped with its brackets.
 * ✓ "Pyongyang [North Korea]" "Prairie Star <PSEN>" "Kolkata (West Bengal)" ✗ "Kim Jong Un"
 */
export const NAME_BRACKETED = /[[(<{][^[\](){}<>]{0,200}[\])>}]/g;

/** A bracket left unpaired in a name (dropped). ✓ "[North" "Korea]" ✗ "Kim" */
export const NAME_BRACKET_CHARS = /[[\](){}<>]/g;

/** A run of whitespace inside a name (made one space). ✓ "Kim \n Jong" ✗ "KimJong" */
export const NAME_SPACES = /\s{1,200}/g;

/** What is neither letter nor digit at the start of a name. ✓ "``Kim" "“Putin" ✗ "Kim" */
export const NAME_LEAD_JUNK = /^[^\p{L}\p{N}]{1,50}/u;

/** What is neither letter nor digit at the end of a name. ✓ "LONDON," "Asia." "Kim''" ✗ "Kim" */
export const NAME_TRAIL_JUNK = /[^\p{L}\p{N}]{1,50}$/u;

/**
 * A name ending in a one-letter initial, whose final period is kept.
 * ✓ "Washington, D.C" "U.S" "John F" ✗ "Okla" "Asia"
 */
export const INITIAL_END = /(?:^|[\s.])\p{L}$/u;

/** An English possessive at the end of a name (dropped). ✓ "Putin's" "Moscow’s" ✗ "Jones" */
export const NAME_POSSESSIVE = /['’][sS]$/;

/** What separates the words of a name's comparison key (split on it). ✓ ", " "." "'" ✗ "a" "3" */
export const NAME_KEY_SEPARATOR = /[^\p{L}\p{M}\p{N}]{1,50}/u;

// ---------------------------------------------------------------- fingerprint (src/fingerprint.ts)

/** A character (one code point) of a word for the fingerprint, outside ASCII: a letter, a mark, a digit. ✓ "é" "न" "ि" ✗ "—" "“" */
export const FINGERPRINT_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** A fingerprint: 16 hex digits (either case). ✓ "0f3a9c2b71d4e580" ✗ "0x0f3a" "xyz" */
export const FINGERPRINT_HEX = /^[0-9a-fA-F]{16}$/;

// ---------------------------------------------------------------- ninjs export

/**
 * An absolute URI in RFC 3986 characters: a scheme, then unreserved, reserved
 * or `%HH` characters, at most one `#`. Square brackets (IPv6 hosts) are not
 * accepted. ✓ "urn:newsml:example.com:20240620:abc" "https://ex.com/a#teaser-1"
 * ✗ "https://ex.com/a b" "story-1" "https://ex.com/a#b#c"
 */
export const URI_CHARS =
  /^[A-Za-z][A-Za-z0-9+.-]{0,63}:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/** `Z` or `±HH:MM`. ✓ "Z" "+05:30" "-04:00" ✗ "+0530" "IST" */
export const UTC_OFFSET_OR_Z = /^(?:Z|[+-]\d{2}:\d{2})$/;

/** A BCP 47 tag, loosely: a 2-3 letter language and up to 8 subtags. ✓ "en" "en-GB" "zh-Hant-TW" ✗ "english" "en_GB" */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,8}$/;

/** Characters escaped in the HTML body. ✓ "AT&T <b>" */
export const HTML_SPECIAL = /[&<>]/g;
