/**
 * Sign-offs and credits that close a story (SPEC.md section 7): whole lines
 * ("Reuter", "(lre/dw)", "(Reporting by ...)") and ones glued to the last
 * paragraph ("... birthday. (ANI)", "session.-----PTI", "Amir. (end) hb").
 *
 * @module
 */
import { SIGN_OFF_AGENCIES } from "../data/agencies.js";
import { DESK_CODE_WORDS } from "../data/stopwords.js";
import { AGENCY_SIGN_OFF, AGENCY_WORD, DASH_AGENCY_CREDIT, DESK_CODE_SPLIT, DESK_SIGN_OFF, GLUED_DASH_CREDIT, GLUED_PRINT_CREDIT, GLUED_READ_MORE, GLUED_SIGN_OFF, LOCAL_TIME_STAMP, NYT_GROUP_CREDIT, PRINT_CREDIT, REPORTING_CREDIT, REPORTING_CREDIT_END, WITH_INPUTS } from "../patterns/trailer.js";

/**
 * True when a whole line is a sign-off or closing credit.
 *
 * @param text - one trimmed line
 * @example
 * ```ts
 * isSignOffLine("Reuter") //=> true
 * isSignOffLine("(lre/dw)") //=> true
 * isSignOffLine("NEW YORK") //=> false
 * ```
 */
export function isSignOffLine(text: string): boolean {
  const n = text.length;
  if (n > 420) return false;
  const first = text.charCodeAt(0);
  const letter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  // Cheap guards first (by the first character's code): most lines are paragraphs and fail here.
  if (first === 0x28 /* ( */) {
    if (WITH_INPUTS.test(text) || REPORTING_CREDIT.test(text) || NYT_GROUP_CREDIT.test(text)) return true;
  } else if (first === 0x50 || first === 0x70 /* P p */) {
    if (PRINT_CREDIT.test(text)) return true;
  } else if (first >= 0x30 && first <= 0x39) {
    return LOCAL_TIME_STAMP.test(text);
  } else if (first === 0x2013 || first === 0x2014 || first === 0x2d /* – — - */) {
    if (DASH_AGENCY_CREDIT.test(text)) return true;
  }
  if (n > 60) return false;
  // A desk code opens with "(", a lower-case letter or "X"; an agency sign-off with "-", "(", a letter or a space.
  const deskLead = first === 0x28 || (first >= 0x61 && first <= 0x7a) || first === 0x58;
  if (deskLead && DESK_SIGN_OFF.test(text)) return !text.split(DESK_CODE_SPLIT).some((w) => DESK_CODE_WORDS.has(w));
  // (AGENCY_SIGN_OFF may also open with whitespace: any code from U+1680 on may be some.)
  if (!(letter || first === 0x28 || first === 0x2d || first <= 0x20 || first === 0xa0 || first >= 0x1680)) return false;
  const m = AGENCY_SIGN_OFF.exec(text);
  return m !== null && SIGN_OFF_AGENCIES.has(m[1]!.toUpperCase());
}

/** A last paragraph split into the story text, a glued sign-off and a glued link. */
export interface GluedTrailer {
  readonly body: string;
  readonly trailer: string | null;
  /** A "Continue reading ..." link glued to the paragraph, or null. */
  readonly link: string | null;
}

/**
 * Splits a sign-off (and a "Continue reading" link) glued to the end of a
 * paragraph off it.
 *
 * @param paragraph - a body paragraph
 * @returns the paragraph without them, and what was split off
 * @example
 * ```ts
 * splitGluedTrailer("... his 69th birthday. (ANI)")
 * //=> { body: "... his 69th birthday.", trailer: "(ANI)", link: null }
 * ```
 */
export function splitGluedTrailer(paragraph: string): GluedTrailer {
  let body = paragraph;
  let linkText: string | null = null;
  // Each pattern is $-anchored: look only at the tail, and only when its telltale is there.
  const more = mayEndWithLink(paragraph) ? GLUED_READ_MORE.exec(body) : null;
  if (more && more.index > 0) {
    linkText = more[1]!;
    body = body.slice(0, more.index).trimEnd();
  }
  const last = body.charCodeAt(body.length - 1);
  const digit = last >= 0x30 && last <= 0x39;
  const letter = (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
  const paren = last === 0x29; // )
  // A glued sign-off ends with ")" ("(ANI)", "(end)"), a letter ("-----PTI", "WAM") or a year (Dawn).
  if (!paren && !letter && !digit) return { body, trailer: null, link: linkText };
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: a shortcut: every pattern below is $-anchored and shorter than TAIL, and a sign-off found in the whole body stands at the same place
  const tail = body.length > TAIL ? body.slice(-TAIL) : body;
  const candidates = [
    paren ? REPORTING_CREDIT_END : null,
    digit && tail.includes("ublished in") ? GLUED_PRINT_CREDIT : null,
    letter && tail.includes("gency") ? GLUED_DASH_CREDIT : null,
  ];
  for (const re of candidates) {
    const m = re?.exec(body);
    if (m && m.index > 0) return { body: body.slice(0, m.index).trimEnd(), trailer: m[1]!, link: linkText };
  }
  const m = digit ? null : GLUED_SIGN_OFF.exec(tail);
  const at = m ? m.index + body.length - tail.length : 0;
  if (m && at > 0 && isGluedSignOff(m[1]!)) return { body: body.slice(0, at).trimEnd(), trailer: m[1]!, link: linkText };
  return { body, trailer: null, link: linkText };
}

/** How much of a paragraph's end the glued-trailer patterns look at. */
const TAIL = 480;
/** How much of it a glued "Continue reading" link can take. */
const LINK_TAIL = 120;

/**
 * False when `GLUED_READ_MORE` cannot match: the paragraph ends with a lone
 * ".", "!" or "?" (most do), which the link's text may not hold; else true
 * when the link's telltale is in the paragraph's tail.
 */
function mayEndWithLink(paragraph: string): boolean {
  const n = paragraph.length;
  const last = paragraph.charCodeAt(n - 1);
  if ((last === 0x2e || last === 0x21 || last === 0x3f) && paragraph.charCodeAt(n - 2) !== 0x2e) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: looking at more of the paragraph can only let more paragraphs on to GLUED_READ_MORE, which decides
  const end = n > LINK_TAIL ? paragraph.slice(-LINK_TAIL) : paragraph;
  // Every link the pattern takes holds "read" ("read more", "continue reading", "read the full"),
  // so "ead" or "EAD" is in it unless its case is mixed inside the word.
  // Stryker disable next-line StringLiteral: an empty needle lets every paragraph on to GLUED_READ_MORE, which decides
  return end.includes("ead") || end.includes("EAD");
}

function isGluedSignOff(signOff: string): boolean {
  if (signOff.startsWith("(end)") || WITH_INPUTS.test(signOff)) return true;
  const agency = AGENCY_WORD.exec(signOff);
  return agency !== null && SIGN_OFF_AGENCIES.has(agency[0].toUpperCase());
}
