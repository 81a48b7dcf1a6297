/** Progress for long phases: a live line on a terminal, a plain line about every 10 s elsewhere. */
export interface ProgressSink {
  isTTY?: boolean | undefined;
  write(text: string): unknown;
}

export interface ProgressState {
  unit: string;
  done: number;
  total?: number | undefined;
  detail?: string;
}

export class Progress {
  readonly #sink: ProgressSink;
  readonly #label: string;
  readonly #started = Date.now();
  readonly #intervalMs: number;
  #lastPrinted = 0;
  #live = false;

  constructor(sink: ProgressSink, label: string, intervalMs = 10_000) {
    this.#sink = sink;
    this.#label = label;
    this.#intervalMs = intervalMs;
  }

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    if (this.#sink.isTTY) {
      if (!force && now - this.#lastPrinted < 100) return;
      this.#lastPrinted = now;
      this.#sink.write(`\r\x1b[2K${this.#line(state, now)}`);
      this.#live = true;
    } else if (force || now - this.#lastPrinted >= this.#intervalMs) {
      this.#lastPrinted = now;
      this.#sink.write(`${this.#line(state, now)}\n`);
    }
  }

  /** Ends the live line so that following output starts on a fresh line. */
  finish(state: ProgressState): void {
    this.update(state, true);
    if (this.#live) this.#sink.write("\n");
  }

  #line(state: ProgressState, now: number): string {
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? state.done / seconds : 0;
    const parts = [`${this.#label}: ${state.done.toLocaleString("en-US")}${state.total ? `/${state.total.toLocaleString("en-US")}` : ""} ${state.unit}`];
    parts.push(`${Math.round(rate).toLocaleString("en-US")} ${state.unit}/s`);
    if (state.detail) parts.push(state.detail);
    parts.push(`elapsed ${clock(seconds)}`);
    if (state.total && rate > 0 && state.done < state.total) parts.push(`ETA ${clock((state.total - state.done) / rate)}`);
    return parts.join(" · ");
  }
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}
