/**
 * Golden fixtures: every fixtures/<name>.txt is parsed and compared with
 * fixtures/<name>.expected.json. `npm run fixtures:update` rewrites them
 * (review the diff like code); CI never writes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";

const dir = join(import.meta.dirname, "..", "fixtures");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

describe("golden fixtures", () => {
  it("has the sample and at least eight stories of our own", () => {
    expect(names).toContain("seed-sample");
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of names) {
    it(`parses ${name} as expected`, async () => {
      const expected = join(dir, `${name}.expected.json`);
      // A new fixture's expected output is written only on purpose (npm run fixtures:update), then read.
      if (!process.env.UPDATE_FIXTURES) expect(existsSync(expected), `${expected} is missing`).toBe(true);
      const text = readFileSync(join(dir, `${name}.txt`), "utf8");
      const story = parseWireStory(text);
      await expect(JSON.stringify(story, null, 2) + "\n").toMatchFileSnapshot(expected);
    });
  }
});
