/**
 * Linear time on hostile HTML (issue 13, SPEC.md section 10): each page of
 * test/support/html-pages.ts at 4 MB takes about four times as long as at
 * 1 MB. Checked by the ratio of two timings on the same machine in the same
 * test, never by a fixed time limit. Its own file so that
 * `npm run test:mutation` can leave the timings out (vitest.stryker.config.ts).
 */
import { describe, expect, it } from "vitest";
import { safeParseWireStoryHtml } from "../src/html.js";
import { htmlToPage } from "../src/html/page.js";
import { BAD } from "./support/html-pages.js";
import { timeRatio } from "./support/timing.js";

describe("linear time", () => {
  it.each(BAD)("%s: 4 MB takes at most about four times 1 MB", (_name, make) => {
    const small = make(1_000_000);
    const large = make(4_000_000);
    safeParseWireStoryHtml(small); // warm up
    // Linear gives ~4; quadratic gives ~16. The bound leaves room for a noisy, shared VM and GC.
    expect(timeRatio(() => htmlToPage(small), () => htmlToPage(large), 10)).toBeLessThan(10);
  });
});
