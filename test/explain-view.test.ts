/**
 * The `--explain` view (src/cli/explain-view.ts) and the terminal palette
 * (src/cli/ansi.ts), called directly on stories built here: rows, colours,
 * cutting to a terminal's width, the summary. test/cli-explain.test.ts runs
 * the built command end to end; this file runs the view in-process, so that
 * mutation testing (which never rebuilds dist/) reaches it too.
 */
import { describe, expect, it } from "vitest";
import { palette, shouldColor } from "../src/cli/ansi.js";
import { renderExplanation } from "../src/cli/explain-view.js";
import { parseWireStory } from "../src/index.js";
import type { WireStory } from "../src/index.js";

const ESC = "\x1b";
/** A page of our own: a headline over a dateline paragraph. */
const PAGE = "Harbour bridge to open by August\n\nPORTVILLE, June 3 (Reuters) - The new harbour bridge will open to traffic before the end of the summer, the council said on Monday.\n";
const BASE = parseWireStory(PAGE);

/** The story of PAGE with these explain rows and any other fields replaced. */
const story = (explain: WireStory["explain"], fields: Partial<WireStory> = {}): WireStory => ({ ...BASE, ...fields, explain });
/** The rows of a rendering, without the final newline. */
const rows = (out: string): string[] => out.replace(/\n$/, "").split("\n");
/** The rows before the summary. */
const lineRows = (out: string): string[] => {
  const all = rows(out);
  return all.slice(0, all.lastIndexOf(""));
};
/** The summary rows. */
const summaryRows = (out: string): string[] => {
  const all = rows(out);
  return all.slice(all.lastIndexOf("") + 1);
};
const plain = palette(false);
const coloured = palette(true);
/** "\x1b[<code>m<text>\x1b[0m" */
const sgr = (code: number, text: string): string => `${ESC}[${code}m${text}${ESC}[0m`;

describe("palette", () => {
  it.each([
    ["bold", 1],
    ["dim", 2],
    ["red", 31],
    ["green", 32],
    ["yellow", 33],
    ["magenta", 35],
    ["cyan", 36],
  ] as const)("wraps text in %s's code (%i) when colour is on", (style, code) => {
    expect(coloured(style, "Port")).toBe(sgr(code, "Port"));
    expect(plain(style, "Port")).toBe("Port");
  });

  it("leaves text unstyled for a null style, and an empty text empty", () => {
    expect(coloured(null, "Port")).toBe("Port");
    expect(coloured("bold", "")).toBe("");
  });
});

describe("shouldColor", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "" }, false, true],
    [{ FORCE_COLOR: "3" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "false" }, true, false],
    [{ FORCE_COLOR: "FALSE" }, true, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, false, true],
    [{ TERM: "dumb" }, true, false],
    [{ TERM: "xterm" }, true, true],
    [{ TERM: "xterm" }, false, false],
  ])("shouldColor(%j, isTTY %s) is %s", (env, isTTY, expected) => {
    expect(shouldColor(env, isTTY)).toBe(expected);
  });
});

