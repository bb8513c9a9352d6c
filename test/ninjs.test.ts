/**
 * toNinjs: every fixture converts; each field maps as documented (docs/ninjs.md);
 * empty values are left out; and every output validates against the published
 * IPTC ninjs 3.2 JSON Schema (test/support/ninjs-schema-3.2.json, see
 * test/support/README.md for its origin and licence), not only our own zod subset.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { ninjsSchema, parseWireStory, toNinjs, wireStorySchema, type Ninjs, type WireStory } from "../src/index.js";
import { pageArb } from "./support/arbitraries.js";
import { EMPTY_STORY } from "./support/stories.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 300), 2000);
const fixtureDir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const parseFixture = (name: string): WireStory => parseWireStory(readFileSync(join(fixtureDir, `${name}.txt`), "utf8"));

const ORIGINATOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/origcont";
const DISTRIBUTOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor";
const STANDARD = { name: "ninjs", version: "3.2", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#" };

// The published schema as the oracle. Its places[].geoJSON refers to the external GeoJSON
// schema; toNinjs never emits places, so a permissive stand-in under that $id is enough.
const published = JSON.parse(readFileSync(join(import.meta.dirname, "support", "ninjs-schema-3.2.json"), "utf8")) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json" });
const validatePublished = ajv.compile(published);

/** Asserts the item passes the published ninjs 3.2 schema and our zod subset, and is plain JSON. */
function expectValid(item: unknown): void {
  const ok = validatePublished(item);
  expect(ok ? [] : validatePublished.errors, "published ninjs 3.2 schema").toEqual([]);
  expect(ninjsSchema.safeParse(item).success, "ninjsSchema").toBe(true);
  expect(JSON.parse(JSON.stringify(item))).toStrictEqual(item);
}

const base: WireStory = EMPTY_STORY;
const story = (over: Partial<WireStory>): WireStory => wireStorySchema.parse({ ...base, ...over });

describe("the published schema oracle", () => {
  it("is live: it rejects items that break ninjs 3.2", () => {
    expect(validatePublished({ uri: "urn:x:1", type: "text" })).toBe(true);
    expect(validatePublished({ type: "text" })).toBe(false); // uri is required
    expect(validatePublished({ uri: "not a uri" })).toBe(false);
    expect(validatePublished({ uri: "urn:x:1", firstcreated: "2024-06-20T00:00:00Z" })).toBe(false); // 1.x spelling
    expect(validatePublished({ uri: "urn:x:1", firstCreated: "2024-06-20" })).toBe(false); // date-only
    expect(validatePublished({ uri: "urn:x:1", firstCreated: "2024-06-20T15:01:00" })).toBe(false); // no zone
    expect(validatePublished({ uri: "urn:x:1", headlines: [{ role: "main" }] })).toBe(false); // value required
    expect(validatePublished({ uri: "urn:x:1", associations: [{ name: "teaser-1" }] })).toBe(false); // uri required
    expect(validatePublished({ uri: "urn:x:1", associations: [{ uri: "urn:x:2" }] })).toBe(false); // name required
  });
});

describe("toNinjs on the fixtures", () => {
  for (const name of fixtures) {
    it(`converts ${name}`, () => {
      const s = parseFixture(name);
      const item = toNinjs(s, { uri: `urn:example:wirecopy:${name}`, language: "en" });
      expectValid(item);
      expect(item.uri).toBe(`urn:example:wirecopy:${name}`);
      expect(item.type).toBe("text");
      expect(item.standard).toEqual(STANDARD);
      expect(item.headlines?.[0]?.value ?? null).toBe(s.headline);
      expect(item.associations?.length ?? 0).toBe(s.moreNews.length);
      // and with every date written (assumed offset), still valid
      expectValid(toNinjs(s, { uri: `https://news.example.com/${name}#top`, defaultUtcOffset: "Z" }));
    });
  }

  it("maps the seed sample as docs/ninjs.md shows", () => {
    const item = toNinjs(parseFixture("seed-sample"), { uri: "urn:example:wirecopy:seed-sample", language: "en" });
    expect(item.located).toBe("Pyongyang, North Korea");
    expect(item.subjects).toEqual([{ name: "World" }]);
    expect(item.infoSources).toEqual([{ name: "Qatar Tribune", role: DISTRIBUTOR }]);
    expect(item.firstCreated).toBeUndefined(); // "Jun 20, 2024" has no time: not invented
    expect(item.bodies?.[0]?.value.split("\n\n")).toHaveLength(11);
    expect(item.associations?.[0]).toMatchObject({
      name: "teaser-1",
      uri: "urn:example:wirecopy:seed-sample#teaser-1",
      type: "text",
      located: "New Delhi, India",
    });
  });
});

