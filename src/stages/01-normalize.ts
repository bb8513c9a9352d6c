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
import { MAY_HAVE_ENTITY, MAY_HAVE_MOJIBAKE, MAY_NEED_NFC, NEEDS_CLEAN, NEWLINE_RUNS, scanText, TRAILING_SPACE } from "../lib/scan.js";

/** The flags that call for the repair-and-clean loop. */
const REPAIRS = NEEDS_CLEAN | MAY_HAVE_ENTITY | MAY_HAVE_MOJIBAKE;
import {
  BLANK_RUN,
  CONTROL_CHARS,
  EDGE_NEWLINES,
  HTML_ENTITY,
  INVISIBLES,
  LINE_BREAKS,
  LONE_SURROGATES,
  UNICODE_SPACES,
} from "../patterns.js";


function fromCodePoint(n: number): string {
  if (n >= 128 && n <= 159) return CP1252.get(n) ?? "";
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(n);
}

/** The character an entity stands for, or null when the name is unknown (the text is then kept). */
function decodeEntity(body: string | undefined, damaged: string | undefined): string | null {
  if (damaged !== undefined) return fromCodePoint(Number(damaged));
  const name = body!.slice(0, -1);
  if (name[0] === "#") {
    const hex = name[1] === "x" || name[1] === "X";
    return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  return NAMED_ENTITIES.get(name) ?? NAMED_ENTITIES.get(name.toLowerCase()) ?? null;
}

/**
 * Decodes every entity. `split` on the pattern yields [text, body, damaged,
 * text, ...] natively; decoding the captures in a loop, with a memo, avoids a
 * replacement callback per entity (1 M damaged `#39;` took 0.6 s that way).
 */
function decodeEntities(text: string): string {
  const parts = text.split(HTML_ENTITY);
  if (parts.length === 1) return text;
  const memo = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 3) {
    const body = parts[i];
    const damaged = parts[i + 1];
    const key = body !== undefined ? "&" + body : "#" + damaged;
    let out = memo.get(key);
    if (out === undefined) {
      // An unknown name stays as written; the "amp;" chain before it is not recoverable, so keep "&".
      out = decodeEntity(body, damaged) ?? "&" + body;
      memo.set(key, out);
    }
    parts[i] = out;
    parts[i + 1] = "";
  }
  return parts.join("");
}

/** One pass of the repairs that can expose another repair (entities, mojibake). */
function repair(text: string, flags: number): string {
  let out = flags & MAY_HAVE_ENTITY ? decodeEntities(text) : text;
  if (flags & MAY_HAVE_MOJIBAKE || out !== text) {
    for (const [bad, good] of MOJIBAKE) if (out.includes(bad)) out = out.split(bad).join(good);
  }
  return out;
}

/** Characters that are cleaned away or replaced (run after each repair, which may produce them). */
function clean(text: string): string {
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
  let text = input;
  let flags = scanText(text);
  // Mojibake is repaired before control characters go ("â€\u009d" holds one); repairs can uncover
  // more ("&amp;#39;") and cleaning can join pieces, so repeat until a scan finds nothing to do.
  for (let i = 0; i < 4 && (flags & REPAIRS) !== 0; i++) {
    let next = flags & (MAY_HAVE_ENTITY | MAY_HAVE_MOJIBAKE) ? repair(text, flags) : text;
    if (next !== text) flags = scanText(next); // decoding may have made characters to clean
    if (flags & NEEDS_CLEAN) next = clean(next);
    if (next === text) break;
    text = next;
    flags = scanText(text);
  }
  if (flags & MAY_NEED_NFC) text = text.normalize("NFC");
  // Trailing spaces go line by line: a pattern such as /[ \t]+$/gm is quadratic on long space runs.
  if (flags & TRAILING_SPACE) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
    text = lines.join("\n");
  }
  return flags & (NEWLINE_RUNS | TRAILING_SPACE) ? text.replace(BLANK_RUN, "\n\n\n").replace(EDGE_NEWLINES, "") : text;
}
