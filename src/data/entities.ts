/**
 * HTML entities and mojibake that scraped text carries, and what they stand for.
 *
 * @module
 */

/** Named HTML entities seen in scraped news text (name → character). */
export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["nbsp", " "], ["ensp", " "],
  ["emsp", " "], ["thinsp", " "], ["rsquo", "\u2019"], ["lsquo", "\u2018"], ["rdquo", "\u201d"],
  ["ldquo", "\u201c"], ["sbquo", "\u201a"], ["bdquo", "\u201e"], ["ndash", "\u2013"], ["mdash", "\u2014"],
  ["hellip", "\u2026"], ["bull", "\u2022"], ["middot", "\u00b7"], ["laquo", "\u00ab"], ["raquo", "\u00bb"],
  ["lsaquo", "\u2039"], ["rsaquo", "\u203a"], ["copy", "\u00a9"], ["reg", "\u00ae"], ["trade", "\u2122"],
  ["deg", "\u00b0"], ["pound", "\u00a3"], ["euro", "\u20ac"], ["yen", "\u00a5"], ["cent", "\u00a2"],
  ["sect", "\u00a7"], ["para", "\u00b6"], ["times", "\u00d7"], ["divide", "\u00f7"], ["plusmn", "\u00b1"],
  ["frac12", "\u00bd"], ["frac14", "\u00bc"], ["frac34", "\u00be"], ["shy", ""], ["zwj", ""], ["zwnj", ""],
  ["aacute", "\u00e1"], ["eacute", "\u00e9"], ["iacute", "\u00ed"], ["oacute", "\u00f3"], ["uacute", "\u00fa"],
  ["Aacute", "\u00c1"], ["Eacute", "\u00c9"], ["Iacute", "\u00cd"], ["Oacute", "\u00d3"], ["Uacute", "\u00da"],
  ["agrave", "\u00e0"], ["egrave", "\u00e8"], ["igrave", "\u00ec"], ["ograve", "\u00f2"], ["ugrave", "\u00f9"],
  ["acirc", "\u00e2"], ["ecirc", "\u00ea"], ["icirc", "\u00ee"], ["ocirc", "\u00f4"], ["ucirc", "\u00fb"],
  ["auml", "\u00e4"], ["euml", "\u00eb"], ["iuml", "\u00ef"], ["ouml", "\u00f6"], ["uuml", "\u00fc"],
  ["Auml", "\u00c4"], ["Ouml", "\u00d6"], ["Uuml", "\u00dc"], ["szlig", "\u00df"], ["ntilde", "\u00f1"],
  ["Ntilde", "\u00d1"], ["ccedil", "\u00e7"], ["Ccedil", "\u00c7"], ["atilde", "\u00e3"], ["otilde", "\u00f5"],
  ["aring", "\u00e5"], ["Aring", "\u00c5"], ["aelig", "\u00e6"], ["oslash", "\u00f8"], ["Oslash", "\u00d8"],
]);

/** Windows-1252 meanings of the C1 code points 128–159 (`&#151;` is an em dash). */
export const CP1252: ReadonlyMap<number, string> = new Map([
  [128, "\u20ac"], [130, "\u201a"], [131, "\u0192"], [132, "\u201e"], [133, "\u2026"], [134, "\u2020"],
  [135, "\u2021"], [136, "\u02c6"], [137, "\u2030"], [138, "\u0160"], [139, "\u2039"], [140, "\u0152"],
  [142, "\u017d"], [145, "\u2018"], [146, "\u2019"], [147, "\u201c"], [148, "\u201d"], [149, "\u2022"],
  [150, "\u2013"], [151, "\u2014"], [152, "\u02dc"], [153, "\u2122"], [154, "\u0161"], [155, "\u203a"],
  [156, "\u0153"], [158, "\u017e"], [159, "\u0178"],
]);

/** UTF-8 read as Windows-1252: the damaged sequence → the character meant. Longest first. */
export const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
  ["\u00e2\u20ac\u2122", "\u2019"], ["\u00e2\u20ac\u02dc", "\u2018"], ["\u00e2\u20ac\u0153", "\u201c"],
  ["\u00e2\u20ac\u009d", "\u201d"], ["\u00e2\u20ac\u201d", "\u2014"], ["\u00e2\u20ac\u201c", "\u2013"],
  ["\u00e2\u20ac\u00a6", "\u2026"], ["\u00e2\u20ac\u00a2", "\u2022"], ["\u00e2\u201a\u00ac", "\u20ac"],
  ["\u00c3\u00a9", "\u00e9"], ["\u00c3\u00a8", "\u00e8"], ["\u00c3\u00a1", "\u00e1"], ["\u00c3\u00b3", "\u00f3"],
  ["\u00c3\u00ad", "\u00ed"], ["\u00c3\u00ba", "\u00fa"], ["\u00c3\u00b1", "\u00f1"], ["\u00c3\u00a7", "\u00e7"],
  ["\u00c3\u00b6", "\u00f6"], ["\u00c3\u00bc", "\u00fc"], ["\u00c3\u00a4", "\u00e4"], ["\u00c3\u00a2", "\u00e2"],
  ["\u00c3\u00aa", "\u00ea"], ["\u00c3\u00b4", "\u00f4"], ["\u00c3\u0178", "\u00df"],
  ["\u00c2\u00a3", "\u00a3"], ["\u00c2\u00a9", "\u00a9"], ["\u00c2\u00ae", "\u00ae"], ["\u00c2\u00b0", "\u00b0"],
  ["\u00c2\u00a0", " "],
];
