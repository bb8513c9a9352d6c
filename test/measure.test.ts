/**
 * Stage 4, what each line looks like (src/stages/04-measure.ts): the shape
 * of typical lines (running, sentence, short-sentence, title, label,
 * fragment; CJK running text; ALL-CAPS prose), the runs and repeats read off
 * a page (labelRun, titleRun, repeats, hard-wrapped paragraphs), the
 * landmarks (footer, comments, stamp), and boundary tables for the
 * thresholds: RUNNING_TEXT_CHARS, SENTENCE_CHARS, LABEL_WORDS (and the label's
 * 40 characters) and PROSE_FUNCTION_SHARE, each at, under and over.
 */
import { describe, expect, it } from "vitest";
import { LABEL_WORDS, PROSE_FUNCTION_SHARE, RUNNING_TEXT_CHARS, SENTENCE_CHARS } from "../src/stages/04-measure.js";
import { measureOne, page, stage } from "./support/stages.js";

describe("the shape of a line", () => {
  it.each([
    ["running", "a paragraph of prose", "Hundreds of fishing boats stayed in port on Thursday as a late-season storm moved toward the coast, with forecasters warning of waves up to eight metres high."],
    ["sentence", "a sentence of sixty characters or more", "The council said the new bridge would open to traffic in the late summer."],
    ["short-sentence", "a short sentence", "He declined to comment on the report."],
    ["short-sentence", "a four-word sentence", "Officials gave no details."],
    ["title", "a headline", "Russia, N Korea agree on mutual support if attacked"],
    ["title", "a headline without a verb", "Record heat across the southern plains"],
    ["label", "a section name", "World"],
    ["label", "a two-word button", "Sign in"],
    ["fragment", "a row of numbers", "1,234 | 5.6% | 7:30"],
    ["running", "Chinese running text", "城市议会周二批准了一项新的交通计划，将在五年内关闭历史中心区的私家车通行，居民和送货车辆除外，反对派议员表示这将伤害小商店。"],
    ["running", "Japanese running text", "東京都は月曜日、住宅地での民泊を週末に限る新しい規則を決めた。住民から騒音やごみの苦情が相次いでいたためで、規則は十月に施行される。"],
    ["title", "a headline with an acronym's dots before a dash and a lower-case word", "Keep C.A.L.M. - harbour festival opens on Friday 2024"],
    ["short-sentence", "a sentence with a credit glued on after a dash", "Talks went on late. – Gulf News Agency"],
    ["running", "ALL-CAPS prose", "THE PRESIDENT SAID ON MONDAY THAT THE GOVERNMENT WOULD RAISE THE MINIMUM WAGE BY TEN PERCENT FROM JANUARY AND CUT TAXES FOR SMALL FIRMS IN THE POOREST REGIONS."],
  ])("reads %s: %s", (shape, _what, text) => {
    expect(measureOne(text).shape).toBe(shape);
  });

  it("counts the function words of ALL-CAPS prose, which are capitals too", () => {
    const f = measureOne("THE PRESIDENT SAID ON MONDAY THAT THE GOVERNMENT WOULD RAISE THE MINIMUM WAGE BY TEN PERCENT FROM JANUARY AND CUT TAXES FOR SMALL FIRMS IN THE POOREST REGIONS.");
    expect(f.words).toBe(28);
    expect(f.functionShare).toBeCloseTo(11 / 28, 10);
  });

  it("does not read a short Chinese title as running text", () => {
    expect(measureOne("城市议会批准新交通计划").shape).not.toBe("running");
  });

  it("reads every line of a hard-wrapped paragraph as running text", () => {
    const { features } = stage(
      page(
        "The regional court on Monday directed the authorities to",
        "consider a plea by fishermen for compensation after the oil spill, and to",
        "report back within six weeks with a plan for cleaning the beaches.",
      ),
    );
    expect(features.map((f) => f.shape)).toEqual(["running", "running", "running"]);
  });
});