describe("a row", () => {
  it("gives the line's number, its role padded to the widest role, its text and its rules", () => {
    const out = renderExplanation(story([{ line: 1, text: "Harbour bridge to open by August", role: "headline", rules: [{ name: "list", score: -30 }] }]), { paint: plain });
    expect(lineRows(out)).toEqual(["1  headline         Harbour bridge to open by August  # list -30"]);
  });

  it("writes a blank row for each line the explanation skips, and pads numbers to the widest", () => {
    const out = renderExplanation(
      story([
        { line: 2, text: "Harbour", role: "furniture", rules: [] },
        { line: 5, text: "Bridge", role: "body", rules: [] },
        { line: 10, text: "August", role: "body", rules: [] },
      ]),
      { paint: plain },
    );
    expect(lineRows(out)).toEqual(["", " 2  furniture        Harbour", "", "", " 5  body             Bridge", "", "", "", "", "10  body             August"]);
  });

  it("groups rules that share a prefix under it once, writes a group's score as its total, and a zero score not at all", () => {
    const rules = [
      { name: "list", score: -30 },
      { name: "headline:title-length", score: 4 },
      { name: "headline:opens-head", score: 2.5 },
      { name: "headline:score", score: 6.5 },
      { name: "section:label-above-headline", score: 1 },
      { name: "marker", score: 0 },
      { name: "body:running-text-ended", score: 0 },
      { name: "running-text", score: 12 },
    ];
    const out = renderExplanation(story([{ line: 1, text: "World", role: "section", rules }]), { paint: plain });
    expect(lineRows(out)[0]).toBe(
      "1  section          World  # list -30 headline: title-length +4 opens-head +2.5 = +6.5 section: label-above-headline +1 marker body: running-text-ended running-text +12",
    );
  });

  it("writes a group's total of 0 as 0, unsigned and uncoloured", () => {
    const rules = [
      { name: "headline:title-length", score: 4 },
      { name: "headline:label-shape", score: -4 },
      { name: "headline:score", score: 0 },
    ];
    const out = renderExplanation(story([{ line: 1, text: "World", role: "body", rules }]), { paint: coloured });
    expect(lineRows(out)[0]).toBe(`${sgr(2, "1")}  body             World  ${sgr(2, "#")} ${sgr(2, "headline: ")}title-length ${sgr(32, "+4")} label-shape ${sgr(31, "-4")} = 0`);
  });

  it("reads a rule named with a colon at its start as having no prefix", () => {
    const out = renderExplanation(story([{ line: 1, text: "World", role: "section", rules: [{ name: ":odd", score: -1 }, { name: "score", score: 3 }] }]), { paint: plain });
    expect(lineRows(out)[0]).toBe("1  section          World  # :odd -1 score +3");
  });

  it("says what a split line was split into, and colours each part in its own role's colour", () => {
    const entry = {
      line: 1,
      text: "PORTVILLE, June 3 (Reuters) - The bridge opens.",
      role: "body" as const,
      parts: [
        { role: "dateline" as const, text: "PORTVILLE, June 3 (Reuters) -" },
        { role: "body" as const, text: "The bridge opens." },
      ],
      rules: [{ name: "run-start", score: 350 }],
    };
    expect(lineRows(renderExplanation(story([entry]), { paint: plain }))[0]).toBe("1  body             PORTVILLE, June 3 (Reuters) - The bridge opens.  # [dateline+body] run-start +350");
    expect(lineRows(renderExplanation(story([entry]), { paint: coloured }))[0]).toBe(
      `${sgr(2, "1")}  body             ${sgr(33, "PORTVILLE, June 3 (Reuters) -")} The bridge opens.  ${sgr(2, "#")} [dateline+body] run-start ${sgr(32, "+350")}`,
    );
  });

  it("leaves the text around the parts unstyled, and colours the whole line by its role when a part is not in it", () => {
    const around = {
      line: 1,
      text: "(Photo) PORTVILLE - The bridge opens. More",
      role: "teaser-summary" as const,
      parts: [
        { role: "teaser-dateline" as const, text: "PORTVILLE -" },
        { role: "teaser-summary" as const, text: "The bridge opens." },
      ],
      rules: [],
    };
    expect(lineRows(renderExplanation(story([around]), { paint: coloured }))[0]).toBe(
      `${sgr(2, "1")}  ${sgr(36, "teaser-summary")}   (Photo) ${sgr(36, "PORTVILLE -")} ${sgr(36, "The bridge opens.")} More  ${sgr(2, "#")} [teaser-dateline+teaser-summary]`,
    );
    const missing = { ...around, parts: [{ role: "teaser-dateline" as const, text: "ELSEWHERE -" }] };
    expect(lineRows(renderExplanation(story([missing]), { paint: coloured }))[0]).toBe(
      `${sgr(2, "1")}  ${sgr(36, "teaser-summary")}   ${sgr(36, "(Photo) PORTVILLE - The bridge opens. More")}  ${sgr(2, "#")} [teaser-dateline]`,
    );
  });

  it.each([
    ["section", 35],
    ["headline", 1],
    ["published", 33],
    ["updated", 33],
    ["byline", 33],
    ["dateline", 33],
    ["trailer", 33],
    ["source", 33],
    ["teaser-headline", 36],
    ["teaser-summary", 36],
    ["teaser-dateline", 36],
    ["teaser-date", 36],
    ["furniture", 2],
  ] as const)("colours a %s line and its role with code %i", (role, code) => {
    const out = renderExplanation(story([{ line: 1, text: "Harbour", role, rules: [{ name: "meta", score: -30 }] }]), { paint: coloured });
    const pad = " ".repeat(15 - role.length);
    expect(lineRows(out)[0]).toBe(`${sgr(2, "1")}  ${sgr(code, role)}${pad}  ${sgr(code, "Harbour")}  ${sgr(2, "#")} meta ${sgr(31, "-30")}`);
  });

  it("leaves a body line, its zero scores and a group's name plain but for the prefix", () => {
    const out = renderExplanation(story([{ line: 1, text: "Harbour", role: "body", rules: [{ name: "body:ended", score: 0 }] }]), { paint: coloured });
    expect(lineRows(out)[0]).toBe(`${sgr(2, "1")}  body             Harbour  ${sgr(2, "#")} ${sgr(2, "body: ")}ended`);
  });

  it("writes control characters of the page as U+FFFD and tabs as spaces, so a page cannot drive the terminal", () => {
    const text = "Hi\x00\x08\x0b\x1f\x7f\x9f\u202a\u2066\u2069 there\tyou\u202e";
    const out = renderExplanation(story([{ line: 1, text, role: "body", rules: [] }]), { paint: plain });
    expect(lineRows(out)[0]).toBe("1  body             Hi\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd there you\ufffd");
  });
});

