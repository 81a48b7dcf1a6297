/**
 * The first thing either entry point does: on a Node.js older than the action's `node24`, stop
 * with one line that names the version needed and how to get it, before any module that needs
 * Node 24 is loaded and before any request (without it, Node 20 lists the whole Hub and then dies
 * in the charts phase on a missing `ArrayBuffer.prototype.transfer`). Kept free of imports, and
 * the entries load everything else after it with a dynamic import.
 */
export const NODE_MAJOR_NEEDED = 24;

/** The one line for an old Node, or undefined when this one will do. */
export function oldNodeLine(program: string, found: string = process.versions.node): string | undefined {
  if (Number(found.split(".")[0]) >= NODE_MAJOR_NEEDED) return undefined;
  return `${program} needs Node.js ${NODE_MAJOR_NEEDED} or newer; this is Node.js ${found}. Install Node.js ${NODE_MAJOR_NEEDED} from https://nodejs.org/en/download (or: nvm install ${NODE_MAJOR_NEEDED}), then run the command again.`;
}

/** Exits with status 1 and the line on an old Node. */
export function refuseOldNode(program: string): void {
  const line = oldNodeLine(program);
  if (line === undefined) return;
  process.stderr.write(`${line}\n`);
  process.exit(1);
}
