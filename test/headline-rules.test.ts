/**
 * The headline rule table (src/rules/headline.ts) as a spec: every rule is
 * `{ name, weight, test, example, counterExample }`, and this file checks
 * that each rule fires on its documented example and not on its
 * counterexample, on the candidate the head stage itself builds.
 *
 * The candidate comes from the real stages: normalize, segment, classify,
 * measure and locate run on the page, then the head stage places every
 * title-shaped line among its rivals, and test/support/stages.ts
 * `headlineCandidates` records the candidates it scores (with `below`,
 * `rivalsBelow`, `rivalsAbove` and the page titles as the stage fills them).
 * On every candidate of every table page, the stage's `headline:<rule>` note
 * is checked against the rule's own test too.
 *
 * A page that is nothing but a head (a title alone, a list of titles, a
 * menu) has no story below the marked line; such a page is read as all head:
 * its candidates are placed above a story that would start after its last
 * line.
 */
import { describe, expect, it } from "vitest";
import { HEADLINE_RULES, OWN_RULES, PLACE_RULES, type HeadlineCandidate, type HeadlineRule, type RuleExample } from "../src/rules/headline.js";
import { headlineCandidates, noting, page } from "./support/stages.js";

/** The candidate for the marked line of a rule's page, placed as the head stage places it. */
function candidateFor(ex: RuleExample): HeadlineCandidate | undefined {
  const set = headlineCandidates(ex);
  if (ex.line < set.storyStart) return set.byLine.get(ex.line);
  // The marked line is not above the story the stages find: read the page as all head.
  return headlineCandidates(ex, true).byLine.get(ex.line);
}

