/**
 * The progress bar of batch runs, on stderr, only when stderr is a terminal:
 * records done, rate, and (when the total is known) percentage and ETA.
 * Redrawn at most 10 times a second, from a timer, never per record.
 *
 * @module
 */
import type { WriteStream } from "node:tty";

const REDRAW_MS = 100;

const int = (n: number): string => Math.round(n).toLocaleString("en-US");

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

function bytes(n: number): string {
  if (n < 1e3) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

/** A progress bar. Counts records; the fraction done comes from records or from bytes read. */
export class Progress {
  private done = 0;
  private failed = 0;
  private bytesRead = 0;
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  private shown = false;
  private dirty = true;
  /** Records expected, when known (pages of a folder walk). */
  total: number | null = null;
  /** Input bytes expected, when known (sizes of the NDJSON inputs): the fraction done is by bytes. */
  totalBytes: number | null = null;

  /**
   * @param stream - a terminal (process.stderr when it is a TTY)
   * @param unit - what is counted: "files", "records"
   */
  constructor(
    private readonly stream: WriteStream,
    private readonly unit: string,
  ) {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  /** Counts records written, and the input bytes they came from. */
  add(count: number, failed: number, bytes: number): void {
    this.done += count;
    this.failed += failed;
    this.bytesRead += bytes;
    this.dirty = true;
  }

  private line(): string {
    const elapsed = (performance.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    let fraction: number | null = null;
    let eta = NaN;
    if (this.total !== null && this.total > 0) {
      fraction = Math.min(1, this.done / this.total);
      eta = rate > 0 ? (this.total - this.done) / rate : NaN;
    } else if (this.totalBytes !== null && this.totalBytes > 0) {
      fraction = Math.min(1, this.bytesRead / this.totalBytes);
      eta = this.bytesRead > 0 ? (elapsed * (this.totalBytes - this.bytesRead)) / this.bytesRead : NaN;
    }
    const parts: string[] = [];
    if (fraction !== null) {
      const width = 20;
      const full = Math.round(fraction * width);
      parts.push(`${String(Math.floor(fraction * 100)).padStart(3)}% ${"█".repeat(full)}${"░".repeat(width - full)}`);
    }
    parts.push(this.total !== null ? `${int(this.done)}/${int(this.total)} ${this.unit}` : `${int(this.done)} ${this.unit}`);
    parts.push(`${int(rate)}/s`);
    if (fraction !== null) parts.push(`ETA ${clock(eta)}`);
    if (this.failed > 0) parts.push(`${int(this.failed)} failed`);
    if (this.totalBytes !== null) parts.push(`${bytes(this.bytesRead)} of ${bytes(this.totalBytes)}`);
    return `wirecopy ${parts.join("  ")}`;
  }

  private draw(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const columns = this.stream.columns || 80;
    this.stream.write(`\r${this.line().slice(0, columns - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Removes the bar (before results are written to the same terminal); the timer redraws it. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[K");
    this.shown = false;
    this.dirty = true;
  }

  /** Stops redrawing and leaves a one-line summary. */
  stop(): void {
    clearInterval(this.timer);
    this.clear();
    const seconds = (performance.now() - this.started) / 1000;
    const failed = this.failed > 0 ? `, ${int(this.failed)} failed` : "";
    this.stream.write(`wirecopy: ${int(this.done)} ${this.unit}${failed} in ${seconds.toFixed(1)} s\n`);
  }
}
