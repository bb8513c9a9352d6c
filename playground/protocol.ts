/**
 * The messages between the playground page and its parser worker.
 *
 * @module
 */
import type { WireStory } from "../src/schema.js";

/** How the page's input is read: as the text of a page, or as its HTML. */
export type InputFormat = "text" | "html";

/** A page to parse. `id` is echoed back, so a late answer to an older request can be told apart. */
export interface ParseRequest {
  readonly id: number;
  readonly format: InputFormat;
  readonly input: string;
}

/** When the parse ran: `performance.timeOrigin + performance.now()` at its start and end (comparable across threads), and its length in ms. */
export interface ParseTiming {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ms: number;
}

/** The worker's answer: the story (with `explain`) and its JSON (without), or the error; and when the parse ran. */
export type ParseResponse = ParseTiming &
  (
    | { readonly id: number; readonly ok: true; readonly story: WireStory; readonly json: string }
    | { readonly id: number; readonly ok: false; readonly error: { readonly code: string; readonly message: string } }
  );

/** A page the playground offers to pick: the project's own fixtures and samples. */
export interface Sample {
  /** Where it comes from, as a path in the repository: "fixtures/seed-sample.txt". */
  readonly name: string;
  readonly format: InputFormat;
  readonly text: string;
}
