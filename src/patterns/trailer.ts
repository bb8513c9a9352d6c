/**
 * Trailers: sign-offs and credits that close a story (src/lib/trailer.ts).
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

/** The body of a reporting credit in parentheses, shared by the two patterns below so they cannot drift apart. */
const REPORTING_CREDIT_SOURCE = String.raw`\((?:additional )?(?:reporting|writing|editing|compiled|compiling|research|fact-checking)\s(?:by\s)?[^()]{1,400}\)`;

/**
 * A reporting credit, in parentheses, that closes Reuters copy.
 * ✓ "(Reporting by Kane Wu; Editing by Jacqueline Wong)" ✓ "(Writing by X)" ✗ "(Reuters)" "(Photo by X)"
 */
export const REPORTING_CREDIT = new RegExp(`^${REPORTING_CREDIT_SOURCE}$`, "i");

/**
 * The same credit glued to the end of the last paragraph (group 1).
 * ✓ "... said. (Reporting by A; Editing by B)" ✓ "... said. (Compiled by C)" ✗ "(Reporting by A)" (nothing before it)
 */
export const REPORTING_CREDIT_END = new RegExp(`\\s(${REPORTING_CREDIT_SOURCE})$`, "i");

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

/** An agency name inside a sign-off ("(ANI)", "-----PTI"). */
export const AGENCY_WORD = /[A-Za-z]{2,8}/;
