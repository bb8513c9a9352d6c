/** classifyLine on clutter the prefix tables hold. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clutterKey, clutterKeyEnd, clutterKeyStart, isAllCaps, isAllLower, squash } from "../src/lib/text.js";
import { classifyLine } from "../src/stages/03-classify.js";

const classify = (text: string) => classifyLine({ text, start: 0, end: text.length, blankBefore: 0 });

describe("classifyLine footers and clutter", () => {
  it.each([["© 2025 Example Media Ltd"], ["(c) Example Media"], ["Copyright © 2025 Example Media. All rights reserved."]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });
});

describe("classifyLine share bars glued into one line", () => {
  it.each([["Share to LinkedInLinkedInShare to FacebookFacebookShare to EmailEmail"], ["Share on X Share on WhatsApp"], ["Share this on Facebook"], ["Share All sharing options for: Harbour bridge reopens"], ["All sharing options for: Harbour bridge reopens"]])("reads %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });

  // A broadcaster's buttons over its pages (a section label's place: never the section).
  it.each([["Watch Live"], ["Listen Live"], ["LIVE STREAM"], ["Watch now"], ["LIVE"]])("reads the player button %s as clutter", (text) => {
    expect(classify(text).kind).toBe("clutter");
  });

  it.each([["Share to rise as profits beat forecasts"], ["Share to watch: miners lead the rally"], ["Watch live: parliament votes on the budget"]])("keeps the headline %s as text", (text) => {
    expect(classify(text).kind).toBe("text");
  });
});

/** The definition: trim the lead and trail characters off the line's first 64, lower-case the rest. */
function referenceKey(text: string): string {
  const head = text.slice(0, 64);
  let start = 0;
  let end = head.length;
  while (start < end && " \t|»›>•·-–—+".includes(head[start]!)) start++;
  while (end > start && " \t.:!|»›>…→-–—".includes(head[end - 1]!)) end--;
  return head.slice(start, end).toLowerCase();
}

