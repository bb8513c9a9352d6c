/**
 * `toNinjs`: a parsed story as an IPTC ninjs 3.2 news item ("News in JSON").
 *
 * Property names, shapes and formats follow the published JSON Schema
 * `specification/ninjs-schema_3.2.json` of the IPTC repository iptc/newsinjson,
 * read at commit f34555e25d79335cac6b1999460ab4b581e665b5 (schema `$id`
 * http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#). ninjs 3.x spells its
 * properties in camelCase (`firstCreated`, `versionCreated`, `infoSources`,
 * `contentType`); only `uri` is required; every date-time property has
 * `format: "date-time"` (RFC 3339: seconds and a zone are required, so a
 * date-only stamp cannot be written as one). `ninjsSchema` below covers
 * exactly the properties `toNinjs` emits; the test suite checks its output
 * against the published schema itself (test/support/ninjs-schema-3.2.json).
 *
 * @module
 */
import { HTML_SPECIAL, LANGUAGE_TAG, URI_CHARS, UTC_OFFSET_OR_Z } from "./patterns/ninjs.js";
import * as z from "zod/mini";
import type { Dateline, StoryDate, Teaser, WireStory } from "./schema.js";

// Patterns, kept here rather than in patterns.ts. Anchored and linear: each repeated
// group has disjoint alternatives (a character class, or `%` and two hex digits).

// Vocabulary.

/** The `standard` object: which standard, version and schema the item conforms to. */
const STANDARD = {
  name: "ninjs",
  version: "3.2",
  schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#",
} as const;

/**
 * infoSources roles, from IPTC's Content Production Party Role NewsCodes
 * (http://cv.iptc.org/newscodes/contentprodpartyrole/), to which IPTC points
 * from the retired Information Source Role concepts (isrol, retired 2018).
 * Full URIs, not QCodes: a ninjs item has no catalog to resolve a QCode.
 */
const ROLE_ORIGINATOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/origcont";
const ROLE_DISTRIBUTOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor";

// Schema.

const text = z.string().check(z.minLength(1));
const uri = z.pipe(z.string().check(z.regex(URI_CHARS)), z.url());
/** RFC 3339 date-time with seconds and a zone: `2024-06-20T15:01:00+05:30`. */
const dateTime = z.iso.datetime({ offset: true, precision: 0 });

/** A headline, body or description: `{ role, contentType, value }`. */
const textBlock = z.strictObject({ role: text, contentType: text, value: text });
const blocks = z.array(textBlock).check(z.minLength(1));
const infoSources = z.array(z.strictObject({ name: text, role: text })).check(z.minLength(1));
const newsType = z.enum(["text"]);

/** One teaser as an associated news object: ninjs properties plus the association's `name`. */
const associationSchema = z.strictObject({
  name: text,
  uri,
  type: newsType,
  firstCreated: z.optional(dateTime),
  versionCreated: z.optional(dateTime),
  headlines: blocks,
  descriptions: z.optional(blocks),
  located: z.optional(text),
  infoSources: z.optional(infoSources),
});

/**
 * The zod schema of what {@link toNinjs} emits: a subset of IPTC ninjs 3.2,
 * with the published schema's property names, types and required fields.
 * Absent values are left out (never `null`, never an empty array).
 *
 * @example
 * ```ts
 * import { ninjsSchema } from "wirecopy";
 * ninjsSchema.parse({ uri: "urn:example:1", type: "text", standard: { name: "ninjs", version: "3.2",
 *   schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#" } }); // ok
 * ninjsSchema.safeParse({ uri: "not a uri" }).success //=> false
 * ```
 */
export const ninjsSchema = z.strictObject({
  uri,
  type: newsType,
  standard: z.strictObject({
    name: z.enum([STANDARD.name]),
    version: z.enum([STANDARD.version]),
    schema: z.enum([STANDARD.schema]),
  }),
  language: z.optional(z.string().check(z.regex(LANGUAGE_TAG))),
  firstCreated: z.optional(dateTime),
  versionCreated: z.optional(dateTime),
  headlines: z.optional(blocks),
  bodies: z.optional(blocks),
  by: z.optional(text),
  located: z.optional(text),
  infoSources: z.optional(infoSources),
  subjects: z.optional(z.array(z.strictObject({ name: text })).check(z.minLength(1))),
  associations: z.optional(z.array(associationSchema).check(z.minLength(1))),
});

/**
 * An IPTC ninjs 3.2 news item as emitted by {@link toNinjs}: the output type of
 * {@link ninjsSchema}.
 *
 * @example
 * ```ts
 * const item: Ninjs = toNinjs(story, { uri: "urn:example:story:1" });
 * item.firstCreated //=> "2024-06-20T15:01:00+05:30" (or undefined when the page shows no time and zone)
 * ```
 */
export type Ninjs = z.infer<typeof ninjsSchema>;

const optionsSchema = z.object({
  uri,
  language: z.optional(z.string().check(z.regex(LANGUAGE_TAG))),
  defaultUtcOffset: z.optional(z.string().check(z.regex(UTC_OFFSET_OR_Z))),
});

/**
 * Options of {@link toNinjs}.
 *
 * @example
 * ```ts
 * const options: NinjsOptions = { uri: "https://news.example.com/2024/06/20/russia-n-korea", language: "en" };
 * ```
 */
