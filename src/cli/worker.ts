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
import { processBatch } from "./work.js";

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
  port.on("message", (m: BatchMessage) => {
    const result = processBatch(m.batch, data.options, m.spare);
    // Hand the output bytes over rather than copying them.
    port.postMessage({ id: m.id, ...result }, [result.out.buffer as ArrayBuffer]);
  });
}