describe("clutterKeyStart and clutterKeyEnd", () => {
  it("bound the clutter key's text in the line, on arbitrary text", () => {
    const piece = fc.constantFrom(" ", "|", "»", "›", "-", "–", "•", "+", ".", ":", "…", "S", "s", "İ", "x", "\ud83d\ude00", "Share");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 90 }).map((p) => p.join(""))), (text) => {
        const start = clutterKeyStart(text);
        expect(text.slice(start, clutterKeyEnd(text, start)).toLowerCase()).toBe(referenceKey(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("clutterKey", () => {
  it("matches its definition on arbitrary text", () => {
    const piece = fc.constantFrom(" ", "\t", "|", "»", "›", ">", "•", "·", "-", "–", "—", "+", ".", ":", "!", "…", "→", "Share", "x", "\ud83d\ude00", "\u00e9");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(piece, { maxLength: 90 }).map((p) => p.join(""))), (text) => {
        expect(clutterKey(text)).toBe(referenceKey(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("squash", () => {
  it("collapses whitespace runs and trims, exactly as the plain replace does", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "a", "Bc", ".");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.array(piece, { maxLength: 20 }).map((p) => p.join(""))), (text) => {
        expect(squash(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isAllCaps / isAllLower", () => {
  it("agree with the Unicode case definitions on arbitrary text", () => {
    const piece = fc.constantFrom("A", "z", "Q", "b", "1", " ", ".", "'", "\u00e9", "\u00c9", "\u0130", "\u00df", "\u4e2d", "-");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.array(piece, { maxLength: 12 }).map((p) => p.join(""))), (text) => {
        expect(isAllCaps(text)).toBe(text !== text.toLowerCase() && text === text.toUpperCase());
        expect(isAllLower(text)).toBe(text !== text.toUpperCase() && text === text.toLowerCase());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("classification thresholds, at, under and over each limit", () => {
  /** A line of exactly `length` characters from `make(n)`, growing n until it fits. */
  function ofLength(make: (n: number) => string, length: number): string {
    for (let n = 0; n <= length; n++) {
      const s = make(n);
      if (s.length === length) return s;
    }
    throw new Error(`no line of ${length} characters`);
  }

  // [what, line maker, limit, kind up to the limit, kind over it]
  const LIMITS: [string, (n: number) => string, number, string, string][] = [
    // A date line with a desk's credit before it is at most 120 characters (a longer line is prose).
    ["a credited date line", (n) => "Examplepress" + "a".repeat(n) + " Desk | Updated: Jun 20, 2024 15:01 IST", 120, "date", "text"],
    // After its date a date line holds at most 40 characters.
    ["what follows a date", (n) => "Jun 20, 2024 " + "|".repeat(n), 12 + 40, "date", "text"],
    ["a byline of many names", (n) => "By Aaaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbbb Cccccccccccccccccccccccccc Dddddddddddd Eeeeeeeeeeeeeeeee F" + "f".repeat(n), 120, "byline", "text"],
    ["a desk byline", (n) => "The Veldor" + "a".repeat(n) + " Bureau", 40, "byline", "text"],
    ["a caption with a photo credit", (n) => "Workers clear debris from the harbour road after the storm " + "x".repeat(n) + " on Thursday. Photo: Example Wire", 240, "caption", "text"],
    ["a teaser heading", (n) => "More news" + ".".repeat(n), 160, "heading", "text"],
    ["a link line with an arrow", (n) => "Read the e-paper " + "x".repeat(n) + " \u203a", 100, "clutter", "text"],
    ["a promotion", (n) => "Become a member " + "x".repeat(n) + " today", 100, "clutter", "text"],
    ["a site notice", (n) => "Read our privacy policy and terms of use " + "x".repeat(n) + " before you comment.", 300, "clutter", "text"],
    // A consent notice's opening says what it is in a longer line (several sentences of what is tracked and how to opt out).
    ["a consent notice", (n) => "By using this website, you agree to our Privacy Policy " + "x".repeat(n) + " and Terms of Use.", 1000, "clutter", "text"],
    ["a bare URL", (n) => "https://example.com/" + "a".repeat(n), 500, "clutter", "text"],
    ["a line that opens with a clutter prefix", (n) => "Follow us on " + "x".repeat(n), 400, "clutter", "text"],
    ["a breadcrumb trail", (n) => "News \u203a " + "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u203a ".repeat(3) + "B".repeat(n), 120, "clutter", "text"],
  ];

  for (const [what, make, limit, under, over] of LIMITS) {
    it(`reads ${what} of ${limit - 1} and ${limit} characters as ${under}, of ${limit + 1} as ${over}`, () => {
      expect(classify(ofLength(make, limit - 1)).kind).toBe(under);
      expect(classify(ofLength(make, limit)).kind).toBe(under);
      expect(classify(ofLength(make, limit + 1)).kind).toBe(over);
    });
  }

  describe("breadcrumbs: three parts of at most 30 characters, or two after Home", () => {
    it.each([
      ["News \u203a India", "text"],
      ["World | Asia", "text"],
      ["Home | Sport", "clutter"],
      ["Home \u203a News", "clutter"],
      ["News \u203a India \u203a Politics", "clutter"],
      ["World | Asia | Japan", "clutter"],
      ["News \u203a " + "x".repeat(30) + " \u203a Politics", "clutter"],
      ["News \u203a " + "x".repeat(31) + " \u203a Politics", "text"],
      ["News \u203a  \u203a Politics", "text"],
    ])("%s is %s", (text, kind) => {
      expect(classify(text).kind).toBe(kind);
    });
  });

  describe("share bars: from three to twelve clutter words glued with spaces", () => {
    const WORDS = ["Facebook", "Twitter", "Email", "LinkedIn", "Reddit", "WhatsApp", "Telegram", "Pinterest", "Print"];
    const bar = (n: number): string => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(" ");
    it.each([
      [2, "text"],
      [3, "clutter"],
      [11, "clutter"],
      [12, "clutter"],
      [13, "text"],
    ])("%i words: %s", (n, kind) => {
      expect(classify(bar(n)).kind).toBe(kind);
    });

    it("stops at the first word that is no clutter item", () => {
      expect(classify("Facebook Twitter Email said on Monday").kind).toBe("text");
    });
  });

  describe("author notes: a name of two to four words before 'is a ... journalist'", () => {
    it.each([
      ["Lucas Okafor is a journalist who covers energy.", "clutter"],
      ["Lucas Ade Okafor Bello is a journalist.", "clutter"],
      ["Lucas Ade Okafor Bello Junior is a journalist.", "text"],
      ["Okafor is a journalist.", "text"],
    ])("%s is %s", (text, kind) => {
      expect(classify(text).kind).toBe(kind);
    });
  });
});

describe("photo credits in capitals", () => {
  it("reads a caption whose credit is a member's photo an agency distributes as a caption; a poll's credit stays text", () => {
    expect(classify("Shoppers queue for generators at a hardware store on Tuesday. (Jane Doe/The Valley Courier via AP)").kind).toBe("caption");
    expect(classify("Shoppers queue for generators at a hardware store on Tuesday. (Jane Doe/The Valley Courier via Getty Images)").kind).toBe("caption");
    expect(classify("Most voters back the plan, the poll found. (Reuters/Ipsos)").kind).toBe("text");
    expect(classify("The minister spoke to the summit on Monday (via video link).").kind).toBe("text");
  });

  it("reads a caption credited after a slash to an agency's file, or after 'Photograph:', as a caption", () => {
    expect(classify("The house on the square where the poet was born.Jane Doe / Example Wire / Reuters file").kind).toBe("caption");
    expect(classify("The senator speaks at the Capitol on Tuesday.Jane Doe / AP").kind).toBe("caption");
    expect(classify("Photograph: Jane Doe for the Valley Courier").kind).toBe("caption");
    expect(classify("The share of votes was 52 / 48 in the capital.").kind).toBe("text");
  });

  it("reads a line with a bracketed image note as a caption, and leaves a bracketed insertion of the story as text", () => {
    expect(classify("Rescue teams near the collapsed bridge in Kandy. [Image for representational purpose only]").kind).toBe("caption");
    expect(classify("Rescue teams near the collapsed bridge in Kandy. [Photo: Example Wire]").kind).toBe("caption");
    expect(classify("The league [the Northern Farmers League] said it would appeal.").kind).toBe("text");
    expect(classify("He said the image [of the bridge] would stay with him.").kind).toBe("text");
  });

  it("reads a caption whose credit is printed in capitals as a caption, as in any other case", () => {
    expect(classify("Fishermen mend their nets on the quay at dawn. IMAGE CREDIT: EXAMPLE WIRE").kind).toBe("caption");
    expect(classify("Fishermen mend their nets on the quay at dawn. (Pic: Supplied)").kind).toBe("caption");
    expect(classify("Fishermen mend their nets on the quay at dawn. Image credit: Example Wire").kind).toBe("caption");
  });
});
