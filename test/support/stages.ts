/**
 * Helpers for the stage tests (test/head, body, tail, locate, measure,
 * settle, headline-rules): run the real stages on a page written as lines,
 * read `explain` by line text, and record the `HeadlineCandidate`s the head
 * stage scores.
 *
 * @module
 */
import { expect } from "vitest";
import { parseWireStory } from "../../src/index.js";
import { htmlToPage } from "../../src/html/page.js";
import { PLACE_RULES, type HeadlineCandidate, type HeadlineRule, type RuleExample } from "../../src/rules/headline.js";
import { normalizeText } from "../../src/stages/01-normalize.js";
import { segmentLines } from "../../src/stages/02-segment.js";
import { classifyLines } from "../../src/stages/03-classify.js";
import { measureLines } from "../../src/stages/04-measure.js";
import { locateStory } from "../../src/stages/05-locate.js";
import { layoutHead } from "../../src/stages/06-head.js";
import type { ExplainLine } from "../../src/schema.js";
import type { LineFeatures, LineInfo, ParseContext, StoryLocation } from "../../src/types.js";

/** A context with no reference date and no evidence sink. */
export const CTX: ParseContext = { referenceDay: null };

/** A page from its lines, one a line (single newlines, as scraped pages often come). */
export const page = (...lines: string[]): string => lines.join("\n");

/** What stages 1–5 make of a page. */
export interface Staged {
  readonly lines: LineInfo[];
  readonly features: LineFeatures[];
  readonly location: StoryLocation;
}

/** Runs normalize, segment, classify, measure and locate on a page (its text; with `ctx.page`, the markup's evidence too). */
export function stage(text: string, ctx: ParseContext = CTX): Staged {
  const lines = classifyLines(segmentLines(normalizeText(text)), ctx);
  const features = measureLines(lines, ctx);
  return { lines, features, location: locateStory(lines, features, ctx) };
}

/** The features of one line measured alone (a page of that line only). */
export function measureOne(text: string): LineFeatures {
  return stage(text).features[0]!;
}

/** One piece of evidence a stage noted, with the line it was noted on. */
export interface Note {
  readonly line: number;
  readonly rule: string;
  readonly score: number;
}

/** A context that collects every note, and the notes. */
export function noting(): { ctx: ParseContext; notes: Note[] } {
  const notes: Note[] = [];
  return { ctx: { referenceDay: null, evidence: (line, rule, score) => void notes.push({ line, rule, score }) }, notes };
}

/** Parses a page with `explain` and gives the story with lookups of its explained lines by text. */
export function explained(text: string, options: { referenceDate?: string } = {}) {
  const story = parseWireStory(text, { ...options, explain: true });
  const entries = story.explain!;
  /** The explained line whose text is exactly `lineText` (the first, or the n-th copy). */
  const line = (lineText: string, copy = 0): ExplainLine => {
    const found = entries.filter((e) => e.text === lineText);
    if (found.length <= copy) throw new Error(`no line ${JSON.stringify(lineText)} (copy ${copy}) in the explain output`);
    return found[copy]!;
  };
  /** The names of the rules noted on that line. */
  const rules = (lineText: string, copy = 0): string[] => line(lineText, copy).rules.map((r) => r.name);
  /** The score noted for one rule on that line, or undefined. */
  const score = (lineText: string, rule: string, copy = 0): number | undefined => line(lineText, copy).rules.find((r) => r.name === rule)?.score;
  return { story, entries, line, rules, score };
}

/** Asserts that `rule` was noted on the explained line (a readable failure: the rules that were noted). */
export function expectRule(entry: ExplainLine, rule: string): void {
  expect(entry.rules.map((r) => r.name), `rules on ${JSON.stringify(entry.text)}`).toContain(rule);
}

/** Asserts that `rule` was not noted on the explained line. */
export function expectNoRule(entry: ExplainLine, rule: string): void {
  expect(entry.rules.map((r) => r.name), `rules on ${JSON.stringify(entry.text)}`).not.toContain(rule);
}

/** The warning codes of a story. */
export const warningCodes = (story: { warnings: { code: string }[] }): string[] => story.warnings.map((w) => w.code);

/** An HTML page's text, and a context that carries its markup's evidence and metadata. */
function fromHtml(html: string, ctx: ParseContext): { text: string; ctx: ParseContext } {
  const read = htmlToPage(html);
  return { text: read.text, ctx: { ...ctx, page: read.page } };
}

/** The headline candidates of a page, placed among their rivals by the head stage itself. */
export interface CandidateSet {
  readonly staged: Staged;
  /** The first body line the head stage found (the line count for a page read as all head). */
  readonly storyStart: number;
  /** Candidate by line index: every line in the head window that the stage scored as a possible headline. */
  readonly byLine: ReadonlyMap<number, HeadlineCandidate>;
}

/**
 * The headline candidates of a page exactly as src/stages/06-head.ts builds
 * them: the head stage runs on the page, and the candidates it hands its
 * place rules (each with `below`, `rivalsBelow`, `rivalsAbove` and the page
 * titles filled in) are recorded as they pass. The recording wraps the first
 * place rule's `test` for the length of the call and restores it after.
 *
 * @param allHead - read the page as all head: the story would start after its last line
 *   (a page that is nothing but a title, a list or a menu has no story of its own)
 * @param ctx - the context the head stage runs with (a `noting()` one to see its evidence)
 */
export function headlineCandidates(example: string | RuleExample, allHead = false, base: ParseContext = CTX): CandidateSet {
  const { text, ctx } = typeof example === "string" || example.html !== true ? { text: typeof example === "string" ? example : example.page, ctx: base } : fromHtml(example.page, base);
  const staged = stage(text, ctx);
  const { lines, features } = staged;
  const location: StoryLocation = allHead ? { start: lines.length, end: lines.length, score: 0 } : staged.location;
  const probe = PLACE_RULES[0];
  if (!probe) throw new Error("the headline rule table has no place rule to record candidates by");
  const byLine = new Map<number, HeadlineCandidate>();
  const test = probe.test;
  (probe as { test: HeadlineRule["test"] }).test = (c) => {
    byLine.set(c.index, c);
    return test(c);
  };
  try {
    const storyStart = layoutHead(lines, features, location, ctx).bodyStart;
    return { staged, storyStart, byLine };
  } finally {
    (probe as { test: HeadlineRule["test"] }).test = test;
  }
}

