/**
 * Stage 13 (src/stages/13-validate.ts): a page with neither headline nor body
 * is NO_STORY, with an issue for each; a story that fails its own schema
 * (only a bug in wirecopy could make one) is NO_STORY too, its schema issues
 * as data, each with the path of the field.
 */
import { describe, expect, it } from "vitest";
import { parseWireStory } from "../src/index.js";
import type { WireStory } from "../src/schema.js";
import { validateStory } from "../src/stages/13-validate.js";
import { CTX } from "./support/stages.js";

const STORY = parseWireStory("Port reopens after storm\nROTTERDAM (Reuters) - The port reopened on Monday after a week of storms closed it to ships.");

describe("validateStory", () => {
  it("passes a story with a headline or a body as it is", () => {
    expect(validateStory(STORY, CTX)).toEqual({ success: true, data: STORY });
  });

  it("reads a story with neither headline nor body as NO_STORY, with an issue for each", () => {
    const r = validateStory({ ...STORY, headline: null, body: [] }, CTX);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe("NO_STORY");
    expect(r.error.message).toBe("no headline and no body paragraph could be found");
    expect(r.error.issues).toEqual([
      { code: "no_headline", message: "no headline line", path: ["headline"] },
      { code: "no_body", message: "no body paragraph", path: ["body"] },
    ]);
  });

  it("reports a story that fails its own schema as NO_STORY, with each failing field's path (array indexes as numbers)", () => {
    const broken = { ...STORY, headline: 42, body: [STORY.body[0], 7] } as unknown as WireStory;
    const r = validateStory(broken, CTX);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe("NO_STORY");
    expect(r.error.message).toBe("the parsed story failed its own schema (please report this input)");
    expect(r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["schema", ["headline"]],
      ["schema", ["body", 1]],
    ]);
    for (const issue of r.error.issues) expect(issue.message).not.toBe("");
  });
});
