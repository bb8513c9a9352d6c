/**
 * Stage 11 (only with `{ explain: true }`): why each line got its role. For
 * every non-empty line of the input: its line number, its text, the field it
 * went to (and the parts, when a line was split: a dateline and a paragraph,
 * a byline and a date), and the evidence the stages noted for it, each rule
 * with its score.
 *
 * @module
 */
import { alignOffsets } from "../lib/align.js";
import { decodeOneEntity } from "../lib/entities.js";
import type { ExplainLine } from "../schema.js";
import type { Layout, ParseContext, Role } from "../types.js";

/** One piece of evidence, as the stages noted it. */
export interface Evidence {
  readonly line: number;
  readonly rule: string;
  readonly score: number;
}

/** The 1-based line number, in `input`, of each line start in `normalized` (null when the texts cannot be aligned). */
function inputLineNumbers(input: string, normalized: string, starts: readonly number[]): number[] | null {
  const map = alignOffsets(input, normalized, decodeOneEntity);
  if (!map) return null;
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (const start of starts) {
    const target = start < map.start.length ? map.start[start]! : input.length;
    for (; at < target; at++) {
      const c = input.charCodeAt(at);
      if (c === 0x0a || (c === 0x0d && input.charCodeAt(at + 1) !== 0x0a)) line++;
    }
    out.push(line);
  }
  return out;
}

/** The 1-based line number of each line start in the text itself. */
function ownLineNumbers(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (const start of starts) {
    for (; at < start; at++) if (text.charCodeAt(at) === 0x0a) line++;
    out.push(line);
  }
  return out;
}

/**
 * Stage 11: explains the layout.
 *
 * @param input - the original text
 * @param normalized - `normalizeText(input)`
 * @param layout - the settled layout
 * @param evidence - what the stages noted, in the order they noted it
 * @param _ctx - the parse context
 * @returns one entry per non-empty line, in page order
 * @example
 * ```ts
 * explainLayout(input, text, layout, evidence, ctx)[0]
 * //=> { line: 1, text: "World", role: "section", rules: [{ name: "section:label-above-headline", score: 1 }, ...] }
 * ```
 */
export function explainLayout(input: string, normalized: string, layout: Layout, evidence: readonly Evidence[], _ctx: ParseContext): ExplainLine[] {
  const { lines, pieces } = layout;
  const starts = lines.map((l) => l.start);
  const numbers = inputLineNumbers(input, normalized, starts) ?? ownLineNumbers(normalized, starts);
  const parts: { role: Role; text: string }[][] = lines.map(() => []);
  for (const p of pieces) parts[p.line]!.push({ role: p.role, text: p.text });
  const rules: { name: string; score: number }[][] = lines.map(() => []);
  for (const e of evidence) rules[e.line]?.push({ name: e.rule, score: Math.round(e.score * 100) / 100 });
  return lines.map((line, i) => {
    const own = parts[i]!;
    const main = own.reduce<{ role: Role; text: string } | undefined>((a, b) => (a === undefined || b.text.length > a.text.length ? b : a), undefined);
    const entry: ExplainLine = { line: numbers[i]!, text: line.text, role: main?.role ?? "furniture", rules: rules[i]! };
    if (own.length > 1) entry.parts = own;
    return entry;
  });
}
