/**
 * dist/worker.js: the parsing side of the `wirecopy` command, in one file.
 *
 * - Started as a worker thread by the pool (src/cli/pool.ts) for `--jobs N`,
 *   it receives batches and answers each with its output in one message.
 * - Imported by the main thread when it parses itself (`--jobs 1`, small
 *   inputs, one page, `--schema`): then it only exports src/cli/work.ts.
 *
 * The main thread (dist/cli.js) never loads the parser otherwise, which keeps
 * its memory small while the workers parse.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Batch, WorkOptions } from "./io.js";
import { prepare, processBatch } from "./work.js";

export * from "./work.js";

/** A message from the pool: a batch, its id, and maybe a written output buffer to reuse. */
export interface BatchMessage {
  readonly id: number;
  readonly batch: Batch;
  readonly spare?: ArrayBuffer;
}

/** The `workerData` the pool starts a worker with. */
export interface WorkerData {
  readonly wirecopyWorker: true;
  readonly options: WorkOptions;
}

const port = parentPort;
const data = workerData as WorkerData | null;
if (port !== null && data?.wirecopyWorker === true) {
  const run = (m: BatchMessage): void => {
    const result = processBatch(m.batch, data.options, m.spare);
    // Hand the output bytes over rather than copying them.
    port.postMessage({ id: m.id, ...result }, [result.out.buffer as ArrayBuffer]);
  };
  port.on("message", (m: BatchMessage) => {
    // The first batch that holds HTML loads wirecopy/html (dist/html.js) first; answers go by id, so order is free.
    // If it cannot be loaded the rejection ends the worker, and the pool parses its batches in the main thread.
    const loading = prepare(m.batch, data.options);
    if (loading === null) run(m);
    else void loading.then(() => run(m));
  });
}
