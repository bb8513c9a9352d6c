/**
 * A fixed pool of worker threads (dist/worker.js) for `--jobs N`. Each batch
 * goes to the worker with the fewest batches in flight. Workers get a modest
 * heap (the run must stay within a fixed memory budget whatever the input
 * size); a worker that dies (out of memory on a huge page, say) is replaced,
 * and its batches are parsed again in the main thread, whose heap is not capped.
 *
 * @module
 */
import { Worker } from "node:worker_threads";
import type { Batch, BatchResult, WorkOptions } from "./io.js";
import type { WorkModule } from "./load.js";
import type { WorkerData } from "./worker.js";

/**
 * Heap limits of each worker thread, so that the run stays within a fixed
 * memory budget whatever the input size. The young generation is where the
 * parser's short-lived garbage goes: 16 MB was the fastest of 4 to 48 MB on
 * 2 cores (4 MB cost about 25% more time, 48 MB was no faster and took 10 MB
 * more per worker). The old generation cap is twice what a page at the
 * library's 5,000,000-character limit needs (about 60 MB); a worker that
 * still runs out is replaced and its batch parsed in the main thread.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };

interface Pending {
  readonly batch: Batch;
  readonly resolve: (r: BatchResult) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  dead: boolean;
}

/**
 * What a batch message hands over rather than copies: the spare output buffer,
 * and the bodies of a WARC batch (each read into a buffer of its own, src/cli/warc.ts),
 * so the main thread lets go of them at once.
 */
function transferables(batch: Batch, spare: ArrayBuffer | undefined): ArrayBuffer[] {
  const list: ArrayBuffer[] = spare === undefined ? [] : [spare];
  if (batch.kind === "warc") {
    for (const item of batch.items) {
      const buffer = item.bytes?.buffer;
      if (buffer instanceof ArrayBuffer && buffer.byteLength === item.bytes?.byteLength && !list.includes(buffer)) list.push(buffer);
    }
  }
  return list;
}

/** The worker pool. `run` never rejects. */
export class Pool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;
  private warned = false;
  /** Replacements left: a worker that cannot even start must not be respawned forever. */
  private respawns: number;

  /**
   * @param size - number of worker threads
   * @param script - URL of the worker entry (dist/worker.js)
   * @param options - passed to every worker
   * @param work - loads the parser into the main thread, for batches a worker could not finish
   */
  constructor(
    size: number,
    private readonly script: URL,
    private readonly options: WorkOptions,
    private readonly work: () => Promise<WorkModule>,
  ) {
    this.respawns = 4 * size;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const workerData: WorkerData = { wirecopyWorker: true, options: this.options };
    const worker = new Worker(this.script, { workerData, resourceLimits: RESOURCE_LIMITS });
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on("message", (m: BatchResult & { id: number }) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      p.resolve({ out: m.out, count: m.count, failed: m.failed });
    });
    let reason = "";
    worker.on("error", (e) => {
      reason = e.message;
    });
    worker.on("exit", (code) => {
      slot.dead = true;
      if (this.closing) return;
      if (!this.warned) {
        this.warned = true;
        process.stderr.write(
          `wirecopy: a worker thread exited (code ${code}${reason ? `: ${reason}` : ""}); its batches are parsed in the main thread\n`,
        );
      }
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && this.respawns > 0) {
        this.respawns--;
        this.slots[i] = this.spawn();
      }
      for (const p of pending) void this.inline(p.batch).then(p.resolve);
    });
    return slot;
  }

  /**
   * Runs a batch on the least busy worker (or, if none is left, in the main thread); resolves with its output.
   *
   * @param spare - a written output buffer, handed over to the worker to fill again
   */
  run(batch: Batch, spare?: ArrayBuffer): Promise<BatchResult> {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!s.dead && (slot === undefined || s.pending.size < slot.pending.size)) slot = s;
    if (slot === undefined) return this.inline(batch);
    const target = slot;
    const id = this.nextId++;
    return new Promise((resolve) => {
      target.pending.set(id, { batch, resolve });
      target.worker.postMessage({ id, batch, spare }, transferables(batch, spare));
    });
  }

  private async inline(batch: Batch): Promise<BatchResult> {
    const work = await this.work();
    await work.prepare(batch, this.options);
    return work.processBatch(batch, this.options);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
