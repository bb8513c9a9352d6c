/**
 * The structural tests of src/lib/edges.ts on fragments of pages (teaser
 * headings, placeholders, link lines, dates, datelines without a story,
 * sign-offs): for each fragment, the lines that open a teaser block, open the
 * next story, and after which nothing of the story follows (with the story's
 * running text up to the last line, and up to the second). The lines are our own.
 */
import { describe, expect, it } from "vitest";
import { opensNextStory, opensTeaserBlock, storyEndsAfter } from "../src/lib/edges.js";
import { segmentLines } from "../src/stages/02-segment.js";
import { classifyLines } from "../src/stages/03-classify.js";
import type { ParseContext } from "../src/types.js";

function edges(page: readonly string[]) {
  const lines = classifyLines(segmentLines(page.join("\n")), {} as ParseContext);
  const at = (f: (i: number) => boolean) => lines.map((_, i) => i).filter(f);
  return {
    teaser: at((i) => opensTeaserBlock(lines, i)),
    nextStory: at((i) => opensNextStory(lines, i)),
    endsAfter: at((i) => storyEndsAfter(lines, i)),
    endsAfterWithin2: at((i) => storyEndsAfter(lines, i, 1)),
  };
}

describe("story edges on page fragments", () => {
  it.each([
    [["Share","Floods","Opinion","No stories found.","Share","Khaleej Times"], { teaser: [0,2], nextStory: [], endsAfter: [1,5], endsAfterWithin2: [1,2,3,4,5] }],
    [["Share","(ANI)","Khaleej Times","LONDON, March 3 (Reuters) -","WASHINGTON - The Senate passed the bill.","Top stories"], { teaser: [5], nextStory: [], endsAfter: [0,4,5], endsAfterWithin2: [0,1,2,3,4,5] }],
    [["Continue reading","More from Example","Continue reading","Source: Example Wire","LONDON, March 3 (Reuters) -"], { teaser: [0,3], nextStory: [], endsAfter: [1,2,4], endsAfterWithin2: [1,2,3,4] }],
    [["Read more","Budget","Read more","LONDON, March 3 (Reuters) - The talks resumed on Monday after a break of two weeks, officials said."], { teaser: [0], nextStory: [], endsAfter: [1,2,3], endsAfterWithin2: [1,2,3] }],
    [["Floods","Opinion","March 3, 2021"], { teaser: [0], nextStory: [], endsAfter: [1,2], endsAfterWithin2: [1,2] }],
    // A headline over a syndication credit glued to a dateline: the credit line is no paragraph of a next story.
    [["Harbour bridge reopens","(MENAFN- Example Gazette) LONDON, March 3 (Reuters) - The talks resumed on Monday after a break.","The council met on Tuesday and voted to close the road."], { teaser: [], nextStory: [], endsAfter: [2], endsAfterWithin2: [0,1,2] }],
  ])("%j", (page, want) => {
    expect(edges(page)).toEqual(want);
  });
});
