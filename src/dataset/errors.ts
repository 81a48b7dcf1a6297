/**
 * A file of ours that cannot be read: where (the file relative to the working directory, the
 * line and field where known), what is wrong in a few words, and how to fix it.
 */
import { relative } from "node:path";

export class DatasetFormatError extends Error {
  override readonly name = "DatasetFormatError";
  /** The file, relative to the working directory (as the user would type it). */
  readonly file: string;
  readonly line: number | undefined;

  constructor(problem: string, where: { file: string; line?: number | undefined; fix: string }) {
    const file = shownPath(where.file);
    super(`${file}${where.line === undefined ? "" : `:${where.line}`}: ${problem}. ${where.fix}`);
    this.file = file;
    this.line = where.line;
  }
}

/** A path as the user would type it from here (absolute where it lies outside the working directory). */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

/** Restore one committed file. */
export function restoreFix(path: string): string {
  return `To fix: \`git checkout -- ${shownPath(path)}\` restores the committed version`;
}

/** A month file can also be rebuilt from the Hub, at the cost of the storage learned for it. */
export function monthFileFix(path: string, indexPath: string): string {
  return (
    `${restoreFix(path)}; or delete it and its row in ${shownPath(indexPath)}, and the next refresh rebuilds that month ` +
    "from the Hub (the Used Storage learned for its models is lost, and learned again by later runs)"
  );
}

/** The index must agree with the files: restore the dataset folder as committed. */
export function folderFix(dir: string): string {
  return `To fix: \`git checkout -- ${shownPath(dir)}\` restores the committed dataset (or delete the folder: the next refresh rebuilds it, without the Used Storage learned so far)`;
}
