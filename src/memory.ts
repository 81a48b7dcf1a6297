/**
 * Imported first by both entry points. At 700k models the live data is ≈250 MB, and V8's
 * default heap growth let the process reach ≈1.1 GB before collecting; optimising for size
 * keeps the heap close to what is live (measured: peak RSS 1.1 GB → 0.4 GB, see BENCHMARKS.md).
 * The flag is read at collection time, so setting it at start-up takes effect.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--optimize-for-size");
