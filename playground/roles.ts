/**
 * The playground's view of `explain`: which colour each role gets, what a
 * role is called on the page, and how the rules that decided a line are
 * written. Pure (no DOM), so the Node tests can check it without a browser.
 *
 * The colour families follow the terminal view's (`ROLE_STYLES` in
 * src/cli/explain-view.ts): the section magenta, the headline strongest, the
 * story's anchors (dates, byline, dateline, sign-off, Source line) warm,
 * the body plain, teasers cyan, furniture dim. A page can show more colours
 * than a terminal, so each anchor has its own shade.
 *
 * @module
 */
import type { ExplainLine } from "../src/schema.js";

/** A line's role, as `explain` gives it. */
export type Role = ExplainLine["role"];

/** The colour classes of the page: one per field a reader tells apart. */
export type Category = "section" | "headline" | "date" | "byline" | "dateline" | "body" | "trailer" | "source" | "teaser" | "furniture";

/** Every colour class, in the order the legend shows them (the order of the story's fields). */
export const CATEGORIES: readonly Category[] = ["section", "headline", "date", "byline", "dateline", "body", "trailer", "source", "teaser", "furniture"];

/**
 * Each role's colour class. A `Record` over `Role`: a role added to the
 * schema's `ROLES` fails the type check here until it is given a colour.
 */
export const ROLE_CATEGORY: Readonly<Record<Role, Category>> = {
  section: "section",
  headline: "headline",
  published: "date",
  updated: "date",
  byline: "byline",
  dateline: "dateline",
  body: "body",
  trailer: "trailer",
  source: "source",
  "teaser-headline": "teaser",
  "teaser-summary": "teaser",
  "teaser-dateline": "teaser",
  "teaser-date": "teaser",
  furniture: "furniture",
};

/** The roles, in the schema's order (the keys of {@link ROLE_CATEGORY}). */
export const ROLES = Object.keys(ROLE_CATEGORY) as Role[];

/** One rule as the page lists it: its group (`headline`), its name within it, its score (null for a marker scored 0). */
export interface RuleRow {
  readonly group: string | null;
  readonly name: string;
  readonly score: number | null;
  /** The group's total (`headline:score`): written `= +11`. */
  readonly total: boolean;
}

/**
 * The rules noted for a line, as rows: a `prefix:name` rule keeps its prefix
 * as its group, `prefix:score` is the group's total, and a rule scored 0 (a
 * marker such as `body:running-text-ended`) has no score.
 *
 * @param entry - one line of `story.explain`
 * @returns one row per rule, in the order the stages noted them
 * @example
 * ```ts
 * ruleRows({ line: 3, text: "…", role: "headline", rules: [{ name: "list", score: -30 }, { name: "headline:score", score: 11 }] })
 * //=> [{ group: null, name: "list", score: -30, total: false }, { group: "headline", name: "score", score: 11, total: true }]
 * ```
 */
export function ruleRows(entry: ExplainLine): RuleRow[] {
  return entry.rules.map((rule) => {
    const colon = rule.name.indexOf(":");
    const group = colon > 0 ? rule.name.slice(0, colon) : null;
    const name = group === null ? rule.name : rule.name.slice(colon + 1);
    return { group, name, score: rule.score === 0 ? null : rule.score, total: group !== null && name === "score" };
  });
}

/**
 * A score as written: "+4", "−30" (a true minus sign), "+2.5".
 *
 * @example
 * ```ts
 * signed(-30) //=> "−30"
 * ```
 */
export function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : "0";
}

/**
 * The line's text cut into runs, each part of a split line with its own role
 * (the parts are substrings of the line, in order); the whole line with its
 * role when it was not split or a part cannot be found.
 *
 * @param entry - one line of `story.explain`
 * @returns the runs, which join back to `entry.text`
 * @example
 * ```ts
 * textRuns({ line: 5, text: "DOHA: Talks resumed.", role: "body", rules: [],
 *   parts: [{ role: "dateline", text: "DOHA:" }, { role: "body", text: "Talks resumed." }] })
 * //=> [{ text: "DOHA:", role: "dateline" }, { text: " ", role: null }, { text: "Talks resumed.", role: "body" }]
 * ```
 */
export function textRuns(entry: ExplainLine): { text: string; role: Role | null }[] {
  const whole = [{ text: entry.text, role: entry.role }];
  if (entry.parts === undefined) return whole;
  const out: { text: string; role: Role | null }[] = [];
  let at = 0;
  for (const part of entry.parts) {
    const found = entry.text.indexOf(part.text, at);
    if (found < 0) return whole;
    if (found > at) out.push({ text: entry.text.slice(at, found), role: null });
    out.push({ text: part.text, role: part.role });
    at = found + part.text.length;
  }
  if (at < entry.text.length) out.push({ text: entry.text.slice(at), role: null });
  return out;
}

/** The story's fields as the JSON panel shows them: everything but `explain`, which the lines show. */
export function storyJson(story: { readonly explain?: unknown }): string {
  const { explain: _explain, ...fields } = story;
  return JSON.stringify(fields, null, 2);
}

/** What the input looks like: HTML when it opens with a tag and has page or block markup. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 4096).trimStart();
  return head.startsWith("<") && /<(?:!doctype html|html|head|body|article|main|div|p|section|h[1-6])\b/i.test(head);
}