describe("toNinjs field mapping", () => {
  const full = story({
    section: "States » East",
    headline: "Floods <worsen> & relief slows",
    published: { text: "Jun 20, 2024 15:01 IST", date: "2024-06-20", time: "15:01", utcOffset: "+05:30" },
    updated: { text: "Updated: Jun 21, 2024 09:15 IST", date: "2024-06-21", time: "09:15", utcOffset: "+05:30" },
    byline: "Jane Doe, Reuters",
    dateline: {
      text: "Kolkata (West Bengal) [India], June 20 (ANI):",
      city: "Kolkata",
      region: "West Bengal",
      country: "India",
      date: "2024-06-20",
      agency: "ANI",
    },
    body: ["Rivers rose <again> on Thursday & roads closed.", "Officials said relief would resume."],
    trailer: "(ANI)",
    source: "Qatar Tribune",
    moreNews: [
      {
        headline: "Dam gates opened",
        summary: "Engineers opened two gates.",
        dateline: { text: "PATNA, June 19 (PTI) -", city: "PATNA", region: null, country: null, date: "2024-06-19", agency: "PTI" },
        published: { text: "Jun 19, 2024 18:30 IST", date: "2024-06-19", time: "18:30", utcOffset: "+05:30" },
      },
      { headline: "Rain to ease by Sunday", summary: null, dateline: null, published: null },
    ],
    furniture: ["More news"],
    warnings: [{ code: "X", message: "y" }],
  });

  it("maps every field of a full story", () => {
    const item = toNinjs(full, { uri: "https://news.example.com/2024/06/20/floods", language: "en-IN" });
    expectValid(item);
    expect(item).toStrictEqual({
      uri: "https://news.example.com/2024/06/20/floods",
      type: "text",
      standard: STANDARD,
      language: "en-IN",
      firstCreated: "2024-06-20T15:01:00+05:30",
      versionCreated: "2024-06-21T09:15:00+05:30",
      headlines: [{ role: "main", contentType: "text/plain", value: "Floods <worsen> & relief slows" }],
      bodies: [
        {
          role: "main",
          contentType: "text/plain",
          value: "Rivers rose <again> on Thursday & roads closed.\n\nOfficials said relief would resume.",
        },
        {
          role: "richtext",
          contentType: "text/html",
          value: "<p>Rivers rose &lt;again&gt; on Thursday &amp; roads closed.</p>\n<p>Officials said relief would resume.</p>",
        },
      ],
      by: "Jane Doe, Reuters",
      located: "Kolkata, West Bengal, India",
      infoSources: [
        { name: "ANI", role: ORIGINATOR },
        { name: "Qatar Tribune", role: DISTRIBUTOR },
      ],
      subjects: [{ name: "States » East" }],
      associations: [
        {
          name: "teaser-1",
          uri: "https://news.example.com/2024/06/20/floods#teaser-1",
          type: "text",
          headlines: [{ role: "main", contentType: "text/plain", value: "Dam gates opened" }],
          firstCreated: "2024-06-19T18:30:00+05:30",
          versionCreated: "2024-06-19T18:30:00+05:30",
          descriptions: [{ role: "summary", contentType: "text/plain", value: "Engineers opened two gates." }],
          located: "PATNA",
          infoSources: [{ name: "PTI", role: ORIGINATOR }],
        },
        {
          name: "teaser-2",
          uri: "https://news.example.com/2024/06/20/floods#teaser-2",
          type: "text",
          headlines: [{ role: "main", contentType: "text/plain", value: "Rain to ease by Sunday" }],
        },
      ],
    });
  });

  it("leaves out what a sparse story lacks (no dateline, teasers, dates, byline, source, section)", () => {
    const s = parseWireStory("Council approves new budget\n\nThe council approved the budget on Monday.");
    expect(s.dateline).toBeNull();
    expect(s.moreNews).toEqual([]);
    const item = toNinjs(s, { uri: "urn:example:1" });
    expectValid(item);
    expect(Object.keys(item).sort()).toEqual(["bodies", "headlines", "standard", "type", "uri"]);
  });

  it("gives a valid item for a story with nothing but a body, or nothing at all", () => {
    const bodyOnly = toNinjs(story({ body: ["Only text."] }), { uri: "urn:example:2" });
    expectValid(bodyOnly);
    expect(Object.keys(bodyOnly).sort()).toEqual(["bodies", "standard", "type", "uri"]);
    const bare = toNinjs(base, { uri: "urn:example:3" });
    expectValid(bare);
    expect(bare).toStrictEqual({ uri: "urn:example:3", type: "text", standard: STANDARD });
  });

  it("omits located for an agency-only dateline, keeping the agency", () => {
    const s = story({ dateline: { text: "(Reuters) -", city: null, region: null, country: null, date: null, agency: "Reuters" }, body: ["Text."] });
    const item = toNinjs(s, { uri: "urn:example:4" });
    expect(item.located).toBeUndefined();
    expect(item.infoSources).toEqual([{ name: "Reuters", role: ORIGINATOR }]);
  });

  describe("dates", () => {
    const dateOnly = { text: "Jun 20, 2024", date: "2024-06-20", time: null, utcOffset: null };
    const zoneless = { text: "Jun 20, 2024 15:01", date: "2024-06-20", time: "15:01", utcOffset: null };
    const zoned = { text: "Jun 20, 2024 15:01 GMT", date: "2024-06-20", time: "15:01", utcOffset: "+00:00" };

    it("writes a stamp with time and zone as an RFC 3339 date-time", () => {
      const item = toNinjs(story({ published: zoned }), { uri: "urn:x:1" });
      expect(item.firstCreated).toBe("2024-06-20T15:01:00+00:00");
      expect(item.versionCreated).toBe("2024-06-20T15:01:00+00:00");
    });

    it("invents neither a time nor a zone by default", () => {
      for (const d of [dateOnly, zoneless]) {
        const item = toNinjs(story({ published: d }), { uri: "urn:x:1" });
        expect(item.firstCreated).toBeUndefined();
        expect(item.versionCreated).toBeUndefined();
      }
    });

    it("assumes defaultUtcOffset when asked, date-only stamps at midnight", () => {
      expect(toNinjs(story({ published: dateOnly }), { uri: "urn:x:1", defaultUtcOffset: "Z" }).firstCreated).toBe("2024-06-20T00:00:00Z");
      expect(toNinjs(story({ published: zoneless }), { uri: "urn:x:1", defaultUtcOffset: "-04:00" }).firstCreated).toBe("2024-06-20T15:01:00-04:00");
      expect(toNinjs(story({ published: zoned }), { uri: "urn:x:1", defaultUtcOffset: "-04:00" }).firstCreated).toBe("2024-06-20T15:01:00+00:00");
    });

    it("takes versionCreated from the update, never from the first version when the update cannot be written", () => {
      const item = toNinjs(story({ published: zoned, updated: { ...dateOnly, text: "Updated: Jun 21, 2024", date: "2024-06-21" } }), { uri: "urn:x:1" });
      expect(item.firstCreated).toBe("2024-06-20T15:01:00+00:00");
      expect(item.versionCreated).toBeUndefined();
      const updatedOnly = toNinjs(story({ updated: { ...zoned, text: "Updated: Jun 21, 2024 08:00 GMT", date: "2024-06-21", time: "08:00" } }), { uri: "urn:x:1" });
      expect(updatedOnly.firstCreated).toBeUndefined();
      expect(updatedOnly.versionCreated).toBe("2024-06-21T08:00:00+00:00");
    });

    it("leaves out an impossible calendar date rather than throwing", () => {
      const item = toNinjs(story({ published: { ...zoned, date: "2023-02-29" } }), { uri: "urn:x:1" });
      expect(item.firstCreated).toBeUndefined();
      expectValid(item);
    });
  });

  describe("options", () => {
    it("derives teaser URIs that stay valid when the item URI has a fragment", () => {
      const s = story({ headline: "H", moreNews: [{ headline: "T", summary: null, dateline: null, published: null }] });
      const item = toNinjs(s, { uri: "https://ex.com/a#main" });
      expect(item.associations?.[0]?.uri).toBe("https://ex.com/a#main/teaser-1");
      expectValid(item);
    });

    it.each([
      ["a relative reference", "story-1"],
      ["spaces", "https://ex.com/a b"],
      ["two fragments", "https://ex.com/a#b#c"],
      ["non-ASCII", "https://ex.com/ä"],
      ["a bad escape", "https://ex.com/%zz"],
      ["an empty string", ""],
    ])("rejects a uri with %s", (_label, uri) => {
      expect(() => toNinjs(base, { uri })).toThrow();
    });

    it("throws a zod error with issues that name the bad option", () => {
      let thrown: unknown;
      try {
        toNinjs(base, { uri: "urn:x:1", language: "english" });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(z.core.$ZodError);
      expect((thrown as z.core.$ZodError).issues.map((i) => i.path)).toEqual([["language"]]);
    });

    it("rejects a malformed language or defaultUtcOffset", () => {
      expect(() => toNinjs(base, { uri: "urn:x:1", language: "english" })).toThrow();
      expect(() => toNinjs(base, { uri: "urn:x:1", defaultUtcOffset: "IST" })).toThrow();
      expect(() => toNinjs(base, { uri: "urn:x:1", defaultUtcOffset: "+0530" })).toThrow();
    });

    it("accepts only URIs the published schema accepts", () => {
      const candidates = [
        "urn:newsml:example.com:20240620:abc",
        "tag:example.com,2024:story-1",
        "https://ex.com/a?b=c&d=e#f",
        "https://ex.com:8080/a/b.html",
        "https://ex.com:abc/",
        "https://ex.com/a|b",
        "https://ex.com/{x}",
        "https://ex.com/a^b",
        "https://ex.com/a\\b",
        "http://[::1]/x",
        "mailto:desk@example.com",
        "a:",
        "1a:b",
      ];
      for (const uri of candidates) {
        if (ninjsSchema.shape.uri.safeParse(uri).success) expect(validatePublished({ uri }), uri).toBe(true);
      }
    });
  });
});

describe("toNinjs properties", () => {
  it("any parsed page converts to a valid ninjs 3.2 item", () => {
    fc.assert(
      fc.property(pageArb, fc.constantFrom(undefined, "Z", "+05:30"), (page, offset) => {
        const s = parseWireStory(page);
        const item: Ninjs = toNinjs(s, { uri: "urn:example:prop", ...(offset ? { defaultUtcOffset: offset } : {}) });
        expectValid(item);
      }),
      { numRuns: RUNS },
    );
  });

  it("any schema-valid story with arbitrary text converts to a valid item", () => {
    const str = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });
    const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const dateline = fc.record({
      text: str,
      city: nullable(str),
      region: nullable(str),
      country: nullable(str),
      date: fc.constant(null),
      agency: nullable(str),
    });
    const storyDate = fc.record({
      text: str,
      date: fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      time: nullable(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`)),
      utcOffset: nullable(fc.constantFrom("+05:30", "-04:00", "+00:00", "+14:00", "-12:00")),
    });
    const arb = fc.record({
      section: nullable(str),
      headline: nullable(str),
      published: nullable(storyDate),
      updated: nullable(storyDate),
      byline: nullable(str),
      dateline: nullable(dateline),
      body: fc.array(str, { maxLength: 4 }),
      trailer: nullable(str),
      source: nullable(str),
      moreNews: fc.array(fc.record({ headline: str, summary: nullable(str), dateline: nullable(dateline), published: nullable(storyDate) }), { maxLength: 3 }),
      furniture: fc.constant([]),
      warnings: fc.constant([]),
    });
    fc.assert(
      fc.property(arb, fc.constantFrom(undefined, "Z"), (raw, offset) => {
        const item = toNinjs(wireStorySchema.parse(raw), { uri: "urn:example:prop", ...(offset ? { defaultUtcOffset: offset } : {}) });
        expectValid(item);
      }),
      { numRuns: RUNS },
    );
  });
});
