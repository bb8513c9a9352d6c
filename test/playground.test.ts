/**
 * The playground's pure parts, without a browser: the role colours (every
 * role has one, in both colour schemes), how rules and split lines are
 * written, the format guess, and the pages the build bundles. The page
 * itself is tested in Chromium (test/browser/playground.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import { ROLES as SCHEMA_ROLES } from "../src/schema.js";
import { CATEGORIES, looksLikeHtml, ROLE_CATEGORY, ROLES, ruleRows, signed, storyJson, textRuns } from "../playground/roles.js";
import { samplePages } from "../scripts/playground-build.js";

const root = join(import.meta.dirname, "..");
const css = readFileSync(join(root, "playground", "public", "playground.css"), "utf8");
const sample = readFileSync(join(root, "fixtures", "seed-sample.txt"), "utf8");

/** The custom properties set in a CSS block's text. */
const customProperties = (block: string): Set<string> => new Set([...block.matchAll(/--([\w-]+)\s*:/g)].map((m) => m[1]!));

describe("role colours", () => {
  it("gives every role of the schema a colour class, and uses every class", () => {
    expect([...ROLES].sort()).toEqual([...SCHEMA_ROLES].sort());
    expect(new Set(Object.values(ROLE_CATEGORY))).toEqual(new Set(CATEGORIES));
  });

  it("defines each class's colour in the light scheme and again in the dark one, and styles each class", () => {
    const dark = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
    const lightBlock = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const darkBlock = dark.slice(0, dark.indexOf("}\n}"));
    for (const cat of CATEGORIES) {
      expect(customProperties(lightBlock), `--${cat} (light)`).toContain(cat);
      expect(customProperties(darkBlock), `--${cat} (dark)`).toContain(cat);
      expect(css).toContain(`.cat-${cat} { color: var(--${cat}); }`);
    }
  });
});

describe("how a line's rules are written", () => {
  it("groups prefixed rules, marks the group's total and leaves markers unscored", () => {
    const rows = ruleRows({
      line: 3,
      text: "Title",
      role: "headline",
      rules: [
        { name: "list", score: -30 },
        { name: "headline:title-length", score: 4 },
        { name: "headline:score", score: 11 },
        { name: "body:running-text-ended", score: 0 },
      ],
    });
    expect(rows).toEqual([
      { group: null, name: "list", score: -30, total: false },
      { group: "headline", name: "title-length", score: 4, total: false },
      { group: "headline", name: "score", score: 11, total: true },
      { group: "body", name: "running-text-ended", score: null, total: false },
    ]);
  });

  it("writes scores with their sign, a minus as a minus sign", () => {
    expect([signed(4), signed(-30), signed(2.5), signed(0)]).toEqual(["+4", "\u221230", "+2.5", "0"]);
  });

  it("cuts a split line into its parts, which join back to the line", () => {
    const story = parseWireStory(sample, { explain: true });
    const split = story.explain!.find((e) => e.parts !== undefined)!;
    expect(split.parts!.map((p) => p.role)).toEqual(["dateline", "body"]);
    const runs = textRuns(split);
    expect(runs.map((r) => r.text).join("")).toBe(split.text);
    expect(runs[0]).toEqual({ text: "Pyongyang [North Korea], June 20:", role: "dateline" });
    expect(runs.at(-1)!.role).toBe("body");
    // An unsplit line is one run; a part the line does not hold gives the whole line.
    expect(textRuns({ ...split, parts: undefined })).toEqual([{ text: split.text, role: split.role }]);
    expect(textRuns({ ...split, parts: [{ role: "dateline", text: "not in the line" }] })).toEqual([{ text: split.text, role: split.role }]);
  });

  it("shows the story's JSON without explain", () => {
    const story = parseWireStory(sample, { explain: true });
    const shown = JSON.parse(storyJson(story));
    expect(shown).not.toHaveProperty("explain");
    expect(shown).toEqual(JSON.parse(JSON.stringify(parseWireStory(sample))));
  });
});

describe("the format guess", () => {
  it("reads markup as HTML and page text as text", () => {
    expect(looksLikeHtml("<!doctype html><html><body><p>Hi</p>")).toBe(true);
    expect(looksLikeHtml("\n  <article><h1>Title</h1><p>Text</p></article>")).toBe(true);
    expect(looksLikeHtml(sample)).toBe(false);
    // Text that opens with an angle bracket but holds no page markup stays text.
    expect(looksLikeHtml("<<< Back to news\nHeadline\nBody text.")).toBe(false);
  });
});

describe("the pages the playground offers", () => {
  it("bundles every fixture page, text and HTML, and the whole-page samples", () => {
    const pages = samplePages(root);
    const names = pages.map((p) => p.name);
    const txt = readdirSync(join(root, "fixtures")).filter((f) => f.endsWith(".txt")).map((f) => `fixtures/${f}`);
    const html = readdirSync(join(root, "fixtures", "html")).filter((f) => f.endsWith(".html")).map((f) => `fixtures/html/${f}`);
    for (const name of [...txt, ...html, "playground/samples/harbour-courier.html", "playground/samples/harbour-courier.txt"]) expect(names).toContain(name);
    expect(names.filter((n) => n.endsWith(".json") || n.endsWith(".md"))).toEqual([]);
    expect(pages.find((p) => p.name === "fixtures/seed-sample.txt")).toEqual({ name: "fixtures/seed-sample.txt", format: "text", text: sample });
    expect(pages.find((p) => p.name.endsWith(".html"))!.format).toBe("html");
  });
});