const rule = (name: string): HeadlineRule => {
  const found = HEADLINE_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no headline rule ${name}`);
  return found;
};

/** How often `name` fires on the marked line of a page (the line must be a candidate). */
function firesOn(name: string, text: string, line: number): number {
  const c = candidateFor({ page: text, line });
  expect(c, `line ${line} of the page is a headline candidate`).toBeDefined();
  return rule(name).test(c!);
}

const LONDON = "LONDON (Reuters) - Oil prices fell on Tuesday as traders weighed supply.";

describe("the headline rule table", () => {
  it("names every rule once", () => {
    const names = HEADLINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("splits into own rules and place rules, with nothing left over", () => {
    expect(OWN_RULES.length + PLACE_RULES.length).toBe(HEADLINE_RULES.length);
    expect(PLACE_RULES.map((r) => r.name)).toEqual(["nearest-title", "name-above-date", "rivals-closer", "opens-head"]);
  });

  it("gives every rule a non-zero weight and two different pages", () => {
    for (const r of HEADLINE_RULES) {
      expect(r.weight, r.name).not.toBe(0);
      expect(r.example.page === r.counterExample.page && r.example.line === r.counterExample.line, r.name).toBe(false);
    }
  });
});

describe.each(HEADLINE_RULES.map((r) => [r.name, r] as const))("headline rule %s", (_name, r) => {
  it("fires on its example", () => {
    const c = candidateFor(r.example);
    expect(c, "the example's marked line is a headline candidate").toBeDefined();
    expect(r.test(c!)).toBeGreaterThan(0);
  });

  it("does not fire on its counterexample", () => {
    const c = candidateFor(r.counterExample);
    expect(c, "the counterexample's marked line is a headline candidate").toBeDefined();
    expect(r.test(c!)).toBe(0);
  });
});

describe.each(HEADLINE_RULES.map((r) => [r.name, r] as const))("headline rule %s", (name, r) => {
  it.each([
    ["example", r.example],
    ["counterexample", r.counterExample],
  ] as const)("is noted by the head stage, weight times firings, on each candidate of the %s it fires on", (_which, ex) => {
    const { ctx, notes } = noting();
    const set = headlineCandidates(ex, false, ctx);
    for (const [index, c] of set.byLine) {
      const noted = notes.find((n) => n.line === index && n.rule === `headline:${name}`);
      const times = r.test(c);
      expect(noted?.score ?? 0, `line ${index}: ${set.staged.lines[index]!.text}`).toBe(times === 0 ? 0 : times * r.weight);
    }
  });
});

/**
 * The rules whose table entries await a fix, specified by invented pages that
 * show what the entries mean to show.
 */
describe("headline rules on pages of our own", () => {
  it("reads a title with a rival between it and the story as not the nearest title", () => {
    // The date line parts the two titles, so the lower one is no deck: it is a rival.
    const text = page("Oil slips as supply worries ease", "Jun 20, 2024", "Gold climbs to a record high again", LONDON);
    expect(firesOn("nearest-title", text, 0)).toBe(0);
    expect(firesOn("nearest-title", text, 2)).toBe(1);
  });

  it("counts each rival between a title and the story against it", () => {
    const text = page("Oil slips as supply worries ease", "Jun 20, 2024", "Gold climbs to a record high again", LONDON);
    expect(firesOn("rivals-closer", text, 0)).toBe(1);
    expect(firesOn("rivals-closer", text, 2)).toBe(0);
  });

  it("does not count a deck right under a title as its rival", () => {
    const text = page("Oil slips as supply worries ease", "Gold climbs to a record high again", LONDON);
    expect(firesOn("rivals-closer", text, 0)).toBe(0);
  });

  it("reads a full sentence of prose as prose-shaped", () => {
    const text = page("The council said the new bridge would open to traffic before the end of the summer.", "Harbour bridge to open by August");
    expect(firesOn("prose-shape", text, 0)).toBe(1);
    expect(firesOn("prose-shape", text, 1)).toBe(0);
  });

  it("reads a line printed four times as a repeated slot, and three times as not", () => {
    const four = page("Gallery image", "Lanterns over the lake", "Gallery image", "A boat at dusk", "Gallery image", "The night market", "Gallery image");
    const three = page("Gallery image", "Lanterns over the lake", "Gallery image", "A boat at dusk", "Gallery image");
    expect(firesOn("repeated-slot", four, 0)).toBe(1);
    expect(firesOn("repeated-slot", three, 0)).toBe(0);
  });

  it("counts a title printed two or three times as the headline printed again, not one printed in every slot of a gallery", () => {
    const slot = "Lanterns float over the lake at the autumn festival";
    const printed = (times: number): string => page(...Array.from({ length: times }, (_, i) => [slot, `Photo ${i + 1} of the night`]).flat());
    expect(firesOn("repeated-title", printed(2), 0)).toBe(1);
    expect(firesOn("repeated-title", printed(3), 0)).toBe(1);
    expect(firesOn("repeated-title", printed(4), 0)).toBe(0);
  });

  it("reads a call to action that the classifier keeps as text as a call to action", () => {
    expect(firesOn("call-to-action", page("Have your say on the new transport plan"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Harbour bridge to open by August"), 0)).toBe(0);
    // A local site's menu asks readers for their pictures and tips.
    expect(firesOn("call-to-action", page("Submit Photos and Videos"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Submit your news tips"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Submarine crew rescued off the coast"), 0)).toBe(0);
    expect(firesOn("call-to-action", page("Council to submit photos of flood damage to ministry"), 0)).toBe(0);
    // A TV site's player button names its channel between "Watch" and "Live".
    expect(firesOn("call-to-action", page("Watch KRBN Live"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Listen to Radio Five LIVE"), 0)).toBe(1);
    expect(firesOn("call-to-action", page("Watch the comet pass live"), 0)).toBe(0);
    expect(firesOn("call-to-action", page("Watch KRBN Live: storms hit the coast"), 0)).toBe(0);
  });

  it("reads a ticker label that the classifier keeps as text as a ticker", () => {
    expect(firesOn("ticker", page("Just in: Parliament votes to extend the session"), 0)).toBe(1);
    expect(firesOn("ticker", page("Parliament votes to extend the session"), 0)).toBe(0);
  });
});