export interface NinjsOptions {
  /**
   * The item's globally unique identifier (ninjs `uri`, the one required
   * property): an absolute URI such as `urn:newsml:example.com:20240620:abc`
   * or the page URL. Teasers get `<uri>#teaser-N` (`<uri>/teaser-N` when
   * `uri` already has a fragment).
   */
  uri: string;
  /** BCP 47 language tag of the text (`"en"`, `"en-IN"`); ninjs `language`. Omitted when not given. */
  language?: string;
  /**
   * The UTC offset (`"Z"` or `"±HH:MM"`) to assume for a date stamp whose page
   * shows no zone. ninjs date-times need a time and a zone, so without this
   * option a stamp lacking either is left out; with it, a zone-less time takes
   * this offset and a date-only stamp becomes `T00:00:00` at this offset (or at
   * its own written offset).
   */
  defaultUtcOffset?: string;
}

// Mapping.

function dateTimeOf(d: StoryDate | null, fallbackOffset: string | undefined): string | undefined {
  if (d === null) return undefined;
  if (d.time === null && fallbackOffset === undefined) return undefined;
  const offset = d.utcOffset ?? fallbackOffset;
  if (offset === undefined) return undefined;
  const value = `${d.date}T${d.time ?? "00:00"}:00${offset}`;
  return dateTime.safeParse(value).success ? value : undefined;
}

function locatedOf(d: Dateline | null): string | undefined {
  if (d === null) return undefined;
  const parts = [d.city, d.region, d.country].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function escapeHtml(s: string): string {
  return s.replace(HTML_SPECIAL, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

function teaserUri(base: string, n: number): string {
  return `${base}${base.includes("#") ? "/" : "#"}teaser-${n}`;
}

function association(t: Teaser, n: number, base: string, offset: string | undefined): z.input<typeof associationSchema> {
  const a: z.input<typeof associationSchema> = {
    name: `teaser-${n}`,
    uri: teaserUri(base, n),
    type: "text",
    headlines: [{ role: "main", contentType: "text/plain", value: t.headline }],
  };
  const created = dateTimeOf(t.published, offset);
  if (created !== undefined) a.firstCreated = a.versionCreated = created;
  if (t.summary !== null) a.descriptions = [{ role: "summary", contentType: "text/plain", value: t.summary }];
  const located = locatedOf(t.dateline);
  if (located !== undefined) a.located = located;
  if (t.dateline?.agency) a.infoSources = [{ name: t.dateline.agency, role: ROLE_ORIGINATOR }];
  return a;
}

/**
 * Converts a parsed story into an IPTC ninjs 3.2 news item, validated by
 * {@link ninjsSchema}. Pure: no clock, no I/O.
 *
 * Mapping: `headline` → `headlines[{role:"main"}]`; `body` → `bodies` (a
 * `text/plain` body, role `main`, paragraphs joined by a blank line, and a
 * `text/html` body, role `richtext`, one escaped `<p>` per paragraph);
 * `byline` → `by`; dateline city, region, country → `located` ("Pyongyang,
 * North Korea"); dateline agency → `infoSources` (role: originator of
 * content), `source` → `infoSources` (role: distributor); `published` →
 * `firstCreated`; `updated` (else `published`) → `versionCreated`; `section`
 * → `subjects[{name}]`; each teaser → an `associations` entry named
 * `teaser-N`. Empty values are left out. Dates need a time and a zone to be
 * written (see {@link NinjsOptions.defaultUtcOffset}). `trailer`,
 * `furniture` and `warnings` are not exported.
 *
 * @param story - a parsed story (`parseWireStory`'s result)
 * @param options - the item `uri` (required), `language`, `defaultUtcOffset`
 * @returns the ninjs item, a plain JSON-ready object
 * @throws {z.core.$ZodError} when `options.uri` is not an absolute URI, or
 *   `language` / `defaultUtcOffset` are malformed
 * @example
 * ```ts
 * import { parseWireStory, toNinjs } from "wirecopy";
 * const item = toNinjs(parseWireStory(page), { uri: "urn:example:story:1", language: "en" });
 * item.headlines //=> [{ role: "main", contentType: "text/plain", value: "Russia, N Korea agree on mutual support if attacked" }]
 * item.located   //=> "Pyongyang, North Korea"
 * JSON.stringify(item) // ready to send
 * ```
 */
export function toNinjs(story: WireStory, options: NinjsOptions): Ninjs {
  const opts = optionsSchema.parse(options);
  const offset = opts.defaultUtcOffset;
  const out: z.input<typeof ninjsSchema> = { uri: opts.uri, type: "text", standard: { ...STANDARD } };
  if (opts.language !== undefined) out.language = opts.language;

  const first = dateTimeOf(story.published, offset);
  if (first !== undefined) out.firstCreated = first;
  const version = story.updated !== null ? dateTimeOf(story.updated, offset) : first;
  if (version !== undefined) out.versionCreated = version;

  if (story.headline !== null) out.headlines = [{ role: "main", contentType: "text/plain", value: story.headline }];
  if (story.body.length > 0) {
    out.bodies = [
      { role: "main", contentType: "text/plain", value: story.body.join("\n\n") },
      { role: "richtext", contentType: "text/html", value: story.body.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n") },
    ];
  }
  if (story.byline !== null) out.by = story.byline;
  const located = locatedOf(story.dateline);
  if (located !== undefined) out.located = located;

  const sources: { name: string; role: string }[] = [];
  if (story.dateline?.agency) sources.push({ name: story.dateline.agency, role: ROLE_ORIGINATOR });
  if (story.source !== null) sources.push({ name: story.source, role: ROLE_DISTRIBUTOR });
  if (sources.length > 0) out.infoSources = sources;

  if (story.section !== null) out.subjects = [{ name: story.section }];
  if (story.moreNews.length > 0) out.associations = story.moreNews.map((t, i) => association(t, i + 1, opts.uri, offset));
  return ninjsSchema.parse(out);
}
