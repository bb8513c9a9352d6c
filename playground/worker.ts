/**
 * The playground's parser thread. The page sends a request (the pasted page,
 * read as text or HTML); the worker parses it with `explain: true` and sends
 * back the story or the error, with the time the parse took. Bundled on its
 * own and loaded by the page from a Blob URL, so that it also runs from
 * file://, where a worker script cannot be fetched.
 *
 * @module
 */
import { safeParseWireStory } from "../src/index.js";
import { safeParseWireStoryHtml } from "../src/html.js";
import type { ParseRequest, ParseResponse } from "./protocol.js";
import { storyJson } from "./roles.js";

/** What this file needs of a dedicated worker's global scope (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Parses one request.
 *
 * @param request - the page and how to read it
 * @returns the response to post back
 */
function answer(request: ParseRequest): ParseResponse {
  const started = performance.now();
  const result = request.format === "html" ? safeParseWireStoryHtml(request.input, { explain: true }) : safeParseWireStory(request.input, { explain: true });
  const ended = performance.now();
  const timing = { startedAt: performance.timeOrigin + started, endedAt: performance.timeOrigin + ended, ms: ended - started };
  // The JSON is written here too, off the page's thread: a large page's story is megabytes of it.
  if (result.success) return { id: request.id, ok: true, story: result.data, json: storyJson(result.data), ...timing };
  return { id: request.id, ok: false, error: { code: result.error.code, message: result.error.message }, ...timing };
}

scope.onmessage = (event) => {
  scope.postMessage(answer(event.data));
};
