/**
 * The output contract of wirecopy as zod schemas. `WireStory` and friends are
 * inferred from these, so the types and the runtime check can never drift apart.
 *
 * Built with `zod/mini`, zod's tree-shakable API: the same zod 4 core (schemas
 * compose with ones built with the full `zod` API), at a fifth of the import
 * cost (measured: README, Performance).
 *
 * @module
 */
import * as z from "zod/mini";
import { ZodMiniType, type ZodMiniObject } from "zod/mini";
import { $constructor, $ZodObjectJIT, type $strip, type $ZodLooseShape, type $ZodObject } from "zod/v4/core";
import { CLOCK, ISO_DAY, UTC_OFFSET } from "./patterns/dates.js";
import type { Role } from "./types.js";

/**
 * A zod/mini object schema that parses with zod's compiled fast path, as the
 * full `zod` API's objects do (zod/mini's own objects do not compile one).
 * Every story is validated, so this is on the hot path: 1.4 µs a story
 * instead of 4 µs.
 */
const ZodMiniObjectJIT: $constructor<ZodMiniObject> = $constructor("ZodMiniObject", (inst, def) => {
  $ZodObjectJIT.init(inst as unknown as $ZodObject, def);
  ZodMiniType.init(inst, def);
});

function object<Shape extends $ZodLooseShape>(shape: Shape): ZodMiniObject<Shape, $strip> {
  const schema = new ZodMiniObjectJIT({ type: "object", shape }) as unknown as ZodMiniObject<Shape, $strip>;
  Object.defineProperty(schema, "shape", { value: shape, enumerable: false });
  return schema;
}

/** `YYYY-MM-DD`. */
const isoDate = z.string().check(z.regex(ISO_DAY));
/** A non-empty string. */
const text = z.string().check(z.minLength(1));

/** A date printed on the page ("Jun 20, 2024", "Updated: Jun 20, 2024 15:01 IST"). */
export const storyDateSchema = object({
  /** The date as written, label included: "Updated: Jun 20, 2024 15:01 IST". */
  text,
  /** Calendar date, `YYYY-MM-DD`. */
  date: isoDate,
  /** 24-hour `HH:MM`, or null when the text shows no time. */
  time: z.nullable(z.string().check(z.regex(CLOCK))),
  /** `+05:30`, when a zone is written; else null. */
  utcOffset: z.nullable(z.string().check(z.regex(UTC_OFFSET))),
});

/** The place, date and agency credit that open a wire story. */
export const datelineSchema = object({
  /** As written, separator included: "Pyongyang [North Korea], June 20:". */
  text,
  /** As written, without `****` priority marks: "NEW YORK", "SEATTLE/WASHINGTON". */
  city: z.nullable(text),
  /** US state, Canadian province, Indian state or a province in parentheses. */
  region: z.nullable(text),
  /** "North Korea" (from "[North Korea]"), "Venezuela", "Turkey". */
  country: z.nullable(text),
  /** `YYYY-MM-DD`, the year inferred when the dateline has none; null when unknown. */
  date: z.nullable(isoDate),
  /** The agency credit inside the dateline: "Reuters", "AP", "ANI", "BSS/AFP". */
  agency: z.nullable(text),
});

/** One item of the teaser list that follows a story ("More news", "Related" ...). */
export const teaserSchema = object({
  headline: text,
  /** The teaser paragraph without its dateline; null if none. */
  summary: z.nullable(text),
  dateline: z.nullable(datelineSchema),
  published: z.nullable(storyDateSchema),
});

/** Something missing, ambiguous or repaired; never fatal. */
export const warningSchema = object({
  code: text,
  message: z.string(),
});

/** The fields a line of the page can go to (`explain`). */
export const ROLES = [
  "section", "headline", "published", "updated", "byline", "dateline", "body", "trailer", "source",
  "teaser-headline", "teaser-summary", "teaser-dateline", "teaser-date", "furniture",
] as const;
const role = z.enum(ROLES);
/** Compile-time check: the schema's roles are exactly the pipeline's `Role`s. */
type SameRoles = [Role] extends [(typeof ROLES)[number]] ? ([(typeof ROLES)[number]] extends [Role] ? true : never) : never;
const SAME_ROLES: SameRoles = true;
void SAME_ROLES;

/** Why one line of the page got its role (`explain` option). */
export const explainLineSchema = object({
  /** The line's number in the input, from 1. */
  line: z.int().check(z.positive()),
  /** The line as normalised. */
  text: z.string(),
  /** The field the line went to (the one that took most of it, when it was split). */
  role,
  /** When the line was split: each part and its field, in order. */
  parts: z.optional(z.array(object({ role, text: z.string() }))),
  /** The evidence noted for the line: a rule's name and its score. */
  rules: z.array(object({ name: text, score: z.number() })),
});

/** An offset into the input. */
const offset = z.int().check(z.nonnegative());

/** The story parsed out of one scraped page. See SPEC.md for every field. */
export const wireStorySchema = object({
  section: z.nullable(text),
  headline: z.nullable(text),
  published: z.nullable(storyDateSchema),
  updated: z.nullable(storyDateSchema),
  byline: z.nullable(text),
  dateline: z.nullable(datelineSchema),
  body: z.array(text),
  trailer: z.nullable(text),
  source: z.nullable(text),
  moreNews: z.array(teaserSchema),
  furniture: z.array(text),
  warnings: z.array(warningSchema),
  /** Only with the `spans` option: field path → `[start, end]` in the original input. */
  spans: z.optional(z.record(z.string(), z.tuple([offset, offset]))),
  /** Only with the `explain` option: every non-empty input line, its role and the rules that decided it. */
  explain: z.optional(z.array(explainLineSchema)),
});

/** A parsed story: the result of {@link wireStorySchema}. */
export type WireStory = z.infer<typeof wireStorySchema>;
/** A date printed on the page, with its parsed calendar date, time and UTC offset. */
export type StoryDate = z.infer<typeof storyDateSchema>;
/** A parsed dateline ("NEW YORK, March 3 (Reuters) -"). */
export type Dateline = z.infer<typeof datelineSchema>;
/** One teaser of the trailing "More news" list. */
export type Teaser = z.infer<typeof teaserSchema>;
/** A non-fatal finding about the input. */
export type Warning = z.infer<typeof warningSchema>;
/** Why one line of the page got its role. */
export type ExplainLine = z.infer<typeof explainLineSchema>;
