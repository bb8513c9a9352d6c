/**
 * Loads the parsing side of the command (dist/worker.js, built from
 * src/cli/worker.ts) into the main thread, once, when it is needed.
 *
 * @module
 */
import type * as Work from "./work.js";

/** The exports of src/cli/work.ts. */
export type WorkModule = typeof Work;

/** dist/worker.js, next to dist/cli.js. */
export const WORKER_URL = new URL("./worker.js", import.meta.url);

let loaded: Promise<WorkModule> | null = null;

/** The parser and the batch work, imported on first use. */
export function loadWork(): Promise<WorkModule> {
  loaded ??= import(WORKER_URL.href) as Promise<WorkModule>;
  return loaded;
}