describe("cutting to the terminal's width", () => {
  const TEXT = "The new harbour bridge will open to traffic before summer ends"; // 62 characters
  const render = (text: string, rules: { name: string; score: number }[], width: number): string =>
    lineRows(renderExplanation(story([{ line: 1, text, role: "body", rules }]), { paint: plain, width }))[0]!;

  it("writes a row that fits as it is", () => {
    expect(render(TEXT, [{ name: "list", score: -30 }], 20 + 62 + 12)).toBe(`1  body             ${TEXT}  # list -30`);
  });

  it("cuts the text so that the rules fit whole when the text keeps 24 columns or more", () => {
    // 70 columns: 20 for number and role, 12 for "  # list -30", 38 left for the text.
    const row = render(TEXT, [{ name: "list", score: -30 }], 70);
    expect(row).toBe(`1  body             ${TEXT.slice(0, 37)}…  # list -30`);
    expect(row.length).toBe(70);
  });

  it("cuts the text to three quarters of the room, and the rules between two rules, when the rules leave the text under 24 columns", () => {
    const rules = [
      { name: "list", score: -30 },
      { name: "headline:title-length", score: 4 },
    ];
    // 60 columns: 40 of room, the rules take 4 + 37; the text keeps 30 (29 and "…"), the rules 6.
    expect(render(TEXT, rules, 60)).toBe(`1  body             ${TEXT.slice(0, 29)}…  # list …`);
    // 80 columns: 60 of room, the text keeps 45, the rules 11: "list -30 …" (no score is cut in half).
    expect(render(TEXT, rules, 80)).toBe(`1  body             ${TEXT.slice(0, 44)}…  # list -30 …`);
  });

  it("keeps the rules whole at exactly 24 columns of text", () => {
    // 20 + 24 + 12 = 56 columns; one column less and the rules are cut.
    expect(render(TEXT, [{ name: "list", score: -30 }], 55)).toBe(`1  body             ${TEXT.slice(0, 25)}…  # list…`);
    expect(render(TEXT, [{ name: "list", score: -30 }], 56)).toBe(`1  body             ${TEXT.slice(0, 23)}…  # list -30`);
  });

  it("cuts a row with no rules to the width", () => {
    expect(render(TEXT, [], 50)).toBe(`1  body             ${TEXT.slice(0, 29)}…`);
    // Under 24 columns of room, the text keeps three quarters of it: 15 columns of 20.
    expect(render(TEXT, [], 40)).toBe(`1  body             ${TEXT.slice(0, 14)}…`);
  });

  it("writes no text at all, not even the \"…\", when the room left for it is nil", () => {
    expect(render(TEXT, [], 20)).toBe("1  body");
  });

  it("cuts a split line inside a later part, the earlier parts whole", () => {
    const entry = {
      line: 1,
      text: "PORTVILLE - The new harbour bridge will open to traffic before summer ends.",
      role: "body" as const,
      parts: [
        { role: "dateline" as const, text: "PORTVILLE -" },
        { role: "body" as const, text: "The new harbour bridge will open to traffic before summer ends." },
      ],
      rules: [],
    };
    // 30 columns of room; "  # [dateline+body]" leaves the text under 24, so it keeps 22: "PORTVILLE -", the space,
    // 9 characters and "…"; the rules keep 4 columns: "  # " and "…".
    expect(lineRows(renderExplanation(story([entry]), { paint: coloured, width: 50 }))[0]).toBe(
      `${sgr(2, "1")}  body             ${sgr(33, "PORTVILLE -")} The new h…  ${sgr(2, "#")} …`,
    );
  });

  it("paints the rules it keeps when it cuts them, and the \"…\" plain", () => {
    const rules = [
      { name: "list", score: -30 },
      { name: "headline:title-length", score: 4 },
    ];
    const row = lineRows(renderExplanation(story([{ line: 1, text: TEXT, role: "body", rules }]), { paint: coloured, width: 80 }))[0]!;
    expect(row).toBe(`${sgr(2, "1")}  body             ${TEXT.slice(0, 44)}…  ${sgr(2, "#")} list ${sgr(31, "-30")} …`);
  });

  it("writes only the number and role when there is no room left for text", () => {
    expect(render(TEXT, [{ name: "list", score: -30 }], 10)).toBe("1  body");
  });

  /** Columns one character takes, as the view counts them when it cuts: ten of it and an "x" are written whole in 10 × c + 1 columns. */
  const columnsOf = (code: number): number => {
    const text = String.fromCodePoint(code).repeat(10) + "x";
    for (const c of [0, 1, 2]) if (render(text, [], 20 + 10 * c + 1) === `1  body             ${text}`) return c;
    return 3;
  };

  it.each([
    [0x2ff, 1], [0x300, 0], [0x36f, 0], [0x370, 1],
    [0x200a, 1], [0x200b, 0], [0x200f, 0], [0x2010, 1],
    [0xfdff, 1], [0xfe00, 0], [0xfe0f, 0], [0xfe10, 1],
    [0x10ff, 1], [0x1100, 2], [0x115f, 2], [0x1160, 1],
    [0x2e7f, 1], [0x2e80, 2], [0x303e, 2], [0x303f, 1], [0x3040, 2], [0xa4cf, 2], [0xa4d0, 1],
    [0xabff, 1], [0xac00, 2], [0xd7a3, 2], [0xd7a4, 1],
    [0xf8ff, 1], [0xf900, 2], [0xfaff, 2], [0xfb00, 1],
    [0xfe2f, 1], [0xfe30, 2], [0xfe4f, 2], [0xfe50, 1],
    [0xfeff, 1], [0xff00, 2], [0xff60, 2], [0xff61, 1],
    [0xffdf, 1], [0xffe0, 2], [0xffe6, 2], [0xffe7, 1],
    [0x1f2ff, 1], [0x1f300, 2], [0x1f64f, 2], [0x1f650, 1],
    [0x1f8ff, 1], [0x1f900, 2], [0x1f9ff, 2], [0x1fa00, 1],
    [0x1ffff, 1], [0x20000, 2], [0x3fffd, 2], [0x3fffe, 1],
  ])("counts U+%s as %i columns", (code, columns) => {
    expect(columnsOf(code)).toBe(columns);
  });

  it("never splits a wide character: the cut stops before one that would not fit", () => {
    const wide = "中文".repeat(7) + "中"; // 15 characters, 30 columns
    // 29 columns of room: 14 wide characters and "…"; 28: 13 and "…", one column left empty.
    expect(render(wide, [], 49)).toBe(`1  body             ${wide.slice(0, 14)}…`);
    expect(render(wide, [], 48)).toBe(`1  body             ${wide.slice(0, 13)}…`);
    expect(render(wide, [], 50)).toBe(`1  body             ${wide}`);
  });

  it("writes a summary value that just fits whole", () => {
    const out = renderExplanation(story([{ line: 1, text: "Harbour", role: "body", rules: [] }], { headline: "Harbour bridge" }), { paint: plain, width: 25 });
    expect(summaryRows(out)[0]).toBe("headline   Harbour bridge");
  });

  it("cuts the summary's values to the width, after the label column", () => {
    const out = renderExplanation(story([{ line: 1, text: "Harbour", role: "body", rules: [] }], { headline: "Harbour bridge to open by August" }), { paint: plain, width: 25 });
    expect(summaryRows(out)[0]).toBe("headline   Harbour bridg…");
  });
});

