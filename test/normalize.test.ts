/** Stage 1 (normalisation) and stage 2 (segmentation), SPEC.md sections 2 and 3. */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { normalizeText } from "../src/stages/01-normalize.js";
import { segmentLines } from "../src/stages/02-segment.js";
import { MAY_BE_BINARY, MAY_HAVE_ENTITY, MAY_HAVE_MOJIBAKE, MAY_NEED_NFC, NEEDS_CLEAN, NEWLINE_RUNS, scanText, TRAILING_SPACE } from "../src/lib/scan.js";
import { decodeEntities, decodeOneEntity } from "../src/lib/entities.js";

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

  describe("repairs that uncover more repairs", () => {
    /** `&name;` with its "&" escaped `depth` times as "&#x26;": each pass of decoding takes off one. */
    const escaped = (name: string, depth: number): string => "&" + "#x26;".repeat(depth) + name + ";";

    it("decodes an entity split by a zero-width space (cleaning joins it; a second pass decodes it)", () => {
      // A page that wrapped "caf&eacute;" at the "&" with a zero-width break.
      expect(normalizeText("Open-air caf&\u200beacute; opens on the square")).toBe("Open-air caf\u00e9 opens on the square");
    });

    it.each([0, 1, 2, 3])("repairs mojibake that only appears after %i levels of escaped ampersands", (depth) => {
      // A CMS that stored "It’s" as mojibake and then escaped its ampersands over and over:
      // the mojibake appears only once the last level is decoded, in the fourth and last pass
      // when depth is 3, and is repaired in that same pass.
      const text = "It" + escaped("acirc", depth) + escaped("euro", depth) + escaped("trade", depth) + "s a deal";
      expect(normalizeText(text)).toBe("It\u2019s a deal");
    });

    it("stops after four passes and leaves what a fifth would decode", () => {
      expect(normalizeText("It" + escaped("acirc", 4) + "s")).toBe("It&acirc;s");
    });
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

/** A character-by-character reference for `scanText`: the flags straight from the definitions. */
function referenceScan(text: string): number {
  const composable = (c: number) =>
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05c7) || (c >= 0x0610 && c <= 0x065f) ||
    (c >= 0x0900 && c <= 0x09d7) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || c === 0x2126 || c === 0x212a || c === 0x212b || c === 0x3099 || c === 0x309a ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe20 && c <= 0xfe2f);
  const cleaned = (c: number) =>
    (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0xa0) || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff);
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 0x26 && (next === 0x23 || /[A-Za-z]/.test(text[i + 1] ?? ""))) flags |= MAY_HAVE_ENTITY;
    if (c === 0x23 && next >= 0x30 && next <= 0x39) flags |= MAY_HAVE_ENTITY;
    if (c === 0xc2 || c === 0xc3 || c === 0xe2) flags |= MAY_HAVE_MOJIBAKE;
    else if (cleaned(c)) flags |= NEEDS_CLEAN;
    else if (composable(c)) flags |= MAY_NEED_NFC;
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0xfffd) flags |= MAY_BE_BINARY;
    if (c === 0x0a && i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) flags |= TRAILING_SPACE;
  }
  if (/[ \t]$/.test(text)) flags |= TRAILING_SPACE;
  if (/^\n|\n$|\n\n\n\n/.test(text)) flags |= NEWLINE_RUNS;
  return flags;
}

describe("scanText", () => {
  it("flags exactly what a character-by-character reference flags, for every UTF-16 code unit", async () => {
    // A fresh module: its flag table, built on first use, is built in this test.
    vi.resetModules();
    const { scanText: freshScan } = await import("../src/lib/scan.js");
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(freshScan(s), `U+${c.toString(16)}`).toBe(referenceScan(s));
    }
  });

  it("agrees with the reference at the edges of the entity and line-end tests", () => {
    for (const s of ["x&Ay", "x&Zy", "x&ay", "x&zy", "x&#y", "x&@y", "x&[y", "x&`y", "x&{y", "x#0y", "x#9y", "x#/y", "x#:y", "a\t\nb", "a \nb", "a\u00a0\nb", "\na", "a\n", "abcd", "abcde", "abc\u00e9", "abcd\u00e9", "\u00e9bcd"]) {
      expect(scanText(s), JSON.stringify(s)).toBe(referenceScan(s));
    }
    expect(scanText("a\t\nb") & TRAILING_SPACE).toBe(TRAILING_SPACE);
    expect(scanText("R&D and AT&T") & MAY_HAVE_ENTITY).toBe(MAY_HAVE_ENTITY);
    expect(scanText("No. #1 seed") & MAY_HAVE_ENTITY).toBe(MAY_HAVE_ENTITY);
    expect(scanText("5 & 6, # of")).toBe(0);
  });

  it("agrees with the reference on arbitrary text", () => {
    const piece = fc.constantFrom("\n", "\n\n\n\n", " ", "\t", "&", "#", "&amp;", "#39;", "R&D", "a", "1", "\r", "\u00a0", "\u00e2", "e\u0301", "\ufffd", "\u0000", "\ud83d\ude00", "\ud800", "x", "\u2019");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join(""))), (s) => {
        expect(scanText(s)).toBe(referenceScan(s));
      }),
      { numRuns: RUNS },
    );
  });

  it("finds nothing to do on plain text", () => {
    expect(scanText("Plain words, curly \u2019quotes\u2019 \u2014 and caf\u00e9.\nNext line.")).toBe(0);
  });
});

describe("numeric and named entities at the edges", () => {
  it.each([
    ["&#127;", "\u007f"],
    ["&#128;", "€"], // 128 to 159 are read as Windows-1252, as browsers do
    ["&#129;", ""], // a Windows-1252 hole
    ["&#159;", "Ÿ"],
    ["&#160;", "\u00a0"],
    ["&#0;", "\ufffd"],
    ["&#x10FFFF;", "\u{10ffff}"],
    ["&#x110000;", "\ufffd"],
    ["&#xD7FF;", "\ud7ff"],
    ["&#xD800;", "\ufffd"],
    ["&#xDFFF;", "\ufffd"],
    ["&#xE000;", "\ue000"],
    ["&#XE9;", "é"],
    ["&#xe9;", "é"],
    ["&Eacute;", "É"],
    ["&AMP;", "&"], // an upper-case name the table lacks is read in lower case
    ["&bogus;", "&bogus;"],
  ])("decodes %s", (entity, want) => {
    expect(decodeEntities(`caf${entity} au lait`)).toBe(`caf${want} au lait`);
    expect(decodeOneEntity(entity)).toBe(want);
  });
});
