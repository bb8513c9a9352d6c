/**
 * The output contract of wirecopy as zod schemas. `WireStory` and friends are
 * inferred from these, so the types and the runtime check can never drift apart.
 *
 * @module
 */
import * as z from "zod";
import { CLOCK, ISO_DAY, UTC_OFFSET } from "./patterns.js";

/** `YYYY-MM-DD`. */
const isoDate = z.string().regex(ISO_DAY);

/** A date printed on the page ("Jun 20, 2024", "Updated: Jun 20, 2024 15:01 IST"). */
export const storyDateSchema = z.object({
  /** The date as written, label included: "Updated: Jun 20, 2024 15:01 IST". */
  text: z.string().min(1),
  /** Calendar date, `YYYY-MM-DD`. */
  date: isoDate,
  /** 24-hour `HH:MM`, or null when the text shows no time. */
  time: z.string().regex(CLOCK).nullable(),
  /** `+05:30`, when a zone is written; else null. */
  utcOffset: z.string().regex(UTC_OFFSET).nullable(),
});

/** The place, date and agency credit that open a wire story. */
export const datelineSchema = z.object({
  /** As written, separator included: "Pyongyang [North Korea], June 20:". */
  text: z.string().min(1),
  /** As written, without `****` priority marks: "NEW YORK", "SEATTLE/WASHINGTON". */
  city: z.string().min(1).nullable(),
  /** US state, Canadian province, Indian state or a province in parentheses. */
  region: z.string().min(1).nullable(),
  /** "North Korea" (from "[North Korea]"), "Venezuela", "Turkey". */
  country: z.string().min(1).nullable(),
  /** `YYYY-MM-DD`, the year inferred when the dateline has none; null when unknown. */
  date: isoDate.nullable(),
  /** The agency credit inside the dateline: "Reuters", "AP", "ANI", "BSS/AFP". */
  agency: z.string().min(1).nullable(),
});

/** One item of the teaser list that follows a story ("More news", "Related" ...). */
export const teaserSchema = z.object({
  headline: z.string().min(1),
  /** The teaser paragraph without its dateline; null if none. */
  summary: z.string().min(1).nullable(),
  dateline: datelineSchema.nullable(),
  published: storyDateSchema.nullable(),
});

/** Something missing, ambiguous or repaired; never fatal. */
export const warningSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
});

/** The story parsed out of one scraped page. See SPEC.md for every field. */
export const wireStorySchema = z.object({
  section: z.string().min(1).nullable(),
  headline: z.string().min(1).nullable(),
  published: storyDateSchema.nullable(),
  updated: storyDateSchema.nullable(),
  byline: z.string().min(1).nullable(),
  dateline: datelineSchema.nullable(),
  body: z.array(z.string().min(1)),
  trailer: z.string().min(1).nullable(),
  source: z.string().min(1).nullable(),
  moreNews: z.array(teaserSchema),
  furniture: z.array(z.string().min(1)),
  warnings: z.array(warningSchema),
  /** Only with the `spans` option: field path → `[start, end]` in the original input. */
  spans: z.record(z.string(), z.tuple([z.int().nonnegative(), z.int().nonnegative()])).optional(),
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
