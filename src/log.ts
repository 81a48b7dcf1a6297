/** How the pipeline speaks: the CLI and the Action each give one. The ground floor: imports nothing of ours but a type. */
import type { ProgressSink } from "./progress.ts";

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  group<T>(name: string, run: () => Promise<T>): Promise<T>;
  /** Where progress lines go (a TTY gets a live line). */
  progress: ProgressSink;
}
