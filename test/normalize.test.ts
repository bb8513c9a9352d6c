/** Stage 1 (normalisation) and stage 2 (segmentation), SPEC.md sections 2 and 3. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/stages/01-normalize.js";
import { segmentLines } from "../src/stages/02-segment.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

describe("normalizeText", () => {
  it.each([
    ["CRLF line ends", "a\r\nb", "a\nb"],
    ["old Mac line ends", "a\rb", "a\nb"],
    ["a byte-order mark", "\uFEFFWorld", "World"],
    ["zero-width characters", "Pyong\u200Byang\u200D \u2060x", "Pyongyang x"],
    ["a soft hyphen", "news\u00ADpaper", "newspaper"],
    ["NBSP and other Unicode spaces", "June\u00A020,\u2009ok\u3000and\u202Fso", "June 20, ok and so"],
    ["named entities", "AT&amp;T &lt;T&gt; &quot;q&quot; it&rsquo;s", 'AT&T <T> "q" it\u2019s'],
    ["decimal and hex references", "it&#39;s &#x2019; &#8212;", "it's \u2019 \u2014"],
    ["cp1252-range references", "a &#151; b &#146;", "a \u2014 b \u2019"],
    ["damaged references without the ampersand", "it#39;s worth #36;5", "it's worth $5"],
    ["double-encoded entities", "&amp;quot;hi&amp;quot; &amp;#39;", "\"hi\" '"],
    ["mojibake", "it\u00e2\u20ac\u2122s \u00e2\u20ac\u0153q\u00e2\u20ac\u009d caf\u00c3\u00a9", "it\u2019s \u201cq\u201d caf\u00e9"],
    ["trailing spaces and tabs", "end.  \t\nnext \t", "end.\nnext"],
    ["runs of three or more blank lines (kept as two)", "a\n\n\n\n\nb\n\n\nc\n\nd", "a\n\n\nb\n\n\nc\n\nd"],
    ["blank lines at both ends", "\n\n\ntext\n\n", "text"],
    ["control characters", "a\u0000b\u0007c\u009Fd", "abcd"],
    ["lone surrogates", "a\uD800b", "a\uFFFDb"],
  ])("repairs %s", (_name, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it("keeps words, case and punctuation exactly", () => {
    const text = "OKLAHOMA CITY, Okla., March 3 - ``Quote,'' he said -- and `so' on; 50% (approx.)!";
    expect(normalizeText(text)).toBe(text);
  });

  it("leaves an unknown entity and a bare ampersand alone", () => {
    expect(normalizeText("R&D &notanentity; #1; &copy")).toBe("R&D &notanentity; #1; &copy");
  });

  it("is idempotent on arbitrary Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it("is idempotent on text full of entity and mojibake fragments", () => {
    const piece = fc.constantFrom("&amp;", "amp;", "&#39;", "#39;", "&", "#", ";", "\u00e2\u20ac", "\u2122", "\u00c3", "\u00a9", "\r", "\n", " ", "\u00a0", "x", "lt;");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const once = normalizeText(parts.join(""));
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("segmentLines", () => {
  it("gives non-empty lines with offsets and the blank lines before each", () => {
    const text = "World\n\nHeadline\n  indented  \n\n\nlast";
    const lines = segmentLines(text);
    expect(lines.map((l) => [l.text, l.blankBefore])).toEqual([
      ["World", 0],
      ["Headline", 1],
      ["indented", 0],
      ["last", 2],
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it("never re-joins lines: single newlines separate paragraphs", () => {
    expect(segmentLines("one line\nstill a paragraph\nthird").map((l) => l.text)).toEqual(["one line", "still a paragraph", "third"]);
  });

  it("keeps offsets right on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        for (const l of segmentLines(s)) expect(s.slice(l.start, l.end)).toBe(l.text);
      }),
      { numRuns: RUNS },
    );
  });
});