describe("the summary", () => {
  const entry = [{ line: 1, text: "Harbour", role: "body" as const, rules: [] }];

  it("gives the head, the counts and 'none' for no warnings, '(none)' for a missing field", () => {
    const out = renderExplanation(
      story(entry, {
        headline: "Harbour bridge to open by August",
        section: null,
        byline: "Jane Doe",
        dateline: { text: "PORTVILLE, June 3 (Reuters) -", city: "Portville", region: null, country: null, date: "2024-06-03", agency: "Reuters" },
        published: { text: "June 3, 2024 9:05 a.m. EDT", date: "2024-06-03", time: "09:05", utcOffset: "-04:00" },
        body: ["The bridge opens."],
        moreNews: [],
        warnings: [],
      }),
      { paint: plain },
    );
    expect(summaryRows(out)).toEqual([
      "headline   Harbour bridge to open by August",
      "section    (none)",
      "byline     Jane Doe",
      "dateline   PORTVILLE, June 3 (Reuters) -  (city Portville, date 2024-06-03, agency Reuters)",
      "published  June 3, 2024 9:05 a.m. EDT  (2024-06-03 09:05 -04:00)",
      "body       1 paragraph",
      "teasers    0",
      "warnings   none",
    ]);
  });

  it("writes a date once when it reads as written, a dateline with nothing read by its text alone, and each warning on a row", () => {
    const out = renderExplanation(
      story(entry, {
        dateline: { text: "ELSEWHERE -", city: null, region: null, country: null, date: null, agency: null },
        published: { text: "2024-06-03", date: "2024-06-03", time: null, utcOffset: null },
        body: [],
        warnings: [
          { code: "HEADLINE_UNCERTAIN", message: "two titles scored alike" },
          { code: "NO_DATE", message: "no date found" },
        ],
      }),
      { paint: plain },
    );
    const summary = summaryRows(out);
    expect(summary[3]).toBe("dateline   ELSEWHERE -");
    expect(summary[4]).toBe("published  2024-06-03");
    expect(summary[5]).toBe("body       0 paragraphs");
    expect(summary.slice(7)).toEqual(["warnings   HEADLINE_UNCERTAIN: two titles scored alike", "           NO_DATE: no date found"]);
  });

  it("writes no published date as '(none)' and counts the teasers", () => {
    const teaser = { headline: "Ferry fares to rise", summary: null, dateline: null, published: null };
    const out = renderExplanation(story(entry, { published: null, moreNews: [teaser, teaser] }), { paint: plain });
    expect(summaryRows(out)[4]).toBe("published  (none)");
    expect(summaryRows(out)[6]).toBe("teasers    2");
  });

  it("colours the summary: labels dim, values in their role's colour, a missing value dim, warnings red", () => {
    const out = renderExplanation(
      story(entry, { headline: "Harbour bridge", section: null, byline: null, dateline: null, published: null, body: ["x", "y"], moreNews: [], warnings: [{ code: "NO_DATE", message: "none" }] }),
      { paint: coloured },
    );
    expect(summaryRows(out)).toEqual([
      `${sgr(2, "headline   ")}${sgr(1, "Harbour bridge")}`,
      `${sgr(2, "section    ")}${sgr(2, "(none)")}`,
      `${sgr(2, "byline     ")}${sgr(2, "(none)")}`,
      `${sgr(2, "dateline   ")}${sgr(2, "(none)")}`,
      `${sgr(2, "published  ")}${sgr(2, "(none)")}`,
      `${sgr(2, "body       ")}2 paragraphs`,
      `${sgr(2, "teasers    ")}${sgr(36, "0")}`,
      `${sgr(2, "warnings   ")}${sgr(31, "NO_DATE: none")}`,
    ]);
  });

  it("ends the rendering with a newline after a blank row and the summary", () => {
    const out = renderExplanation(story(entry), { paint: plain });
    expect(out.endsWith("\n")).toBe(true);
    expect(rows(out)[1]).toBe("");
    expect(rows(out)[2]).toMatch(/^headline {3}/);
  });

  it("refuses a story parsed without explain", () => {
    expect(() => renderExplanation(BASE, { paint: plain })).toThrow(new TypeError("the story was parsed without { explain: true }"));
  });
});
