/**
 * HTML fixtures: fixtures/html/<name>.html beside <name>.expected.json,
 * written by hand (never by running the parser and accepting its output):
 * the page's text line by line, the evidence of chosen lines, the metadata,
 * and the story's own fields. The seed sample, written out as an HTML page of
 * its site, must parse to the same fields as its text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWireStoryHtml } from "../src/html.js";
import { htmlToPage } from "../src/html/page.js";
import { parseWireStory, type WireStory } from "../src/index.js";
import type { BlockEvidence, PageMetadata } from "../src/types.js";

const dir = join(import.meta.dirname, "..", "fixtures", "html");
const names = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();

interface Expected {
  readonly text: readonly string[];
  readonly lines: Readonly<Record<string, BlockEvidence>>;
  readonly metadata: PageMetadata;
  readonly story: Partial<WireStory> | string;
}

const read = (name: string): { html: string; expected: Expected } => ({
  html: readFileSync(join(dir, `${name}.html`), "utf8"),
  expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected,
});

describe("HTML fixtures", () => {
  it("cover the sample, a JSON-LD page, an OpenGraph-only page and a page without metadata", () => {
    expect(names).toEqual(expect.arrayContaining(["seed-sample", "jsonld-graph", "opengraph-only", "no-metadata"]));
  });

  for (const name of names) {
    describe(name, () => {
      const { html, expected } = read(name);
      const { text, page } = htmlToPage(html);

      it("gives the page's visible text, one block a line, blank lines between", () => {
        expect(text.split("\n\n")).toEqual(expected.text);
      });

      it("gives each line its element's evidence", () => {
        const lines = text.split("\n\n");
        expect(page.lines).toHaveLength(lines.length);
        for (const [line, evidence] of Object.entries(expected.lines)) {
          expect(lines, line).toContain(line);
          expect(page.lines[lines.indexOf(line)], line).toEqual(evidence);
        }
      });

      it("reads the page's metadata", () => {
        expect(page.metadata).toEqual(expected.metadata);
      });

      if (typeof expected.story === "object") {
        const story = expected.story;
        it("parses to the story", () => {
          expect(parseWireStoryHtml(html)).toMatchObject(story);
        });
      }
    });
  }
});

describe("the seed sample as an HTML page", () => {
  // The page adds a menu, a logo, a footer, hidden and aria-hidden widgets and scripts around the sample.
  it("parses to the same fields as its text, furniture aside", () => {
    const fromText = parseWireStory(readFileSync(join(import.meta.dirname, "..", "fixtures", "seed-sample.txt"), "utf8"));
    const fromHtml = parseWireStoryHtml(read("seed-sample").html);
    const { furniture: _a, ...want } = fromText;
    const { furniture: _b, ...got } = fromHtml;
    expect(got).toEqual(want);
  });
});
