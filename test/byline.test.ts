/**
 * Bylines as a spec: the `byline` field of SPEC.md ("the name(s) only: 'By
 * Jane Doe, Reuters' -> 'Jane Doe, Reuters'"), Behaviour 1 (a value may drop
 * its `By` label), Behaviour 4 (a byline is never the headline), Behaviour 7
 * (a reporter's name printed alone after the story is the byline), and the
 * glued byline of AG News (`By NAME     CITY (AP) --`).
 *
 * Every name, place and sentence below is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import { classifyLine } from "../src/stages/03-classify.js";
import type { LineInfo } from "../src/types.js";

function classify(text: string): LineInfo {
  return classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });
}

describe("classifyLine bylines", () => {
  it.each([
    ["a name after By", "By Jane Doe", "Jane Doe"],
    ["an upper-case name", "By JANE DOE", "JANE DOE"],
    ["an upper-case BY with the agency after a comma", "BY JANE DOE, Reuters", "JANE DOE, Reuters"],
    ["an agency as the author", "By The Associated Press", "The Associated Press"],
    ["two names joined by and", "By Jane Doe and John Roe", "Jane Doe and John Roe"],
    ["a name with a particle", "By Omar bin Example", "Omar bin Example"],
    ["a name with an apostrophe", "By Siobhan O'Example", "Siobhan O'Example"],
    ["a desk credit", "Staff Report", "Staff Report"],
    ["a correspondent credit", "Our Correspondent", "Our Correspondent"],
    ["a paper's wire desk", "Lakeside Courier wire services", "Lakeside Courier wire services"],
    ["wire reports", "From wire reports", "From wire reports"],
    ["staff and wire reports", "Staff and wire reports", "Staff and wire reports"],
    ["a name and paper joined by a pipe", "Jane Doe | Example Times", "Jane Doe | Example Times"],
    ["a name with its social handle glued on", "By Jane Doe@janedoe", "Jane Doe@janedoe"],
    ["an author box's name with its link glued on", "Mara HoltView More Articles", "Mara Holt"],
    ["an author box's name with an 'all posts' link glued on", "Pedro de la CruzSee all posts", "Pedro de la Cruz"],
  ])("reads %s as a byline: %s", (_name, text, value) => {
    const info = classify(text);
    expect(info.kind).toBe("byline");
    expect(info.value).toBe(value);
  });

  it.each([
    ["a sentence that opens with 'By the way'", "By the way, prices fell sharply on Monday."],
    ["a sentence that opens with 'By' and a lower-case word", "By noon the river had risen two metres."],
    ["a sentence that opens with 'By' and a capitalised weekday", "By Friday the talks had collapsed."],
    ["a place that starts with By", "Byron Bay residents protest beach closure"],
    ["an Also Read link", "Also Read | Ministers meet to discuss river dispute"],
    ["a headline", "Ferry operator adds night crossings for summer"],
    ["a headline about a wire service", "Cable cut knocks out the city's wire services for a day"],
    ["an author box's link alone", "View More Articles"],
    ["a name and the link apart (a menu, not a glued box)", "Mara Holt View More Articles"],
    ["a section's box with its link glued on", "Global MarketsView more stories"],
  ])("does not read %s as a byline: %s", (_name, text) => {
    expect(classify(text).kind).not.toBe("byline");
  });

  it("reads an Also Read line as an also-read link", () => {
    expect(classify("Also Read | Ministers meet to discuss river dispute").kind).toBe("also-read");
  });

  it("reads a short 'Also:' line as an also-read link, and a paragraph that opens with 'Also' as text", () => {
    expect(classify("Also: See our guide to the best coffee grinders").kind).toBe("also-read");
    expect(classify("Also, the minister said the river talks would resume in March.").kind).toBe("text");
    const long = `Also: ${"the talks went on late into the night and ".repeat(4)}ended without an agreement.`;
    expect(long.length).toBeGreaterThan(150);
    expect(classify(long).kind).toBe("text");
  });
});

describe("parseWireStory bylines", () => {
  it("reads a byline between the date line and the body", () => {
    const story = parseWireStory(
      [
        "Orchard growers count cost of late frost",
        "",
        "Jun 20, 2024",
        "",
        "By Jane Doe",
        "",
        "YAKIMA, Wash. (AP) -- Orchard growers in the valley are counting the cost of a late frost that damaged blossoms across thousands of acres this spring.",
        "Some growers said they expected to lose half of their apple crop.",
      ].join("\n"),
    );
    expect(story.headline).toBe("Orchard growers count cost of late frost");
    expect(story.published?.date).toBe("2024-06-20");
    expect(story.byline).toBe("Jane Doe");
    expect(story.dateline?.city).toBe("YAKIMA");
    expect(story.body[0]).toMatch(/^Orchard growers in the valley/);
    expect(story.body).toHaveLength(2);
    expect(story.furniture).not.toContain("By Jane Doe");
  });

  it("keeps the agency after the name in the byline", () => {
    const story = parseWireStory(
      [
        "Copper prices climb on supply worries",
        "",
        "BY JANE DOE, Reuters",
        "",
        "LONDON, June 20 (Reuters) - Copper prices climbed to a two-month high on Thursday on worries about supply from mines in South America.",
        "Traders said stocks in warehouses had fallen for a third week.",
      ].join("\n"),
      { referenceDate: "2024-06-20" },
    );
    expect(story.byline).toBe("JANE DOE, Reuters");
    expect(story.headline).toBe("Copper prices climb on supply worries");
  });

  it("does not read a byline above the headline as the headline", () => {
    const story = parseWireStory(
      [
        "By Jane Doe",
        "",
        "Orchard growers count cost of late frost",
        "",
        "YAKIMA, Wash. (AP) -- Orchard growers in the valley are counting the cost of a late frost that damaged blossoms across thousands of acres this spring.",
        "Some growers said they expected to lose half of their apple crop.",
      ].join("\n"),
    );
    expect(story.headline).toBe("Orchard growers count cost of late frost");
    expect(story.byline).toBe("Jane Doe");
  });

  it("reads a byline glued to the dateline", () => {
    const story = parseWireStory(
      [
        "Chipmaker cuts prices on older models",
        "",
        "By JANE DOE     SAN FRANCISCO (AP) -- A chipmaker cut prices on its older processors on Tuesday, hoping to clear stock before a new line goes on sale.",
        "Analysts said rivals were likely to follow within weeks.",
      ].join("\n"),
    );
    expect(story.byline).toBe("JANE DOE");
    expect(story.dateline).toMatchObject({ text: "SAN FRANCISCO (AP) --", city: "SAN FRANCISCO", agency: "AP" });
    expect(story.body[0]).toBe(
      "A chipmaker cut prices on its older processors on Tuesday, hoping to clear stock before a new line goes on sale.",
    );
    expect(story.headline).toBe("Chipmaker cuts prices on older models");
  });

  it("reads a reporter's name printed alone after the last paragraph, before a masthead line, as the byline", () => {
    const story = parseWireStory(
      [
        "(MENAFN- Gulf Example Times)",
        "",
        "Police step up patrols for the holidays",
        "",
        "Dubai: Police will step up patrols in residential areas and shopping districts during the holidays, a senior officer said on Sunday.",
        "",
        "Residents were urged not to leave valuables in parked cars and to lock their homes before travelling. -",
        "",
        "Amira Example",
        "",
        "",
        "Gulf Example Times",
      ].join("\n"),
    );
    expect(story.byline).toBe("Amira Example");
    expect(story.body).not.toContain("Amira Example");
    expect(story.body.at(-1)).toMatch(/^Residents were urged/);
    expect(story.furniture).toContain("Gulf Example Times");
    expect(story.moreNews).toEqual([]);
  });

  it("does not read a short body sentence that opens with 'By' as the byline", () => {
    const story = parseWireStory(
      [
        "River talks stall",
        "",
        "Jun 20, 2024",
        "",
        "GENEVA, June 20 (Reuters) - Talks between the two neighbours over sharing the river's water stalled on Thursday, diplomats said.",
        "Delegates had met daily since Monday.",
        "By Friday the talks had collapsed.",
        "Both sides blamed the other for the breakdown, according to officials.",
      ].join("\n"),
    );
    expect(story.byline).toBeNull();
    expect(story.body).toEqual([
      "Talks between the two neighbours over sharing the river's water stalled on Thursday, diplomats said.",
      "Delegates had met daily since Monday.",
      "By Friday the talks had collapsed.",
      "Both sides blamed the other for the breakdown, according to officials.",
    ]);
  });

  it("does not read a name alone in the middle of the story as the byline", () => {
    const story = parseWireStory(
      [
        "Choir wins regional contest",
        "",
        "Jun 20, 2024",
        "",
        "LEEDS, June 20 (Reuters) - A school choir from the north of the city won the regional contest on Thursday, beating twelve other choirs.",
        "The conductor thanked the parents who had driven the singers to rehearsals every week since the autumn.",
        "Its next concert is planned for December in the town hall.",
      ].join("\n"),
    );
    expect(story.byline).toBeNull();
    expect(story.body).toHaveLength(3);
  });
});

describe("a byline laid out as a label over the name", () => {
  const OPENING =
    "Wheat futures rose for a fourth straight session on Monday as dry weather in the southern plains threatened the winter crop, lifting prices to their highest level since the autumn.";
  const SECOND = "Millers said they had enough stock to keep flour prices steady for now, and analysts expect the rally to fade once the spring rains arrive.";

  it.each([["By"], ["Author:"], ["Written by:"]])("reads the name under '%s' as the byline", (label) => {
    const story = parseWireStory([`Grain Prices Are Climbing Again`, label, "Mara Holt", "March 3, 2025", OPENING, SECOND].join("\n\n"));
    expect(story.headline).toBe("Grain Prices Are Climbing Again");
    expect(story.byline).toBe("Mara Holt");
  });

  it("reads no byline from a name under a label of another field, nor from a title under 'By'", () => {
    expect(parseWireStory(["Grain Prices Are Climbing Again", "Editor:", "Mara Holt", "March 3, 2025", OPENING, SECOND].join("\n\n")).byline).toBeNull();
    expect(parseWireStory(["Grain Prices Are Climbing Again", "By", "Wheat rally may fade in spring", "March 3, 2025", OPENING, SECOND].join("\n\n")).byline).toBeNull();
  });
});
