/**
 * Reading the project's Markdown for test/docs.test.ts: fenced code blocks
 * with their info string, links, and the anchors GitHub gives headings; and
 * turning a runnable TypeScript block's `//=>` comments into checks.
 *
 * @module
 */

/** A fenced code block: its language, its flags (`runnable`, `no-run`), its text and where it starts. */
export interface CodeBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly flags: readonly string[];
  readonly code: string;
}

/** The languages whose blocks must say whether they run: `runnable` or `no-run`. */
export const CODE_LANGS = ["ts", "js", "sh", "console"] as const;

/** The fenced code blocks of a Markdown text (``` fences; the info string is `lang flag flag`). */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[j]!); j++) body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!);
    const [lang = "", ...flags] = info!.trim().split(/\s+/).filter((w) => w !== "");
    out.push({ file, line: i + 1, lang, flags, code: body.join("\n") });
    i = j;
  }
  return out;
}

/** The Markdown text without its fenced code blocks and inline code spans (links inside them are not links). */
function proseOnly(markdown: string): string {
  return markdown.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?\n\s*\2\s*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** The relative links and images of a Markdown text: `[text](target)`, web addresses and mail left out. */
export function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const m of proseOnly(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    out.push(target);
  }
  return out;
}

/**
 * The anchors GitHub gives a Markdown text's headings: the heading's text
 * lower-cased, without punctuation (letters, digits, spaces, `-` and `_`
 * kept; inline code, links and emphasis reduced to their text), spaces as
 * `-`; a repeated anchor gets `-1`, `-2` ….
 */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const text = markdown.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?\n\s*\2\s*$/gm, "");
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*_]{1,2}([^`*_]+)[`*_]{1,2}/g, "$1");
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Brackets opened minus closed, outside strings: 0 when a value written over several lines is complete. */
function depth(text: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) d++;
    else if (")]}".includes(c)) d--;
  }
  return d;
}

/**
 * A runnable TypeScript or JavaScript block with its `//=>` comments turned
 * into checks: `expr; //=> value` (or `//=> value` on the line after
 * `expr;`, or after `const name = expr;`, which checks `name`) becomes a call
 * of `__check(actual, expected, line)`; a value may go on over the following
 * `//` lines until its brackets close.
 *
 * @returns the code, and how many checks it makes
 */
export function withChecks(code: string): { code: string; checks: number } {
  const lines = code.split("\n");
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const arrow = line.indexOf("//=>");
    if (arrow < 0) {
      out.push(line);
      continue;
    }
    const at = i + 1;
    let value = line.slice(arrow + 4).trim();
    while (depth(value) > 0 && i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1]!)) value += " " + lines[++i]!.replace(/^\s*\/\//, "").trim();
    const before = line.slice(0, arrow).trim().replace(/;$/, "");
    let actual: string;
    if (before !== "") {
      const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(before);
      if (decl) {
        out.push(`${before};`);
        actual = decl[1]!;
      } else {
        actual = before;
      }
    } else {
      // `//=>` alone: the value of the statement on the line before.
      const prev = out.pop() ?? "";
      const decl = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(prev);
      if (decl) {
        out.push(prev);
        actual = decl[1]!;
      } else {
        actual = prev.trim().replace(/;$/, "");
      }
    }
    out.push(`__check((${actual}), (${value}), ${at});`);
    checks++;
  }
  return { code: out.join("\n"), checks };
}

/** The prelude of a runnable block: `__check`, a deep equality that names the block's line. */
export const CHECK_PRELUDE = `import { deepStrictEqual as __deepEqual } from "node:assert";
const __check = (actual, expected, line) => {
  try { __deepEqual(actual, expected); }
  catch (e) { console.error("//=> on line " + line + " of the block: " + e.message); process.exit(1); }
};
`;

/**
 * Whether a command's output matches the output a `console` block shows: `…`
 * alone on a line stands for any lines (none included), `…` within a line
 * for any text on that line; trailing spaces and blank lines at the end are
 * ignored.
 */
export function outputMatches(expected: string, actual: string): boolean {
  const tidy = (s: string): string => s.split("\n").map((l) => l.trimEnd()).join("\n").replace(/\n+$/, "");
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = tidy(expected)
    .split("\n")
    .map((l) => (l.trim() === "…" ? "(?:[^\\n]*\\n)*?" : escape(l).split("…").join("[^\\n]*?") + "\\n"))
    .join("");
  return new RegExp(`^${pattern}$`).test(tidy(actual) + "\n");
}