describe("boundary tables", () => {
  /** A prose sentence whose length is set by the island at its end. */
  const prose = (island: string): string => `The ferry company said on Monday that it would add two winter sailings a week to the islands from November, after a campaign by the residents of ${island}.`;

  it.each([
    ["under", prose("Hoy"), RUNNING_TEXT_CHARS - 1, "sentence"],
    ["at", prose("Yell"), RUNNING_TEXT_CHARS, "running"],
    ["over", prose("Foula"), RUNNING_TEXT_CHARS + 1, "running"],
  ])("RUNNING_TEXT_CHARS (150): prose %s the limit", (_where, text, length, shape) => {
    expect(RUNNING_TEXT_CHARS).toBe(150);
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  it.each([
    ["under", "The council said the new bridge can open to traffic in May.", SENTENCE_CHARS - 1, "short-sentence"],
    ["at", "The council said the new bridge will open to traffic in May.", SENTENCE_CHARS, "sentence"],
    ["over", "The council said the new bridge would open to traffic in May.", SENTENCE_CHARS + 1, "sentence"],
  ])("SENTENCE_CHARS (60): a sentence %s the limit", (_where, text, length, shape) => {
    expect(SENTENCE_CHARS).toBe(60);
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  it.each([
    ["under", "Sign in", LABEL_WORDS - 1, "label"],
    ["at", "Delhi and Goa", LABEL_WORDS, "label"],
    ["over", "Delhi and Goa Today", LABEL_WORDS + 1, "title"],
  ])("LABEL_WORDS (3): a short line %s the limit", (_where, text, words, shape) => {
    expect(LABEL_WORDS).toBe(3);
    const f = measureOne(text);
    expect(f.words).toBe(words);
    expect(f.shape).toBe(shape);
  });

  it.each([
    ["under", "Wolverhampton Middlesbrough Bournemouth", 39, "label"],
    ["at", "Wolverhampton Middlesbrough Peterborough", 40, "label"],
    ["over", "Wolverhampton Middlesbrough Kidderminster", 41, "title"],
  ])("the label's 40 characters: three words %s the limit", (_where, text, length, shape) => {
    expect(text).toHaveLength(length);
    expect(measureOne(text).shape).toBe(shape);
  });

  // Twenty-five capitalised words, of which two, three or four are short lower-case function words.
  it.each([
    ["under", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike Over Pay Deal Talks With Town Hall Chiefs Today.", 2 / 25, "short-sentence"],
    ["at", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike on Pay Deal Talks With Town Hall Chiefs Today.", 3 / 25, "sentence"],
    ["over", "Rail Fares Rise Again as Port City Buses Cut Night Routes and Ferry Crews Plan Strike on Pay Deal Talks at Town Hall Chiefs Today.", 4 / 25, "sentence"],
  ])("PROSE_FUNCTION_SHARE (0.12): a sentence %s the share", (_where, text, share, shape) => {
    expect(PROSE_FUNCTION_SHARE).toBe(0.12);
    const f = measureOne(text);
    expect(f.words).toBe(25);
    expect(f.functionShare).toBe(share);
    expect(f.shape).toBe(shape);
  });
});

describe("runs and repeats", () => {
  const text = page(
    "World",
    "Business",
    "Sport",
    "Ferry fares to rise in the spring",
    "Council approves budget for new library",
    "New bus lanes open on the ring road",
    "World",
    "Storm damage closes coastal road for a week",
    "WELLINGTON, June 11 (RNZ) - Heavy rain and strong winds closed the coastal road north of the city on Tuesday, and engineers said repairs would take at least a week.",
  );
  const { features } = stage(text);

  it("gives every label of a menu the length of its run", () => {
    expect(features.slice(0, 3).map((f) => [f.shape, f.labelRun])).toEqual([
      ["label", 3],
      ["label", 3],
      ["label", 3],
    ]);
  });

  it("gives a label on its own a run of one, and no label run to other shapes", () => {
    expect(features[6]).toMatchObject({ shape: "label", labelRun: 1 });
    expect(features[3]!.labelRun).toBe(0);
    expect(features[8]!.labelRun).toBe(0);
  });

  it("counts a run of titles, and the title after a label on its own as a run of one", () => {
    expect(features.slice(3, 6).map((f) => f.titleRun)).toEqual([3, 3, 3]);
    expect(features[7]!.titleRun).toBe(1);
    expect(features[0]!.titleRun).toBe(0);
  });

  it("counts how often the same text stands on the page", () => {
    expect(features[0]!.repeats).toBe(2);
    expect(features[6]!.repeats).toBe(2);
    expect(features[1]!.repeats).toBe(1);
  });

  it("does not let an account link break into a run of section labels", () => {
    // "Sign in" is clutter, not text: the menu's run stops at it.
    const f = stage(page("World", "Business", "Sign in", "Sport", "Culture")).features;
    expect(f.map((x) => x.labelRun)).toEqual([2, 2, 0, 2, 2]);
  });
});

describe("landmarks", () => {
  it.each([
    ["footer", "© 2024 Northern Isles Media. All rights reserved."],
    ["footer", "Copyright 2024 Example Media"],
    ["footer", "Todos los derechos reservados"],
    ["comments", "Leave a Reply"],
    ["comments", "12 comments"],
    ["comments", "34 responses to “Keepers return to the island”"],
    ["stamp", "2 hours ago"],
    ["stamp", "Posted Jun 3, 8:19 PM"],
    ["stamp", "marta says:"],
    ["stamp", "Updated"],
  ])("reads a %s landmark: %s", (landmark, text) => {
    expect(measureOne(text).landmark).toBe(landmark);
  });

  it.each([
    ["a headline", "Harbour bridge reopens after repairs"],
    ["a sentence about comments", "The minister's comments drew criticism from the opposition benches on Tuesday."],
    ["a sentence about rights", "Campaigners said the reform would protect the rights of tenants in the capital."],
  ])("does not read %s as a landmark", (_what, text) => {
    expect(measureOne(text).landmark).toBeNull();
  });
});
