/**
 * Stories built field by field, for the tests of what takes a story in
 * (formatWireStory, toNinjs, extractEntities) without parsing a page.
 */
import type { WireStory } from "../../src/index.js";

/** A story with every field empty: spread it and set the fields a test needs. */
export const EMPTY_STORY: WireStory = {
  section: null,
  headline: null,
  published: null,
  updated: null,
  byline: null,
  dateline: null,
  body: [],
  trailer: null,
  source: null,
  moreNews: [],
  furniture: [],
  warnings: [],
};
