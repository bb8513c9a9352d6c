/**
 * Stage 1: normalisation (SPEC.md section 2). Idempotent:
 * `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * Line ends to LF; BOM, zero-width characters and control characters out;
 * Unicode spaces to plain spaces; HTML entities (named, numeric, cp1252,
 * damaged `#39;`) and common mojibake (`â€™`) repaired; trailing spaces
 * trimmed; runs of three or more blank lines cut to two. Words, case and
 * punctuation are otherwise kept exactly.
 *
 * @module
 */
import { CP1252, MOJIBAKE, NAMED_ENTITIES } from "../data/entities.js";
import {
  BLANK_RUN,
  CONTROL_CHARS,
  EDGE_NEWLINES,
  HTML_ENTITY,
  INVISIBLES,
  LINE_BREAKS,
  LONE_SURROGATES,
  DECOMPOSED,
  MOJIBAKE_LEAD,
  NEEDS_CLEANING,
  TRAILING_WHITE,
  UNICODE_SPACES,
} from "../patterns.js";


function fromCodePoint(n: number): string {
  if (n >= 128 && n <= 159) return CP1252.get(n) ?? "";
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(n);
}

function decodeEntity(match: string, body: string | undefined, damaged: string | undefined): string {
  if (damaged !== undefined) return fromCodePoint(Number(damaged));
  const name = body!.slice(0, -1);
  if (name[0] === "#") {
    const hex = name[1] === "x" || name[1] === "X";
    return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  return NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase()) ?? match;
}

/** One pass of the repairs that can expose another repair (entities, mojibake). */
function repair(text: string): string {
  let out = text.includes("&") || text.includes("#") ? text.replace(HTML_ENTITY, decodeEntity) : text;
  if (MOJIBAKE_LEAD.test(out)) {
    for (const [bad, good] of MOJIBAKE) if (out.includes(bad)) out = out.split(bad).join(good);
  }
  return out;
}

/** Characters that are cleaned away or replaced (run after each repair, which may produce them). */
function clean(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(LINE_BREAKS, "\n")
    .replace(LONE_SURROGATES, "\ufffd")
    .replace(INVISIBLES, "")
    .replace(CONTROL_CHARS, "")
    .replace(UNICODE_SPACES, " ");
}

/**
 * Normalises scraped text so the later stages see one form.
 *
 * @param input - the raw page text
 * @returns the normalised text
 * @example
 * ```ts
 * normalizeText("\uFEFFWorld\r\n\r\nIt#39;s a\u00A0test  ")
 * //=> "World\n\nIt's a test"
 * ```
 */
export function normalizeText(input: string): string {
  // Mojibake is repaired before control characters go ("â€\u009d" holds one); repairs can uncover
  // more ("&amp;#39;") and cleaning can join pieces, so repeat to a fixed point.
  let text = input;
  for (let i = 0; i < 4; i++) {
    const next = clean(repair(text));
    if (next === text) break;
    text = next;
  }
  if (DECOMPOSED.test(text)) text = text.normalize("NFC");
  // Trailing spaces go line by line: a pattern such as /[ \t]+$/gm is quadratic on long space runs.
  if (TRAILING_WHITE.test(text)) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
    text = lines.join("\n");
  }
  return text.replace(BLANK_RUN, "\n\n\n").replace(EDGE_NEWLINES, "");
}
