/**
 * `formatWireStory` (src/format.ts) on stories built here: the exact page it
 * writes, block by block, and what it leaves out when a field is empty.
 */
import { describe, expect, it } from "vitest";
import { formatWireStory, parseWireStory } from "../src/index.js";
import type { WireStory } from "../src/index.js";
import { EMPTY_STORY } from "./support/stories.js";

const EMPTY: WireStory = EMPTY_STORY;

const FULL: WireStory = {
  ...EMPTY,
  section: "Business",
  headline: "Ferry fares to rise in July",
  published: { text: "Jun 20, 2024", date: "2024-06-20", time: null, utcOffset: null },
  updated: { text: "Updated: Jun 21, 2024", date: "2024-06-21", time: null, utcOffset: null },
  byline: "Jane Doe",
  dateline: { text: "PORTVILLE, June 20 (Reuters) -", city: "Portville", region: null, country: null, date: "2024-06-20", agency: "Reuters" },
  body: ["Fares on the island ferry will rise by a tenth in July, the operator said on Thursday.", "The operator blamed fuel costs."],
  trailer: "(Reporting by Jane Doe; Editing by John Smith)",
  source: "Portville Courier",
  moreNews: [
    { headline: "Harbour bridge to open by August", summary: "The bridge will open to traffic before the end of summer.", dateline: { text: "PORTVILLE -", city: "Portville", region: null, country: null, date: null, agency: null }, published: { text: "Jun 19, 2024", date: "2024-06-19", time: null, utcOffset: null } },
    { headline: "Port reopens after the storm", summary: null, dateline: null, published: null },
  ],
  furniture: ["Share this story"],
  warnings: [{ code: "HEADLINE_UNCERTAIN", message: "two titles scored alike" }],
};

describe("formatWireStory", () => {
  it("writes every field as a block of its own, in page order, teasers under 'More news', furniture and warnings left out", () => {
    expect(formatWireStory(FULL)).toBe(
      [
        "Business",
        "Ferry fares to rise in July",
        "Jun 20, 2024",
        "Updated: Jun 21, 2024",
        "By Jane Doe",
        "PORTVILLE, June 20 (Reuters) - Fares on the island ferry will rise by a tenth in July, the operator said on Thursday.",
        "The operator blamed fuel costs.",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "Source: Portville Courier",
        "More news",
        "Harbour bridge to open by August",
        "PORTVILLE - The bridge will open to traffic before the end of summer.",
        "Jun 19, 2024",
        "Port reopens after the storm",
      ].join("\n\n") + "\n",
    );
  });

  it("writes nothing for empty fields, and no section without a headline to stand over", () => {
    expect(formatWireStory({ ...EMPTY, section: "Business", body: ["The operator blamed fuel costs."] })).toBe("The operator blamed fuel costs.\n");
    expect(formatWireStory(EMPTY)).toBe("\n");
  });

  it("writes a dateline alone when the story has no body", () => {
    expect(formatWireStory({ ...EMPTY, dateline: FULL.dateline })).toBe("PORTVILLE, June 20 (Reuters) -\n");
  });

  it("gives a page the parser reads back to the same head and body", () => {
    const story = parseWireStory(formatWireStory(FULL));
    expect(story.headline).toBe(FULL.headline);
    expect(story.body).toEqual(FULL.body);
    expect(story.byline).toBe("Jane Doe");
  });
});
