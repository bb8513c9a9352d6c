/**
 * Runs batches in parallel and writes their output in input order, with
 * bounded work in flight and respect for the output's backpressure:
 *
 * ```
 * source ── submit() ──▶ main thread or worker pool ──▶ reorder ──▶ write (awaits 'drain')
 *    ▲                                                                  │
 *    └──────── waits while `window` batches are not yet written ◀───────┘
 * ```
 *
 * Small inputs (up to one batch) are parsed in the main thread: starting
 * worker threads would cost more than it saves.
 *
 * @module
 */
import { Spares } from "./io.js";
import type { Batch, BatchResult, WorkOptions } from "./io.js";
import { loadWork, WORKER_URL } from "./load.js";
import { Pool } from "./pool.js";

/** How the runner is set up. */
export interface RunnerOptions {
  /** Worker threads; 1 parses in the main thread. */
  readonly jobs: number;
  /** Items of work (pages or lines) parsed in the main thread before the pool starts, unless a batch says more follow. */
  readonly poolAfter: number;
  readonly work: WorkOptions;
  /**
   * Writes one batch's output and calls `done` once the bytes are written (the
   * buffer is then reused); its promise settles when more may be written.
   */
  readonly write: (bytes: Uint8Array, done: () => void) => Promise<void> | void;
  /** Called after each batch is written, with the weight given to `submit` (input bytes). */
  readonly written?: (result: BatchResult, weight: number) => void;
}

const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Batches in, ordered output out. */
export class Runner {
  private submitted = 0;
  private writtenCount = 0;
  private items = 0;
  private readonly done = new Map<number, { result: BatchResult; weight: number; batch: Batch }>();
  private waiters: (() => void)[] = [];
  private flushing = false;
  private failure: unknown = null;
  private pool: Pool | null = null;
  /** Written output buffers, handed to the next batches to fill again. */
  private readonly outputs = new Spares();
  /** Input bytes of written NDJSON batches, for the reader to fill again. */
  readonly inputs = new Spares();
  private readonly window: number;
  /** Records written that are error records. */
  failed = 0;
  /** Records written. */
  count = 0;

  constructor(private readonly options: RunnerOptions) {
    this.window = Math.max(4, options.jobs * 3);
  }

  private execute(batch: Batch, more: boolean): Promise<BatchResult> {
    if (batch.kind === "ready") return Promise.resolve(batch.result);
    this.items += batch.kind === "lines" ? batch.lines : batch.items.length;
    const spare = this.outputs.take();
    if (this.options.jobs > 1 && (this.pool !== null || more || this.items > this.options.poolAfter)) {
      this.pool ??= new Pool(this.options.jobs, WORKER_URL, this.options.work, loadWork);
      return this.pool.run(batch, spare);
    }
    // In the main thread, one batch at a time, letting I/O (reads, 'drain') run in between.
    return Promise.all([loadWork(), yieldToIo()]).then(async ([work]) => {
      await work.prepare(batch, this.options.work);
      return work.processBatch(batch, this.options.work, spare);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Queues a batch; resolves once there is room for another.
   *
   * @param weight - passed back to `written` (the input bytes of the batch, for progress)
   * @param more - the batch was cut for size, more follow: worth starting the pool for
   */
  async submit(batch: Batch, weight = 0, more = false): Promise<void> {
    while (this.submitted - this.writtenCount >= this.window && this.failure === null) await this.wait();
    if (this.failure !== null) throw this.failure;
    const seq = this.submitted++;
    this.execute(batch, more).then(
      (result) => {
        this.done.set(seq, { result, weight, batch });
        void this.flush();
      },
      (e: unknown) => {
        this.failure = e;
        this.wake();
      },
    );
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let d = this.done.get(this.writtenCount); d !== undefined; d = this.done.get(this.writtenCount)) {
        this.done.delete(this.writtenCount);
        const r = d.result;
        if (d.batch.kind === "lines") this.inputs.give(d.batch.bytes.buffer);
        if (r.out.length > 0) await this.options.write(r.out, () => this.outputs.give(r.out.buffer));
        this.writtenCount++;
        this.count += r.count;
        this.failed += r.failed;
        this.options.written?.(r, d.weight);
        this.wake();
      }
    } catch (e) {
      this.failure = e;
      this.wake();
    } finally {
      this.flushing = false;
    }
  }

  /** Waits until every submitted batch is written, then stops the workers. */
  async finish(): Promise<void> {
    try {
      while (this.writtenCount < this.submitted && this.failure === null) await this.wait();
      if (this.failure !== null) throw this.failure;
    } finally {
      await this.pool?.close();
    }
  }
}
